"""Two join signals measured for the reports of one kind of event about different people: train and dev only.

ECB+ dev's wrong joins put together the ECB and ECB+ halves of one topic (two players' drink-driving arrests, two
warships' anti-piracy operations, two coach firings): the same verb, team and place, another person.  The actor
conflict (:mod:`parallax.stories.actors`) fires on most of them, but it fires on many same-event pairs too, so its
fitted weight is small.  This script asks whether either of two readings tells the pairs apart better:

* **crossed signals**: the actor conflict times another signal (lead cosine, centroid cosine, content words,
  names), so that the conflict may weigh more where the leads read apart and less where they read alike (an
  interaction term in the logistic model, :class:`CrossedWeights`);
* **the whole body's names, weighted by position** (news writing names the people at the centre first: the
  inverted pyramid): a cosine between the report's name counts, each occurrence weighted ``1 / (1 + k / decay)``
  at its place ``k`` among the report's names, and the story's summed counts (:func:`weighted_names`).

Each is added to the same-language join signals, fitted on the pairs of ECB+ train's gold replay (as
``scripts/train_stories.py`` does), and judged by cross-validation grouped by topic (five folds of topics, log-loss
and AUC of the held-out pairs; "hard" pairs: an actor conflict where the shipped model gives 0.1 or more); the
crossed models are then run as the clusterer on ECB+ dev (mean B-cubed F1 of 5 stream orders, join threshold 0.3,
shipped merge model).

Session 56 (issue 7) measured (shipped model on dev: F1 mean 0.9436):

* train CV (5695 pairs, 525 positive; 144 hard, 89 of them positive: a conflict the other signals find likely is
  mostly one event), log-loss (AUC, hard AUC) at the best C (0.1): base signals refitted 0.0384 (0.9973, 0.846);
  crossed with the lead cosine 0.0386 (0.9973, 0.842; cross weight +0.43 against actors -1.31), centroid cosine
  0.0385 (0.844), words 0.0385 (0.845), names 0.0384 (0.844), lead cosine and words 0.0386 (0.843): no cross
  lowers the held-out loss or sorts the hard pairs better;
* dev, F1 mean of 5 orders at 0.3: base refitted 0.9434 at C=1 and 0.9382 at C=0.1 (P 0.929, R 0.948; at 0.2,
  0.9116); crossed with the lead cosine 0.9434 at C=1 and 0.9382 at C=0.1, with words or the centroid cosine 0.9382
  at C=0.1: the same as the base refit at each C, so the crosses change no dev decision;
* body names weighted by position (all names, or the last words of names only; decay 5, 20, none): alone, AUC
  0.985 on all train pairs but 0.56-0.62 on the hard pairs (the model's own 0.88); added with its cross to the join
  signals, CV log-loss 0.0390-0.0395 (base 0.0384) and hard-pair AUC 0.82-0.83 (base 0.85): it adds noise, not
  separation, so it was not run on dev;
* a story-level date check at merge time has nothing to mend on dev: ``python -m benchmarks.story_errors`` lists no
  wrong merge in 5 orders (all six errors are joins), and the ECB half prints no date (session 53).

Run from the repository root: ``python scripts/stories_crossed_features.py [--dev VARIANT:C ...]`` (VARIANT one of
``CROSSES``' keys or ``base``; the train CV always).  It never reads a test split.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from parallax.stories.model import FEATURES_SAME, Weights  # noqa: E402

CROSSES: dict[str, tuple[str, ...]] = {
    "base": (),
    "cos_max": ("actors*cos_max",),
    "cos_centroid": ("actors*cos_centroid",),
    "words": ("actors*words",),
    "names": ("actors*names",),
    "cos_max+words": ("actors*cos_max", "actors*words"),
}
BODY = ((False, 5.0), (False, 20.0), (True, 5.0), (True, 20.0), (True, math.inf))  # (last words of names only, decay)
GRID_C = (0.1, 0.3, 1.0, 3.0)


def crossed(values: Mapping[str, float], crosses: Iterable[str]) -> dict[str, float]:
    """``values`` with each cross ``"a*b"`` added as the product of its two signals, where the pair has both."""
    out = dict(values)
    for cross in crosses:
        a, b = cross.split("*")
        if a in values and b in values:
            out[cross] = values[a] * values[b]
    return out


class CrossedWeights(Weights):
    """Join weights whose features may be crosses, computed from the signals the clusterer gives."""

    def probability(self, values: dict[str, float]) -> float:
        return super().probability(crossed(values, (f for f in self.features if "*" in f)))


def weighted_names(occurrences: Iterable[tuple[str, int]], decay: float, tails_only: bool = False) -> dict[str, float]:
    """A report's name tokens (``(token, place in its name)``, in text order, as
    :func:`parallax.stories.features.name_occurrences` gives them), each occurrence weighted ``1 / (1 + k / decay)`` at
    its place ``k``; ``tails_only``: only tokens that end a name of two words or more (the actors' way)."""
    occ = list(occurrences)
    tails = {t for i, (t, p) in enumerate(occ) if p > 0 and (i + 1 == len(occ) or occ[i + 1][1] != p + 1)}
    out: dict[str, float] = {}
    for k, (token, _) in enumerate(occ):
        if not tails_only or token in tails:
            out[token] = out.get(token, 0.0) + 1.0 / (1.0 + k / decay)
    return out


def weighted_cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    num = sum(x * b.get(k, 0.0) for k, x in a.items())
    den = math.sqrt(sum(x * x for x in a.values()) * sum(x * x for x in b.values()))
    return num / den if den else 0.0


def train_rows(items, gold: Mapping[str, str], bodies: Mapping[str, list[dict[str, float]]], candidates: int = 10):
    """The gold replay's pairs (``scripts/train_stories.py``): signal values, the body cosines, labels, topics."""
    from parallax.stories.story import Story

    stories: dict[str, Story] = {}
    story_bodies: dict[str, list[dict[str, float]]] = {}
    values, body, labels, topics = [], [], [], []
    for sig, _ in items:
        if stories:
            names = sorted(stories)
            cos = np.stack([stories[n].centroid for n in names]) @ sig.vector
            for name, c in sorted(zip(names, cos, strict=True), key=lambda t: (-t[1], t[0]))[:candidates]:
                values.append(stories[name].signals(sig, float(c)))
                body.append([weighted_cosine(mine, theirs) for mine, theirs in zip(bodies[sig.id], story_bodies[name], strict=True)])
                labels.append(int(name == gold[sig.id]))
                topics.append(gold[sig.id].split("_")[0])
        g = gold[sig.id]
        stories.setdefault(g, Story(id=g, title=sig.title)).add(sig)
        for total, mine in zip(story_bodies.setdefault(g, [{} for _ in BODY]), bodies[sig.id], strict=True):
            for k, x in mine.items():
                total[k] = total.get(k, 0.0) + x
    return values, np.asarray(body), np.asarray(labels), np.asarray(topics)


def held_out(features: tuple[str, ...], X: np.ndarray, y: np.ndarray, topics: np.ndarray, C: float) -> np.ndarray:
    """Each pair's probability from a model fitted on the other folds of topics."""
    from sklearn.model_selection import GroupKFold

    p = np.zeros(len(y))
    for fit, test in GroupKFold(5).split(X, y, topics):
        w = Weights.fit(features, X[fit], y[fit], C=C)
        p[test] = [w.probability(dict(zip(features, row, strict=True))) for row in X[test]]
    return np.clip(p, 1e-9, 1 - 1e-9)


def main() -> int:
    from sklearn.metrics import log_loss, roc_auc_score

    from parallax.stories import prepare
    from parallax.stories.evaluation import cached_vectors, load_ecbplus
    from parallax.stories.features import name_occurrences
    from parallax.stories.model import load_model

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dev", nargs="*", default=[], help="VARIANT:C models to run on ECB+ dev (5 orders)")
    ap.add_argument("--threshold", type=float, default=0.3)
    args = ap.parse_args()
    articles, gold = load_ecbplus("train", 0)
    vectors = cached_vectors(articles)
    items = [prepare(a, vectors[a.id]) for a in articles]
    bodies = {}
    for a in articles:
        occ = list(name_occurrences(a, "en"))
        bodies[a.id] = [weighted_names(occ, decay, tails) for tails, decay in BODY]
    values, body, y, topics = train_rows(items, gold, bodies)
    shipped = load_model()
    p_shipped = np.asarray([shipped.same_language.probability(v) for v in values])
    actors = np.asarray([v["actors"] for v in values])
    hard = (actors == 1.0) & (p_shipped >= 0.1)
    print(f"train pairs {len(y)} ({int(y.sum())} positive); hard pairs {int(hard.sum())} ({int(y[hard].sum())} positive)")
    for name, crosses in CROSSES.items():
        features = FEATURES_SAME + crosses
        X = np.asarray([[crossed(v, crosses)[f] for f in features] for v in values])
        for C in GRID_C:
            p = held_out(features, X, y, topics, C)
            print(f"cross {name} C={C}: CV log-loss {log_loss(y, p):.4f} AUC {roc_auc_score(y, p):.4f} hard AUC {roc_auc_score(y[hard], p[hard]):.3f}")
    base = np.asarray([[v[f] for f in FEATURES_SAME] for v in values])
    for i, (tails, decay) in enumerate(BODY):
        print(f"body names (tails only {tails}, decay {decay}) alone: AUC {roc_auc_score(y, body[:, i]):.3f} hard AUC {roc_auc_score(y[hard], body[hard, i]):.3f}")
        features = (*FEATURES_SAME, "body", "actors*body")
        X = np.column_stack([base, body[:, i], actors * body[:, i]])
        for C in (0.1, 1.0):
            p = held_out(features, X, y, topics, C)
            print(f"  with the join signals C={C}: CV log-loss {log_loss(y, p):.4f} AUC {roc_auc_score(y, p):.4f} hard AUC {roc_auc_score(y[hard], p[hard]):.3f}")
    if args.dev:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from train_stories import mean_score, prepared, settings_for

        dev = [prepared("dev", seed) for seed in range(5)]
        print(f"shipped: dev {mean_score(dev, settings_for(shipped, args.threshold, shipped.merge_threshold))}")
        for spec in args.dev:
            name, C = spec.split(":")
            features = FEATURES_SAME + CROSSES[name]
            X = np.asarray([[crossed(v, CROSSES[name])[f] for f in features] for v in values])
            model = replace(shipped, same_language=CrossedWeights.fit(features, X, y, C=float(C)))
            print(f"cross {name} C={C} ({dict(zip(features, model.same_language.coef, strict=True))}): dev {mean_score(dev, settings_for(model, args.threshold, shipped.merge_threshold))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
