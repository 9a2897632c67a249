"""The sentence around a figure, cut from the article's raw text.

Some readings of a count look at its whole sentence, not its clause: staff its sentence sends somewhere
(:mod:`.sent_staff`), the workforce of a site its sentence closes (:mod:`.closing_workforce`).  Both are asked
with the article text and the :class:`~parallax.records.Quantity`, so they cut the sentence themselves; they
share this one cut so that a sentence ends in one place for both (a full stop, "!", "?" or "。" before a space
or the end of the text), each within its own reach of the figure.
"""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?。](?=\s|\Z)")


def sentence_around(text: str, start: int, end: int, reach: int) -> tuple[str, str]:
    """The sentence's text before ``start`` and after ``end`` (the figure's span), each at most ``reach``
    characters long: from the last sentence end before the figure to the first one after it."""
    lo = max(0, start - reach)
    cut, m = lo, _SENTENCE_END.search(text, lo)
    while m is not None and m.end() <= start:  # the last end before the figure (read on the whole text: a stop
        cut, m = m.end(), _SENTENCE_END.search(text, m.end())  # right before the figure ends nothing)
    before = text[cut:start]
    hi = min(len(text), end + reach)
    m = _SENTENCE_END.search(text, end)
    return before, text[end : min(m.start(), hi) if m else hi]
