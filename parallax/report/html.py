"""The comparison as one self-contained HTML file (``--format html``).

Why it is built this way:

* **One file, nothing fetched.**  CSS, JS and SVG are inlined, so a report can
  be mailed, archived or opened offline and never leaks that it was read.
* **Article text is untrusted.**  Everything is rendered by Jinja2 with
  autoescape on; the templates never use ``|safe`` and only our own static
  CSS/JS are marked safe here, in Python.  Links to articles are emitted only
  for ``http(s)`` URLs.  A Content-Security-Policy pins the inline style and
  script by their SHA-256 hashes, so an injected ``<script>`` or ``onerror``
  would not run even if escaping failed.
* **The view model is computed in Python** (text segmentation, word diffs of
  quotations, timeline geometry), so the templates stay declarative and the
  web app (:mod:`parallax.web`) reuses the same pieces.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections import Counter
from datetime import date, datetime, timedelta
from difflib import SequenceMatcher
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup

from parallax.compare.dates import interval
from parallax.report import renderer

STATUS_SYMBOL = {"shared": "✓", "conflict": "✕", "unique": "◆", "none": "·"}
STATUS_LABEL = {"shared": "shared", "conflict": "in conflict", "unique": "unique to one outlet", "none": "not reported"}
FIDELITY = {
    "verbatim": ("=", "verbatim", "identical after normalising quote marks and whitespace"),
    "punctuation": ("≈", "punctuation", "same words, different punctuation"),
    "trimmed": ("✂", "trimmed", "one variant is a contiguous part of another"),
    "altered": ("≠", "altered", "words were changed"),
    "paraphrase": ("~", "paraphrase", "reported speech of the quotation"),
    "single-source": ("1", "single source", "only one outlet carries it"),
}


# ------------------------------------------------------------------ assets


@cache
def environment() -> jinja2.Environment:
    """Jinja2 environment of the report templates; autoescape is on for every template."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("parallax.report", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@cache
def asset(name: str, package: str = "parallax.report") -> str:
    """A static CSS/JS file shipped beside the templates."""
    return resources.files(package).joinpath("templates", name).read_text("utf-8")


