"""A span's end comes after its start: "until Sunday" after a day the state began is the Sunday after that day.

"The bridge was shut on Tuesday after the crash and stayed closed until Sunday", out on a Thursday: the past
tense sent the bare weekday back to the Sunday before publication, two days before the closure it ends began,
and another outlet's "the bridge will reopen on Sunday" met it with a date conflict.  A bare weekday after
"until", "through", "bis", "hasta" ... ends a span; when the paragraph named a day before it (or the paragraph
before handed one on, "The crash happened on Tuesday. ¶ The road was closed until Sunday") that falls after the
weekday's past reading, that span cannot end before it started: the weekday is the first such day after the
day named, as a list of days runs forward from its first member (``_coordinated_days``).  With no such day the
tense rule stands ("The museum was closed until Tuesday" is last Tuesday).  A day in a past-perfect clause is
background ("It had been closed until Tuesday"), and a tally's "until" counts back ("Until Sunday, twelve
people had died"): neither moves.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from parallax.analyze.timelex import Lexicon
from parallax.analyze.times.background_days import in_background
from parallax.analyze.times.cues import _UNTIL

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:T|$)")
_REACH = 250  # how far back in the paragraph the day a span starts on may stand (a sentence or two)


def ends_after_start(
    lex: Lexicon, text: str, out: list[tuple[int, int, str | None, str]], bare: set[int], carried: date | None, ref: date | None
) -> None:
    """Move, in place, each bare weekday after "until" in ``out`` that falls before the day named before it
    (in this paragraph, else ``carried``) to the first such weekday after that day (see the module)."""
    for i, (s, e, v, g) in enumerate(out):
        if s not in bare or not v or not _DAY.match(v) or not _UNTIL.search(text, max(0, s - 30), s):
            continue
        day = date.fromisoformat(v[:10])
        if ref is None or day >= ref or in_background(lex, text, s, e):
            continue
        before = [
            date.fromisoformat(v0[:10])
            for s0, e0, v0, _ in out[:i]
            if v0 and _DAY.match(v0) and s - s0 <= _REACH and not in_background(lex, text, s0, e0)
        ]
        start = before[-1] if before else carried
        if start is None or start <= day or start > ref:
            continue
        moved = start + timedelta(days=(day.weekday() - start.weekday()) % 7 or 7)
        out[i] = (s, e, moved.isoformat() + v[10:], g)
