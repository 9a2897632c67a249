"""Session 48 (ext48): one JSON-LD walk for every reader of the page's own article; closing portal blocks and
recipe fact rows; furniture classes found on the extraction sets' dev pages."""

from __future__ import annotations

import json
import pathlib

import lxml.html

from parallax.ingest.embedded_body import embedded_body
from parallax.ingest.json_ld import ld_items
from parallax.ingest.own_date import own_ld_published

# ------------------------------------------------------------------ one JSON-LD walk

_BODY = " ".join(f"Sentence {i} of the council's long report on the harbour plan was read aloud." for i in range(12))


def _ld_page(*objs: object) -> lxml.html.HtmlElement:
    scripts = "".join(f'<script type="application/ld+json">{json.dumps(o)}</script>' for o in objs)
    return lxml.html.fromstring(f"<html><head>{scripts}</head><body><h1>Harbour plan</h1></body></html>")


def test_the_flat_walk_reads_top_objects_and_graph_members_only() -> None:
    tree = _ld_page(
        {"@graph": [{"@type": "WebSite"}, {"@type": "WebPage", "mainEntity": {"@type": "NewsArticle"}}]},
        [{"@type": "Person"}, "not an object"],
    )
    assert [i["@type"] for i in ld_items(tree)] == ["WebSite", "WebPage", "Person"]


def test_the_nested_walk_descends_into_main_entity_and_graph_in_page_order() -> None:
    tree = _ld_page(
        {"@graph": [{"@type": "WebSite"}, {"@type": "WebPage", "mainEntity": {"@type": "NewsArticle"}}]},
        {"@type": "Person", "mainEntityOfPage": [{"@type": "ProfilePage"}]},
    )
    kinds = [i.get("@type") for i in ld_items(tree, nested=True)]
    assert kinds == [None, "WebSite", "WebPage", "NewsArticle", "Person", "ProfilePage"]


def test_the_needle_skips_scripts_without_it_and_bad_json_is_skipped() -> None:
    tree = lxml.html.fromstring(
        '<html><head><script type="application/ld+json">{"@type": "A", "datePublished": "2025-01-02"}</script>'
        '<script type="application/ld+json">{"@type": "B"}</script>'
        '<script type="application/ld+json">{"datePublished": </script></head><body></body></html>'
    )
    assert [i["@type"] for i in ld_items(tree, needle="datePublished")] == ["A"]
    assert [i["@type"] for i in ld_items(tree)] == ["A", "B"]


def test_the_own_date_reads_an_article_held_as_a_pages_main_entity() -> None:
    tree = _ld_page(
        {"@type": "NewsArticle", "headline": "Another story", "datePublished": "2024-05-01T08:00:00Z"},
        {"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", "headline": "Harbour plan", "datePublished": "2025-03-04T09:00:00Z"}},
    )
    assert own_ld_published(tree, ["harbour plan"]).startswith("2025-03-04")


def test_the_data_body_reads_an_article_held_as_a_pages_main_entity() -> None:
    tree = _ld_page({"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", "headline": "Harbour plan", "articleBody": _BODY}})
    assert " ".join(embedded_body(tree, ["harbour plan"])) == _BODY


def test_no_ingest_module_keeps_its_own_json_ld_walk() -> None:
    root = pathlib.Path(__file__).resolve().parents[1] / "parallax" / "ingest"
    offenders = [p.name for p in root.glob("*.py") if p.name != "json_ld.py" and '"@graph"' in p.read_text(encoding="utf-8")]
    assert offenders == []
