"""Session 57's review: a figure after "would", "could" or "may" is reported speech or a possibility, not a forecast of
a measure, so it stays one fact with the same figure stated ("said it would cut 480 jobs" / "is cutting 480 jobs")."""

import pytest

import parallax
from tests.helpers import outlet_articles


def _fact_groups(texts: list[str]) -> list[list[str]]:
    facts = parallax.compare(outlet_articles(texts, "en")).to_dict()["facts"]
    return sorted(sorted(f"{x['article']}{x['sentence']}" for x in f["sentences"]) for f in facts)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Norvik Steel said on Tuesday it would cut 480 jobs at its Harlow plant.",
            "Norvik Steel is cutting 480 jobs at its Harlow plant, the company said on Tuesday.",
        ),
        (
            "The central bank of Valdora said on Tuesday it would raise its key rate to 5.5%.",
            "The central bank of Valdora raised its key rate to 5.5% on Tuesday.",
        ),
    ],
)
def test_an_announced_figure_in_reported_speech_is_the_stated_one(a: str, b: str) -> None:
    assert _fact_groups([a, b]) == [["a0", "b0"]]
