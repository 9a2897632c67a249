"""Catalan time expressions: "de" elided before a month ("d'abril"), the periphrastic past ("va signar") that
points a bare weekday back, "que ve" ahead.  Invented sentences; PUB is a Wednesday."""

from __future__ import annotations

import pytest

from tests.helpers import resolved

PUB = "2026-03-18"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("El ple de Vic va aprovar el pressupost dilluns.", "dilluns", "2026-03-16"),
        ("El ple de Vic votarà el pressupost divendres.", "divendres", "2026-03-20"),
        ("La fira de Reus obrirà les portes el 3 d'agost.", "3 d'agost", "2026-08-03"),
        ("El festival de Girona se celebrarà del 9 al 12 d'octubre.", "9 al 12 d'octubre", "2026-10-09/2026-10-12"),
        ("La regidora va dimitir el 2 de febrer de 2025.", "2 de febrer de 2025", "2025-02-02"),
        ("Ahir al vespre es va tallar la llum a Manresa.", "Ahir al vespre", "2026-03-17TEV"),
        ("L'obra del pont va durar quatre anys.", "quatre anys", "P4Y"),
        ("Fa dues setmanes que es va tancar la carretera.", "Fa dues setmanes", "2026-W10"),
        ("La vaga de mestres començarà dilluns que ve.", "dilluns que ve", "2026-03-23"),
        ("El tren va sortir a les 7.45 h de Lleida.", "7.45 h", "2026-03-18T07:45"),
    ],
)  # fmt: skip
def test_catalan_times(text, expr, value):
    got = resolved("ca", text, PUB)
    assert got.get(expr) == value, got


def test_catalan_words_are_no_months():
    """"mar" (sea) and "set" (seven) are no cut months: the press does not abbreviate them."""
    assert resolved("ca", "Set vaixells van sortir al mar el 14 de març.", PUB) == {"14 de març": "2026-03-14"}


@pytest.mark.parametrize(
    ("lang", "text", "expr", "value"),
    [
        ("es", "La feria de Huesca se celebrará del 9 al 12 de octubre.", "9 al 12 de octubre", "2026-10-09/2026-10-12"),
        ("es", "La feria de Huesca se celebró del 9 al 12 de octubre.", "9 al 12 de octubre", "2025-10-09/2025-10-12"),
        ("en", "The Harlow fair will run October 9-12.", "October 9-12", "2026-10-09/2026-10-12"),
    ],
)  # fmt: skip
def test_day_range_takes_the_tense(lang, text, expr, value):
    """A range of days without a year is placed by the sentence's tense, as one day is."""
    got = resolved(lang, text, PUB)
    assert got.get(expr) == value, got
