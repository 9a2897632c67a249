"""Temporal expressions benchmark: TempEval-3 Task A (TIMEX3 extraction + normalisation).

Run from the repository root::

    python -m benchmarks.bench_temporal [--split dev|test|all] [--errors FILE]

Gold data from ``../shared/benchmarks/temporal-tempeval3`` (see its README,
section 7): ``dev`` is the official TE3 training data (``TBAQ-cleaned``:
TimeBank + AQUAINT, 256 documents), ``test`` the TE3-platinum gold test set
(20 documents).  The platinum gold files hold the same text and document
creation time (DCT) as the official ``TE3input`` files; the script checks that
the texts agree.

What is scored
    The document text is the content of the ``<TEXT>`` element with its tags
    removed (entities such as ``&amp;`` decoded), so every gold ``TIMEX3``
    inside it keeps exact character offsets.  The DCT ``TIMEX3`` (outside
    ``<TEXT>``) is not scored; its value is the reference date.  Parallax's
    extractor runs on the blank-line paragraphs of the text with language
    ``en`` and the DCT as the publication date, exactly as the analysis
    pipeline runs it: :func:`parallax.analyze.times.resolve_paragraphs` (what
    ``resolve_text`` does for one text, with one resolver for the article so
    that a results story's quarter carries from paragraph to paragraph).

Metrics (as the TE3 scorer defines them)
    *strict* span P/R/F1: same character span (after trimming whitespace);
    *relaxed* span P/R/F1: spans overlap (a prediction counts as correct when
    it overlaps any gold expression, a gold expression as found when any
    prediction overlaps it);
    *value accuracy*: over the gold expressions found (relaxed), the share
    whose best-overlapping prediction has the gold ``value``;
    *value F1* = relaxed F1 x value accuracy (TE3's attribute F1); *type F1*
    likewise, with the TIMEX3 type derived from our granularity.

Parallax values are ISO 8601 at the expression's granularity, which is
TimeML's convention too (``2013-03``, ``2013-W11``, ``199`` for the 1990s,
``P3Y``, ``PRESENT_REF``); a range ``a/b`` (TimeML annotates its two ends
separately) is compared by its start ``a``.

Results go to ``benchmarks/results/temporal.json``.  Rules were tuned on dev
only; test is reported as measured.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from collections.abc import Iterable, Sequence
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

NAME = "temporal-tempeval3"

# UzZaman et al., SemEval-2013 Task 1 (TempEval-3), Task A on TE3-platinum, in %.
# Recalled, not re-verified against the paper (the shared README says the same).
PUBLISHED = [
    ("HeidelTime-t (best value F1)", {"strict_f1": 81.34, "relaxed_f1": 90.30, "value_f1": 77.61, "type_f1": 82.09}),
    ("NavyTime-1", {"strict_f1": 79.57, "relaxed_f1": 90.32, "value_f1": 70.97, "type_f1": 80.29}),
    ("SUTime", {"strict_f1": 79.57, "relaxed_f1": 90.32, "value_f1": 67.38, "type_f1": 80.29}),
    ("ClearTK-1,2 (best strict F1)", {"strict_f1": 82.71, "relaxed_f1": 90.23, "value_f1": 64.66, "type_f1": 77.44}),
]


# ------------------------------------------------------------------ data


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class TmlDoc:
    name: str
    text: str
    dct: str | None
    timexes: list[Timex] = field(default_factory=list)


@dataclass
class Pred:
    start: int
    end: int
    text: str
    value: str | None
    granularity: str

    @property
    def type(self) -> str:
        return TYPE_OF.get(self.granularity, "DATE")


TYPE_OF = {"duration": "DURATION", "time": "TIME", "set": "SET"}
_TOKEN = re.compile(r"<(/?)([A-Za-z][\w:.-]*)([^<>]*)>|&(#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);")
_ATTR = re.compile(r'([\w:.-]+)\s*=\s*"([^"]*)"')
_DCT = re.compile(r"<DCT>\s*<TIMEX3([^<>]*)>", re.S)


def _attrs(s: str) -> dict[str, str]:
    return {k: html.unescape(v) for k, v in _ATTR.findall(s)}


def parse_tml(source: str, name: str = "") -> TmlDoc:
    """Text of ``<TEXT>`` without tags, its TIMEX3 spans and the DCT value."""
    m = _DCT.search(source)
    dct = _attrs(m.group(1)).get("value") if m else None
    open_at = source.find("<TEXT>")
    close_at = source.find("</TEXT>")
    if open_at < 0 or close_at < 0:
        return TmlDoc(name, "", dct)
    body = source[open_at + len("<TEXT>") : close_at]
    out: list[str] = []
    length = 0
    stack: list[tuple[int, dict[str, str]]] = []
    timexes: list[Timex] = []
    pos = 0
    for tok in _TOKEN.finditer(body):
        piece = body[pos : tok.start()]
        out.append(piece)
        length += len(piece)
        pos = tok.end()
        if tok.group(4) is not None:  # an entity: one decoded character (or more)
            ch = html.unescape(tok.group())
            out.append(ch)
            length += len(ch)
            continue
        closing, tag, rest = tok.group(1), tok.group(2), tok.group(3)
        if tag != "TIMEX3":
            continue
        if not closing and not rest.rstrip().endswith("/"):
            stack.append((length, _attrs(rest)))
        elif closing and stack:
            start, attrs = stack.pop()
            timexes.append(Timex(start, length, "", attrs.get("type", ""), attrs.get("value", "")))
    out.append(body[pos:])
    text = "".join(out)
    for t in timexes:
        t.text = text[t.start : t.end]
    timexes.sort(key=lambda t: (t.start, t.end))
    return TmlDoc(name, text, dct, timexes)


def load(split: str) -> list[TmlDoc]:
    root = shared_benchmarks(NAME)
    if root is None:
        raise FileNotFoundError(missing_data_message(NAME))
    if split == "dev":
        files = sorted((root / "dev" / "TBAQ-cleaned").glob("*/*.tml"))
    else:
        files = sorted((root / "test" / "te3-platinum").glob("*.tml"))
    docs = [parse_tml(f.read_text("utf-8"), f.stem) for f in files]
    if split == "test":
        _check_inputs(root / "test" / "te3-platinum-input", docs)
    return docs


def _check_inputs(folder: Path, docs: list[TmlDoc]) -> None:
    """The official system input must carry the same text and DCT as the gold file."""
    for d in docs:
        f = folder / f"{d.name}.tml.TE3input"
        if f.exists():
            inp = parse_tml(f.read_text("utf-8"), d.name)
            if inp.text != d.text or inp.dct != d.dct:
                print(f"warning: {f.name}: text or DCT differs from the gold file", file=sys.stderr)


# -------------------------------------------------------------- predict


def paragraphs(text: str) -> list[tuple[int, str]]:
    """Blank-line paragraphs with their offsets (as :class:`parallax.analyze.Analyzer` splits)."""
    from parallax.analyze import split_with_offsets

    return split_with_offsets(text)


def predict(doc: TmlDoc) -> list[Pred]:
    from parallax.analyze.times import resolve_paragraphs

    found = resolve_paragraphs(paragraphs(doc.text), "en", doc.dct)
    return [Pred(s, e, doc.text[s:e], value, gran) for s, e, value, gran in found]


_WEEK = re.compile(r"-W0(\d)\b")


def timeml_value(value: str | None) -> str | None:
    """Our value in TimeML's notation: a range ``a/b`` is compared by its start."""
    if value is None:
        return None
    return value.split("/", 1)[0] if "/" in value and not value.startswith("P") else value


