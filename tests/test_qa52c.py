"""Session 52 QA (qa52c): findings of a round in Hebrew, Arabic, Persian, Urdu, Hindi, Bengali and Tamil, with
English reports of the same events.  Invented sentences."""

from __future__ import annotations

import pytest

from tests.helpers import analyzed, resolved

PUB = "2026-11-20T09:00:00+00:00"  # a Friday


def _quotes(text: str, lang: str) -> list[tuple[str, str]]:
    return [(q.speaker or "", q.text) for q in analyzed(text, lang, PUB).quotes]


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        # Hebrew puts the verb first after a time or at a sentence's start: "last night said the minister that ..."
        ("אמש אמר שר הביטחון כי הצבא ערוך לכל תרחיש.", "שר הביטחון", "הצבא ערוך לכל תרחיש"),
        ("הוסיף דובר המשטרה כי שלושה חשודים נעצרו בלילה.", "דובר המשטרה", "שלושה חשודים נעצרו בלילה"),
        ("ביום שלישי אמרה שרת הבריאות, דנה לוי, כי בתי החולים ערוכים.", "דנה לוי", "בתי החולים ערוכים"),
        ("הוסיף ראש העירייה שהעבודות יסתיימו עד סוף החודש.", "ראש העירייה", "העבודות יסתיימו עד סוף החודש"),
    ],
)
def test_hebrew_verb_first_reported_speech(text: str, speaker: str, said: str) -> None:
    assert _quotes(text, "he") == [(speaker, said)]


def test_hebrew_a_verb_after_verb_first_speech_takes_up_its_subject() -> None:
    """'אתמול אמר שר האוצר כי …. "…", אמר.': the bare verb takes up the minister the sentence before named."""
    text = 'אתמול אמר שר האוצר כי המשק יתאושש. "זה ייקח זמן", אמר.'
    assert [(q.kind, q.speaker) for q in analyzed(text, "he", PUB).quotes] == [("indirect", "שר האוצר"), ("direct", "שר האוצר")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "according to him": the one quoted before
        ('ראש העירייה יוסי כהן אמר כי המצב קשה. לדבריו, העבודות יסתיימו עד סוף החודש.',
         [("יוסי כהן", "המצב קשה"), ("יוסי כהן", "העבודות יסתיימו עד סוף החודש")]),
        # "it was reported from/at" a body: the body speaks, never the person quoted before
        ('יוסי כהן אמר כי המצב קשה מאוד. ממשרד הבריאות נמסר כי שלושה פצועים אושפזו בבית החולים.',
         [("יוסי כהן", "המצב קשה מאוד"), ("משרד הבריאות", "שלושה פצועים אושפזו בבית החולים")]),
        ('יוסי כהן אמר כי המצב קשה מאוד. במשטרה נמסר כי שני חשודים נעצרו הלילה.',
         [("יוסי כהן", "המצב קשה מאוד"), ("המשטרה", "שני חשודים נעצרו הלילה")]),
        ('יוסי כהן אמר כי המצב קשה מאוד. נמסר מהמשטרה כי שני חשודים נעצרו הלילה.',
         [("יוסי כהן", "המצב קשה מאוד"), ("המשטרה", "שני חשודים נעצרו הלילה")]),
        # no body: no one
        ('יוסי כהן אמר כי המצב קשה מאוד. עוד נמסר כי שלושה פצועים אושפזו בבית החולים.', [("יוסי כהן", "המצב קשה מאוד")]),
    ],
)
def test_hebrew_pronoun_and_impersonal_sources(text: str, expected: list[tuple[str, str]]) -> None:
    assert _quotes(text, "he") == expected
