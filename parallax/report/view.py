"""The report's view model: everything the template shows, precomputed and plain.

The HTML report and the web app render the same view, built here from the
comparison JSON alone (strings, numbers, lists), so the templates stay
declarative.
"""

from __future__ import annotations

import json

from parallax.comparison_records import upgrade_comparison
from parallax.report.conflict_items import conflict_items
from parallax.report.copy_view import copy_view, shown_percent
from parallax.report.formatting import (
    counted,
    fmt_published,
    labels,
    safe_url,
    text_dir,
    warning_text,
)
from parallax.report.headline_summary import headlines_view  # grouped, bounded per headline
from parallax.report.quote_languages import article_languages
from parallax.report.quote_view import FIDELITY, quote_view
from parallax.report.spans import nest, paragraph_spans
from parallax.report.timeline import timeline, times_table
from parallax.report.unaligned import OUTSIDE_NOTE

STATUS_SYMBOL = {"shared": "✓", "conflict": "✕", "unique": "◆", "opinion": "❝", "none": "·"}
STATUS_LABEL = {"shared": "shared", "conflict": "in conflict", "unique": "unique to one outlet", "opinion": "an opinion piece's view", "none": "not reported"}


WORDING_COLUMNS = 8  # reports a word-choice table shows as columns; more: one line each (see build_view)


def shown_status(f: dict) -> str:
    """A fact's status as the reports show it: an opinion piece's own sentence is its view ("opinion"), not a unique fact."""
    return "opinion" if f.get("opinion") else f["status"]


def article_view(a: dict, fact_of: dict[tuple[str, int], dict], marks: list[dict], label: str) -> dict:
    text = a.get("text") or ""
    spans = paragraph_spans(text)
    spans += [s for (aid, _), s in fact_of.items() if aid == a["id"]]
    spans += marks
    for s in spans:  # paragraphs outrank sentences, sentences outrank inline marks
        s.setdefault("rank", {"p": 0, "sent": 1}.get(s["kind"], 2))
    tree = nest(text, sorted(spans, key=lambda s: (s["start"], -s["end"], s["rank"])), 0, len(text))
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


def credited(article: dict) -> list[str]:
    """The agencies an article credits less its own outlet ("Reuters" whose dateline says "(Reuters)"; also written
    in another script, "Ukrinform" whose dateline says "/Укрінформ/"): whom it drew on, as the reports show it."""
    from parallax.letters import fold, to_latin

    own = to_latin(fold(article.get("outlet") or ""))
    return [name for name in article.get("agencies") or [] if to_latin(fold(name)) != own]


