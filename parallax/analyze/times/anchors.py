"""Which day an expression named relative to another hangs on: the day word before a bare clock time, the day
"the night before" or "the next day" counts from, the night "overnight" names.

Split from :mod:`.context` (session 47), which had grown past its size: these four questions read the days the
text named (:attr:`Context.named_days`) and the day words of the paragraph, and nothing else of the context but the
publication date, its time of day and the tense; :class:`.context.Context` inherits them, so every handler asks
them as before.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from parallax.analyze.times.background_days import in_background
from parallax.analyze.times.cues import _day_words

if TYPE_CHECKING:
    from parallax.analyze.timelex import Lexicon

# where the night starts: a report out after it was written that night (see AnchorQuestions._night_of)
_NIGHT_START = (20, 0)


class AnchorQuestions:
    """The anchor questions of :class:`.context.Context` (see the module); the attributes and the tense and
    weekday methods they use are the context's."""

    lex: Lexicon
    ref: date | None
    pub_clock: tuple[int, int] | None
    pub_zoned: bool
    named_days: list[date]

    def _day_of_sentence(self, text: str, pos: int, at: tuple[int, int] | None = None) -> date | None:
        """The day a bare clock time (at ``at``) belongs to: the last day word before it in its
        paragraph, at most 250 characters back ("Police yesterday cleared the camp in an operation that
        started shortly after 5am", "В понеделник сутринта около 11:15 ч."), else None.  For a clock time
        (``at`` given) a day in a past-perfect clause is background and passes (:mod:`.background_days`)."""
        assert self.ref is not None
        lo = max(0, pos - 250, text.rfind("\n", 0, pos) + 1)  # its paragraph, a sentence or two back
        words = _day_words(self.lex).finditer(text, lo, pos)
        if at is not None:
            words = (w for w in words if not in_background(self.lex, text, w.start(), w.end()))  # type: ignore[assignment]
        day = max(words, key=lambda x: x.start(), default=None)
        if day is None:
            return None
        word = day.group().lower()
        if any(word == k.lower() for k in self.lex.relative_days):
            return self.ref + timedelta(days=self.lex.lookup("relative_days", word))
        if any(word == k.lower() for k in self.lex.day_with_part):
            return self.ref + timedelta(days=self._day_with_part(word)[0])
        return self._weekday_date(self.lex.lookup("weekdays", word), "", day, text)

    def _anchor(self, text: str, pos: int) -> date | None:
        """The day an expression named relative to another one hangs on: the last day word before
        it (see :meth:`_day_of_sentence`), else the last day an earlier paragraph named, however
        many paragraphs back ("desbordó el martes ... [two paragraphs] ... la noche anterior")."""
        day = self._day_of_sentence(text, pos) if self.ref else None
        if day is not None:
            return day
        return self._pick_anchor(self.named_days, text, pos)

    def _pick_anchor(self, days: list[date], text: str, pos: int) -> date | None:
        """The last of ``days`` (named before ``pos``, in order), but in a past-tense sentence the last one
        not after publication: "a smell of gas on the previous evening is among the issues examined" hangs
        on the blast of 4 March, not on the council's vote "on Friday" named after it."""
        if not days:
            return None
        if self.ref and days[-1] > self.ref and self._tense(text, pos, pos) == "past":
            return next((d for d in reversed(days) if d <= self.ref), days[-1])
        return days[-1]

    def _night_of(self, day: date | None, text: str, s: int, e: int) -> date | None:
        """The day whose night "overnight" names: the day named before it (``day``); in a sentence about
        the future, tonight or a later night; else a night already over, the one before publication
        when the day named is the publication day or later, unless the report came out that night ("ferries
        were suspended overnight" in a report out at 23:55 on the day of the quake is that night)."""
        if self.ref is None:
            return None
        if self._tense(text, s, e) == "future":
            return max(day or self.ref, self.ref)
        if day is not None and day < self.ref:
            return day
        written_that_night = self.pub_zoned and self.pub_clock is not None and self.pub_clock >= _NIGHT_START
        return self.ref if written_that_night else self.ref - timedelta(days=1)
