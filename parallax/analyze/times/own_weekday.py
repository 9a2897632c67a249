"""The publication's own weekday in a sentence about the future: today, or a week ahead.

"Power will be restored on Friday" in a Friday paper is that Friday in English, whose wire style names the current
day by its weekday.  A press that calls the current day "today" ("σήμερα", as Swedish writes "i dag", see
:mod:`parallax.analyze.timelex.nordic`) means the next Friday: "τα δρομολόγια θα αποκατασταθούν την Παρασκευή",
out on a Friday, is a week ahead (:attr:`Lexicon.today_by_word`), and so is a clock time on it, whether or not it
has passed ("θα ανοίξει την Παρασκευή στις 21:00": the weekday and its time keep one day).  A weekday with "today"
or "this" just before it stays the day ("σήμερα Παρασκευή", "αυτή την Παρασκευή").

Slavic presses do both: the agencies' "Совет Федерации в пятницу рассмотрит" is that Friday's, while a paper that
writes "сьогодні" for the day itself means the next Friday by "відбудеться у п'ятницю".  There
(:attr:`Lexicon.today_by_article`) the article decides: one that calls the day by its word "today" anywhere, other
than as "today, Friday", is read as the Greek press is.
"""

from __future__ import annotations

import re
from typing import Protocol

from parallax.analyze.timelex import Lexicon
from parallax.analyze.times.cues import _cached


class _Published(Protocol):
    lex: Lexicon


def _today_word(lex: Lexicon) -> re.Pattern[str] | None:
    """ "today" not followed by a weekday ("сьогодні, у п'ятницю" names the day by both)."""
    words = [w for w, n in lex.relative_days.items() if n == 0]
    if not words or not lex.weekdays:
        return None
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    days = "|".join(re.escape(w) for w in sorted(lex.weekdays, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)(?![\s,]++(?:\w{{1,3}}\s++)?(?:{days})(?!\w))", re.I)


def today_named(lex: Lexicon, texts: list[str]) -> bool:
    """Whether the current day goes by the word "today" in this article: always in a press that writes it so
    (:attr:`Lexicon.today_by_word`), else where the article does (:attr:`Lexicon.today_by_article`)."""
    if lex.today_by_word or not lex.today_by_article:
        return lex.today_by_word
    today = _cached(lex, "today-word", lambda: _today_word(lex))
    return bool(today) and any(today.search(t) for t in texts)  # type: ignore[union-attr]


def _today_before(lex: Lexicon) -> re.Pattern[str] | None:
    """ "today" or "this" (and an article) right before a weekday, read up to it."""
    words = [w for w, n in lex.relative_days.items() if n == 0] + sorted(lex.this_words)
    if not words:
        return None
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alt})[\s,]++(?:\w{{1,4}}\s++)?\Z", re.I)


def own_weekday_ahead(ctx: _Published, mod: str, text: str, s: int) -> bool:
    """Whether a future sentence's weekday at ``text[s:]`` that is the publication's own weekday (with ``mod``, the
    word before it) is the one a week ahead."""
    if mod in ctx.lex.this_words or not getattr(ctx, "today_named", ctx.lex.today_by_word):
        return False
    today = _cached(ctx.lex, "today-before", lambda: _today_before(ctx.lex))
    return not (today and today.search(text, max(0, s - 30), s))  # type: ignore[union-attr]