def csp_hash(text: str) -> str:
    """The CSP source expression allowing exactly this inline ``<style>``/``<script>`` body."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def report_csp() -> str:
    """The report's policy: nothing may load; only our inline style and script run."""
    return (
        "default-src 'none'; "
        f"style-src {csp_hash(asset('report.css'))}; "
        f"script-src {csp_hash(asset('report.js'))}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )


def safe_url(url: Any) -> str | None:
    """``url`` if it is an absolute http(s) URL, else ``None`` (no ``javascript:`` links)."""
    if not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


# ------------------------------------------------------------ text marking


def mark_spans(text: str, spans: list[dict], lo: int = 0, hi: int | None = None) -> list:
    """Nest ``spans`` (dicts with ``start``/``end``) over ``text[lo:hi]``.

    Returns a list of nodes: a ``str`` for plain text, or ``{"span": span,
    "children": [...]}``.  A span starting inside another is nested in it and
    clipped to it, so overlapping analyses never produce broken markup."""
    hi = len(text) if hi is None else hi
    items = sorted(
        (s for s in spans if isinstance(s.get("start"), int) and isinstance(s.get("end"), int) and s["end"] > s["start"]),
        key=lambda s: (s["start"], -s["end"]),
    )
    return _nest(text, items, lo, hi)


def _nest(text: str, items: list[dict], lo: int, hi: int) -> list:
    out: list = []
    pos, i = lo, 0
    while i < len(items):
        sp = items[i]
        s, e = max(sp["start"], pos), min(sp["end"], hi)
        j = i + 1
        while j < len(items) and items[j]["start"] < e:
            j += 1
        if s < e:
            if pos < s:
                out.append(text[pos:s])
            out.append({"span": sp, "children": _nest(text, items[i + 1 : j], s, e)})
            pos = e
        i = j
    if pos < hi:
        out.append(text[pos:hi])
    return out


def paragraph_spans(text: str) -> list[dict]:
    """Paragraphs of a cleaned text (separated by blank lines) as spans."""
    spans, pos = [], 0
    for m in re.finditer(r"\n\s*\n", text):
        if text[pos : m.start()].strip():
            spans.append({"start": pos, "end": m.start(), "kind": "p"})
        pos = m.end()
    if text[pos:].strip():
        spans.append({"start": pos, "end": len(text), "kind": "p"})
    return spans


# ------------------------------------------------------------ formatting

RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur", "ps", "yi"})


def text_dir(language: str | None) -> str | None:
    """``"rtl"`` for an article in a right-to-left language (``ar``, ``ar-EG``...), else
    ``None``.  Where the language is unknown or wrong, the ``dir="auto"`` on each
    text-bearing element still picks the direction from the text itself."""
    if not isinstance(language, str):
        return None
    return "rtl" if language.strip().lower().replace("_", "-").split("-")[0] in RTL_LANGUAGES else None


def fmt_published(value: str | None) -> str:
    if not value:
        return "date unknown"
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        return value
    day = f"{dt:%a} {dt.day} {dt:%b %Y}"
    if "T" not in value:
        return day
    zone = dt.strftime("%z")
    return f"{day}, {dt:%H:%M}" + (f" UTC{zone[:3]}:{zone[3:]}" if zone else "")


def fmt_value(value: Any, unit: str | None = None) -> str:
    """A conflict value for people: lists joined, floats without noise, a unit if known (an age
    reads "aged 61", not "61 age")."""
    if isinstance(value, list):
        return "; ".join(fmt_value(v, unit) for v in value) or "—"
    if isinstance(value, float):
        text = f"{value:,.0f}" if value.is_integer() else f"{value:,.3g}"
        if unit == "age":
            return f"aged {text}"
        return f"{text} {unit}" if unit else text
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,} {unit}" if unit else f"{value:,}"
    if value is None:
        return "—"
    return str(value)


def conflict_unit(values: dict, article: str, ids=()) -> str | None:
    """The counted noun of one article's value in a number conflict: the shared ``unit``, or the
    article's own in ``units`` ("23 people" / "31 rioters")."""
    units = values.get("units")
    if isinstance(units, dict) and isinstance(units.get(article), str):
        return units[article]
    unit = values.get("unit")
    return unit if isinstance(unit, str) and "unit" not in ids else None


def labels(articles: list[dict]) -> dict[str, str]:
    """A short, unique label per article: the outlet, numbered when an outlet repeats."""
    base = {a["id"]: (a.get("outlet") or a["id"]) for a in articles}
    counts: dict[str, int] = {}
    for v in base.values():
        counts[v] = counts.get(v, 0) + 1
    seen: dict[str, int] = {}
    out = {}
    for a in articles:
        name = base[a["id"]]
        if counts[name] > 1:
            seen[name] = seen.get(name, 0) + 1
            name = f"{name} ({seen[name]})"
        out[a["id"]] = name
    return out


# ----------------------------------------------------------- quote diffs

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)
_MARKS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})


def word_diff(base: str, other: str) -> tuple[list[tuple[str, str]], float]:
    """Word-level diff of ``other`` against ``base``: ``[(op, text)]`` with op
    ``eq``/``ins``/``del``, and the share of words the two have in common."""
    a, b = _TOKEN.findall(base), _TOKEN.findall(other)
    key = [t.translate(_MARKS).lower() for t in a], [t.translate(_MARKS).lower() for t in b]
    sm = SequenceMatcher(None, key[0], key[1], autojunk=False)
    ops: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            ops.append(("eq", "".join(b[j1:j2])))
            continue
        if i2 > i1 and "".join(a[i1:i2]).strip():
            ops.append(("del", "".join(a[i1:i2])))
        elif i2 > i1:
            ops.append(("eq", "".join(a[i1:i2])))
        if j2 > j1:
            ops.append(("ins", "".join(b[j1:j2])) if "".join(b[j1:j2]).strip() else ("eq", "".join(b[j1:j2])))
    words_a = [t for t in key[0] if t.strip()]
    words_b = [t for t in key[1] if t.strip()]
    common = SequenceMatcher(None, words_a, words_b, autojunk=False)
    same = sum(m.size for m in common.get_matching_blocks())
    return ops, same / max(1, min(len(words_a), len(words_b)))