def build_view(comparison: dict) -> dict:
    """Everything the template shows, precomputed and plain (strings, numbers, lists)."""
    comparison = upgrade_comparison(comparison)  # a comparison stored under schema /1 or /2 reads as /3
    arts = comparison.get("articles") or []
    ids = [a["id"] for a in arts]
    label = labels(arts)
    published = {a["id"]: a.get("published") for a in arts}
    languages = article_languages(comparison)  # a quotation translated reads "translation" (quote_languages.py)
    summary = comparison.get("summary") or {}
    facts = comparison.get("facts") or []

    fact_of: dict[tuple[str, int], dict] = {}
    for f in facts:
        n_arts = len({s["article"] for s in f["sentences"]})
        for s in f["sentences"]:
            fact_of[(s["article"], s["start"])] = {
                "start": s["start"],
                "end": s["end"],
                "kind": "sent",
                "fact": f["id"],
                "status": shown_status(f),
                "aligned": n_arts > 1,
                "symbol": STATUS_SYMBOL.get(f["status"], "?"),
            }
    inline: dict[str, list[dict]] = {i: [] for i in ids}
    for t in comparison.get("times") or []:
        inline.setdefault(t["article"], []).append(
            {"start": t["start"], "end": t["end"], "kind": "time", "value": t.get("value") or "unresolved"}
        )
    for q in comparison.get("quotes") or []:
        for v in q.get("variants") or []:
            inline.setdefault(v["article"], []).append(
                {"start": v["start"], "end": v["end"], "kind": "quote", "quote": q["id"], "speaker": v.get("speaker") or "unknown speaker"}
            )

    matrix = []
    for f in facts:
        present = {s["article"] for s in f["sentences"]}
        first = f["sentences"][0]["text"] if f["sentences"] else ""
        matrix.append(
            {
                "id": f["id"],
                "status": shown_status(f),
                "symbol": STATUS_SYMBOL.get(shown_status(f), "?"),
                "snippet": first if len(first) <= 110 else first[:107].rstrip() + "…",
                "cells": [{"state": shown_status(f) if i in present else "none", "outlet": label[i]} for i in ids],
                "conflict_kinds": sorted({c["kind"] for c in f.get("conflicts") or []}),
                "warnings": [warning_text(w, label) for w in f.get("warnings") or []],  # a slip inside one report
            }
        )

    conflicts = []  # one entry per fact in conflict, its disagreements side by side
    for f in facts:
        items = conflict_items(f.get("conflicts") or [], label, published)
        if items:
            sentences = [{"outlet": label.get(s["article"], s["article"]), "text": s["text"]} for s in f["sentences"]]
            for item in items:  # a figure read from a sentence the fact does not hold (compare.every_outlet)
                sentences += [{"outlet": o, "text": t, "outside": OUTSIDE_NOTE} for o, t in item["outside"]]
            conflicts.append({"fact": f["id"], "kinds": sorted({i["kind"] for i in items}), "items": items, "sentences": sentences})

    entities = []
    for e in comparison.get("entities") or []:
        have = set(e.get("articles") or [])
        entities.append({"text": e["text"], "label": e.get("label") or "", "n": len(have), "cells": [i in have for i in ids]})
    entities.sort(key=lambda e: (-e["n"], e["label"], e["text"].lower()))

    options = (comparison.get("settings") or {}).get("options") or {}
    return {
        "title": next((a.get("title") for a in arts if a.get("title")), None) or f"{counted(len(arts), 'report', 'reports')} compared",
        "summary": summary,
        "limits": [{**lim, "outlets": [label.get(a, a) for a in lim.get("articles") or []]} for lim in comparison.get("limits") or []],
        "articles": [article_view(a, fact_of, inline.get(a["id"], []), label[a["id"]]) for a in arts],
        "outlets": [
            {
                "id": a["id"],
                "label": label[a["id"]],
                "title": a.get("title"),
                "url": safe_url(a.get("url")),
                "url_text": a.get("url"),
                "language": a.get("language") or "?",
                "published_text": fmt_published(a.get("published")),
                "published": a.get("published"),
                "dateline": a.get("dateline"),
                "kind": a.get("kind"),
                "agencies": credited(a),
                "byline": [str(name) for name in a.get("byline") or []],
                "corroborated": (summary.get("corroborated_share") or {}).get(a["id"]),
                "facts": sum(1 for f in facts if any(s["article"] == a["id"] for s in f["sentences"])),
            }
            for a in arts
        ],
        "copies": [
            {
                "label": c.get("outlet") or c.get("id"),
                "title": c.get("title"),
                "url": safe_url(c.get("url")),
                "url_text": c.get("url"),
                "published": c.get("published"),
                "published_text": fmt_published(c.get("published")),
                "of": label.get(c.get("of"), c.get("of")),
                "similarity": shown_percent(float(c.get("similarity") or 0)),
                "figures_only": bool(c.get("figures_only")),
                **copy_view(c),
            }
            for c in (comparison.get("settings") or {}).get("copies") or []
        ],
        "languages": sorted({a.get("language") or "?" for a in arts}),
        "labels": [label[i] for i in ids],
        "matrix": matrix,
        "aligned": sum(1 for f in facts if f["status"] != "unique"),
        "conflicts": conflicts,
        "headlines": headlines_view(comparison, label, published),
        "quotes": sorted(
            (quote_view(q, label, languages) for q in comparison.get("quotes") or []),
            key=lambda q: (q["fidelity"] == "single-source", not q["misattributed"], q["id"]),
        ),
        "timeline": timeline(comparison, label),
        "times": times_table(comparison, label),
        "ids": ids,
        "label_of": label,
        "entities_shared": [e for e in entities if e["n"] > 1],
        "entities_single": [e for e in entities if e["n"] <= 1],
        "word_choices": [
            {"fact": w["fact"], "cells": [w["values"].get(i, "") for i in ids], "named": [(label[i], w["values"][i]) for i in ids if w["values"].get(i)]}
            for w in comparison.get("word_choices") or []
        ],
        # past a few reports a word choice (which names two or three) is a line naming them, not a table row of one
        # column per report: a story of 51 reports had 882 rows × 51 columns of "none", 1.8 MB of its 2.9 MB report
        "wording_list": len(ids) > WORDING_COLUMNS,
        "settings": {
            "version": (comparison.get("settings") or {}).get("parallax_version") or "unknown",
            "schema": comparison.get("schema"),
            "options": [(k, v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)) for k, v in sorted(options.items())],
            "command": reproduce_command(options),
        },
        "fidelity_legend": [(k, *v) for k, v in FIDELITY.items()],
        "status_legend": [
            (k, STATUS_SYMBOL[k], STATUS_LABEL[k]) for k in ("shared", "conflict", "unique", "opinion", "none") if k != "opinion" or summary.get("opinion")
        ],
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
