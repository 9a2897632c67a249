"""Which extraction rule cut what, on the dev pages: an audit of :mod:`parallax.ingest.extract`.

Run from the repository root (dev splits only; tuning on test is not allowed)::

    python scripts/extraction_attribution.py [--limit N] [--out DIR] [--no-ablation]

Two views, both scored with the benchmark's own functions (:mod:`benchmarks.bench_extraction`):

*Lines.*  The main-text pipeline runs once per page with recording wrappers around its line-level steps
(the headline, the comment section, the contact block, the company profile, the related-link runs and
lists, the closing links, the "Read more" cards, a magazine issue's offer, a credit opening a line (a line it
only shortens counts as cut), the typed and labelled headline rails, and :func:`parallax.ingest.line_filters.line_reason` line by line).  Each line a
step removes is tagged with the rule that removed it: for ``line_reason`` the ``return`` statement that
gave the reason (found with :func:`sys.setprofile`: the innermost ``parallax.ingest`` function returning
a truthy value), so that one reason string spread over several patterns is told apart.  Every removed line
is then put back alone and scored: the Zyte gold shingles it brings back are a *false cut*, the others a
*true cut*; on the trafilatura set, the ``with`` snippets it brings back are false cuts and the ``without``
snippets true cuts.  Per rule: characters of gold and of boilerplate cut, and on how many pages and sites.

*Steps.*  Each tree repair and mode choice is switched off in turn (ablation), and the change in score
per page is recorded (``--no-ablation`` skips this, which is the slow part).

It also lists the dev pages where trafilatura's defaults recall more than we do.  Nothing here is in
the package's hot path; the wrappers are installed for the run only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import bench_extraction as bench  # noqa: E402
from parallax.ingest import extract as ex  # noqa: E402

_LIST_STEPS = (
    "without_comment_section",
    "without_contact_block",
    "without_company_profile",
    "without_related_runs",
    "without_related_list",
    "without_closing_links",
    "without_teaser_cards",
    "without_issue_offers",
    "without_credit_openings",
    "without_typed_headlines",
    "without_rail_headlines",
)
_TREE_STEPS = (
    "drop_popups",
    "drop_modals",
    "drop_captions",
    "drop_share_widgets",
    "drop_link_cards",
    "unwrap_layout_tables",
    "unwrap_embedded_posts",
    "keep_running_text",
    "paragraphs_from_breaks",
)


class Recorder:
    """Installs the recording wrappers on :mod:`parallax.ingest.extract` and collects ``(rule, line)`` cuts."""

    def __init__(self) -> None:
        self.cuts: list[tuple[str, str]] = []
        self._saved: dict[str, object] = {}

    def _wrap_list(self, name: str) -> None:
        inner = getattr(ex, name)

        def wrapped(lines, *args, **kwargs):
            out = inner(lines, *args, **kwargs)
            for line in (Counter(lines) - Counter(out)).elements():
                self.cuts.append((name, line))
            return out

        self._saved[name] = inner
        setattr(ex, name, wrapped)

    def _wrap_line_reason(self) -> None:
        inner = ex.line_reason

        def wrapped(line, *args, **kwargs):
            where: list[str] = []

            def prof(frame, event, arg):
                if (
                    event == "return"
                    and arg
                    and not where
                    and frame.f_globals.get("__name__", "").startswith("parallax.ingest")
                    and isinstance(arg, str)
                ):
                    where.append(f"{frame.f_globals['__name__'].rsplit('.', 1)[1]}:{frame.f_lineno}")

            sys.setprofile(prof)
            try:
                why = inner(line, *args, **kwargs)
            finally:
                sys.setprofile(None)
            if why:
                kind = "line" if "links" in kwargs else "lead"
                self.cuts.append((f"{kind}:{why} @{where[0] if where else '?'}", line))
            return why

        self._saved["line_reason"] = inner
        ex.line_reason = wrapped

    def _wrap_clean_lines(self) -> None:
        inner = ex.clean_lines

        def wrapped(text, titles=None, links=frozenset(), boxed=frozenset(), lead=None):
            first_step = ex.without_comment_section
            before = [ln.strip() for ln in text.split("\n") if ln.strip()]
            seen: list[list[str]] = []

            def spy(lines):
                seen.append(list(lines))
                return first_step(lines)

            ex.without_comment_section = spy
            try:
                out = inner(text, titles, links, boxed, lead)
            finally:
                ex.without_comment_section = first_step
            if seen:
                for line in (Counter(before) - Counter(seen[0])).elements():
                    self.cuts.append(("headline at the top", line))
            return out

        self._saved["clean_lines"] = inner
        ex.clean_lines = wrapped

    def install(self) -> None:
        for name in _LIST_STEPS:
            self._wrap_list(name)
        self._wrap_line_reason()
        self._wrap_clean_lines()
        for name in ("is_house_note", "reader_address_reason"):
            inner = getattr(ex, name)

            def wrapped(line, *a, _inner=inner, _name=name, **k):
                why = _inner(line, *a, **k)
                if why:
                    self.cuts.append((f"first line: {_name}", line))
                return why

            self._saved[name] = inner
            setattr(ex, name, wrapped)

    def uninstall(self) -> None:
        for name, fn in self._saved.items():
            setattr(ex, name, fn)
        self._saved.clear()


def _site(url: str) -> str:
    host = urlparse(url if "//" in url else f"http://{url}").netloc.lower()
    return host.removeprefix("www.")


def load(limit: int | None) -> list[tuple[str, bench.Page, str]]:
    """(set, page, site) for the dev pages of both sets."""
    out = []
    root = bench.shared_benchmarks(bench.ZYTE)
    urls = {k: v.get("url", "") for k, v in json.loads((root / "dev" / "ground-truth.json").read_text(encoding="utf-8")).items()}
    for page in bench.load_zyte("dev", limit):
        out.append(("zyte", page, _site(urls.get(page.key, ""))))
    for page in bench.load_trafilatura("dev", limit):
        out.append(("traf", page, _site(page.key)))
    return out


def restore_gain(kind: str, gold, output: str | None, line: str) -> tuple[float, float]:
    """(gold, boilerplate) characters that putting ``line`` back at the end of ``output`` brings back."""
    output = output or ""
    if kind == "zyte":
        missing = bench.zyte_shingles(gold) - bench.zyte_shingles(output)
        mine = bench.zyte_shingles(line)
        total = sum(mine.values())
        if not total:
            return 0.0, 0.0
        good = sum((mine & missing).values())
        return len(line) * good / total, len(line) * (total - good) / total
    before = bench.snippet_counts(gold, output)
    after = bench.snippet_counts(gold, f"{output}\n{line}")
    norm = bench.ws_norm(line)
    withs = sum(len(s) for s in gold["with"] if bench.ws_norm(s) in norm or (len(norm) >= 15 and norm in bench.ws_norm(s)))
    withouts = sum(len(s) for s in gold["without"] if bench.ws_norm(s) in norm or (len(norm) >= 15 and norm in bench.ws_norm(s)))
    good = len(line) if after[0] > before[0] or withs else 0
    bad = len(line) if after[1] > before[1] or withouts else 0
    return float(good), float(bad)


def page_score(kind: str, gold, output: str | None) -> tuple[float, ...]:
    """Zyte: (precision, recall) of the page; trafilatura set: (TP, FP, FN, TN)."""
    if kind == "zyte":
        c = bench.shingle_counts(gold, output)
        return bench._precision(*c), bench._recall(*c)
    return tuple(float(x) for x in bench.snippet_counts(gold, output))


def _run(pages, extract) -> list[str | None]:
    outs = []
    for _, page, _ in pages:
        try:
            outs.append(extract(page.html) if page.html else None)
        except Exception:  # noqa: BLE001 - a crash is a full miss, as in the benchmark
            outs.append(None)
    return outs


def lines_view(pages) -> tuple[list[str | None], dict]:
    """The baseline outputs and, per rule, the cuts with their gold and boilerplate characters."""
    rec = Recorder()
    outputs, per_rule = [], defaultdict(lambda: {"gold": 0.0, "boiler": 0.0, "lines": 0, "pages": set(), "sites": set(), "false": []})
    rec.install()
    try:
        for kind, page, site in pages:
            rec.cuts.clear()
            out = _run([(kind, page, site)], ex.main_text)[0]
            outputs.append(out)
            for rule, line in rec.cuts:
                good, bad = restore_gain(kind, page.gold, out, line)
                r = per_rule[rule]
                r["gold"] += good
                r["boiler"] += bad
                r["lines"] += 1
                r["pages"].add(f"{kind}:{page.key}")
                r["sites"].add(site)
                if good:
                    r["false"].append({"page": f"{kind}:{page.key}", "site": site, "gold_chars": round(good), "line": line[:300]})
    finally:
        rec.uninstall()
    return outputs, per_rule


def ablations(pages, base: list[str | None]) -> dict:
    """Per step switched off: summed score change (ours minus without the step) and the pages it moves."""
    variants = {name: (name, lambda *a, **k: None) for name in _TREE_STEPS}
    variants |= {
        "precision mode": ("is_article_page", lambda tree: False),
        "opening (split body)": ("opening", lambda tree, lines: []),
        "continuation (split body)": ("continuation", lambda tree, lines: []),
        "standfirst": ("standfirst", lambda tree, lines: None),
        "all line filters": ("clean_lines", lambda text, *a, **k: [ln.strip() for ln in text.split("\n") if ln.strip()]),
    }
    report = {}
    for label, (name, stub) in variants.items():
        saved = getattr(ex, name)
        setattr(ex, name, stub)
        try:
            outs = _run(pages, ex.main_text)
        finally:
            setattr(ex, name, saved)
        moved = []
        for (kind, page, site), ours, off in zip(pages, base, outs, strict=True):
            a, b = page_score(kind, page.gold, ours), page_score(kind, page.gold, off)
            if a != b:
                moved.append({"page": f"{kind}:{page.key}", "site": site, "with_step": a, "without_step": b})
        report[label] = moved
        print(f"ablation {label}: {len(moved)} pages moved", file=sys.stderr)
    return report


def trafilatura_beats_us(pages, base: list[str | None]) -> list[dict]:
    """The pages where trafilatura's defaults recall more than we do, with the gold we miss."""
    out = []
    theirs = _run(pages, bench.trafilatura_defaults)
    for (kind, page, site), ours, tr in zip(pages, base, theirs, strict=True):
        a, b = page_score(kind, page.gold, ours), page_score(kind, page.gold, tr)
        better = b[1] > a[1] + 1e-9 if kind == "zyte" else b[0] > a[0]
        if better:
            item = {"page": f"{kind}:{page.key}", "site": site, "ours": a, "trafilatura": b}
            if kind == "traf":
                item["missed"] = [
                    s
                    for s in page.gold["with"]
                    if bench.ws_norm(s) in bench.ws_norm(tr or "") and bench.ws_norm(s) not in bench.ws_norm(ours or "")
                ]
            out.append(item)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--out", default="/tmp/extraction-attribution")
    ap.add_argument("--no-ablation", action="store_true")
    args = ap.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    pages = load(args.limit)
    base, per_rule = lines_view(pages)
    rows = sorted(per_rule.items(), key=lambda kv: -kv[1]["gold"])
    table = [
        {
            "rule": k,
            "gold_chars": round(v["gold"]),
            "boiler_chars": round(v["boiler"]),
            "lines": v["lines"],
            "pages": len(v["pages"]),
            "sites": len(v["sites"]),
            "false_cuts": v["false"],
        }
        for k, v in rows
    ]
    (out / "rules.json").write_text(json.dumps(table, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{'gold':>7} {'boiler':>7} {'lines':>5} {'pages':>5} {'sites':>5}  rule")
    for t in table:
        print(f"{t['gold_chars']:>7} {t['boiler_chars']:>7} {t['lines']:>5} {t['pages']:>5} {t['sites']:>5}  {t['rule']}")
    beats = trafilatura_beats_us(pages, base)
    (out / "trafilatura_beats_us.json").write_text(json.dumps(beats, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"trafilatura recalls more on {len(beats)} dev pages (see {out / 'trafilatura_beats_us.json'})")
    if not args.no_ablation:
        (out / "ablations.json").write_text(json.dumps(ablations(pages, base), ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
