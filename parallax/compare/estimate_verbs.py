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

The verb may follow its figure, in a clause of its own after a comma, as "said" does: "80% of workers joined the
strike, the unions estimated", "El 80% secundó el paro, calcularon los sindicatos" (the subject after its verb, as
Romance and German write it after a statement: "schätzten die Gewerkschaften").  The side of such a closing clause
is the estimator word nearest the verb in that clause, before or after it (:func:`verb_side_after`).
"""

from __future__ import annotations

import re

from parallax.compare.crowds import _ESTIMATOR

_INVERTED = 12  # the most characters between a verb and its subject after it ("schätzten die Gewerkschaften")
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


def verb_side_after(text: str, lo: int, hi: int) -> str | None:
    """The side that a verb of estimating in the last clause between ``lo`` (the figure's end) and ``hi`` (its
    sentence's end) has as its subject, where a comma opens that clause: "..., the unions estimated" (see the
    module); None where none."""
    comma = text.rfind(",", lo, hi)
    if comma < 0 or not (verb := _VERB.search(text, comma, hi)):
        return None
    before = list(_ESTIMATOR.finditer(text, comma, verb.start()))
    if before:
        return before[-1].lastgroup  # "..., the unions estimated"
    # the subject straight after its verb, past an article at most ("calcularon los sindicatos"), not an object
    # further on ("..., which put pressure on the government")
    after = _ESTIMATOR.search(text, verb.end(), hi)
    return after.lastgroup if after and after.start() - verb.end() <= _INVERTED else None
