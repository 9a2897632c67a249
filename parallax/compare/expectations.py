"""A figure analysts expected is no figure of the event: "Analisten hadden gerekend op een winst van 380 miljoen euro".

A results story gives what the firm reported and what the market had looked for, often in the next sentence:
"Philips heeft een nettowinst van 421 miljoen euro gerapporteerd. Analisten hadden gerekend op een winst van ongeveer
380 miljoen euro."  Aligned with another outlet's "een nettowinst van 412 miljoen euro", the 380 read as its profit told
otherwise, a conflict no report holds.  A figure is such an expectation where its clause, before it, names the ones who
forecast (analysts, economists, the consensus) and a verb or noun of expecting ("expected", "forecast", "erwartet",
"gerekend op", "verwachtten", "attendaient", "esperaban", "si aspettavano", "esperavam"; in German and Dutch also
closing the clause after the figure, "Analysten hatten mit 380 Millionen Euro gerechnet"); it is then met only by another
outlet's expectation (:func:`parallax.compare.totals.apart`).  A clause that turns, "Analysts expected a loss, but profit
rose to 412 million", ends the expectation at its "but".
"""

from __future__ import annotations

import re

EXPECTED = "expected"

# the forecasters (en, de, nl, fr, es, it, pt)
_WHO = re.compile(
    r"(?<!\w)(?:analysts?['’]?|economists?['’]?|consensus|analyst(?:en|innen)|ökonomen|volkswirte|analisten|economen"
    r"|analystes|économistes|analistas|economistas|analisti|economisti|marktkenners)(?!\w)",
    re.I,
)
# expecting, as a verb or a noun
_EXPECT = re.compile(
    r"(?<!\w)(?:expect\w*|forecast\w*|predict\w*|projected|erwart\w*|prognos\w*|gerechnet|gerekend|rekenden"
    r"|verwacht\w*|attend(?:ai(?:en)?t|aient|u(?:e|s|es)?)|prévoy\w*|prévu\w*|esperab\w*|preve[ií]\w*|previs\w*"
    r"|pronostic\w*|aspettav\w*|attendev\w*|esperav\w*|projeç\w*)(?!\w)",
    re.I,
)
# where a clause ends or turns (a stop or comma before a space: "22,9" and "1.200" end nothing)
_TURN = re.compile(r"[.;:!?](?=\s|\Z)|(?<!\w)(?:but|aber|doch|jedoch|maar|mais|pero|sin embargo|ma|mas|while|während|terwijl)(?!\w)", re.I)
_REACH = 120  # characters before the figure read


def expected(text: str, s_start: int, start: int) -> bool:
    """Whether the figure at ``start`` (its sentence opening at ``s_start``) is what forecasters expected."""
    lo = max(s_start, start - _REACH)
    turns = list(_TURN.finditer(text, lo, start))
    if turns:
        lo = turns[-1].end()
    if not _WHO.search(text, lo, start):
        return False
    # the verb before the figure, or closing its clause after it, as German and Dutch put it ("Analysten hatten mit 380
    # Millionen Euro gerechnet"; not past a comma: "…, mehr als erwartet" weighs the figure, it expected none)
    stop = _CLAUSE_AFTER.search(text, start)
    return bool(_EXPECT.search(text, lo, start) or _EXPECT.search(text, start, stop.start() if stop else len(text)))


_CLAUSE_AFTER = re.compile(r"[,.;:!?](?=\s|\Z)|\n|(?<!\w)(?:but|aber|doch|jedoch|maar|mais|pero|ma|mas|while|während|terwijl)(?!\w)", re.I)
