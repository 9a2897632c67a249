"""The items of a page's JSON-LD: one reading for every reader of them (metadata, bylines, the kind of article,
the article's own date, the body held as data).

A page states its article's date, headline, author and type in ``<script type="application/ld+json">``: one object,
a list of them, or an ``@graph`` holding them.  A script that is no valid JSON, or nested past the parser's depth, is
skipped, as a browser would; what is left is a stream of objects, in page order.

The readers of the page's own article (:mod:`.own_date`, :mod:`.embedded_body`) look deeper: a ``WebPage`` holds its
article as its ``mainEntity`` (or an article points back at its page by ``mainEntityOfPage``), an ``@graph`` member
holds another ``@graph``.  ``nested=True`` walks all of these, every object in page order, the holders too.  And
``needle`` skips, unparsed, the scripts whose text lacks the key the reader wants ("datePublished", "articleBody").
"""

from __future__ import annotations

import json
from collections.abc import Iterator

_NESTED = ("@graph", "mainEntity", "mainEntityOfPage")
MAX_ITEMS = 10_000  # objects read from one script by the nested walk: a bound on a page's work, not on a real article


def ld_data(tree, needle: str | None = None) -> Iterator[object]:
    """The parsed JSON of each of ``tree``'s JSON-LD scripts (those whose text holds ``needle``, if given)."""
    for el in tree.iter("script"):
        if (el.get("type") or "").strip().lower() != "application/ld+json" or not el.text:
            continue
        if needle is not None and needle not in el.text:
            continue
        try:
            yield json.loads(el.text)
        except (ValueError, RecursionError):  # RecursionError: nested too deeply
            continue


def nested_items(data: object) -> Iterator[dict]:
    """Every object of one script's JSON-LD in page order: the top ones, those of lists and ``@graph``s, and each
    object's ``mainEntity`` and ``mainEntityOfPage``, at any depth (the holders are yielded too)."""
    stack, seen = [data], 0
    while stack and seen < MAX_ITEMS:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(reversed(node))
        elif isinstance(node, dict):
            seen += 1
            yield node
            stack.extend(reversed([node[k] for k in _NESTED if isinstance(node.get(k), dict | list)]))


def ld_items(tree, nested: bool = False, needle: str | None = None) -> Iterator[dict]:
    """Each object of ``tree``'s JSON-LD scripts, the members of an ``@graph`` in its place, in page order; with
    ``nested``, every object at any depth (:func:`nested_items`); with ``needle``, only from scripts that hold it."""
    for data in ld_data(tree, needle):
        if nested:
            yield from nested_items(data)
            continue
        items = data.get("@graph", [data]) if isinstance(data, dict) else data
        if isinstance(items, list):
            yield from (item for item in items if isinstance(item, dict))
