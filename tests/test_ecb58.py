"""ecb58: story grouping's readings of a raw text -- its light sentence split and the dateline's year.

Invented texts: a month's abbreviation before a day is no sentence end, and a dateline's date is read as a time mark
before grouping cuts the dateline from the text (or where ingest set the dateline and its date apart).
"""

from __future__ import annotations

from parallax.records import Article
from parallax.stories.article_text import sentences_of, time_marks
from parallax.stories.features import signals_without_vector


def _raw(text: str, language: str = "en", title: str | None = None) -> Article:
    return Article(id="a", text=text, language=language, title=title)


def test_a_month_abbreviation_before_a_day_is_no_sentence_end() -> None:
    text = (
        "On Nov. 3, the Harlow Tribune said it would close its Brenmoor press.\n"
        "Staff were told on Dec. 16, 2008. Nobody left.\n"
        "Voting ends Sept. 9 in Kelby, the clerk said. The count follows in Dec. 2027 at the latest."
    )
    assert sentences_of(_raw(text)) == [
        "On Nov. 3, the Harlow Tribune said it would close its Brenmoor press.",
        "Staff were told on Dec. 16, 2008.",
        "Nobody left.",
        "Voting ends Sept. 9 in Kelby, the clerk said.",
        "The count follows in Dec. 2027 at the latest.",
    ]


def test_a_sentence_still_ends_on_a_month_or_a_figure_before_a_capital() -> None:
    text = "The talks began in Jan. Then they stalled. The toll rose to 12. Rescuers left."
    assert sentences_of(_raw(text)) == ["The talks began in Jan.", "Then they stalled.", "The toll rose to 12.", "Rescuers left."]


def test_a_month_abbreviation_before_a_day_in_another_language() -> None:
    text = "La grève a commencé le 3 janv. 2027 à Vésinelle. Les trains restent à quai."
    assert sentences_of(_raw(text, "fr")) == ["La grève a commencé le 3 janv. 2027 à Vésinelle.", "Les trains restent à quai."]


def test_a_dated_datelines_year_is_a_time_mark() -> None:
    text = "KELBY, Dec. 16, 2008 (Orvale Wire) - The Kelby ferry sank in a storm on Tuesday, the harbour office said."
    times = signals_without_vector(_raw(text)).times
    assert "2008" in times


def test_the_date_ingest_set_apart_from_the_text_is_a_time_mark() -> None:
    article = Article(
        id="a",
        language="en",
        text="The Kelby ferry sank in a storm on Tuesday, the harbour office said.",
        dateline="KELBY",
        dateline_date="Dec. 16, 2008",
    )
    assert "2008" in time_marks(article)
