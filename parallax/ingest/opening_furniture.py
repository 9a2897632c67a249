"""Furniture in a text's first lines that the line filters judge as prose: the writer's byline run on after the
standfirst's last sentence ("… und die Möwen kreisen schon. Von Lena Hartwig", "… for the region. By Jane
Roe"), and a row of the page's tool links joined by bars ("Druckansicht | Artikel versenden | Tippfehler melden").

Both sit over the story: a standfirst is printed with the byline under it, and a template that sets them in one
block gives the extraction one line; a row whose every part is one of the page's links is its buttons.  Only the
first lines are looked at (inside a story a sentence may end on "… by Jane Roe" as a credit of a quotation's book).
"""

from __future__ import annotations

import re

from parallax.letters import UPPER

# a sentence's end, the byline's word in the languages the byline rules know, and a name of two to four
# capitalised words (two names joined by "and"): the whole rest of the line
_NAME = rf"[{UPPER}][\w'’.-]+(?:[ ][{UPPER}][\w'’.-]+){{1,3}}"
_TRAILING_BYLINE = re.compile(
    rf"(?<=[.!?…\"”»])[ ](?:By|Von|Par|Por|Di|Door|Av|Af|Från)[ ]{_NAME}(?:[ ](?:and|und|et|y|e|en|og|och|i)[ ]{_NAME})?[ ]?$"
)
_OPENING_LINES = 4
_ROW_BAR = re.compile(r"[ ]?\|[ ]?")
_MAX_TOOL_WORDS = 4


def _tool_row(line: str, links: frozenset[str]) -> bool:
    """Whether ``line`` is two links or more joined by bars, each a short label."""
    parts = [p.strip() for p in _ROW_BAR.split(line.strip(" |"))]
    return len(parts) >= 2 and all(p in links and 0 < len(p.split()) <= _MAX_TOOL_WORDS for p in parts)


def without_opening_furniture(lines: list[str], links: frozenset[str] = frozenset()) -> list[str]:
    """``lines`` with a byline cut from the end of an opening line and the tool rows among them dropped."""
    out: list[str] = []
    for i, line in enumerate(lines):
        if i < _OPENING_LINES and len(lines) > 1:
            if _tool_row(line, links):
                continue
            line = _TRAILING_BYLINE.sub("", line)
        out.append(line)
    return out
