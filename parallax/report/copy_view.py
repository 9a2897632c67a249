"""A near-duplicate copy as the reports show it: how alike, and what the republisher added, cut or changed.

One module for the HTML and the text report, so both say the same: the changed sentences first (a changed
figure in a republished wire story is what an analyst looks for), each with what changed, then the added
sentences, then the ones left out.
"""

from __future__ import annotations

from typing import Any

from parallax.report.formatting import conflict_unit, fmt_value


def change_summary(change: dict[str, Any], original: str, copy: str) -> str:
    """What the compare stage reads as changed between the original's sentence and the copy's:
    "number: 12 → 10", one entry per conflict, or "reworded" where no fact changed."""
    parts = []
    for c in change.get("conflicts") or []:
        values = c.get("values") or {}
        was = fmt_value(values.get(original), conflict_unit(c, original))
        now = fmt_value(values.get(copy), conflict_unit(c, copy))
        update = " (likely an update)" if c.get("later") == copy else ""  # a toll risen by the copy's time (compare.updates)
        parts.append(f"{c.get('kind')}: {was} → {now}{update}")
    return "; ".join(parts) or "reworded"


def shown_percent(similarity: float) -> int:
    """A copy's likeness as a whole percentage: below 1, never "100" (a 99.6% copy changed something, and the
    report lists what under it)."""
    percent = round(100 * similarity)
    return min(percent, 99) if similarity < 1.0 else percent


def copy_view(c: dict[str, Any]) -> dict[str, Any]:
    """The copy's changes for a template: ``changed`` (copy's text, the original's, what changed),
    ``added`` and ``left_out`` (texts), and whether it is word for word (none of the three)."""
    changed = [
        {"text": ch.get("text", ""), "original": ch.get("original", ""), "what": change_summary(ch, c.get("of", ""), c.get("id", ""))}
        for ch in c.get("changed") or []
    ]
    added = [s.get("text", "") for s in c.get("added") or []]
    left_out = [s.get("text", "") for s in c.get("left_out") or []]
    read = any(k in c for k in ("added", "left_out", "changed"))  # a copy listed before session 36 was not read
    return {"changed": changed, "added": added, "left_out": left_out, "verbatim": read and not (changed or added or left_out)}


def copy_lines(c: dict[str, Any]) -> list[str]:
    """The copy's changes as lines of the text report, indented under its entry."""
    v = copy_view(c)
    lines = [f"  changed: “{ch['text']}” (was “{ch['original']}”): {ch['what']}" for ch in v["changed"]]
    lines += [f"  added: “{t}”" for t in v["added"]]
    lines += [f"  left out: “{t}”" for t in v["left_out"]]
    if v["verbatim"]:
        lines.append("  no sentence added, left out or changed")
    return lines
