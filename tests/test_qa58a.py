"""qa58a: English QA (wire, local-paper, court and business reporting) on invented reports published on Saturday
14 March 2026 (:data:`tests.helpers.QA_PUBLISHED`)."""

from __future__ import annotations

import pytest

from tests.helpers import QA_PUBLISHED, analyzed, first_sentence_conflicts, quote_speakers, time_values


# a weekday of a fixture or an appointment told in the present simple, with no other tense in its sentence, is the
# coming one; a past tense keeps the one gone
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The Tigers take on the Lions on Sunday in the league final.", "2026-03-15"),
        ("The Tigers take on Kano Pillars in Ibadan on Tuesday, coach Bola Adeyemi said.", "2026-03-17"),
        ("Both sides meet again in Ibadan on Wednesday.", "2026-03-18"),
        ("The two unions hold a joint rally outside the ministry on Thursday.", "2026-03-19"),
        ("Magistrate Kemi Olatunji adjourns the case to Wednesday.", "2026-03-18"),
        ("The case was adjourned to Wednesday for the defence to open its argument.", "2026-03-18"),
        ("The Tigers beat the Lions on Tuesday.", "2026-03-10"),
        ("The Tigers lost to the Lions on Tuesday, coach Bola Adeyemi said.", "2026-03-10"),
        ("Rescuers search for survivors of the collapse on Tuesday.", "2026-03-10"),
        ("The toll stands at 40 after the quake on Tuesday.", "2026-03-10"),
    ],
)
def test_present_schedule_weekday(text: str, day: str) -> None:
    values = time_values(text, "en", QA_PUBLISHED)
    assert [v for k, v in values.items() if k.endswith("day")] == [day]


# an occupation noun written with a capital before a name is a description, not part of the name: any agent noun
# ("Trader", "Vendor", "Tailor", "Pharmacist") before a given name, not only the listed person nouns
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Trader Folake Adewale said: "Prices have doubled since January."', "Folake Adewale"),
        ('"Prices have doubled since January," said Trader Folake Adewale.', "Folake Adewale"),
        ('Tailor Musa Danjuma said: "Nobody is ordering new clothes."', "Musa Danjuma"),
        ('Pharmacist Priya Raman said: "We have no insulin left."', "Priya Raman"),
        ('Tyler Mason Hughes said: "We will appeal."', "Tyler Mason Hughes"),
    ],
)
def test_occupation_before_name(text: str, speaker: str) -> None:
    assert quote_speakers(text, "en", QA_PUBLISHED) == [speaker]


def test_an_ex_role_names_the_person_the_article_gave_the_former_role() -> None:
    # "the ex-commissioner" is "a former works commissioner" (roles: the prefix is no part of the role's word)
    text = (
        "Babatunde Oyelaran, a former works commissioner, pleaded not guilty on Thursday. "
        '"I have done nothing wrong," the ex-commissioner told the court.'
    )
    assert quote_speakers(text, "en", QA_PUBLISHED) == ["Babatunde Oyelaran"]


# the naira as the Nigerian press writes it: "N2.4bn", "N50 million", "₦2.4 billion", "NGN 5bn", "2.4 billion naira"
@pytest.mark.parametrize(
    "text",
    [
        "The fraud involved N2.4bn.",
        "The fraud involved N2.4 billion.",
        "The fraud involved ₦2.4 billion.",
        "The fraud involved 2.4 billion naira.",
    ],
)
def test_naira_sums_are_one_currency(text: str) -> None:
    quantities = [(q.value, q.unit) for q in analyzed(text, "en", QA_PUBLISHED).quantities]
    assert quantities == [(2.4e9, "NGN")]


def test_naira_sums_in_conflict() -> None:
    a, b = "The court heard that the fraud involved N2.4bn.", "The court heard that the fraud involved 2.1 billion naira."
    assert first_sentence_conflicts(a, b, "en") == [("number", {"a": [2.4e9], "b": [2.1e9], "unit": "NGN"})]
    # an N before a figure of no sum's shape is no naira: a road, a form, a count
    assert [q.unit for q in analyzed("Traffic on the N2 was slow for 12 km.", "en", QA_PUBLISHED).quantities if q.value == 2] != ["NGN"]
