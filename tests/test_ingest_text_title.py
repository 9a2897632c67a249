"""A plain-text file's first line is its headline only when it is no finished sentence, in any script."""

from __future__ import annotations

import pytest

from parallax.ingest.text import article_from_text


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Dozens dead after earthquake\n\nA strong earthquake struck on Tuesday.", "Dozens dead after earthquake"),
        ("深圳地铁隧道进水 约200名乘客被困\n\n周二晚，深圳福田区一段地铁隧道进水。", "深圳地铁隧道进水 约200名乘客被困"),
        # a first sentence in Chinese or Japanese ends on its own full stop: body, not headline
        ("周二晚，深圳福田区一段地铁隧道进水。\n\n约200名乘客被困三个小时。", None),
        ("日本銀行は政策金利を据え置いた。\n\n植田総裁は会見した。", None),
        ("A strong earthquake struck on Tuesday.\n\nRescuers searched the rubble.", None),
    ],
)
def test_the_first_line_is_a_headline_only_when_it_is_no_sentence(raw, title):
    art = article_from_text(raw, "a", "a.txt")
    assert art.title == title
    if title is None:
        assert art.text.startswith(raw.split("\n")[0])
