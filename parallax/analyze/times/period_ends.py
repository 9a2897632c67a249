"""The day that closes a period of accounts, "the year to 31 March", "the six months ended 30 September".

A day written without its year before a "to" reads as a plan's target ("postponed to February 3"), so the tense of its
sentence does not place it, and far from the publication it went to the nearest year, the one ahead: "Pre-tax
profit fell in the year to 31 March", out in November, was read as next March, while "the year to March 31" in a
sentence with a regular "-ed" verb was last March's, a false date conflict between two outlets' results stories.
A period that closes on that day and whose sentence is surely past ("fell", "was", "had") closed before the
report: the latest such day.  Read by :meth:`.context.Context._year_for`.
"""

from __future__ import annotations

import re

# a period of accounts and the word that closes it, right before the day
_CLOSES = re.compile(
    r"(?<!\w)(?:year|months|quarter|weeks|half|half-year|period)\s+(?:that\s+)?(?:ended|to|through)\s+(?:the\s+)?\Z", re.I
)


def closes_a_period(text: str, start: int) -> bool:
    """Whether the day at ``text[start:]`` closes a period named right before it ("the year to 31 March")."""
    return bool(_CLOSES.search(text, max(0, start - 40), start))
