"""Session 55 (issue 7): scripts/stories_lone_reports.py places a report left alone only where its likeliest story
is likely enough and far likelier than the next (invented report and story ids)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from stories_lone_reports import placed  # noqa: E402


def test_a_report_far_likelier_in_one_story_is_placed_there() -> None:
    scores = {"column": [(0.06, "s-climb"), (0.004, "s-ferry")], "brief": [(0.08, "s-fire")]}
    assert placed(scores, 0.03, 10.0) == {"column": "s-climb", "brief": "s-fire"}


def test_a_report_as_likely_in_two_stories_or_under_the_floor_stays_alone() -> None:
    scores = {"column": [(0.06, "s-climb"), (0.02, "s-ferry")], "note": [(0.02, "s-fire"), (0.0001, "s-climb")], "none": []}
    assert placed(scores, 0.03, 10.0) == {}
    assert placed(scores, 0.01, 3.0) == {"column": "s-climb", "note": "s-fire"}
