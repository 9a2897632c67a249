"""A sentence whose figures are all forecast tells no fact of the sentences whose figures are all stated as they are.

"The central bank expected the key rate to rise to 5.5% by the end of the year" and "The key rate is now 5.5%" read
alike (the rate, the bank, one figure), so alignment joined them as one shared fact, while one report tells what a
value is expected to become and the other what it is.  A figure is forecast where a word of expecting, projecting or
of what is to come stands before it in its clause: a verb of expecting whoever expects ("expected", "forecast",
"projected", "predicts"; :mod:`.expectations` reads the analysts' consensus, a figure's kind for the conflicts), or
the future ("will", "is set to", "is likely to", "is to").  Not "would", "could" or "may": "said it would raise its
key rate to 5.5%" reports the decision "raised its key rate to 5.5%" tells, and a possibility is no forecast.  A sentence is
forecast when all its figures are, stated when none is; one with both ("rose to 3.1% and is expected to reach
3.5%") or none stays open.  English only: the words of the other languages' future are left to their own readers.
"""

from __future__ import annotations

import re

from parallax.records import Article, Quantity, Sentence

_FORECAST = re.compile(
    r"(?<!\w)(?:expect(?:s|ed|ing)?|forecasts?|forecasted|forecasting|predict(?:s|ed|ing)?|projected|projects|projecting"
    r"|anticipat(?:es|ed|ing)|will|shall|'ll|’ll|(?:is|are|was|were)\s+(?:due\s+|set\s+|likely\s+|poised\s+)?to)(?!\w)"
)
# where a clause ends or turns before the figure (a comma before a space: "5,000" ends nothing)
_TURN = re.compile(r"[,.;:!?](?=\s)|(?<!\w)(?:but|while|whereas|although|and)(?!\w)")


def forecast_figure(text: str, s_start: int, q: Quantity) -> bool:
    """Whether the figure ``q`` (its sentence opening at ``s_start``) is forecast: a word of expecting or of what is to
    come before it in its clause (see the module)."""
    lo = s_start
    for turn in _TURN.finditer(text, s_start, q.start):
        lo = turn.end()
    return _FORECAST.search(text, lo, q.start) is not None


def sentence_forecast(art: Article, s: Sentence, figures: list[Quantity]) -> bool | None:
    """True where all the sentence's figures are forecast, False where none is, None with both or none at all."""
    if (art.language or "en")[:2] != "en" or not figures:
        return None
    read = {forecast_figure(art.text, s.start, q) for q in figures}
    return read.pop() if len(read) == 1 else None


def forecasts_apart(a: bool | None, b: bool | None) -> bool:
    """Whether two sentences' readings (:func:`sentence_forecast`) tell a forecast and a stated value."""
    return a is not None and b is not None and a != b
