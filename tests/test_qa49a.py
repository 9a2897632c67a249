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
    got = _times("The rand rose to its high for the year of R16.20 against the dollar. For the year, sales were flat.")
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


def test_small_hours_after_a_night_carried_from_the_paragraph_before_are_the_next_day() -> None:
    # PA style: "swept in overnight" (the night of the 18th) in one paragraph, "at 2am" in the next: the 19th
    text = (
        "Around 45,000 properties were without power on Thursday morning after Storm Bram swept in overnight.\n\n"
        "A gust of 91mph was recorded at Aberdaron at 2am, the Met Office said."
    )
    assert _times(text, "2026-11-19T11:05:00+00:00")["2am"] == "2026-11-19T02:00"
    # ... but the night's own evening hour stays on its day
    text = "The storm hit on Wednesday night.\n\nA tree fell on a car at 11pm, police said."
    assert _times(text, "2026-11-19T11:05:00+00:00")["11pm"] == "2026-11-18T23:00"


def test_clock_time_ahead_does_not_take_a_past_day_carried_from_the_paragraph_before() -> None:
    # out on Thursday 19th at 11:05: the man was hurt on Wednesday evening (the paragraph before), but the warning
    # "is in force until 6pm" and "will be lifted at 6pm" speak of Thursday
    lead = "A man was taken to hospital after a tree fell on his car on Wednesday evening.\n\n"
    pub = "2026-11-19T11:05:00+00:00"
    assert _times(lead + "An amber warning for wind is in force until 6pm.", pub)["6pm"] == "2026-11-19T18:00"
    assert _times(lead + "The warning will be lifted at 6pm, forecasters said.", pub)["6pm"] == "2026-11-19T18:00"
    # a past sentence keeps the day carried to it
    assert _times(lead + "Roads stayed closed until 6pm, police said.", pub)["6pm"] == "2026-11-18T18:00"


def _conflicts(texts: list[str], published: str = "2026-11-12T08:00:00+02:00") -> list[dict]:
    arts = [Article(id=i, text=t, outlet=i.upper(), published=published, language="en") for i, t in zip("abc", texts, strict=False)]
    return [c for f in parallax.compare(arts).to_dict()["facts"] for c in f.get("conflicts", [])]


def test_a_place_told_as_a_reference_point_is_no_place_swapped() -> None:
    # "in Soshanguve, north of Pretoria" places the ward by a city it lies north of; "in Soshanguve, Tshwane" by the
    # metro it lies in: no report puts the by-election in Pretoria
    got = _conflicts([
        "The ANC narrowly held on to ward 39 in Soshanguve, Tshwane, in a by-election on Wednesday, beating the EFF.",
        "The ANC narrowly held on to ward 39 in Soshanguve, north of Pretoria, in a by-election on Wednesday, beating the EFF.",
    ])
    assert [c for c in got if c["kind"] == "place"] == []
    # a place swapped for another is still one
    got = _conflicts([
        "The ANC narrowly held on to ward 39 in Soshanguve, Tshwane, in a by-election on Wednesday, beating the EFF.",
        "The ANC narrowly held on to ward 39 in Soshanguve, Johannesburg, in a by-election on Wednesday, beating the EFF.",
    ])
    assert [c["values"] for c in got if c["kind"] == "place"] == [{"a": "Tshwane", "b": "Johannesburg"}]


def test_a_bare_object_of_looking_into_or_welcoming_is_no_quotation() -> None:
    # "The Serious Crash Unit was examining the scene": a deed, whose object "the scene" was graded as a quotation;
    # "welcomed the ruling, saying ..." reports its stance in the clause after, not in "the ruling"
    got = _quotes(
        "The Serious Crash Unit was examining the scene and the road remained closed.\n\n"
        "Police are investigating the crash.\n\n"
        "EACC chief executive Abdi Mohamud welcomed the ruling, saying it sent a strong message to public officers."
    )
    contents = [text for text, _ in got]
    assert "the scene" not in contents and "the crash" not in contents and "the ruling" not in contents
    assert "it sent a strong message to public officers" in contents
    # an object with words of its own still says something: "examined the senator's claim that taxes fell"
    got = _quotes("PolitiFact examined the senator's claim that taxes fell.")
    assert got and got[0][1] == "PolitiFact"


def test_a_fixture_told_in_the_present_plural_looks_ahead() -> None:
    # a Sunday-night game report: "The Maple Leafs host the Boston Bruins on Tuesday" is the coming Tuesday, as
    # "hosts" already was; so are "face" and "play"
    pub = "2026-11-15T23:55:00-05:00"
    assert _times("The Maple Leafs host the Boston Bruins on Tuesday.", pub)["Tuesday"] == "2026-11-17"
    assert _times("The Oilers face Montreal on Tuesday night.", pub)["Tuesday night"] == "2026-11-17TNI"
    assert _times("Both teams play again on Thursday.", pub)["Thursday"] == "2026-11-19"
    # (a past game stays past)
    assert _times("The Maple Leafs lost to Boston on Tuesday.", pub)["Tuesday"] == "2026-11-10"
