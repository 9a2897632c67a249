"""Words of Chinese and Japanese, which are written without spaces between them.

A run of Han characters or kana is a clause, not a word: a comparison of wording needs the words.
Chinese is cut by jieba's dictionary and its hidden Markov model for words the dictionary lacks,
Japanese by pykakasi's dictionary (the one that gives kanji their readings, :mod:`parallax.sounds`).
Both ship their dictionaries in their PyPI packages and are loaded only for a text that needs them.
Other scripts without spaces (Thai, Lao, Khmer, Myanmar) have no segmenter here: their runs stay whole.
"""

from __future__ import annotations

import re
from functools import lru_cache

SEGMENTED = frozenset({"zh", "ja"})


def segments(run: str, language: str | None) -> list[tuple[int, int]]:
    """The (start, end) offsets of the words of ``run`` (a stretch of text without spaces) in
    ``language``; the whole run as one when the language has no segmenter."""
    lang = (language or "").split("-")[0].lower()
    if lang == "zh":
        return [(start, end) for _, start, end in _jieba().tokenize(run)]
    if lang == "ja":
        out, pos = [], 0
        for part in kakasi().convert(run):
            end = pos + len(part["orig"])
            if len(part["orig"]) > 1 and part["orig"][0] in _PARTICLES and pos and not _HIRAGANA.match(run[pos - 1]):
                out.append((pos, pos + 1))  # "火災|がけがをした": the particle after a noun is a word of its own
                pos += 1
            out.append((pos, end))
            pos = end
        if pos == len(run):  # (pykakasi gives back every character of its input; if ever not, no cut is trusted)
            return out
    return [(0, len(run))]


# pykakasi cuts at dictionary words in kanji and at a change of script, and leaves a run of hiragana whole,
# the case particle that opens it included; the particles that follow a noun
_PARTICLES = frozenset("がをにはでとへものや")
_HIRAGANA = re.compile("[\u3041-\u309f]")


@lru_cache(maxsize=1)
def _jieba():
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)  # it reports building its prefix dictionary on first use
    return jieba.Tokenizer()


@lru_cache(maxsize=1)
def kakasi():
    """pykakasi's converter (words and their readings), loaded once: its dictionaries take half a second."""
    import pykakasi

    return pykakasi.kakasi()
