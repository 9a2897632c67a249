"""Where a raw text gives its event's time: the lead, not the background below it; and a month's abbreviation before
its day ends no sentence.

Story grouping's time signal (:func:`.article_text.time_marks`) read every year in the first 3,000 characters of a
raw text, so the background far below the lead ("the club fired its last coach in 2005", "a ferry sank here in 1998")
fired as years of the event, and two reports of one event agreed or disagreed by their history.  A report gives the
event's time where it gives the event: in its title, its dated dateline ("KELBY, Dec. 16, 2008 (Wire) -", or the
dateline and date ingest set apart) and its opening sentences; the years are read there (:data:`EVENT_LEAD_CHARS`
of the lead, :func:`.article_text.lead_parts`).  ECB+ dev, mean F1 of five stream orders (ecb58): the first 3,000
characters 0.9436; a lead of 500 characters 0.9446, 700 0.9459, 1,000 0.9480, 1,500 0.9451 (the first order 0.9473
at each but 500).  Reading a date written with its month's word as a day too ("December 16, 2008": "2008-12-16", as
the analysed path reads it) lowered every one of them (0.9424 over 3,000 characters, 0.9452 over 1,000): reports of one
event printed on two days then disagree on the day, and the fitted time weight was fitted on years; not kept.

The light sentence split of a raw text (:func:`.article_text.sentences_of`, the sentences of the lead, the title of a
report without one, the sentences names are read from) ended a sentence after a month's abbreviation before its day
("On Nov." | "3, the company said", "le 3 janv." | "2027 à ..."): :func:`abbreviated_month_stop`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.letters import fold

EVENT_LEAD_CHARS = 1000  # title, dateline and the opening sentences: where a report gives its event's time

_WORD_BEFORE_STOP = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,5})\.\Z")


@lru_cache(maxsize=64)
def _abbreviations(language: str) -> frozenset[str]:
    """``language``'s month abbreviations that are no month's whole name ("nov", "sept", "janv"; not "may", "juin"),
    folded: the time lexicon's (:func:`parallax.analyze.timelex.month_words`); empty without a lexicon."""
    from parallax.analyze.timelex import LEXICONS, month_words  # lazily: the lexicons compile their rules on import

    lexicon = LEXICONS.get(language)
    if lexicon is None:
        return frozenset()
    whole = {fold(name) for name in lexicon.months if not _cut(name, lexicon.months)}
    return frozenset(w for w in map(fold, month_words(language)) if w not in whole)


def _cut(name: str, months: dict[str, int]) -> bool:
    """Whether ``name`` is a lexicon's abbreviation of a longer month name ("Sept" of "September")."""
    return any(len(other) > len(name) and fold(other).startswith(fold(name)) for other in months)


def abbreviated_month_stop(piece: str, language: str) -> bool:
    """Whether ``piece`` ends on the full stop of a month's abbreviation ("on Nov.", "le 3 janv."): before a day or a
    year ("3, the company said", "2027 à Vésinelle") that stop ends no sentence."""
    m = _WORD_BEFORE_STOP.search(piece.rstrip())
    return m is not None and fold(m.group(1)) in _abbreviations(language)
