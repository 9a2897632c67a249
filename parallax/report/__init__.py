"""Report: turn a comparison (its JSON dict) into JSON, text or HTML.

Renderers register by format name in :data:`RENDERERS`; each takes the
comparison dict (schema ``parallax.comparison/3``; one saved as /1 or /2 is read as /3 first) and returns a string.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from parallax.comparison_records import upgrade_comparison
from parallax.report import schema_refs

RENDERERS: dict[str, Callable[[dict], str]] = {}


def renderer(name: str):
    def register(fn):
        RENDERERS[name] = fn
        return fn

    return register


@renderer("json")
def render_json(comparison: dict) -> str:
    return json.dumps(comparison, ensure_ascii=False, indent=2)


def render(comparison: dict, fmt: str) -> str:
    comparison = upgrade_comparison(comparison)  # a comparison stored under schema /1 or /2 is rendered as /3
    if fmt == "html" and "html" not in RENDERERS:
        from parallax.report import html  # noqa: F401  (registers itself)
    if fmt == "text" and "text" not in RENDERERS:
        from parallax.report import text  # noqa: F401  (registers itself)
    return RENDERERS[fmt](comparison)


# Where each shipped schema lives: ``schema("stories")`` looked in report/schemas, where only the
# comparison schema is, and raised FileNotFoundError though this docstring offered it.
# ``ingest`` and ``analysis`` describe one JSONL line of ``parallax ingest`` and ``parallax analyze``.
_SCHEMA_HOMES = {
    "comparison": "parallax.report.schemas",
    "stories": "parallax.stories",
    "ingest": "parallax.report.schemas",
    "analysis": "parallax.report.schemas",
}


def schema(name: str = "comparison") -> dict:
    """The JSON Schema shipped with the package (``comparison``, ``stories``, ``ingest`` or ``analysis``), with the
    article fields the schemas share (``schemas/article.schema.json``) inlined: it needs no registry."""
    if name not in _SCHEMA_HOMES:
        raise ValueError(f"no schema named {name!r} (choose {', '.join(_SCHEMA_HOMES)})")
    return schema_refs.bundled(_SCHEMA_HOMES[name], name)


def validate(document: dict, name: str = "comparison") -> None:
    """Raise ``jsonschema.ValidationError`` if ``document`` does not follow the schema (the file as shipped, its
    references to the shared article fields resolved from the package by :func:`schema_refs.registry`)."""
    import jsonschema

    if name not in _SCHEMA_HOMES:
        raise ValueError(f"no schema named {name!r} (choose {', '.join(_SCHEMA_HOMES)})")
    raw = schema_refs.raw(_SCHEMA_HOMES[name], name)
    jsonschema.validators.validator_for(raw)(raw, registry=schema_refs.registry()).validate(document)
