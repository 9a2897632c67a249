"""Session 50, helper qa50a: English across outlets (US, UK, Australia, Ireland, India, Nigeria, Ghana, Jamaica):
the session's known leftovers and the sets' findings (each fix has a test below with an invented sentence)."""

from __future__ import annotations

import parallax
from parallax.records import Article


def _times(text: str, published: str = "2026-12-04T10:00:00+00:00") -> dict[str, str | None]:
    art = parallax.analyze([Article(id="t", text=text, language="en", published=published)])[0]
    return {t.text: t.value for t in art.times}


def test_far_past_background_day_is_not_carried_to_a_bare_clock_time() -> None:
    # out on Friday 4 December: "On March 3 the company had warned" is history told in the past perfect; the bare
    # "2.40pm" two paragraphs down is not on March 3 (it was before, with no other day named: the publication day)
    text = "On March 3 the company had warned of delays at the plant.\n\nFirefighters arrived at 2.40pm."
    got = _times(text)
    assert got["March 3"] == "2026-03-03" and not (got["2.40pm"] or "").startswith("2026-03-03")
    # a background day of this week still carries where nothing else is named (the behaviour kept)
    got = _times("The mill had been shut on Wednesday after an inspection.\n\nFirefighters arrived at 2.40pm.")
    assert got["2.40pm"] == "2026-12-02T14:40"


def test_month_from_a_year_earlier_is_the_month_of_this_year() -> None:
    # Reuters/AP: "rose 2.1% in October from a year earlier" compares October 2026 with October 2025: the month is
    # this year's; "a year earlier" is the comparison, not a shift of "October"
    got = _times("Consumer prices rose 2.1% in October from a year earlier, the statistics office said on Friday.")
    assert got.get("October") == "2026-10" or got.get("October from a year earlier") == "2026-10"
    got = _times("Exports rose 5% in October from a year ago.")
    assert got.get("October") == "2026-10" or got.get("October from a year ago") == "2026-10"


def test_days_under_an_up_next_heading_are_the_coming_fixtures() -> None:
    # AP sport: the "UP NEXT" box lists each team's next game with no verb of tense; out on Friday 4 December, its
    # "Sunday" and "Monday" are the 6th and the 7th, not the days gone (the lead's "Thursday night" stays past)
    text = (
        "The Lakers beat the Celtics 112-104 on Thursday night.\n\nUP NEXT\n\n"
        "Lakers: Host Denver on Saturday night.\n\nCeltics: At New York on Sunday.\n\nNets: Visit Phoenix on Monday."
    )
    got = _times(text, "2026-12-04T06:00:00+00:00")
    assert got["Thursday night"] == "2026-12-03TNI"
    assert (got["Saturday night"], got["Sunday"], got["Monday"]) == ("2026-12-05TNI", "2026-12-06", "2026-12-07")
    got = _times(
        "The Lakers beat the Celtics 112-104 on Thursday night.\n\nUp next: Celtics at New York on Monday.", "2026-12-04T06:00:00+00:00"
    )
    assert got["Monday"] == "2026-12-07"


def _conflicts(*texts: str) -> list[tuple[str, dict]]:
    from tests.helpers import mixed_articles, shown

    facts = parallax.compare(mixed_articles(*(("en", t) for t in texts))).to_dict()["facts"]
    return [(c["kind"], shown(c)) for f in facts for c in f["conflicts"]]


def test_a_town_against_the_country_whose_state_both_name_is_no_place_conflict() -> None:
    # Punch: "at Agbara, Ogun State"; Reuters: "in southwest Nigeria's Ogun State": the town is in the state, the state
    # in the country ("Nigeria's Ogun State"), so the swap of "Agbara" for "Nigeria" names one place at two scales
    got = _conflicts(
        "Seven workers were killed when a gas plant exploded on Wednesday at Agbara, Ogun State, police said.",
        "Seven workers were killed when a gas plant exploded on Wednesday in southwest Nigeria's Ogun State, police said.",
    )
    assert [k for k, _ in got if k == "place"] == []
    # two towns of one state are still two places
    got = _conflicts(
        "Seven workers were killed when a gas plant exploded on Wednesday at Agbara, Ogun State, police said.",
        "Seven workers were killed when a gas plant exploded on Wednesday at Sagamu, Ogun State, police said.",
    )
    assert [k for k, _ in got if k == "place"] == ["place"]


def _quotes(text: str) -> dict[str, str | None]:
    art = parallax.analyze([Article(id="t", text=text, language="en", published="2026-12-04T10:00:00+00:00")])[0]
    return {art.text[q.start : q.end]: q.speaker for q in art.quotes}


def test_the_judge_is_the_justice_named_before() -> None:
    # Commonwealth courts title a High Court judge "Justice" ("Justice Carol Lawrence-Beswick", "Mr Justice Hale"): a
    # later "the judge said" is that person, as "the judge" after "Judge Ann Lowe" is
    text = (
        "Justice Carol Lawrence-Beswick told the court that Richards had abused the public's trust.\n\n"
        '"This court must send a clear message," the judge said.'
    )
    assert _quotes(text)["This court must send a clear message"] == "Carol Lawrence-Beswick"


def test_names_joined_by_and_do_not_cut_a_past_perfect_clause() -> None:
    # "had issued a warning for Cork and Kerry on Monday" is one past-perfect clause: "and" joins two names, not two
    # clauses, so Monday is background and the lead's Tuesday night stays the day of the bare "10pm" below
    text = (
        "About 40 homes were flooded in Bandon on Tuesday night.\n\n"
        "Met Éireann had issued a status orange rainfall warning for Cork and Kerry on Monday.\n\n"
        "Gardaí closed the N71 at about 10pm."
    )
    assert _times(text, "2026-12-02T07:30:00+00:00")["10pm"] == "2026-12-01T22:00"


def test_sworn_in_reports_nothing() -> None:
    # "will be sworn in when she takes office in January": "swear in" is the oath of office, not a verb of saying,
    # and "she takes office in January" was an indirect quotation of Delgado
    text = "Delgado, 47, a former state attorney general, will be sworn in when she takes office in January."
    assert _quotes(text) == {}
    text = "Hon. Efua Asante is expected to be sworn in when Parliament resumes in January."
    assert "Parliament resumes in January" not in _quotes(text)
    # "swore that" still reports: "He swore that he had never met her."
    assert _quotes("Tom Reyes swore that he had never met her.") == {"he had never met her": "Tom Reyes"}
