"""Weekdays and months of every language the time analysis reads are no names.

Story grouping reads a capitalised word inside a sentence of a raw article as a name, and skipped only the weekdays
and months of English, German and French (:data:`parallax.stories.features.CALENDAR_WORDS`).  Indonesian and Malay
capitalise theirs ("pada Selasa", "hari Khamis", "Februari lalu"), so two reports of two events on the same weekday
shared a "name" (stories50: two factory fires on one Tuesday, "selasa").  A day or a month is when, not who or where,
and the time lexicons (:mod:`parallax.analyze.timelex`) already list each language's words: those of one word and of
four letters or more are left out of the names (a three-letter abbreviation, Turkish "Ara", may be a name).
"""

from __future__ import annotations

from functools import lru_cache

from parallax.letters import fold


@lru_cache(maxsize=64)
def calendar_words(language: str) -> frozenset[str]:
    """``language``'s weekday and month words of one word and four letters or more, folded; empty without a lexicon."""
    from parallax.analyze.timelex import LEXICONS, month_words  # lazily: the lexicons compile their rules on import

    lexicon = LEXICONS.get(language)
    if lexicon is None:
        return frozenset()
    words = {fold(w) for w in (*lexicon.weekdays, *month_words(language))}
    return frozenset(w for w in words if len(w) >= 4 and " " not in w)
