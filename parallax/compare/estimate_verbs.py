"""A side that puts a figure at its value: "Los sindicatos lo cifraron en el 80%" cites the unions.

:func:`.estimates.cited_side` reads a figure's source from a source phrase ("según los sindicatos") or a verb of
saying ("the unions said 80%").  A figure is as often given by a verb of estimating whose subject is the side that
estimates it: "Los sindicatos cifraron el seguimiento en el 80%", "Les syndicats l'estiment à 80 %", "Die
Gewerkschaften bezifferten die Beteiligung auf 80 Prozent", "Unions put turnout at 80%".  Such a verb names its
subject as the figure's estimator, as much as "said" does, so the unions' 80% and the government's 20% are two
estimates, not one figure given twice.  Here the estimator word of :data:`.crowds._ESTIMATORS` nearest before such a
verb, itself before the figure in its clause and within :data:`_REACH` characters of the verb (the verb's object
between: "cifraron el seguimiento de la huelga en"), is the figure's side.  Only verbs that mean "estimate, put at,
number" are read (en, de, fr, es, it, pt, nl, pl); "Police arrested 12 people" names an actor, not an estimate.
"""

from __future__ import annotations

import re

from parallax.compare.crowds import _ESTIMATOR

_REACH = 60  # the most characters between the estimator and its verb ("Los sindicatos de la región lo cifraron")
_VERB = re.compile(
    r"(?<![\w-])(?:"
    r"put|puts|putting|estimated?|estimates|reckon(?:s|ed)?|calculated?|calculates"  # en
    r"|beziffer\w*|schätz\w*|geschätzt"  # de
    r"|estim\w*|chiffr\w*|évalu\w*|evalu\w*"  # fr
    r"|cifr\w*|calcul\w*|situ[óoa]\w*"  # es, pt ("estim-" above)
    r"|stim\w*|quantific\w*|calcol\w*"  # it
    r"|schat\w*|becijfer\w*"  # nl
    r"|szacu\w*|oszacowa\w*"  # pl
    r")(?![\w-])",
    re.I,
)


def verb_side(text: str, lo: int, hi: int) -> str | None:
    """The side ("authorities", "organisers") that a verb of estimating between ``lo`` and ``hi`` (the figure's clause
    before it) has as its subject, or None (see the module)."""
    verbs = list(_VERB.finditer(text, lo, hi))
    if not verbs:
        return None
    verb = verbs[-1]
    found = None
    for m in _ESTIMATOR.finditer(text, max(lo, verb.start() - _REACH), verb.start()):
        found = m
    return found.lastgroup if found else None
