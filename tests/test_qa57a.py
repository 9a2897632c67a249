"""Session 57 English QA (qa57a): invented wire, broadcast and local-paper reports."""

from __future__ import annotations

import pytest

import parallax
from tests.helpers import QA_PUBLISHED, first_sentence_conflicts, outlet_articles, quote_speakers, time_values

# --- an unnamed role that speaks for a person or a body the article names (:mod:`parallax.analyze.quotes.served_people`)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We are working around the clock," a spokesperson for Ferrovías del Norte said.', "spokesperson for Ferrovías del Norte"),
        ('A spokesperson for Ferrovías del Norte said: "We are working around the clock."', "spokesperson for Ferrovías del Norte"),
        ('"No decision has been taken," said a spokeswoman for Mayor Tom Reddick.', "spokeswoman for Mayor Tom Reddick"),
        ('"No decision has been taken," an aide to Senator Paul Verity said.', "aide to Senator Paul Verity"),
        ('"My client is innocent," a lawyer for Mark Dunstan told reporters.', "lawyer for Mark Dunstan"),
        ('"We want answers," a spokesperson for the family of Ellen Marsh said.', "spokesperson for the family of Ellen Marsh"),
    ],
)
def test_a_role_speaks_not_whom_it_serves(text: str, speaker: str) -> None:
    assert quote_speakers(text, "en") == [speaker]


def test_a_pronoun_after_a_role_for_a_body_is_the_role() -> None:
    text = 'A spokesperson for Ferrovías del Norte said the line would reopen on Monday. "We are working around the clock," she said.'
    assert quote_speakers(text, "en") == ["spokesperson for Ferrovías del Norte"] * 2


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will appeal," said the mayor of Springfield, John Doe.', "John Doe"),
        ('"We will appeal," Prime Minister Jane Holloway said.', "Jane Holloway"),
        ('"We will appeal," Mark Dunstan\'s lawyer said.', "Mark Dunstan's lawyer"),
    ],
)
def test_the_named_person_still_speaks(text: str, speaker: str) -> None:
    assert quote_speakers(text, "en") == [speaker]


# --- vague counts: "hundreds", "thousands", "several hundred" are floors (:mod:`parallax.analyze.numwords.open_counts`)

_MARCH = "{} protesters marched through central Valdora on Tuesday, police said."


@pytest.mark.parametrize("vague", ["Hundreds of", "Several hundred", "A few hundred"])
def test_a_vague_count_that_fits_a_figure_is_no_conflict(vague: str) -> None:
    assert first_sentence_conflicts(_MARCH.format(vague), _MARCH.format("About 300"), "en") == []


@pytest.mark.parametrize(("vague", "floor"), [("Thousands of", 2000.0), ("Tens of thousands of", 20000.0), ("Several thousand", 2000.0)])
def test_a_vague_count_above_a_figure_conflicts(vague: str, floor: float) -> None:
    assert first_sentence_conflicts(_MARCH.format(vague), _MARCH.format("About 300"), "en") == [
        ("number", {"a": [floor], "b": [300.0], "unit": "people"})
    ]


def test_hundreds_conflicts_with_a_figure_below_it() -> None:
    assert first_sentence_conflicts(_MARCH.format("Hundreds of"), _MARCH.format("About 40"), "en") == [
        ("number", {"a": [200.0], "b": [40.0], "unit": "people"})
    ]


# --- weekdays: the noun "vote" before a day is no schedule told in the present (:mod:`parallax.analyze.timelex.en`)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The government lost a confidence vote on Friday.", "2026-03-13"),
        ("The coalition survived a no-confidence vote on Friday, officials said.", "2026-03-13"),
        ("MPs vote on Friday on the budget.", "2026-03-20"),
        ("Parliament will hold a confidence vote on Friday.", "2026-03-20"),
    ],
)
def test_a_vote_noun_is_no_cue_of_the_future(text: str, day: str) -> None:
    assert time_values(text, "en", QA_PUBLISHED)["Friday"] == day


# --- a forecast figure and a stated one are two facts (:mod:`parallax.compare.forecast_figures`)


def _fact_groups(texts: list[str]) -> list[list[str]]:
    facts = parallax.compare(outlet_articles(texts, "en")).to_dict()["facts"]
    return sorted(sorted(f"{x['article']}{x['sentence']}" for x in f["sentences"]) for f in facts)


@pytest.mark.parametrize(
    "forecast",
    [
        "The central bank expected the key rate to rise to 5.5% by the end of the year, officials in Valdora said on Tuesday.",
        "Organisers expected the key rate protest in Valdora to draw 5,500 people on Tuesday.",
    ],
)
def test_a_forecast_is_no_stated_value(forecast: str) -> None:
    stated = (
        "The key rate in Valdora is now 5.5%, officials said on Tuesday."
        if "%" in forecast
        else "About 5,500 people joined the key rate protest in Valdora on Tuesday."
    )
    assert _fact_groups([forecast, stated]) == [["a0"], ["b0"]]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The central bank expected the key rate to rise to 5.5% by the end of the year, officials in Valdora said on Tuesday.",
            "The key rate in Valdora will rise to 5.5% by the end of the year, the central bank said on Tuesday.",
        ),
        ("The central bank raised the key rate to 5.5% on Tuesday.", "On Tuesday the central bank lifted its key rate to 5.5%."),
    ],
)
def test_two_forecasts_or_two_stated_values_stay_one_fact(a: str, b: str) -> None:
    assert _fact_groups([a, b]) == [["a0", "b0"]]
