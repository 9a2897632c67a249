"""Tense cues of the simple past in German and Dutch, and clock times after "hours later" (de29).

A German preterite ("streikte", "brach aus", "mussten") or a Dutch imperfect ("staakten", "vond plaats") is a
cue of the past, so that in a sentence of two clauses each day takes its own verb's tense; words that only end
like a weak past (adjectives, ordinals, infinitives, subjunctives, participles before their noun) are none.
"""

from __future__ import annotations

import re

import pytest

from parallax.analyze.timelex.preterite import DE_PRETERITE, NL_IMPERFECT
from tests.helpers import resolved

PUB = "2026-03-27T12:00:00+01:00"  # a Friday: the last Monday is 23 March, the next one 30 March


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weak preterite, then a modal of the future in the second clause
        ("Die Belegschaft streikte am Montag und will am Dienstag erneut streiken.", {"Montag": "2026-03-23", "Dienstag": "2026-03-31"}),
        ("Die Piloten legten am Montag die Arbeit nieder und wollen am Donnerstag weiterstreiken.", {"Montag": "2026-03-23", "Donnerstag": "2026-04-02"}),
        # a strong preterite with its prefix at the end, and one written onto the verb in a subordinate clause
        ("Das Feuer brach am Dienstag aus; am Mittwoch soll die Halle abgerissen werden.", {"Dienstag": "2026-03-24", "Mittwoch": "2026-04-01"}),
        ("Nachdem das Treffen am Montag stattfand, wird am Donnerstag abgestimmt.", {"Montag": "2026-03-23", "Donnerstag": "2026-04-02"}),
        # a preterite modal before a passive infinitive: "werden" is no future there
        ("In der Nacht zu Mittwoch mussten 300 Anwohner evakuiert werden.", {"In der Nacht zu Mittwoch": "2026-03-24TNI"}),
        ("Am Dienstag konnte der Brand erst spät gelöscht werden.", {"Dienstag": "2026-03-24"}),
        # unchanged: the future alone, and a participle before its noun is no past
        ("Die Gewerkschaft will am Montag streiken.", {"Montag": "2026-03-30"}),
        ("Die für Montag erwartete Entscheidung soll die Lage klären.", {"Montag": "2026-03-30"}),
        ("Die am Montag geplante Sitzung wird verschoben.", {"Montag": "2026-03-30"}),
        ("Der Minister wird am Montag die vierte Runde der Gespräche eröffnen.", {"Montag": "2026-03-30"}),
    ],
)
def test_german_preterite_is_a_past_cue(text, expected):
    got = resolved("de", text, PUB)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De bonden staakten maandag en willen dinsdag opnieuw staken.", {"maandag": "2026-03-23", "dinsdag": "2026-03-31"}),
        ("Het overleg vond maandag plaats en gaat donderdag verder.", {"maandag": "2026-03-23", "donderdag": "2026-04-02"}),
        ("Boeren protesteerden maandag en willen woensdag terugkomen.", {"maandag": "2026-03-23", "woensdag": "2026-04-01"}),
        # a weak past right before its weekday; "volgende", "komende" and ordinals there are no past
        ("De minister reisde maandag naar Brussel en spreekt dinsdag met de commissie.", {"maandag": "2026-03-23", "dinsdag": "2026-03-31"}),
        ("De winkel opende dinsdag en sluit zaterdag weer.", {"dinsdag": "2026-03-24", "zaterdag": "2026-03-28"}),
        ("De raad vergadert komende dinsdag.", {"komende dinsdag": "2026-03-31"}),
        ("De raad zal aanstaande woensdag beslissen.", {"aanstaande woensdag": "2026-04-01"}),
        ("De bonden willen maandag staken.", {"maandag": "2026-03-30"}),  # unchanged
    ],
)
def test_dutch_imperfect_is_a_past_cue(text, expected):
    got = resolved("nl", text, PUB)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a day in a subordinate clause whose verb comes last takes that verb's tense, not the main clause's
        ("de", "Die Polizei sperrte die Straße, die am Dienstag wieder freigegeben wird.", {"Dienstag": "2026-03-31"}),
        ("de", "Die Stadt meldete, dass die Schule am Dienstag schließen muss.", {"Dienstag": "2026-03-31"}),
        ("de", "Der Kanzler reiste nach Paris, wo er am Dienstag Macron trifft.", {"Dienstag": "2026-03-31"}),
        # the clause's own past, and a main-clause cue with no clause opened after it, still count
        ("de", "Die Polizei teilte mit, dass der Mann am Dienstag festgenommen wurde.", {"Dienstag": "2026-03-24"}),
        ("de", "Die Polizei teilte mit, der Mann sei am Dienstag festgenommen worden.", {"Dienstag": "2026-03-24"}),
        ("nl", "De minister zei dat hij dinsdag in Brussel met zijn collega’s zal praten.", {"dinsdag": "2026-03-31"}),
        ("nl", "De bond meldde dat de leden dinsdag het werk neer willen leggen.", {"dinsdag": "2026-03-31"}),
        ("nl", "De minister liet weten dat de gemeente dinsdag het plan zal voorleggen.", {"dinsdag": "2026-03-31"}),
    ],
)
def test_a_verb_last_clause_has_its_own_tense(lang, text, expected):
    got = resolved(lang, text, PUB)
    assert {k: got.get(k) for k in expected} == expected


_DE = re.compile(rf"\b(?:{DE_PRETERITE})\b", re.I)
_NL = re.compile(rf"\b(?:{NL_IMPERFECT})\b", re.I)


@pytest.mark.parametrize(
    "word",
    "streikte meldeten arbeitete warteten kam fanden brach ausbrach bekam festnahm mussten konnte ermittelte regelte "
    "stürzte entdeckte lernten kannte evakuierte auslöste".split(),
)
def test_german_past_forms(word):
    assert _DE.fullmatch(word)


@pytest.mark.parametrize(
    "word",
    "heute Mitte Rente Seite Leute Gäste erste letzte zweite dritte vierte zehnte gute harte alte halten gelten warten "
    "starten treten bieten berichten fürchten interessante direkte konkrete größte könnte müsste sollte wollte hätte "
    "möchte geplante angekündigte sogenannte hinten selten echte rechte Stand".split(),
)
def test_german_words_that_only_end_like_a_past(word):
    assert not _DE.fullmatch(word)


def test_german_participle_before_its_noun():
    assert not _DE.search("die für Freitag erwartete Entscheidung")
    assert _DE.search("Die Polizei evakuierte am Freitag das Viertel")


@pytest.mark.parametrize("word", "staakte staakten kwam vonden protesteerde arriveerden".split())
def test_dutch_past_forms(word):
    assert _NL.fullmatch(word)


@pytest.mark.parametrize("word", "ronde hoogte staken reden geleerde omgekeerde verkeerde".split())
def test_dutch_words_that_are_no_past(word):
    assert not _NL.fullmatch(word)

