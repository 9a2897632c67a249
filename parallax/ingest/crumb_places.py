"""Where a loose breadcrumb trail sits: the page's navigation, or the text's own chain of short parts.

A trail that opens on no home page's name, or one joined by slashes (:func:`parallax.ingest.crumb_trails.is_loose_trail`),
has the shape of a line a writer sets too: an order of priorities in Chinese or Japanese ("收入 > 支出 > 储蓄"), a
sports table's column labels ("Home / Away / Draw").  A site's trail sits where navigation sits: its sections are
the page's links (:func:`is_placed_trail`), or it stands in the text's first lines, above the headline and the
opening paragraph (:func:`without_opening_trails`).  Anywhere else the line is the text's own and stays.
"""

from __future__ import annotations

import re

from parallax.ingest.crumb_trails import is_loose_trail

_PARTS = re.compile(r"[ ]?[>»›/＞〉][ ]?")
_STOP = re.compile(r"[.!?。！？」”\"]\s*$")  # a line of prose ends on a stop (or a closing quote)
_MAX_OPENING_LINES = 4


def _linked(line: str, links: frozenset[str]) -> bool:
    """Whether the trail's sections (all its parts but the last, which may be the headline) are the page's links."""
    sections = [part.strip() for part in _PARTS.split(line.strip(" |"))][:-1]
    return bool(sections) and all(part in links for part in sections)


def is_placed_trail(line: str, links: frozenset[str]) -> bool:
    """Whether a breadcrumb-shaped ``line`` is the page's trail by its words or its links: a sure trail, or a loose
    one whose sections are the page's links (a trail in the text's first lines: :func:`without_opening_trails`)."""
    return not is_loose_trail(line) or _linked(line, links)


def without_opening_trails(lines: list[str]) -> list[str]:
    """``lines`` without a loose trail among their first lines, above any line of prose (the headline, a kicker or a
    byline may stand above it)."""
    drop: set[int] = set()
    for i, line in enumerate(lines[:_MAX_OPENING_LINES]):
        if is_loose_trail(line):
            drop.add(i)
        elif _STOP.search(line):
            break
    return [line for i, line in enumerate(lines) if i not in drop] if drop else lines
