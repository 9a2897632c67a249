"""Figures in near-duplicate detection: a copy that changed a figure is still a copy, a templated report is not.

A wire story republished with one figure changed ("12 killed" -> "14 killed", a toll updated or altered) is the
copy an analyst most needs to see, and the comparison names the change (:mod:`parallax.compare.copy_changes`).
But a word 5-shingle holds each word five times, so one changed figure changes up to ten of a text's shingles
(five gone, five new): a brief of 40 words then shares under 80% of its shingles with its source, and a cut copy
under 90% of its own, and the copy went unseen.  So the shingles read every figure as one placeholder
(:func:`mask`): what the signature measures is the wording a copy took over.

The figures are then checked on their own, so that reports written to one template on other days (a market
report, a weather brief, a results table: the same words, other figures) are no copies.  A signature carries a
bottom-k sketch of the text's distinct figures (:func:`sketch`); two texts are copies only where the one with
fewer figures has at most half of them missing from the other (:func:`figures_agree`), and at least one may
always differ, the changed toll of a brief with one figure.  A templated report shares its words and changes
nearly every figure.

A figure written in words is a figure too (stories50): a copy that changed "twelve" to "fourteen", or "zwölf" to
"vierzehn", changed a toll as much as one that changed "12" to "14", and one that wrote "twelve" as "12" changed
nothing.  So a number word of the article's language (from two on: "one", "un", "ein" are also articles and pronouns;
:mod:`parallax.analyze.numwords`, one word each, "twenty", "hundred") is masked like a run of digits and enters the
sketch as its value.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

import numpy as np

FIGURES = 32  # the bottom-k sketch of a text's distinct figures: exact for texts with up to this many
_DIGITS = re.compile(r"\d+")
_FIGURE = re.compile(r"\d[\d.,]*")


@lru_cache(maxsize=64)
def number_words(language: str) -> dict[str, str]:
    """``language``'s number words of one word, folded, from two on, each with its value in figures ("twelve": "12")."""
    from parallax.analyze.numwords import WORDS_BY_LANGUAGE
    from parallax.letters import fold

    out: dict[str, str] = {}
    for word, value in WORDS_BY_LANGUAGE.get(language, {}).items():
        if value >= 2 and value == int(value) and " " not in word and "-" not in word:
            out[fold(word)] = str(int(value))
    return out


def mask(word: str, words: dict[str, str] | None = None) -> str:
    """A (folded) word with each run of digits read as one placeholder ("12" and "14" -> "#", "12th" -> "#th"), and a
    number word of ``words`` (:func:`number_words`) as one too ("twelve" -> "#")."""
    if words and word in words:
        return "#"
    return _DIGITS.sub("#", word)


def _figure_key(figure: str) -> int:
    """A stable 64-bit hash of a figure, its digits in ASCII (Arabic-Indic "١٢" is "12") and a trailing stop dropped."""
    plain = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in figure.rstrip(".,"))
    return int.from_bytes(hashlib.blake2b(plain.encode("utf-8"), digest_size=8).digest(), "little")


def sketch(text: str, spelled: Iterable[str] = ()) -> np.ndarray:
    """The figures' part of a signature: how many distinct figures the text holds (those in digits and the values
    of its number words, ``spelled``), then the smallest ``FIGURES`` of their hashes, ascending."""
    keys = sorted({_figure_key(m) for m in _FIGURE.findall(text)} | {_figure_key(v) for v in spelled})
    return np.array([len(keys), *keys[:FIGURES]], dtype=np.uint64)


def figures_agree(a: np.ndarray, b: np.ndarray) -> bool:
    """Whether two figure sketches (:func:`sketch`; empty for a signature stored without one) fit a copy: of the
    figures of the text with fewer, at most half (and always one) are missing from the other.  Where a sketch is
    cut at ``FIGURES``, only the hashes both sketches can tell about are read."""
    if len(a) == 0 or len(b) == 0:
        return True  # stored before figures were sketched: no evidence against the copy
    if int(a[0]) > int(b[0]):
        a, b = b, a
    mine, theirs = [int(h) for h in a[1:]], {int(h) for h in b[1:]}
    if not mine:
        return True
    top = None if int(b[0]) <= FIGURES else max(theirs)  # a cut sketch tells nothing of hashes above its last
    told = [h for h in mine if top is None or h <= top]
    missing = sum(1 for h in told if h not in theirs)
    return missing <= max(1, len(told) // 2)
