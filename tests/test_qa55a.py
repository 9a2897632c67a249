"""Session 55, helper qa55a: English across outlets (US, UK, Irish, Canadian, Australian, Indian, Pakistani,
Nigerian, Ghanaian, Philippine and Singaporean papers and wires) on a court verdict, an election count, a port
strike, a cyclone, a rail crash, a central bank decision and a sports final: the session's known leftovers and the
sets' findings (each fix has a test below with an invented sentence)."""

from __future__ import annotations

from tests.helpers import analyzed, compared_conflicts, quote_speakers, time_values


def test_two_words_after_an_office_title_are_the_person_whatever_the_model_tagged() -> None:
    # the model reads the run as one body, or as a body and a surname with the given name outside both: the speaker is
    # the officer, with her given name, though it is in no lexicon
    assert quote_speakers("District Collector Anwesha Gharpure said the relief camps would stay open.", "en") == ["Anwesha Gharpure"]
    assert quote_speakers("District Collector Meenal Varkari said the relief camps would stay open.", "en") == ["Meenal Varkari"]
    assert quote_speakers("District Magistrate Ranvir Chauhan told reporters that the roads were shut.", "en") == ["Ranvir Chauhan"]
    # a title word that also opens a body's name leaves the body whole
    assert quote_speakers("Major League Baseball said the game was postponed.", "en") == ["Major League Baseball"]


def test_a_body_whose_name_ends_with_a_number_speaks_and_its_number_counts_nothing() -> None:
    # the parser hangs the number on the name's first word as an apposition, and the speaker lost it
    assert quote_speakers("Rescue 1188 said two people were pulled from the debris on Friday.", "en") == ["Rescue 1188"]
    art = analyzed("Medline 240 said its ambulances had moved nine of the injured.", "en")
    assert [q.speaker for q in art.quotes] == ["Medline 240"]
    assert [(q.text, q.unit) for q in art.quantities if q.text == "240"] == [("240", "№")]
    # a count before its noun is still one, and a person's age in commas is no part of the name
    assert [q.unit for q in analyzed("Police said 1188 people were moved.", "en").quantities] == ["people"]
    assert quote_speakers("Dasha Ilyina, 45, said the water came in at night.", "en") == ["Dasha Ilyina"]


def test_a_verdict_in_a_small_clause_is_no_speech_of_the_court() -> None:
    # "found him guilty" is the court's act; a finding in a that-clause is still reported
    assert quote_speakers("The court found him guilty of fraud and sentenced him to seven years.", "en") == []
    assert quote_speakers("A jury found the builder not guilty of manslaughter.", "en") == []
    assert quote_speakers("The tribunal found the company liable for the spill.", "en") == []
    assert quote_speakers("The panel found that the pilots had ignored the warnings.", "en") == ["panel"]


def test_a_headline_s_subject_to_verb_is_a_plan_and_its_weekday_is_ahead() -> None:
    # published on Thursday 5 March 2026: the Monday of a plan is the 9th, the Monday of an act the 2nd
    assert time_values("Stevedores to strike from Monday", "en") == {"Monday": "2026-03-09"}
    assert time_values("Ferry crew to walk out on Monday over pay", "en") == {"Monday": "2026-03-09"}
    assert time_values("Ferry crew walked out on Monday over pay", "en") == {"Monday": "2026-03-02"}
    # "to" after a verb of motion or a participle is a preposition: the headline's present tells a past act
    assert time_values("Miners return to work on Monday", "en") == {"Monday": "2026-03-02"}
    assert time_values("Driver sentenced to life on Monday", "en") == {"Monday": "2026-03-02"}


def test_a_past_cue_in_a_relative_aside_does_not_set_the_tense_of_a_day_after_it() -> None:
    # published on Monday 9 March 2026: the final's Saturday is the 14th, a Saturday said on the 7th
    aside = "The Falcons will now host the Rangers, who edged the Hawks in a thriller at Burnley Oval, in Dunmore on Saturday."
    assert time_values(aside, "en", "2026-03-09") == {"now": "PRESENT_REF", "Saturday": "2026-03-14"}
    said = "The Falcons, who will host the final, said on Saturday that tickets had sold out."
    assert time_values(said, "en", "2026-03-09") == {"Saturday": "2026-03-07"}
    plain = "The Rangers edged the Hawks in a thriller at Burnley Oval on Saturday."
    assert time_values(plain, "en", "2026-03-09") == {"Saturday": "2026-03-07"}


def test_an_acronym_a_report_of_the_story_defines_in_brackets_is_that_name_in_every_report() -> None:
    # "NVA" is no initials of "Norvik Air", but a third report defines it: no name conflict
    defining = "Norvik Air (NVA) said on Thursday that it had grounded 14 jets after an engine fault."
    full = "Norvik Air grounded 14 jets on Thursday after an engine fault, the airline said."
    short = "NVA grounded 14 jets on Thursday after an engine fault, the airline said."
    assert compared_conflicts([defining, full, short], "en") == []
    # without the definition the two are two names, and a defined acronym is no other body's name
    assert compared_conflicts([full, short], "en") == [("name", {"a": "Norvik Air", "b": "NVA"})]
    other = "Brask Air grounded 14 jets on Thursday after an engine fault, the airline said."
    assert [k for k, _ in compared_conflicts([defining, other, short], "en")] == ["name"]
