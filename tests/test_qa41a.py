"""QA round 41 on European languages and English: each test holds one rule the round found missing."""

from __future__ import annotations

from tests.helpers import first_sentence_conflicts


def _numbers(found) -> list:
    return [k for k, _ in found if k == "number"]


def test_a_road_number_is_no_second_count_of_the_toll():
    # "Route 14" names the road: 12 dead against 14 dead is a conflict
    found = first_sentence_conflicts("The blast killed 12 workers near Route 14.", "The blast killed 14 workers.", "en")
    assert _numbers(found) == ["number"]


def test_a_hyphenated_road_code_is_no_count():
    # "A-7" is a motorway: 7 counts nothing, and 31 injured against 34 injured conflicts
    found = first_sentence_conflicts(
        "El número de heridos en la A-7 asciende a 31.", "El número de heridos asciende a 34.", "es"
    )
    assert _numbers(found) == ["number"]


def test_a_hedge_before_two_counts_under_different_nouns_leaves_the_verb_to_pair_them():
    # "about" is no verb: "moved about" pairs 9,000 people with 6,000 residents
    found = first_sentence_conflicts(
        "Soldiers moved about 9,000 people to higher ground.", "Soldiers moved about 6,000 residents to higher ground.", "en"
    )
    assert _numbers(found) == ["number"]
