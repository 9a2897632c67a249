"""Session 38 (align38): cross-language alignment judged against the document pair's background, leads that
disagree on the day, and the grouping of one-word quotations."""

from __future__ import annotations

import numpy as np

from parallax.compare.align import corroborated_translation_links
from parallax.compare.xl_background import XL_LOWEST, XL_MEANING, pair_floor


def _low_background() -> np.ndarray:
    """An en/ja-like meaning matrix: unrelated pairs 0.0-0.2, the true pairs 0.33-0.38."""
    m = np.full((4, 4), 0.08, dtype=np.float32)
    m[0, 1], m[2, 3], m[1, 0] = 0.38, 0.33, 0.2
    return m


def test_pair_floor_follows_a_low_background_but_never_rises_above_the_fixed_floor():
    assert pair_floor(_low_background()) == XL_LOWEST  # median 0.08 + 0.15, held at the lowest floor
    high = np.full((4, 4), 0.3, dtype=np.float32)  # an en/es-like pair: the fixed floor stands
    assert pair_floor(high) == XL_MEANING
    assert pair_floor(np.array([[0.35]])) == XL_MEANING  # one pair has no background


def test_translation_links_below_the_fixed_floor_in_a_low_background_pair():
    features = np.zeros((4, 4, 4), dtype=np.float32)
    features[:, :, 0] = _low_background()
    assert sorted(corroborated_translation_links(features)) == [(0, 1), (2, 3)]


def test_a_high_background_keeps_the_fixed_floor():
    features = np.zeros((4, 4, 4), dtype=np.float32)
    features[:, :, 0] = 0.25
    features[0, 1, 0] = 0.38  # mutual best by the margin, but under 0.40 where unrelated pairs score 0.25
    assert corroborated_translation_links(features) == []
