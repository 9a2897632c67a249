"""End-to-end QA pass over English reports of six kinds (an emergency landing, an outbreak, a vote on a
bill, a rate decision, a strike, a prisoner exchange): the rules it mended, each with the cases that
must not change.  Invented sentences; reports published on Saturday 14 March 2026
(tests.helpers.QA_PUBLISHED)."""

from __future__ import annotations

import pytest

from parallax.analyze.quantities import tally_pair
from tests.helpers import first_sentence_conflicts


def _results(a: str, b: str) -> list[dict]:
    return [v for kind, v in first_sentence_conflicts(a, b, "en") if kind == "number" and v.get("unit") == "result"]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("The chamber approved the water bill on Wednesday by 301 votes to 287.",
         "The water bill passed the chamber on Wednesday by 301 votes to 290.", (["301 votes to 287"], ["301 votes to 290"])),
        ("The Senate voted 52 to 48 to confirm the judge.", "The Senate voted 51 to 49 to confirm the judge.", (["52 to 48"], ["51 to 49"])),
        ("The court upheld the ban by a vote of 6 to 3.", "The court upheld the ban 5-4.", (["6 to 3"], ["5-4"])),
    ],
)  # fmt: skip
def test_a_vote_written_with_to_is_a_result(a, b, expected):
    assert _results(a, b) == [{"a": expected[0], "b": expected[1], "unit": "result"}]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The chamber approved the water bill on Wednesday by 301 votes to 287.", "The chamber passed the water bill 301-287 on Wednesday."),
        ("The Senate voted 52 to 48 on Tuesday.", "The Senate voted 48-52 on Tuesday."),
        ("Turnout fell from 12 to 9 percent.", "Turnout fell from 12 to 9 per cent."),
    ],
)  # fmt: skip
def test_the_same_vote_written_two_ways_agrees(a, b):
    assert _results(a, b) == []


def test_a_vote_text_reads_as_its_pair():
    assert tally_pair("198 votes to 212") == (212, 198)
    assert tally_pair("52 to 48") == (52, 48)


def test_a_vote_with_to_is_one_tally_quantity():
    from parallax.analyze.quantities import find_quantities

    found = find_quantities("passed by 26 votes to 14 after a debate", "en", [])
    assert [(q.text, q.unit) for q in found] == [("26 votes to 14", "(tally)")]


def _ages(texts: list[str]) -> list[dict]:
    from tests.helpers import compared_conflicts

    return [v for kind, v in compared_conflicts(texts, "en") if kind == "number" and v.get("unit") == "age"]


def test_one_persons_two_ages_conflict_in_sentences_that_do_not_align():
    a = (
        "Two climbers were rescued from Mount Ardel on Tuesday after a night on a ledge.\n\n"
        "Among them was the guide Ilona Marsh, 47, who had led the route for a decade."
    )
    b = (
        "Rescuers brought two climbers down from Mount Ardel on Tuesday.\n\n"
        "Marsh, 49, was taken to hospital in Dunmore with a broken wrist."
    )
    assert _ages([a, b]) == [{"a": [47.0], "b": [49.0], "unit": "age"}]


def test_ages_that_agree_or_belong_to_two_people_do_not_conflict():
    a = "Ruth Adler, 44, and her son Ben, 19, were rescued on Tuesday.\n\nThe family had been missing since Sunday."
    b = "Rescuers found Ben Adler, 19, on Tuesday.\n\nHis mother, Ruth Adler, 44, was treated for cold."
    assert _ages([a, b]) == []


def test_a_verb_alone_in_its_clause_takes_its_subject_from_before():
    found = first_sentence_conflicts(
        "The ferry docked at 9:40 p.m., port officials said.",
        "The ferry from Larne lost power twice during the crossing and docked at 21:05 local time, the operator said.",
        "en",
    )
    assert ("date", {"a": ["21:40"], "b": ["21:05"]}) in found


def test_another_act_named_before_a_clause_with_its_own_subject_is_still_apart():
    assert first_sentence_conflicts("After the vote, the session ended at 2 p.m.", "The vote ended at 11 a.m.", "en") == []


def _clock_conflicts(texts: list[str]) -> list[dict]:
    from tests.helpers import compared_conflicts

    return [v for kind, v in compared_conflicts(texts, "en") if kind == "date"]


def test_one_acts_two_times_in_sentences_that_do_not_align_conflict():
    a = (
        "A ferry with 212 passengers lost power in the Irish Sea on Tuesday.\n\n"
        "The vessel, built in 1998 and refitted last year, drifted for three hours before tugs reached it and it docked at 21:05.\n\n"
        "Nobody was hurt."
    )
    b = "A ferry lost power in the Irish Sea on Tuesday, the operator said.\n\nThe ferry docked at 9:40 p.m.\n\nNobody was hurt."
    assert {"a": ["21:05"], "b": ["21:40"]} in _clock_conflicts([a, b])


def test_times_of_one_act_that_agree_or_of_two_acts_link_nothing():
    from parallax.compare.clock_links import clock_links
    from tests.helpers import analysed_articles

    a, b = analysed_articles(
        [
            "The ferry docked at 21:05 on Tuesday.\n\nThe port reopened at 23:00.",
            "The ferry docked at 9:05 p.m. on Tuesday.\n\nThe storm eased at 22:00.",
        ],
        "en",
    )
    assert clock_links([a, b]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Economists polled by Harbour Markets Today had expected the cut.", {}),
        ("The governor told USA Today that she would not resign.", {}),
        ("Today the bank cut its rate.", {"Today": "2026-03-14"}),
        ("The bank cut its rate today, the governor said.", {"today": "2026-03-14"}),
        ("Rates will fall again, the governor said. Today the bank cut its rate.", {"Today": "2026-03-14"}),
    ],
)  # fmt: skip
def test_today_ending_a_name_is_no_day(text, expected):
    from tests.helpers import QA_PUBLISHED, resolved

    assert resolved("en", text, QA_PUBLISHED) == expected
