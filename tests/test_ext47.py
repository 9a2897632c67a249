"""Session 47 (ext47): one tree-removal helper, one state walker, closing boilerplate blocks, the article's own date."""

from __future__ import annotations

import lxml.html
import pytest

from parallax.ingest.drops import drop_all
from parallax.ingest.state_scripts import state_nodes


# ------------------------------------------------------------------ drop_all


def test_drop_all_removes_each_attached_element_and_keeps_tails() -> None:
    tree = lxml.html.fromstring("<div><p>keep<span class='x'>gone</span> tail</p><aside><b>in aside</b></aside>after</div>")
    doomed = [*tree.iter("aside", "b"), next(tree.iter("span"))]
    assert drop_all(doomed) == 3
    assert tree.text_content() == "keep tailafter"


def test_drop_all_tolerates_nested_and_repeated_elements() -> None:
    tree = lxml.html.fromstring("<div><section><p>one</p><p>two</p></section><p>three</p></div>")
    section = next(tree.iter("section"))
    inner = list(section.iter("p"))
    assert drop_all([section, *inner, section]) == 4
    assert tree.text_content() == "three"


def test_no_ingest_module_keeps_its_own_removal_loop() -> None:
    import pathlib
    import re

    root = pathlib.Path(__file__).resolve().parents[1] / "parallax" / "ingest"
    loop = re.compile(r"for (\w+) in [^\n]+:\n\s+if \1\.getparent\(\) is not None:\n\s+\1\.drop_tree\(\)")
    offenders = [p.name for p in root.glob("*.py") if loop.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


# ---------------------------------------------------------------- state walker


def test_state_nodes_visits_every_node_in_stack_order() -> None:
    data = {"a": [1, {"b": "x"}], "c": "y"}
    nodes = list(state_nodes(data))
    assert nodes[0] is data
    assert nodes[1:] == ["y", [1, {"b": "x"}], {"b": "x"}, "x", 1]


def test_state_nodes_containers_only_and_limit() -> None:
    data = {"a": [1, {"b": "x"}], "c": "y"}
    assert list(state_nodes(data, leaves=False)) == [data, [1, {"b": "x"}], {"b": "x"}]
    assert len(list(state_nodes(data, limit=2))) == 2


def test_state_time_and_state_body_read_through_the_walker() -> None:
    from parallax.ingest import embedded_body, state_time

    assert "state_nodes" in vars(state_time) and "state_nodes" in vars(embedded_body)
    page = (
        "<html><head><title>Bridge closes for repairs</title></head><body><h1>Bridge closes for repairs</h1>"
        '<script type="application/json">{"props": {"related": [{"title": "Park opens", "publishedAt": '
        '"2025-03-02T10:00:00Z"}], "story": {"title": "Bridge closes for repairs", "publishedAt": '
        '"2026-11-08T22:10:00+01:00"}}}</script></body></html>'
    )
    tree = lxml.html.fromstring(page)
    assert state_time.state_published(tree, ["bridge closes for repairs"]) == "2026-11-08T22:10:00+01:00"
