"""What a percentage measures, in English: two shares of different things are two facts.

"Shares of Brightwave jumped 14%" / "revenue for the quarter rose 32 percent": aligned as one fact (both
report the results), the two figures would read as one figure given twice and conflict.  A percentage's
measure is the nouns of its clause before it ("Shares ... jumped", "Turnout fell to") and the noun of
"of the ..." after it ("38% of the vote"); a figure whose measure the other sentence never names has
nothing there to be compared with, when the other's figure measures a thing this sentence names.  A figure whose clause names no noun ("..., up 32 per cent") is kept:
it may be any of them.  The nouns are found by shape (no verb in -ed or -ing, none of the change verbs),
so the rule is English's; other languages read a percentage's kind from a table (:mod:`.share_kinds`).
"""

from __future__ import annotations

import re

from parallax.compare.durations import content_word, same_word
from parallax.compare.sentence_items import starting_in
from parallax.compare.share_kinds import kinds_apart
from parallax.letters import WORD, fold
from parallax.records import Article, Quantity, Sentence

_PERCENT = frozenset({"%", "percent", "per cent", "pct", "percentage point", "percentage points", "points"})
# where a figure's clause starts: a comma, a semicolon, a colon, a dash, or a conjunction (not a full stop:
# "the quarter ended Sept. 30 rose 32 percent")
_CLAUSE_START = re.compile(r"[,;:()–—]|\s(?:and|but|while|whereas|as|after|before|when)\s", re.I)
_OF_THE = re.compile(r"\s*of\s+(?:the\s+|its\s+|their\s+)?([A-Za-z][\w-]*)")
# the words of a change, a rank or a speech that stand where a measure's noun might: verbs and adverbs
_NOT_NOUNS = frozenset(
    "rose rise rises risen fell fall falls fallen grew grow grows grown jump jumps climb climbs drop drops gain gains slump slumps "
    "surge surges soar soars sank sink sinks slid slide slides dip dips won win wins took take takes lost lose loses got get gets "
    "said says say told tells up down second first third fourth last next only just almost nearly about around some roughly "
    "year years quarter week month percent cent point points".split()
)


# a percentage as an adjective of the noun after it, after an article or a possessive: "a 3.5% pay rise", "an 8 per
# cent increase", "its 2% target": the noun it qualifies is what it measures, and the clause's subject before it
# (who rejected, offered or set it: "The union rejected a 3.5% pay rise") is not
_DETERMINER_BEFORE = re.compile(r"(?<![\w-])(?:a|an|the|its|their|his|her|our|this|that)\s+\Z", re.I)
_NOUNS_AFTER = re.compile(r"(?:\s+[a-z][a-z-]*){1,3}")


def _qualified(art: Article, s: Sentence, q: Quantity) -> frozenset[str]:
    """The nouns an adjectival percentage qualifies ("a 3.5% pay rise": pay, rise), none where it stands alone."""
    if not _DETERMINER_BEFORE.search(art.text, max(s.start, q.start - 8), q.start) or not (m := _NOUNS_AFTER.match(art.text, q.end, s.end)):
        return frozenset()
    words = []
    for w in m.group().split():
        if not content_word(w, art.language):
            break  # "a 3.5% rise in the ...": the noun ends at the small word
        words.append(w)
    return frozenset(fold(w) for w in words if fold(w) not in _NOT_NOUNS and not re.search(r"(?:ed|ing)\Z", w))


def _measure(art: Article, s: Sentence, q: Quantity) -> frozenset[str]:
    """The nouns that say what the percentage ``q`` measures (names inside the sentence and dates passed over):
    the noun it qualifies where it is an adjective ("a 3.5% pay rise"), else the nouns of its clause before it."""
    if qualified := _qualified(art, s, q):
        return qualified
    text = art.text
    lo = s.start
    for m in _CLAUSE_START.finditer(text, s.start, q.start):
        lo = m.end()
    skip = [(x.start, x.end) for x in art.times if x.start < q.start and lo < x.end]
    words = set()
    for m in re.finditer(WORD, text[lo : q.start]):
        a, b = lo + m.start(), lo + m.end()
        # a name inside the sentence is a holder, not a measure (its opening word may be either: "Shares of ...")
        if not any(x < b and a < y for x, y in skip) and (a == s.start or not m.group()[0].isupper()):
            words.add(m.group())
    if m := _OF_THE.match(text, q.end, s.end):
        words.add(m.group(1))
    return frozenset(
        fold(w) for w in words if content_word(w, art.language) and fold(w) not in _NOT_NOUNS and not re.search(r"(?:ed|ing)\Z", w.lower())
    )


