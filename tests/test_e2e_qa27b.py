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
