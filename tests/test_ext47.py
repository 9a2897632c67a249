"""Session 47 (ext47): one tree-removal helper, one state walker, closing boilerplate blocks, the article's own date."""

from __future__ import annotations

import lxml.html
import pytest

from parallax.ingest.drops import drop_all


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
