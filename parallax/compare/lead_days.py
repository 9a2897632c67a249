"""Two leads in one language that tell one event on different days.

A lead (the first sentence of a report's body) tells the main event: what happened, to whom, where and when.  Two
reports of one story whose leads name the same people and places but give the event different days ("A ransomware
attack on St Aldhelm's Hospital in Leeds has ... diverted ambulances ... since Monday" / "Hackers who crippled St
Aldhelm's Hospital in Leeds on Sunday are demanding 50 bitcoin") lose the shared dates the alignment counts as an
anchor (a sixth of the score), precisely because they disagree: they scored 0.40 against the 0.46 threshold, stayed
two unique facts, and the wrong day was never compared.  Here the two leads are scored as if their days agreed: where
each gives a day, they share none, they share a named thing, each is the other's best match and the score with the
anchor weight added passes the threshold, the two join one fact, and the date comparison then sees both days.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np

from parallax.records import Article

if TYPE_CHECKING:
    from parallax.compare.sentence_features import SentenceInfo

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")  # a resolved day among a sentence's anchors ("2026-11-16", "2026-11-16T14:35")

Link = tuple[tuple[int, int], tuple[int, int]]


def _days(info: SentenceInfo) -> set[str]:
    return {m.group() for a in info.anchors if (m := _DAY.match(a))}


def disagreeing_leads(
    articles: list[Article], infos: list[list[SentenceInfo]], scores: dict[tuple[int, int], np.ndarray], threshold: float
) -> list[Link]:
    """Links between the first sentences of two reports in one language that tell one event on other days (see the
    module).  ``scores`` are the alignment's matrices, ``scores[(a, b)]`` article a's sentences against b's."""
    from parallax.compare.align import WEIGHTS

    out: list[Link] = []
    for (a, b), m in scores.items():
        if articles[a].in_another_language(articles[b]) or not m.size or not infos[a] or not infos[b]:
            continue
        la, lb = infos[a][0], infos[b][0]
        days_a, days_b = _days(la), _days(lb)
        if not days_a or not days_b or days_a & days_b or not la.entities & lb.entities:
            continue
        if int(m[0].argmax()) != 0 or int(m[:, 0].argmax()) != 0 or m[0, 0] >= threshold:
            continue  # not each other's best, or aligned already
        if m[0, 0] + WEIGHTS["anchors"] >= threshold:
            out.append(((a, 0), (b, 0)))
    return out
