"""The article↔story scorer: a logistic regression over a handful of signals.

Weights, decision threshold and candidate settings are fitted by
``scripts/train_stories.py`` on ECB+ (train split for the weights, dev split
for the threshold) and shipped as ``model.json`` next to this file, so nothing
here is set by hand.  Two weight sets are kept: ``same_language`` uses every
signal; ``cross_language`` leaves out word overlap and the actor conflict (meaningless between
languages: they need one spelling) and the day conflict (:mod:`parallax.stories.event_days`: it would read
across languages, but the cross-language weights were not refitted when it came) and is used when a story has
no article in the article's language.
The merge model (``merge_same``/``merge_cross``, same signals between two
stories, see :meth:`Story.pair_signals`) and its threshold are fitted the
same way (story pairs from streaming runs on train, threshold on dev).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_PATH = Path(__file__).with_name("model.json")

FEATURES_SAME = ("cos_centroid", "cos_max", "names", "numbers", "times", "words", "actors", "days")
FEATURES_CROSS = ("cos_centroid", "cos_max", "names", "numbers", "times")
# the merge model's (story↔story): the actor signal is an article's (:mod:`parallax.stories.actors`)
FEATURES_MERGE = ("cos_centroid", "cos_max", "names", "numbers", "times", "words")
# the range each signal can take (by its definition in story.py)
FEATURE_RANGE = {
    "cos_centroid": (0.0, 1.0),
    "cos_max": (0.0, 1.0),
    "names": (0.0, 1.0),
    "numbers": (0.0, 1.0),
    "times": (-1.0, 1.0),
    "words": (0.0, 1.0),
    "actors": (0.0, 1.0),
    "days": (0.0, 1.0),
}


@dataclass(frozen=True)
class Weights:
    features: tuple[str, ...]
    coef: tuple[float, ...]
    intercept: float

    def probability(self, values: dict[str, float]) -> float:
        z = self.intercept + sum(c * values[f] for f, c in zip(self.features, self.coef, strict=True))
        return 1.0 / (1.0 + math.exp(-z))

    def upper_bound(self, known: dict[str, float]) -> float:
        """The highest probability any values of the features not in ``known`` can give."""
        z = self.intercept
        for f, c in zip(self.features, self.coef, strict=True):
            z += c * known[f] if f in known else max(c * FEATURE_RANGE[f][0], c * FEATURE_RANGE[f][1])
        return 1.0 / (1.0 + math.exp(-z))

    def to_dict(self) -> dict:
        return {"features": list(self.features), "coef": list(self.coef), "intercept": self.intercept}

    @classmethod
    def from_dict(cls, d: dict) -> Weights:
        return cls(tuple(d["features"]), tuple(float(c) for c in d["coef"]), float(d["intercept"]))

    @classmethod
    def fit(cls, features: tuple[str, ...], X: np.ndarray, y: np.ndarray, C: float = 1.0) -> Weights:
        """Standardise, fit, and fold the scaling back into raw-feature weights."""
        from sklearn.linear_model import LogisticRegression

        mean = X.mean(axis=0)
        scale = X.std(axis=0)
        scale[scale == 0] = 1.0
        clf = LogisticRegression(C=C, max_iter=1000).fit((X - mean) / scale, y)
        coef = clf.coef_[0] / scale
        intercept = float(clf.intercept_[0] - (coef * mean).sum())
        return cls(features, tuple(round(float(c), 6) for c in coef), round(intercept, 6))


@dataclass(frozen=True)
class StoryModel:
    """Everything the clusterer needs to decide; loaded from ``model.json``."""

    same_language: Weights
    cross_language: Weights
    threshold: float  # probability above which an article joins its best story
    window_days: float  # a story with no article for this long is closed
    candidates: int  # open stories scored in full per article (by centroid cosine)
    embedder: str = "e5"
    trained_on: str = ""
    # story merge: after an article joins a story, an open story this probable
    # to report the same event (story↔story signals) is merged into it
    merge_same: Weights | None = None
    merge_cross: Weights | None = None
    merge_threshold: float | None = None  # None: no merging
    # a one-article story near a story that just grew is scored again, as an article, against it
    # (:meth:`Clusterer._rejoin_around`); off in models fitted before this step existed
    rejoin: bool = False

    def to_dict(self) -> dict:
        return (
            {
                "same_language": self.same_language.to_dict(),
                "cross_language": self.cross_language.to_dict(),
                "threshold": self.threshold,
                "window_days": self.window_days,
                "candidates": self.candidates,
                "embedder": self.embedder,
                "trained_on": self.trained_on,
            }
            | (
                {}
                if self.merge_same is None
                else {
                    "merge_same": self.merge_same.to_dict(),
                    "merge_cross": self.merge_cross.to_dict(),
                    "merge_threshold": self.merge_threshold,
                }
            )
            | ({"rejoin": True} if self.rejoin else {})
        )

    @classmethod
    def from_dict(cls, d: dict) -> StoryModel:
        return cls(
            same_language=Weights.from_dict(d["same_language"]),
            cross_language=Weights.from_dict(d["cross_language"]),
            threshold=float(d["threshold"]),
            window_days=float(d["window_days"]),
            candidates=int(d["candidates"]),
            embedder=d.get("embedder", "e5"),
            trained_on=d.get("trained_on", ""),
            merge_same=Weights.from_dict(d["merge_same"]) if "merge_same" in d else None,
            merge_cross=Weights.from_dict(d["merge_cross"]) if "merge_cross" in d else None,
            merge_threshold=None if d.get("merge_threshold") is None else float(d["merge_threshold"]),
            rejoin=bool(d.get("rejoin", False)),
        )

    def save(self, path: Path = MODEL_PATH) -> None:
        path.write_text(json.dumps(self.to_dict(), indent=2) + "\n", encoding="utf-8")


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_PATH) -> StoryModel:
    return StoryModel.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))
