"""Align the sentences of several articles into facts.

Two sentences of different articles state the same fact when a combined
score passes ``Options.align_threshold``: the paraphrase-aware meaning
(multilingual e5 cosine, rescaled so unrelated text is 0), shared content
words, shared entities, shared resolved dates and numbers, and a shared
quotation.  Links are kept when they are the best match on at least one
side (so one long sentence can absorb two short ones); connected sentences
form a fact.  Every sentence ends up in exactly one fact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from parallax.embed import get_embedder, rescale
from parallax.records import Article

_STOP = set(
    "the a an and or but of to in on at for with by from as is are was were be been being that this these those it its "
    "their his her they he she we our you your has have had will would can could should may might also than then there "
    "which who whom whose what when where while after before about into over under more most other such some any all "
    "not no said says der die das und oder ein eine den dem des ist sind war le la les un une des et ou est sont du de "
    "el los las y en que por para".split()
)
WEIGHTS = {"meaning": 0.55, "words": 0.25, "entities": 0.1, "anchors": 0.1}


def content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if len(w) > 2 and w not in _STOP}


@dataclass
class SentenceInfo:
    article: int
    index: int
    text: str
    words: set[str]
    entities: set[str]
    anchors: set[str]  # resolved dates, numbers and quote ids


def sentence_infos(articles: list[Article], quote_ids: dict[tuple[int, int], str]) -> list[list[SentenceInfo]]:
    """Per article, the features of each sentence used for alignment."""
    out = []
    for ai, art in enumerate(articles):
        infos = []
        for si, s in enumerate(art.sentences):
            ents = {(e.canonical or e.text).lower() for e in art.entities if s.start <= e.start < s.end}
            anchors = {t.value for t in art.times if s.start <= t.start < s.end and t.value and t.granularity != "duration"}
            anchors |= {f"n:{q.value:g}" for q in art.quantities if s.start <= q.start < s.end and q.value is not None}
            anchors |= {f"q:{qid}" for (a, qi), qid in quote_ids.items() if a == ai and art.quotes[qi].sentence == si}
            infos.append(SentenceInfo(ai, si, s.text, content_words(s.text), ents, anchors))
        out.append(infos)
    return out


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _overlap(a: set, b: set) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def pair_scores(left: list[SentenceInfo], right: list[SentenceInfo], vl: np.ndarray, vr: np.ndarray, floor: float) -> np.ndarray:
    meaning = rescale(vl @ vr.T, floor) if len(left) and len(right) else np.zeros((len(left), len(right)))
    scores = np.zeros((len(left), len(right)), dtype=np.float32)
    for i, a in enumerate(left):
        for j, b in enumerate(right):
            words = _overlap(a.words, b.words) * 0.5 + _jaccard(a.words, b.words) * 0.5
            ents = _jaccard(a.entities, b.entities)
            anchors = 1.0 if any(x.startswith("q:") for x in a.anchors & b.anchors) else _overlap(a.anchors, b.anchors)
            scores[i, j] = (
                WEIGHTS["meaning"] * meaning[i, j] + WEIGHTS["words"] * words + WEIGHTS["entities"] * ents + WEIGHTS["anchors"] * anchors
            )
    return scores


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def align(
    articles: list[Article],
    infos: list[list[SentenceInfo]],
    threshold: float,
    embedder: str = "e5",
    must_link: list[tuple[tuple[int, int], tuple[int, int]]] = (),
) -> tuple[list[list[tuple[int, int]]], dict]:
    """Group sentences into facts: a list of facts, each a list of (article, sentence).

    ``must_link`` pairs (sentences quoting the same words) always join."""
    emb = get_embedder(embedder)
    vectors = [emb.embed([s.text for s in infos_a]) for infos_a in infos]
    uf = _UnionFind()
    best_scores: dict[tuple[int, int, int, int], float] = {}
    for a in range(len(articles)):
        for i in range(len(infos[a])):
            uf.find((a, i))
    for a in range(len(articles)):
        for b in range(a + 1, len(articles)):
            if not infos[a] or not infos[b]:
                continue
            s = pair_scores(infos[a], infos[b], vectors[a], vectors[b], emb.floor)
            row_best = s.argmax(axis=1)
            col_best = s.argmax(axis=0)
            for i, j in zip(*np.nonzero(s >= threshold), strict=True):
                if row_best[i] == j or col_best[j] == i:
                    uf.union((a, int(i)), (b, int(j)))
                    best_scores[(a, int(i), b, int(j))] = float(s[i, j])
    for x, y in must_link:
        uf.union(x, y)
    groups: dict = {}
    for a in range(len(articles)):
        for i in range(len(infos[a])):
            groups.setdefault(uf.find((a, i)), []).append((a, i))
    facts = sorted((sorted(g) for g in groups.values()), key=lambda g: (g[0][0], g[0][1]))
    return facts, best_scores
