"""A figure after a change and "hasta", "até", "fino a", "jusqu'à" is the level reached, not a bound.

Spanish, Portuguese, Italian and French write the level a figure rose or fell to with their word for "up to": "El
beneficio neto cayó un 3%, hasta 650 millones de euros", "as vendas subiram 8%, até 4,1 mil milhões", "l'utile è
sceso del 3% fino a 650 milioni".  :mod:`.hedges` read every such word as a bound ("hasta 650 millones": anything up
to 650 million), so another report's "€610m" fitted it and a changed profit was missed.  After a verb of change in the
same clause the figure is exact, as Russian "выросла до 5,2%" already was (:data:`.hedges._CHANGED_TO`); elsewhere
("multas de hasta 650 millones") the word is still a bound.
"""

from __future__ import annotations

import re

# the word for "to" before the figure, with its article ("hasta los 4.100 millones", "até os", "fino ai", "jusqu'aux")
_TO_BEFORE = re.compile(
    r"(?<!\w)(?:hasta(?:\s(?:los|las|el|la|unos|unas))?|até(?:\s(?:os|as|o|a))?|fino\s(?:a|al|ai|agli|alla|alle)"
    r"|jusqu['’](?:à|aux?)(?:\s(?:les|la|le))?)\s\Z",
    re.I,
)
# the openings of the verbs of change (and of their nouns: "un aumento del 3%, hasta"), folded to lower case
_CHANGE = (
    "crec", "creci", "cay", "cae", "sub", "baj", "aument", "disminu", "reduj", "reduc", "descend", "ascend", "retroced",
    "avanz", "increment", "recort", "cresc", "caiu", "cai", "recu", "diminu", "salit", "sales", "scese", "sces", "calat",
    "cala", "progress", "baiss", "grimp", "chut", "augment", "recul", "dimin", "bondi", "elev", "alz",
)  # fmt: skip
_CLAUSE_END = re.compile(r"[.;!?]")
_WORD = re.compile(r"[^\W\d_]+")


def reached_level(text: str, start: int) -> bool:
    """Whether the figure at ``start`` follows "hasta" or its likes after a verb of change in its clause (see the module)."""
    window = text[max(0, start - 80) : start]
    if not (m := _TO_BEFORE.search(window)):
        return False
    clause = _CLAUSE_END.split(window[: m.start()])[-1]
    return any(w.lower().startswith(_CHANGE) for w in _WORD.findall(clause))
