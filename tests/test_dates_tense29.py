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


def _clock_values(lang: str, paragraphs: list[str]) -> list[tuple[str, str | None]]:
    """(expression, value) of each clock time and day of paragraphs read as one article."""
    from parallax.analyze.times import resolve_paragraphs

    offsets, at = [], 0
    for p in paragraphs:
        offsets.append((at, p))
        at += len(p) + 1
    text = "\n".join(paragraphs)
    return [(text[s:e], v) for s, e, v, _ in resolve_paragraphs(offsets, lang, PUB)]


@pytest.mark.parametrize(
    ("lang", "paragraphs", "expr", "value"),
    [
        # a time after "hours later" earlier than the time before it: the early hours of the next day
        ("en", ["The blaze started on Tuesday at 11 p.m.", "Hours later, at 2 a.m., officers detained a suspect."], "2 a.m.", "2026-03-25T02:00"),
        ("en", ["The talks ended on Tuesday at 11:40 p.m. Minutes later, at 12:10 a.m., the deal was signed."], "12:10 a.m.", "2026-03-25T00:10"),
        ("en", ["The blaze started on Tuesday evening.", "Hours later, officers said they detained a suspect at 3 a.m."], "3 a.m.", "2026-03-25T03:00"),
        ("de", ["Das Feuer brach am Dienstag gegen 23 Uhr aus.", "Stunden später, gegen 2 Uhr, nahm die Polizei einen Mann fest."], "2 Uhr", "2026-03-25T02:00"),
        ("fr", ["L'incendie s'est déclaré mardi vers 23 heures.", "Quelques heures plus tard, vers 2 heures, un homme a été arrêté."], "2 heures", "2026-03-25T02:00"),
        ("nl", ["De brand brak dinsdag rond 23.00 uur uit.", "Enkele uren later, rond 2.00 uur, werd een man aangehouden."], "2.00 uur", "2026-03-25T02:00"),
        # a time later in the day stays on it, and so does one with no "hours later" before it
        ("en", ["The blaze started on Tuesday at 9 a.m.", "Hours later, at 4 p.m., officers detained a suspect."], "4 p.m.", "2026-03-24T16:00"),
        ("en", ["The blaze started on Tuesday at 11 p.m.", "At 2 a.m. officers detained a suspect."], "2 a.m.", "2026-03-24T02:00"),
        # a day written with the time, or between the cue and the time, is the time's day
        ("en", ["The blaze started on Tuesday at 11 p.m.", "Hours later, at 2 a.m. on Tuesday, officers detained a suspect."], "2 a.m. on Tuesday", "2026-03-24T02:00"),
        ("en", ["The blaze started on Tuesday at 11 p.m.", "Hours later, on Wednesday at 2 a.m., officers detained a suspect."], "2 a.m.", "2026-03-25T02:00"),
    ],
)
def test_hours_later_crosses_midnight(lang, paragraphs, expr, value):
    assert dict(_clock_values(lang, paragraphs))[expr] == value


def test_the_early_hours_go_on_after_a_crossing_and_an_evening_does_not():
    got = dict(
        _clock_values(
            "en",
            [
                "The blaze started on Tuesday at 11 p.m. Hours later, at 2 a.m., officers detained a suspect.",
                "At 5 a.m. he was charged.",
                "Earlier, at 10 p.m., neighbours had heard shouting.",
            ],
        )
    )
    assert (got["5 a.m."], got["10 p.m."]) == ("2026-03-25T05:00", "2026-03-24T22:00")


def test_hours_later_alone_keeps_the_carried_day():
    got = _clock_values("en", ["The blaze started on Tuesday at 11 p.m.", "Hours later, police said a suspect was detained."])
    assert got == [("Tuesday", "2026-03-24"), ("11 p.m.", "2026-03-24T23:00")]
