"""The company profile closing a press release is cut; a report's "About the study" section stays (invented text)."""

from __future__ import annotations

from parallax.ingest.extract import clean_lines
from parallax.ingest.press_release import without_company_profile

BODY = "The harbour board approved the new ferry timetable on Tuesday after a two-hour debate, its chair said."


def test_a_closing_company_profile_is_cut():
    lines = [BODY, "About Ascent Labs", "Ascent Labs is a maker of ferry engines based in Marrow. Its shares trade in Zurich.", "Media contact: press office"]
    assert without_company_profile(lines) == [BODY]
    assert clean_lines("\n".join(lines)) == [BODY]


def test_a_german_profile_is_cut():
    assert without_company_profile([BODY, "Über Ascent Labs", "Ascent Labs ist ein Hersteller von Fährmotoren."]) == [BODY]


def test_a_section_about_the_study_stays():
    lines = [BODY, "About the study", "The study followed 400 ferry passengers over two years."]
    assert without_company_profile(lines) == lines


def test_a_heading_whose_next_line_is_about_something_else_stays():
    lines = [BODY, "About Marrow", "The town's ferries have run since 1890, the harbour board said."]
    assert without_company_profile(lines) == lines
