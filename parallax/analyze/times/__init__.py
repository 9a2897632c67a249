"""Temporal expressions, resolved against the publication date.

News conventions drive the rules: a bare weekday is the most recent one on or
before the publication day unless the sentence looks ahead ("will", "next");
a month and day without a year take the year that puts them nearest the
publication date; "last month" is a month, not a day.  Values are ISO 8601 at
the expression's real granularity (``2022-04-07``, ``2022-03``, ``2022``,
``2022-W14``, ``2022-04-06/2022-04-07``, ``P2D``).  The lexicons, one module
per language, live in :mod:`parallax.analyze.timelex`.

The work is split by what an expression resolves to: :mod:`.days` (a day, or a
time on it), :mod:`.periods` (months and longer, durations, sets), both on the
shared :mod:`.context` (the publication date, what earlier text named, the
tense of a sentence).  This module is the driver: :class:`Resolver` runs a
lexicon's rules over a paragraph, keeps the matches that do not overlap and
re-anchors those that depend on a day named before them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from parallax.analyze import Paragraph, component
from parallax.analyze.quantities.tallies import is_score
from parallax.analyze.time_word_names import without_time_words
from parallax.analyze.timelex import LEXICONS, Lexicon
from parallax.analyze.times.background_days import far_back, in_background
from parallax.analyze.times.cjk_spans import CjkSpanHandlers
from parallax.analyze.times.clock_written import clock_on_written_date
from parallax.analyze.times.compound_lengths import joined_lengths
from parallax.analyze.times.context import _cached, _names_a_day, names_a_day
from parallax.analyze.times.day_carry import (
    _ANCHORED,
    _CLOCK_DAY_COMMA,
    _CLOCK_DAY_GAP,
    _CLOCK_DAY_MAX,
    _CLOCK_DAY_STOP,
    _CLOCK_OWN_DAY,
    _COORDINATION,
    _DAY_VALUE,
    _KEEPS_DAY,
    _cutoff,
    _Spans,
    holds_day,
)
from parallax.analyze.times.days import DayHandlers
from parallax.analyze.times.evening_clocks import on_part_of_day
from parallax.analyze.times.fixture_lines import fixtures_heading
from parallax.analyze.times.half_after_ago import half_after_ago
from parallax.analyze.times.half_ago import half_lengths_ago
from parallax.analyze.times.hijri import ascii_digits, hijri_years, unmarked_years
from parallax.analyze.times.midnight import MidnightCrossing
from parallax.analyze.times.month_anaphora import resolve_month_anaphora
from parallax.analyze.times.month_of_year import months_of_years
from parallax.analyze.times.month_spans import joined_months
from parallax.analyze.times.own_weekday import today_named
from parallax.analyze.times.periods import PeriodHandlers
from parallax.analyze.times.person_months import in_a_person, in_a_place_name
from parallax.analyze.times.quoted_days import said_days
from parallax.analyze.times.range_starts import start_in_week_of_end
from parallax.analyze.times.turkic_case import turkic_lower_i
from parallax.analyze.times.until_after import ends_after_start
from parallax.analyze.times.weekday_check import check_weekdays
from parallax.analyze.times.written import written_day
from parallax.analyze.times.year_anaphora import resolve_year_anaphora
from parallax.ingest.timeparse import published_date
from parallax.records import Article, TimeExpression

__all__ = ["Resolver", "add_times", "names_a_day", "resolve_paragraphs", "resolve_text"]

# which words before an expression TimeML counts in its extent, per handler
_FAMILY = {
    "duration": "duration", "vague_duration": "duration", "vague_span": "duration",
    "relative_unit": "relative", "relative_period": "relative", "later": "relative", "cjk_month": "period", "cjk_year": "period",
    "cjk_date": "day", "month_only": "period", "month_year": "period", "year": "period", "bare_year": "period",
    "decade": "period", "season": "period", "quarter": "period",
    "weekday": "day", "week_weekday": "day", "part_weekday": "day", "night_before": "day", "relative_day": "day", "day_with_part": "day", "day_after": "day", "day_before": "day", "same_day": "day", "bare_part": "day", "overnight": "day", "tonight": "day", "month_day": "day", "day_of_month": "day", "part_of_day": "day", "clock": "day",
}  # fmt: skip


def _extension_pattern(lex: Lexicon, family: str) -> re.Pattern | None:
    def build() -> re.Pattern | None:
        words = lex.extend.get("period" if family == "relative" else family, "")
        if family == "relative" and words:
            words += "|the"
        return re.compile(rf"(?<![\w-])(?:{words})(?:\s|(?<=mid)-)\Z", re.I) if words else None

    return _cached(lex, "ext:" + family, build)


_ZONED = re.compile(r"T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})\Z")  # a publication time with its offset: "…T10:00:00+02:00", "…T10:00Z"
class Resolver(DayHandlers, PeriodHandlers, MidnightCrossing, CjkSpanHandlers):
    """Finds and resolves expressions in one paragraph for one language."""

    lang: str | None = None  # the language's code, where a rule reads words outside the lexicon (:mod:`.month_anaphora`)

    def find(self, text: str) -> list[tuple[int, int, str | None, str]]:
        found: list[tuple[int, int, str | None, str, str | None]] = []
        taken = _Spans()
        anchored: dict[int, str] = {}  # where a "the next day", "the day before" starts: its handler
        loose: set[int] = set()  # where a clock time starts that no day word placed
        dayless: set[int] = set()  # where a clock time starts whose match names no day of its own
        bare: set[int] = set()  # where a weekday starts that no word places ("dinsdag", not "vorige dinsdag")
        traps = self._traps(text)
        for rule in self.lex.rules:
            for m in rule.pattern.finditer(text):
                s, e = m.span("x") if "x" in m.groupdict() else m.span()
                if s < 0 or taken.overlaps(s, e) or traps.overlaps(s, e):
                    continue
                try:
                    if rule.handler == "clock":  # it also says whether a day word placed the time
                        value, gran, unplaced = self.clock(m, text)
                    else:
                        value, gran = getattr(self, rule.handler)(m, text)
                        unplaced = False
                except (ValueError, KeyError, OverflowError):
                    continue
                if gran is None:
                    continue
                taken.add(s, e)
                found.append((s, e, value, gran, _FAMILY.get(rule.handler)))
                if rule.handler in _ANCHORED:
                    anchored[s] = rule.handler
                if unplaced:
                    loose.add(s)
                if rule.handler == "clock" and not self._clock_names_day(m):
                    dayless.add(s)
                if rule.handler == "weekday" and not any(m.groupdict().get(k) for k in ("mod", "mod0", "dom")):
                    bare.add(s)
                elif rule.handler == "clock" and m.groupdict().get("wd") and not m.groupdict().get("cmod"):
                    bare.add(s)  # "until 6 a.m. on Saturday": a weekday no word places, with its hour
        out = []
        for s, e, value, gran, family in found:
            start = self._extend_left(text, s, family, taken) if family else s
            if s in anchored:
                anchored[start] = anchored[s]
            if s in loose:
                loose.add(start)
            if s in dayless:
                dayless.add(start)
            if s in bare:
                bare.add(start)
            out.append((start, e, value, gran))
        out.sort()
        anaphors = {s: self.lex.year_anaphora[text[s:e].lower()] for s, e, _, _ in out if text[s:e].lower() in self.lex.year_anaphora}
        self.last_year = resolve_year_anaphora(text, out, anaphors, self.last_year, self.ref)  # "the following year"
        resolve_month_anaphora(text, out, self.lang)  # "3.2% in October, down from 3.8% the previous month"
        self._coordinated_days(text, out, bare)
        start_in_week_of_end(text, out, bare, self._dated)  # "from Monday to Friday last week" (:mod:`.range_starts`)
        ends_after_start(self.lex, text, out, bare, self.carry_day, self.ref)  # "shut on Tuesday ... until Sunday"
        months_of_years(text, out)  # "en marzo del año pasado" (:mod:`.month_of_year`)
        joined_months(text, out, _COORDINATION, self.lex)  # "between March and August this year" (:mod:`.month_spans`)
        named: list[tuple[int, str]] = []  # the days this paragraph names, where and in order
        background: set[int] = set()  # where those of them start that a past-perfect clause names
        for i, (s, e, v, g) in enumerate(out):
            if s in anchored and named:
                # "On March 16 ... The next day", "la noche anterior": relative to the day last named, however written
                day = self._pick_anchor(self.named_days + [date.fromisoformat(n[1][:10]) for n in named], text, s)
                assert day is not None
                if anchored[s] == "overnight":
                    day = self._night_of(day, text, s, e) or day
                else:
                    day += timedelta(days=_ANCHORED[anchored[s]])
                v = day.isoformat() + (v[10:] if v else "")  # keeps a part of the day: "2026-03-09TNI"
                out[i] = (s, e, v, g)
            elif s in loose and v and (fore := [n for n in named if n[0] not in background]) and s - fore[-1][0] <= 250:
                # "on March 14 at about 11 p.m.", "am 14.03.2026 um 06:40": the day written before it (not a
                # background one, "had been shut on Monday": :mod:`.background_days`)
                v = fore[-1][1][:10] + v[10:]
                out[i] = (s, e, v, g)
            if v and _DAY_VALUE.match(v) and (g == "day" or s in anchored or _names_a_day(text[s:e], self.lex)) and not _cutoff(text, s, e):
                named.append((s, v))
                if in_background(self.lex, text, s, e):
                    background.add(s)
        placed = self._clock_days(text, out, dayless)
        clock_on_written_date(self.lex, text, out, dayless - loose - placed)  # "Saturday, 21 November 2026, at 9am"
        self._cross_midnight(text, out, dayless - placed)  # "at 11 p.m. ... Hours later, at 2 a.m.": the next day
        # the last day this paragraph names is the day of a bare clock time in the next ones; a paragraph that
        # names no day and no other time ("Firefighters arrived with four engines.") keeps the day carried
        # over it ("The fire broke out on Tuesday evening. ... At 11.30pm police said ..."), one that names a
        # month, a year or a span of its own has moved on and drops it
        # (a day named in the past perfect is background, "The mill had been shut on Monday": the day carried
        # before it stays, :mod:`.background_days`)
        fore = [n for n in named if n[0] not in background]
        kept = fore or ([n for n in named if not far_back(n[1], self.ref)] if self.carry_day is None else [])
        if kept:
            self.carry_day = date.fromisoformat(kept[-1][1][:10])
            self.carry_night = kept[-1][1].endswith("TNI")
        elif not all(s in background or v is not None and (_KEEPS_DAY.match(v) or holds_day(v, self.carry_day)) for s, _, v, _ in out):
            self.carry_day = None
        self.named_days.extend(date.fromisoformat(v[:10]) for _, v in named)
        return out

    def _coordinated_days(self, text: str, out: list[tuple[int, int, str | None, str]], bare: set[int]) -> None:
        """A bare weekday joined to the day before it ("vorige week maandag en dinsdag", "Monday last week and
        Tuesday", "from March 9 to Wednesday") is the first such weekday after that day: a list or span of days
        runs forward from its first member, which says which week it is."""
        for i in range(1, len(out)):
            s, e, v, g = out[i]
            s1, e1, v1, _ = out[i - 1]
            if s not in bare or not v or not v1 or not _DAY_VALUE.match(v1) or not _COORDINATION.match(text, e1, s):
                continue
            if not self._dated(text[s1:e1]):
                continue  # "yesterday and Monday": a list that opens on a relative day need not run forward
            first, day = date.fromisoformat(v1[:10]), date.fromisoformat(v[:10])
            day = first + timedelta(days=(day.weekday() - first.weekday()) % 7 or 7)
            out[i] = (s, e, day.isoformat() + v[10:], g)

    def _dated(self, expression: str) -> bool:
        """Whether an expression writes its day as a weekday or in figures ("Monday last week", "March 9")."""
        start = "" if self.lex.no_spaces else r"(?<!\w)"  # "上周一": a word starts anywhere in unspaced text
        weekdays = _cached(
            self.lex, "weekday-words", lambda: re.compile(rf"\d|{start}(?:{'|'.join(map(re.escape, self.lex.weekdays))})", re.I)
        )
        return bool(weekdays.search(expression))  # type: ignore[union-attr]

    def _clock_names_day(self, m: re.Match) -> bool:
        """Whether a clock time's match names its own day: a weekday, a relative day or a date in it, or a part of
        the day that is also a day ("昨晚8点", "anoche"); a part of the day alone ("a las 3 de la tarde") is none."""
        g = m.groupdict()
        if any(g.get(k) for k in _CLOCK_OWN_DAY if not k.startswith("cpart")):
            return True
        return any((w := g.get(k)) and any(w.lower() == d.lower() for d in self.lex.day_with_part) for k in ("cpart", "cpart2"))

    def _clock_days(self, text: str, out: list[tuple[int, int, str | None, str]], dayless: set[int]) -> set[int]:
        """Put a clock time on the day written right after it in the same phrase: the press writes the hour
        first and its day after it ("at 14:30 local time on Monday", "alle 14.30 di martedì", "a las 14:30
        hora local del sábado"), which is that time's day whatever the sentence named before.  Read from the
        end, so that a time followed by another one ("9 a.m. (0700 GMT) on Tuesday") takes the day the
        second one took.  Returns the starts of the times it placed."""
        placed: set[int] = set()
        for i in range(len(out) - 2, -1, -1):
            s, e, v, g = out[i]
            s2, _, v2, _ = out[i + 1]
            if s not in dayless or not v or not v2 or not _DAY_VALUE.match(v2) or s2 - e > _CLOCK_DAY_MAX:
                continue
            gap = text[e:s2]
            if _CLOCK_DAY_GAP.match(gap) and not _CLOCK_DAY_STOP.search(gap) or _CLOCK_DAY_COMMA.match(gap):
                day = date.fromisoformat(v2[:10])
                if v2.endswith("TNI") and v[10:11] == "T" and int(v[11:13]) < 12:
                    day += timedelta(days=1)  # "kl. 03.15 natt til lørdag": a night runs past midnight into the next day
                out[i] = (s, e, on_part_of_day(day.isoformat() + v2[10:], v), g)  # ("8 uur maandagavond": :mod:`.evening_clocks`)
                placed.add(s)
        return placed

    def _traps(self, text: str) -> _Spans:
        """Where the lexicon's traps match: no expression may overlap one ("明日香" holds no "明日",
        "三周年" no "三周", "عبد الأحد" no Sunday)."""
        spans = _Spans()
        if self.lex.traps:
            flags = 0 if self.lex.case_sensitive else re.I
            pattern = _cached(self.lex, "all-traps", lambda: re.compile(self.lex.traps, flags))
            for t in pattern.finditer(text):  # type: ignore[union-attr]
                spans.add(*t.span())
        return spans

    def _extend_left(self, text: str, s: int, family: str, taken: _Spans) -> int:
        """Take in the words TimeML counts as part of an expression: "the past two years", "early 1990"."""
        pat = _extension_pattern(self.lex, family)
        if pat is None:
            return s
        for _ in range(4):
            m = pat.search(text, max(0, s - 40), s)
            if not m or taken.overlaps(m.start(), s):
                break
            s = m.start()
        return s


def resolve_text(text: str, language: str | None, published: str | None) -> list[tuple[int, int, str | None, str]]:
    """All expressions of ``text`` as (start, end, value, granularity)."""
    return resolve_paragraphs([(0, text)], language, published)


def resolve_paragraphs(
    paragraphs: Iterable[tuple[int, str]], language: str | None, published: str | None, written: date | None = None
) -> list[tuple[int, int, str | None, str]]:
    """Expressions of an article's paragraphs, given as (offset, text), with article offsets.

    One resolver reads the paragraphs in order, so what an earlier paragraph
    established (the fiscal quarter a results story is about) informs later ones.  ``written`` is the day
    the report's dateline dates it (:mod:`.written`), which its relative dates count from in place of the
    publication day; the publication's time of day then says nothing of when it was written."""
    lang = (language or "en")[:2]
    lex = LEXICONS.get(lang, LEXICONS["en"])
    ref = published_date(published)
    moved = written is not None and written != ref
    resolver = Resolver(lex, written if moved else ref)
    resolver.lang = lang
    resolver.own_lexicon = lang in LEXICONS  # other languages: only what any language writes alike (ISO dates, clock times)
    if published and not moved and (clock := re.search(r"T(\d{2}):(\d{2})", published)):
        resolver.pub_clock = int(clock.group(1)), int(clock.group(2))
        resolver.pub_zoned = bool(_ZONED.search(published))
    paragraphs = [(offset, turkic_lower_i(text, lang)) for offset, text in paragraphs]  # "İki yıl önce" (:mod:`.turkic_case`)
    resolver.today_named = today_named(lex, [text for _, text in paragraphs])  # "сьогодні": :mod:`.own_weekday`
    out = []
    for offset, text in paragraphs:
        resolver.base = offset
        here, after = fixtures_heading(text, lang)  # "UP NEXT": the box's weekdays are ahead (:mod:`.fixture_lines`)
        resolver.fixtures = resolver.fixtures or here
        text = ascii_digits(text)  # "٥ مارس ٢٠٢٦": the year rules read ASCII figures (:mod:`.hijri`)
        # "2026م": the rules read the year without the era mark written onto it (:func:`.hijri.unmarked_years`)
        found = joined_lengths(text, hijri_years(text, language, list(resolver.find(unmarked_years(text, language)))))  # "acht Jahren und sechs Monaten": one length
        found = half_lengths_ago(text, found, lex, resolver.ref)  # "ढाई साल पहले": the month 30 months back (:mod:`.half_ago`)
        found = half_after_ago(text, found, lang, resolver.ref)  # "לפני שנתיים וחצי" (:mod:`.half_after_ago`)
        out.extend((offset + s, offset + e, value, gran) for s, e, value, gran in found)
        resolver.fixtures = after or resolver.fixtures and not here
    return out


@component("times")
def add_times(article: Article, paragraphs: list[Paragraph]) -> None:
    written = written_day(article.dateline_date, article.language, published_date(article.published))  # "Nov. 19 (Reuters) -"
    found = resolve_paragraphs([(p.offset, p.text) for p in paragraphs], article.language, article.published, written)
    lex = LEXICONS.get((article.language or "en")[:2], LEXICONS["en"])
    # a speaker's "today" is the day the report says the quotation was said ("… today," she said on Thursday)
    found = said_days(article.text, article.sentences, found, lex, written or published_date(article.published))
    found, mismatched = check_weekdays(article.text, found, lex)  # "Tuesday, 12 November" when the 12th is a Thursday
    for i, (s, e, value, gran) in enumerate(found):
        if is_score(article.text, s, e):
            continue  # "verlor 21:23": a handball score, which the quantities read as one, not a clock time
        if gran == "month" and (in_a_person(article, s, e) or in_a_place_name(article.text, s, e)):
            continue  # "Lily March", "Theresa May", "Rio de Janeiro": a name, not a month (:mod:`.person_months`)
        article.times.append(TimeExpression(article.text[s:e], value, s, e, gran, weekday_mismatch=i in mismatched))
    without_time_words(article)  # "την Κυριακή", "hari Minggu": a day's name is no entity (:mod:`..time_word_names`)
