"""A month's abbreviation before its day ends no sentence of a raw text: "On Nov." | "3, the company said".

The light sentence split of a raw text (:func:`.article_text.sentences_of`: the sentences of the lead, the title of a
report without one, the sentences names are read from) cut after every full stop before a capital or a figure, so
"On Nov. 3, the company said ..." gave a sentence "On Nov." (its "Nov" then read as a name, no day after it in its
sentence, :mod:`.date_words`) and one opening on "3,".  The abbreviations are the time lexicon's
(:func:`parallax.analyze.timelex.month_words`) that are no month's whole name ("nov", "sept", "janv"; not "may", "mars").

Tried with it and not kept (ecb58): reading a raw text's years from its lead only (title, dateline and the first
1,000 characters, not the first 3,000) raised ECB+ dev's mean of five orders from 0.9436 to 0.9480 (500 characters
0.9446, 700 0.9459, 1,500 0.9451) but lowered NewsWCL50 dev from 1.000 to 0.967 (its long reports name the event's
year below their first 1,000 characters); reading a date written with its month's word as a day ("December 16, 2008":
"2008-12-16") lowered ECB+ dev at every lead length (0.9424 over 3,000 characters): reports of one event printed on
two days then disagree on the day.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.letters import fold

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


_ORDINAL_DAY_STOP = re.compile(r"(?<![\w.])\d{1,2}\.\Z")
# the languages that write a day as an ordinal with a full stop before its month ("am 3. November", "3. listopadu",
# "3. marraskuuta"); elsewhere a figure's stop before a month's name ends a sentence ("Sales fell by 12. March was …")
_ORDINAL_DOT_LANGUAGES = frozenset("de da no nb nn is cs sk pl sl hr sr sh bs fi et lv".split())
_FIRST_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=64)
def _month_words(language: str) -> frozenset[str]:
    """``language``'s month names and abbreviations, folded; empty without a time lexicon."""
    from parallax.analyze.timelex import LEXICONS, month_words

    return frozenset(map(fold, month_words(language))) if language in LEXICONS else frozenset()


def ordinal_day_stop(piece: str, following: str, language: str) -> bool:
    """Whether ``piece`` ends on the full stop of a day's ordinal before the month that ``following`` opens with:
    German, Czech, Polish, Danish and their neighbours write "am 3. Nov.", "am 3. November", "3. listopadu", and
    that stop ends no sentence (the light split cut "Die Wahl findet am 3." | "Nov. statt.")."""
    if language not in _ORDINAL_DOT_LANGUAGES or not _ORDINAL_DAY_STOP.search(piece.rstrip()):
        return False
    word = _FIRST_WORD.match(following)
    return word is not None and fold(word.group()) in _month_words(language)
