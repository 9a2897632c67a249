"""Basis points in the languages read: one unit however a language writes it.

A rate decision is told in basis points ("cut by 25 basis points", "25 bázisponttal", "o 50 bazických bodů",
"25 puncte de bază", "250 baz puan"), and the noun a quantity keeps for such a figure is the language's first or last
word of it ("point", "bazických", "puncte"): under those nouns two outlets' figures of one cut never met, so "25" /
"50" basis points in two languages was no conflict.  Read after the figure, the phrase names one unit, ``bp``.
"""

from __future__ import annotations

import re

from parallax.records import Quantity

BASIS_POINT = "bp"

_AFTER = re.compile(
    r"[\s\u00a0]*(?:de[\s\u00a0]+)?(?:"
    r"basis[\s-]+points?|bps?\b|basis[\s\u00a0]+poin"  # English, Indonesian and Malay
    r"|bázispont\w*|ba[zs]ick\w*[\s\u00a0]+bod\w*|bázick\w*[\s\u00a0]+bod\w*"  # Hungarian, Czech, Slovak
    r"|puncte?[\s\u00a0]+de[\s\u00a0]+baz[ăa]|baz[\s\u00a0]+puan\w*"  # Romanian, Turkish
    r"|basispun[kt]t\w*|basispoeng\w*"  # German, Dutch, Nordic
    r"|points?[\s\u00a0]+de[\s\u00a0]+base|puntos?[\s\u00a0]+(?:básicos?|base)|punti[\s\u00a0]+(?:di[\s\u00a0]+)?base"
    r"|punto[\s\u00a0]+base|pontos?[\s\u00a0-]+(?:base|básicos?)"  # French, Spanish, Italian, Portuguese
    r"|punkt\w*[\s\u00a0]+bazow\w*|баз\w*[\s\u00a0]+пункт\w*|bazn\w*[\s\u00a0]+bod\w*"  # Polish, Russian and Ukrainian, Croatian
    r"|μονάδ\w*[\s\u00a0]+βάσης|điểm[\s\u00a0]+cơ[\s\u00a0]+bản|نقاط[\s\u00a0]+أساس|نقطة[\s\u00a0]+أساس|נקודות[\s\u00a0]+בסיס"
    r"|peruspiste\w*|(?:个)?基点|ベーシスポイント|베이시스\s?포인트"
    r")",
    re.I,
)


def basis_points(text: str, q: Quantity) -> bool:
    """Whether the figure ``q`` counts basis points, read in the words right after it."""
    return q.unit == BASIS_POINT or _AFTER.match(text, q.end) is not None
