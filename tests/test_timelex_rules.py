"""The compiled rules of a lexicon: each rule joins its words with the links its own lexicon field names."""

from __future__ import annotations

import pytest

from parallax.analyze.timelex import LEXICONS


@pytest.mark.parametrize(("lang", "link"), [("es", "por la"), ("pt", "pela"), ("fr", "dans la")])
def test_part_of_day_rule_takes_the_daypart_link(lang, link):
    """"ayer por la tarde": the part-of-day rule links the day and its part with ``daypart_link``, not with the
    link of an ordinal day ("primero de mayo"), which an earlier rule of the same builder once left behind."""
    patterns = [r.pattern.pattern for r in LEXICONS[lang].rules if r.handler == "part_of_day"]
    assert patterns and all(link in p for p in patterns)
