"""Story grouping on the dev splits, with its errors: what to study before changing the grouping.

Scores ECB+ dev and NewsWCL50 dev over the benchmark's five stream orders (mean and spread of B-cubed),
and the own en/de/fr case, then lists, per order, the gold stories split over several predicted ones
and the predicted stories that mix gold ones.  Dev only: it never reads a test split and never writes
``benchmarks/results`` (the benchmark itself, ``benchmarks.bench_stories``, scores test and writes).

Run from the repository root: ``python scripts/stories_dev_errors.py [--orders N] [--errors N]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections import Counter, defaultdict
from collections.abc import Mapping
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def errors(predicted: Mapping[str, str], gold: Mapping[str, str]) -> tuple[dict[str, list[int]], list[list[tuple[str, int]]]]:
    """The gold stories split over several predicted ones (gold -> sizes of its parts, largest first) and
    the predicted stories that mix gold ones (each as its gold stories with their counts, most first)."""
    parts: dict[str, Counter] = defaultdict(Counter)
    members: dict[str, Counter] = defaultdict(Counter)
    for item, g in gold.items():
        parts[g][predicted[item]] += 1
        members[predicted[item]][g] += 1
    split = {g: sorted(c.values(), reverse=True) for g, c in sorted(parts.items()) if len(c) > 1}
    mixed = [c.most_common() for c in members.values() if len(c) > 1]
    return split, mixed


def main() -> int:
    from parallax.stories import cluster_articles
    from parallax.stories.evaluation import b_cubed, cached_vectors, load_ecbplus, load_newswcl50

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--orders", type=int, default=5, help="stream orders scored (the benchmark uses 5)")
    ap.add_argument("--errors", type=int, default=2, help="orders whose ECB+ errors are listed")
    args = ap.parse_args()
    for name, loader in (("ECB+ dev", load_ecbplus), ("NewsWCL50 dev", load_newswcl50)):
        scores = []
        for seed in range(args.orders):
            articles, gold = loader("dev", seed)
            result = cluster_articles(articles, vectors=cached_vectors(articles))
            predicted = {a: s["id"] for s in result.stories for a in s["articles"]}
            scores.append(b_cubed(predicted, gold))
            if loader is load_ecbplus and seed < args.errors:
                split, mixed = errors(predicted, gold)
                print(f"  order {seed}: split {split}; mixed {mixed}")
        mean = {k: statistics.mean(s[k] for s in scores) for k in ("precision", "recall", "f1")}
        sd = statistics.pstdev(s["f1"] for s in scores)
        print(f"{name}: P {mean['precision']:.4f} R {mean['recall']:.4f} F1 {mean['f1']:.4f} ± {sd:.4f} ({args.orders} orders)")
    from tests.test_stories import ARTICLES

    gold = {a.id: "ferry" if a.id.startswith("ferry") else a.id.split("-")[0] for a in ARTICLES}
    result = cluster_articles(list(ARTICLES))
    print("own en/de/fr case:", b_cubed({a: s["id"] for s in result.stories for a in s["articles"]}, gold))
    return 0


if __name__ == "__main__":
    sys.exit(main())
