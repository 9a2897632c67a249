"""Lead's findings of session 45, each from reading `make demo`'s output against the demo corpus's answer key, each
tested here on new invented text."""

from __future__ import annotations

import pytest

import parallax
from parallax.records import Article
from tests.helpers import shown


def _numbers(*arts: Article) -> list[dict]:
    return [shown(c) for f in parallax.compare(list(arts)).to_dict()["facts"] for c in f["conflicts"] if c["kind"] == "number"]


@pytest.mark.parametrize(
    ("toll", "lang"),
    [
        ("The death toll from Sunday's landslide in the Orvane valley climbed to 14 on Monday, officials said.", "en"),
        ("The toll from Sunday's landslide in the Orvane valley rose to 14 as rescuers dug through the mud.", "en"),
        ("Die Opferzahl nach dem Erdrutsch im Orvanetal ist am Montag auf 14 gestiegen.", "de"),
    ],
)
def test_a_death_toll_that_rose_to_a_figure_counts_the_dead(toll, lang):
    a = Article(id="a", language=lang, published="2026-06-15T09:00:00+02:00", text=toll)
    b = Article(id="b", language="en", published="2026-06-15T09:30:00+02:00",
                text="At least 17 people were killed when a landslide buried homes in the Orvane valley on Sunday.")  # fmt: skip
    found = _numbers(a, b)
    assert any(v.get("a") == [14.0] and v.get("b") == [17.0] for v in found), found

