"""Clock times of two aligned sentences: the time of one act given two ways.

"The blast happened at 10:15" / "the explosion hit at 11:40", "um 14 Uhr" / "um 16 Uhr", "à 9h30" /
"à 11h": the clock times the analysis resolved (:mod:`parallax.analyze.times`) are compared where the
days do not already conflict (:mod:`.dates` reports that) and where they can be the same moment's:

* a hedged time ("around 10", "gegen 10 Uhr", "vers 10 h", "shortly after 10 p.m.") stands for half its
  rounding unit either side (an hour written whole: 30 minutes; a half hour: 15);
* a time with its zone is compared in UTC ("10:00 GMT" and "11:00 CET" agree; "5 p.m. ET", "Eastern time"
  in daylight saving time where its day is), and a zoned time against a local one not at all (the
  sentence may mean its place's time); a zoned time in brackets after a local one is that moment again
  ("at 11 a.m. (1000 GMT)");
* a bound or a span ("from 9 to 11", "until 10", "before 10", "von 9 bis 11 Uhr", "jusqu'à 22 h"), a
  schedule ("opens at 9 every day", "täglich um 9 Uhr", "tous les jours à 9 h") and a time stamp
  ("Updated at 10:15 GMT", "Stand: 14:30 Uhr", "Mis à jour à 10h15", "07:30 - Police sealed off ...")
  time no single act, and are left out;
* two days the sentences name for their times must be one day, and a time planned ("scheduled for 3
  p.m.", "soll um 15 Uhr", "prévu à 15 h") meets only another planned one;
* the times must be of one act, named by the words nearest before a time (its subject and verb):
  where a sentence times several acts ("met at 10 and voted at 12"), the times that agree with none of
  the other's meet the other's whose act shares the most words with theirs, both ways; one time each
  meets unless one starts and the other ends something ("began at 10" / "ended at 12") or the other
  sentence names this time's act in another clause ("After the vote, the session ended at 14:00").

How the times of two sentences are paired and compared is in :mod:`.clock_pairs` (split off to keep this
module short; every name is still importable from here).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from parallax.compare.clock_pairs import _DAY_IN_MINUTES as _DAY_IN_MINUTES
from parallax.compare.clock_pairs import _ENDS as _ENDS
from parallax.compare.clock_pairs import _PHASES as _PHASES
from parallax.compare.clock_pairs import _STARTS as _STARTS
from parallax.compare.clock_pairs import _agree as _agree
from parallax.compare.clock_pairs import _apart as _apart
from parallax.compare.clock_pairs import _moments, _moments_agree, _pairs
from parallax.compare.clock_pairs import _only_best as _only_best
from parallax.compare.clock_pairs import _opposite_phases as _opposite_phases
from parallax.compare.clock_pairs import _overlap as _overlap
from parallax.compare.clock_pairs import _phase as _phase
from parallax.compare.dates import DateValue, date_values
from parallax.compare.durations import content_word
from parallax.compare.sentence_items import starting_in
from parallax.letters import WORD, fold
from parallax.records import Article, Sentence, TimeExpression

_CLOCK_VALUE = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})")

# a hedge right before the time ("at around 10", "gegen 10 Uhr", "um etwa 10 Uhr", "vers 10 h", "peu après 9 h")
_HEDGE = re.compile(
    r"(?<![\w])(?:around|about|approximately|roughly|circa|ca\.|c\.|shortly (?:before|after)|just (?:before|after)|soon after"
    r"|gegen|etwa|ungefähr|circa|rund|kurz (?:vor|nach)|vers|environ|aux alentours de|autour de|aux environs de"
    r"|peu (?:avant|après)|hacia|sobre|alrededor de|cerca de|poco (?:antes|después) de|verso|intorno a(?:lle)?"
    r"|poco (?:prima|dopo)|[~≈])[ \u00a0]+(?:(?:the|à|um|les|las|la|alle|le)[ \u00a0]+)?\Z",
    re.I,
)
# a bound right before the time: "until 10", "before 10", "from 9", "bis 18 Uhr", "ab 9 Uhr", "jusqu'à 22 h", "dès 8 h"
_BOUND = re.compile(
    r"(?<![\w'’])(?:from|until|till|til|before|after|by|since|between|to|through|past|von|bis|vor|nach|ab|seit|zwischen"
    r"|spätestens|frühestens|de|d['’]|jusqu['’](?:à|au)|avant|après|dès|depuis|entre|à partir de|desde|hasta|antes de"
    r"|después de|a partir de|dalle|dalla|fino alle|prima delle|dopo le|tra le|entro le)"
    r"[ \u00a0]*(?:(?:the|à|um|les|las|la|le|alle)[ \u00a0]+)?\Z",
    re.I,
)
# the joint of a span between two figures: "9 to 11", "9 bis 11 Uhr", "9 h à 11 h", "9 and 10 a.m.", "9-11"
_SPAN_JOINT = r"[ \u00a0]*(?:to|and|or|through|bis|und|oder|à|au|et|ou|a|y|o|e|-|–|—)[ \u00a0]*"
_SPAN_BEFORE = re.compile(rf"\d[^\d\n]{{0,12}}?(?<![\w]){_SPAN_JOINT}\Z", re.I)
_SPAN_AFTER = re.compile(rf"(?<![ \u00a0]){_SPAN_JOINT}(?=\d)", re.I)  # and then another time: "14 Uhr bis 16 Uhr"
# a schedule: the sentence times a habit, not an act
_SCHEDULE = re.compile(
    r"(?<![\w])(?:every|each|daily|nightly|weekdays|usually|normally|regularly|täglich|jeden|jede|jeweils|werktags"
    r"|montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags|normalerweise|gewöhnlich|regelmäßig"
    r"|tous les|toutes les|chaque|quotidiennement|habituellement|d'habitude|généralement|cada|todos los días"
    r"|diariamente|ogni|tutti i giorni)(?![\w])",
    re.I,
)
# a time that names a thing, after an article: "the 06:12 service", "the 10 p.m. news", "le 20 h de France 2"
_NAMING = re.compile(r"(?<![\w])(?:the|a|an|der|die|das|den|dem|des|le|la|l['’]|el|il)[ \u00a0]+\Z", re.I)
# a time planned, not yet kept: set against a time kept, it is no contradiction ("the vote is scheduled for 3 p.m." /
# "the vote was held at 4 p.m.")
_PLANNED = re.compile(
    r"(?<![\w])(?:scheduled|planned|expected|due|slated|set to|will|geplant|vorgesehen|soll|sollen|angesetzt|erwartet"
    r"|prévu|prévue|prévus|devrait|doit|programmé|programmée|previsto|prevista|programado|programada)(?![\w])",
    re.I,
)
# a time stamp: the article's, not the act's
_STAMP = re.compile(
    r"(?<![\w])(?:updated|posted|published|last modified|modified|aktualisiert|stand:|veröffentlicht|zuletzt"
    r"|mis à jour|publié|modifié|actualizado|publicado|aggiornato|pubblicato|update)(?![\w])[^!?\n]{0,30}\Z",
    re.I,
)
_STAMP_AFTER = re.compile(r"(?<![ \u00a0])[ \u00a0]*+(?:[-–—:|.]|\Z)")  # a time opening its sentence, then a dash: a live-blog entry
# the zones a time may name, as minutes east of UTC
_ZONES = {
    "GMT": 0, "UTC": 0, "Z": 0, "WET": 0, "BST": 60, "WEST": 60, "CET": 60, "MEZ": 60, "CEST": 120, "MESZ": 120,
    "EET": 120, "EEST": 180, "MSK": 180, "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360,
    "PST": -480, "PDT": -420, "JST": 540, "KST": 540, "HKT": 480, "SGT": 480, "AEST": 600, "AEDT": 660,
}  # fmt: skip
# the zones of the United States named without their season ("5 p.m. ET", "5 p.m. Eastern time"), in standard time
_US_ZONES = {"ET": -300, "Eastern": -300, "CT": -360, "Central": -360, "MT": -420, "Mountain": -420, "PT": -480, "Pacific": -480}
_ZONE = re.compile(
    rf"(?<![\w])(?:({'|'.join(_ZONES)})(?:[ \u00a0]*([+-])(\d{{1,2}}))?|({'|'.join(_US_ZONES)})(?:(?<=[TP])|[ \u00a0]+time))(?![\w])"
)
_ZONE_AFTER = 16  # characters after a time in which its zone may stand ("10:00 (GMT)", "5 p.m. Eastern time")
# a word that sets another event beside the act, before it in its clause ("After the vote the session closed at 2 p.m.")
_RELATION = re.compile(
    r"(?<![\w])(?:after|before|following|since|nach|nachdem|vor|seit|après|avant|depuis|tras|después de|antes de|dopo|prima di)(?![\w])",
    re.I,
)
_ACT_WORDS = 2  # the content words nearest a time that name its act: a subject and a verb
# what ends the clause of a time: a punctuation mark or a conjunction
_CLAUSE = re.compile(r"[,;:()]|(?<![\w])(?:and|but|while|then|und|aber|sowie|während|dann|et|mais|puis|y|pero|e|ma)(?![\w])", re.I)
# a clause opened by a conjunction ("... and landed at 11:05"): its act may take its subject from the clause before
_CONJUNCTION = re.compile(r"(?<![\w])(?:and|then|und|dann|et|puis|y|e)[ \u00a0]*\Z", re.I)


@dataclass(frozen=True)
class Clock:
    """One clock time of a sentence: minutes after midnight, the minutes it may be off, the zone's offset
    from UTC in minutes (None for local time), its day and whether the sentence names it, the words of
    its act (:func:`act_words`) and its clause (from the event set beside it, if one is: see :func:`_apart`)."""

    text: str
    start: int
    minutes: int
    tolerance: float
    zone: int | None
    day: str
    named: bool
    words: frozenset[str]
    clause: tuple[int, int]
    zone_name: str = ""
    planned: bool = False
    verb: str = ""  # the content word right before the time, where its verb stands ("landed at 11:05"), folded

    def shown(self) -> str:
        """The time as a conflict shows it: "10:15", "10:00 GMT"."""
        return f"{self.minutes // 60:02d}:{self.minutes % 60:02d}" + (f" {self.zone_name}" if self.zone_name else "")


def _rounding_unit(minute: int) -> int:
    """The minutes a written time is rounded to: a whole hour 60, a half hour 30, a quarter 15, five minutes 5."""
    for unit in (60, 30, 15, 5):
        if minute % unit == 0:
            return unit
    return 1


def _zone(art: Article, t: TimeExpression) -> tuple[int, str] | None:
    """The zone a time names in its text or right after it ("10:00 GMT", "11:00 (CET)", "15.00 Uhr MEZ"), as
    minutes east of UTC and as written; None for local time."""
    m = _ZONE.search(art.text, t.start, min(len(art.text), t.end + _ZONE_AFTER))
    if not m or m.start() >= t.end and art.text[t.end : m.start()].strip(" \u00a0("):
        return None
    if m.group(4):
        return _US_ZONES[m.group(4)] + (60 if _us_summer(t.value or "") else 0), m.group()
    hours = int(m.group(3)) * (1 if m.group(2) == "+" else -1) if m.group(3) else 0
    return _ZONES[m.group(1)] + 60 * hours, m.group()


def _us_summer(value: str) -> bool:
    """Whether the day of a time is in daylight saving time in the United States: from the second Sunday of
    March to the first Sunday of November."""
    try:
        d = date.fromisoformat(value[:10])
    except ValueError:
        return False
    march, november = date(d.year, 3, 8), date(d.year, 11, 1)
    start = march + timedelta(days=(6 - march.weekday()) % 7)
    end = november + timedelta(days=(6 - november.weekday()) % 7)
    return start <= d < end


def _times_no_act(art: Article, s: Sentence, t: TimeExpression, starts: set[int]) -> bool:
    """A bound, either end of a span, a time that names a thing ("the 06:12 service"), or a time stamp (see
    the module); ``starts`` are where the sentence's other times start."""
    before = art.text[max(s.start, t.start - 40) : t.start]
    if _HEDGE.search(before):
        return False  # "shortly after 10 p.m.": a hedge, no bound
    if _BOUND.search(before) or _SPAN_BEFORE.search(before) or _NAMING.search(before):
        return True
    if (joint := _SPAN_AFTER.match(art.text, t.end)) and joint.end() in starts:
        return True
    if _STAMP.search(before):
        return True
    return not art.text[s.start : t.start].strip(" \"'“”«»„(") and bool(_STAMP_AFTER.match(art.text, t.end, s.end))


