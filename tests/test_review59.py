"""Session 59 review: a body's noun is no person's description; resolved times read in words in the reports."""

from __future__ import annotations

import pytest

from parallax.report import render
from parallax.report.time_reading import time_reading
from tests.helpers import quote_speakers
from tests.test_product59 import _TRANSLATED, _comparison


# "the defendant said" names the person the report called the defendant (session 59), but "the government said" is
# the government speaking, even where a person was written beside the word ("Government adviser Lena Voss")
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Government adviser Lena Voss toured the dam on Monday. "We will act," the government said in a statement.', "government"),
        ('Department head Omar Tull spoke first. "The road reopens Friday," the department said.', "department"),
    ],
)
def test_a_body_speaking_is_not_the_person_written_beside_its_noun(text: str, speaker: str) -> None:
    assert quote_speakers(text, "en") == [speaker]


def test_a_party_to_a_case_still_names_the_person() -> None:
    text = 'Dara Quill, the defendant, appeared before the court on Monday. "I was not there," the defendant said.'
    assert quote_speakers(text, "en") == ["Dara Quill"]


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("2026-03-03TNI", "Tue 3 Mar 2026, night"),
        ("2026-03-03T15:30", "Tue 3 Mar 2026, 15:30"),
        ("2026-03-03", "Tue 3 Mar 2026"),
        ("PT6H", "6 hours"),
        ("P1D", "1 day"),
        ("P1DT2H", "1 day 2 hours"),
        ("2026-W10", "week 10 of 2026"),
        ("2026-Q4", "Q4 2026"),
        ("2026-03", "March 2026"),
        ("PAST_REF", "the past"),
        ("2026-03-02/2026-03-03", "Mon 2 Mar 2026 to Tue 3 Mar 2026"),
    ],
)
def test_a_timeml_value_reads_in_words(value: str, words: str) -> None:
    assert time_reading(value) == words


@pytest.mark.parametrize("value", [None, "", "2026-02-30", "XXXX-XX-03", "P", "garbage", "2026-03-02/garbage", "a/b/c"])
def test_a_value_it_cannot_word_is_left_to_the_value_alone(value: str | None) -> None:
    assert time_reading(value) is None


def test_the_text_report_dates_table_reads_each_value_in_words() -> None:
    comparison = _comparison(_TRANSLATED)
    comparison["times"] = [
        {"article": "lake-en", "text": "on Tuesday night", "value": "2026-03-03TNI", "start": 0, "end": 16},
        {"article": "lake-en", "text": "for six hours", "value": "PT6H", "start": 20, "end": 33},
    ]
    text = render(comparison, "text")
    assert "Tue 3 Mar 2026, night" in text and "6 hours" in text, text


def test_a_figure_before_a_month_ends_an_english_sentence_in_the_light_split() -> None:
    """Only languages that write a day's ordinal with a full stop ("am 3. Nov.") keep the stop inside a sentence."""
    from parallax.records import Article
    from parallax.stories.article_text import sentences_of

    got = sentences_of(Article(id="x", text="Sales at Corvin Mills fell by 12. March was the worst month.", language="en"))
    assert got == ["Sales at Corvin Mills fell by 12.", "March was the worst month."]
