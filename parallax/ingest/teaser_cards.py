"""A row of teaser cards after the article, each a headline, a one-line summary and a "Read more" link.

Sites close an article with cards for their other stories::

    Ferry operator wins harbour contract
    The company will run boats every twenty minutes from May.
    Read more
    Council approves school budget
    Councillors voted 31 to 12 for the plan on Monday night.
    Read more

("Weiterlesen", "Lire la suite", "Czytaj dalej"; the label on a line of its own or closing the summary).  The line
filters drop each "Read more" label, and the summaries, sentences of their own, stayed as the article's closing
paragraphs.  The row is known by its rhythm: two labels or more closing the text, each after the same number of
short lines (a summary, perhaps under its headline).  One summary with a "Read more" link may close an excerpt of
the report itself, so one card alone stays, and so does a text whose every line would go.
"""

from __future__ import annotations

import re

_LABELS = (
    r"(?:read more|read on|continue reading|weiterlesen|mehr lesen|lire la suite|la suite|en savoir plus|"
    r"lire plus|czytaj dalej|czytaj więcej|leer más|seguir leyendo|leggi tutto|leggi di più|lees meer|verder lezen)"
)
# a word alone on its line ("More", "Mehr") is a label too; closing a line it is the sentence's own ("nicht mehr")
_ALONE = r"(?:more|mehr|więcej|plus|más)"
_TRAIL = r"[ ]?(?:[»›>→…]|\.{3}|\[\.{3}\]|\(\.{3}\))?"
_BARE = re.compile(rf"^[\[(]?(?:{_LABELS}|{_ALONE})[\])]?{_TRAIL}$", re.I)
_GLUED = re.compile(rf"[ ][\[(]?{_LABELS}[\])]?{_TRAIL}$", re.I)
_MAX_CARD_LINES = 2  # a headline and its summary
_MAX_WORDS = 30


def _label(line: str) -> str | None:
    """``"bare"`` for a label on its own line, ``"glued"`` for one closing a summary, else ``None``."""
    if _BARE.match(line):
        return "bare"
    if _GLUED.search(line) and 2 <= len(line.split()) <= _MAX_WORDS + 3:
        return "glued"
    return None


def _short(line: str) -> bool:
    return len(line.split()) <= _MAX_WORDS and _label(line) is None


def without_teaser_cards(lines: list[str]) -> list[str]:
    """``lines`` without a closing row of two "Read more" cards or more (see the module's docstring)."""
    if not lines or (kind := _label(lines[-1])) is None:
        return lines
    ends = [len(lines) - 1]
    gap: int | None = None
    k = ends[0] - 1
    while k >= 0:
        j = k
        while j >= 0 and _short(lines[j]) and k - j < _MAX_CARD_LINES:
            j -= 1
        if j < 0 or _label(lines[j]) != kind or (gap is not None and k - j != gap):
            break
        gap = k - j
        if kind == "bare" and gap == 0:
            break
        ends.append(j)
        k = j - 1
    if len(ends) < 2 or gap is None:
        return lines
    start = ends[-1] - gap
    if start <= 0 or not all(_short(ln) for ln in lines[start : ends[-1]]):
        return lines
    return lines[:start]
