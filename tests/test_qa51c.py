"""Session 51 QA (qa51c): the findings of a round in Hebrew, Japanese, Chinese, Korean, Thai, Arabic, Persian, Urdu,
Hindi, Bengali and Tamil (and Malayalam, Marathi), with English reports of the same events.  Invented sentences."""

from __future__ import annotations

import pytest

from tests.helpers import analyzed

PUB = "2026-11-20T09:00:00+00:00"  # a Friday


def _quotes(text: str, lang: str) -> list[tuple[str, str]]:
    return [(q.speaker or "", q.text) for q in analyzed(text, lang, PUB).quotes]


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        # Persian reported speech with no "که" (that): the clause follows the verb directly
        ("وزیر کشور روز سه‌شنبه گفت وضعیت مرزها بسیار دشوار است.", "وزیر کشور", "وضعیت مرزها بسیار دشوار است"),
        ("رئیس‌جمهور تاکید کرد این تصمیم قطعی است و تغییر نمی‌کند.", "رئیس‌جمهور", "این تصمیم قطعی است و تغییر نمی‌کند"),
        ("سخنگوی پلیس به خبرنگاران گفت سه نفر در این حادثه زخمی شدند.", "سخنگوی پلیس", "سه نفر در این حادثه زخمی شدند"),
    ],
)
def test_persian_reported_speech_without_that(text: str, speaker: str, said: str) -> None:
    assert _quotes(text, "fa") == [(speaker, said)]


@pytest.mark.parametrize(
    "text",
    [
        # "one can say" / "must be said" / a conversation: nobody speaks
        "می‌توان گفت این تصمیم برای اقتصاد کشور بسیار مهم است.",
        "باید گفت وضعیت بازار در ماه‌های اخیر بهتر شده است.",
        "وزیر گفت و گو با نمایندگان مجلس را ادامه خواهد داد.",
    ],
)
def test_persian_said_that_is_no_speech(text: str) -> None:
    assert _quotes(text, "fa") == []


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        # Hebrew puts the verb first after a time: "last night said the defence minister that ..."
        ("אמש אמר שר הביטחון כי הצבא ערוך לכל תרחיש.", "שר הביטחון", "הצבא ערוך לכל תרחיש"),
        ("הוסיף דובר המשטרה כי שלושה חשודים נעצרו בלילה.", "דובר המשטרה", "שלושה חשודים נעצרו בלילה"),
        ("ביום שלישי אמרה שרת הבריאות, דנה לוי, כי בתי החולים ערוכים.", "דנה לוי", "בתי החולים ערוכים"),
        # a verb of reacting before "and said" is no part of the name
        ('ח"כ יוסי לוי הגיב ואמר כי מדובר בהפקרה של התושבים.', "יוסי לוי", "מדובר בהפקרה של התושבים"),
    ],
)
def test_hebrew_verb_first_reported_speech(text: str, speaker: str, said: str) -> None:
    assert _quotes(text, "he") == [(speaker, said)]
