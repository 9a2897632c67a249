"""A larger toll in a later report: most likely an update, not a contradiction.

News of a disaster counts as it comes in: "at least 12 dead" at 08:00, "at least 19 dead" at 15:00.  The two
figures do differ, and the comparison shows them as a number conflict, but a fact-checker needs to see that the
later report's larger figure is most likely the toll risen since, not one outlet against another.  A number
conflict is marked so (``Conflict.later``: the later report's id) where

* what both figures count grows as news comes in: the dead (and the bodies found), the injured, the missing, the
  evacuated, the arrested (each a role of :func:`parallax.compare.roles.role`, a part of the toll,
  :mod:`.toll_parts` and :mod:`.part_tolls`, or a toll that "rose to", :mod:`.toll_counts`), and the people
  affected ("12,000 people were affected", :data:`_AFFECTED_AFTER`), every figure of each side;
* both reports give their publication time, an hour or more apart (:func:`parallax.publication_times.hours_later`;
  a bare date is its whole day, so a report dated the 12th came at least a day after one dated the 10th, while
  two of one day or of two days running may have come minutes apart);
* the later report gives the larger figure: its lowest above the earlier report's highest.

Where the times are unknown or within the hour, a report that says in its own words that its count rose to its figure
("the death toll has risen to 23", :mod:`.risen_counts`) is the later one, against a report that does not.
The moment of each figure is the time its sentence dates it to where it does ("as of Thursday evening, 12 people
were missing": :mod:`.figure_moments`), else the report's publication time.  A count of the missing that falls in the
later report ("12 missing", then "5 missing") is marked too: people are found as news comes in.
A drop of any other count (the earlier report's figure the larger) stays a plain conflict: a toll revised down is
news a reader must see as a disagreement.  So do two figures published within the hour, a report whose time is unknown, and counts
that do not grow as news comes in (an age, a price, seats, a result, a date, a length of time).  The fact keeps its
status, "conflict": the figures still differ, and an update is likely, not known.
"""

from __future__ import annotations

import re

from parallax.compare.count_nouns import NOT_COUNTS
from parallax.compare.denied_harm import denied
from parallax.compare.figure_moments import figure_moment
from parallax.compare.part_tolls import part_toll, whole_of
from parallax.compare.rescue_counts import RECOVERED
from parallax.compare.risen_counts import risen_to
from parallax.compare.role_words import CLAUSE_END
from parallax.compare.roles import role
from parallax.compare.toll_parts import toll_part
from parallax.publication_times import hours_later
from parallax.records import Article, Conflict, Quantity, Sentence

AFFECTED = "affected"
GROWING = frozenset({"dead", RECOVERED, "injured", "missing", "evacuated", "arrested", AFFECTED})
MIN_HOURS = 1.0  # reports closer than this are one moment's: their figures disagree
_NOT_GROWING_UNITS = frozenset({"age", "result", "duration", "minute"})  # conflicts the compare stage names so

# "affected" after the figure, in its clause ("12,000 people were affected", "12.000 Menschen sind betroffen",
# "12 000 personnes touchées", "12.000 personas afectadas", "12.000 persone colpite", "12 mil pessoas atingidas")
_AFFECTED_AFTER = re.compile(
    r"(?<!\w)(?:affected|betroffen\w*+|touchée?s?|sinistré(?:e|s|es)?|afectad[oa]s?|damnificad[oa]s?|colpit[oie]|atingid[oa]s?|getroffen)(?!\w)",
    re.I,
)
# and before it: "affecting some 12,000 people", "affected more than 12,000 residents"
_AFFECTING_BEFORE = re.compile(
    r"(?<!\w)affect(?:ing|ed)[ \u00a0]++(?:(?:some|about|around|nearly|almost|over|at least|more than)[ \u00a0]++)?\Z", re.I
)
_REACH = 50  # characters after the figure in which its clause says "affected"


