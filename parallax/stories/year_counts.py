"""Four-digit counts that are no years: "2000 troops", "1900 vehicles", "1,800 homes".

Story grouping reads a bare number from 1800 to 2099 as a year (a time mark two reports of one event share, and no
figure), so "The army sent 2000 troops" gave a raw article the year 2000 and lost the figure 2000 that another
report of the event gives too; "1,800 homes", written with a thousands separator, was dropped from the figures as
the year 1800 (stories48).  Here such a number is a count when it is written with a separator, or when a lower-case
word in a plural form of the article's language comes right after it ("troops", "soldats", "soldati"; English,
French, Spanish, Portuguese, Catalan, Italian and Dutch, by their plural endings) and neither a short stop word (an
article or a preposition: "the 2019 elections", "in 2019 floods"), a capitalised word ("April 2007 shootings") nor a
dash ("2009-2010 seasons") right before it.  An attributive year before a noun in the singular ("the 2013 stint",
"an April 2007 shooting", ECB+ dev) stays a year; a count after "of" or "and" stays a year too (missed, never
invented).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from parallax.letters import fold

_YEAR_SHAPED = re.compile(r"(?<![\d.,])(?:1[.,\u00a0 ]?[89]|2[.,\u00a0 ]?0)\d\d(?![\d]|[.,]\d)")
_AFTER = re.compile(r"[ \u00a0]([^\W\d_]{3,})")
_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0]\Z")
SHORT_STOP = 3  # letters of a stop word before the number that make it a year ("the", "in", "en", "im", "w")
# plural endings of a counted noun, per language (a noun in the singular after a year-shaped number is an
# attributive year's: "the 2013 stint")
PLURAL = {"en": ("s",), "fr": ("s", "x"), "es": ("s",), "pt": ("s",), "ca": ("s",), "it": ("i", "e"), "nl": ("en", "s")}


def counts(text: str, stops: Collection[str], language: str = "en") -> frozenset[str]:
    """The year-shaped numbers of ``text`` ("2000", "1,800") that count something, as four digits."""
    plural = PLURAL.get(language, ())
    out = set()
    for m in _YEAR_SHAPED.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if len(m.group()) > 4:  # "1,800", "1 800": a year is written bare
            out.add(digits)
            continue
        after = _AFTER.match(text, m.end())
        if after is None or not after.group(1).islower() or fold(after.group(1)) in stops or not after.group(1).endswith(plural or "\0"):
            continue
        if m.start() > 0 and text[m.start() - 1] in "-–/":
            continue
        before = _BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before is not None and (not before.group(1).islower() or len(before.group(1)) <= SHORT_STOP and fold(before.group(1)) in stops):
            continue
        out.add(digits)
    return frozenset(out)
