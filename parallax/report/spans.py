"""Nesting marked spans (paragraphs, fact sentences, dates, quotes) over an article's text.

Analyses overlap freely (a quote spans two sentences, a date sits in a quote);
the page needs well-formed markup, so spans are nested and clipped here, in
Python, and the templates only walk the tree.
"""

from __future__ import annotations

import re


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
    return nest(text, items, lo, hi)


def nest(text: str, items: list[dict], lo: int, hi: int) -> list:
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
            out.append({"span": sp, "children": nest(text, items[i + 1 : j], s, e)})
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