# the nouns of owning a part, which a share "of" a thing also tells ("a 5% stake" / "5% of the company")
_PART_NOUNS = frozenset("stake stakes share shares holding holdings interest part portion cut slice".split())


def _share_of(art: Article, s: Sentence, q: Quantity) -> str:
    """The noun of "of the ..." right after a percentage ("60% of ships": ships), "" where none."""
    m = _OF_THE.match(art.text, q.end, s.end)
    return fold(m.group(1)) if m else ""


def _two_kinds(art_a: Article, qa: Quantity, sa: Sentence, art_b: Article, qb: Quantity, sb: Sentence) -> bool:
    """Whether one percentage qualifies a noun ("a 9 percent pay rise") and the other is a share of another noun
    ("60% of ships were handled"): the size of a change or a rate against a part of a group, two things however
    the two sentences word them (a part owned, "a 5% stake" / "5% of the company", is one)."""
    for x, sx, qx, y, sy, qy in ((art_a, sa, qa, art_b, sb, qb), (art_b, sb, qb, art_a, sa, qa)):
        qualified, part = _qualified(x, sx, qx), _share_of(y, sy, qy)
        if qualified and part and not _qualified(y, sy, qy) and not qualified & _PART_NOUNS and not _named(qualified, {part}):
            return True
    return False


def _percentages(art: Article, s: Sentence) -> list[Quantity]:
    return [q for q in starting_in(art.quantities, s) if q.value is not None and (q.unit or "").lower() in _PERCENT]


def _named(nouns: frozenset[str], words: set[str]) -> bool:
    return any(same_word(n, w) for n in nouns for w in words)


def measured_apart(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> tuple[set[int], set[int]]:
    """The starts of the percentages of each sentence that have no counterpart in the other:

    * a figure whose measure the other sentence does not name, where a figure of the other measures
      something this sentence names without a percentage of it ("Shares jumped 14% after ... record
      revenue" / "revenue rose 32 percent"); two measures each sentence alone names ("61 per cent of
      voters" / "turnout was 64 percent") may be one thing in two words, and stay comparable;
    * a figure whose clause names no measure, where every figure of the other names one that a figure
      of this sentence shares ("shares jumped 14%" / "revenue ..., up 32 per cent, sending its shares up
      12 per cent"): the other's figures are all paired, and this one is of something else; so is a figure
      whose measure the other sentence never names, there ("cut its growth forecast to 1.2%" / "the rate is
      now 5.5%", the other's rate paired with "raised its rate to 5.75%")."""
    out: tuple[set[int], set[int]] = (set(), set())
    if not all((a.language or "en")[:2] == "en" for a in (art_a, art_b)):
        return kinds_apart(art_a, sa, art_b, sb)  # the other languages: a table of kinds (:mod:`.share_kinds`)
    sides = [{q.start: _measure(art, s, q) for q in _percentages(art, s)} for art, s in ((art_a, sa), (art_b, sb))]
    if not sides[0] or not sides[1]:
        return out
    words = [{fold(w) for w in re.findall(WORD, x.text)} for x in (sa, sb)]
    quantities = [{q.start: q for q in _percentages(art, s)} for art, s in ((art_a, sa), (art_b, sb))]
    for xa, qa in quantities[0].items():  # "a 9 percent pay rise" / "60% of ships"
        ya = [qb for qb in quantities[1].values() if _two_kinds(art_a, qa, sa, art_b, qb, sb)]
        if ya and len(ya) == len(quantities[1]):
            out[0].add(xa)
    for xb, qb in quantities[1].items():
        if quantities[0] and all(_two_kinds(art_a, qa, sa, art_b, qb, sb) for qa in quantities[0].values()):
            out[1].add(xb)
    for i in (0, 1):
        measures, others, mine, theirs = sides[i], sides[1 - i], words[i], words[1 - i]
        # the other sentence measures something this one names but gives no percentage of ("after ... record
        # revenue" / "revenue rose 32 percent"): its figure is that thing's, and this one's are of other things
        if any(_named(m, mine) and not any(_named(m, n) for n in measures.values()) for m in others.values()):
            out[i].update(start for start, nouns in measures.items() if nouns and not _named(nouns, theirs))
        # (and so is one whose measure the other sentence never names: "raised its rate to 5.75% and cut its growth
        # forecast to 1.2%" / "the rate is now 5.5%": the 1.2% is the forecast's, the 5.75% / 5.5% the conflict)
        if all(m and any(_named(m, n) for n in measures.values() if n) for m in others.values()):
            out[i].update(start for start, nouns in measures.items() if not nouns or not (_named(nouns, theirs) or any(_named(nouns, o) for o in others.values())))
    return out
