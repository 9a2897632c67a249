"""A cross-language article↔story cosine read against its own background: the nearest rival story.

The join weights were fitted on ECB+, English only, where every event has a rival of the same kind (a second
earthquake, a second firing) and e5 scores an article against the nearest rival story's centroid 0.887 on average
(ECB+ train, each article against the gold stories of the other sub-topics).  Between languages, and most between
scripts, e5 scores everything lower: a Korean report of an election and the English report of the same count met at
0.81, below what two English reports of two different elections score.  So a cross-language pair is measured, as
cross-lingual retrieval measures it (CSLS, margin scoring: a candidate against the neighbourhood of the query in the
other language), by how far it stands above the article's own nearest rival in the stream: the open story, other than
the candidate, with no article in the article's language.  Where that rival scores below the rival ECB+ taught the
weights, both cosines are lifted by the difference; never lowered, and nothing changes without such a rival or for a
story that has an article in the article's language (the same-language weights read those).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from parallax.stories.features import Signals
from parallax.stories.story_signals import _rescale

RIVAL_COS = 0.887  # ECB+ train: mean cosine of an article to the nearest centroid of another sub-topic


def nearest_rival(sig: Signals, candidate: str, centroids: Iterable[tuple[str, np.ndarray, dict[str, int]]]) -> float | None:
    """The highest cosine of ``sig`` to the centroid of an open story other than ``candidate`` that has no article in
    ``sig``'s language (``centroids``: id, centroid, articles per language); ``None`` when there is none."""
    best: float | None = None
    for sid, centroid, lang_n in centroids:
        if sid == candidate or sig.language in lang_n:
            continue
        cos = float(centroid @ sig.vector)
        best = cos if best is None else max(best, cos)
    return best


def lift(values: dict[str, float], cos_centroid: float, cos_max: float, rival: float | None) -> dict[str, float]:
    """``values`` (a cross-language pair's signals) with both cosines raised by how far ``rival`` lies below
    :data:`RIVAL_COS`; unchanged without a rival or where it scores as high."""
    if rival is None or rival >= RIVAL_COS:
        return values
    gap = RIVAL_COS - rival
    return {**values, "cos_centroid": _rescale(min(1.0, cos_centroid + gap)), "cos_max": _rescale(min(1.0, cos_max + gap))}
