"""Dates and durations of two aligned sentences: which of them can contradict each other.

Two sentences that restate each other often date different moments of the story, and a date is
compared only where it can be the same moment's:

* words a quotation reproduces that are relative to when they were said ("we will not stop
  tonight") are not the article's dates: two outlets printing them verbatim a day apart would
  resolve them a day apart.  A date written in figures inside a quotation ("on 14 March") still is.
* an offset between two events ("on Sunday, a day after it ran aground", "mixed on Tuesday, a
  day after the minister announced it") names the other event's day too, so a sentence giving that
  day (Saturday, Monday) agrees.

A duration is a measure ("a 48-hour strike") only when it is not a bound ("within six weeks",
"well over a year") and not an offset ("a day after", "two days later"); two of them conflict only
when they measure the same thing, shown by the same word governing both ("grève de 48 heures" /
"grève de 72 heures").
"""

from __future__ import annotations

import calendar
import math
import re
from datetime import date, timedelta
from functools import lru_cache

from parallax.compare.align import _STOP
from parallax.compare.hedges import ABOUT, AT_LEAST, AT_MOST
from parallax.compare.lengths import measured, measured_noun
from parallax.compare.numbers import in_sentence
from parallax.compare.reporting_times import dates_a_release, dates_the_report, one_day
from parallax.letters import IN_WORD, WORD, fold
from parallax.records import Article, Sentence, TimeExpression


def interval(value: str | None, loose: bool = False) -> tuple[date, date] | None:
    """The days (first and last, inclusive) an ISO 8601 value covers: a day, a week, a month, a year,
    or a range of them; a time of day or a part of day is its day ("2026-04-07T15:00",
    "2026-04-07TNI"): the day is what conflicts, and what a timeline shows.  None for a duration, a
    reference, a quarter or a season, and for anything else.

    ``loose`` is the report's: any other value whose first ten characters are a date is that day, so
    the timeline places every value it can read; a comparison takes only the forms it can compare."""
    if not value or value.startswith("P"):
        return None
    try:
        if "/" in value:
            a, b = value.split("/", 1)
            ia, ib = interval(a, loose), interval(b, loose)
            return (ia[0], ib[1]) if ia and ib else None
        if re.fullmatch(r"\d{4}-\d{2}", value):
            y, m = int(value[:4]), int(value[5:7])
            return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
        if re.fullmatch(r"\d{4}-W\d{2}", value):
            start = date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
            return start, start + timedelta(days=6)
        if re.fullmatch(r"\d{4}", value):
            return date(int(value), 1, 1), date(int(value), 12, 31)
        if loose or _DAY.fullmatch(value):
            d = date.fromisoformat(value[:10])
            return d, d
    except ValueError:
        return None
    return None


# a day, or a time or a part of it ("2026-04-07T15:00", "2026-04-07TNI")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:T[^/]*)?")


_PART_OF_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}T(?:MO|AF|EV|NI)$")  # "Tuesday evening": a day the text names
_FIGURE = re.compile(r"\d")  # a date written in figures ("14 March", "2019", "14.03."), in any script's digits

DateValue = tuple[str | None, tuple[date, date], bool]  # value, days it covers, whether the text names the day
# a month written as the moment itself ("задержан в октябре 2024"): see :func:`dates_conflict`
_MONTH = re.compile(r"\d{4}-\d{2}")
_COARSE = re.compile(r"\d{4}(?:-\d{2})?")  # a month or a year: beside a day, the background


def _quoted(art: Article, s: Sentence) -> list[tuple[int, int]]:
    """The spans of the sentence's quoted words (direct and partial quotations, not reported speech,
    which is the article's own wording)."""
    return [(q.start, q.end) for q in art.quotes if q.kind != "indirect" and q.start < s.end and s.start < q.end]


def _speakers_time(t: TimeExpression, quoted: list[tuple[int, int]]) -> bool:
    """A time inside a quotation that is relative to when it was said ("tonight", "on Monday"), not
    a date written out in figures."""
    return any(a <= t.start < b for a, b in quoted) and not _FIGURE.search(t.text)


