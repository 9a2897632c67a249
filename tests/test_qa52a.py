"""Session 52, helper qa52a: English across outlets (US, UK, Irish, Australian, Indian, Nigerian, Ghanaian and
Singaporean papers and wires): the session's known leftovers and the sets' findings (each fix has a test below with
an invented sentence)."""

from __future__ import annotations

import parallax
from parallax.analyze.quantities import TALLY
from parallax.records import Article


def _art(text: str, published: str = "2026-12-04T10:00:00+00:00") -> Article:
    return parallax.analyze([Article(id="t", text=text, language="en", published=published)])[0]


def _conflicts(*texts: str) -> list[tuple[str, dict]]:
    from tests.helpers import mixed_articles, shown

    facts = parallax.compare(mixed_articles(*(("en", t) for t in texts))).to_dict()["facts"]
    return [(c["kind"], shown(c)) for f in facts for c in f["conflicts"]]


def _tallies(text: str) -> list[str]:
    return [q.text for q in _art(text).quantities if q.unit == TALLY]


def test_a_tally_of_counts_over_three_digits_is_one_pair() -> None:
    # an election's counts run to thousands, written with a comma between each three digits ("84,312"), or in
    # Indian papers in lakhs ("1,84,312"); the pair is the same result as a three-digit one
    assert _tallies("The motion passed by 84,312 votes to 61,907 on Thursday.") == ["84,312 votes to 61,907"]
    assert _tallies("She won the seat with 84,312 votes against 61,907 for her rival.") == ["84,312 votes against 61,907"]
    assert _tallies("The referendum passed 84,312-61,907 on Thursday.") == ["84,312-61,907"]
    assert _tallies("He won the seat by 1,84,312 votes to 96,210.") == ["1,84,312 votes to 96,210"]
    # a range of thousands is still none
    assert _tallies("Between 10,000-15,000 people marched on Thursday.") == []
    got = _conflicts(
        "Adeyemi won the governorship election by 384,312 votes to 261,907, the electoral commission said.",
        "Adeyemi won the governorship election with 384,312 votes against 216,907, the electoral commission said.",
    )
    assert [(k, v.get("unit")) for k, v in got] == [("number", "result")]
    assert not _conflicts(
        "Adeyemi won the governorship election by 384,312 votes to 261,907, the electoral commission said.",
        "Adeyemi won the governorship election 384,312-261,907, the electoral commission said.",
    )
