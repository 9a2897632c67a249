"""Session 38 (helper time38): a half of a year in words that also name a match's half, and other dates and times
left over from the README's "Dates and times" limits."""

from __future__ import annotations

import pytest

from parallax.analyze.times import resolve_text

PUBLISHED = "2026-11-20"  # a Friday


def _values(lang: str, text: str) -> dict[str, str | None]:
    return {text[s:e]: v for s, e, v, _ in resolve_text(text, lang, PUBLISHED)}


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("de", "Die Anlage soll in der zweiten Hälfte des nächsten Jahres fertig sein.", "2027-H2"),
        ("de", "Die Wirtschaft wuchs in der ersten Hälfte des Jahres 2025.", "2025-H1"),
        ("es", "La planta abrirá en la segunda mitad del año próximo.", "2027-H2"),
        ("es", "La economía creció en la primera mitad de 2025.", "2025-H1"),
        ("it", "Nella seconda metà dell'anno prossimo apre la fabbrica.", "2027-H2"),
        ("fr", "Au cours de la seconde moitié de l'année prochaine, l'usine ouvrira.", "2027-H2"),
        ("pt", "A fábrica abre na segunda metade do próximo ano.", "2027-H2"),
        ("de", "Im ersten Quartal des Jahres 2025 sank der Umsatz.", "2025-Q1"),
    ],
)
def test_a_half_with_its_year_named_is_a_half_of_that_year(lang: str, text: str, value: str) -> None:
    values = [v for v in _values(lang, text).values() if v and ("-H" in v or "-Q" in v)]
    assert values == [value]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "In der zweiten Hälfte drehte Bayern das Spiel."),
        ("es", "En la segunda mitad, el Madrid marcó dos goles."),
        ("it", "Nella seconda metà il Milan ha segnato."),
        ("fr", "En seconde moitié, Lyon a marqué deux buts."),
    ],
)
def test_a_half_with_no_year_near_is_a_match_half_and_no_date(lang: str, text: str) -> None:
    assert not [v for v in _values(lang, text).values() if v]


def test_an_italian_half_of_the_year_alone_is_this_year_not_the_next() -> None:
    assert _values("it", "Nel secondo semestre dell'anno la crescita è rallentata.") == {"secondo semestre": "2026-H2"}
