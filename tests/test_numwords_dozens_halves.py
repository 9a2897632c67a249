"""Dozens and halves: "two dozen" is one count of 24 (not two and twelve), "half a million" is
500,000 (not "a million"), in English and the European languages that say it the same way; "dozens
of", "several dozen", "half a day" and "en medio de" are no figure."""

from __future__ import annotations

import pytest

import parallax
from parallax.analyze.quantities import approximate_range, find_quantities
from parallax.records import Article
from tests.helpers import shown


def _read(text: str, lang: str) -> list[tuple[str, float, str | None]]:
    return [(q.text, q.value, q.unit) for q in find_quantities(text, lang, [])]


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("The fire killed seven people and injured two dozen.", "en", [("seven", 7.0, "people"), ("two dozen", 24.0, None)]),
        ("Two dozen people were hurt.", "en", [("Two dozen", 24.0, "people")]),
        ("A dozen workers are missing.", "en", [("A dozen", 12.0, "worker")]),
        ("Half a dozen boats sank.", "en", [("Half a dozen", 6.0, "boat")]),
        ("Zwei Dutzend Menschen wurden verletzt.", "de", [("Zwei Dutzend", 24.0, "menschen")]),
        ("Deux douzaines de maisons ont brûlé.", "fr", [("Deux douzaines", 24.0, "maison")]),
        ("Dos docenas de casas y media docena de coches.", "es", [("Dos docenas", 24.0, "casa"), ("media docena", 6.0, "coche")]),
        ("Due dozzine di case.", "it", [("Due dozzine", 24.0, "case")]),
        ("Duas dúzias de casas.", "pt", [("Duas dúzias", 24.0, "casa")]),
    ],
)
def test_a_number_of_dozens_is_one_count(text, lang, found):
    assert _read(text, lang) == found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Several dozen cars and a few dozen boats were damaged.", "en"),
        ("The dozen or so residents left.", "en"),
    ],
)
def test_dozens_without_a_number_are_no_figure(text, lang):
    assert _read(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Dozens of homes were flattened.", "en", [("Dozens", 24.0, "home")]),
        ("Dutzende Häuser brannten.", "de", [("Dutzende", 24.0, "häuser")]),
        ("Des dizaines de maisons.", "fr", [("dizaines", 20.0, "maison")]),
    ],
)
def test_dozens_alone_are_their_least_count(text, lang, found):
    # session facts54: "dozens" is 24 or more (two dozen at least, no upper bound), "des dizaines" 20 or more, so
    # against "five homes" it conflicts and against "48 homes" it does not (it had been no figure, never a conflict)
    assert _read(text, lang) == found


def test_two_dozen_is_approximate_like_a_dozen():
    assert approximate_range("two dozen", 24.0, "en") == pytest.approx((21.6, 26.4))  # (qa60a: 10%, as "about 20")


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Half a million people fled the city.", "en", [("Half a million", 500_000.0, "people")]),
        ("The repairs cost half a billion dollars.", "en", [("half a billion", 5e8, "$")]),
        ("One and a half million people voted.", "en", [("One and a half million", 1_500_000.0, "people")]),  # unchanged
        ("Die Stadt zahlt eine halbe Million Euro.", "de", [("eine halbe Million", 500_000.0, "€")]),
        ("Un total de medio millón de personas.", "es", [("medio millón", 500_000.0, "persona")]),
        ("Costerà mezzo milione di euro.", "it", [("mezzo milione", 500_000.0, "€")]),
        ("Custou meio milhão de reais.", "pt", [("meio milhão", 500_000.0, "reai")]),
        ("Het kost een half miljoen euro.", "nl", [("een half miljoen", 500_000.0, "€")]),
    ],
)
def test_half_before_a_scale_is_half_of_it(text, lang, found):
    """(A sum of money carries its currency as a sign: quantities.money.)"""
    assert _read(text, lang) == found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Half a day later the road reopened.", "en"),
        ("He said half a loaf is better than none.", "en"),
        ("Half of the staff stayed home.", "en"),
        ("Eine halbe Stunde später.", "de"),
        ("Er half den Nachbarn.", "de"),  # "helped"
        ("En medio de la plaza, por medio de un acuerdo.", "es"),
        ("In mezzo alla folla.", "it"),
        ("No meio da praça.", "pt"),
        ("Een half uur later.", "nl"),
    ],
)
def test_half_alone_is_no_count(text, lang):
    assert _read(text, lang) == []


def _number_conflicts(a_text: str, b_text: str) -> list:
    a = Article(id="a", text=a_text, outlet="A", published="2026-03-05", language="en")
    b = Article(id="b", text=b_text, outlet="B", published="2026-03-05", language="en")
    d = parallax.compare([a, b]).to_dict()
    return [shown(c) for f in d["facts"] for c in f["conflicts"] if c["kind"] == "number"]


def test_two_dozen_injured_agrees_with_twenty_four():
    a = "A fire at the Kestrel garment factory in Port Avalon killed seven people and injured two dozen on Monday night."
    b = "A fire at the Kestrel garment factory in Port Avalon killed seven people and injured 24 on Monday night."
    assert _number_conflicts(a, b) == []


def test_half_a_million_agrees_with_its_figure_and_not_with_a_million():
    a = "Half a million people were evacuated from the coast of Karvelia before the storm."
    b = "500,000 people were evacuated from the coast of Karvelia before the storm."
    c = "A million people were evacuated from the coast of Karvelia before the storm."
    assert _number_conflicts(a, b) == []
    assert _number_conflicts(a, c) != []
