"""One act denied by one report and affirmed by another is a ``negation`` conflict (compare.negation);
the same verb and object with a time-bounded negation, a different actor, a question or a quotation is
not.  Invented sentences."""

from __future__ import annotations

import pytest

from tests.helpers import first_sentence_conflicts


def _negations(a: str, b: str) -> list[dict]:
    return [v for kind, v in first_sentence_conflicts(a, b, "en") if kind == "negation"]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Foreign Minister Tomas Vell attended the ceremony but did not sign the treaty.",
         "Foreign Minister Tomas Vell signed the treaty at the ceremony.",
         ("did not sign the treaty", "signed the treaty")),
        ("The central bank did not rule out another increase this year, the governor said.",
         "The central bank ruled out another increase this year, according to the governor.",
         ("did not rule out another increase", "ruled out another increase")),
        ("Officials have not closed the town's markets, but have banned large gatherings.",
         "The authorities have closed the town's markets and banned large gatherings.",
         ("have not closed the town's markets", "have closed the town's markets")),
        ("The Green Bloc voted for the budget but did not back the amendment on fuel taxes.",
         "The Green Bloc backed the amendment on fuel taxes.",
         ("did not back the amendment", "backed the amendment")),
        ("The stadium contract was not signed on Monday, the club said.",
         "The stadium contract was signed on Monday, the club said.",
         ("The stadium contract was not signed", "The stadium contract was signed")),
    ],
)  # fmt: skip
def test_an_act_denied_and_affirmed_conflicts(a, b, expected):
    assert _negations(a, b) == [{"a": expected[0], "b": expected[1]}]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a negation bounded in time: the act happened, later
        ("The captain did not declare an emergency until the plane began its descent.",
         "The captain declared an emergency shortly after take-off."),
        # two different people
        ("Defence Minister Ilse Brandt did not sign the decree.",
         "Prime Minister Joran Vos signed the decree on Friday."),
        # the denying side says who did it instead
        ("Minister Karl Ost did not sign the pact, which was signed by his deputy Lena Haas.",
         "The pact was signed by Lena Haas."),
        # a question asserts nothing
        ("Reporters asked whether the mayor had approved the contract.",
         "The mayor did not approve the contract."),
        # quoted words are compared as a quotation
        ('"We did not cancel the concert," the organiser said.',
         "The organiser cancelled the concert on Sunday."),
        # both deny it
        ("The union has not accepted the offer.", "The union still has not accepted the offer of talks."),
        # different objects
        ("The council did not approve the budget.", "The council approved the housing plan."),
    ],
)  # fmt: skip
def test_no_negation_conflict(a, b):
    assert _negations(a, b) == []


def test_a_verb_in_a_clause_of_a_question_asserts_nothing():
    a = "The party will learn on Friday whether its leader plans to resign or will ignore the critics and seek a third term."
    b = "The party leader is expected to say that she will not seek a third term."
    assert _negations(a, b) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # what will be against what was: two times, no contradiction
        ("All licensed drivers will be covered by the new scheme, the ministry said.",
         "Until now the insurer did not cover licensed drivers from abroad."),
        ("Prior to this year, the agency did not recognise foreign degrees.",
         "The agency recognised foreign degrees under the new rules."),
    ],
)  # fmt: skip
def test_other_times_do_not_conflict(a, b):
    assert _negations(a, b) == []


def test_a_future_act_denied_and_promised_conflicts():
    assert _negations("The airline will not refund the tickets.", "The airline will refund the tickets, its chief said.") == [
        {"a": "will not refund the tickets", "b": "will refund the tickets"}
    ]


def test_a_nationality_before_the_subject_names_no_other_actor():
    a = "Investigators from the BSU air safety bureau have not ruled out a fuel leak, the bureau said."
    b = "Danish investigators have ruled out a fuel leak, a source close to the inquiry said."
    assert _negations(a, b) == [{"a": "have not ruled out a fuel leak", "b": "have ruled out a fuel leak"}]


def test_two_countries_as_subjects_are_two_actors():
    assert _negations("Norway did not sign the fishing pact.", "Iceland signed the fishing pact on Monday.") == []


def test_what_someone_urged_or_planned_is_no_act():
    a = "For weeks, party elders urged the governor not to declare a state of emergency, but she went ahead."
    b = "The speaker said the governor planned to sign the budget and declare a state of emergency on Friday."
    assert _negations(a, b) == []