def clause_start(art: Article, s: Sentence, start: int) -> int:
    """Where the clause of what starts at ``start`` starts."""
    lo = s.start
    for m in _CLAUSE.finditer(art.text, s.start, start):
        lo = m.end()
    return lo


def time_clause(art: Article, s: Sentence, t: TimeExpression) -> tuple[int, int]:
    """Where the clause of a time starts and ends."""
    lo = clause_start(art, s, t.start)
    end = _CLAUSE.search(art.text, t.end, s.end)
    return lo, end.start() if end else s.end


def act_words(art: Article, t: TimeExpression, clause: tuple[int, int]) -> tuple[frozenset[str], int]:
    """The words of the act a time times, and where they start: the nearest content words before it in
    its clause, where the subject and the verb stand ("the explosion hit at 11:40", "Die Explosion ereignete
    sich um 14 Uhr"), else the first after it ("At 10:15 the blast happened", "Um 14 Uhr ereignete sich die
    Explosion"); not a place after it ("near the station", "am Bahnhof")."""
    before = [m for m in re.finditer(WORD, art.text[clause[0] : t.start]) if content_word(m.group(), art.language)][-_ACT_WORDS:]
    if before:
        return frozenset(fold(m.group()) for m in before), clause[0] + before[0].start()
    after = [fold(w) for w in re.findall(WORD, art.text[t.end : clause[1]]) if content_word(w, art.language)]
    return frozenset(after[:_ACT_WORDS]), t.start


