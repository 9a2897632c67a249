"""Who answered the call: the general word for responders against a specific crew.

"Einsatzkräfte" (emergency workers), "rescuers", "secouristes", "soccorritori" count everyone sent, the
firefighters among them; "Feuerwehrleute", "firefighters", "pompiers" count one service.  So "120 Einsatzkräfte"
/ "80 Feuerwehrleute" are no two figures for one count: the general count may be the larger without any
disagreement, and a larger specific count ("200 firefighters" / "150 rescuers") may still be none where the
rescuers are a service of their own (mountain rescue, the coastguard).  Kept unmatched, on purpose: two counts
of responders of different classes (the general word, fire crews, medics, the police) are never paired under
different nouns (:func:`parallax.compare.renamed.renamed_counts`).  Two counts of one class still are ("80
firefighters" / "95 Feuerwehrleute").

The class is read from the words right after the count, as written, since quantities keep only the noun
("120 emergency workers" is a count of "worker").
"""

from __future__ import annotations

import re

from parallax.compare.sent_staff import sent_staff
from parallax.records import Quantity

_CLASSES = {
    "general": r"rescuers?|rescue (?:workers?|teams?|crews?|personnel)|emergency (?:workers?|personnel|responders?|crews?|staff|services)"
               r"|first responders?|responders?|einsatzkräfte\w*|rettungskräfte\w*|hilfskräfte\w*|helfer\w*|retter\w*"
               r"|secouristes?|sauveteurs?|soccorritor[ie]|rescatistas?|socorristas?|hulpverleners?|спасател\w*|рятувальник\w*"
               r"|ratowni\w*",
    "fire": r"firefighters?|fire-fighters?|firemen|fire crews?|feuerwehrleute\w*|feuerwehrmänner\w*|feuerwehrkräfte\w*"
            r"|(?:sapeurs-)?pompiers?|bomberos?|vigili del fuoco|pompieri|bombeiros?|brandweerlieden|brandweermannen"
            r"|пожарн\w*|strażak\w*|strażacy",
    "medic": r"paramedics?|medics?|ambulance (?:crews?|staff|workers?)|sanitäter\w*|notärzte\w*|ambulanciers?|paramédic[oa]s?"
             r"|paramedici|ambulancepersoneel|медик\w*|ratownik(?:ów|ami)? medyczn\w*",
    "police": r"police officers?|policemen|policewomen|officers?|polizisten\w*|polizeikräfte\w*|policiers?|gendarmes?"
              r"|policías?|agentes|poliziotti|carabinieri|policiais|politieagenten|agenten|полицейск\w*|поліцейськ\w*|policjant\w*",
}  # fmt: skip
_CLASS = re.compile(r"[ \u00a0]*(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _CLASSES.items()) + r")(?![\w-])", re.I)


def responder_class(text: str, q: Quantity) -> str | None:
    """The class of responders ``q`` counts ("general", "fire", "medic", "police"), read right after the count
    ("120 Einsatzkräfte", "80 firefighters", "30 emergency workers"), or None for any other count."""
    m = _CLASS.match(text, q.end)
    if m is None and sent_staff(text, q):
        return "general"  # "45 personel bölgeye gönderildi": staff sent to the scene (:mod:`.sent_staff`)
    return m.lastgroup if m else None


def same_responders(text_a: str, x: Quantity, text_b: str, y: Quantity) -> bool:
    """Whether two counts are of one class of responders ("54 rescuers" / "45 personel ... gönderildi", "80
    firefighters" / "95 pompiers"): one count under two nouns, across languages too."""
    a = responder_class(text_a, x)
    return a is not None and a == responder_class(text_b, y)


def other_responders(text_a: str, x: Quantity, text_b: str, y: Quantity) -> bool:
    """Whether two counts are of responders of two classes ("120 Einsatzkräfte" / "80 Feuerwehrleute", "50
    rescuers" / "12 paramedics"): two groups, one perhaps inside the other, no two figures for one."""
    a, b = responder_class(text_a, x), responder_class(text_b, y)
    return a is not None and b is not None and a != b
