"""The page's headline heading, passing over an ``<h1>`` that holds the site's name (its logo).

Many Korean and Japanese news CMSs (and some old Western themes) set the logo in ``<h1 class="logo">``
and the headline in an ``<h2>`` or ``<h3>``; the first ``<h1>`` then named the outlet and became the
article's title ("한빛일보" for "서울 심야 자율주행버스 7개 노선으로 확대 - 한빛일보").  An ``<h1>`` whose
text is the outlet's name (``og:site_name``, JSON-LD's publisher) or whose class or id says logo or
site title is passed over; the next ``<h1>``, if any, is the headline.  (The part of ``<title>`` after its
last separator is not taken as the site's name here: "Site | Headline" titles put the headline there.)
"""

from __future__ import annotations

import re
from collections.abc import Callable

LOGO = re.compile(r"logo|\bsite[-_]?(?:title|name)\b|\bmasthead\b", re.I)


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _is_logo(h1, words: str, outlet: str | None) -> bool:
    marks = f"{h1.get('class') or ''} {h1.get('id') or ''}"
    return bool(outlet and _fold(words) == _fold(outlet)) or bool(LOGO.search(marks))


def headline_heading(tree, outlet: str | None, shown: Callable[[object], str]) -> str | None:
    """The text of the first ``<h1>`` that is not the site's logo or name, or None."""
    for h1 in tree.iter("h1"):
        words = shown(h1)
        if words and not _is_logo(h1, words, outlet):
            return words
    return None
