"""The JSON state a front-end framework leaves in the page, as Python data: where a body held as data is found.

:mod:`parallax.ingest.embedded_body` looks for the article in a page's state when the markup is thin.  Three forms
are read, each without running any JavaScript:

* a JSON script, ``<script type="application/json">`` (Next.js's ``__NEXT_DATA__`` and most others): parsed as it is;
* Nuxt 3's ``<script type="application/json" id="__NUXT_DATA__">``: a flat array in the ``devalue`` form, where an
  object's values and a list's items are indices into the array (``[{"title": 1, "body": 2}, "Headline", [3, 4],
  "First paragraph", ...]``); the indices are resolved (:func:`revive`), so the body is a list of paragraphs again;
* Arc XP's ``Fusion.globalContent = {...};`` in a script: the right side is read only where it is valid JSON, from the
  brace to a ``;`` or the end of the line (:meth:`json.JSONDecoder.raw_decode`), never evaluated.

Session 38.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

_ASSIGNED = re.compile(r"\bFusion\.globalContent\s?=\s?(?=\{)")  # Arc XP: the page's story, assigned as an object literal
_AFTER_VALUE = re.compile(r"\s*(?:;|$|\n)")
_WRAPPERS = {"Reactive", "ShallowReactive", "Ref", "ShallowRef", "EmptyRef", "EmptyShallowRef", "NuxtError"}
MAX_NODES = 200_000  # a state of this size is a site's whole catalogue: enough of it for an article


def assigned_state(script: str) -> list:
    """The JSON objects a script assigns to ``Fusion.globalContent``, those that parse as JSON."""
    found = []
    decoder = json.JSONDecoder()
    for m in _ASSIGNED.finditer(script):
        try:
            value, end = decoder.raw_decode(script, m.end())
        except (ValueError, RecursionError):
            continue
        if _AFTER_VALUE.match(script, end):  # the statement ends there: the right side was this JSON value whole
            found.append(value)
    return found


def revive(payload: list):
    """A Nuxt 3 ``devalue`` payload as nested data: each index replaced by the item it points to (a shared item is
    shared, a cycle cut, a reactive wrapper such as ``["ShallowReactive", 1]`` taken off)."""
    budget = [MAX_NODES]
    done: dict[int, object] = {}

    def at(index, stack: frozenset):
        if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < len(payload) or index in stack:
            return None
        if index in done:
            return done[index]
        budget[0] -= 1
        if budget[0] < 0:
            return None
        item, inner = payload[index], stack | {index}
        if isinstance(item, list):
            if len(item) == 2 and item[0] in _WRAPPERS:
                value = at(item[1], inner)
            elif item and isinstance(item[0], str):
                value = None  # a Date, Set, Map, RegExp ...: no prose
            else:
                value = [at(i, inner) for i in item]
        elif isinstance(item, dict):
            value = {k: at(v, inner) for k, v in item.items()}
        else:
            value = item
        done[index] = value
        return value

    return at(0, frozenset()) if payload else None


def state_nodes(data, *, leaves: bool = True, limit: int | None = None) -> Iterator:
    """Every node of a state's data, depth first from the last value of each object or list (the order of a stack):
    objects, lists and, with ``leaves``, their strings and numbers too; at most ``limit`` nodes when given.  The one
    walk of a state for the readers of its body (:mod:`.embedded_body`) and of its time (:mod:`.state_time`)."""
    stack, seen = [data], 0
    while stack and (limit is None or seen < limit):
        node = stack.pop()
        seen += 1
        yield node
        if isinstance(node, dict | list):
            values = node.values() if isinstance(node, dict) else node
            stack.extend(v for v in values if leaves or isinstance(v, dict | list))


def state_blobs(tree) -> Iterator[tuple[str, object]]:
    """Each state script's text and its data: JSON scripts (a Nuxt payload revived) and Arc's assigned state."""
    for el in tree.iter("script"):
        text = el.text or ""
        kind = (el.get("type") or "").strip().lower()
        if kind == "application/json" and text:
            try:
                data = json.loads(text)
            except (ValueError, RecursionError):
                continue
            if el.get("id") == "__NUXT_DATA__" and isinstance(data, list):
                try:
                    data = revive(data)
                except RecursionError:  # nested past Python's stack: no article is
                    continue
            yield text, data
        elif kind in ("", "text/javascript", "application/javascript") and "Fusion.globalContent" in text:
            for data in assigned_state(text):
                yield text, data
