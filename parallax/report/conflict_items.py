"""A fact's conflicts as the HTML report sets them side by side: one row of values per disputed thing.

Pairwise conflicts of one kind were merged into one row with one value per outlet, so a fact disputed on two
counts (protesters arrested, protesters hurt) showed only the first count's figures, each outlet's second
figure dropped.  Conflicts now share a row where they are of one kind and one noun and no outlet's value in
them differs; a row also names the outlets silent on it and the sentences, not the fact's, that its figures
were read from (:mod:`parallax.compare.every_outlet`).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from parallax.report.formatting import conflict_unit, fmt_value, update_note
from parallax.report.unaligned import outside_sentences, silent_outlets


def conflict_items(conflicts: list[dict[str, Any]], label: dict[str, str], published: dict[str, str | None]) -> list[dict[str, Any]]:
    """One item per disputed thing: its kind, each outlet's value (``odd`` where most outlets agree on
    another), the notes of a likely update, the silent outlets and the figures' sentences from elsewhere."""
    rows: list[dict[str, Any]] = []
    for c in conflicts:
        shown = {label[k]: fmt_value(v, conflict_unit(c, k)) for k, v in (c.get("values") or {}).items() if k in label}
        thing = (c.get("kind"), c.get("unit"))
        row = next((r for r in rows if r["thing"] == thing and all(r["values"].get(o, v) == v for o, v in shown.items())), None)
        if row is None:
            row = {"thing": thing, "kind": c.get("kind"), "values": {}, "updates": [], "silent": [], "outside": []}
            rows.append(row)
        row["values"].update(shown)
        if (note := update_note(c, label, published)) and note not in row["updates"]:
            row["updates"].append(note)
        row["silent"] += [o for o in silent_outlets(c, label) if o not in row["silent"]]
        row["outside"] += [x for x in outside_sentences(c, label) if x not in row["outside"]]
    items = []
    for row in rows:
        counts = Counter(row["values"].values())
        top = max(counts.values(), default=0)
        values = [{"outlet": o, "value": v, "odd": top > 1 and counts[v] < top} for o, v in row["values"].items()]
        silent = [o for o in row["silent"] if o not in row["values"]]
        items.append({"kind": row["kind"], "values": values, "updates": row["updates"], "silent": silent, "outside": row["outside"]})
    return items
