"""The note on the writer that closes a story ("Ann Roe is a freelance writer ...") is no reporting (invented text)."""

from __future__ import annotations

import pytest

from parallax.ingest.extract import clean_lines
from parallax.ingest.notes import note_reason

BODY = "The harbour board approved the new ferry timetable on Tuesday after a two-hour debate, its chair said."


@pytest.mark.parametrize(
    "line",
    [
        "Ann Roe is a freelance writer based in Leeds.",
        "Eric Lund is Marrow News' deals editor and tests every gadget he recommends.",
        "Jana Roth ist Redakteurin im Ressort Wirtschaft.",
    ],
)
def test_a_closing_note_on_the_writer_is_dropped(line):
    assert note_reason(line, is_last=True) == "note on the writer"
    assert clean_lines(f"{BODY}\n{line}") == [BODY]


@pytest.mark.parametrize(
    "line",
    [
        "John Hale was a reporter for the Herald for forty years.",  # an obituary's last line
        "The mayor is a former reporter.",
        "Evan Roe is the city council member who opposed the plan, and the founder of a shelter.",
        'Ann Roe is a writer, "and she will not be silenced," her lawyer said.',
    ],
)
def test_closing_sentences_about_people_stay(line):
    assert clean_lines(f"{BODY}\n{line}") == [BODY, line]


def test_the_note_inside_the_story_stays():
    line = "Ann Roe is a freelance writer based in Leeds."
    assert note_reason(line, is_last=False) is None
    assert clean_lines(f"{line}\n{BODY}") == [line, BODY]


def test_a_closing_fact_about_a_founder_stays():
    """A story's last line on one of its people, in words a writer's note could use, is the story's."""
    assert note_reason("Ann Roe is the founder of the shelter that took the families in.", is_last=True) is None
