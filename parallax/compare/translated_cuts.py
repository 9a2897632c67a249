"""A translated quotation that gives only some of the original's sentences is trimmed, not a paraphrase.

A translation shares no words with its original, so the word-by-word grades (:mod:`.quote_fidelity`) cannot say
that one outlet's quotation is a shortened version of another's, and every translated quotation was graded
``paraphrase``: "We will rebuild every home. No family will be left without a roof this winter." against the
Bulgarian "Ще възстановим всеки дом." looked as faithful as a full translation.  Sentence by sentence the meaning
can tell: each sentence of the shorter quotation has its translation among the longer one's sentences, and a
sentence of the longer one has none among the shorter one's (its best match under the cross-lingual floor,
:data:`parallax.compare.align.XL_MEANING`), so the shorter quotation leaves it out: ``trimmed``, as a cut in one
language is.
"""

from __future__ import annotations

import re

import numpy as np

from parallax.compare.quote_fidelity import quote_words
from parallax.embed import get_embedder, rescale
from parallax.records import Article

_SENTENCE_END = re.compile(r"(?<=[.!?…。！？])\s*")
_SHORTEST = 3  # words of a sentence that counts: "Yes." or "Never." may go untranslated as a reply's echo


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text) if quote_words(s) >= _SHORTEST]


def cut_short(a_text: str, b_text: str, embedder: str = "e5") -> int | None:
    """Which of two quotations that translate each other (0 for ``a_text``, 1 for ``b_text``) gives only part of
    the other's sentences, or None when neither leaves a sentence out."""
    from parallax.compare.align import XL_MEANING

    a, b = _sentences(a_text), _sentences(b_text)
    if len(a) == len(b) or min(len(a), len(b)) == 0:
        return None
    short, long, which = (a, b, 0) if len(a) < len(b) else (b, a, 1)
    emb = get_embedder(embedder)
    vectors = emb.embed(short + long)
    sims = rescale(vectors[: len(short)] @ vectors[len(short) :].T, emb.floor)
    every_short_found = bool(np.all(sims.max(axis=1) >= XL_MEANING))
    some_long_left = bool(np.any(sims.max(axis=0) < XL_MEANING))
    return which if every_short_found and some_long_left else None


def cut_translations(articles: list[Article], items: list, xs: tuple[int, ...], ys: tuple[int, ...], embedder: str = "e5") -> set[int]:
    """The items (indices into ``items`` of (article, sentence indices, quote)) of the side of a translation pair that
    leaves out a sentence of the other side; empty where neither does."""
    texts = [" ".join(items[i][2].text for i in side) for side in (xs, ys)]
    which = cut_short(texts[0], texts[1], embedder)
    return set() if which is None else set((xs, ys)[which])
