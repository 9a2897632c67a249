"""The day a source spoke, as against the day of the event it spoke of.

"At least four people have died, authorities said Tuesday evening" / "five people have died, the sheriff
said Wednesday morning": each date is when the report's source spoke, and a report written a day later
quotes a later statement, so the two days are no disagreement about the event.  A date right after a
word of attribution ("said", "told", "according to"; :data:`parallax.analyze.quotes.cue_lexicon.LEXICAL_CUES`
in each language), perhaps after one short word ("said on Monday", "sagte am Montag"), or after the
release of the figures a clause cites ("according to official results published on Monday"), is such a
day.  Between two reports published on one day a statement's day is still compared (there it can only
be one statement, dated two ways); a release's never is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.records import Article, TimeExpression

_RELEASED = r"according\s+to\s[^,.;]{0,50}?\b(?:published|released|issued|announced)\s+(?:on\s+)?"


_RELEASE = re.compile(_RELEASED + r"\Z", re.I)


@lru_cache(maxsize=64)
def _before_statement_time(language: str | None) -> re.Pattern[str] | None:
    from parallax.analyze.quotes.cue_lexicon import LEXICAL_CUES

    cues = LEXICAL_CUES.get((language or "en").split("-")[0].lower())
    return re.compile(rf"(?<!\w)(?:{cues})\s+(?:\w{{1,3}}\s+)?\Z", re.I) if cues else None


def statement_time(art: Article, t: TimeExpression, same_day: bool) -> bool:
    """Whether the time expression ``t`` dates a source's statement or a release, not the event, where it
    is not to be compared: a release's day never is, a statement's only between reports of different days
    (``same_day`` false)."""
    lo = max(0, t.start - 80)
    if (art.language or "en")[:2] == "en" and _RELEASE.search(art.text, lo, t.start):
        return True
    pattern = _before_statement_time(art.language)
    return not same_day and bool(pattern and pattern.search(art.text, lo, t.start))


def one_day(a: Article, b: Article) -> bool:
    """Whether two reports were published on one (local) day; unknown counts as one."""
    return not (a.published and b.published) or a.published[:10] == b.published[:10]