def _named(day: str, dates: list[DateValue]) -> bool:
    d = date.fromisoformat(day)
    return any(named and first <= d <= last for _, (first, last), named in dates)


def clocks(art: Article, s: Sentence) -> list[Clock]:
    """The sentence's clock times that time an act (see the module); none in a schedule."""
    times = starting_in(art.times, s)
    if not any(t.granularity == "time" for t in times):
        return []
    if any(t.granularity == "set" for t in times) or _SCHEDULE.search(art.text, s.start, s.end):
        return []
    dates = date_values(art, s)
    out: list[Clock] = []
    subject = ""  # the subject of the sentence's last act, for a clause that names its verb alone
    for t in times:
        m = _CLOCK_VALUE.fullmatch(t.value or "")
        if t.granularity != "time" or not m or _times_no_act(art, s, t, {u.start for u in times}):
            continue
        minute = int(m.group(3))
        hedged = _HEDGE.search(art.text[max(s.start, t.start - 40) : t.start])
        tolerance = _rounding_unit(minute) / 2 if hedged else 0.0
        clock = 60 * int(m.group(2)) + minute
        lo, hi = time_clause(art, s, t)
        words, act = act_words(art, t, (lo, hi))
        near = [w for w in re.findall(WORD, art.text[act : t.start]) if content_word(w, art.language)] if act < t.start else []
        verb = fold(near[-1]) if near else ""
        if len(words) < _ACT_WORDS and subject and _CONJUNCTION.search(art.text, s.start, lo):
            words |= {subject}  # "The plane took off at 9:40 and landed at 11:05": the plane landed
        elif len(words) == _ACT_WORDS and act < t.start and (first := re.match(WORD, art.text[act : t.start])):
            subject = fold(first.group())
        relation = _RELATION.search(art.text, lo, act)  # "Nach der Abstimmung endete die Sitzung": the vote stands apart
        clause = (act if relation else lo, hi)
        offset, name = _zone(art, t) or (None, "")
        planned = bool(_PLANNED.search(art.text, clause[0], clause[1]))
        out.append(
            Clock(t.text, t.start, clock, tolerance, offset, m.group(1), _named(m.group(1), dates), words, clause, name, planned, verb)
        )
    return out


def clock_conflicts(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[list[str], list[str]]]:
    """(times in a, times in b) of the moments of one act the two sentences time differently (see the module)."""
    ma, mb = _moments(art_a, clocks(art_a, sa)), _moments(art_b, clocks(art_b, sb))
    return [
        ([c.shown() for c in a], [c.shown() for c in b]) for a, b in _pairs(ma, art_a, sa, mb, art_b, sb) if _moments_agree(a, b) is False
    ]

