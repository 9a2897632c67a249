"""A short month name that is whole ("maja", "мая", "maio", "juni") ends before a sentence's full stop; only a
cut name ("Sept.", "Jan.") takes the abbreviation's dot.  Invented sentences; PUB is a Wednesday."""

from __future__ import annotations

import pytest

from tests.helpers import resolved

PUB = "2026-03-18"


@pytest.mark.parametrize(
    ("lang", "text", "expr", "value"),
    [
        ("pl", "Referendum w Kaliszu odbędzie się 24 maja.", "24 maja", "2026-05-24"),
        ("ru", "Голосование в Твери назначено на 24 мая.", "24 мая", "2026-05-24"),
        ("pt", "O festival de Braga começa em 24 de maio.", "24 de maio", "2026-05-24"),
        ("sv", "Festivalen i Umeå börjar den 24 juni.", "24 juni", "2026-06-24"),
        ("de", "Das Stadtfest in Lindau beginnt am 24. Juni.", "24. Juni", "2026-06-24"),
    ],
)  # fmt: skip
def test_sentence_stop_is_not_in_the_date(lang, text, expr, value):
    got = resolved(lang, text, PUB)
    assert got.get(expr) == value, got


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The Harlow plant reopened on Sept. 14 after repairs.", "Sept. 14", "2025-09-14"),
        ("The Harlow plant will reopen on Jun. 24 after repairs.", "Jun. 24", "2026-06-24"),
    ],
)
def test_cut_month_keeps_its_dot(text, expr, value):
    got = resolved("en", text, PUB)
    assert got.get(expr) == value, got
