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
story that has an article in the article's language (the same-language weights read those).  Only a pair that shares a
name or a figure is lifted: the nearest rival in a stream is often of another kind (a bank's decision against a fire),
lower than a rival of the same kind, and a Spanish report of one wildfire, lifted that far, met the story of another
wildfire the same day with only the day in common.

A stream with no such rival (a small batch: a Polish first report of an election, then its English follow-ups, and no
other story) read the pair on the English scale alone, where e5's 0.86 between the Polish and the English report is
a rival's cosine, and kept them apart (stories48; grouped after analysis, the resolved days joined them).  Without a
rival in the stream, the rival is the one a cross-language stream usually holds: :data:`PRIOR_RIVAL`, the median
cosine of an article to the nearest centroid of another event's reports in another language, measured on the
invented multilingual batches of sessions 44 and 47 (17 batches, 258 articles: 0.833 where the two languages share
a script, 0.810 across scripts; the same event's reports in another language stood at 0.905 and 0.870).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from parallax.stories.features import Signals
from parallax.stories.story_signals import _rescale

RIVAL_COS = 0.887  # ECB+ train: mean cosine of an article to the nearest centroid of another sub-topic
PRIOR_RIVAL = {True: 0.833, False: 0.810}  # a rival in another language, by whether it shares the article's script


def rivals(sig: Signals, ids: list[str], cosines: np.ndarray, lang_n: Iterable[dict[str, int]]) -> list[tuple[float, str]]:
    """The two open stories nearest ``sig`` (cosine to centroid, highest first) among those with no article in its
    language: ``ids``, ``cosines`` and ``lang_n`` (articles per language) row by row.  Two, so that the candidate
    itself can be left out (:func:`nearest_rival`) from one vector operation per article."""
    rows = [(float(c), sid) for sid, c, langs in zip(ids, cosines, lang_n, strict=True) if sig.language not in langs]
    return sorted(rows, key=lambda t: (-t[0], t[1]))[:2]


def nearest_rival(candidate: str, top: list[tuple[float, str]], same_script: bool | None = None) -> float | None:
    """The cosine of the nearest of ``top`` (:func:`rivals`) other than ``candidate``; when none is, the usual rival
    (:data:`PRIOR_RIVAL`) of a candidate in the article's script (``same_script``) or another, or ``None`` when
    ``same_script`` is not given."""
    return next((cos for cos, sid in top if sid != candidate), None if same_script is None else PRIOR_RIVAL[same_script])


def lift(values: dict[str, float], cos_centroid: float, cos_max: float, rival: float | None) -> dict[str, float]:
    """``values`` (a cross-language pair's signals) with both cosines raised by how far ``rival`` lies below
    :data:`RIVAL_COS`; unchanged without a rival, where it scores as high, where the candidate's centroid does not
    stand above it (a story no nearer than another story the article shares no language with stands out from nothing),
    or where the pair shares neither a name nor a figure (module docstring)."""
    if rival is None or rival >= RIVAL_COS or cos_centroid <= rival or not (values["names"] or values["numbers"]):
        return values
    gap = RIVAL_COS - rival
    return {**values, "cos_centroid": _rescale(min(1.0, cos_centroid + gap)), "cos_max": _rescale(min(1.0, cos_max + gap))}
