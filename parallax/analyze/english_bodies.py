"""A body named in English after a cue of a language whose press keeps English names for its offices.

Philippine news in Tagalog names its government's offices in English ('"...," ayon sa Office of Civil Defense.',
'sabi ng Department of the Interior and Local Government'), and Swahili news in East Africa some of its bodies
("alisema Ministry of Health"); the speaker patterns read a run of capitalised words, which English breaks with
its lower-case "of", "the", "and", "for", "on", so the speaker came out "Office" (and the entities "Office" and "Civil Defense").  Where the run after the cue is
followed by such a joiner and more capitalised words, the name is the whole run: an English joiner is no
word of these languages (Tagalog's own are "ng", "sa", "at"), so it joins two parts of one name.
"""

from __future__ import annotations

import re

from parallax.letters import UPPER

LANGS = frozenset({"tl", "fil", "sw"})
_WORDS = rf"[{UPPER}][\w’'-]*(?:[ \u00a0]+[{UPPER}][\w’'-]*)*"
# capitalised words, then one or more "of the Interior", "and Local Government": a joiner, perhaps "the", and
# capitalised words
_BODY = re.compile(rf"(?<![\w’'-]){_WORDS}(?:[ \u00a0]+(?:of|and|for|on)(?:[ \u00a0]+the)?[ \u00a0]+{_WORDS})+")
# the entities' runs of capitalised words in these languages (:mod:`parallax.analyze.entities`), joined by the English
# joiners too: "Office of Civil Defense" is one name, not "Office" and "Civil Defense"
CAPS = re.compile(rf"\b[{UPPER}][\w’'-]+(?:\s+(?:(?:of|and|for|on)\s+(?:the\s+)?)?[{UPPER}][\w’'-]+)*\b")


def english_body(text: str, start: int, end: int) -> tuple[int, int]:
    """The whole name of the body ``text[start:end]`` is a part of (see the module), or (``start``, ``end``) where
    no English joiner runs through it."""
    lo = max(0, start - 120)
    for m in _BODY.finditer(text, lo, min(len(text), end + 120)):
        if m.start() <= start and end <= m.end():
            return m.start(), m.end()
    return start, end
