"""Session 56 (issue 7): scripts/stories_crossed_features.py measures two join signals on ECB+ train and dev, the
actor conflict crossed with another signal and a position-weighted cosine of a report's names; its pieces are
checked here on invented values and names."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from stories_crossed_features import CrossedWeights, crossed, weighted_cosine, weighted_names  # noqa: E402


def test_a_crossed_signal_is_the_product_of_its_two_signals() -> None:
    values = {"actors": 1.0, "cos_max": 0.6, "words": 0.2}
    assert crossed(values, ("actors*cos_max", "actors*words")) == {**values, "actors*cos_max": 0.6, "actors*words": 0.2}
    assert crossed({"actors": 0.0, "cos_max": 0.9}, ("actors*cos_max",))["actors*cos_max"] == 0.0


def test_a_cross_with_a_signal_the_pair_lacks_is_left_out() -> None:
    # across languages there is no actor signal: nor is there its cross
    assert "actors*cos_max" not in crossed({"cos_max": 0.7}, ("actors*cos_max",))


def test_crossed_weights_read_the_product_the_clusterer_never_gives() -> None:
    w = CrossedWeights(("actors", "actors*cos_max"), (-2.0, 1.0), 0.0)
    low = w.probability({"actors": 1.0, "cos_max": 0.2})
    high = w.probability({"actors": 1.0, "cos_max": 0.9})
    assert low < high < 0.5  # a conflict weighs less between leads that read alike
    assert w.probability({"actors": 0.0, "cos_max": 0.9}) == pytest.approx(0.5)


def test_names_named_early_weigh_more_than_names_named_late() -> None:
    occurrences = [("varga", 1), ("harbour", 0), ("varga", 0), ("lindqvist", 1)]
    weights = weighted_names(occurrences, decay=1.0)
    assert weights["varga"] == pytest.approx(1.0 + 1.0 / 3.0)
    assert weights["harbour"] > weights["lindqvist"]
    assert weighted_names(occurrences, decay=1.0, tails_only=True).keys() == {"varga", "lindqvist"}


def test_the_weighted_cosine_of_two_reports_naming_no_one_alike_is_zero() -> None:
    assert weighted_cosine({"varga": 2.0}, {"lindqvist": 1.0}) == 0.0
    assert weighted_cosine({"varga": 2.0, "harbour": 1.0}, {"varga": 4.0, "harbour": 2.0}) == pytest.approx(1.0)
    assert weighted_cosine({}, {"varga": 1.0}) == 0.0
