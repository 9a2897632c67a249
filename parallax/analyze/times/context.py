"""What a time expression is resolved against, and how its sentence places it.

Every handler needs the same few things: the publication date, what the text
named before (the last day of the previous paragraph, the fiscal quarter a
results story is about), and the words around the expression -- the tense of
its sentence, the day word before a bare clock time, the year a month written
without one falls in.  They live here, on :class:`Context`, so that the
handler modules (:mod:`.days`, :mod:`.periods`) share one answer to each of
those questions, and the calendar arithmetic more than one handler uses.  The
tense cues and the patterns a lexicon yields live in :mod:`.cues` (imported back
here, so that the old import paths hold).
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

from parallax.analyze.timelex import Lexicon
from parallax.analyze.times.anchors import _NIGHT_START, AnchorQuestions
from parallax.analyze.times.closing_days import after_a_close
from parallax.analyze.times.cues import (  # noqa: F401  (old import paths: these lived here)
    _AT_LEAST,
    _CLAUSE_BREAK,
    _DEFERRED,
    _FUTURE_WORDS,
    _PATTERN_CACHE,
    _PLAN_TARGET,
    _RIGHT_PENALTY,
    _SENTENCE_END,
    _TENSE_RIGHT,
    _UNTIL_WORDS,
    _cached,
    _cue_span,
    _cues,
    _day_words,
    _future_pattern,
    _names_a_day,
    _past_pattern,
    _sentence_bounds,
    count_words,
    deadline_moved,
    names_a_day,
    sentence_tense,
    until_near,
)
from parallax.analyze.times.declared_days import declared_day
from parallax.analyze.times.own_weekday import own_weekday_ahead
from parallax.analyze.times.period_ends import closes_a_period
from parallax.analyze.times.present_ahead import weekday_tense
from parallax.analyze.times.scheduled_present import scheduled_present
from parallax.analyze.times.scheduled_with import scheduled_with
from parallax.analyze.times.week_ago import week_ago_near

_NEAR_DAYS = 90  # a month (and day) without a year this close to publication is the nearest one
# where a part of the day starts: a bare part that starts after the publication time is the day before's in a past
# sentence ("The fire broke out in the evening" in a paper out at 07:00, see days.py)
_PART_START = {"MO": (5, 0), "AF": (12, 0), "EV": (17, 0), "NI": _NIGHT_START}
_BUDDHIST_ERA = 543  # years the Buddhist era runs ahead of the common one (2569 BE = 2026 CE)
_BUDDHIST_CENTURY = 2500  # a year of the Buddhist era written in two figures is of this century (2500 BE = 1957)
_BUDDHIST_FROM = 2400  # a year above this, in a language that counts from the Buddha, is of that era (2400 BE = 1857)


def _add_months(d: date, months: int) -> date:
    m = d.month - 1 + months
    y = d.year + m // 12
    m = m % 12 + 1
    return date(y, m, min(d.day, monthrange(y, m)[1]))


def _nearest_year(month: int, day: int | None, ref: date) -> int:
    best = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            d = date(y, month, day or 15)
        except ValueError:
            continue
        gap = abs((d - ref).days) + (0.5 if d > ref else 0)  # ties go to the past
        if best is None or gap < best[0]:
            best = (gap, y)
    return best[1] if best else ref.year


class Context(AnchorQuestions):
    """The state a resolver carries from one expression (and paragraph) to the next, and the
    questions about an expression's surroundings that handlers of every kind ask."""

    def __init__(self, lex: Lexicon, ref: date | None):
        self.lex = lex
        self.ref = ref
        self.pub_clock: tuple[int, int] | None = None  # the publication's local time of day, when given
        self.pub_zoned = False  # whether the publication time gave its offset (so that its clock is surely local)
        # the last fiscal quarter named (year, quarter, article offset): in a results story
        # "a year ago" is that quarter a year before ("1988-Q3"), not the year
        self.last_quarter: tuple[int, int, int] | None = None
        self.last_year: int | None = None  # the last year written in figures: "the following year" counts from it
        self.base = 0  # offset of the text being resolved in its article
        self.carry_day: date | None = None  # the last day the previous paragraph named
        self.carry_night = False  # ... named as its night ("overnight", "Wednesday night"): its small hours are the next day
        # every day earlier paragraphs named, in order: "la noche anterior" hangs on the last one
        self.named_days: list[date] = []
        self.fixtures = False  # whether the paragraph is under a sport box's "UP NEXT" (:mod:`.fixture_lines`)
        self.own_lexicon = True  # False: the text's language has no lexicon and the English one stands in
        # the last clock time read (its day, (hour, minute)), and the days a time "hours later" crossed from and
        # to, so that the early hours after it go on in the new day (see :mod:`.midnight`)
        self.last_clock: tuple[date, tuple[int, int]] | None = None
        self.crossed: tuple[date, date] | None = None

    def _tense(self, text: str, s: int, e: int) -> str | None:
        """'future' or 'past': the tense cue nearest to ``text[s:e]`` in its sentence, else None."""
        return sentence_tense(self.lex, text, s, e)

    def _year_for(self, month: int, day: int | None, text: str, m: re.Match, mod: str = "") -> int:
        """The year of a month (and day) written without one, as news uses them: "last April" is
        the latest April before this month; near the publication date the nearest one; farther
        away the tense of the sentence decides ("was held on Oct. 23" is the past one)."""
        ref = self.ref
        assert ref is not None
        if mod in self.lex.last_words:
            return ref.year if month < ref.month else ref.year - 1
        if mod in self.lex.next_words:
            return ref.year if month > ref.month else ref.year + 1
        if mod in self.lex.this_words:
            return ref.year
        key, now = (month, day or 0), (ref.month, ref.day if day else 0)
        if self._after_since(text, m.start("month") if "month" in m.groupdict() else m.start(), m.end()):
            return ref.year if key <= now else ref.year - 1
        if closes_a_period(text, m.start()) and self._surely_past(text, m.start(), m.end(), tally=True):
            return ref.year if key <= now else ref.year - 1  # "Profit fell in the year to 31 March" (:mod:`.period_ends`)
        near = _nearest_year(month, day, ref)
        if abs((date(near, month, min(day or 15, 28)) - ref).days) <= _NEAR_DAYS:
            if near > ref.year and self._surely_past(text, m.start(), m.end()):
                return ref.year if key <= now else ref.year - 1  # "was recorded on February 12", out in November
            return near  # close to the publication date: the nearest one, whatever the tense
        tense = self._tense(text, m.start(), m.end()) or ("past" if self._surely_past(text, m.start(), m.end()) else None)  # "cerró"
        if tense == "past":
            return ref.year if key <= now else ref.year - 1
        if tense == "future":
            return ref.year if key >= now else ref.year + 1
        return near

    def _surely_past(self, text: str, s: int, e: int, tally: bool = False) -> bool:
        """Whether the clause of ``text[s:e]`` puts it in the past beyond doubt: a verb form of the lexicon's
        ``sure_past`` in the clause ("The first case was recorded on February 12", "had already cut rates in
        February"), no word of the future in the sentence ("was expected to ..."), and the date no plan's target
        ("was postponed to February 3", "fue convocada para el 12 de febrero").  The plain past cues are not
        enough there: near the turn of the year the nearest month is right more often than the tense.  A date that
        opens its sentence in a phrase of its own ("On February 12, the first case was recorded.", "Am 12. Februar hatte
        ...") is read with the clause after its comma: that phrase has no verb, the clause it sets the day of does.
        ``tally``: the date follows an "until" that dates a count, so it may be a plan's target word and still be past."""
        if not self.lex.sure_past or not tally and _PLAN_TARGET.search(text, max(0, s - 30), s):
            return False
        lo, hi = _sentence_bounds(text, s, e)
        # (Dutch "en" is "and", but the "in" of Spanish and French: "cerró el mercado en febrero" is one clause)
        breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, lo, s) if b.group().strip() != "en" or getattr(self, "lang", "") == "nl"]
        after = _CLAUSE_BREAK.search(text, e, hi)
        end = after.start() if after else hi
        if after and not breaks and after.group() in ",،，" and len(text[lo:s].split()) <= 2 and not text[e:end].strip():
            following = _CLAUSE_BREAK.search(text, after.end(), hi)  # "On February 12, | the first case was recorded."
            end = following.start() if following else hi
        past = _cached(self.lex, "sure-past", lambda: re.compile(rf"(?<!\w)(?:{self.lex.sure_past})(?!\w)", re.I))
        if not past.search(text, breaks[-1] if breaks else lo, end):  # type: ignore[union-attr]
            return False
        future = _future_pattern(self.lex)  # (outside the time itself: Italian "sera" is no French "sera")
        return not (future.search(text, lo, s) or future.search(text, e, hi))

    def _counted(self, text: str, s: int, e: int) -> bool:
        """Whether the sentence of ``text[s:e]`` gives a count outside it (a count a time may date): a figure, or a
        number word of two or more before a word ("doce personas", "twelve people"; "un"/"a" is an article)."""
        lo, hi = _sentence_bounds(text, s, e)
        words = count_words(self.lex)
        return any(re.search(r"\d", part) or words.search(part) for part in (text[lo:s], text[e:hi]))

    def _after_since(self, text: str, start: int, end: int | None = None) -> bool:
        """Whether a word of the lexicon's ``since_words`` opens the phrase of a month or date, at most two
        words before it ("since March", "seit dem 3. März", "depuis début mars"): a span that runs up to
        now starts at the latest such month or day, in any tense.  Dates in another language's lexicon
        keep the tense rule."""
        words = self.lex.since_words
        if end is not None and self.lex.since_after:  # "temmuzdan beri", "temmuz ayından bu yana" (Turkish)
            after = _cached(
                self.lex, "since-after", lambda: re.compile(rf"\w*['’]?\w*(?:\s+\w+)?\s+(?:{self.lex.since_after})(?!\w)", re.I)
            )
            if after.match(text, end):  # type: ignore[union-attr]
                return True
        if not words:
            return False
        pattern = _cached(self.lex, "since", lambda: re.compile(rf"(?<!\w)(?:{words})\s+(?:\S+\s+){{0,2}}\Z", re.I))
        return bool(pattern.search(text[max(0, start - 40) : start]))  # type: ignore[union-attr]

    def _month(self, name: str) -> int:
        return self.lex.lookup("months", name.rstrip("."))

    def _year(self, m: re.Match, key: str = "year") -> int | None:
        """The year a match writes, in the common era: a Thai "พ.ศ. 2569", or a year above 2400 in a
        language that counts years from the Buddha, is 2026, and so is "ปี 69" (two figures, group ``yy``)."""
        y = m.groupdict().get(key)
        if not y and key == "year" and (yy := m.groupdict().get("yy")):
            return _BUDDHIST_CENTURY + int(yy) - _BUDDHIST_ERA  # "ปี 69": 2569 of the Buddhist era
        if not y:
            return None
        year = int(y)  # (figures of any script: "๒๕๖๙")
        era = self.lex.buddhist_era
        if era and (year > _BUDDHIST_FROM or re.fullmatch(era, m.groupdict().get("era") or "")):
            year -= _BUDDHIST_ERA
        return year

    def _weekday_date(self, wd: int, mod: str, m, text) -> date:
        """The day a weekday names: the latest one on or before publication, the next one in a sentence
        about the future.  The publication's own weekday is that day in a past sentence whatever the time of day
        it gives, even one still to come when the report was stamped ("The bridge collapsed on Monday evening" in a
        paper stamped Monday 09:00 was updated later); "last Monday" is the week before's."""
        assert self.ref is not None
        back = (self.ref.weekday() - wd) % 7
        tense = weekday_tense(self.lex, text, m.start(), m.end())  # (the present ahead in Hungarian: :mod:`.present_ahead`)
        # "an alert until Tuesday", "hasta el martes": with no tense to say otherwise, a deadline is ahead
        until = until_near(text, m.start(), m.end())
        # ... and so is one a deadline was moved to, in any tense ("postponed until Tuesday", "bis Dienstag vertagt")
        # (... but not a tally's "until" in a past clause, with a figure counted outside the time: "Até quinta-feira à
        # noite, 12 pessoas morreram" counts back; "has given them until 9 a.m. Tuesday to reply" is a deadline)
        until_ahead = tense is None and not (
            self._counted(text, m.start(), m.end()) and self._surely_past(text, m.start(), m.end(), tally=True)
        )
        future = tense == "future" or bool(until and (until_ahead or deadline_moved(text, until.start(), m.end())))
        future = future or self._ahead(text, m.start(), m.end()) or (m.groupdict().get("wd") or m.group()).lower() in self.lex.ahead_forms
        future = future or scheduled_with(self.lex, text, m.start()) or self.fixtures  # ", with the final on Saturday", "UP NEXT"
        future = future or scheduled_present(self.lex, text, m.start(), m.end())  # "take on the Lions on Sunday"
        future = future or declared_day(self.lex, text, m.start())  # "declared a holiday on Thursday" (:mod:`.declared_days`)
        future = future and not self._after_since(text, m.start(), m.end())  # "streikt seit Montag": a span up to now
        future = future and not after_a_close(self.lex, text, m.start())  # "the closing price on Friday" (:mod:`.closing_days`)
        form = self._weekday_form(text, m)  # Swedish "i tisdags" (last), "på tisdag" (next)
        last, ahead = mod in self.lex.last_words or form == "last", mod in self.lex.next_words or form == "next"
        if ahead or (not last and future and (back != 0 or own_weekday_ahead(self, mod, text, m.start()))):
            fwd = (wd - self.ref.weekday()) % 7 or 7
            return self.ref + timedelta(days=fwd)
        if back == 0 and (last or week_ago_near(self.lex, text, m.start(), m.end())):
            back = 7  # "last Monday" written on a Monday, "a week ago on Monday": the week before's (:mod:`.week_ago`)
        # (the publication's own weekday at a time of day still to come, in a past sentence, "The bridge collapsed on
        # Monday evening" in a paper stamped Monday 09:00, is that day: the report was updated after the time it
        # bears; a writer names a day a week gone "last Monday", never with the bare weekday)
        return self.ref - timedelta(days=back)

    def _weekday_form(self, text: str, m) -> str:
        """ "last" or "next" when the weekday of ``m`` is written in a form that points it past the publication
        day (:attr:`Lexicon.last_forms`, :attr:`Lexicon.next_forms`: Swedish "i tisdags", "på tisdag"), else ""."""
        if not (self.lex.last_forms or self.lex.next_forms) or not m.groupdict().get("wd"):
            return ""
        s, e = m.span("wd")
        flags = 0 if self.lex.case_sensitive else re.I
        for which, forms in (("last", self.lex.last_forms), ("next", self.lex.next_forms)):
            pattern = _cached(self.lex, which + "-forms", lambda f=forms: re.compile(rf"(?<!\w)(?:{f})\Z", flags) if f else None)
            if pattern and pattern.search(text, max(0, s - 20), e):  # type: ignore[union-attr]
                return which
        return ""

    def _ahead(self, text: str, s: int, e: int) -> bool:
        """Whether the words right before ``text[s:]`` make a weekday the coming one whatever the tense
        (:attr:`Lexicon.ahead_before`: "svolal schůzi na čtvrtek", called the meeting for Thursday), or those right
        after ``text[:e]`` (:attr:`Lexicon.ahead_after`: "வியாழக்கிழமை விடுமுறை அறிவிக்கப்பட்டுள்ளது")."""
        flags = 0 if self.lex.case_sensitive else re.I
        if self.lex.ahead_after:
            after = _cached(self.lex, "ahead-after", lambda: re.compile(rf"[ \u00a0]{{1,3}}(?:{self.lex.ahead_after})", flags))
            if after.match(text, e):  # type: ignore[union-attr]
                return True
        if not self.lex.ahead_before:
            return False
        ahead = _cached(self.lex, "ahead", lambda: re.compile(rf"(?<!\w)(?:{self.lex.ahead_before})[ \u00a0]{{1,3}}\Z", flags))
        return bool(ahead.search(text, max(0, s - 40), s))  # type: ignore[union-attr]

    def _relative_offset(self, word: str, text: str, m) -> int:
        """The days from publication of a relative day word; Hindi "कल" is yesterday unless its sentence looks ahead."""
        offset = self.lex.lookup("relative_days", word)
        if word in self.lex.tense_days and self._tense(text, m.start(), m.end()) != "future":
            return -offset
        return offset

    def _trapped(self, s: int, e: int, text: str, traps: str = "weekday_traps") -> bool:
        """Whether the weekday (or the word of another table) at ``text[s:e]`` lies inside a match of the lexicon's traps."""
        if not getattr(self.lex, traps):
            return False
        flags = 0 if self.lex.case_sensitive else re.I
        trap = _cached(self.lex, traps, lambda: re.compile(getattr(self.lex, traps), flags))
        return any(t.start() <= s and e <= t.end() for t in trap.finditer(text, max(0, s - 40), min(len(text), e + 40)))  # type: ignore[union-attr]

    def _with_part(self, d: date, m) -> tuple[str, str]:
        part = m.groupdict().get("part")
        if part:
            return f"{d.isoformat()}T{self.lex.lookup('dayparts', part)}", "time"
        return d.isoformat(), "day"

    def _day_with_part(self, word: str) -> tuple[int, str]:
        return next(v for k, v in self.lex.day_with_part.items() if k.lower() == word.lower())
