"""Rows of bylines and dates, and the headings of other-story rails, are no reporting (invented text)."""

from __future__ import annotations

import pytest

from parallax.ingest.date_lines import is_metadata_row
from parallax.ingest.line_filters import line_reason


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Roe | May 5, 2026",
        "Posted: May 5, 2026 / 10:00 AM EDT / Updated: May 5, 2026 / 11:00 AM EDT",
        "Published 10:00 a.m. ET May 5, 2026 | Updated 11:00 a.m. ET May 5, 2026",
        "May 5, 2026 • 10:00 AM",
    ],
)
def test_a_row_of_bylines_dates_and_times_is_metadata(line):
    assert is_metadata_row(line)
    assert line_reason(line) == "page metadata"


@pytest.mark.parametrize(
    "line",
    [
        "29 November 2018 | 20 January 2019",  # a period: an exhibition's dates
        "The vote is on May 5, 2026 | the count follows",
        "Jane Roe | Marrow Herald",
    ],
)
def test_a_period_or_a_sentence_is_no_metadata_row(line):
    assert not is_metadata_row(line)


@pytest.mark.parametrize("line", ["Up next", "Around the web", "Editors' Picks", "Latest news", "We recommend", "Next up: Storm hits Marrow"])
def test_the_heading_of_a_rail_of_other_stories_is_a_related_link(line):
    assert line_reason(line) == "related link"


@pytest.mark.parametrize(
    "line",
    [
        "Up next week, the board votes on the ferry fares.",
        "We recommend that residents stay indoors, the chief said.",
        "Latest news from the pier suggests the ferry will run.",
    ],
)
def test_sentences_opening_with_the_same_words_stay(line):
    assert line_reason(line) is None


def test_a_closing_run_of_the_pages_links_is_cut_without_a_lead_in():
    from parallax.ingest.extract import clean_lines

    body = "The harbour board approved the new ferry timetable on Tuesday after a two-hour debate, its chair said."
    rail = ["Storm closes Marrow pier for a week", "Council votes on new parking fees", "Ferry captain retires after 40 years"]
    assert clean_lines("\n".join([body, *rail]), links=frozenset(rail)) == [body]
    # one or two closing links are the story's own ("Read the full report", a source's name)
    assert clean_lines("\n".join([body, *rail[:2]]), links=frozenset(rail)) == [body, *rail[:2]]
