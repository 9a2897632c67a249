"""The items of a page's JSON-LD: one reading for every reader of them (metadata, bylines, the kind of article).

A page states its article's date, headline, author and type in ``<script type="application/ld+json">``: one object,
a list of them, or an ``@graph`` holding them.  A script that is no valid JSON, or nested past the parser's depth, is
skipped, as a browser would; what is left is a stream of objects, in page order.
"""

from __future__ import annotations

import json
from collections.abc import Iterator


def ld_items(tree) -> Iterator[dict]:
    """Each object of ``tree``'s JSON-LD scripts, the members of an ``@graph`` in its place, in page order."""
    for el in tree.iter("script"):
        if (el.get("type") or "").strip().lower() != "application/ld+json" or not el.text:
            continue
        try:
            data = json.loads(el.text)
        except (ValueError, RecursionError):  # RecursionError: nested too deeply
            continue
        items = data.get("@graph", [data]) if isinstance(data, dict) else data
        if isinstance(items, list):
            yield from (item for item in items if isinstance(item, dict))
