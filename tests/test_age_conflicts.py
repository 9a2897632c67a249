"""One named person given two ages by two outlets is a conflict; two unnamed ages are not."""

from __future__ import annotations

import pytest

import parallax
from parallax.records import Article

REST = "\n\nThe court heard from twelve witnesses over three weeks, and the jury deliberated for two days."


def _ages(a_text: str, b_text: str, lang: str = "en") -> list[dict]:
    a = Article(id="a", text=a_text + REST, outlet="A", published="2026-06-03T16:00:00Z", language=lang)
    b = Article(id="b", text=b_text + REST, outlet="B", published="2026-06-03T17:00:00Z", language=lang)
    d = parallax.compare([a, b]).to_dict()
    return [c["values"] for f in d["facts"] for c in f["conflicts"] if c["values"].get("unit") == "age"]


@pytest.mark.parametrize(
    ("a_text", "b_text"),
    [
        ("Former mayor Paul Brenner, 61, was sentenced on Tuesday.", "Former mayor Paul Brenner, 63, was sentenced on Tuesday."),
        ("The 61-year-old Paul Brenner was sentenced on Tuesday.", "Former mayor Paul Brenner (63) was sentenced on Tuesday."),
        ("The 61-year-old former mayor Paul Brenner was sentenced on Tuesday.", "Mayor Brenner, 63, was sentenced on Tuesday."),
    ],
)
def test_one_persons_two_ages_conflict(a_text, b_text):
    assert _ages(a_text, b_text) == [{"a": [61.0], "b": [63.0], "unit": "age"}]


def test_two_named_people_whose_ages_are_swapped_conflict():
    found = _ages("Anna Berg, 34, and Tom Berg, 36, were arrested on Tuesday.", "Anna Berg, 36, and Tom Berg, 34, were arrested on Tuesday.")
    assert {"a": [34.0], "b": [36.0], "unit": "age"} in found and {"a": [36.0], "b": [34.0], "unit": "age"} in found


@pytest.mark.parametrize(
    ("a_text", "b_text"),
    [
        # unnamed: maybe two people
        ("A 45-year-old man was arrested at the scene on Tuesday.", "A 47-year-old man was arrested at the scene on Tuesday."),
        # a family: the same people, each named in full once and by a first name once
        ("Ruth Adler, 44, and her son Ben, 19, were rescued on Tuesday.", "Ben Adler, 19, and his mother Ruth, 44, were rescued on Tuesday."),
        ("Karl Brenner, 58, and his brother Paul, 61, were rescued on Tuesday.", "Paul Brenner, 61, and his brother Karl, 58, were rescued on Tuesday."),
        # a firm's age, not its founder's
        ("Ulrich Kessler, 61, said on Tuesday he would step down as head of the family firm.",
         "Ulrich Kessler said on Tuesday he would step down as head of the 63-year-old Kessler firm."),
        # the minute of a goal in a match report
        ("Rovers won with goals from Okafor (61) and Mensah (78) on Tuesday.", "Rovers won with goals from Okafor (61) and Mensah (87) on Tuesday."),
        # the same age
        ("Former mayor Paul Brenner, 61, was sentenced on Tuesday.", "The 61-year-old Paul Brenner was sentenced on Tuesday."),
        # different people
        ("Former mayor Paul Brenner, 61, was sentenced on Tuesday.", "Former mayor Paul Brenner's aide Jim Cole, 44, was sentenced on Tuesday."),
    ],
)
def test_ages_that_need_not_disagree(a_text, b_text):
    assert _ages(a_text, b_text) == []


def test_an_age_reads_as_an_age_in_the_reports():
    from parallax.report.html import fmt_value

    assert fmt_value([61.0], "age") == "aged 61"
    assert fmt_value([82000.0], "fan") == "82,000 fan"
