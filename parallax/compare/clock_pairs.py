"""Which clock times of two sentences time one act, and whether they can be one moment.

:func:`.clocks.clocks` reads a sentence's times; here they are grouped into moments (a zoned time in
brackets after a local one is that moment again), paired across the two sentences (one each, unless one
starts and the other ends something or the other sentence names the act apart; else by the words of
their acts) and compared (in UTC where zoned, within a hedge's tolerance, across midnight).
:func:`.clocks.clock_conflicts` reports the pairs that disagree.  Split off :mod:`.clocks` to keep it
short; every name is still importable from there.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parallax.compare.durations import same_word
from parallax.letters import IN_WORD, fold
from parallax.records import Article, Sentence

if TYPE_CHECKING:  # a clock is only an annotation here; clocks imports these functions
    from parallax.compare.clocks import Clock

_DAY_IN_MINUTES = 1440
# the words that start an act and those that end one: "began at 10" and "ended at 12" are two acts
_STARTS = ("began", "begin", "start", "open", "kicked", "launch", "commenc", "beginn", "begann", "begonn", "eröffn",
           "öffne", "anfang", "fing", "débu", "ouvr", "ouvert", "lanc", "empez", "comenz", "inici", "abri", "iniz", "comin", "apert")  # fmt: skip
_ENDS = ("ended", "end", "finish", "close", "conclu", "wrapped", "adjourn", "endete", "beend", "geendet", "schloss",
         "geschlossen", "abgeschlossen", "termin", "fini", "achev", "ferm", "clôtur", "acab", "cerr", "chius")  # fmt: skip

_PHASES = (("start", tuple(fold(x) for x in _STARTS)), ("end", tuple(fold(x) for x in _ENDS)))


# what stands between a local time and its zoned twin in brackets: the bracket, after the words that say the first
# time is the place's own ("3 p.m. local time (0800 GMT)", "15 Uhr Ortszeit (8 Uhr MEZ)", "15h heure locale (13h GMT)",
# "las 15.00 hora local (08.00 GMT)", "ore 15 ora locale (14 GMT)", "15.00 uur lokale tijd (13.00 GMT)"): those
# words name no other moment, so the bracket still gives the same one
_BRACKET_AFTER_LOCAL = re.compile(
    r"[ \u00a0]?(?:(?:local[ \u00a0]+time|Ortszeit|heure[ \u00a0]+locale|hora[ \u00a0]+local|ora[ \u00a0]+locale|lokale[ \u00a0]+tijd)[ \u00a0]?)?\([ \u00a0]?",
    re.I,
)


def _moments(art: Article, found: list[Clock]) -> list[list[Clock]]:
    """The sentence's clocks grouped by moment: a zoned time in brackets right after a local one is that
    moment again ("at 11 a.m. (1000 GMT)"), and one time written twice is one moment."""
    groups: list[list[Clock]] = []
    for c in found:
        last = groups[-1][-1] if groups else None
        again = last is not None and c.zone is not None and last.zone is None
        if again and _BRACKET_AFTER_LOCAL.fullmatch(art.text, last.start + len(last.text), c.start):
            groups[-1].append(c)
        elif not any(g[0].minutes == c.minutes and g[0].zone == c.zone for g in groups):
            groups.append([c])
    return groups


def _phase(words: frozenset[str]) -> set[str]:
    """Whether an act's words start something, end something, or both (words and stems folded: "débuté")."""
    return {name for name, stems in _PHASES for w in words for stem in stems if w.startswith(stem)}


def _apart(x: Clock, art_b: Article, sb: Sentence, y: Clock) -> bool:
    """Whether the sentence of ``y`` names the act of ``x`` in another clause, or after a word that sets
    another event beside ``y``'s in its clause: "After the vote, the session ended at 2 p.m.", "Nach der
    Abstimmung endete die Sitzung um 14 Uhr" time the session's end, not the vote."""
    lo, hi = y.clause
    # a clause whose act is its verb alone takes its subject from the clause before ("Flight SK217 diverted
    # ... into the flight and landed at 14:20"): the words before it are its own act's, not another's
    before = art_b.text[sb.start : lo] if len(y.words) > 1 else ""
    others = {fold(w) for w in re.findall(rf"[\w{IN_WORD}]+", before + " " + art_b.text[hi : sb.end])}
    own = x.words - {w for w in x.words for v in y.words if same_word(w, v)}
    return any(same_word(w, o) for w in own for o in others)


def _overlap(x: Clock, y: Clock) -> int:
    """How many words of one time's clause the other's has too, in one form or another."""
    return sum(any(same_word(w, v) for v in y.words) for w in x.words)


def _opposite_phases(x: Clock, y: Clock) -> bool:
    """One time starts an act and the other ends one: "began at 10" / "ended at 12"."""
    pa, pb = _phase(x.words), _phase(y.words)
    return bool(pa and pb and not pa & pb)


def _agree(x: Clock, y: Clock) -> bool | None:
    """Whether two times can be one moment; None where they cannot be compared (one zoned, one local; two
    named days that differ; one planned, one kept)."""
    if (x.zone is None) != (y.zone is None) or x.named and y.named and x.day != y.day or x.planned != y.planned:
        return None
    d = abs((x.minutes - (x.zone or 0)) - (y.minutes - (y.zone or 0))) % _DAY_IN_MINUTES
    return min(d, _DAY_IN_MINUTES - d) <= max(x.tolerance, y.tolerance)


def _moments_agree(a: list[Clock], b: list[Clock]) -> bool | None:
    """Whether two moments agree in any of their forms; None where no form of one compares with one of the other."""
    verdicts = [v for x in a for y in b if (v := _agree(x, y)) is not None]
    return any(verdicts) if verdicts else None


def _pairs(ma: list[list[Clock]], art_a: Article, sa: Sentence, mb: list[list[Clock]], art_b: Article, sb: Sentence):
    """The moments of the two sentences that time one act (see the module): one each, unless they start
    and end something or the other sentence names the act apart; else, the moments that agree with none of
    the other's, each with the other's whose clause shares the most words with its own, both ways."""
    if len(ma) == len(mb) == 1:
        x, y = ma[0][0], mb[0][0]
        if not (_opposite_phases(x, y) or _apart(x, art_b, sb, y) or _apart(y, art_a, sa, x)):
            yield ma[0], mb[0]
        return
    left = [a for a in ma if not any(_moments_agree(a, b) for b in mb)]
    right = [b for b in mb if not any(_moments_agree(a, b) for a in ma)]
    for a in left:
        best = _only_best(a, right)
        if best is not None and not _opposite_phases(a[0], best[0]) and _only_best(best, left) is a:
            yield a, best


def _only_best(a: list[Clock], others: list[list[Clock]]) -> list[Clock] | None:
    """The one moment of ``others`` whose act shares the most words with ``a``'s; None where none shares a
    word, or two share as many (no telling which act it is)."""
    scores = [_overlap(a[0], b[0]) for b in others]
    top = max(scores, default=0)
    return others[scores.index(top)] if top and scores.count(top) == 1 else None