def compared_dates(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> tuple[list[DateValue], list[DateValue]]:
    """The dates of two aligned sentences that can disagree (:mod:`.reporting_times`).  The day a statement was
    made ("the fire service said on Thursday") is no date of the event the other sentence dates ("collapsed on
    Wednesday"), so where one sentence names the event's day the other's statement days stand for the days up
    to them; where neither does, the days of the statements are what compares, between reports of one day only
    ("officials said Monday evening" / "the mayor said on Tuesday": a report a day later quotes a later
    statement).  The day figures were released compares never."""
    da, db = date_values(art_a, sa, "events"), date_values(art_b, sb, "events")
    if _names_a_day(da) and _names_a_day(db):
        return da, db
    ra, rb = date_values(art_a, sa, "statements"), date_values(art_b, sb, "statements")
    if not _names_a_day(da) and not _names_a_day(db):
        return (ra, rb) if one_day(art_a, art_b) else (da, db)
    # one names the event's day, the other only the day it was told: the event was on that day or before it
    # (told on Thursday of a collapse on Wednesday agrees; told on Tuesday of one on Wednesday does not)
    if _names_a_day(da):
        return da, _on_or_before(rb, db)
    return _on_or_before(ra, da), db


def _on_or_before(told: list[DateValue], events: list[DateValue]) -> list[DateValue]:
    """A sentence's dates (``told``: with the days of its statements) where each day a statement was made (not one
    of ``events``) stands for the span up to it."""
    own = {(v, iv) for v, iv, _ in events}
    return [(v, iv if (v, iv) in own else (date.min, iv[1]), named) for v, iv, named in told]


def _names_a_day(values: list[DateValue]) -> bool:
    return any(named and not _is_month(v) for v, _, named in values)


def date_values(art: Article, s: Sentence, keep: str = "all") -> list[DateValue]:
    """(value, days it covers, whether the text names the day) of the sentence's dates.  Days,
    ranges, parts of named days and clock times with their day ("11 p.m. on Dec. 30") name it; a
    bare clock time does not (its day may be inferred); a month does where no day is named.  A
    quotation's relative times are left out, and the day an offset points to ("on Sunday, a day after
    ...": Saturday) is added, unnamed, so that a sentence giving it agrees without being shown as a value.
    With ``keep`` "statements" the day figures were released ("according to results published on Monday")
    is left out too, with "events" also the day a statement was made ("officials said on Thursday"); see
    :mod:`.reporting_times`."""
    from parallax.analyze.times import names_a_day

    quoted = _quoted(art, s)
    out: list[DateValue] = []
    for t in art.times:
        if in_sentence(s, t.start) and (iv := interval(t.value)) and not _speakers_time(t, quoted):
            if keep != "all" and dates_a_release(art, t) or keep == "events" and dates_the_report(art, t):
                continue
            named = t.granularity in ("day", "range") or bool(_PART_OF_DAY.search(t.value or ""))
            out.append((t.value, iv, named or (t.granularity == "time" and names_a_day(t.text, art.language))))
    days = [iv for _, iv, named in out if named]
    if not days:  # "задержан в октябре 2024": with no day named, a month names the moment
        out = [(v, iv, _is_month(v)) for v, iv, _ in out]
    for sign, seconds in offsets(art, s):
        lo, hi = math.floor(seconds / 86400), math.ceil(seconds / 86400)
        for first, last in days:
            if sign < 0:  # "X, a day after Y": Y is a day before X
                out.append((None, (first - timedelta(days=hi), last - timedelta(days=lo)), False))
            else:  # "X, a day before Y"
                out.append((None, (first + timedelta(days=lo), last + timedelta(days=hi)), False))
    return out


def _runs_into(night: DateValue, day: DateValue) -> bool:
    """A night and the next day named alone: "natt til søndag" (Saturday night) and "søndag", "Monday night"
    and "early Tuesday" are one night's small hours, no disagreement (two nights still are)."""
    value, other = night[0] or "", day[0] or ""
    return value.endswith("TNI") and len(other) == 10 and day[1][0] == night[1][1] + timedelta(days=1)


def dates_conflict(a: list[DateValue], b: list[DateValue]) -> bool:
    """Both sentences name a day, or neither names a day and both name a month ("задержан в октябре 2024" /
    "в ноябре 2024"), and no date of one fits any date of the other.  A month beside the other's day is
    left alone: it is as often the background ("first took part in December 2020" / "met on April
    6-7") as the moment; and where both name a day, a month or year beside it is the background too
    ("la inflación de febrero", announced "nesta terça-feira" / "em 11 de março"): the days are compared."""
    if not a or not b:
        return False
    months_a, months_b = (any(x[2] and _is_month(x[0]) for x in side) for side in (a, b))
    days_a, days_b = (any(x[2] and not _is_month(x[0]) for x in side) for side in (a, b))
    if not (days_a and days_b or months_a and months_b):
        return False
    if days_a and days_b:
        a, b = ([x for x in side if not _COARSE.fullmatch(x[0] or "")] for side in (a, b))
    return not any(x[1][0] <= y[1][1] and y[1][0] <= x[1][1] or _runs_into(x, y) or _runs_into(y, x) for x in a for y in b)


def _is_month(value: str | None) -> bool:
    return bool(_MONTH.fullmatch(value or ""))


_DURATION = re.compile(r"P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?"
                       r"(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?")
_DURATION_SECONDS = (365 * 86400, 30 * 86400, 7 * 86400, 86400, 3600, 60, 1)


def duration_seconds(value: str | None) -> float | None:
    """Seconds of an exact ISO 8601 duration (``PT48H``, ``P2D``); ``None``
    for anything else, including TimeML's vague ``PXD`` ("for days")."""
    m = _DURATION.fullmatch(value or "")
    if not m or not any(m.groups()):
        return None
    return sum(float(g) * k for g, k in zip(m.groups(), _DURATION_SECONDS, strict=True) if g)


# an offset between two events, after the span ("a day after", "two days later", "einen Tag später",
# "un jour plus tard", "al día siguiente" is a date) and before it ("after two days", "nach zwei Tagen",
# "через два дня", "po dwóch dniach"): the sign is where the other event lies
_LATER = (r"after|later|afterwards|après|plus tard|después|más tarde|dopo|più tardi|depois|mais tarde|nach|nachdem|später|danach"
          r"|daarna|после|спустя|позже|позднее|після|пізніше|później|sonra|μετά|setelah|kemudian|după|mai târziu|senare|efter")
_EARLIER = (r"before|earlier|beforehand|previously|avant|plus tôt|auparavant|antes|antes de|prima|vor|zuvor|vorher|früher|voor|eerder"
            r"|до|раньше|ранее|раніше|przed|wcześniej|önce|πριν|sebelum|sebelumnya|înainte|tidigare|innan|før|tidligere")
_OFFSET_AFTER = re.compile(rf"[ \u00a0,]{{0,2}}(?:(?P<later>{_LATER})|(?P<earlier>{_EARLIER}))(?![\w{IN_WORD}])", re.I)
_OFFSET_BEFORE = re.compile(r"(?<![\w])(?:after|nach|après|tras|dopo|depois de|через|спустя|po|після)[ \u00a0]{1,3}\Z", re.I)

# a bound, not a measure: "within six weeks", "well over a year", "in less than a week", and the hedges of counts
_WITHIN = r"within|inside|binnen|innerhalb|innerhalb von|d'ici|dentro de|entro|en moins de|en menos de|em menos de|in meno di|binnen de"
_BOUND_BEFORE = re.compile(rf"(?<![\w])(?:{_WITHIN}|{AT_LEAST}|{AT_MOST}|{ABOUT})[ \u00a0]{{1,3}}\Z", re.I)
_BOUND_IN_SPAN = re.compile(rf"(?:{AT_LEAST}|{AT_MOST}|{ABOUT})[ \u00a0]", re.I)


def offsets(art: Article, s: Sentence) -> list[tuple[int, float]]:
    """The sentence's offsets between two events: (-1, seconds) where the other event lies before
    ("a day after it ran aground", "two days later"), (+1, seconds) where it lies after ("a day
    before the vote")."""
    out = []
    for t in art.times:
        if not in_sentence(s, t.start) or t.granularity != "duration" or not (sec := duration_seconds(t.value)):
            continue
        if measured(art, t):
            continue  # "deliberated for nine hours before ...", "after seven hours of deliberation": a length
        if m := _OFFSET_AFTER.match(art.text, t.end):
            out.append((-1 if m.lastgroup == "later" else 1, sec))
        elif _OFFSET_BEFORE.search(art.text, max(0, t.start - 20), t.start):
            out.append((-1, sec))
    return out


_GOVERNING_WITHIN = 3  # content words before a duration among which the word that governs it stands
_ADJECTIVAL = re.compile(rf"[\w{IN_WORD}]-[\w{IN_WORD}]+\Z")  # "48-hour", "three-day": the noun after is what it measures
# and the languages that compound it otherwise: Greek in one word ("24ωρη απεργία", "τριήμερη"), Turkish with "-lik"
# ("24 saatlik grev")
_ADJECTIVAL_BY_LANGUAGE = {"el": re.compile(r"(?:ωρ|ήμερ)[^\W\d_]{1,3}\Z"), "tr": re.compile(r"l[ıiuü]k\Z")}


def _adjectival(t: TimeExpression, language: str | None) -> bool:
    """Whether a duration is an adjective of the noun after it ("a 48-hour strike", "24ωρη απεργία")."""
    own = _ADJECTIVAL_BY_LANGUAGE.get((language or "").split("-")[0].lower())
    return bool(_ADJECTIVAL.search(t.text) or (own and own.search(t.text)))


@lru_cache(maxsize=64)
def _stops(language: str | None) -> frozenset[str]:
    from parallax.stories.features import stop_words

    lang = (language or "").split("-")[0].split("_")[0].lower()
    return frozenset(_STOP) | (stop_words(lang) if lang.isalpha() else frozenset())


def content_word(word: str, language: str | None) -> bool:
    return len(word) > 2 and not word.isdigit() and fold(word) not in _stops(language) and not _BOUND_IN_SPAN.match(word + " ")


def _governing(art: Article, s: Sentence, t: TimeExpression) -> frozenset[str]:
    """The words that may say what a duration measures: the noun after an adjectival one ("a 48-hour
    strike"), else the nearest content words before it ("grève de 48 heures", "lasted two days",
    "has seen in two decades"), names and dates passed over: the verb stands apart from its measure
    when the sentence names whom or when ("sentenced former mayor Gerald Finch to eight years",
    "was sentenced on Thursday to seven years"); empty when there is none near."""
    if _adjectival(t, art.language):
        after = re.findall(WORD, art.text[t.end : min(s.end, t.end + 40)])
        return frozenset({fold(after[0])}) if after and content_word(after[0], art.language) else frozenset()
    lo = max(s.start, t.start - 60)
    skip = [(x.start, x.end) for x in (*art.entities, *art.times) if x is not t and x.start < t.start and lo < x.end]
    out: list[str] = []
    for m in reversed(list(re.finditer(WORD, art.text[lo : t.start]))):
        a, b = lo + m.start(), lo + m.end()
        if content_word(m.group(), art.language) and not any(x < b and a < y for x, y in skip):
            out.append(fold(m.group()))
        if len(out) == _GOVERNING_WITHIN:
            break
    return frozenset(out)


def durations(art: Article, s: Sentence) -> list[tuple[str, float, frozenset[str]]]:
    """(value, seconds, governing words) of the sentence's measures of time: exact durations that are
    neither a bound ("within six weeks", "more than six hours") nor an offset ("a day after"), and
    that have a word near them saying what they measure (:func:`_governing`)."""
    out = []
    for t in art.times:
        if not in_sentence(s, t.start) or t.granularity != "duration" or not (sec := duration_seconds(t.value)):
            continue
        adjectival = _adjectival(t, art.language)  # "after six-hour talks": the talks' length, no offset
        if _BOUND_IN_SPAN.match(t.text) or _BOUND_BEFORE.search(art.text, max(0, t.start - 25), t.start):
            continue
        offset = _OFFSET_AFTER.match(art.text, t.end) or not adjectival and _OFFSET_BEFORE.search(art.text, max(0, t.start - 20), t.start)
        if offset and not measured(art, t):
            continue
        if words := _governing(art, s, t) | ({noun} if (noun := measured_noun(art, t)) else set()):
            out.append((t.value, sec, words))
    return out


def same_word(a: str, b: str) -> bool:
    """One word in two forms: equal, or a shared opening of five letters ("strike" / "strikes", "grève" / "grèves")."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return a == b or n >= 5


def duration_conflicts(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[str, str]]:
    """(value in a, value in b) of measures of time that measure the same thing and differ: the
    same word governs both ("a 48-hour strike" / "a 72-hour strike"), and no measure of the other
    under that word agrees.  Across languages no word is shared, so translated durations are not
    compared."""
    if art_a.in_another_language(art_b):
        return []
    out = []
    tb = durations(art_b, sb)
    for value, sec, words in durations(art_a, sa):
        same = [y for y in tb if any(same_word(w, v) for w in words for v in y[2])]
        if same and all(y[1] != sec for y in same):
            out.append((value, same[0][0]))
    return out
