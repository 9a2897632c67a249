"""Number conflicts: which counts of two aligned sentences disagree.

A number is compared with another when they count the same thing: the same
noun ("30 members" / "32 members"), the same thing under another noun when
the text shows it ("arresting 23 people" / "arresting 31 rioters", or a count
in another language), and in each case what happened to it ("28 killed" and
"210 injured" are different counts).  A hedged number is the bound it states
("at least 28" agrees with 38).

The pieces this comparison rests on live in their own modules: the hedges and bounds
(:mod:`.hedges`), the parts of a count (:mod:`.partitives`), the noun a count is compared under
(:mod:`.count_nouns`), what happened to what it counts (:mod:`.roles`, :mod:`.role_words`), counts
under different nouns (:mod:`.renamed`) and the casualty links (:mod:`.casualties`).  ``counted``
and ``role`` stay importable from here, where many tests import them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from parallax.analyze.quantities import TALLY, tally_pair
from parallax.analyze.quantities.fractions import whole_offset
from parallax.compare.basis_points import BASIS_POINT, basis_points
from parallax.compare.converted_sums import converted, estimate
from parallax.compare.count_nouns import NOT_COUNTS, counted
from parallax.compare.hedges import Bound, agree, bounds, fits, values_of
from parallax.compare.local_dollars import local_dollar
from parallax.compare.noun_kinds import kind_of
from parallax.compare.object_tolls import object_of_its_verb
from parallax.compare.part_tolls import group_whole, part_toll, whole_of
from parallax.compare.partitives import CJK_COUNTER, PART, PARTITIVE_BEFORE, part_of_people, partitive
from parallax.compare.roles import role, role_class
from parallax.compare.sentence_items import starting_in
from parallax.compare.toll_parts import toll_part
from parallax.compare.totals import apart
from parallax.records import Article, Sentence

__all__ = ["counted", "in_sentence", "number_conflicts", "numbers", "role", "tally_conflicts"]


def in_sentence(sentence: Sentence, start: int) -> bool:
    """Whether the character at ``start`` lies in ``sentence``."""
    return sentence.start <= start < sentence.end


def numbers(art: Article, s: Sentence, leave_out: Iterable[int] = ()) -> dict[str | tuple | None, dict[str | None, set[Bound]]]:
    """The sentence's numbers by counted noun, then by what happened to what they count (:func:`role`);
    a running total or an amount per item (:mod:`.totals`) under its kind and noun: ("each", "RON").
    The counts that start at ``leave_out`` are left out (another holder's: :mod:`.holders`)."""
    out: dict[str | tuple | None, dict[str | None, set[Bound]]] = {}
    noun = None  # the noun of the sentence's last count that wrote one
    last = None  # what the sentence's last count with a noun counts ("people" for "семь человек")
    last_what = None  # and what happened to it
    last_start = -1  # and where it starts
    counts = [q for q in starting_in(art.quantities, s) if q.value is not None and q.unit not in NOT_COUNTS]  # (:mod:`.sentence_items`)
    leave_out = set(leave_out)
    for q in counts:
        # a fraction of a count ("a third of the 900 workers") is a part: it meets another outlet's
        # part ("half of the 900"), not the whole, which stays a count of its own
        what = PART if whole_offset(q.text) else role(art.text, q)
        key = counted(BASIS_POINT if basis_points(art.text, q) else q.unit, what)  # "25 bázisponttal" (:mod:`.basis_points`)
        whole = whole_of(art, q)  # the count right after "of the" (:mod:`.part_tolls`), one of this sentence's counts
        if whole is not None and whole.unit not in NOT_COUNTS and in_sentence(s, whole.start):
            # "14 de los 27 concejales", "14 of the 27 seats": a part of the count after it, its noun's
            key, what = counted(whole.unit, role(art.text, whole)), PART
            if toll := part_toll(art.text, whole):
                key, what = "people", toll  # "21 of the 60 workers were injured": 21 people injured (:mod:`.part_tolls`)
        elif toll := toll_part(art.text, q.end):
            key, what = (PART, "people"), toll  # "Two of the dead", "Drei der Toten": a part of the toll (:mod:`.toll_parts`)
        elif (q.unit is None or CJK_COUNTER.match(q.unit)) and (last is not None or q.unit) and partitive(art.text, q):
            # "семь человек ..., четверо из них", "neuf blessés, dont trois", "17人受伤，其中3人": of the same
            # (a Chinese, Japanese or Korean part keeps its counter: "伤者中有3人" is people too)
            key = last if last is not None and not part_of_people(what, last_what) else key
            what = what or PART  # compared with another outlet's part, not with the whole
        elif (
            key == "people"
            and q.unit is None
            and noun is not None
            and not _taken_from(art, what, last_what, last_start)
            and not object_of_its_verb(art.text, q, what)
        ):
            # "dieci operai sono rimasti feriti e quattro sono morti": four workers; but a part of a group that
            # went through nothing is a toll of people ("Of the 60 workers on shift, 21 were injured": :mod:`.part_tolls`)
            key = noun
        elif q.unit is not None and key in (q.unit, kind_of(q.unit)) and q.unit.isalpha() and float(q.value).is_integer():
            # (its own noun or that noun's kind: after "dieci operai", "quattro" are workers too; a figure with a
            # fraction measures, it counts nothing: "5,6 büyüklüğündeki depremde ölenlerin
            # sayısı 11'e yükseldi" counts no magnitudes)
            noun = key
        if q.unit is not None and q.unit.isalpha():
            last, last_what, last_start = key, what, q.start
        if kind := apart(art, s, q):
            key = (kind, key)  # "since the start of the year, 40 people", "câte 5 milioane": met only by their kind
        elif (
            q.unit
            and (m := PARTITIVE_BEFORE.search(art.text, max(s.start, q.start - 30), q.start))
            and not art.text[s.start : m.start()].strip()
        ):
            # "Dintre acestea, 12 spitale județene": opening its sentence, a part of a whole told in an earlier one,
            # which another outlet's figure may be ("Peste 40 de spitale"): met only by another such part
            key = (PART, key)
        if q.start not in leave_out:
            bound = bounds(art.text, q, art.language)
            if converted(art.text, q, counts):
                bound = estimate(bound)  # "$1.5 billion, or 125 billion rupees": a rounded conversion (:mod:`.converted_sums`)
            out.setdefault(key, {}).setdefault(what, set()).add(bound)
    return out


def _taken_from(art: Article, what: str | None, group_what: str | None, group_start: int) -> bool:
    """Whether a bare toll is a part of the group counted before it that went through nothing ("Of the 60 workers
    on shift, 21 were injured"): a toll of people (:mod:`.part_tolls`)."""
    return part_of_people(what, group_what) and group_whole(art.text, group_start)


def _tallies(art: Article, s: Sentence) -> tuple[list[str], list[str]]:
    """A sentence's results and, apart, the ones in brackets after a name: a team's record
    ("the Hawks (10-5) beat the Kings 112-104") is no result of this match."""
    bare: list[str] = []
    kept: list[str] = []
    for q in starting_in(art.quantities, s):
        if in_sentence(s, q.start) and q.unit == TALLY:
            bracketed = art.text[q.start - 1 : q.start] == "(" and art.text[q.end : q.end + 1] == ")"
            (kept if bracketed else bare).append(q.text)
    return bare, kept


def tally_conflicts(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[list[str], list[str]]]:
    """The results (scores, votes; and, apart, the records in brackets) of two aligned sentences
    that disagree: as many in each, and not the same pairs, whichever side each names first ("beat
    City 3-1" / "lost 1-3 to Rovers" agree).  A sentence with more results than the other may add a
    set or an earlier round: no conflict."""
    out = []
    for ta, tb in zip(_tallies(art_a, sa), _tallies(art_b, sb), strict=True):
        if ta and len(ta) == len(tb) and sorted(map(tally_pair, ta)) != sorted(map(tally_pair, tb)):
            out.append((ta, tb))
    return out


def number_conflicts(na: dict, nb: dict) -> list[tuple[str, list[float], list[float]]]:
    """(unit, values a, values b) of the counts of one noun that disagree, role by role (:func:`parallax.compare.roles.same_role`):
    the counts of a role on each side compare together, so one figure the other side gives agrees.  Where
    both sides give a part, the parts meet each other ("half of the 450 jobs" / "150 of the 450 jobs")."""
    out = []
    for unit in sorted(set(na) & set(nb) - {None}, key=str):  # sorted: the same conflicts in the same order on every run
        if local_dollar(unit, na, nb):
            continue  # the Straits Times's "$1.4 billion" is the wire's "S$1.4 billion ($1.05 billion)" (:mod:`.local_dollars`)
        ra, rb = na[unit], nb[unit]
        kind = (lambda r: r) if PART in ra and PART in rb else role_class
        for what in sorted({kind(r) for r in ra} & {kind(r) for r in rb}, key=str):
            va = _told_exactly(set().union(*(v for r, v in ra.items() if kind(r) == what)))
            vb = _told_exactly(set().union(*(v for r, v in rb.items() if kind(r) == what)))
            if not agree(va, vb):
                out.append((unit, values_of(va), values_of(vb)))
            elif odd := _unpaired(va, vb):
                out.append((unit, *odd))
    return out


def _told_exactly(bounds_: set[Bound]) -> set[Bound]:
    """A side's bounds less a count in words that only sets a floor ("Thousands of people marched", :func:`.hedges.bounds`)
    where the same side also gives a figure at or above it ("Police estimated the crowd at 5,000"): the figure says
    what the word did, so the other side's "4,000" is held to the 5,000, not let pass by the "thousands"."""
    floors = {b for b in bounds_ if b[2] == math.inf and b[1] == b[0] - 0.5}
    told = bounds_ - floors
    return {b for b in bounds_ if b not in floors or not any(t[1] >= b[1] for t in told)}


def _unpaired(va: set[Bound], vb: set[Bound]) -> tuple[list[float], list[float]] | None:
    """Two figures of one kind on each side (or more), all pairs but one stated by both: the two left are
    the same thing's figures, and they disagree when neither fits ("a pay rise of 12 per cent; the government has offered
    4.5 per cent" / "a 15 percent raise; the government has offered 4.5 percent")."""
    if len(va) != len(vb) or len(va) < 2:
        return None
    if len(va) == 2:
        (a1, a2), (b1, b2) = sorted(va), sorted(vb)
        for x, y, rest_x, rest_y in ((a1, b1, a2, b2), (a2, b2, a1, b1)):
            if fits(x, y) and not fits(rest_x, rest_y) and not fits(rest_x, y) and not fits(x, rest_y):
                return [rest_x[0]], [rest_y[0]]
        return None
    # three or more on each side ("12 km west ..., at a depth of 10 km, 40 km from the coast"): all but one
    # of each side meet one figure of the other, one for one; the two left over are one measure's figures
    odd_a = [x for x in va if not any(fits(x, y) for y in vb)]
    odd_b = [y for y in vb if not any(fits(x, y) for x in va)]
    one_for_one = all(sum(fits(x, y) for y in vb) == 1 for x in va if x not in odd_a)
    if len(odd_a) == 1 and len(odd_b) == 1 and one_for_one:
        return [odd_a[0][0]], [odd_b[0][0]]
    return None
