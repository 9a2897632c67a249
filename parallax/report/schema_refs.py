"""The shipped JSON Schemas and the one file of article fields they share.

``comparison.schema.json`` (an article of a comparison), ``ingest.schema.json`` and ``analysis.schema.json`` (one
JSONL record) each repeated what an article's fields are, and the copies drifted (a minimum on
``dateline_offset`` in one, fuller descriptions in another).  They now refer to ``article.schema.json`` by its
``$id``.  :func:`registry` resolves those references from the package with ``referencing`` (never over the
network: it has no retriever), and :func:`bundled` hands out a schema with them inlined, so a plain
``jsonschema.validate(doc, schema())`` or a reader walking ``properties`` needs no registry.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

HOME = "parallax.report.schemas"
SHARED_FILE = "article.schema.json"
_ANNOTATIONS = frozenset({"description", "title", "$comment"})


@cache
def _text(package: str, file: str) -> str:
    return resources.files(package).joinpath(file).read_text("utf-8")


def raw(package: str, name: str) -> dict:
    """A schema file as it ships: references to the shared file left as they are."""
    return json.loads(_text(package, f"{name}.schema.json"))


def shared() -> dict:
    return json.loads(_text(HOME, SHARED_FILE))


def registry():
    """A ``referencing`` registry holding the shared file under its ``$id``; nothing else is resolvable."""
    from referencing import Registry
    from referencing.jsonschema import DRAFT202012

    document = shared()
    return Registry().with_resource(document["$id"], DRAFT202012.create_resource(document))


def _pointer(document: dict, fragment: str) -> object:
    node: object = document
    for part in fragment.removeprefix("/").split("/") if fragment else []:
        node = node[part.replace("~1", "/").replace("~0", "~")]  # type: ignore[index]
    return node


def _inline(node: object, base: dict | None, common: dict) -> object:
    """``node`` with every reference into the shared file replaced by what it names (``base``: the shared file when
    ``node`` comes from it, so its own ``#/...`` references follow too; None in the document that refers to it)."""
    if isinstance(node, list):
        return [_inline(v, base, common) for v in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    target_base, fragment = None, None
    if isinstance(ref, str) and ref.startswith(common["$id"] + "#"):
        target_base, fragment = common, ref.split("#", 1)[1]
    elif isinstance(ref, str) and ref.startswith("#") and base is not None:
        target_base, fragment = base, ref[1:]
    if target_base is None:
        return {k: _inline(v, base, common) for k, v in node.items()}
    target = _inline(_pointer(target_base, fragment), target_base, common)
    siblings = {k: _inline(v, base, common) for k, v in node.items() if k != "$ref"}
    if isinstance(target, dict) and not (set(siblings) & set(target)) - _ANNOTATIONS:
        return {**target, **siblings}  # an annotation beside the reference (a description) says more of the same
    return {"allOf": [target], **siblings}


def bundled(package: str, name: str) -> dict:
    """The schema ``name`` with the shared article fields inlined: self-contained, the same constraints."""
    return _inline(raw(package, name), None, shared())  # type: ignore[return-value]
