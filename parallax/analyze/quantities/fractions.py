"""A fraction of a count: "a third of the 900 workers were laid off" counts 300 workers.

The figure after "a third of the" is the whole the fraction is taken from; what the sentence says
happened, it mostly says of the fraction.  Read as 900 alone, it would conflict with another outlet's
"300 workers were laid off"; so the fraction is a count of its own (300, under the whole's noun, with
the words of the fraction in its text, so "about a third of the 900" is hedged by "about"), beside
the whole (900), which stays: "half of the 12 victims were children" and "six of the 12 victims" both
speak of twelve.  Compare sets the fraction against another outlet's part ("half of the 900": 450),
not against the whole (:data:`parallax.compare.numbers.PART`).  A fraction of a whole is exact only to
the unit: "a third of the 100 passengers" allows 33 and 34 (:func:`fraction_range`).  English only; a
half of a match ("in the second half the 10 men") is no fraction.
"""

from __future__ import annotations

import math
import re

_FRACTIONS = {
    "half": 1 / 2, "a half": 1 / 2, "one half": 1 / 2, "one-half": 1 / 2,
    "a third": 1 / 3, "one third": 1 / 3, "one-third": 1 / 3, "two thirds": 2 / 3, "two-thirds": 2 / 3,
    "a quarter": 1 / 4, "one quarter": 1 / 4, "one-quarter": 1 / 4, "three quarters": 3 / 4, "three-quarters": 3 / 4,
    "a fifth": 1 / 5, "one fifth": 1 / 5, "one-fifth": 1 / 5, "two fifths": 2 / 5, "two-fifths": 2 / 5,
    "three fifths": 3 / 5, "three-fifths": 3 / 5, "four fifths": 4 / 5, "four-fifths": 4 / 5,
    "a tenth": 1 / 10, "one tenth": 1 / 10, "one-tenth": 1 / 10,
}  # fmt: skip
_ALTERNATION = "|".join(re.escape(f).replace(r"\ ", r"[ \u00a0]") for f in sorted(_FRACTIONS, key=len, reverse=True))
# the fraction, "of" (which "half" may leave out: "half the 900 workers") and the determiner of the whole,
# right before its figure; the determiner is needed ("half of 2024" is no count of anything)
_DETERMINERS = "the|its|their|those|these|his|her|our"
_FRACTION_OF = re.compile(
    rf"(?<![\w-])(?:(?P<frac>{_ALTERNATION})[ \u00a0]{{1,3}}of|(?P<half>half))[ \u00a0]{{1,3}}(?:{_DETERMINERS})[ \u00a0]{{1,3}}\Z", re.I
)
_HALF_OF_A_MATCH = re.compile(r"(?<!\w)(?:first|second|other|opening|closing|final|last|next)[ \u00a0]{1,3}\Z", re.I)
_FRACTION_TEXT = re.compile(rf"(?P<frac>{_ALTERNATION})[ \u00a0]", re.I)
# the same words opening a quantity's text, up to the whole's figure
_FRACTION_LEAD = re.compile(rf"(?:(?:{_ALTERNATION})[ \u00a0]{{1,3}}of|half)[ \u00a0]{{1,3}}(?:{_DETERMINERS})[ \u00a0]{{1,3}}", re.I)


def fraction_before(text: str, start: int, language: str | None) -> tuple[int, float] | None:
    """Where a fraction of the count at ``start`` begins and its share ("a third of the 900" at 900:
    the offset of "a", 1/3), or None."""
    if (language or "en")[:2] != "en":
        return None
    if not (m := _FRACTION_OF.search(text, max(0, start - 40), start)):
        return None
    if m.group("half") and _HALF_OF_A_MATCH.search(text, max(0, m.start() - 12), m.start()):
        return None  # "in the second half the 10 men held on": a half of a match
    frac = m.group("frac") or m.group("half")
    return m.start(), _FRACTIONS[" ".join(frac.lower().split())]


def fraction_range(number: str, value: float) -> tuple[float, float] | None:
    """What a fraction of a whole allows when it is no whole number: the whole numbers on either side
    ("a third of the 100", 33.3, allows 33 and 34); None for another number or a whole one."""
    if not _FRACTION_TEXT.match(number) or value == int(value):
        return None
    return float(math.floor(value)), float(math.ceil(value))


def whole_offset(number: str) -> int:
    """Where the whole's figure starts in a quantity's text ("a third of the 900": 15), 0 where no
    fraction opens it: the noun the parse gives the count is the figure's."""
    m = _FRACTION_LEAD.match(number)
    return m.end() if m else 0
