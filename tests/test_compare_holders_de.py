"""Who holds a count in German and Luxembourgish (:mod:`parallax.compare.holders_de`), where every noun has a capital.

Invented reports of a state election and a committee vote, published on 14 March 2026: the number conflicts
between two first sentences (no alignment in between)."""

from __future__ import annotations

import pytest

from parallax.analyze import Analyzer
from parallax.compare.conflicts import sentence_conflicts
from parallax.compare.holders import holder, same_holder
from parallax.records import Article
from tests.helpers import shown

PUBLISHED = "2026-03-14"


def _articles(texts: tuple[str, ...], lang: str) -> list[Article]:
    arts = [Article(id=f"x{i}", text=t, outlet=f"O{i}", published=PUBLISHED, language=lang) for i, t in enumerate(texts)]
    Analyzer().analyze_all(arts)
    return arts


def _number_conflicts(a_text: str, b_text: str, lang: str = "de") -> list[dict]:
    a, b = _articles((a_text, b_text), lang)
    return [shown(c) for c in sentence_conflicts(a, a.sentences[0], b, b.sentences[0]) if c.kind == "number"]


def _holders(text: str, lang: str = "de") -> list[str | None]:
    (art,) = _articles((text,), lang)
    return [holder(art, art.sentences[0], q) for q in art.quantities]


# the holder a German sentence gives its count
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Grünen erhalten im neuen Landtag neun Sitze.", "Die Grünen"),
        ("Die AfD erreichte 18 Prozent der Stimmen.", "AfD"),
        ("Die Freien Wähler erreichten 11 Prozent der Stimmen.", "Freien Wähler"),
        ("Die ÖVP kam nach der Auszählung auf 26 Prozent.", "ÖVP"),
        ("Nach der Auszählung gingen 25 Prozent an die SPD.", "SPD"),
        ("31 Prozent der Stimmen entfielen auf die Linke.", "Linke"),
        ("Am Sonntag holte die CSU 37 Prozent.", "CSU"),
    ],
)
def test_german_holder(text, expected):
    assert _holders(text) == [expected]


# German common nouns are no holders, capital or not
@pytest.mark.parametrize(
    "text",
    [
        "Die Bundesregierung kam im Ausschuss auf 27 Stimmen.",
        "Die Regierung erhielt nach Auszählung 27 Stimmen.",
        "Bei der Abstimmung im Stadtrat gab es 27 Stimmen dafür.",
        "Die Partei kam auf 25 Prozent der Stimmen.",  # the first preposition after the count governs no name
        "Insgesamt stimmten 27 Abgeordnete für die Reform.",
        "Im Bundestag erhielt der Antrag Zustimmung von 27 Abgeordneten.",  # an abstract noun by its ending
    ],
)
def test_german_common_nouns_hold_nothing(text):
    assert _holders(text) == [None]


# different holders: two facts, no figure to compare
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Die Grünen erhalten neun Sitze im neuen Landtag.", "Die SPD kommt auf 27 Sitze im neuen Landtag."),
        ("25 Prozent gingen an die SPD.", "31 Prozent gingen an die CDU."),
        ("Die AfD erreichte 18 Prozent der Stimmen.", "Die Freien Wähler erreichten 11 Prozent der Stimmen."),
        ("Die Linke kommt im neuen Landtag auf 12 Sitze.", "Die Grünen kommen im neuen Landtag auf 9 Sitze."),
        ("Die Union kam bei der Wahl auf 28 Prozent.", "Die SPD kam bei der Wahl auf 16 Prozent."),
        ("Olaf Scholz erhielt 27 Stimmen im Ausschuss.", "Friedrich Merz erhielt 31 Stimmen im Ausschuss."),
    ],
)
def test_counts_of_different_german_holders_are_no_conflict(a, b):
    assert _number_conflicts(a, b) == []


# one holder, one holder under two names, a holder on one side only, common nouns: still one figure
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("25 Prozent gingen an die SPD.", "29 Prozent gingen an die SPD."),
        ("Die SPD kommt im neuen Landtag auf 27 Sitze.", "Im neuen Landtag gehen 29 Sitze an die Sozialdemokraten."),
        ("Die Grünen erhalten neun Sitze im neuen Landtag.", "Die Partei erhält elf Sitze im neuen Landtag."),
        ("Die Bundesregierung kam auf 27 Stimmen im Ausschuss.", "Die Landesregierung kam auf 31 Stimmen im Ausschuss."),
        ("Die Regierung erhielt nach Auszählung 27 Stimmen.", "Die CDU erhielt nach Auszählung 31 Stimmen."),
        ("Laut Polizei wurden 27 Menschen verletzt.", "Nach Angaben der Feuerwehr wurden 31 Menschen verletzt."),
    ],
)
def test_one_german_holders_counts_still_conflict(a, b):
    assert len(_number_conflicts(a, b)) == 1


def test_luxembourgish_party_in_lower_case():
    assert _holders("Bei de Walen hunn déi gréng 9 Sëtz kritt.", "lb") == ["déi gréng"]


# English and French holders are read as before
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Labour won 27 seats on the new county council.", "Labour"),
        ("en", "27 seats went to Labour on the new county council.", None),  # no receiver read outside German
        ("fr", "Les Verts obtiennent neuf sièges au conseil régional.", "Les Verts"),
    ],
)
def test_english_and_french_holders_unchanged(lang, text, expected):
    assert _holders(text, lang) == [expected]


# two acronyms joined by a slash hold as one; a surname alone is the person the article named in full
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die CDU/CSU kam bei der Wahl auf 28 Prozent.", ["CDU/CSU"]),
        ("Die Union kam bei der Wahl auf 28 Prozent.", ["Union"]),
        ("Bei de Walen hunn Déi Gréng 9 Sëtz kritt.", ["Déi Gréng"]),
    ],
)
def test_german_holder_shapes(text, expected):
    assert _holders(text, "lb" if "Sëtz" in text else "de") == expected


def test_surname_alone_holds_in_a_later_sentence():
    (art,) = _articles(("Olaf Scholz kandidierte im Ausschuss. Scholz erhielt dort 27 Stimmen.",), "de")
    q = art.quantities[0]
    assert holder(art, art.sentences[1], q) == "Scholz"


@pytest.mark.parametrize(
    "b", ["Die CDU kam bei der Wahl auf 31 Prozent.", "Die Union kam bei der Wahl auf 31 Prozent."]
)
def test_union_and_one_of_its_names_still_conflict(b):
    assert len(_number_conflicts("Die CDU/CSU kam bei der Wahl auf 28 Prozent.", b)) == 1


# an acronym in mixed case spells the name's initials; one in capitals, or two joined by a slash, as before
@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("AfD", "Alternative für Deutschland", True),
        ("AfD", "Freien Wähler", False),
        ("CDU/CSU", "Union", True),
        ("CDU/CSU", "CDU", True),
        ("PSOE", "the Socialists", True),
        ("SPD", "Sozialdemokraten", True),
        ("SPD", "Grünen", False),
    ],
)
def test_same_holder_with_german_acronyms(a, b, same):
    assert same_holder(a, b) is same
