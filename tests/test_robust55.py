"""Session 55, robustness: one shared definition of an article's fields in the shipped JSON Schemas, bad input at
every command that reads files, and hostile article text in the HTML report and the web app.

Texts, names and places here are invented."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest
import referencing
import referencing.jsonschema

# ------------------------------------------------------------------ 1. one shared definition of the article fields

SHARED = "https://parallax.invalid/schemas/parallax.article.json"
RECORDS = ("ingest", "analysis")


def _raw(name: str) -> dict:
    """A schema file as it ships, its references not followed."""
    return json.loads(resources.files("parallax.report.schemas").joinpath(f"{name}.schema.json").read_text("utf-8"))


def _refs(node: object) -> set[str]:
    if isinstance(node, dict):
        return ({node["$ref"]} if "$ref" in node else set()) | {r for v in node.values() for r in _refs(v)}
    if isinstance(node, list):
        return {r for v in node for r in _refs(v)}
    return set()


def _record(**fields: object) -> dict:
    """An ingest record (parallax.ingest/1) with every field set, ``fields`` changed."""
    record = {
        "schema": "parallax.ingest/1", "id": "a1", "outlet": "Lakeside Courier", "url": None, "title": "Ferry resumes",
        "published": "2026-05-02", "language": "en", "dateline": None, "dateline_offset": None, "dateline_date": None,
        "text": "The ferry to Pellow Island sailed again on Friday.", "boilerplate_removed": [], "kind": None,
        "agencies": [], "byline": [], "content_hash": "0" * 16,
    }
    return {**record, **fields}


def test_the_comparison_ingest_and_analysis_schemas_take_the_article_fields_from_one_shared_file() -> None:
    """ingest.schema.json and analysis.schema.json repeated, field by field, what comparison.schema.json said of an
    article (and had drifted: ``dateline_offset`` had a minimum in one, richer descriptions in the other)."""
    shared = _raw("article")
    assert shared["$id"] == SHARED
    article = shared["$defs"]["article"]
    comparison_items = _raw("comparison")["properties"]["articles"]["items"]
    assert comparison_items == {"$ref": f"{SHARED}#/$defs/article"}
    for field, node in article["properties"].items():
        assert node["$ref"] == f"#/$defs/{field}", field
    for name in RECORDS:
        props = _raw(name)["properties"]
        for field in article["properties"]:
            assert f"{SHARED}#/$defs/{field}" in _refs(props[field]), (name, field)
        assert f"{SHARED}#/$defs/content_hash" in _refs(props["content_hash"]), name


def test_the_differences_stay_expressed() -> None:
    """A report's ``kind`` is absent from a comparison's article but null in an ingest or analysis record; only the
    records carry ``content_hash``, are closed to other fields and require every field."""
    from parallax.report import schema

    comparison_article = schema("comparison")["properties"]["articles"]["items"]
    jsonschema.validate({k: v for k, v in _record(kind="opinion").items() if k not in ("schema", "content_hash")}, comparison_article)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({k: v for k, v in _record().items() if k not in ("schema", "content_hash")}, comparison_article)
    for name in RECORDS:
        record = _record(schema=f"parallax.{name}/1")
        if name == "analysis":
            record |= {"published_from": None, "source": None, "sentences": [], "entities": [], "quotes": [], "times": [],
                       "quantities": [], "title_layers": None, "analyzed_by": "test"}
        document_schema = schema(name)
        jsonschema.validate(record, document_schema)
        for bad in ({**record, "kind": "editorial"}, {**record, "colour": "red"}, {k: v for k, v in record.items() if k != "content_hash"},
                    {**record, "dateline_offset": -1}):
            with pytest.raises(jsonschema.ValidationError):
                jsonschema.validate(bad, document_schema)


def test_a_change_to_the_shared_definition_reaches_every_schema_through_a_local_registry(monkeypatch) -> None:
    """The references are resolved from the files in the package (``referencing``), never fetched: with sockets
    refused, a stricter shared ``title`` refuses a long title in a comparison's article and in both records."""
    import socket

    from parallax.report import validate

    def refuse(*_a, **_k):
        raise AssertionError("a schema reference went to the network")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    validate(_record(), "ingest")  # the package's own registry, resolved locally
    shared = _raw("article")
    shared["$defs"]["title"] = {**shared["$defs"]["title"], "maxLength": 5}
    registry = referencing.Registry().with_resource(SHARED, referencing.jsonschema.DRAFT202012.create_resource(shared))
    record = _record(title="A title longer than five")
    article = {k: v for k, v in record.items() if k not in ("schema", "content_hash", "kind")}
    comparison = {"schema": "parallax.comparison/2", "articles": [article], "facts": [], "quotes": [], "entities": [], "times": [], "summary": {}}
    for document, name in ((record, "ingest"), (comparison, "comparison")):
        raw = _raw(name)
        shipped = referencing.Registry().with_resource(SHARED, referencing.jsonschema.DRAFT202012.create_resource(_raw("article")))
        before = list(jsonschema.Draft202012Validator(raw, registry=shipped).iter_errors(document))
        after = list(jsonschema.Draft202012Validator(raw, registry=registry).iter_errors(document))
        assert not any("too long" in e.message for e in before), (name, [e.message for e in before])
        assert any("too long" in e.message for e in after), (name, [e.message for e in after])


def test_the_schema_the_package_hands_out_is_self_contained() -> None:
    """``parallax.report.schema(name)`` inlines the shared definitions, so a plain ``jsonschema.validate`` (and a
    reader walking ``properties``) needs no registry."""
    from parallax.report import schema

    for name in ("comparison", *RECORDS):
        assert not any(ref.startswith(SHARED) for ref in _refs(schema(name))), name
    assert schema("comparison")["properties"]["articles"]["items"]["properties"]["agencies"]["type"] == "array"
    assert schema("ingest")["properties"]["dateline_offset"]["minimum"] == 0

