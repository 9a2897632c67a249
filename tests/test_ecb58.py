"""ecb58: story grouping's readings of a raw text -- its light sentence split and its time marks.

Invented texts: a month's abbreviation before a day is no sentence end, and the event's year is read from the lead
(title, dateline, opening sentences), not from the background paragraphs below it.
"""

from __future__ import annotations

from parallax.records import Article
from parallax.stories.article_text import sentences_of, time_marks
from parallax.stories.event_times import EVENT_LEAD_CHARS
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


def test_the_events_year_is_read_from_the_lead_not_the_background() -> None:
    background = " ".join(
        f"The Orvale Hawks have changed coaches often; Mercer's assistant Tom Alder left the club in {year} for Kelby."
        for year in (2001, 2003, 2005)
    )
    text = (
        "The Orvale Hawks fired coach Dan Mercer on Monday, three days after a seventh straight loss in the 2011 season.\n"
        "Mercer, 51, had led the team for four years and won one division title with it.\n"
        "General manager Rita Voss said the club would name an interim coach before Friday's game against Kelby.\n"
        "Players were told of the decision at a short meeting at the team's training ground in Orvale on Monday morning.\n"
        "Voss thanked Mercer for his work and said the search for a permanent coach would begin at once, with no deadline.\n"
        "Assistant coach Lena Brandt will lead practice on Tuesday and Wednesday, a club spokesman said.\n"
        "The Hawks sit last in their division with four wins from nineteen games and have lost all of their road games.\n"
        "Fans had called for a change for weeks, and a banner asking for one was held up at the last home game.\n"
        "Mercer did not answer calls on Monday; his agent said he would speak to reporters later in the week.\n"
        "The club owner, Piet Halvorsen, is expected to meet candidates for the post in Orvale over the coming days.\n"
        "Two former Hawks players were named by local radio as possible successors, though neither has commented.\n"
        f"{background}"
    )
    assert len(text) - len(background) > max(EVENT_LEAD_CHARS, 500)  # the background stands below the lead
    marks = time_marks(_raw(text))
    assert "2011" in marks
    assert not marks & {"2001", "2003", "2005"}


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
