"""What a rescue counts: the bodies found so far and the survivors brought out.

Bodies found are no toll.  "Three bodies were found in the rubble" counts the dead recovered so far, a part of
the toll another outlet gives whole ("12 people were killed"): read as the dead, the two were a conflict.  A
count of bodies (found, recovered, pulled out, or counted under a word that means nothing else: "corpses",
"Leichen", "cadáveres") has a role of its own, :data:`RECOVERED`, and meets only another count of bodies ("Three
bodies" / "drei Leichen" / "the bodies of four people"); it is compared with the dead nowhere, not even where
the sentence says the bodies are all the dead ("the bodies of all 12 victims have been recovered" is left as
its own count: the dead are told apart in the toll's own sentence).  A word for a body that also names a
council or a trade ("regulatory bodies", "corps de métier") is a body only beside a verb of finding.

Survivors brought out are the rescued.  "41 were rescued" and "the coastguard pulled 38 survivors from the sea"
count one group: survivors counted beside a verb of rescue (rescued, pulled from, saved, brought ashore) are
:data:`RESCUED`.  Elsewhere they stay survivors ("3 survivors were taken to hospital", "the shooting's 12
survivors"): those of a shooting or a crash are no count of people saved.
"""

from __future__ import annotations

import re

from parallax.compare.role_words import DEAD_BODY
from parallax.records import Quantity

RECOVERED = "recovered"
RESCUED = "rescued"

# a body, as quantities write the noun (lower case, a plural "s" cut where the language writes one: "bodies" is
# "body", "corps" "corp", "corpos" "corpo"); words that also name other things ("regulatory bodies", "corps de
# métier", "lichaam" of an organisation) need a verb of finding beside them (:data:`_FOUND`)
_BODY = re.compile(r"body|corp|corpi|corpo|cuerpo|lichaam|lichamen|тела|тел|тело|ciała|ciał|ciało", re.I)

# a verb of finding or bringing out, in the count's clause
_FOUND = re.compile(
    r"(?<!\w)(?:found|recovered|retrieved|pulled|discovered|exhumed|identified|located|washed (?:up|ashore)|dug out"
    r"|retrouvé\w*|découvert\w*|repêché\w*|extrait\w*|hallad\w*|encontrad\w*|recuperad\w*|rescatad\w*|ritrovat\w*"
    r"|recuperat\w*|trovat\w*|estratt\w*|resgatad\w*|gevonden|geborgen|aangetroffen|gefunden|entdeckt"
    r"|найден\w*|обнаружен\w*|извлечен\w*|извлечён\w*|odnalezion\w*|znalezion\w*|wydobyt\w*)(?!\w)",
    re.I,
)

# a survivor, as quantities write the noun
_SURVIVOR = re.compile(
    r"survivor|überlebende[n]?|survivante?|superviviente|sobreviviente|sopravvissut[oaie]|sobrevivente|overlevende[n]?"
    r"|выживш\w*|ocalał\w*",
    re.I,
)
# a verb of rescue in the count's clause: who was brought out alive ("pulled 38 survivors from the sea", "38
# survivors were brought ashore"); no "rescuers", who are the ones rescuing
_RESCUE = re.compile(
    r"(?<!\w)(?:rescu(?:ed|ing)|saved|pulled|plucked|winched|hauled|dragged|ashore|to safety|brought out"
    r"|picked up|freed|gerettet|geborgen|secouru\w*|sauvé\w*|repêché\w*|hélitreuillé\w*|rescatad\w*|salvad\w*"
    r"|salvat\w*|tratt[io] in salvo|resgatad\w*|gered|спасен\w*|спасён\w*|uratowan\w*)(?!\w)",
    re.I,
)
# where the clause of a count ends, for the verbs read beside it
_CLAUSE = re.compile(r"[;:!?]|[.](?=\s|$)|,\s(?:while|but|and|whereas)\s")
_WINDOW = 70  # characters either side of the count


def _clause(text: str, q: Quantity) -> str:
    """The count's clause around it: at most :data:`_WINDOW` characters either side, cut at a sentence end."""
    before = text[max(0, q.start - _WINDOW) : q.start]
    after = text[q.end : q.end + _WINDOW]
    if cuts := list(_CLAUSE.finditer(before)):
        before = before[cuts[-1].end() :]
    if cut := _CLAUSE.search(after):
        after = after[: cut.start()]
    return f"{before} {after}"


# the bodies of a count of people, before it: "The bodies of (all) 3 people were found", "los cuerpos de tres personas"
_BODIES_OF = re.compile(
    r"(?<!\w)(?:bodies|remains|corps|cuerpos|cadáveres|corpi|corpos|lichamen) (?:of|de|di|van)(?: the| all| les| los| las| i| os"
    r"| as| de)?[ \u00a0]+\Z",
    re.I,
)


def bodies_found(text: str, q: Quantity) -> bool:
    """Whether ``q`` counts bodies found: its noun means a dead body and nothing else ("12 Leichen"), or it means
    a body beside a verb of finding ("Rescuers recovered 29 bodies", "Three bodies were found"), or the count
    of people whose bodies were found ("The bodies of 3 people were found": the bodies, not the people, are
    counted; "the remains of two climbers were recovered")."""
    unit = q.unit or ""
    if re.fullmatch(DEAD_BODY, unit, re.I):
        return True
    if _BODY.fullmatch(unit) or _BODIES_OF.search(text, max(0, q.start - 30), q.start):
        return bool(_FOUND.search(_clause(text, q)))
    return False


def survivors_rescued(text: str, q: Quantity) -> bool:
    """Whether ``q`` counts survivors brought out: a survivor beside a verb of rescue ("pulled 38 survivors
    from the sea"), not "3 survivors were taken to hospital" nor "the shooting's 12 survivors"."""
    return bool(q.unit and _SURVIVOR.fullmatch(q.unit) and _RESCUE.search(_clause(text, q)))


def rescue_noun(unit: str | None, what: str | None) -> bool:
    """Whether a count's noun is a body or a survivor counted in the rescue's own role (:data:`RECOVERED`,
    :data:`RESCUED`): it is then compared as people, so that "Three bodies" meets "drei Leichen" and "38
    survivors" meets "41 were rescued"."""
    if not unit:
        return False
    if what == RECOVERED:
        return bool(_BODY.fullmatch(unit) or re.fullmatch(DEAD_BODY, unit, re.I))
    return what == RESCUED and bool(_SURVIVOR.fullmatch(unit))


def bodies_beyond_toll(recovered: set, dead: set) -> bool:
    """Whether one sentence's count of bodies found is more than another's toll of the dead ("The bodies of 5
    people were found" / "Three people died"): bodies found are a part of the dead, so as many or fewer fit the
    toll and stay silent, and more are another figure for it.  Each side gives one figure, a bound (value,
    lowest, highest); a hedged toll ("at least three") allows any number of bodies above it."""
    if len(recovered) != 1 or len(dead) != 1:
        return False
    (_, lowest, _), (_, _, highest) = next(iter(recovered)), next(iter(dead))
    return lowest > highest
