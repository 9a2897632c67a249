"""A photo gallery's captions, which are its text.

A gallery page ("Photos: Fire destroys historic mill") is a short intro and a run of captioned pictures; the
captions tell what happened, picture by picture.  trafilatura drops ``<figcaption>`` (on an article page a
caption repeats the text beside it), so the extraction keeps the intro alone.  When the page holds several
captions of prose (:data:`_MIN_CAPTIONS`, sentences of some length) and they hold more text than the extraction's
prose, the page is a gallery and its captions follow the intro, in page order, without the picture's credit or
its counter ("2 of 12").  Read before the captions are dropped (:func:`.page_furniture.drop_captions`).
"""

from __future__ import annotations

import re
from copy import deepcopy

from parallax.ingest.drops import drop_all

_MIN_CAPTIONS = 3
_MIN_CHARS = 60
_SENTENCE_END = (".", "!", "?", "…", '"', "”", "»", "'", "’", ")", "。")
_FURNITURE = re.compile(r"^(?:[a-z]+[-_]){0,2}(?:credits?|copyright|counter|count|index|number|byline)$", re.I)
_COUNTER = re.compile(r"^\s*\d{1,3}\s*(?:/|of|von|de|di|sur)\s*\d{1,3}\s*")


def _prose(text: str) -> bool:
    return len(text) >= _MIN_CHARS and text.endswith(_SENTENCE_END)


def gallery_captions(tree) -> list[str]:
    """The page's figure captions that read as prose, in page order, without credits and counters."""
    out: list[str] = []
    for cap in tree.iter("figcaption"):
        cap = deepcopy(cap)
        drop_all([el for el in cap.iter() if el is not cap and any(_FURNITURE.match(t) for t in f"{el.get('class') or ''}".split())])
        text = _COUNTER.sub("", " ".join(cap.text_content().split()))
        if _prose(text) and text not in out:
            out.append(text)
    return out


def with_gallery_captions(lines: list[str], captions: list[str]) -> list[str]:
    """``lines`` and, on a gallery page, its captions after them (none already among the lines)."""
    if len(captions) < _MIN_CAPTIONS or any(c in lines for c in captions):
        return lines
    prose = sum(len(ln) for ln in lines if _prose(ln))
    return [*lines, *captions] if sum(map(len, captions)) > prose else lines
