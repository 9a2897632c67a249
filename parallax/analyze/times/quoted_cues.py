"""A tense cue inside a quotation is the quotation's tense, not that of a date written outside it.

"김 장관은 18일 "최선을 다하겠다"고 말했다" (the minister said on the 18th: "we will do our best"): the future "겠" of
the quotation stood nearer to "18일" than the past "말했다" of the verb that reports it, so the day the minister spoke
was read as the 18th ahead.  A language that puts the verb last always writes the quotation between the date and the
verb of saying (Korean, Japanese, Turkish), and any language may ("said on Tuesday: “we will …”" has its own past
nearer).  A cue inside a quotation the date is not in counts only when no cue outside one is found (it is set as far
as a cue past a clause break); a date inside a quotation reads its own quotation first (``cues._inside_quotation``).
"""

from __future__ import annotations

import re

# the marks that open and close a quotation in every convention (as ``cues._QUOTE_MARKS``): paired by their order
_MARKS = re.compile(r"[\"“”„«»「」『』]")


def quoted_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans inside quotation marks in ``text[lo:hi]``, the marks paired in their order."""
    marks = [m.start() for m in _MARKS.finditer(text, lo, hi)]
    return [(marks[i] + 1, marks[i + 1]) for i in range(0, len(marks) - 1, 2)]


def in_other_quotation(spans: list[tuple[int, int]], cs: int, ce: int, s: int, e: int) -> bool:
    """Whether the cue ``[cs, ce)`` stands inside a quotation of ``spans`` that the expression ``[s, e)`` is not in."""
    return any(a <= cs and ce <= b and not (a <= s and e <= b) for a, b in spans)