def same_value(ours: str | None, gold: str) -> bool:
    """Equal TimeML values; ISO week numbers compare without their zero padding
    (the gold files write both ``2000-W07`` and ``2000-W7``)."""
    ours = timeml_value(ours)
    if ours is None:
        return False
    return ours == gold or _WEEK.sub(r"-W\1", ours) == _WEEK.sub(r"-W\1", gold)


# ---------------------------------------------------------------- score


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def doc_counts(gold: Sequence[Timex], pred: Sequence[Pred], text: str | None = None) -> dict[str, int]:
    """Counts for one document; see the module docstring for the definitions."""
    gs = [_trim(text, g.start, g.end) if text else (g.start, g.end) for g in gold]
    ps = [_trim(text, p.start, p.end) if text else (p.start, p.end) for p in pred]
    gset, pset = set(gs), set(ps)
    c = {
        "gold": len(gs),
        "pred": len(ps),
        "strict_p": sum(1 for p in ps if p in gset),
        "strict_r": sum(1 for g in gs if g in pset),
        "relaxed_p": sum(1 for p in ps if any(_overlap(p, g) for g in gs)),
        "relaxed_r": 0,
        "value_ok": 0,
        "type_ok": 0,
    }
    for g, gspan in zip(gold, gs, strict=True):
        best, best_ov = None, 0
        for p, pspan in zip(pred, ps, strict=True):
            ov = _overlap(gspan, pspan)
            if ov > best_ov:
                best, best_ov = p, ov
        if best is None:
            continue
        c["relaxed_r"] += 1
        c["value_ok"] += int(same_value(best.value, g.value))
        c["type_ok"] += int(best.type == g.type)
    return c


