"""integ38: where this session's branches met (session 38's merge)."""

from __future__ import annotations

import pytest

from parallax.analyze.quotes.uncased_names import _zh_name


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("李国华还", "李国华"),  # an adverb before the cue is no word of the speaker (qa38b)
        ("王毅同时", "王毅"),
        ("森本拓也", "森本拓也"),  # ... but 也 also ends Japanese given names (拓也, 哲也): it stays (session 25's case)
    ],
)
def test_chinese_adverb_before_the_cue_and_a_name_ending_in_one(phrase: str, name: str) -> None:
    assert _zh_name(phrase) == name
