"""Session 49, helper qa49a: English across outlets (US, UK, Canada, New Zealand, South Africa, the Philippines,
Singapore, Kenya): clock times and their days, "the highest this year", and the sets' findings (each fix has a
test below with an invented sentence)."""

from __future__ import annotations

import parallax
from parallax.records import Article


def _times(text: str, published: str = "2026-11-20T09:00:00+00:00") -> dict[str, str | None]:
    art = parallax.analyze([Article(id="t", text=text, language="en", published=published)])[0]
    return {t.text: t.value for t in art.times}


def test_clock_time_takes_the_written_date_not_its_weekday() -> None:
    # out on Friday 20 November: the match is on Saturday 21 November, written in full; the hour after it is that day
    got = _times("The final will be played on Saturday, 21 November 2026, at 9am in Auckland.")
    assert got["9am"] == "2026-11-21T09:00"
    got = _times("The final was played on Saturday, 14 November 2026, at 9am in Auckland.")
    assert got["9am"] == "2026-11-14T09:00"
    # past tense: the bare weekday alone would be the Saturday gone (the 14th); the date says the 21st
    got = _times("The match was played on Saturday, 21 November 2026, at 9am in Auckland.")
    assert got["9am"] == "2026-11-21T09:00"


def test_clock_time_takes_the_written_date_when_its_weekday_disagrees() -> None:
    # 21 November 2026 is a Saturday: "Tuesday" is the slip, the written date wins, and the hour goes with it
    got = _times("The hearing was held on Tuesday, 21 November 2026, at 10am at the High Court in Nairobi.")
    assert got["10am"] == "2026-11-21T10:00"


def test_for_the_year_is_the_current_year() -> None:
    # TimeBank reads "a high for the year", "For the year, ...", "sales for the full year" as the report's year
    got = _times("The rand rose to a high for the year of R16.20 against the dollar. For the year, sales were flat.")
    assert got["the year"] == "2026"
    got = _times("Safaricom raised its forecast for the full year after results on Friday.")
    assert got["the full year"] == "2026"
    # "the year ended 30 June" is a year of accounts, a length, and "the year-earlier period" no year at all
    got = _times("Profit for the year ended 30 June rose 8%. Sales for the year-earlier period fell.")
    assert got.get("the year") == "P1Y" and "the year-earlier" not in got


def test_past_clock_time_does_not_take_a_later_day_carried_from_a_quotation() -> None:
    # the last day named before "at 3.40pm" is the appeal's coming Monday, in a quotation two paragraphs up; the
    # verdict "was read" (past) on the day the lead gives, Friday the 20th, not on a Monday still to come
    text = (
        "A former county finance officer was on Friday sentenced to 12 years in prison.\n\n"
        '"We shall be filing an appeal at the High Court on Monday," Mr Ombeta said outside the courtroom.\n\n'
        "The verdict was read at 3.40pm after a hearing that lasted two hours."
    )
    got = _times(text, "2026-11-20T17:30:00+03:00")
    assert got["Monday"] == "2026-11-23" and got["3.40pm"] == "2026-11-20T15:40"
    # a time still ahead keeps the coming day: "The hearing will start at 9am."
    got = _times(text.replace("The verdict was read at 3.40pm after a hearing that lasted two hours.", "The hearing will start at 9am."), "2026-11-20T17:30:00+03:00")
    assert got["9am"] == "2026-11-23T09:00"


def _quotes(text: str) -> list[tuple[str, str | None]]:
    art = parallax.analyze([Article(id="t", text=text, language="en", published="2026-11-19T10:40:00+00:00")])[0]
    return [(art.text[q.start : q.end], q.speaker) for q in art.quotes]


def test_british_abbreviated_titles_make_a_person_the_pronoun_can_name() -> None:
    # "Cllr" (councillor), as UK papers write it: the model took "Cllr Darren Price" for an organisation, so "he"
    # went back past him to Network Rail, and the comparison reported a misattribution no report made
    text = (
        "Rail services were suspended, Network Rail said.\n\n"
        "Cllr Darren Price, the leader of the county council, said crews had been working through the night.\n\n"
        '"It has been a very long night for our teams," he said.'
    )
    got = dict(_quotes(text))
    assert got["It has been a very long night for our teams"] in ("Darren Price", "Cllr Darren Price")
    text = text.replace("Cllr Darren Price", "Det Supt Anna Kerr").replace(" he said", " she said")
    assert dict(_quotes(text))["It has been a very long night for our teams"] in ("Anna Kerr", "Det Supt Anna Kerr")
