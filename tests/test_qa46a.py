"""QA round 46a: a judged thing is no quotation, a quoted sentence printed apart by its clauses, "until" a
clock time on a weekday, word-choice pairs where one side holds the other."""

from __future__ import annotations

import parallax
from tests.helpers import analyzed, outlet_articles, resolved


def test_a_judging_verb_with_a_bare_noun_object_is_no_quotation() -> None:
    art = analyzed("Nurses' unions denounced the reform on Thursday. Residents praised the decision.", "en")
    assert [q.text for q in art.quotes] == []


def test_a_judging_verb_keeps_an_object_that_says_something() -> None:
    art = analyzed("The bishop condemned the shooting of two unarmed farmers. The mayor blamed the council for the delays.", "en")
    assert [q.text for q in art.quotes] == ["the shooting of two unarmed farmers", "the council for the delays"]