def _words(text: str) -> list[str]:
    return [t.translate(_MARKS).lower() for t in _TOKEN.findall(text) if t.strip()]


def _shared_words(a: str, b: str) -> int:
    sm = SequenceMatcher(None, _words(a), _words(b), autojunk=False)
    return sum(m.size for m in sm.get_matching_blocks())


def quote_view(q: dict, label: dict[str, str]) -> dict:
    """A quotation group for display: each variant diffed word by word against
    the reference, the variant that shares most words with all the others
    (so a lone altered or trimmed copy is the one shown as changed)."""
    variants = q.get("variants") or []
    texts = [(v.get("text") or "").strip().rstrip(".,;:").rstrip() for v in variants]  # the sentence's own stop is no difference
    direct = [i for i, v in enumerate(variants) if v.get("kind", "direct") != "indirect"] or list(range(len(variants)))
    speakers = [v.get("speaker") for v in variants if v.get("speaker")]
    expected = q.get("speaker") or (max(sorted(set(speakers)), key=speakers.count) if speakers else None)
    ref = q.get("reference")  # chosen by the comparison; older comparisons lack it
    if ref is None or not 0 <= ref < len(variants):
        ref = max(direct, key=lambda i: (sum(_shared_words(texts[i], texts[j]) for j in direct if j != i),
                                         variants[i].get("speaker") == expected, len(texts[i]))) if variants else None
    out = []
    for i, v in enumerate(variants):
        diff, similar = ([], 1.0)
        if ref is not None and i != ref:
            diff, similar = word_diff(texts[ref], texts[i])
        out.append({
            "article": v["article"],
            "outlet": label.get(v["article"], v["article"]),
            "text": texts[i],
            "speaker": v.get("speaker"),
            "inferred": v.get("cue") == "near" and bool(v.get("speaker")),
            "kind": v.get("kind", "direct"),
            "reference": i == ref and len(variants) > 1,
            "fidelity": v.get("fidelity") if i != ref else None,
            "diff": diff if similar >= 0.34 else [],
            "odd_speaker": bool(q.get("misattributed")) and v.get("speaker") != expected,
        })
    symbol, name, meaning = FIDELITY.get(q.get("fidelity"), ("?", str(q.get("fidelity")), ""))
    return {
        "id": q["id"],
        "speaker": q.get("speaker"),
        "fidelity": q.get("fidelity"),
        "symbol": symbol,
        "fidelity_label": name,
        "fidelity_meaning": meaning,
        "misattributed": bool(q.get("misattributed")),
        "speakers": sorted({s for s in speakers}),
        "variants": out,
    }


# ----------------------------------------------------------------- timeline


def _pub_day(value: str | None) -> date | None:
    try:
        return datetime.fromisoformat(value).date() if value else None
    except ValueError:
        return None


