"""The meaning floor of a translation, judged against the document pair's own background.

e5 places sentence pairs of some language pairs far lower than others: a Spanish sentence and its English
translation score 0.42-0.78 on the rescaled meaning, unrelated pairs of those reports 0.1-0.3, and the fixed floor
:data:`XL_MEANING` (0.40) was set there.  Between Japanese, Chinese, Korean or Thai and English or Swedish the whole
matrix sits lower: unrelated pairs score 0.0-0.2 and true pairs 0.32-0.39 ("人員削減は2027年3月1日付で実施する" /
"The cuts will take effect from February 1, 2027" at 0.38; a joint statement quoted in Chinese and in English at
0.38), so they fell under the fixed floor and their conflicts (a date, a figure) with them.  Cross-lingual sentence
mining meets the same spread (Artetxe and Schwenk, 2019) and scores a pair against its own neighbourhood rather than
an absolute cosine.  Here the floor of one document pair is its typical pair's meaning (the median of the matrix:
most sentence pairs of two reports are unrelated) raised by :data:`XL_ABOVE_BACKGROUND`, never above the fixed
floor nor below :data:`XL_LOWEST`; the mutual-best test and the margin over each sentence's best rival
(:func:`parallax.compare.align.translation_links`) still decide, with the margin lowered in step
(:func:`pair_margin`), so a lower floor admits only pairs that stand out of their own background.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from parallax.compare.sentence_features import SentenceInfo

# Across languages: a sentence pair whose meaning is the mutual best match by this margin over either sentence's
# next best, and at least XL_MEANING, states the same fact.  Set by hand on three es/en and de/en pairs of our own
# (tests/test_crosslingual.py and a QA set): translated sentences score 0.42-0.78 with the next best at most 0.43
# below them; sentences with no counterpart at most 0.34.
XL_MEANING, XL_MARGIN = 0.40, 0.10
XL_ABOVE_BACKGROUND = 0.15  # how far above the pair's typical meaning a translation must stand
XL_LOWEST = 0.30  # the floor never goes below this, however low the background
_MIN_PAIRS = 9  # a matrix of fewer pairs (a report of one or two sentences) has no background to read


def pair_floor(meaning: np.ndarray) -> float:
    """The meaning floor of a translation between two reports whose sentence pairs score ``meaning`` (see the
    module): their median plus :data:`XL_ABOVE_BACKGROUND`, within [:data:`XL_LOWEST`, :data:`XL_MEANING`]."""
    if meaning.size < _MIN_PAIRS:
        return XL_MEANING
    background = float(np.median(meaning))
    return min(XL_MEANING, max(XL_LOWEST, background + XL_ABOVE_BACKGROUND))


def pair_margin(floor: float) -> float:
    """The margin a translation must lead its rivals by, under a lowered ``floor``: the same share of the floor as
    :data:`XL_MARGIN` is of :data:`XL_MEANING`.  e5 compresses the whole spread of a low-scoring language pair, the
    lead over the next best with it ("De Vries said the cause of the fire was not yet known" / "De Vriesin mukaan
    tulipalon syy ei ole vielä tiedossa" at 0.34, 0.09 ahead of its rival)."""
    return min(XL_MARGIN, XL_MARGIN * floor / XL_MEANING)


def lead_pair(corroborated: np.ndarray, links: list[tuple[int, int]], floor: float) -> list[tuple[int, int]]:
    """The two reports' first sentences (their leads) as a translation link, where neither is linked yet and each is
    the other's best match over the document pair's ``floor`` by meaning raised by shared anchors, with no margin.
    A lead tells the main event, so the next sentence often retells part of it and takes the margin from it: the
    Finnish lead "Amsterdamista Helsinkiin matkalla ollut KLM:n matkustajakone teki torstaina hätälaskun ..." met the
    English lead at 0.48 and its second sentence ("Flight KL1342 to Helsinki ... turned back") at 0.40."""
    if not corroborated.size or any(i == 0 for i, _ in links) or any(j == 0 for _, j in links):
        return []
    rows = [i for i in range(corroborated.shape[0]) if i not in {x for x, _ in links}]
    cols = [j for j in range(corroborated.shape[1]) if j not in {y for _, y in links}]
    best = float(corroborated[0, 0])
    if best < floor or best < max(float(corroborated[0, j]) for j in cols) or best < max(float(corroborated[i, 0]) for i in rows):
        return []
    return [(0, 0)]


def _specific(anchors: set[str]) -> set[str]:
    """The anchors that single out one fact: a clock time ("2026-11-19T14:35") or a figure unlikely to recur by chance
    ("n:3.1e+09", "n:186": a fraction, or 100 and up), not a bare day, which half the sentences of a report share, nor
    a small whole number ("40 flights were delayed" / "Koneessa oli noin 40 suomalaista matkustajaa")."""
    return {a for a in anchors if (a.startswith("n:") and _rare(a[2:])) or (a[:4].isdigit() and "T" in a and a[-2:].isdigit())}


def _rare(value: str) -> bool:
    try:
        v = abs(float(value))
    except ValueError:
        return False
    return v >= 100 or v != int(v)


def specific_anchors(left: list[SentenceInfo], right: list[SentenceInfo]) -> np.ndarray:
    """Whether each (left, right) sentence pair shares a clock time, a figure (:func:`_specific`) or a length with its
    figure ("5시간 만에" / "after five hours", both PT5H; :attr:`.SentenceInfo.lengths`): the evidence that
    lets a pair that meaning and the fixed floor left unlinked align over the document pair's own floor
    ("touched down at 14:35 local time" / "Kone laskeutui kello 14.35 paikallista aikaa", 0.20 on meaning)."""
    out = np.zeros((len(left), len(right)), dtype=bool)
    for i, a in enumerate(left):
        mine = _specific(a.anchors) | a.lengths
        for j, b in enumerate(right):
            out[i, j] = bool(mine & (_specific(b.anchors) | b.lengths))
    return out


def shared_lengths(left: list[SentenceInfo], right: list[SentenceInfo]) -> np.ndarray:
    """1 where a (left, right) sentence pair gives one length with its figure, else 0: an anchor across languages, as a
    shared count is.  e5 places "소방당국은 5시간 만에 큰불을 잡았다" and "Firefighters brought the fire under control after
    five hours" at 0.28, under the floor of their reports, and the length (PT5H in both) is all the two words share."""
    return np.array([[float(bool(a.lengths & b.lengths)) for b in right] for a in left], dtype=np.float32).reshape(len(left), len(right))


def anchored_links(corroborated: np.ndarray, links: list[tuple[int, int]], floor: float, specific: np.ndarray | None) -> list[tuple[int, int]]:
    """A last round among the sentences still unlinked: the mutual best by meaning raised by anchors, over the document
    pair's ``floor`` and ahead by its margin (:func:`pair_margin`), kept only where the two share a clock time or a
    figure (``specific``, :func:`specific_anchors`).  The round before it keeps the fixed floor, since a day alone
    drew "Li is to leave for Tokyo on Thursday" to a Korean sentence on his visit from the 17th to the 19th."""
    from parallax.compare.align import translation_links

    if specific is None or specific.shape != corroborated.shape:
        return []
    rows = [i for i in range(corroborated.shape[0]) if i not in {x for x, _ in links}]
    cols = [j for j in range(corroborated.shape[1]) if j not in {y for _, y in links}]
    if not rows or not cols:
        return []
    sub = np.where(specific, corroborated, 0.0)[np.ix_(rows, cols)]  # the pairs that share one compete among themselves
    return [(rows[i], cols[j]) for i, j in translation_links(sub, floor, pair_margin(floor)) if specific[rows[i], cols[j]]]
