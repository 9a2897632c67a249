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


@pytest.mark.parametrize(
    ("lang", "text", "said", "value"),
    [
        # the part of the day with "को" / "کو" (at) before the hour: "दोपहर को 2 बजे" is 14:00, not 02:00
        ("hi", "मंगलवार को हादसा दोपहर को 2 बजे हुआ।", "दोपहर को 2 बजे", "2026-11-17T14:00"),
        ("ur", "منگل کو حادثہ دوپہر کو 2 بجے ہوا۔", "دوپہر کو 2 بجے", "2026-11-17T14:00"),
        # the hour in words, "ढाई" / "ڈھائی" (half past two) and "डेढ़" / "ڈیڑھ" (half past one), and minutes after a dot
        ("hi", "मंगलवार को धमाका दोपहर तीन बजे हुआ।", "दोपहर तीन बजे", "2026-11-17T15:00"),
        ("hi", "मंगलवार को बैठक दोपहर ढाई बजे हुई।", "दोपहर ढाई बजे", "2026-11-17T14:30"),
        ("hi", "मंगलवार को बैठक दोपहर डेढ़ बजे हुई।", "दोपहर डेढ़ बजे", "2026-11-17T13:30"),
        ("hi", "मंगलवार को बैठक दोपहर 3.30 बजे हुई।", "दोपहर 3.30 बजे", "2026-11-17T15:30"),
        ("ur", "منگل کو دھماکہ دوپہر تین بجے ہوا۔", "دوپہر تین بجے", "2026-11-17T15:00"),
        ("ur", "منگل کو اجلاس دوپہر ڈھائی بجے ہوا۔", "دوپہر ڈھائی بجے", "2026-11-17T14:30"),
        ("ur", "منگل کو اجلاس دوپہر ڈیڑھ بجے ہوا۔", "دوپہر ڈیڑھ بجے", "2026-11-17T13:30"),
    ],
)
def test_hindi_urdu_afternoon_clock_times(lang: str, text: str, said: str, value: str) -> None:
    from tests.helpers import resolved

    assert resolved(lang, text, PUB).get(said) == value


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a one-word katakana name before a role outside the title list: the name speaks, without the role
        ("タイ最大野党のソムチャイ党首は19日、「政府は直ちに辞任すべきだ」と述べた。", "ソムチャイ"),
        ("国会のワンムハマド議長代行は「審議を続ける」と語った。", "ワンムハマド"),
        # ... but a country before a title is no name
        ("ロシア大統領は「交渉に応じる用意がある」と述べた。", "ロシア大統領"),
    ],
)
def test_japanese_katakana_name_before_its_role(text: str, speaker: str) -> None:
    assert [s for s, _ in _quotes(text, "ja")] == [speaker]
