"""The live blog's house line: the outlet pointing its reader to its running coverage.

"Follow our live coverage below.", "Read our live updates here", "Live updates below.": a live page prints
such a line above its entries, and a wire story reprinted on a live page keeps it.  It names nothing that
happened, yet it has no network's name or "us" that :data:`parallax.ingest.boilerplate._CTA` looks for,
so it was kept as a fact.  Told by an imperative of following (or the bare label) and the outlet's live
coverage, in a short line; a report's own sentence about someone's live broadcast opens with its subject
("The BBC's live coverage drew ..."), not with the verb.
"""

from __future__ import annotations

import re

# the imperative, then (within a few words) live coverage, blog, updates, page or feed; or the label with a
# pointer ("Live updates below"); bounded runs only, anchored at the line's start (linear)
_LIVE_POINTER = re.compile(
    r"^[\W_]{0,3}(?:(?:follow|read|watch|see|get|stay with|keep up with|join|catch up (?:on|with))\b[^.!?\n]{0,40}?\blive[ -]?"
    r"(?:coverage|blog|updates?|reporting|page|feed|text|stream)\b|(?:our |the )?(?:latest |live )(?:coverage|updates?|blog)"
    r" (?:below|above|here)\b)",
    re.I,
)
_MAX_POINTER_WORDS = 16


def live_pointer(paragraph: str) -> bool:
    """Whether ``paragraph`` is the live page's pointer to its coverage (short, and opened as one)."""
    return len(paragraph.split()) <= _MAX_POINTER_WORDS and _LIVE_POINTER.match(paragraph.strip()) is not None
