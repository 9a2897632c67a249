"""Dutch deaths told by the separable verb "omkomen" split around the count: "Er kwamen 200 koeien om".

Dutch sets the particle of a separable verb at the end of its clause and the verb second: "Bij de brand kwamen
200 koeien om", "Twaalf mensen kwamen bij de ramp om".  The casualty words read beside a count
(:mod:`parallax.compare.role_words`) know the verb whole ("omgekomen", "omkwamen") and "kwamen om" side by side,
but neither is in such a clause: its count was read as no toll, and "200 koeien kwamen om" / "180 koeien
omgekomen" was no conflict.  A count is of the dead when a form of "komen" stands in its clause and the bare
particle "om" closes that clause ("om te kijken", "om 8 uur", "de hoek om" say something else).
"""

from __future__ import annotations

import re

from parallax.compare.role_words import CLAUSE_END
from parallax.records import Quantity

# the finite forms of "komen" that take the particle in a main clause
_COME = re.compile(r"(?<![\w-])(?:kwam|kwamen|komen|komt|kom)(?![\w-])", re.I)
# the particle closing the clause, not after a noun it governs as a preposition ("de hoek om", "de bocht om")
_PARTICLE_LAST = re.compile(r"(?<![\w-])(?<!hoek )(?<!bocht )om\s*\Z", re.I)
_REACH = 100  # characters either side of the count its clause is read in


def separable_death(text: str, q: Quantity) -> bool:
    """Whether ``q`` counts the dead of a Dutch clause whose verb is "omkomen" split around the count ("Er kwamen
    200 koeien om", "Twaalf mensen kwamen bij de ramp om")."""
    lead = text[max(0, q.start - _REACH) : q.start]
    if cuts := list(CLAUSE_END.finditer(lead)):
        lead = lead[cuts[-1].end() :]
    tail = text[q.end : q.end + _REACH]
    if cut := CLAUSE_END.search(tail):
        tail = tail[: cut.start()]
    elif len(text) > q.end + _REACH:
        return False  # the clause runs past the reach: its end is not read
    return bool(_PARTICLE_LAST.search(tail) and (_COME.search(lead) or _COME.search(tail)))
