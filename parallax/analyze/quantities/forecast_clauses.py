"""A figure followed by the subject of a relative clause with no "that": "short of the 42.1 billion analysts had
expected", "above the 3.2% economists forecast".

English leaves out the relative pronoun when the figure is the clause's object ("the 42.1 billion [that]
analysts had expected"), so the noun right after the figure is who expected it, not what it counts.  The clause
is known by its verb of expecting with its object gone: the verb ends the clause or a phrase of its own
follows ("in a Reuters poll", "on average").  A count that is the verb's subject keeps its object or its "to"
("500 workers expected to lose their jobs", "300 analysts expected a cut").
"""

from __future__ import annotations

import re

_CLAUSE = re.compile(
    r"[ \u00a0]+[^\W\d_]+(?:[ \u00a0]+(?:had|have|has|were|are|had[ \u00a0]+been|have[ \u00a0]+been))?"
    r"[ \u00a0]+(?:expected|forecast|forecasted|predicted|estimated|anticipated|projected|pencil?led[ \u00a0]+in|expecting|forecasting)"
    # the object is gone: the clause ends, or a phrase of its own follows
    r"(?=[ \u00a0]*(?:[,.;:)\]—–!?]|$)|[ \u00a0]+(?:in|for|on|by|at|before|after|ahead|according|polled|surveyed)(?!\w))",
    re.I,
)


def forecasters_after(text: str, end: int, lang: str | None) -> bool:
    """Whether the word after the figure ending at ``end`` is the subject of an English relative clause of
    expecting whose object is the figure ("the 42.1 billion analysts had expected"): then it counts nothing."""
    return (lang or "en").startswith("en") and bool(_CLAUSE.match(text, end))
