"""Plain-text reports whose byline and date line stand under a deck (a subheadline) lose them as they do
when they open the text.  Invented text."""

from __future__ import annotations

from parallax.ingest.text import article_from_text

_DECKED = """Gale topples cranes at Kelby shipyard

Workers describe panic as wind tears through the dock

By Nora Fitch, Industry Correspondent

Tuesday 3 March 2026

Two cranes collapsed at the Kelby shipyard yesterday as gusts of 90 mph swept the coast.

Nobody was hurt, the yard's owner said.
"""


def test_a_byline_and_date_under_a_deck_are_removed():
    art = article_from_text(_DECKED, "k", "k.txt")
    assert art.title == "Gale topples cranes at Kelby shipyard"
    assert art.text.startswith("Workers describe panic as wind tears through the dock\n\nTwo cranes collapsed")
    assert art.boilerplate_removed[:2] == ["By Nora Fitch, Industry Correspondent", "Tuesday 3 March 2026"]


def test_a_date_line_under_a_deck_without_a_byline_stays():
    text = "Storm warning for the coast\n\nThe wind will peak overnight\n\nTuesday 3 March 2026\n\nForecasters issued a red warning for the coast."
    art = article_from_text(text, "k", "k.txt")
    assert "Tuesday 3 March 2026" in art.text


def test_a_short_first_sentence_is_no_deck():
    text = "Headline here\n\nTwo cranes fell.\n\nBy the river, workers gathered to watch the salvage teams.\n\nNobody was hurt."
    art = article_from_text(text, "k", "k.txt")
    assert "By the river, workers gathered" in art.text
