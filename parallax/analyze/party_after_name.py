"""A party or a body's letters after a name and "of": "Markus Feld von der CDU", "Ana Ruiz del PSOE".

The model-less entity stage joins capitalised words across name particles ("Ursula von der Leyen"), so a name and
the party after it ("sagte Markus Feld von der CDU") made one name, and the speaker was "Markus Feld von der CDU".
An all-capital acronym after the particles is no surname: the name ends before them, and the acronym is an entity
of its own (as "El PSC de Salvador Illa" opens on one).
"""

from __future__ import annotations

import re

from parallax.letters import UPPER

_ACRONYM_AFTER = re.compile(
    rf"[ \u00a0]+(?:von[ \u00a0]+de[rnm]|vom|von|van[ \u00a0]+de|van|de[ \u00a0]+la|del|de|der|du|di|da|do|dos|das)[ \u00a0]+"
    rf"(?P<acr>[{UPPER}]{{2,}}+)\Z"
)


def acronym_after_name(text: str) -> tuple[int, int] | None:
    """Where the name of ``text`` ends and where the acronym after its particles starts, or None."""
    m = _ACRONYM_AFTER.search(text)
    return (m.start(), m.start("acr")) if m and m.start() > 0 else None
