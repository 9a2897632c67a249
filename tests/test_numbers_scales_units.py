"""Scales, currencies and counted nouns across languages: Romanian scales after "de" ("120 de milioane
de lei"), the leu, a final "s" that is no plural ("38 ambulans"), and the traps that must not fire."""

from __future__ import annotations

import pytest

from parallax.analyze.quantities import find_quantities


def _read(text: str, lang: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(text, lang, [])]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Organizarea scrutinului a costat 120 de milioane de lei.", [(120e6, "RON")]),
        ("Scrutinul a costat 120 milioane lei.", [(120e6, "RON")]),
        ("Scrutinul a costat 24 de milioane de euro.", [(24e6, "€")]),
        ("Proiectul a costat 2 de miliarde de dolari.", [(2e9, "$")]),
        ("La miting au venit 20 de mii de oameni.", [(20e3, "oameni")]),
        ("Statul a plătit un milion de lei.", [(1e6, "RON")]),
        ("Biletul costă 300 de lei.", [(300.0, "RON")]),
        # traps: "de" before a noun is no scale
        ("Au fost rănite 23 de persoane.", [(23.0, "persoane")]),
        ("Au venit 5 mii de oameni.", [(5e3, "oameni")]),
    ],
)
def test_romanian_scales_after_de_keep_scale_and_currency(text, found):
    assert _read(text, "ro") == found


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Olay yerine 38 ambulans sevk edildi.", "tr", [(38.0, "ambulans")]),
        ("A helyszínre 12 mentős érkezett.", "hu", [(12.0, "mentős")]),
        ("Tjugotre personer och tvåhundra hus.", "sv", [(23.0, "personer"), (200.0, "hus")]),
        ("Sono arrivati 5 autobus.", "it", [(5.0, "autobus")]),
        # the languages whose plural is an "s" still compare "1 ambulance" with "38 ambulances"
        ("They sent 38 ambulances.", "en", [(38.0, "ambulance")]),
        ("Ils ont envoyé 38 ambulances.", "fr", [(38.0, "ambulance")]),
        ("Enviaron 38 ambulancias.", "es", [(38.0, "ambulancia")]),
        ("15 ihmistä loukkaantui.", "fi", [(15.0, "ihmi")]),  # Finnish: the stem of its case forms
    ],
)
def test_a_final_s_is_cut_only_where_it_is_a_plural(text, lang, found):
    assert _read(text, lang) == found
