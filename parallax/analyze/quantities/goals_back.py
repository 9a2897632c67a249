"""A goal a side "pulled back": the one of "Dzeko pulled one back" is a goal, not a count of people.

Match reports write a goal that narrows a lead as "pulled one back", "got one back", "clawed one back", "pegged one
back": the "one" stands for a goal, and read with no noun it was a bare count of one, which the comparison of counts
may set against another report's one person ("one person was hurt in the crowd").  "one" (or "a goal") between such a
verb and "back" counts a goal.  English only: other languages name the goal ("réduit le score", "verkürzte").
"""

from __future__ import annotations

import re

GOAL = "goal"
_VERB_BEFORE = re.compile(r"(?<![\w-])(?:pull|pulls|pulled|pulling|got|gets|get|getting|claw|claws|clawed|clawing|peg|pegs|pegged|pegging)\s+\Z", re.I)
_BACK_AFTER = re.compile(r"\s*back(?!\w)", re.I)


def goal_back(text: str, start: int, end: int, number: str) -> bool:
    """Whether ``number`` ("one") between ``start`` and ``end`` is the goal of "pulled one back" (see the module)."""
    return number.lower() == "one" and bool(_VERB_BEFORE.search(text, max(0, start - 12), start)) and bool(_BACK_AFTER.match(text, end))
