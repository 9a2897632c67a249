"""Session 35's QA of the core use case in more languages (a meeting of prime ministers, a parliament vote, an
earthquake, a verdict, a rate decision): the general rules its reports showed missing."""

from __future__ import annotations

import pytest

from parallax.analyze.times import resolve_text


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Retten idømte ham fire års fængsel.", "da", "P4Y"),
        ("To forretningsmænd fik hver 18 måneders fængsel.", "da", "P18M"),
        ("Tingretten dømte ham til fire års fengsel.", "no", "P4Y"),
        ("Han dömdes till fyra års fängelse.", "sv", "P4Y"),
        ("Súd ho odsúdil na tri a pol roka väzenia.", "sk", "P42M"),
        ("Soud mu uložil tři a půl roku vězení.", "cs", "P42M"),
    ],
)
def test_sentence_lengths_read(text: str, lang: str, value: str) -> None:
    """A Nordic length in the genitive before its noun ("fire års fængsel") and a Czech or Slovak length and a
    half ("tri a pol roka") are durations: a verdict's sentence is what reports of it compare."""
    assert [v for _s, _e, v, g in resolve_text(text, lang, "2026-11-20") if g == "duration"] == [value]


def test_nordic_age_still_no_duration() -> None:
    """The age trap still holds beside the genitive: "45 år gammel" is no length."""
    found = resolve_text("Han er 45 år gammel og fik to års fængsel.", "da", "2026-11-20")
    assert [v for *_x, v, _g in found] == ["P2Y"]


def test_vietnamese_speaker_without_marks_is_one_person() -> None:
    """An English wire prints a Vietnamese name without its marks, family name first: one speaker, not a
    misattribution; two names that differ in their marks where both print them are two people."""
    from parallax.compare.speakers import person_match

    assert person_match("Nguyen Van Hung", "Nguyễn Văn Hùng") is True
    assert person_match("Trần Minh Đức", "Tran Minh Duc") is True
    assert person_match("Nguyễn Văn Hùng", "Nguyễn Văn Hưng") is False
