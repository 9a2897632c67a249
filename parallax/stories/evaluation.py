"""Gold data for story grouping and the B-cubed score, shared by the training
script, the benchmark and the tests.

The corpora live in the shared benchmark folder (``$PARALLAX_SHARED`` or
``../shared`` next to the repository) and are never copied into the repo.
Neither corpus has usable publication dates, so the documents of a split are
put in a pseudo-random order (a hash of the document id) and given synthetic
publication times one second apart on the same day, in that order: nothing
about the gold grouping leaks into time or order, and no story closes.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

from parallax.records import Article
from parallax.stories.features import is_urlish

SYNTHETIC_START = datetime(2020, 1, 1, tzinfo=UTC)


def shared_dir() -> Path:
    env = os.environ.get("PARALLAX_SHARED")
    return Path(env) if env else Path(__file__).resolve().parents[2] / ".." / "shared"


def benchmark_path(*parts: str) -> Path:
    return shared_dir() / "benchmarks" / Path(*parts)


def stream_order(doc_id: str, seed: int = 0) -> str:
    """A fixed pseudo-random position that knows nothing of the gold labels;
    another ``seed`` gives another order (greedy streaming depends on order)."""
    key = doc_id if seed == 0 else f"{seed}:{doc_id}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()


def _stamp(articles: list[Article], seed: int) -> list[Article]:
    """Order by the id hash and give synthetic times one second apart."""
    articles.sort(key=lambda a: stream_order(a.id, seed))
    for i, a in enumerate(articles):
        a.published = (SYNTHETIC_START + timedelta(seconds=i)).isoformat()
    return articles


def _detok(tokens: str) -> str:
    text = re.sub(r"(?<!\s)\s+([,.;:!?%)\]'’])", r"\1", tokens)  # a run's first space: linear
    text = re.sub(r"([(\[$])\s+", r"\1", text)
    return re.sub(r"(?<!\s)\s+-\s+", "-", text)


def load_ecbplus(split: str, seed: int = 0) -> tuple[list[Article], dict[str, str]]:
    """ECB+ documents of ``split`` as articles in stream order, and gold sub-topic by id.

    URL-like sentences (the source address that opens many ECB+ documents)
    are dropped; one sentence per line."""
    path = benchmark_path("clustering-ecbplus", split, "docs.jsonl")
    articles, gold = [], {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            sentences = [s for s in doc["sentences"] if s.strip() and not is_urlish(s)]
            articles.append(Article(id=doc["doc_id"], text="\n".join(sentences), language="en"))
            gold[doc["doc_id"]] = doc["subtopic"]
    return _stamp(articles, seed), gold


def load_newswcl50(split: str, seed: int = 0) -> tuple[list[Article], dict[str, str]]:
    """NewsWCL50 articles of ``split`` (5 events × 5 outlets) and gold event by id."""
    path = benchmark_path("bias-newswcl50", split, "docs.jsonl")
    articles, gold = [], {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            text = "\n".join(_detok(s) for s in doc["sentences_tokenized"] if s.strip())
            articles.append(Article(id=doc["doc_id"], text=text, outlet=doc["outlet"], url=doc.get("url"), language="en"))
            gold[doc["doc_id"]] = str(doc["event_id"])
    return _stamp(articles, seed), gold


def b_cubed(predicted: Mapping[str, str], gold: Mapping[str, str]) -> dict[str, float]:
    """B-cubed precision, recall and F1 of a clustering (item -> cluster) against gold."""
    pred_members: dict[str, set[str]] = {}
    gold_members: dict[str, set[str]] = {}
    for item, c in predicted.items():
        pred_members.setdefault(c, set()).add(item)
    for item, c in gold.items():
        gold_members.setdefault(c, set()).add(item)
    p = r = 0.0
    items = list(gold)
    for item in items:
        pc, gc = pred_members[predicted[item]], gold_members[gold[item]]
        both = len(pc & gc)
        p += both / len(pc)
        r += both / len(gc)
    p, r = p / len(items), r / len(items)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def cached_vectors(articles: list[Article], embedder_name: str = "e5") -> dict[str, np.ndarray]:
    """Lead embeddings by article id, cached in a temporary file keyed by the
    lead text, so training and benchmark runs embed each document once."""
    from parallax.embed import get_embedder
    from parallax.stories.features import lead_text

    cache_path = Path(tempfile.gettempdir()) / f"parallax-stories-{embedder_name}.npz"
    cache: dict[str, np.ndarray] = {}
    if cache_path.exists():
        with np.load(cache_path) as data:
            cache = {k: data[k] for k in data.files}
    keys = {a.id: hashlib.sha1(lead_text(a).encode("utf-8")).hexdigest() for a in articles}
    missing = [a for a in articles if keys[a.id] not in cache]
    if missing:
        vecs = get_embedder(embedder_name).embed([lead_text(a) for a in missing])
        cache.update({keys[a.id]: v for a, v in zip(missing, vecs, strict=True)})
        tmp = cache_path.with_suffix(".tmp.npz")
        np.savez(tmp, **cache)
        os.replace(tmp, cache_path)
    return {a.id: cache[keys[a.id]] for a in articles}
