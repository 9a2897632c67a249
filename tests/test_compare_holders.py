"""Counts of one noun held by different named holders, and count nouns read by each language's grammar.

Invented reports of a regional election, a championship and a flood, published on 14 March 2026: the
number conflicts between two first sentences (no alignment in between), and the noun a count is read with."""

from __future__ import annotations

import pytest

from parallax.analyze import Analyzer
from parallax.analyze.quantities.units import _unit_after
from parallax.compare.conflicts import sentence_conflicts
from parallax.records import Article
from tests.helpers import shown

PUBLISHED = "2026-03-14"


def _number_conflicts(a_text: str, b_text: str, lang: str) -> list[dict]:
    a, b = (
        Article(id=i, text=t, outlet=i.upper(), published=PUBLISHED, language=lang) for i, t in zip("ab", (a_text, b_text), strict=True)
    )
    Analyzer().analyze_all([a, b])
    return [shown(c) for c in sentence_conflicts(a, a.sentences[0], b, b.sentences[0]) if c.kind == "number"]


# each sentence gives its count to a different name: two facts, not two figures for one
@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("es", "El PSOE quedó segundo con 27 procuradores en las Cortes de Castilla y León.",
         "Vox obtuvo nueve procuradores, dos más que en 2022."),
        ("es", "El PP logró 31 escaños en el parlamento autonómico.", "El PSOE se quedó en 25 escaños tras el recuento."),
        ("en", "Labour won 27 seats on the new county council.", "The Greens won 9 seats on the new county council."),
        ("en", "Germany won 12 medals at the European Athletics Championships in Rome.",
         "Norway won 16 medals at the European Athletics Championships in Rome."),
        ("en", "Northvale Energy shed 1,200 jobs after the merger.", "Brightwater Utilities shed 450 jobs after the merger."),
        ("de", "Die SPD kommt im neuen Landtag auf 27 Sitze.", "Die CDU erhält im neuen Landtag 31 Sitze."),
        ("fr", "Le Rassemblement national obtient 27 sièges au conseil régional.", "Les Verts obtiennent neuf sièges au conseil régional."),
        ("it", "Fratelli d'Italia conquista 18 seggi nel consiglio regionale.", "Il Movimento 5 Stelle ottiene 6 seggi nel consiglio regionale."),
    ],
)  # fmt: skip
def test_counts_of_different_holders_are_no_conflict(lang, a, b):
    assert _number_conflicts(a, b, lang) == []


# one holder on both sides, one holder under two names, a holder on one side only, a toll: still one figure
@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("en", "Labour won 27 seats on the new county council.", "Labour won 29 seats on the new county council."),
        ("en", "The PSOE got 27 seats in the regional parliament.", "The Socialists got 29 seats in the regional parliament."),
        ("en", "The PSOE got 27 seats in the regional parliament.", "The party got 29 seats in the regional parliament."),
        ("en", "27 people died in Valencia after the floods.", "29 people died after the floods."),
        ("en", "Floods in Valencia killed 27 people on Tuesday.", "Floods in Spain killed 29 people on Tuesday."),
        ("es", "El PSOE quedó segundo con 27 procuradores.", "Los socialistas quedaron segundos con 29 procuradores."),
        ("es", "El PSOE obtuvo 27 procuradores en las Cortes.", "El Partido Socialista obtuvo 29 procuradores en las Cortes."),
        ("es", "Ayer se repartieron 27 procuradores en las Cortes.", "El PSOE obtuvo 29 procuradores en las Cortes."),
        ("de", "Die SPD kommt im neuen Landtag auf 27 Sitze.", "Die Sozialdemokraten kommen im neuen Landtag auf 29 Sitze."),
    ],
)  # fmt: skip
def test_one_holders_counts_still_conflict(lang, a, b):
    assert len(_number_conflicts(a, b, lang)) == 1


def test_the_holder_both_name_is_compared_beside_another_holder():
    conflicts = _number_conflicts("Labour won 27 seats, and the Greens won 9 seats.", "Labour won 29 seats on the new council.", "en")
    assert [(c["a"], c["b"]) for c in conflicts] == [([27.0], [29.0])]


# the noun of a count as the language writes its plural and its cases
@pytest.mark.parametrize(
    ("lang", "text", "unit"),
    [
        ("es", "27 procuradores", "procurador"),  # "-es" after a consonant
        ("es", "14 ciudades", "ciudad"),
        ("es", "2 leyes", "ley"),
        ("es", "5 camiones", "camión"),  # "-ión" loses its accent in the plural
        ("fi", "120 ihmistä", "ihmis"),  # the partitive "-tä" after a consonant, no elative "-stä"
        ("fi", "120 uutta opettajaa", "opettaja"),  # the adjective agrees with the noun after it
        ("zh", "300美元", "美元"),  # a currency of "元"
    ],
)
def test_count_noun(lang, text, unit):
    end = len(text) - len(text.lstrip("0123456789"))
    assert _unit_after(text, end, lang) == unit


# a plural of a vowel-final noun, a cluster before "-es", a Finnish noun with its verb: only the "s" or
# the partitive goes (these already read right; kept so the rules above stay narrow)
@pytest.mark.parametrize(
    ("lang", "text", "unit"),
    [
        ("es", "3 viajes", "viaje"),
        ("es", "4 padres", "padre"),
        ("es", "3 calles", "calle"),
        ("fi", "15 matkustajaa kuoli", "matkustaja"),
        ("fi", "450 hehtaaria metsää", "ha"),  # a measure, then the material measured
    ],
)
def test_count_noun_kept(lang, text, unit):
    end = len(text) - len(text.lstrip("0123456789"))
    assert _unit_after(text, end, lang) == unit
