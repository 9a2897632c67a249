"""Main-text extraction benchmark: how well Parallax gets the article out of HTML.

Run from the repository root::

    python -m benchmarks.bench_extraction [--split dev|test|all] [--limit N]
        [--extractor parallax,trafilatura] [--sets zyte,trafilatura]

Two gold sets from ``../shared/benchmarks`` (see ``benchmarks/README.md``):

``extraction-zyte-aeb``
    Zyte's article-extraction benchmark (English news).  Metric as the
    benchmark's ``evaluate.py``: ``\\w+`` tokens, 4-token shingles counted
    with multiplicity, per-document TP/FP/FN normalised to sum to 1; precision
    and recall are means over documents, F1 is the harmonic mean of the two
    means; accuracy is the share of documents whose token sequence equals the
    gold one.  The gold ``articleBody`` excludes the headline, and so does
    what we score: :func:`parallax.ingest.html.extract_main_text`, the body
    Parallax keeps (the title is stored separately in ``Article.title``).

``extraction-trafilatura``
    Trafilatura's multilingual evaluation set.  Metric as its
    ``eval_common.py``: whitespace-normalised substring matching of the
    ``with`` snippets (TP, else FN) and the ``without`` snippets (FP, else TN),
    summed over the corpus; precision, recall, accuracy = (TP+TN)/all and F1.
    Pages are decoded the way Parallax reads an ``.html`` file
    (:func:`parallax.ingest.decode.decode_bytes` with ``html=True``).

Every extractor gets the same decoded ``str``; pages/s counts the extraction
call only (one process, one thread).  A page whose decoding or extraction
fails counts as a full miss.  Results go to ``benchmarks/results/extraction.json``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import statistics
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.common import (
    Stopwatch,
    finish,
    missing_data_message,
    print_table,
    shared_benchmarks,
    splits,
)

ZYTE = "extraction-zyte-aeb"
TRAF = "extraction-trafilatura"
SHORT = {ZYTE: "zyte-aeb", TRAF: "trafilatura-set"}
SETS = {"zyte": ZYTE, "trafilatura": TRAF}

# Published figures quoted in ../shared/benchmarks/README.md (whole sets).
PUBLISHED = {
    ZYTE: [
        ("rs_trafilatura (best open, published)", {"f1": 0.970}),
        ("trafilatura 2.0.0 (published)", {"f1": 0.958}),
    ],
    TRAF: [
        ("trafilatura 2.2.0 standard (published)", {"precision": 0.906, "recall": 0.943, "accuracy": 0.923, "f1": 0.924}),
    ],
}

Extractor = Callable[[str], "str | None"]


# =================================================================== metrics
# ---------------------------------------------------------- Zyte shingles

_WORD = re.compile(r"\w+", re.UNICODE)


def zyte_tokens(text: str | None) -> list[str]:
    """``\\w+`` tokens, case kept (as in the benchmark)."""
    return _WORD.findall(text or "")


def zyte_shingles(text: str | None, n: int = 4) -> Counter:
    """Multiset of ``n``-token shingles.  A text shorter than ``n`` tokens
    (but not empty) is one shorter shingle, as in the benchmark."""
    tokens = zyte_tokens(text)
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def shingle_counts(true: str | None, pred: str | None, n: int = 4) -> tuple[float, float, float]:
    """Per-document (TP, FP, FN) over shingles, normalised to sum to 1 (or all 0)."""
    gold = zyte_shingles(true, n)
    got = zyte_shingles(pred, n)
    tp = float(sum((gold & got).values()))
    fp = float(sum((got - gold).values()))
    fn = float(sum((gold - got).values()))
    total = tp + fp + fn
    if total > 0:
        return tp / total, fp / total, fn / total
    return tp, fp, fn


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == 0 and fn == 0:
        return 1.0
    if tp == 0 and fp == 0:
        return 0.0
    return tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == 0 and fn == 0:
        return 1.0
    if tp == 0 and fn == 0:
        return 0.0
    return tp / (tp + fn)


def zyte_means(counts: Sequence[tuple[float, float, float]]) -> dict[str, float]:
    """Mean precision over documents that predicted something, mean recall over
    documents with gold text, F1 of those two means (the benchmark's rule)."""
    ps = [_precision(*c) for c in counts if c[0] + c[1] > 0]
    rs = [_recall(*c) for c in counts if c[0] + c[2] > 0]
    p = statistics.mean(ps) if ps else 0.0
    r = statistics.mean(rs) if rs else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def zyte_exact(true: str | None, pred: str | None) -> bool:
    """Accuracy criterion: identical ``\\w+`` token sequences."""
    return zyte_tokens(true) == zyte_tokens(pred)


def zyte_scores(pairs: Sequence[tuple[str | None, str | None]], n_bootstrap: int = 0, seed: int = 0) -> dict[str, float]:
    """Score (gold, predicted) body pairs; with ``n_bootstrap`` add ``*_std``
    (standard deviation over document resamples, as the benchmark reports)."""
    counts = [shingle_counts(t, p) for t, p in pairs]
    exact = [1.0 if zyte_exact(t, p) else 0.0 for t, p in pairs]
    out = zyte_means(counts)
    out["accuracy"] = statistics.mean(exact) if exact else 0.0
    if n_bootstrap and len(counts) > 1:
        rng = random.Random(seed)
        samples: dict[str, list[float]] = {k: [] for k in ("precision", "recall", "f1", "accuracy")}
        for _ in range(n_bootstrap):
            idx = [rng.randrange(len(counts)) for _ in counts]
            m = zyte_means([counts[i] for i in idx])
            m["accuracy"] = statistics.mean(exact[i] for i in idx)
            for k in samples:
                samples[k].append(m[k])
        for k, values in samples.items():
            out[f"{k}_std"] = statistics.stdev(values)
    return out


# -------------------------------------------------- trafilatura snippets

_SPACE = re.compile(r"\s+")


def ws_norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def snippet_counts(item: dict[str, Any], result: str | None) -> tuple[int, int, int, int]:
    """(TP, FP, FN, TN) for one page: ``with`` snippets found are TP (else FN),
    ``without`` snippets found are FP (else TN); no output misses everything."""
    with_, without = item["with"], item["without"]
    if not isinstance(result, str):
        return 0, 0, len(with_), len(without)
    text = ws_norm(result)
    tp = sum(1 for s in with_ if ws_norm(s) in text)
    fp = sum(1 for s in without if ws_norm(s) in text)
    return tp, fp, len(with_) - tp, len(without) - fp


def snippet_scores(counts: Sequence[tuple[int, int, int, int]]) -> dict[str, float]:
    """Corpus precision, recall, accuracy and F1 from summed counts."""
    tp = sum(c[0] for c in counts)
    fp = sum(c[1] for c in counts)
    fn = sum(c[2] for c in counts)
    tn = sum(c[3] for c in counts)
    total = tp + fp + fn + tn
    return {
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / (tp + fn) if tp + fn else 0.0,
        "accuracy": (tp + tn) / total if total else 0.0,
        "f1": 2 * tp / (2 * tp + fp + fn) if tp else 0.0,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
    }


# ====================================================================== data


@dataclass
class Page:
    key: str
    html: str | None  # None when the bytes could not be decoded
    gold: Any  # Zyte: articleBody str; trafilatura: the evaldata entry
    error: str | None = None


def _subset(items: list, limit: int | None) -> list:
    """``limit`` evenly spaced items (deterministic), or all."""
    if not limit or limit >= len(items):
        return items
    step = len(items) / limit
    return [items[int(i * step)] for i in range(limit)]


def _read_gz(path: Path) -> bytes:
    with gzip.open(path, "rb") as fh:
        return fh.read()


def _decode(data: bytes, source: str) -> tuple[str | None, str | None]:
    from parallax.errors import InputError
    from parallax.ingest.decode import decode_bytes

    try:
        return decode_bytes(data, source, html=True), None
    except InputError as exc:
        return None, exc.reason


def load_zyte(split: str, limit: int | None = None) -> list[Page]:
    root = shared_benchmarks(ZYTE)
    if root is None:
        raise FileNotFoundError(missing_data_message(ZYTE))
    gold = json.loads((root / split / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key in _subset(sorted(gold), limit):
        path = root / split / "html" / f"{key}.html.gz"
        html, err = _decode(_read_gz(path), str(path))
        pages.append(Page(key, html, gold[key].get("articleBody", ""), err))
    return pages


def load_trafilatura(split: str, limit: int | None = None) -> list[Page]:
    root = shared_benchmarks(TRAF)
    if root is None:
        raise FileNotFoundError(missing_data_message(TRAF))
    data = json.loads((root / split / "evaldata.json").read_text(encoding="utf-8"))
    pages = []
    for key in _subset(sorted(data), limit):
        item = data[key]
        path = root / split / "html" / f"{item['file']}.gz"
        html, err = _decode(_read_gz(path), str(path))
        pages.append(Page(key, html, item, err))
    return pages


LOADERS = {ZYTE: load_zyte, TRAF: load_trafilatura}


# ================================================================ extractors


def parallax_extract(html: str) -> str | None:
    from parallax.ingest.html import extract_main_text

    return extract_main_text(html)


def trafilatura_defaults(html: str) -> str | None:
    import trafilatura

    return trafilatura.extract(html)


EXTRACTORS: dict[str, Extractor] = {"parallax": parallax_extract, "trafilatura": trafilatura_defaults}
LABELS = {"parallax": "parallax extract_main_text", "trafilatura": "trafilatura.extract defaults"}


# ================================================================== running


def extract_all(extract: Extractor, pages: Sequence[Page]) -> tuple[list[str | None], Stopwatch, list[str]]:
    """Run ``extract`` on every page; failures become ``None`` and are listed."""
    outputs: list[str | None] = []
    errors: list[str] = []
    sw = Stopwatch()
    for page in pages:
        if page.html is None:
            outputs.append(None)
            errors.append(f"{page.key}: {page.error}")
            continue
        try:
            with sw:
                out = extract(page.html)
        except Exception as exc:  # a crash is a full miss, as in both benchmarks
            out = None
            errors.append(f"{page.key}: {exc.__class__.__name__}: {exc}")
        outputs.append(out)
    return outputs, sw, errors


def score(dataset: str, pages: Sequence[Page], outputs: Sequence[str | None], n_bootstrap: int = 0) -> dict[str, Any]:
    if dataset == ZYTE:
        return zyte_scores([(p.gold, o or "") for p, o in zip(pages, outputs, strict=True)], n_bootstrap=n_bootstrap)
    return snippet_scores([snippet_counts(p.gold, o) for p, o in zip(pages, outputs, strict=True)])


def _summary(
    dataset: str, pages: Sequence[Page], outputs: Sequence[str | None], sw: Stopwatch, errors: list[str], n_bootstrap: int
) -> dict[str, Any]:
    result = score(dataset, pages, outputs, n_bootstrap)
    result.update(
        pages=len(pages),
        pages_per_s=sw.rate(),
        seconds=round(sw.wall, 3),
        failures=len(errors),
        failure_examples=errors[:10],
        empty=sum(1 for o in outputs if not (o or "").strip()),
    )
    return result


def evaluate(dataset: str, extract: Extractor, pages: Sequence[Page], n_bootstrap: int = 0) -> dict[str, Any]:
    """Extract every page with ``extract`` and score the outputs."""
    outputs, sw, errors = extract_all(extract, pages)
    return _summary(dataset, pages, outputs, sw, errors, n_bootstrap)


def run(
    split: str = "dev",
    extractors: Sequence[str] = ("parallax", "trafilatura"),
    sets: Sequence[str] = (ZYTE, TRAF),
    limit: int | None = None,
    n_bootstrap: int = 0,
    log: Callable[[str], None] | None = None,
) -> list[dict[str, Any]]:
    """Score ``extractors`` on ``sets`` for ``split`` (dev, test or all).
    Returns one record per (set, split, extractor); with ``all`` also one for
    ``dev+test`` (the whole set, which is what the published figures cover)."""
    records = []
    for dataset in sets:
        pooled: dict[str, tuple[list, list, Stopwatch, list]] = {}
        for sp in splits(split):
            pages = LOADERS[dataset](sp, limit)
            for name in extractors:
                if log:
                    log(f"{dataset}/{sp}: {name} on {len(pages)} pages")
                outputs, sw, errors = extract_all(EXTRACTORS[name], pages)
                res = _summary(dataset, pages, outputs, sw, errors, n_bootstrap)
                records.append({"dataset": dataset, "split": sp, "extractor": name, **res})
                all_pages, all_outputs, all_sw, all_errors = pooled.setdefault(name, ([], [], Stopwatch(), []))
                all_pages.extend(pages)
                all_outputs.extend(outputs)
                all_sw.wall += sw.wall
                all_sw.cpu += sw.cpu
                all_sw.count += sw.count
                all_errors.extend(errors)
        if len(splits(split)) > 1:
            for name, (all_pages, all_outputs, all_sw, all_errors) in pooled.items():
                res = _summary(dataset, all_pages, all_outputs, all_sw, all_errors, n_bootstrap)
                records.append({"dataset": dataset, "split": "dev+test", "extractor": name, **res})
    return records


def table_rows(records: Sequence[dict[str, Any]], with_published: bool = True) -> list[list[Any]]:
    rows = []
    datasets = list(dict.fromkeys(r["dataset"] for r in records))
    for dataset in datasets:
        for r in records:
            if r["dataset"] != dataset:
                continue
            rows.append(
                [
                    SHORT[dataset],
                    r["split"] + (f" ({r['pages']})"),
                    LABELS.get(r["extractor"], r["extractor"]),
                    r["precision"],
                    r["recall"],
                    r["f1"],
                    r["accuracy"],
                    f"{r['pages_per_s']:.1f}" if r.get("pages_per_s") else None,
                ]
            )
        if with_published:
            for label, figs in PUBLISHED[dataset]:
                rows.append(
                    [SHORT[dataset], "all", label, figs.get("precision"), figs.get("recall"), figs["f1"], figs.get("accuracy"), None]
                )
    return rows


COLUMNS = ["data set", "split (pages)", "extractor", "P", "R", "F1", "acc", "pages/s"]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.bench_extraction", description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="dev", choices=["dev", "test", "all"])
    ap.add_argument("--extractor", default="parallax,trafilatura", help="comma list of: " + ", ".join(EXTRACTORS))
    ap.add_argument("--sets", default="zyte,trafilatura", help="comma list of: " + ", ".join(SETS))
    ap.add_argument("--limit", type=int, default=None, help="score N evenly spaced pages per split (deterministic)")
    ap.add_argument("--bootstrap", type=int, default=1000, help="Zyte bootstrap resamples for *_std (0: none)")
    ap.add_argument("--plain", action="store_true", help="plain-text table instead of rich")
    ap.add_argument("--no-write", action="store_true", help="do not write benchmarks/results/extraction.json")
    args = ap.parse_args(argv)

    extractors = [e.strip() for e in args.extractor.split(",") if e.strip()]
    sets = [SETS[s.strip()] for s in args.sets.split(",") if s.strip()]
    for e in extractors:
        if e not in EXTRACTORS:
            ap.error(f"unknown extractor {e!r}")
    for s in sets:
        if shared_benchmarks(s) is None:
            print(missing_data_message(s), file=sys.stderr)
            return 2

    records = run(args.split, extractors, sets, args.limit, args.bootstrap, log=lambda m: print(m, file=sys.stderr))
    print_table(f"Main-text extraction (split: {args.split})", COLUMNS, table_rows(records), plain=args.plain)
    finish(
        "extraction", argv, write=not args.no_write, packages=["trafilatura", "lxml", "justext", "charset-normalizer"],
        split=args.split,
        limit=args.limit,
        results=records,
        published={d: [{"system": label, **figs} for label, figs in PUBLISHED[d]] for d in sets},
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