def _affected(text: str, q: Quantity) -> bool:
    """Whether the count at ``q`` is of the people (homes ...) a disaster affected."""
    if _AFFECTING_BEFORE.search(text, max(0, q.start - 40), q.start):
        return True
    end = min(len(text), q.end + _REACH)
    if brk := CLAUSE_END.search(text, q.end, end):
        end = brk.start()
    return bool(_AFFECTED_AFTER.search(text, q.end, end))


def grows(art: Article, q: Quantity) -> bool:
    """Whether ``q`` counts something that grows as news comes in: a casualty toll, the evacuated, the arrested,
    the affected."""
    if q.unit in NOT_COUNTS:
        return False  # an age, an identifier, a score
    what = role(art.text, q) or toll_part(art.text, q.end)  # "Two of the dead"
    if what is None and q.unit is None and (whole := whole_of(art, q)) is not None:
        what = part_toll(art.text, whole)  # "21 of the 60 workers were injured"
    return what in GROWING or (what is None and _affected(art.text, q))


def _every_figure(art: Article, s: Sentence, values: list, test) -> bool:
    """Whether every figure of one side of a conflict passes ``test(art, q)`` (and there is one)."""
    counts = [q for q in art.quantities if s.start <= q.start < s.end and q.value is not None and float(q.value) in values]
    return bool(counts) and all(test(art, q) for q in counts)


def _growing_side(art: Article, s: Sentence, values: list) -> bool:
    """Whether every figure of one side of a conflict counts a thing that grows.  A statement that nobody was hurt
    (killed) is the nought of :mod:`.denied_harm` for that role, a count with no figure in the text: a toll grows
    from it as the injured are found ("No one was injured" at 08:00, "Three people were injured" at 15:00)."""
    if values == [0.0] and denied(s.text) & GROWING:
        return True
    return _every_figure(art, s, values, grows)


def _missing_side(art: Article, s: Sentence, values: list) -> bool:
    """Whether every figure of one side of a conflict counts the missing."""
    return _every_figure(art, s, values, lambda a, q: role(a.text, q) == "missing")


def later_report(c: Conflict, art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> str | None:
    """The id of the report whose larger figure is most likely an update of the other's smaller one (see the
    module's docstring), or None."""
    if c.kind != "number" or c.unit in _NOT_GROWING_UNITS or set(c.values) != {art_a.id, art_b.id} or art_a.id == art_b.id:
        return None
    va, vb = c.values[art_a.id], c.values[art_b.id]
    if not all(isinstance(v, list) and v and all(isinstance(x, (int, float)) for x in v) for v in (va, vb)):
        return None  # a result ("3-1") or a date, no count
    at_a, at_b = figure_moment(art_a, sa), figure_moment(art_b, sb)  # "as of Thursday evening", else published
    forward, back = hours_later(at_a, at_b), hours_later(at_b, at_a)
    if forward is not None and forward[0] >= MIN_HOURS:
        early, late = (art_a, sa, va), (art_b, sb, vb)
    elif back is not None and back[0] >= MIN_HOURS:
        early, late = (art_b, sb, vb), (art_a, sa, va)
    else:  # a time unknown, or within the hour: the one side that says its count rose to its figure is the later
        risen_a, risen_b = (_every_figure(art, s, v, lambda a, q: risen_to(a.text, q)) for art, s, v in ((art_a, sa, va), (art_b, sb, vb)))
        if risen_a == risen_b:
            return None
        early, late = ((art_b, sb, vb), (art_a, sa, va)) if risen_a else ((art_a, sa, va), (art_b, sb, vb))
    if max(late[2]) < min(early[2]) and _missing_side(*early) and _missing_side(*late):
        return late[0].id  # "12 missing" then "5 missing": people found since
    if min(late[2]) <= max(early[2]):
        return None  # a drop, or figures that overlap
    if not (_growing_side(*early) and _growing_side(*late)):
        return None
    return late[0].id
