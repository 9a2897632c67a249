"""A count that a toll "rose to": the number of the dead (or the injured, the missing) named before its verb.

"Liczba ofiar orkanu wzrosła do sześciu" and "Die Zahl der Todesopfer durch Sturmtief Ingrid ist auf sieben gestiegen"
give the figure with no noun after it, and the word that says who it counts stands at the head of the clause, further
back than the few words a count's role is read from (:func:`parallax.compare.roles.role`): the other report's
"Cztery osoby zginęły" (four dead) met a count of nothing, and a death toll that rose between two reports was no
conflict.  The head, "number of" and its noun ("liczba ofiar", "Zahl der Todesopfer", "número de heridos", "number of
dead"), then a verb and the word for "to" right before the figure, make the figure a count of that noun; its role is
the noun's casualty word, or, for victims, the dead (a toll of victims is of the dead, as "Sono tre le vittime" is).
A head that is a toll by itself ("the death toll from Tuesday's earthquake rose to 38", "die Opferzahl stieg auf 12")
counts the dead: without it the wire's "rose to 38" met another outlet's "At least 41 people were killed" as no count.
"""

from __future__ import annotations

import re

from parallax.compare.role_words import LIVE_VICTIM, ROLE_WORD, VICTIM
from parallax.records import Quantity

# "number of (the) X", "Zahl der X", "liczba X", "número de X", "nombre de X", "numero dei X", "aantal X" (en, de, pl,
# es, pt, fr, it, nl): group ``noun`` is X
_NUMBER_OF = re.compile(
    r"(?<!\w)(?:number|zahl|anzahl|liczba|número|nombre|numero|aantal)[ \u00a0]++"
    r"(?:of[ \u00a0]++(?:the[ \u00a0]++)?|der[ \u00a0]++|de[ \u00a0]++(?:los[ \u00a0]++|las[ \u00a0]++)?|des[ \u00a0]++|dos[ \u00a0]++|das[ \u00a0]++"
    r"|d[ei][ \u00a0]++|dei[ \u00a0]++|degli[ \u00a0]++|delle[ \u00a0]++|van[ \u00a0]++(?:de[ \u00a0]++)?)?(?P<noun>\w++)",
    re.I,
)
# the word for "to" right before the figure ("rose to", "auf", "do", "a", "à", "para", "tot"), or the toll's standing "at" it
# ("the death toll stands at 9", "was put at 9": session facts48, no count before)
_TO = re.compile(r"(?<!\w)(?:to|(?:stands?|stood|put|was|is) at|auf|do|a|à|para|tot|al|till|til)[ \u00a0]++(?:(?:about|around|at least|rund|etwa|mindestens|co najmniej|ok\.)[ \u00a0]++)?\Z", re.I)
# a head that is itself a toll of the dead: "the death toll from Tuesday's quake rose to 38", "the toll climbed to 14",
# "die Zahl der Toten" is above; "Die Opferzahl stieg auf 12", "dödstalet steg till 9", "het dodental is gestegen tot 6"
_DEATH_TOLL = re.compile(
    r"(?<!\w)(?:death[ \u00a0-]toll|toll|todeszahl|totenzahl|opferzahl|dödstal(?:et)?|dødstall(?:et)?|dodental)(?!\w)", re.I
)
_REACH = 130  # characters from the head to the figure: one clause (90 missed "The death toll from a landslide that buried part
# of the mountain village of Terrano has been revised to 9", facts48; a clause break still stops it)
_CLAUSE_BREAK = re.compile(r"[.;:!?]|,[ \u00a0]++(?:and|und|i|y|e|et|en)[ \u00a0]", re.I)


def toll_role(text: str, q: Quantity) -> str | None:
    """The casualty role of a figure that a toll "rose to" ("Die Zahl der Verletzten stieg auf 12"), from the noun of
    the "number of" at its clause's head; None where the figure has a noun of its own or no such head."""
    if q.unit is not None or not _TO.search(text, max(0, q.start - 40), q.start):
        return None
    head = None
    for m in _NUMBER_OF.finditer(text, max(0, q.start - _REACH), q.start):
        head = m
    toll = None
    for m in _DEATH_TOLL.finditer(text, max(0, q.start - _REACH), q.start):
        toll = m
    if toll is not None and (head is None or toll.start() > head.start()):
        return None if _CLAUSE_BREAK.search(text, toll.end(), q.start) else "dead"
    if head is None or _CLAUSE_BREAK.search(text, head.end(), q.start):
        return None
    noun = head.group("noun")
    if (r := ROLE_WORD.fullmatch(noun)) and r.lastgroup != "crowd":
        return r.lastgroup
    if VICTIM.fullmatch(noun) and not LIVE_VICTIM.fullmatch(noun):
        return "dead"
    return None
