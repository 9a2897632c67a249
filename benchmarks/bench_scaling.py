"""Throughput of ``parallax run`` per stage, local engine against Dask, and cost at volume.

Part 1, engines (same input, one run each, each in a fresh process):
the demo corpus (20 articles, 5 events, en/de/fr) replayed ``--replicas``
times (default 16: 320 articles).  Copy *r* gets new ids, dates shifted by
``r * 28`` days (a multiple of a week, so "on Tuesday" stays a Tuesday; more
than the 10-day story window, so copies form their own stories) and a last
paragraph ``Replay r.`` (a new text, so the store does not deduplicate it).
The copies are written as JSONL, one file per copy and story folder.
Configurations: ``local``; ``dask`` with 1 and with 2 workers (``LocalCluster``,
one thread per worker process, ``--partition-files 4``).  Stages are timed as
``parallax run`` runs them (:func:`parallax.engine.run_pipeline`): ingest +
analyse (for Dask: partitions on the workers, then the driver reading the
dataset into the store), grouping (driver), compare (workers for Dask) and
outputs.  Dask cluster start-up is timed apart and included end to end.
Memory: peak RSS (``VmHWM``) of the driver plus each worker.

Part 2, volume (``--sizes``, default 1000 and 10000, each in a fresh process):
the cheap stages at larger volume with the hashing embedder: ingest alone
(read + clean + language, no spaCy) of replayed JSONL; the Dask driver's read
of an already analysed Parquet dataset into the store (analysed copies of the
demo articles written as partitions, so the workers' cost is not repeated);
story grouping over the store.  100k figures are **extrapolated** linearly
from the measured per-article rates and labelled so.

Run: ``python -m benchmarks.bench_scaling`` (a few minutes on 2 cores);
``--sizes ''`` skips part 2.  Writes ``benchmarks/results/scaling.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.common import REPO_ROOT, environment, print_table, write_results

DEMO = REPO_ROOT / "examples" / "demo"
SHIFT = timedelta(days=28)
CONFIGS = {"local": ("local", None), "dask-1": ("dask", 1), "dask-2": ("dask", 2)}
PARTITION_FILES = 4


# ------------------------------------------------------------------ corpus


def _base_articles():
    """The demo articles with a date each (the plain-text ones get their folder's earliest date), and their group."""
    from parallax.config import Options
    from parallax.ingest import load_paths

    arts = list(load_paths([str(DEMO)], Options()))
    groups = {}
    for a in arts:
        rel = Path(a.source.split(":")[0]).resolve().relative_to(DEMO.resolve())
        groups[a.id] = rel.parts[0] if len(rel.parts) > 1 else "wire"
    dated: dict[str, list[str]] = {}
    for a in arts:
        if a.published:
            dated.setdefault(groups[a.id], []).append(a.published)
    for a in arts:
        if not a.published:
            a.published = min(dated[groups[a.id]])
    return arts, groups


def _shift(published: str, r: int) -> str:
    if len(published) == 10:
        return (datetime.fromisoformat(published) + r * SHIFT).date().isoformat()
    return (datetime.fromisoformat(published.replace("Z", "+00:00")) + r * SHIFT).isoformat()


def _copy_record(a, r: int) -> dict[str, Any]:
    return {
        "id": f"r{r:04d}-{a.id}", "outlet": a.outlet, "url": f"{a.url}?replay={r}" if a.url else None, "title": a.title,
        "published": _shift(a.published, r), "language": a.language, "text": a.text + f"\n\nReplay {r}.",
    }


def write_corpus(folder: Path, replicas: int, per_group: bool = True) -> int:
    """Replayed demo as JSONL: one file per copy and story folder (``per_group``) or per copy."""
    arts, groups = _base_articles()
    folder.mkdir(parents=True, exist_ok=True)
    n = 0
    for r in range(replicas):
        files: dict[str, list[str]] = {}
        for a in arts:
            name = f"r{r:04d}-{groups[a.id]}.jsonl" if per_group else f"r{r:04d}.jsonl"
            files.setdefault(name, []).append(json.dumps(_copy_record(a, r), ensure_ascii=False))
            n += 1
        for name, lines in files.items():
            (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return n


# ------------------------------------------------------------------ part 1: one engine configuration


def one_config(name: str, corpus: Path, work: Path) -> dict[str, Any]:
    from parallax.config import Options
    from parallax.engine import get_engine, run_pipeline
    from parallax.engine.dask import process_usage

    kind, workers = CONFIGS[name]
    options = Options(embedder="hashing")
    out = {"config": name}
    with get_engine(kind, workers=workers, partition_files=PARTITION_FILES) as eng:
        startup = 0.0
        before = {}
        if kind == "dask":
            t = time.perf_counter()
            eng.client.wait_for_workers(workers)
            startup = time.perf_counter() - t
            before = eng.worker_usage()
        report = run_pipeline(eng, [corpus], work / "store.sqlite", work / "out", options, html=False, batch=32)
        after = eng.worker_usage() if kind == "dask" else {}
    driver = process_usage()
    n = report.ingest.read
    secs = dict(report.seconds)
    out.update(
        articles=n,
        stories=report.stories,
        compared=report.compared,
        partitions=report.ingest.partitions,
        startup_s=round(startup, 2),
        seconds={k: round(v, 2) for k, v in secs.items()},
        driver_cpu_s={k: round(v, 2) for k, v in report.cpu.items()},
        worker_cpu_s=round(sum(after[w]["cpu_s"] - before.get(w, {}).get("cpu_s", 0.0) for w in after), 2),
        partition_worker_s=report.ingest.extra.get("worker_seconds"),
        end_to_end_s=round(startup + secs["total"], 2),
        rates={k: round(n / v, 2) if v else None for k, v in secs.items()},
        end_to_end_articles_per_s=round(n / (startup + secs["total"]), 2),
        driver_peak_rss_mb=driver["peak_rss_mb"],
        worker_peak_rss_mb=sorted(u["peak_rss_mb"] for u in after.values()),
    )
    out["peak_rss_mb_total"] = round(out["driver_peak_rss_mb"] + sum(out["worker_peak_rss_mb"]), 1)
    return out


# ------------------------------------------------------------------ part 2: volume


def _rss_now_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def one_volume(size: int, work: Path) -> dict[str, Any]:
    from parallax.analyze import Analyzer
    from parallax.config import Options
    from parallax.engine import group
    from parallax.engine.dask import DaskEngine, process_usage
    from parallax.engine.parquet import dataset_dir, plan_partitions, write_partition
    from parallax.ingest import content_hash, load_paths
    from parallax.records import Article
    from parallax.store import open_store

    options = Options(embedder="hashing")
    replicas = -(-size // 20)
    corpus = work / "corpus"
    n = write_corpus(corpus, replicas, per_group=False)
    res: dict[str, Any] = {"articles": n}
    # the 20 originals analysed first: models loaded before memory is measured
    arts, _groups = _base_articles()
    analyzer = Analyzer(options)
    analysed = {a.id: analyzer.analyze(a) for a in arts}
    rss0 = _rss_now_mb()

    # ingest alone: read, clean, detect language, hash (what every engine does before analysis)
    t, c = time.perf_counter(), time.process_time()
    read = sum(1 for _ in load_paths([str(corpus)], options))
    res["ingest"] = {"seconds": round(time.perf_counter() - t, 2), "cpu_s": round(time.process_time() - c, 2)}
    assert read == n

    # an analysed dataset, as the workers would have written it (the analysed originals, copied)
    store = work / "store.sqlite"
    folder = dataset_dir(store)
    plan = plan_partitions([str(corpus)], options, PARTITION_FILES)
    t = time.perf_counter()
    for p in plan:
        rows = []
        for f in p.files:
            r = int(Path(f.path).name[1:5])
            for a in arts:
                rec = _copy_record(a, r)
                copy = Article.from_dict(analysed[a.id].to_dict())
                copy.id, copy.url, copy.published, copy.text = rec["id"], rec["url"], rec["published"], rec["text"]
                copy.content_hash = content_hash(copy.text)
                rows.append(copy)
        write_partition(folder, p, rows, [], options)
    res["parquet_write"] = {"seconds": round(time.perf_counter() - t, 2), "partitions": len(plan)}

    # the Dask driver: dataset -> store (no cluster: every partition is on disk)
    with open_store(store) as db, DaskEngine(partition_files=PARTITION_FILES) as eng:
        t, c = time.perf_counter(), time.process_time()
        stats = eng.ingest([corpus], options, db, 32)
        res["driver_ingest"] = {"seconds": round(time.perf_counter() - t, 2), "cpu_s": round(time.process_time() - c, 2)}
        assert eng._client is None and stats.new == n, stats
        # story grouping over the store (single process)
        t, c = time.perf_counter(), time.process_time()
        result = group(db, options)
        res["group"] = {"seconds": round(time.perf_counter() - t, 2), "cpu_s": round(time.process_time() - c, 2)}
        res["stories"] = len(result.stories)
    res["rss_growth_mb"] = round(_rss_now_mb() - rss0, 1)
    # the replayed copies compress far better than real news would: size of the 20 distinct originals
    from parallax.engine.parquet import Partition

    path = write_partition(work / "distinct", Partition(0, "distinct", ()), list(analysed.values()), [], options)
    res["distinct_kb_per_article"] = {
        "parquet": round(path.stat().st_size / 1024 / len(analysed), 2),
        "record_json": round(sum(len(json.dumps(a.to_dict(), ensure_ascii=False).encode()) for a in analysed.values()) / 1024 / len(analysed), 2),
        "text": round(sum(len(a.text.encode()) for a in analysed.values()) / 1024 / len(analysed), 2),
    }
    res["peak_rss_mb"] = process_usage()["peak_rss_mb"]
    res["store_mb"] = round(sum(p.stat().st_size for p in work.glob("store.sqlite*")) / 2**20, 1)
    res["dataset_mb"] = round(sum(p.stat().st_size for p in folder.glob("*.parquet")) / 2**20, 1)
    for stage in ("ingest", "driver_ingest", "group"):
        res[stage]["articles_per_s"] = round(n / res[stage]["seconds"], 1)
    return res


# ------------------------------------------------------------------ driver


def _subprocess(args: list[str]) -> dict[str, Any]:
    r = subprocess.run([sys.executable, "-m", "benchmarks.bench_scaling", *args], capture_output=True, text=True, cwd=REPO_ROOT)
    if r.returncode != 0:
        raise RuntimeError(f"bench_scaling {' '.join(args)} failed:\n{r.stderr[-3000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def _fmt_rate(x):
    return round(x, 1) if x else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--replicas", type=int, default=16, help="copies of the demo corpus for the engine comparison (20 articles each)")
    ap.add_argument("--configs", default=",".join(CONFIGS), help="engine configurations to run")
    ap.add_argument("--sizes", default="1000,10000", help="article counts for the volume part (empty: skip)")
    ap.add_argument("--plain", action="store_true")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    ap.add_argument("--volume", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--work", help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.one:  # child process: one engine configuration
        print(json.dumps(one_config(args.one, Path(args.corpus), Path(args.work))))
        return 0
    if args.volume:  # child process: one volume
        print(json.dumps(one_volume(args.volume, Path(args.work))))
        return 0

    load = os.getloadavg()
    tmp = Path(tempfile.mkdtemp(prefix="parallax-scaling-"))
    try:
        corpus = tmp / "corpus"
        n = write_corpus(corpus, args.replicas)
        runs = []
        for name in [c for c in args.configs.split(",") if c]:
            work = tmp / name
            work.mkdir()
            runs.append(_subprocess(["--one", name, "--corpus", str(corpus), "--work", str(work)]))
            print(f"  {name}: {runs[-1]['end_to_end_s']} s", file=sys.stderr, flush=True)
        volumes = []
        for size in [int(s) for s in args.sizes.split(",") if s.strip()]:
            work = tmp / f"volume-{size}"
            work.mkdir()
            volumes.append(_subprocess(["--volume", str(size), "--work", str(work)]))
            print(f"  volume {size}: done", file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    rows = []
    for r in runs:
        rows.append((
            r["config"], r["articles"], r["partitions"] or "-", r["startup_s"],
            r["seconds"]["ingest"], _fmt_rate(r["rates"]["ingest"]),
            r["seconds"]["group"], _fmt_rate(r["rates"]["group"]),
            r["seconds"]["compare"], _fmt_rate(r["rates"]["compare"]),
            r["end_to_end_s"], _fmt_rate(r["end_to_end_articles_per_s"]),
            r["peak_rss_mb_total"],
        ))
    print_table(
        f"parallax run, demo x{args.replicas} ({n} articles, hashing embedder; load average at start {load[0]:.1f})",
        ["engine", "articles", "partitions", "startup s", "ingest+analyse s", "art/s", "group s", "art/s",
         "compare s", "art/s", "end to end s", "art/s", "peak RSS MB (all procs)"],
        rows, plain=args.plain,
    )
    extrapolated = {}
    if volumes:
        largest = volumes[-1]
        vrows = []
        for v in volumes:
            vrows.append((f"{v['articles']:,} measured", v["ingest"]["articles_per_s"], v["driver_ingest"]["articles_per_s"],
                          v["group"]["articles_per_s"], v["group"]["seconds"], v["rss_growth_mb"], v["store_mb"], v["dataset_mb"]))
        big = 100_000
        # marginal cost between the two largest sizes (fixed costs drop out); linear if only one size
        small = volumes[-2] if len(volumes) > 1 else {"articles": 0, "ingest": {"seconds": 0}, "driver_ingest": {"seconds": 0},
                                                     "group": {"seconds": 0}, "rss_growth_mb": 0, "store_mb": 0, "dataset_mb": 0}

        def extend(get):
            slope = (get(largest) - get(small)) / (largest["articles"] - small["articles"])
            return round(get(largest) + slope * (big - largest["articles"]), 1)

        extrapolated = {
            "articles": big,
            "basis": f"EXTRAPOLATED: measured value at {largest['articles']:,} plus the per-article slope between "
                     f"{small['articles']:,} and {largest['articles']:,} articles",
            "ingest_s": extend(lambda v: v["ingest"]["seconds"]),
            "driver_ingest_s": extend(lambda v: v["driver_ingest"]["seconds"]),
            "group_s": extend(lambda v: v["group"]["seconds"]),
            "rss_growth_mb": extend(lambda v: v["rss_growth_mb"]),
            "store_mb": extend(lambda v: v["store_mb"]),
            "dataset_mb_replayed": extend(lambda v: v["dataset_mb"]),
            "dataset_mb_distinct_texts": round(largest["distinct_kb_per_article"]["parquet"] * big / 1024, 1),
        }
        local = next((r for r in runs if r["config"] == "local"), None)
        if local:
            per_article = local["driver_cpu_s"]["ingest"] / local["articles"]
            extrapolated["analyse_core_s"] = round(per_article * big)
            per_compare = local["driver_cpu_s"]["compare"] / local["articles"]
            extrapolated["compare_core_s"] = round(per_compare * big)
        vrows.append((
            "100,000 EXTRAPOLATED", round(big / extrapolated["ingest_s"], 1), round(big / extrapolated["driver_ingest_s"], 1),
            round(big / extrapolated["group_s"], 1), extrapolated["group_s"], extrapolated["rss_growth_mb"],
            extrapolated["store_mb"], extrapolated["dataset_mb_distinct_texts"],
        ))
        print_table(
            "volume, cheap stages, one process (hashing embedder)",
            ["articles", "ingest art/s", "dataset->store art/s", "group art/s", "group s", "RSS growth MB", "store MB",
             "dataset MB (100k row: distinct texts)"],
            vrows, plain=args.plain,
        )
    result = {
        "benchmark": "scaling",
        "command": "python -m benchmarks.bench_scaling " + " ".join(sys.argv[1:]),
        "corpus": f"examples/demo replayed {args.replicas} times ({n} articles; JSONL, one file per copy and story folder)",
        "load_average_at_start": [round(x, 2) for x in load],
        "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
        "engines": runs,
        "volume": volumes,
        "extrapolated_100k": extrapolated,
        "environment": environment(["dask", "distributed", "pyarrow", "spacy", "numpy"]),
    }
    if not args.no_write:
        write_results("scaling", result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
