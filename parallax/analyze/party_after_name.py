"""The letters of a party or a body beside a name in a run of capitalised words: "МЧС Андрей Петров", "El PSC de
Salvador Illa" (before it), "Markus Feld von der CDU", "Ana Ruiz del PSOE" (after it and "of").

The model-less entity stage joins capitalised words across name particles ("Ursula von der Leyen"), so a name and
the party after it ("sagte Markus Feld von der CDU") made one name, and the speaker was "Markus Feld von der CDU".
An all-capital acronym that opens a run of two more words, or closes it after the particles, is no part of the
name: it is an entity of its own, and the name is what is left.  Both sides are read here, by
:func:`acronyms_apart`, which :func:`parallax.analyze.entities.add_entities` calls on each run.
"""

from __future__ import annotations

import re

from parallax.letters import UPPER
from parallax.records import Entity

# an acronym opening the run, and the particle after it ("El PSC de Salvador Illa": "of", no part of the name)
_ACRONYM = re.compile(rf"(?P<acr>[{UPPER}]{{2,12}})\s+(?:(?:de|del|von|van|di|da|do)\s+)?")  # bounded: linear
_ACRONYM_AFTER = re.compile(  # (from the first space of a run: a run of spaces is read once, not from each of them)
    rf"(?<![ \u00a0])[ \u00a0]+(?:von[ \u00a0]+de[rnm]|vom|von|van[ \u00a0]+de|van|de[ \u00a0]+la|del|de|der|du|di|da|do|dos|das)[ \u00a0]+"
    rf"(?P<acr>[{UPPER}]{{2,}}+)\Z"
)


def acronym_after_name(text: str) -> tuple[int, int] | None:
    """Where the name of ``text`` ends and where the acronym after its particles starts, or None."""
    m = _ACRONYM_AFTER.search(text)
    return (m.start(), m.start("acr")) if m and m.start() > 0 else None


def acronyms_apart(text: str, s: int) -> tuple[list[Entity], str, int]:
    """The acronyms before and after the name in the run ``text`` that starts at ``s`` (entities of their own),
    and the run without them, with its start."""
    found = []
    acronym = _ACRONYM.match(text)
    # "МЧС Андрей Петров": an organisation, then a person; "El PSC de Salvador Illa": the particle is "of", no name's
    if acronym and len(text[acronym.end() :].split()) >= 2:
        found.append(Entity(acronym.group("acr"), "MISC", s, s + len(acronym.group("acr"))))
        text, s = text[acronym.end() :], s + acronym.end()
    if party := acronym_after_name(text):  # "Markus Feld von der CDU": a name, then a party
        found.append(Entity(text[party[1] :], "MISC", s + party[1], s + len(text)))
        text = text[: party[0]]
    return found, text, s
