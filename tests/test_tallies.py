"""Scores and votes: kept whole, compared as unordered pairs."""

from __future__ import annotations

import pytest

import parallax
from parallax.analyze.quantities import TALLY, find_quantities, tally_pair
from parallax.records import Article
from tests.helpers import shown


def _tallies(text: str, lang: str = "en") -> list[str]:
    return [q.text for q in find_quantities(text, lang, []) if q.unit == TALLY]


@pytest.mark.parametrize(
    ("text", "lang", "tally"),
    [
        ("Rovers beat City 3-1 in the cup final at Wembley.", "en", "3-1"),
        ("City lost the final 3–2 to Rovers on Saturday.", "en", "3–2"),
        ("The Supreme Court ruled 5-4 that the law stands.", "en", "5-4"),
        ("The Senate voted 52-48 to pass the bill.", "en", "52-48"),
        ("Rovers won 3-1 against Leeds.", "en", "3-1"),  # a noun after a falling pair: still a score
        ("It was a 1-3 defeat for the hosts.", "en", "1-3"),  # a rising pair before a word of the result
        ("Der FC siegte 3:1 gegen Bayern.", "de", "3:1"),
        ("Nach dem 3:1-Sieg jubelten die Fans.", "de", "3:1"),
        ("Le PSG s'impose 2-0 face à Lyon.", "fr", "2-0"),
        ("El Madrid ganó 2-1 al Barcelona.", "es", "2-1"),
        ("«Спартак» победил со счётом 2:1.", "ru", "2:1"),
        # told from the losing side, a preposition after it: still the result
        ("Nantes battu 0-2 par Lyon samedi.", "fr", "0-2"),
        ("El Betis perdió 1-2 ante el Sevilla.", "es", "1-2"),
        ("Ajax verloor met 1-3 van PSV.", "nl", "1-3"),
        ("Kiel verlor 21:23 in Flensburg.", "de", "21:23"),  # a handball score, not a clock time
        ("Dortmund verlor am Samstag mit 1:3 in München.", "de", "1:3"),  # the verb of losing further back in the clause
        ("Sconfitta per il Torino: 1-2 contro la Juventus.", "it", "1-2"),
        ("Lech przegrał w niedzielę 1:2 z Legią.", "pl", "1:2"),
        ("ЦСКА проиграл «Спартаку» со счётом 1:2 в воскресенье.", "ru", "1:2"),
    ],
)
def test_a_score_or_a_vote_is_one_tally(text, lang, tally):
    assert _tallies(text, lang) == [tally]


@pytest.mark.parametrize(
    "text",
    [
        "Between 10-15 people were hurt.",  # a range, no result near it
        "They won the title 10-15 times in a century.",  # a rising pair counting a noun: a range
        "The game starts at 3:15 on Sunday.",  # a clock time
        "The final is on 2026-05-17 in Berlin.",  # a date
        "Mix the paint 1:1:2 with water before the match.",  # a ratio of three
        "Trains ran 3-1 hours late.",  # no result spoken of
        # rising pairs near words of results: ranges
        "He is expected to miss 2-3 matches.",
        "He lost 2-3 matches this year.",  # a word of losing, but the pair counts a noun of its own
        "According to pages 12-14 of the ruling, the law stands.",
        "Some 20-30 voters were turned away.",
        "The vote on clauses 3-7 was postponed.",
        "Shares lost 10-15% of their value after the vote.",  # a range of shares, even falling after 'lost'
    ],
)
def test_ranges_dates_and_clock_times_are_no_tallies(text):
    assert _tallies(text) == []


def test_the_sets_of_a_match_are_each_a_result():
    assert _tallies("Elena Marsh won the final 6-4, 3-6, 7-6 against Ines Kovac.") == ["6-4", "3-6", "7-6"]
    assert _tallies("Prices rose 3-1, 2-3 times a year.") == []  # no result spoken of


def test_a_tally_reads_the_same_from_either_side():
    assert tally_pair("3-1") == tally_pair("1–3") == (3, 1)
    assert tally_pair("2:2") == (2, 2)


def _compare(a_text: str, b_text: str) -> list[dict]:
    a = Article(id="a", text=a_text, outlet="A", published="2026-05-17T20:00:00Z", language="en")
    b = Article(id="b", text=b_text, outlet="B", published="2026-05-17T21:00:00Z", language="en")
    d = parallax.compare([a, b]).to_dict()
    return [c for f in d["facts"] for c in f["conflicts"] if c["kind"] == "number"]


LEAD = "Rovers beat City {} in the cup final at Wembley on Saturday."
REST = "\n\nStriker Tom Hale scored twice before half-time, and the captain lifted the trophy."


def test_a_different_score_is_a_conflict():
    found = _compare(LEAD.format("3-1") + REST, LEAD.format("3-2") + REST)
    assert {"a": ["3-1"], "b": ["3-2"], "unit": "result"} in [shown(c) for c in found]


def test_the_same_score_told_from_the_other_side_is_no_conflict():
    found = _compare(LEAD.format("3-1") + REST, "City lost the cup final 1-3 to Rovers at Wembley on Saturday." + REST)
    assert not [c for c in found if shown(c).get("unit") == "result"]
    # and the two numbers of a score are no counts of their own
    assert not found


def test_a_teams_record_in_brackets_is_compared_apart_from_the_score():
    a = "The Hawks (10-5) beat the Kings (7-8) 112-104 on Sunday night in front of a full arena."
    b = "The Hawks beat the Kings 112-103 on Sunday night in front of a full arena."
    found = _compare(a + REST, b + REST)
    assert {"a": ["112-104"], "b": ["112-103"], "unit": "result"} in [shown(c) for c in found]


def test_a_score_that_reads_as_a_clock_time_is_no_time_in_the_analysis():
    article = parallax.analyze([Article(id="a", text="Der THW Kiel verlor 21:23 in Flensburg. Anpfiff war um 19:30 Uhr.",
                                        language="de", published="2026-03-08")])[0]  # fmt: skip
    assert [t.text for t in article.times] == ["19:30 Uhr"]
    assert [(q.text, q.unit) for q in article.quantities] == [("21:23", TALLY)]


@pytest.mark.parametrize(
    ("text", "tally"),
    [
        ("The Assembly passed the housing bill 61-39 on Tuesday.", "61-39"),
        ("The appeals court upheld the ban 2-1.", "2-1"),
        ("Senators confirmed the nominee 53-47.", "53-47"),
        ("The council rejected the plan 7-4 after a long debate.", "7-4"),
        ("The Security Council adopted the resolution 13-0.", "13-0"),
    ],
)
def test_what_a_chamber_or_court_does_by_a_vote_is_a_result(text, tally):
    assert _tallies(text) == [tally]


def test_a_vote_verb_does_not_make_a_range_a_result():
    assert _tallies("The plan was approved by 12-15 members of the board.") == []
    assert _tallies("Officials confirmed 20-30 people were missing.") == []
