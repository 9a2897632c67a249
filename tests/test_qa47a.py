"""QA round 47a: names written with bare initials ("Justice R K Sharma"), a clock time's abbreviation point inside
the sentence of its weekday ("at 6 a.m. local time on Friday"), the end an order sets ("ordered shut until
Sunday")."""

from __future__ import annotations

from tests.helpers import analyzed, resolved


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyzed(text, "en").quotes]


def test_a_titled_name_keeps_all_its_bare_initials() -> None:
    assert _speakers("Judge A K Iyer said the bail plea would be heard again.") == ["A K Iyer"]
    assert _speakers("Justice A M Joseph told the court the appeal had merit.") == ["A M Joseph"]


def test_a_titled_name_with_initials_the_model_left_untagged_is_a_person() -> None:
    art = analyzed("The appeal went before Justice T K Varma on Friday. Varma said the sentence was too harsh.", "en")
    people = {e.text: e.canonical for e in art.entities if e.label == "PERSON"}
    assert people.get("T K Varma") == "T K Varma"
    assert people.get("Varma") == "T K Varma"
    assert not any(e.text == "Justice" for e in art.entities)
    assert [q.speaker for q in art.quotes] == ["T K Varma"]


def test_initials_with_points_and_an_honorific_stay_whole() -> None:
    assert _speakers("Mrs G. S. Pillai said the dam was safe.") == ["G. S. Pillai"]


def test_a_clock_abbreviation_ends_no_sentence_before_its_weekday() -> None:
    # published on Monday 2026-11-16: the walkout "is due to end" on the coming Friday, not the one gone
    got = resolved("en", "The walkout is due to end at 5 p.m. local time on Friday, organisers said.", "2026-11-16T09:00:00Z")
    assert got["Friday"] == "2026-11-20"
    assert got["5 p.m."] == "2026-11-20T17:00"
    got = resolved("en", "The ban will be lifted at 8 a.m. (0600 GMT) on Thursday.", "2026-11-16T09:00:00Z")
    assert got["Thursday"] == "2026-11-19"


def test_a_stop_before_a_capital_still_ends_the_sentence() -> None:
    got = resolved("en", "The ferry left at 7 a.m. Passengers said it sank on Thursday.", "2026-11-16T09:00:00Z")
    assert got["Thursday"] == "2026-11-12"


def test_the_end_an_order_sets_is_ahead() -> None:
    # published on Wednesday 2026-11-18
    got = resolved("en", "The county ordered all markets shut until Saturday over the cholera outbreak.", "2026-11-18")
    assert got["Saturday"] == "2026-11-21"
    got = resolved("en", "Police banned public gatherings in the capital until Monday.", "2026-11-18")
    assert got["Monday"] == "2026-11-23"


def test_a_past_state_until_a_weekday_stays_past() -> None:
    got = resolved("en", "The library was closed until Monday for repairs.", "2026-11-18")
    assert got["Monday"] == "2026-11-16"
    assert resolved("en", "The park will stay closed until further notice.", "2026-11-18") == {}


def test_next_to_a_place_is_no_time_ahead() -> None:
    # published on Saturday 2026-11-21: "next to" names a place, so the past verb gives the Thursday gone (with the
    # abbreviation point no longer ending the sentence, "next" had read as a future cue and moved it a week on)
    got = resolved("en", "A gas main exploded next to the U.S. consulate in Lagos on Thursday.", "2026-11-21T09:00:00Z")
    assert got["Thursday"] == "2026-11-19"
    got = resolved("en", "Two shops burned next door to the St. mary church hall on Wednesday.", "2026-11-21T09:00:00Z")
    assert got["Wednesday"] == "2026-11-18"
