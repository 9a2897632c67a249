"""Align the sentences of several articles into facts.

Two sentences of different articles state the same fact when a combined
score passes ``Options.align_threshold``.  The score is a weighted sum of four
features (:data:`FEATURES`): the paraphrase-aware meaning (multilingual e5
cosine, rescaled so unrelated text is 0), shared content words, shared
entities, and shared anchors (resolved dates, numbers, a shared quotation).
The weights and the default threshold are fitted on ECB+ by
``scripts/fit_alignment.py`` and ship in ``align_model.json`` next to this
file (see its ``notes`` for how the threshold was chosen).  Links are kept
when they are the best match on at least one side (so one long sentence can
absorb two short ones); connected sentences form a fact.  Every sentence ends
up in exactly one fact.

What each sentence brings to the score is read in :mod:`.sentence_features` (split off to keep
this module short; every name is still importable from here).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from parallax.compare.heard_anchors import XL_ANCHOR_BONUS as XL_ANCHOR_BONUS
from parallax.compare.heard_anchors import corroborated_meaning as corroborated_meaning
from parallax.compare.heard_anchors import heard_anchors
from parallax.compare.lead_links import lead_links
from parallax.compare.sentence_features import _MONEY as _MONEY
from parallax.compare.sentence_features import _STOP as _STOP
from parallax.compare.sentence_features import SentenceInfo, figures_apart, peoples_apart
from parallax.compare.sentence_features import _name_of as _name_of
from parallax.compare.sentence_features import content_words as content_words
from parallax.compare.sentence_features import measure_of as measure_of
from parallax.compare.sentence_features import sentence_infos as sentence_infos
from parallax.compare.xl_background import XL_MARGIN as XL_MARGIN
from parallax.compare.xl_background import XL_MEANING as XL_MEANING
from parallax.compare.xl_background import anchored_links, lead_pair, pair_floor, pair_margin, shared_lengths, specific_anchors
from parallax.embed import get_embedder, rescale
from parallax.records import Article

FEATURES = ("meaning", "words", "entities", "anchors")
MODEL_PATH = Path(__file__).with_name("align_model.json")
# hand-set before the fit; kept only as the fallback when align_model.json is missing
_HAND_WEIGHTS = {"meaning": 0.55, "words": 0.25, "entities": 0.1, "anchors": 0.1}
LINK_RULES = ("best-either", "mutual-best", "any")
COUNTED_NOUN = 0.5  # the anchor value of a shared counted noun and role (see pair_features)


def load_model(path: Path = MODEL_PATH) -> dict:
    """The fitted alignment model: ``weights`` (per feature), ``threshold``, ``linking``."""
    try:
        model = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"weights": dict(_HAND_WEIGHTS), "threshold": 0.56, "linking": "best-either"}
    model["weights"] = {f: float(model["weights"][f]) for f in FEATURES}
    model.setdefault("linking", "best-either")
    return model


MODEL = load_model()
WEIGHTS: dict[str, float] = MODEL["weights"]
LINKING: str = MODEL["linking"]


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _overlap(a: set, b: set) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def pair_features(left: list[SentenceInfo], right: list[SentenceInfo], vl: np.ndarray, vr: np.ndarray, floor: float) -> np.ndarray:
    """Features of every (left, right) sentence pair: an array ``(len(left), len(right), len(FEATURES))``."""
    out = np.zeros((len(left), len(right), len(FEATURES)), dtype=np.float32)
    if not len(left) or not len(right):
        return out
    out[:, :, 0] = rescale(vl @ vr.T, floor)
    for i, a in enumerate(left):
        for j, b in enumerate(right):
            if figures_apart(a, b):
                out[i, j] = 0.0  # a profit and a sales figure, two motions' votes: two facts, however alike they read
                continue
            wa, wb = (a.keys, b.keys) if a.keys and b.keys else (a.words, b.words)  # two English sentences: by stems (word_keys)
            out[i, j, 1] = _overlap(wa, wb) * 0.5 + _jaccard(wa, wb) * 0.5
            out[i, j, 2] = _jaccard(a.entities, b.entities)
            anchors = 1.0 if any(x.startswith("q:") for x in a.anchors & b.anchors) else _overlap(a.anchors, b.anchors)
            # a count of the same noun and role is half an anchor whatever its value: else a report that gives
            # another count ("19 injured" / "14 injured") falls out of the fact, and the contradiction with it
            # so is a figure of one kind that states the same thing: a result in each ("stimmte mit 7:2" / "fiel
            # mit 6:3 Stimmen"), or a share or a sum beside a shared word ("La participación fue del 61,4 %" / "La
            # participación se situó en el 58,9 %", "une amende de 150 000 euros" / "... et d'une amende de 250 000 euros")
            kinds = a.measures & b.measures
            measure = COUNTED_NOUN if "result" in kinds or (kinds and wa & wb) else 0.0  # (shared by key: "expected" / "forecast")
            vote = float(any(k[:5] == "vote:" and k.count(":") == 2 for k in kinds))  # sharing a count on one side (sentence_features)
            out[i, j, 3] = max(anchors, COUNTED_NOUN * _overlap(a.counted, b.counted), measure, vote)
    return out


def combine(features: np.ndarray, weights: dict[str, float] | None = None) -> np.ndarray:
    """Weighted sum of the last axis of ``features`` (the alignment score)."""
    w = weights or WEIGHTS
    return (features @ np.array([w[f] for f in FEATURES], dtype=np.float32)).astype(np.float32)


def pair_scores(
    left: list[SentenceInfo],
    right: list[SentenceInfo],
    vl: np.ndarray,
    vr: np.ndarray,
    floor: float,
    weights: dict[str, float] | None = None,
) -> np.ndarray:
    return combine(pair_features(left, right, vl, vr, floor), weights)


def links(scores: np.ndarray, threshold: float, rule: str | None = None) -> list[tuple[int, int]]:
    """The (i, j) pairs of one article pair's score matrix that link.

    ``best-either`` (default): at or above the threshold and the best match of
    row i or of column j; ``mutual-best``: the best of both; ``any``: every pair
    at or above the threshold."""
    rule = rule or LINKING
    if rule not in LINK_RULES:
        raise ValueError(f"unknown linking rule {rule!r} (choose {', '.join(LINK_RULES)})")
    if not scores.size:
        return []
    row_best = scores.argmax(axis=1)
    col_best = scores.argmax(axis=0)
    out = []
    for i, j in zip(*np.nonzero(scores >= threshold), strict=True):
        i, j = int(i), int(j)
        best_row, best_col = row_best[i] == j, col_best[j] == i
        if rule == "any" or (rule == "best-either" and (best_row or best_col)) or (best_row and best_col):
            out.append((i, j))
    return out


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


def group_facts(
    sizes: list[int],
    scores: dict[tuple[int, int], np.ndarray],
    threshold: float,
    must_link: list[tuple[tuple[int, int], tuple[int, int]]] = (),
    rule: str | None = None,
) -> tuple[list[list[tuple[int, int]]], dict]:
    """Facts from the score matrices of article pairs.

    ``sizes`` is the number of sentences per article, ``scores[(a, b)]`` (a < b)
    the matrix of article a's sentences against article b's."""
    uf = _UnionFind()
    best_scores: dict[tuple[int, int, int, int], float] = {}
    for a, n in enumerate(sizes):
        for i in range(n):
            uf.find((a, i))
    for (a, b), s in sorted(scores.items()):
        for i, j in links(s, threshold, rule):
            uf.union((a, i), (b, j))
            best_scores[(a, i, b, j)] = float(s[i, j])
    for x, y in must_link:
        uf.union(x, y)
    groups: dict = {}
    for a, n in enumerate(sizes):
        for i in range(n):
            groups.setdefault(uf.find((a, i)), []).append((a, i))
    facts = sorted((sorted(g) for g in groups.values()), key=lambda g: (g[0][0], g[0][1]))
    return facts, best_scores


def align(
    articles: list[Article],
    infos: list[list[SentenceInfo]],
    threshold: float,
    embedder: str = "e5",
    must_link: list[tuple[tuple[int, int], tuple[int, int]]] = (),
) -> tuple[list[list[tuple[int, int]]], Relatedness]:
    """Group sentences into facts: a list of facts, each a list of (article, sentence), and how
    related any two sentences are (:class:`Relatedness`).

    ``must_link`` pairs (sentences quoting the same words) always join."""
    emb = get_embedder(embedder)
    vectors = [emb.embed([s.compared for s in infos_a]) for infos_a in infos]
    scores = {}  # (a figure's only report joins no person of another nationality: "Australian climber" / "British climber")
    must_link = [(x, y) for x, y in must_link if not peoples_apart(infos[x[0]][x[1]], infos[y[0]][y[1]])]
    for a in range(len(articles)):
        for b in range(a + 1, len(articles)):
            if infos[a] and infos[b]:
                features = pair_features(infos[a], infos[b], vectors[a], vectors[b], emb.floor)
                scores[(a, b)] = combine(features)
                if articles[a].in_another_language(articles[b]):
                    heard = heard_anchors(articles[a], articles[b], [x.entities for x in infos[a]], [x.entities for x in infos[b]])
                    heard = np.maximum(heard, shared_lengths(infos[a], infos[b]))  # one length, as one count (:mod:`.xl_background`)
                    must_link += [((a, i), (b, j)) for i, j in corroborated_translation_links(features, heard, specific_anchors(infos[a], infos[b]))]
    # a lead split in two against one told in one sentence (:mod:`.lead_links`)
    linked = {frozenset(pair) for pair in must_link}
    linked |= {frozenset(((a, i), (b, j))) for (a, b), s in scores.items() for i, j in links(s, threshold)}
    must_link += lead_links(articles, infos, vectors, scores, linked, emb, threshold)
    facts, _ = group_facts([len(x) for x in infos], scores, threshold, must_link)
    return facts, Relatedness(scores, {frozenset(pair) for pair in must_link})


@dataclass
class Relatedness:
    """How much two sentences of different articles say the same: their combined score, or a link
    that joined them whatever the score (a shared quotation, a translation, the only toll count).

    A fact is a chain of such pairs, so two of its sentences can be far apart ("12 killed" -
    "12 killed and 850 evacuated" - "850 evacuated"); their figures are only compared when the
    two are related themselves."""

    scores: dict[tuple[int, int], np.ndarray]
    links: set[frozenset]

    def __call__(self, x: tuple[int, int], y: tuple[int, int]) -> float:
        if frozenset((x, y)) in self.links:
            return 1.0
        (a, i), (b, j) = sorted((x, y))
        matrix = self.scores.get((a, b))
        return float(matrix[i, j]) if matrix is not None and a != b else 0.0


def corroborated_translation_links(features: np.ndarray, heard: np.ndarray | None = None, specific: np.ndarray | None = None) -> list[tuple[int, int]]:
    """Translation links by meaning alone (:func:`translation_links`), then, among the sentences left
    unlinked on both sides, by meaning raised by shared anchors (:func:`corroborated_meaning`).  The
    anchors only rescue sentences meaning could not place: applied to all, a shared date drew a
    sentence to the outlet that agrees with it, away from its translation that gives another day, and
    the date conflict between the two was lost.  Meaning alone takes this document pair's floor and margin
    (:mod:`.xl_background`: e5 scores en/ja lower than en/es), the two leads link as mutual best, the anchors' round
    keeps the fixed floor, and a last round takes the pair's own for pairs ``specific`` marks (a shared clock time
    or figure).  ``heard`` adds the anchors read across scripts (a name in
    Latin letters and in characters, a count of one kind: :mod:`.heard_anchors`) to the shared ones."""
    floor = pair_floor(features[:, :, 0])
    links = translation_links(features[:, :, 0], floor, pair_margin(floor))
    if heard is not None and heard.shape == features.shape[:2]:
        features = features.copy()
        features[:, :, 3] = np.maximum(features[:, :, 3], heard)
    links += lead_pair(corroborated_meaning(features), links, floor)  # the two leads: mutual best, no margin
    rows = [i for i in range(features.shape[0]) if i not in {x for x, _ in links}]
    cols = [j for j in range(features.shape[1]) if j not in {y for _, y in links}]
    if rows and cols:
        rest = corroborated_meaning(features)[np.ix_(rows, cols)]
        links += [(rows[i], cols[j]) for i, j in translation_links(rest)]
        links += anchored_links(corroborated_meaning(features), links, floor, specific)
    return links


def translation_links(meaning: np.ndarray, floor: float = XL_MEANING, margin: float = XL_MARGIN) -> list[tuple[int, int]]:
    """Links between two articles in different languages, from the meaning feature alone.

    Shared content words, a quarter of the combined score, are all but absent across languages,
    so a translated sentence rarely reaches the threshold.  Bitext mining faces the same problem and
    answers it with a margin (Artetxe and Schwenk, 2019): a pair is a translation when each is the
    other's best match, clearly ahead of the next best."""
    out: list[tuple[int, int]] = []
    if not meaning.size:
        return out
    for i in range(meaning.shape[0]):
        j = int(meaning[i].argmax())
        if int(meaning[:, j].argmax()) != i or meaning[i, j] < floor:
            continue
        row = np.delete(meaning[i], j)
        col = np.delete(meaning[:, j], i)
        runner_up = max(row.max() if row.size else 0.0, col.max() if col.size else 0.0)
        if meaning[i, j] - runner_up >= margin:
            out.append((i, j))
    return out
