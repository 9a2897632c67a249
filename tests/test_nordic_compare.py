"""Comparing Swedish, Danish and Norwegian reports: the casualty words of the three languages (Swedish
"dog" after its people, "mistede/mistet livet", "kvæstet", "kom til skade", Nynorsk "personar" and
"sakna"), and a night that runs into the next day ("natt til søndag" / "søndag") while two nights still
disagree.  Invented sentences."""

from __future__ import annotations

import pytest

import parallax
from parallax.analyze.quantities import find_quantities
from parallax.compare.numbers import counted, role
from parallax.records import Article


@pytest.mark.parametrize(
    ("text", "lang", "roles"),
    [
        ("Fem personer dog och 12 skadades.", "sv", ["dead", "injured"]),
        ("Tre personer mistede livet, og 17 personer kom til skade.", "da", ["dead", "injured"]),
        ("To mennesker omkom, og 17 blev kvæstet.", "da", ["dead", "injured"]),
        ("Sju mennesker mistet livet.", "no", ["dead"]),
        ("Seks personar omkom, og to er sakna.", "nn", ["dead", "missing"]),
    ],
)
def test_nordic_casualty_roles(text, lang, roles):
    qs = find_quantities(text, lang, [])
    assert [role(text, q) for q in qs] == roles
    assert counted(qs[0].unit, roles[0]) == "people"


def test_a_dog_is_no_death():
    text = "Three dog owners were fined."
    assert [role(text, q) for q in find_quantities(text, "en", [])] == [None]


def _date_conflicts(ta: str, tb: str, lang: str, published: str) -> list[dict]:
    arts = [Article(id="a", text=ta, language=lang, published=published), Article(id="b", text=tb, language=lang, published=published)]
    return [c for f in parallax.compare(arts).to_dict()["facts"] for c in f["conflicts"] if c["kind"] == "date"]


def test_a_night_runs_into_the_next_day():
    assert _date_conflicts("Skredet gikk i Vassbygda natt til søndag.", "Skredet gikk i Vassbygda søndag.", "no", "2026-05-18T07:00:00+02:00") == []


def test_two_nights_still_disagree():
    got = _date_conflicts("Skredet gikk i Vassbygda natt til søndag.", "Skredet gikk i Vassbygda natt til lørdag.", "no", "2026-05-18T07:00:00+02:00")
    assert len(got) == 1
