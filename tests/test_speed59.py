"""Session 59: three patterns that grew quadratically on long runs, and comparison steps that grew with a report's length.

The patterns: each ended at the end of its text (``\\Z``) after a run it could start from any of its characters, so a
long run it then failed on was read once from each character.  Each now starts a run from its first character only
(and keeps every match it made: the same spans on the texts below).  Their tests read a run long enough that a
quadratic scan takes minutes, under a timeout; a linear one takes milliseconds.

The comparison steps are counted as :mod:`tests.test_speed56` counts them: the lines a step runs (an operation count,
not a time), on invented reports of one event and on reports twice as long.
"""

from __future__ import annotations

import pytest

from parallax.analyze.office_holders import _NAME
from parallax.analyze.party_after_name import _ACRONYM_AFTER, acronym_after_name

_LONG = 120_000  # characters: a quadratic scan reads about 7e9 of them, a linear one 1e5


def test_the_last_two_names_of_a_run_are_found_as_before() -> None:
    """The name after an office ("Minister of Water Affairs Petra Valdemar"): the last two capitalised words."""
    found = [
        (m.group("name"), m.start("name"))
        for m in map(_NAME.search, ["Water Affairs Petra Valdemar", "Roads McKellan Orrin", "aLpha Beta"])
    ]
    assert found == [("Petra Valdemar", 14), ("McKellan Orrin", 6), ("Lpha Beta", 1)]
    assert _NAME.search("Water Affairs Petra valdemar") is None and _NAME.search("Petra-Valdemar") is None


@pytest.mark.timeout(60)
def test_a_long_run_of_capitals_is_read_once() -> None:
    assert _NAME.search("Ё" * _LONG + "!") is None and _NAME.search("Z" * _LONG + "!") is None


def test_the_acronym_after_a_name_is_found_as_before() -> None:
    """The acronym after "Markus Feld von der CDU": starts where the name ends, at the first space before the particle."""
    assert acronym_after_name("Markus Feld von der CDU") == (11, 20)
    assert acronym_after_name("Markus Feld   de  PSC") == (11, 18)
    assert acronym_after_name("Feld von der CDU") == (4, 13) and acronym_after_name(" von der CDU") is None


@pytest.mark.timeout(60)
def test_a_long_run_of_spaces_is_read_once() -> None:
    assert _ACRONYM_AFTER.search(" " * _LONG) is None and _ACRONYM_AFTER.search(" " * _LONG + "!") is None