def _prf(tp_p: int, n_pred: int, tp_r: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def scores(counts: Iterable[dict[str, int]]) -> dict[str, Any]:
    """Micro-averaged scores over documents from :func:`doc_counts`."""
    tot: dict[str, int] = {}
    for c in counts:
        for k, v in c.items():
            tot[k] = tot.get(k, 0) + v
    for k in ("gold", "pred", "strict_p", "strict_r", "relaxed_p", "relaxed_r", "value_ok", "type_ok"):
        tot.setdefault(k, 0)
    sp, sr, sf = _prf(tot["strict_p"], tot["pred"], tot["strict_r"], tot["gold"])
    rp, rr, rf = _prf(tot["relaxed_p"], tot["pred"], tot["relaxed_r"], tot["gold"])
    vacc = tot["value_ok"] / tot["relaxed_r"] if tot["relaxed_r"] else 0.0
    tacc = tot["type_ok"] / tot["relaxed_r"] if tot["relaxed_r"] else 0.0
    return {
        "strict_p": sp, "strict_r": sr, "strict_f1": sf,
        "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf,
        "value_accuracy": vacc, "value_f1": rf * vacc,
        "type_accuracy": tacc, "type_f1": rf * tacc,
        "counts": tot,
    }  # fmt: skip


def errors(doc: TmlDoc, pred: Sequence[Pred]) -> list[tuple[str, ...]]:
    """(doc, kind, text, gold value, our value, context) rows for error analysis on dev."""
    rows = []
    for g in doc.timexes:
        over = [p for p in pred if _overlap((g.start, g.end), (p.start, p.end))]
        ctx = doc.text[max(0, g.start - 60) : g.end + 40].replace("\n", " ")
        if not over:
            rows.append((doc.name, "missed", g.text, g.value, "", doc.dct or "", ctx))
            continue
        best = max(over, key=lambda p: _overlap((g.start, g.end), (p.start, p.end)))
        if not same_value(best.value, g.value):
            rows.append((doc.name, "value", f"{g.text} | {best.text}", g.value, str(best.value), doc.dct or "", ctx))
        elif (best.start, best.end) != (g.start, g.end):
            rows.append((doc.name, "span", f"{g.text} | {best.text}", g.value, str(best.value), doc.dct or "", ctx))
    for p in pred:
        if not any(_overlap((g.start, g.end), (p.start, p.end)) for g in doc.timexes):
            ctx = doc.text[max(0, p.start - 60) : p.end + 40].replace("\n", " ")
            rows.append((doc.name, "spurious", p.text, "", str(p.value), doc.dct or "", ctx))
    return rows


def evaluate(docs: Sequence[TmlDoc], error_rows: list | None = None) -> dict[str, Any]:
    sw = Stopwatch()
    counts = []
    for d in docs:
        with sw:
            pred = predict(d)
        counts.append(doc_counts(d.timexes, pred, d.text))
        if error_rows is not None:
            error_rows.extend(errors(d, pred))
    res = scores(counts)
    res["documents"] = len(docs)
    res["speed"] = sw.as_dict()
    return res


# ----------------------------------------------------------------- main

COLUMNS = ["system", "split", "docs", "gold", "strict P", "strict R", "strict F1", "relaxed P", "relaxed R", "relaxed F1", "value acc", "value F1", "type F1"]


def table_rows(results: dict[str, dict[str, Any]]) -> list[list[Any]]:
    rows = []
    for split, r in results.items():
        c = r["counts"]
        rows.append(
            ["Parallax", split, r["documents"], c["gold"], r["strict_p"], r["strict_r"], r["strict_f1"], r["relaxed_p"], r["relaxed_r"],
             r["relaxed_f1"], r["value_accuracy"], r["value_f1"], r["type_f1"]]
        )  # fmt: skip
    for label, figs in PUBLISHED:
        rows.append([f"{label} [published]", "test", 20, 138, None, None, figs["strict_f1"] / 100, None, None, figs["relaxed_f1"] / 100, None,
                     figs["value_f1"] / 100, figs["type_f1"] / 100])  # fmt: skip
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.bench_temporal", description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="dev", choices=["dev", "test", "all"])
    ap.add_argument("--errors", type=Path, default=None, help="write a TSV of misses and wrong values (error analysis on dev)")
    ap.add_argument("--plain", action="store_true", help="plain-text table instead of rich")
    ap.add_argument("--no-write", action="store_true", help="do not write benchmarks/results/temporal.json")
    args = ap.parse_args(argv)
    if shared_benchmarks(NAME) is None:
        print(missing_data_message(NAME), file=sys.stderr)
        return 2

    results: dict[str, dict[str, Any]] = {}
    error_rows: list | None = [] if args.errors else None
    for split in splits(args.split):
        results[split] = evaluate(load(split), error_rows)
    print_table("TempEval-3 Task A: TIMEX3 extraction and normalisation (published: TE3-platinum test)", COLUMNS, table_rows(results), plain=args.plain)
    if args.errors and error_rows is not None:
        args.errors.write_text("".join("\t".join(r) + "\n" for r in error_rows), encoding="utf-8")
        print(f"wrote {len(error_rows)} error rows to {args.errors}", file=sys.stderr)
    finish(
        "temporal", argv, write=not args.no_write, packages=["spacy"], print_rss=False,
        split=args.split,
        results=results,
        published=[{"system": label, "split": "test", **{k: v / 100 for k, v in figs.items()}} for label, figs in PUBLISHED],
        notes="Published figures: UzZaman et al. 2013 (TE3 Task A, platinum), recalled, not re-verified.",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
