"""A count one outlet gives in another sentence of its own report is no figure it disputes.

News repeats a whole before it gives a part of it: "1,2 miljoner kunder drabbades" in the lead, then "För omkring 8
procent av de drabbade, cirka 96 000 kunder, läcktes även kortnummer". Another outlet's sentence that tells the whole
and the share together ("1,2 miljoner kunder drabbats, varav cirka 10 procent …") aligns with the part's sentence,
and 96,000 customers against 1.2 million read as a contradiction though the first report states 1.2 million
itself. A number conflict between two sentences stands only where neither report, read whole, gives the other's
figure under the same noun and in the same role (dead, injured, arrested ...: :func:`.numbers.number_conflicts`
compares role by role, so "12 injured" elsewhere settles no toll of 12 dead). Shares and sums are left out: one
report gives percentages and sums of many things, and any of them could seem to settle another.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextvars import ContextVar

from parallax.compare.hedges import fits
from parallax.compare.numbers import number_conflicts, numbers
from parallax.compare.roles import role_class
from parallax.records import Article, Sentence

# each sentence's counts, read once per comparison (set by :func:`parallax.compare.compare_articles`; with none set, as
# in a direct call, read for the call): they were read again, every sentence of the report, for each number conflict
ELSEWHERE: ContextVar[dict[int, tuple[Article, list[tuple[Sentence, dict]]]] | None] = ContextVar("counts_elsewhere", default=None)


def _elsewhere(art: Article, s: Sentence) -> dict:
    """The counts of ``art``'s sentences other than ``s`` (and any at its start), merged."""
    table = ELSEWHERE.get()
    held = table.get(id(art)) if table is not None else None
    if held is None or held[0] is not art:
        held = (art, [(t, numbers(art, t)) for t in art.sentences])
        if table is not None:
            table[id(art)] = held
    return _merged({}, (counts for t, counts in held[1] if t is not s and t.start != s.start))


def _merged(held: dict, more: Iterable[dict]) -> dict:
    """The sentence's counts with the rest of the report's, noun by noun and role by role."""
    out = {unit: {what: set(v) for what, v in roles.items()} for unit, roles in held.items()}
    for other in more:
        for unit, roles in other.items():
            for what, v in roles.items():
                out.setdefault(unit, {}).setdefault(what, set()).update(v)
    return out


def stated_elsewhere(unit, art_a: Article, sa: Sentence, held_a: dict, art_b: Article, sb: Sentence, held_b: dict) -> bool:
    """Whether one report gives, in another of its sentences, the figure the other report's sentence gives for
    ``unit``: then the two sentences count two things under one noun (a whole and a part), not one thing twice."""
    if not (isinstance(unit, str) and unit.isalpha() and unit.islower()):
        return False  # shares ("%") and sums ("IDR") measure many things in one report: only counts of a noun
    for art, s, held, other in ((art_a, sa, held_a, held_b), (art_b, sb, held_b, held_a)):
        elsewhere = _elsewhere(art, s)
        if not _gives_one_of(elsewhere.get(unit, {}), other.get(unit, {})):
            continue  # its other sentences give none of the other's figures: the dispute stands, whatever they add
        if all(u != unit for u, _, _ in number_conflicts(_merged(held, [elsewhere]), other)):
            return True
    return False


def _gives_one_of(elsewhere: dict, other: dict) -> bool:
    """Whether a figure of the report's other sentences is one the other report's sentence gives, in one role
    ("Tajdid won 64 of the 161 seats" then "Amal came second with 42 seats" / "Tajdid won 62 seats in the 161-seat
    parliament": 42 is none of 62 and 161, so 64 against 62 stays a dispute; adding it had only made the two sides'
    lists of seats unequal in length, which :func:`.numbers.number_conflicts` reads as no pair left over)."""
    return any(
        role_class(ra) == role_class(rb) and fits(x, y) for ra, xs in elsewhere.items() for rb, ys in other.items() for x in xs for y in ys
    )
