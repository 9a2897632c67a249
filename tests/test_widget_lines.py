"""Widget labels and photo credits left in the extracted text, and closing notes on the writer (invented text)."""

from __future__ import annotations

import pytest

from parallax.ingest.extract import clean_lines
from parallax.ingest.line_filters import line_reason
from parallax.ingest.widget_lines import widget_reason

BODY = "The harbour board approved the new ferry timetable on Tuesday after a two-hour debate, its chair said."


@pytest.mark.parametrize(
    "line",
    [
        "Listen to this article",
        "Your browser does not support the video tag.",
        "Play Video",
        "toggle caption",
        "Image 3 of 12",
        "Story continues below advertisement",
        "Advertisement - story continues below",
        "Artikel anhören",
        "Écouter cet article",
    ],
)
def test_a_widgets_label_on_its_own_line_is_dropped(line):
    assert widget_reason(line) == "widget label"
    assert clean_lines(f"{BODY}\n{line}\n{BODY}") == [BODY, BODY]


@pytest.mark.parametrize(
    "line",
    [
        "(AP Photo/Evan Vucci)",
        "Jane Doe/Getty Images",
        "AFP via Getty Images",
        "Photo by Jane Doe on Unsplash",
        "Harbour chair Lena Marsh speaks at the pier in Marrow on Tuesday. (AP Photo/Evan Vucci)",
        "Lena Marsh at the pier on Tuesday. Photo: John Doe/Getty Images",
    ],
)
def test_a_photo_credit_or_a_caption_closed_by_one_is_dropped(line):
    assert widget_reason(line) == "photo credit"


@pytest.mark.parametrize(
    "line",
    [
        "Loading the ferry took an hour.",
        "Play resumed after the rain stopped, and the home side scored twice.",
        "He took a photo by the fountain.",
        "She worked for Getty Images.",
        "Getty Images said its photographers were at the pier on Tuesday.",
        "Listen to this: the ferry will run every half hour from May, the board said.",
    ],
)
def test_sentences_with_the_same_words_stay(line):
    assert widget_reason(line) is None
    assert line_reason(line) is None


def test_the_writers_beat_and_contact_close_no_story():
    assert clean_lines(f"{BODY}\nLena Marsh covers transportation for the Marrow Herald.") == [BODY]
    assert clean_lines(f"{BODY}\nContact Lena Marsh at lmarsh@marrow-herald.example.") == [BODY]
    # a person the story introduces, inside it, stays
    line = "Lena Marsh covers transportation for the Marrow Herald and broke the story."
    assert clean_lines(f"{line}\n{BODY}") == [line, BODY]


@pytest.mark.parametrize("line", ["Facebook Twitter Email", "Share on Facebook · WhatsApp · Copy link"])
def test_a_row_of_share_buttons_is_dropped(line):
    assert widget_reason(line) == "share buttons"


@pytest.mark.parametrize("line", ["Twitter", "Facebook and Twitter banned the account.", "Email, print and share the report."])
def test_a_network_named_alone_or_in_a_sentence_stays(line):
    assert widget_reason(line) is None
