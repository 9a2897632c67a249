"""Word-choice differences between aligned sentences ("condemn" vs "denounce").

A word-level diff of two sentences that state the same fact; a short
replaced stretch of content words on both sides (not names, numbers or
dates, which are facts rather than wording) is a choice of words.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from parallax.compare.align import _STOP
from parallax.records import Article, Sentence

_MAX_WORDS = 3


def _stem(w: str) -> str:
    return re.sub(r"(ing|ed|es|s|e)$", "", w)


def word_choices(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[str, str]]:
    def tokens(art: Article, s: Sentence):
        blocked = [(e.start, e.end) for e in art.entities] + [(t.start, t.end) for t in art.times] + [(q.start, q.end) for q in art.quantities]
        out = []
        for m in re.finditer(r"[\w’'-]+", s.text):
            pos = s.start + m.start()
            out.append((m.group(), any(a <= pos < b for a, b in blocked)))
        return out

    ta, tb = tokens(art_a, sa), tokens(art_b, sb)
    matcher = SequenceMatcher(None, [w.lower() for w, _ in ta], [w.lower() for w, _ in tb], autojunk=False)
    if matcher.ratio() < 0.3:
        return []
    out = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "replace" or i2 - i1 > _MAX_WORDS or j2 - j1 > _MAX_WORDS:
            continue
        wa, wb = ta[i1:i2], tb[j1:j2]
        if any(blocked for _, blocked in wa + wb):
            continue
        la, lb = [w.lower() for w, _ in wa], [w.lower() for w, _ in wb]
        if all(w in _STOP for w in la) or all(w in _STOP for w in lb):
            continue
        if [_stem(w) for w in la] == [_stem(w) for w in lb] or any(w.isdigit() for w in la + lb):
            continue
        out.append((" ".join(w for w, _ in wa), " ".join(w for w, _ in wb)))
    return out
