"""QA round 46a: a judged thing is no quotation, a quoted sentence printed apart by its clauses, "until" a
clock time on a weekday, word-choice pairs where one side holds the other."""

from __future__ import annotations

import parallax
from tests.helpers import analyzed, outlet_articles, resolved


def test_a_judging_verb_with_a_bare_noun_object_is_no_quotation() -> None:
    art = analyzed("Nurses' unions denounced the reform on Thursday. Residents praised the decision.", "en")
    assert [q.text for q in art.quotes] == []


def test_a_judging_verb_keeps_an_object_that_says_something() -> None:
    art = analyzed("The bishop condemned the shooting of two unarmed farmers. The mayor blamed the council for the delays.", "en")
    assert [q.text for q in art.quotes] == ["the shooting of two unarmed farmers", "the council for the delays"]


def test_the_clauses_of_one_quoted_sentence_printed_apart_join_its_group() -> None:
    a = (
        "Bridge reopens in Kelby\n\nKELBY - Mayor Carla Ruiz reopened the Kelby bridge on Friday after months of repairs.\n"
        'Ruiz told reporters at the ceremony: "We have kept our promise to this town, and we will finish the harbour road by spring."'
    )
    b = (
        "Kelby bridge open again\n\nKELBY - The Kelby bridge reopened on Friday.\n"
        'Mayor Carla Ruiz said the council had "kept our promise to this town".\n'
        '"We will complete the harbour road by the spring," Ruiz said.'
    )
    quotes = parallax.compare(outlet_articles([a, b], "en")).to_dict()["quotes"]
    assert len(quotes) == 1
    assert quotes[0]["fidelity"] == "altered"
    assert len(quotes[0]["variants"]) == 3


def test_clause_parts_leave_a_list_whole() -> None:
    from parallax.compare.clause_parts import clause_parts

    assert clause_parts("We need schools, hospitals, and roads", "en") == ["We need schools, hospitals, and roads"]
    assert clause_parts("We tried our best, but the storm was too strong", "en") == ["We tried our best", "the storm was too strong"]
    assert clause_parts("Nous avons essayé, et la tempête était trop forte", "fr") == ["Nous avons essayé, et la tempête était trop forte"]


def test_until_a_clock_time_on_a_weekday_after_the_day_a_closure_began() -> None:
    # out on a Friday: the line shut on Tuesday cannot reopen at 5 a.m. on the Sunday before
    found = resolved("en", "The rail line was shut on Tuesday and stayed closed until 5 a.m. on Sunday.", "2026-11-20T10:00:00Z")
    assert found == {"Tuesday": "2026-11-17", "5 a.m. on Sunday": "2026-11-22T05:00"}
    # with no start day the tense rule stands
    assert resolved("en", "The museum was closed until 10 a.m. on Tuesday.", "2026-11-20T10:00:00Z") == {"10 a.m. on Tuesday": "2026-11-17T10:00"}



def test_crowd_figures_from_a_named_police_force_and_named_organisers_are_two_estimates() -> None:
    from tests.helpers import compared_conflicts

    a = "Nurses rally in Leeds\n\nAround 5,000 people rallied in Leeds on Saturday over pay, according to the West Yorkshire Police."
    b = "Leeds nurses march\n\nSome 12,000 people rallied in Leeds on Saturday over pay, organisers Fair Pay Now said."
    assert not [c for c in compared_conflicts([a, b], "en") if c[0] == "number"]


def test_a_crowd_figure_a_named_source_gives_is_read_as_that_sides() -> None:
    from parallax.compare.crowds import _SOURCE_AFTER

    assert _SOURCE_AFTER.search("About 5,000 people marched, according to the West Yorkshire Police.")
    assert _SOURCE_AFTER.search("Some 12,000 people marched, organisers Fair Pay Now said.")
    assert not _SOURCE_AFTER.search("Some 12,000 people marched, Fair Pay Now said.")


def test_the_speaker_after_a_body_and_a_role_after_the_cue_is_the_person() -> None:
    art = analyzed('"The hall must stay open," said Save Our Library campaigner Joan Pike.\n"We start at noon," said Kids First Now volunteer Mark Dale.', "en")
    assert [q.speaker for q in art.quotes] == ["Joan Pike", "Mark Dale"]


def test_an_indian_wire_dateline_with_no_dash_is_split_off() -> None:
    from parallax.ingest.datelines import split_dateline

    line = split_dateline("KOCHI, Dec 2 (PTI) The state cabinet on Tuesday approved a new port policy.")
    assert line is not None and (line.place, line.agency, line.after) == ("KOCHI", "PTI", "The state cabinet on Tuesday approved a new port policy.")
    line = split_dateline("PUNE, 3 December (IANS): Heavy rain shut schools on Wednesday.")
    assert line is not None and line.after == "Heavy rain shut schools on Wednesday."
    assert split_dateline("Ravi Kumar (BJP) The MLA said the bridge would open.") is None
