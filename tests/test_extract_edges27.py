"""Furniture at the edges of an extracted page and a lead the template calls a teaser: an embedded post's
widget text, a metadata label with a dated value, a press release's closing contact block (all invented text)."""

from __future__ import annotations

import pytest

from parallax.ingest.date_lines import is_page_metadata
from parallax.ingest.extract import clean_lines
from parallax.ingest.html import extract_main_text
from parallax.ingest.line_filters import line_reason

BODY = "The harbour board approved the new ferry timetable on Tuesday after a two-hour debate, its chair said."
TEASER = "Ferries to Marrow Point will run every half hour from May, the harbour board decided after months of complaints."


def test_a_lead_the_template_calls_a_teaser_opens_the_text():
    paragraphs = "".join(f"<p>{i}. {BODY}</p>" for i in range(5))
    page = (
        "<html><head><title>New ferry timetable</title><meta property='og:type' content='article'></head><body>"
        "<header><h1>New ferry timetable</h1>"
        f"<div class='story-teaser'><p>{TEASER}</p></div></header>"
        f"<article>{paragraphs}</article></body></html>"
    )
    text = extract_main_text(page)
    assert text is not None and text.split("\n")[0] == TEASER


@pytest.mark.parametrize(
    "line",
    [
        "View this post on Instagram",
        "Sieh dir diesen Beitrag auf Instagram an",
        "Voir cette publication sur Instagram",
        "A post shared by Harbour Board (@harbourboard)",
        "Ein Beitrag geteilt von Marrow Info (@marrowinfo) am 3. Mai 2026",
    ],
)
def test_an_embedded_posts_widget_text_is_furniture(line):
    assert line_reason(line) == "embed placeholder"


@pytest.mark.parametrize(
    "line",
    [
        "A post shared by the mayor led to protests on Monday.",
        "View this post on Instagram to see why the mayor resigned, he said.",
    ],
)
def test_sentences_about_posts_stay(line):
    assert line_reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Posted: Thursday, April 21, 2026. 10:11 pm CST.",
        "Published: 3 March 2026.",
        "Veröffentlicht am: 12.03.2026, 14:20 Uhr.",
    ],
)
def test_a_metadata_label_with_a_date_closing_on_a_stop_is_metadata(line):
    assert is_page_metadata(line)
    assert line_reason(line) == "page metadata"


@pytest.mark.parametrize("line", ["Updated: the council met again on Monday.", "Updated: The vote is on 14 March 2026."])
def test_a_labelled_sentence_is_no_metadata(line):
    assert not is_page_metadata(line)


def test_a_closing_contact_block_goes():
    lines = [BODY, "The new timetable starts on 1 May.", "Pressekontakt:", "Dr. Jana Roe", "Hafenamt Marrow", "Kaistraße 4, 12345 Marrow"]
    assert clean_lines("\n".join(lines)) == lines[:2]


def test_a_contact_label_before_a_sentence_stays():
    """What follows the label is prose: the label heads a paragraph of the report, not an address block."""
    lines = [BODY, "Contact:", "Residents who want to comment on the timetable can write to the board until the end of April, the chair said."]
    assert clean_lines("\n".join(lines)) == lines
