"""Every outlet's figure for a disputed count, and the outlets silent on it.

Conflicts are found between two aligned sentences, pair by pair, so one disputed count came out as several
conflicts ({A: 14, B: 11} and {B: 11, C: 14}), and an outlet that gives one side's figure in a sentence that
did not align with the fact was left out of it.  An analyst needs every outlet's figure side by side.  So a
fact's number conflicts of one noun that share an outlet's figure become one; each other outlet that counts the
same thing (the same noun, and the same role: what happened to what it counts, :mod:`.roles`) with a figure that
fits one side's and no other side's is added, with its sentence where that sentence is not one of the fact's
(``outside``); and the outlets that count no such thing anywhere in their reports are named (``silent``).  An
outlet whose only such figures fit no side may tell another thing of that noun ("the old library had 80
seats"): it is neither listed nor called silent.  A count with a conflict whose larger figure is likely an
update (``later``, :mod:`.updates`) stays in pairs: each note reads one figure against the other.
"""

from __future__ import annotations

from parallax.compare.hedges import Bound, agree, values_of
from parallax.compare.numbers import numbers
from parallax.compare.roles import role_class
from parallax.records import Article, Conflict


class StoryCounts:
    """Each article's counts sentence by sentence (:func:`parallax.compare.numbers.numbers`), read once per
    comparison and only for the articles a conflict asks about."""

    def __init__(self, articles: list[Article]) -> None:
        self._articles = articles
        self._read: dict[int, list[dict]] = {}

    def of(self, ai: int) -> list[dict]:
        if ai not in self._read:
            art = self._articles[ai]
            self._read[ai] = [numbers(art, s) for s in art.sentences]
        return self._read[ai]


def _joinable(c: Conflict) -> bool:
    return (
        c.kind == "number"
        and isinstance(c.unit, str)
        and c.units is None
        and c.later is None
        and all(isinstance(v, list) and v and all(isinstance(x, float) for x in v) for v in c.values.values())
    )


def _joined(conflicts: list[Conflict]) -> list[Conflict]:
    """The conflicts of one noun joined where they share an outlet's figure and no outlet gives two."""
    out: list[Conflict] = []
    for c in conflicts:
        into = next(
            (
                j
                for j in out
                if any(j.values.get(k) == v for k, v in c.values.items()) and all(j.values.get(k, v) == v for k, v in c.values.items())
            ),
            None,
        )
        if into is None:
            out.append(Conflict(c.kind, dict(c.values), c.unit))
        else:
            into.values.update(c.values)
    return out


def every_outlet(conflicts: list[Conflict], articles: list[Article], members: list[tuple[int, int]], counts: StoryCounts) -> list[Conflict]:
    """A fact's ``conflicts`` with its number conflicts joined and widened to every outlet (see the module)."""
    updated = {c.unit for c in conflicts if c.kind == "number" and c.later is not None}  # read pair by pair (:mod:`.updates`)
    by_unit: dict[str, list[Conflict]] = {}
    for c in conflicts:
        if _joinable(c) and c.unit not in updated:
            by_unit.setdefault(c.unit, []).append(c)
    if not by_unit:
        return conflicts
    # the pairs another number conflict of the fact already sets against each other ("9 personas" / "12 people")
    set_apart = [set(c.values) for c in conflicts if c.kind == "number" and (not _joinable(c) or c.unit in updated)]
    out: list[Conflict] = []
    for c in conflicts:
        if not _joinable(c) or c.unit in updated:
            out.append(c)
        elif c.unit in by_unit:
            out += [_widened(j, articles, members, counts, set_apart) for j in _joined(by_unit.pop(c.unit))]
    return out


def _widened(
    conflict: Conflict, articles: list[Article], members: list[tuple[int, int]], counts: StoryCounts, set_apart: list[set[str]]
) -> Conflict:
    index = {a.id: ai for ai, a in enumerate(articles)}
    unit = conflict.unit
    roles: set[str | None] = set()
    sides: list[tuple[tuple[float, ...], set[Bound]]] = []  # each side's figure as told, for a third outlet to fit
    for article_id, value in conflict.values.items():
        ai = index.get(article_id)
        for si in [si for aj, si in members if aj == ai]:
            for what, told in (counts.of(ai)[si].get(unit) or {}).items():
                if any(b[0] in value for b in told):
                    roles.add(role_class(what))
                    sides.append((tuple(value), set(told)))
    if not roles:
        return conflict  # its figures are not counts read from its sentences (an age, a result): nothing to widen
    in_fact = set(members)
    values = dict(conflict.values)
    outside: dict[str, str] = {}
    silent: list[str] = []
    for ai, art in enumerate(articles):
        if art.id in values or any(art.id in pair and pair & conflict.values.keys() for pair in set_apart):
            continue  # (its figure against a side's is a conflict of its own already)
        found = [
            (si, told)
            for si, by_role in enumerate(counts.of(ai))
            for what, told in (by_role.get(unit) or {}).items()
            if role_class(what) in roles
        ]
        if not found:
            silent.append(art.id)
            continue
        fitted = {value for si, told in found for value, side in sides if agree(told, side)}
        if len(fitted) != 1 or not all(any(agree(told, side) for _, side in sides) for _, told in found):
            continue  # a figure that fits no side, or both: perhaps another thing of that noun
        si, told = min(found, key=lambda f: (ai, f[0]) not in in_fact)
        values[art.id] = values_of(told)
        if (ai, si) not in in_fact:
            outside[art.id] = art.sentences[si].text
    order = {a.id: n for n, a in enumerate(articles)}
    values = dict(sorted(values.items(), key=lambda kv: order.get(kv[0], len(order))))
    return Conflict(conflict.kind, values, unit, silent=silent or None, outside=outside or None)
