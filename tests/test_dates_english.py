"""English dates from the qa14 sweep: a part of the publication's weekday still to come when the report was
written, time zones after clock times ("9 a.m. EST", "1400 GMT"), "overnight", and "the previous evening"
placed on the day the text named.  Invented sentences."""

from __future__ import annotations

import pytest

from parallax.analyze.times import resolve_paragraphs
from tests.helpers import resolved

MONDAY_MORNING = "2026-03-09T10:00:00+00:00"


def _paragraphs(*texts: str, published: str) -> dict[str, str | None]:
    """Each expression of the paragraphs (as written) with its value, one resolver for them all."""
    spans, pos = [], 0
    for t in texts:
        spans.append((pos, t))
        pos += len(t) + 2
    joined = "\n\n".join(texts)
    return {joined[s:e]: v for s, e, v, _ in resolve_paragraphs(spans, "en", published)}


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # the publication's weekday, later in the day than the report's stamp: that day in a past-tense sentence too
        # (qa48a: the report was updated after its stamp; a day a week gone is "last Monday")
        ("A gas smell was reported on Monday night, the evening before the blast.", "Monday night", "2026-03-09TNI"),
        ("The pipe burst at 11 p.m. Monday, officials said.", "11 p.m. Monday", "2026-03-09T23:00"),
        ("The pipe burst last Monday night.", "last Monday night", "2026-03-02TNI"),
        # ... this week's in a sentence about the future, or where that part of the day has begun
        ("The council will meet on Monday night.", "Monday night", "2026-03-09TNI"),
        ("The road was closed on Monday morning.", "Monday morning", "2026-03-09TMO"),
        ("The road was closed on Monday.", "Monday", "2026-03-09"),
    ],
)
def test_a_part_of_the_publication_weekday_still_to_come(text, expr, value):
    assert resolved("en", text, MONDAY_MORNING)[expr] == value


def test_without_its_offset_a_publication_time_does_not_move_a_weekday():
    # "1998-02-12T01:58" may be UTC or local: a killing "Thursday evening" stays that Thursday
    found = resolved("en", "A woman was killed Thursday evening in a laundromat.", "1998-02-12T01:58:00")
    assert found["Thursday evening"] == "1998-02-12TEV"


def test_a_clock_time_takes_the_weekday_of_its_sentence():
    # as "В понеделник ... 11:15" does in Bulgarian (qa15 D12)
    found = resolved("en", "On Monday at 11:15, the warehouse exploded.", "2026-04-22T17:00:00+03:00")
    assert found["11:15"] == "2026-04-20T11:15"


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The blast happened at about 9 a.m. EST on Tuesday.", "9 a.m. EST on Tuesday", "2026-03-03T09:00"),
        ("On Tuesday, the blast happened at about 9 a.m. EST (1400 GMT).", "9 a.m. EST", "2026-03-03T09:00"),
        ("On Tuesday, the blast happened at about 9 a.m. EST (1400 GMT).", "1400 GMT", "2026-03-03T14:00"),
        ("Trading will resume at 0900 ET on Friday.", "0900 ET on Friday", "2026-03-06T09:00"),
        ("The strike began at 2030 UTC on Tuesday.", "2030 UTC on Tuesday", "2026-03-03T20:30"),
        ("The talks resumed at 10 a.m. EDT Thursday.", "10 a.m. EDT Thursday", "2026-02-26T10:00"),
        ("The offer expires at 5 p.m. EST, March 13.", "5 p.m. EST, March 13", "2026-03-13T17:00"),
    ],
)
def test_time_zones_after_clock_times(text, expr, value):
    assert resolved("en", text, "2026-03-04T15:00:00+00:00")[expr] == value


@pytest.mark.parametrize(
    "text",
    [
        "In 2015 UTC agreed to buy the firm.",  # a year before a company's initials
        "About 1400 residents were evacuated.",  # four figures without a zone
        "The 1400 GMT deadline passed.",  # (read, but as 14:00, never as a count or year)
    ],
)
def test_four_figures_are_a_time_only_before_a_zone(text):
    found = resolved("en", text, "2026-03-04T15:00:00+00:00")
    assert all(v is None or "T" not in v or v.endswith("14:00") for v in found.values())
    assert "2015 UTC" not in found and "1400" not in found


def test_overnight_is_the_night_of_the_day_named():
    found = _paragraphs(
        "The blast happened on Tuesday, March 3.",
        "Crews worked overnight to contain the fire.",
        published="2026-03-04T15:00:00+00:00",
    )
    assert found["overnight"] == "2026-03-03TNI"


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Crews worked overnight to contain the fire.", "overnight", "2026-03-03TNI"),  # no day named: the night before
        ("The fire is expected to burn overnight.", "overnight", "2026-03-04TNI"),  # the future: tonight
        ("Overnight, the fire spread to two houses.", "Overnight", "2026-03-03TNI"),
    ],
)
def test_overnight_without_a_day_named(text, expr, value):
    assert resolved("en", text, "2026-03-04T08:00:00+00:00")[expr] == value


@pytest.mark.parametrize("text", ["She booked an overnight stay.", "It was no overnight success.", "Overnight rates rose."])
def test_overnight_before_its_noun_is_no_time(text):
    assert resolved("en", text, "2026-03-04T08:00:00+00:00") == {}


def test_the_previous_evening_hangs_on_the_past_day_named_not_on_a_vote_ahead():
    # qa14 D3: "the previous evening" of the 4 March blast is 3 March, not the eve of Friday's vote
    found = _paragraphs(
        "The explosion happened on 4 March.",
        "Commissioners are due to vote on Friday on whether to shut the other stations.",
        "A report of a smell of gas on the previous evening is among the issues examined.",
        published="2026-03-05T08:00:00+00:00",
    )
    assert found["the previous evening"] == "2026-03-03TEV"


def test_the_day_before_a_day_ahead_in_a_sentence_about_the_future():
    found = _paragraphs(
        "The council will vote on Friday.",
        "Protesters will gather the day before.",
        published="2026-03-04T08:00:00+00:00",
    )
    assert found["the day before"] == "2026-03-05"


def test_the_day_before_an_event_is_no_day():
    # "the day before returning home": the eve of the return, not the day before the day named
    assert "the day before" not in resolved("en", "She spent Tuesday in Nairobi, leaving the day before returning home.", "2026-03-04")


def test_earlier_that_day():
    found = _paragraphs("The doctor was shot on March 2.", "Earlier that day, the family sent a fax.", published="2026-03-04")
    assert found["Earlier that day"] == "2026-03-02"


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # what was expected when the report was written is still ahead, as what "was scheduled" is
        ("A final vote was expected on Wednesday, officials said.", "Wednesday", "2026-03-11"),
        ("The debate was scheduled for Thursday.", "Thursday", "2026-03-12"),
        ("The committee met on Wednesday.", "Wednesday", "2026-03-04"),
    ],
)
def test_a_day_expected_in_a_past_tense_sentence_is_ahead(text, expr, value):
    assert resolved("en", text, "2026-03-10")[expr] == value
