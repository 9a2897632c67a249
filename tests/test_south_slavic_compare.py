"""Comparing Slovak, Croatian, Serbian and Slovenian reports: their nouns for people and casualty
words, so that a toll written under them meets another outlet's, and the Serbian Cyrillic letters a
name may start with (Ј, Љ, Њ, Ђ, Ћ, Џ).  Invented sentences."""

from __future__ import annotations

import pytest

import parallax
from parallax.letters import LOWER, UPPER
from parallax.records import Article
from tests.helpers import shown


def _tolls(a: str, b: str, lang: str) -> list[dict]:
    arts = [Article(id=i, text=t, outlet=i.upper(), published="2026-05-14", language=lang) for i, t in (("a", a), ("b", b))]
    return [shown(c) for f in parallax.compare(arts).to_dict()["facts"] for c in f["conflicts"] if c["kind"] == "number"]


@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("hr", "U požaru je poginulo 12 osoba, a 30 ih je ozlijeđeno.", "U požaru je poginulo četrnaest ljudi, a 30 ih je ozlijeđeno."),
        ("sr", "У пожару је погинуло 12 особа, а 30 их је повређено.", "У пожару је погинуло четрнаест људи, а 30 их је повређено."),
        ("sk", "Pri požiari zahynulo 12 ľudí a 30 utrpelo zranenia.", "Pri požiari zahynulo štrnásť ľudí a 30 utrpelo zranenia."),
        ("sl", "V požaru je umrlo 12 oseb, 30 jih je bilo poškodovanih.", "V požaru je umrlo štirinajst ljudi, 30 jih je bilo poškodovanih."),
    ],
)
def test_a_toll_under_these_languages_nouns_for_people_conflicts(lang, a, b):
    found = _tolls(a, b, lang)
    assert any(sorted(v for k, vs in c.items() if k in ("a", "b") for v in vs) == [12.0, 14.0] for c in found), found


def test_serbian_cyrillic_capitals_are_letters_of_names():
    import re

    name = re.compile(rf"[{UPPER}][{LOWER}]+")
    for word in ("Јелена", "Љиљана", "Његош", "Ђорђе", "Ћирић", "Џонић", "Đurđa", "Ľubica"):
        assert name.fullmatch(word), word