def _ticks(lo: date, hi: date) -> list[tuple[date, str]]:
    span = (hi - lo).days
    out = []
    if span <= 16:
        d = lo
        while d <= hi:
            out.append((d, f"{d.day} {d:%b}"))
            d += timedelta(days=1)
    elif span <= 120:
        d = lo + timedelta(days=(7 - lo.weekday()) % 7)
        while d <= hi:
            out.append((d, f"{d.day} {d:%b}"))
            d += timedelta(days=7)
    elif span <= 1500:
        d = date(lo.year, lo.month, 1)
        step = 1 if span <= 400 else 3
        while d <= hi:
            if d >= lo:
                out.append((d, d.strftime("%b %Y")))
            m = d.month - 1 + step
            d = date(d.year + m // 12, m % 12 + 1, 1)
    else:
        for y in range(lo.year + 1, hi.year + 1):
            out.append((date(y, 1, 1), str(y)))
    return out


FOCUS_BEFORE, FOCUS_AFTER = 90, 150  # days around the publication dates the timeline shows at scale


def timeline(comparison: dict, label: dict[str, str], width: int = 960) -> dict | None:
    """Geometry of the timeline SVG: one lane per article, a dot per resolved
    day, a bar per month/week/range, a triangle at publication.

    The axis spans the news window (a few months around publication); a date
    far outside it (a background year, a misresolved month) is drawn as an
    arrow at the edge with its value, so it cannot squash everything else."""
    arts = comparison["articles"]
    items = [(t, iv) for t in comparison.get("times") or [] if (iv := interval(t.get("value"), loose=True))]
    if not items:
        return None
    pubs = {a["id"]: _pub_day(a.get("published")) for a in arts}
    pub_days = [d for d in pubs.values() if d]
    days = [d for _, iv in items for d in iv] + pub_days
    lo, hi = min(days), max(days) + timedelta(days=1)
    if pub_days:
        lo = max(lo, min(pub_days) - timedelta(days=FOCUS_BEFORE))
        hi = min(hi, max(pub_days) + timedelta(days=FOCUS_AFTER))
    pad = max(1, (hi - lo).days // 30)
    lo, hi = lo - timedelta(days=pad), hi + timedelta(days=pad)
    left, right, lane = 170, 28, 34
    span = (hi - lo).days or 1

    def x(d: date) -> float:
        d = min(max(d, lo), hi)
        return round(left + (width - left - right) * (d - lo).days / span, 1)

    lanes = []
    for n, a in enumerate(arts):
        y = 30 + n * lane
        marks, labels_at, arrows = [], [], []
        last_end = -1.0
        for t, (a0, a1) in sorted((it for it in items if it[0]["article"] == a["id"]), key=lambda it: it[1][0]):
            tip = f"{label.get(a['id'], a['id'])}: “{t.get('text')}” → {t.get('value')}"
            text = str(t.get("text") or "")[:24]
            if a1 < lo or a0 >= hi:  # outside the window: an arrow at the edge
                before = a1 < lo
                arrows.append({"x": left - 4 if before else width - right + 4, "y": y, "before": before, "title": tip})
                continue
            x0, x1 = x(a0), x(a1 + timedelta(days=1))
            cx = round((x0 + x1) / 2, 1)
            marks.append({"point": a0 == a1, "x": x0, "w": max(3.0, round(x1 - x0, 1)), "cx": cx, "y": y, "title": tip})
            if cx - 2 > last_end:
                labels_at.append({"x": cx, "y": y - 8, "text": text})
                last_end = cx + 6.2 * len(text)
        pub = pubs.get(a["id"])
        lanes.append({
            "y": y,
            "label": label.get(a["id"], a["id"]),
            "marks": marks,
            "labels": labels_at,
            "arrows": arrows,
            "pub": {"x": round((x(pub) + x(pub + timedelta(days=1))) / 2, 1), "title": f"{label.get(a['id'], a['id'])} published {a.get('published')}"} if pub else None,
        })
    height = 30 + len(arts) * lane + 30
    ticks = [{"x": x(d), "label": text} for d, text in _ticks(lo, hi)]
    return {"width": width, "height": height, "left": left, "right": width - right, "axis_y": height - 24, "lanes": lanes, "ticks": ticks}


def times_table(comparison: dict, label: dict[str, str]) -> list[dict]:
    """Resolved dates grouped by value: which outlets said what for the same day."""
    rows: dict[str, dict] = {}
    for t in comparison.get("times") or []:
        key = t.get("value") or ""
        row = rows.setdefault(key, {"value": t.get("value"), "granularity": t.get("granularity"), "by": {}})
        row["by"].setdefault(t["article"], []).append(t.get("text") or "")
    return sorted(rows.values(), key=lambda r: (r["value"] is None, str(r["value"])))


# ---------------------------------------------------------------- the view


def article_view(a: dict, fact_of: dict[tuple[str, int], dict], marks: list[dict], label: str) -> dict:
    text = a.get("text") or ""
    spans = paragraph_spans(text)
    spans += [s for (aid, _), s in fact_of.items() if aid == a["id"]]
    spans += marks
    for s in spans:  # paragraphs outrank sentences, sentences outrank inline marks
        s.setdefault("rank", {"p": 0, "sent": 1}.get(s["kind"], 2))
    tree = _nest(text, sorted(spans, key=lambda s: (s["start"], -s["end"], s["rank"])), 0, len(text))
    return {
        "id": a["id"],
        "label": label,
        "outlet": a.get("outlet"),
        "title": a.get("title"),
        "url": safe_url(a.get("url")),
        "url_text": a.get("url"),
        "published": a.get("published"),
        "published_text": fmt_published(a.get("published")),
        "language": a.get("language") or "?",
        "dir": text_dir(a.get("language")),
        "dateline": a.get("dateline"),
        "boilerplate_removed": a.get("boilerplate_removed") or [],
        "tree": tree,
    }


def build_view(comparison: dict) -> dict:
    """Everything the template shows, precomputed and plain (strings, numbers, lists)."""
    arts = comparison.get("articles") or []
    ids = [a["id"] for a in arts]
    label = labels(arts)
    summary = comparison.get("summary") or {}
    facts = comparison.get("facts") or []

    fact_of: dict[tuple[str, int], dict] = {}
    for f in facts:
        n_arts = len({s["article"] for s in f["sentences"]})
        for s in f["sentences"]:
            fact_of[(s["article"], s["start"])] = {
                "start": s["start"], "end": s["end"], "kind": "sent", "fact": f["id"], "status": f["status"],
                "aligned": n_arts > 1, "symbol": STATUS_SYMBOL.get(f["status"], "?"),
            }
    inline: dict[str, list[dict]] = {i: [] for i in ids}
    for t in comparison.get("times") or []:
        inline.setdefault(t["article"], []).append({"start": t["start"], "end": t["end"], "kind": "time", "value": t.get("value") or "unresolved"})
    for q in comparison.get("quotes") or []:
        for v in q.get("variants") or []:
            inline.setdefault(v["article"], []).append({"start": v["start"], "end": v["end"], "kind": "quote", "quote": q["id"], "speaker": v.get("speaker") or "unknown speaker"})

    matrix = []
    for f in facts:
        present = {s["article"] for s in f["sentences"]}
        first = f["sentences"][0]["text"] if f["sentences"] else ""
        matrix.append({
            "id": f["id"], "status": f["status"], "symbol": STATUS_SYMBOL.get(f["status"], "?"),
            "snippet": first if len(first) <= 110 else first[:107].rstrip() + "…",
            "cells": [{"state": f["status"] if i in present else "none", "outlet": label[i]} for i in ids],
            "conflict_kinds": sorted({c["kind"] for c in f.get("conflicts") or []}),
        })

    conflicts = []  # one entry per fact in conflict, its disagreements side by side
    for f in facts:
        by_kind: dict[str, dict[str, str]] = {}  # pairwise conflicts of one kind merged: one value per outlet
        for c in f.get("conflicts") or []:
            vals = c.get("values") or {}
            row = by_kind.setdefault(c["kind"], {})
            for k, v in vals.items():
                if k in label:
                    row.setdefault(label[k], fmt_value(v, conflict_unit(vals, k, label)))
        items = []
        for k, row in by_kind.items():
            counts = Counter(row.values())
            top = max(counts.values())
            items.append({"kind": k, "values": [{"outlet": o, "value": v, "odd": top > 1 and counts[v] < top} for o, v in row.items()]})
        if items:
            conflicts.append({
                "fact": f["id"], "kinds": sorted({i["kind"] for i in items}), "items": items,
                "sentences": [{"outlet": label.get(s["article"], s["article"]), "text": s["text"]} for s in f["sentences"]],
            })

    entities = []
    for e in comparison.get("entities") or []:
        have = set(e.get("articles") or [])
        entities.append({"text": e["text"], "label": e.get("label") or "", "n": len(have), "cells": [i in have for i in ids]})
    entities.sort(key=lambda e: (-e["n"], e["label"], e["text"].lower()))

    options = (comparison.get("settings") or {}).get("options") or {}
    return {
        "title": next((a.get("title") for a in arts if a.get("title")), None) or f"{len(arts)} reports compared",
        "summary": summary,
        "limits": [{**lim, "outlets": [label.get(a, a) for a in lim.get("articles") or []]} for lim in comparison.get("limits") or []],
        "articles": [article_view(a, fact_of, inline.get(a["id"], []), label[a["id"]]) for a in arts],
        "outlets": [{
            "id": a["id"], "label": label[a["id"]], "title": a.get("title"), "url": safe_url(a.get("url")), "url_text": a.get("url"),
            "language": a.get("language") or "?", "published_text": fmt_published(a.get("published")), "published": a.get("published"),
            "dateline": a.get("dateline"), "corroborated": (summary.get("corroborated_share") or {}).get(a["id"]),
            "facts": sum(1 for f in facts if any(s["article"] == a["id"] for s in f["sentences"])),
        } for a in arts],
        "languages": sorted({a.get("language") or "?" for a in arts}),
        "labels": [label[i] for i in ids],
        "matrix": matrix,
        "aligned": sum(1 for f in facts if f["status"] != "unique"),
        "conflicts": conflicts,
        "quotes": sorted((quote_view(q, label) for q in comparison.get("quotes") or []),
                         key=lambda q: (q["fidelity"] == "single-source", not q["misattributed"], q["id"])),
        "timeline": timeline(comparison, label),
        "times": times_table(comparison, label),
        "ids": ids,
        "label_of": label,
        "entities_shared": [e for e in entities if e["n"] > 1],
        "entities_single": [e for e in entities if e["n"] <= 1],
        "word_choices": [{"fact": w["fact"], "cells": [w["values"].get(i, "") for i in ids]} for w in comparison.get("word_choices") or []],
        "settings": {
            "version": (comparison.get("settings") or {}).get("parallax_version") or "unknown",
            "schema": comparison.get("schema"),
            "options": [(k, v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)) for k, v in sorted(options.items())],
            "command": reproduce_command(options),
        },
        "fidelity_legend": [(k, *v) for k, v in FIDELITY.items()],
        "status_legend": [(k, STATUS_SYMBOL[k], STATUS_LABEL[k]) for k in ("shared", "conflict", "unique", "none")],
    }


def reproduce_command(options: dict) -> str:
    """The ``parallax compare`` line that reproduces these settings (inputs left as INPUTS…)."""
    parts = ["parallax compare INPUTS…", "--format html"]
    if options.get("embedder"):
        parts.append(f"--embedder {options['embedder']}")
    if options.get("default_published"):
        parts.append(f"--published {options['default_published']}")
    if options.get("max_file_bytes") and options["max_file_bytes"] != 20 * 1024 * 1024:
        parts.append(f"--max-bytes {options['max_file_bytes']}")
    if options.get("skip_bad"):
        parts.append("--skip-bad")
    return " ".join(parts)


def render_report(comparison: dict, nav: list[tuple[str, str]] | None = None, links: dict[str, str] | None = None) -> str:
    """The report page.  The web app adds ``nav`` links on top and ``links``
    (article id -> its analysis page) in the article headers."""
    return environment().get_template("report.html").render(
        v=build_view(comparison),
        links=links or {},
        css=Markup(asset("report.css")),  # our own static file, not article data
        js=Markup(asset("report.js")),
        csp=report_csp(),
        nav=nav or [],
        status_symbol=STATUS_SYMBOL,
    )


@renderer("html")
def render_html(comparison: dict) -> str:
    return render_report(comparison)
