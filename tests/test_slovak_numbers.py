"""Slovak number words and figures, on sentences of our own: the cases and personal forms a count takes
("dvanástich ľudí", "dvaja", "piati"), tens and units, hundreds and thousands written as one word
("tridsaťpäť", "tisícdvesto"), scales ("2,5 milióna eur", "1,8 mil. eur", "3 mld."), ages ("45-ročný",
"45ročná"), and the traps: "ten" (that), one and half alone, plural and vague thousands."""

from __future__ import annotations

import pytest

from parallax.analyze.quantities import find_quantities
from parallax.analyze.quantities.labels import AGE


def _read(text: str) -> list[tuple[str, float, str | None]]:
    return [(q.text, q.value, q.unit) for q in find_quantities(text, "sk", [])]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Pri nehode zahynulo štrnásť ľudí.", [("štrnásť", 14.0, "ľudí")]),
        ("Nehoda si vyžiadala životy dvanástich ľudí.", [("dvanástich", 12.0, "ľudí")]),
        ("Polícia hovorila s dvanástimi svedkami v troch mestách.", [("dvanástimi", 12.0, "svedkami"), ("troch", 3.0, "mestách")]),
        ("Zranenia utrpelo tridsaťpäť ľudí.", [("tridsaťpäť", 35.0, "ľudí")]),
        ("Zasahovalo tridsať päť hasičov.", [("tridsať päť", 35.0, "hasičov")]),
        ("Hasiči evakuovali tisícdvesto obyvateľov.", [("tisícdvesto", 1200.0, "obyvateľov")]),
        ("Prišlo dvetisíc ľudí a päťsto dobrovoľníkov.", [("dvetisíc", 2000.0, "ľudí"), ("päťsto", 500.0, "dobrovoľníkov")]),
        ("Dvaja policajti zadržali troch mužov.", [("Dvaja", 2.0, "policajti"), ("troch", 3.0, "mužov")]),
        ("Vláda vyčlenila 2,5 milióna eur.", [("2,5 milióna", 2_500_000.0, "€")]),
        ("Oprava bude stáť 1,8 mil. eur.", [("1,8 mil", 1_800_000.0, "€")]),  # a million, not the Spanish "mil"
        ("Projekt stál 3 mld. eur a pol milióna dolárov.", [("3 mld", 3e9, "€"), ("pol milióna", 500_000.0, "$")]),
        ("Škoda presiahla 150-tisíc eur.", [("150-tisíc", 150_000.0, "€")]),  # the hyphen Slovak writes before the scale
    ],
)
def test_slovak_numbers(text, found):
    assert _read(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Ten istý úsek cesty opravovali cestári.",  # "ten" is "that"
        "Tisíce ľudí vyšli do ulíc, niekoľko tisíc ďalších čakalo.",  # thousands, some thousands
        "Prišiel jeden autobus a pol hodiny čakal.",  # one, half
        "Lietadlo letelo stovky metrov nad mestom.",  # hundreds
    ],
)
def test_slovak_traps_count_nothing(text):
    assert _read(text) == []


@pytest.mark.parametrize("text", ["Autobus riadil 45-ročný vodič.", "Zadržali 45-ročného muža.", "Zranená je 45ročná žena."])
def test_slovak_ages_are_no_counts(text):
    assert [(q.value, q.unit) for q in find_quantities(text, "sk", [])] == [(45.0, AGE)]


def test_slovak_others_are_no_noun():
    # "35 ďalších utrpelo zranenia": 35 others, no noun after the count
    assert _read("Zahynulo 12 ľudí a 35 ďalších utrpelo zranenia.") == [("12", 12.0, "ľudí"), ("35", 35.0, None)]
