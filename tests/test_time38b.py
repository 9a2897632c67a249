"""Dates, session 38, second round (helper time38b): what the first round left open.

A count in words dates a tally as a figure does; a farewell in quotation marks names no day; CJK day ranges and
quarter spans; a fiscal year's quarters; a Chinese weekday in brackets; a half with no year; months and seasons in
historical names.  Published on Wednesday 11 March 2026 unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from parallax.analyze.times import resolve_text

WEDNESDAY = "2026-03-11"


def _values(lang: str, text: str, published: str = WEDNESDAY) -> dict[str, str | None]:
    return {text[s:e]: v for s, e, v, _ in resolve_text(text, lang, published)}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "Até quinta-feira à noite, doze pessoas morreram."),
        ("es", "Hasta el jueves por la noche, doce personas murieron."),
        ("it", "Fino a giovedì sera, dodici persone sono morte."),
    ],
)
def test_until_a_day_in_a_past_tally_counted_in_words_looks_back(lang: str, text: str) -> None:
    assert all(v and v.startswith("2026-03-05") for v in _values(lang, text).values())


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", '"Hasta mañana", dijo el presidente al salir.'),
        ("es", "¡Hasta mañana!, gritó."),
        ("pt", "«Até amanhã», disse o ministro."),
        ("it", "«A domani», ha detto."),
        ("fr", "« À demain ! » a-t-il lancé."),
    ],
)
def test_a_farewell_in_quotation_marks_names_no_day(lang: str, text: str) -> None:
    assert not _values(lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [("es", "La votación se aplaza hasta mañana."), ("es", "«Se aplaza hasta mañana», dijo."), ("fr", "Le vote est reporté à demain.")],
)
def test_tomorrow_after_until_outside_a_farewell_is_still_tomorrow(lang: str, text: str) -> None:
    assert "2026-03-12" in _values(lang, text).values()


@pytest.mark.parametrize(
    ("text", "mismatch"),
    [
        ("11月14日（六）举行活动。", False),
        ("11月14日(六)举行活动。", False),
        ("11月14日（五）举行活动。", True),
        ("11月15日（日）举行活动。", False),
        ("11月15日(天)举行活动。", False),
        ("11月14号（一）举行活动。", True),
    ],
)
def test_a_chinese_one_character_weekday_in_brackets_is_checked(text: str, mismatch: bool) -> None:
    from tests.helpers import analyzed

    art = analyzed(text, "zh", "2026-11-20")
    assert art.times and all(t.value in ("2026-11-14", "2026-11-15") for t in art.times)
    assert any(t.weekday_mismatch for t in art.times) is mismatch
