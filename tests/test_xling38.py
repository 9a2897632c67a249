"""A cross-language pair's cosine read against its own background, the article's nearest rival story (xling38).

The join weights were fitted on English pairs; e5 scores a Korean report and the English report of the same election
0.81, below two English reports of two different elections, so the Korean report never joined.  Its nearest rival in
the stream (an open story with no Korean article) tells what a Korean article's "unrelated" looks like.
"""

from __future__ import annotations

import numpy as np

from parallax.stories.cluster import Clusterer, Settings
from parallax.stories.dedup import minhash
from parallax.stories.features import Signals
from parallax.stories.model import load_model
from parallax.stories.rivals import RIVAL_COS, lift, nearest_rival, rivals
from parallax.stories.story_signals import _rescale


def _vectors(gram: list[list[float]]) -> list[np.ndarray]:
    """Unit vectors with the given pairwise cosines."""
    low = np.linalg.cholesky(np.array(gram))
    return [row.astype(np.float32) for row in low]


def _sig(ident: str, second: int, language: str, vector: np.ndarray, times: set[str], numbers: set[str]) -> Signals:
    return Signals(
        id=ident,
        ts=1_700_000_000.0 + second,
        language=language,
        vector=vector,
        names=(),
        words=frozenset(),
        times=frozenset(times),
        numbers=frozenset(numbers),
        title=ident,
        outlet=None,
        published=None,
    )


def _settings() -> Settings:
    model = load_model()
    return Settings(model, model.threshold, model.window_days, model.candidates, 0.99, "e5", merge_threshold=None)


# the English report (en) and the Korean one (ko) of one count share its day and two decimals; a Turkish report of
# another election (rival) shares neither; cosines as e5 gave them: ko-en 0.81, ko-tr 0.76, en-tr 0.80
RIVAL, EN, KO = _vectors([[1.0, 0.80, 0.76], [0.80, 1.0, 0.81], [0.76, 0.81, 1.0]])
DAY, FIGURES = {"2026-06-03"}, {"49.4", "41.2"}


def _stream(with_rival: bool, shared: bool = True) -> list[list[str]]:
    clusterer = Clusterer(_settings())
    items = [_sig("rival", 0, "tr", RIVAL, {"2026-03-31"}, {"48.2"})] if with_rival else []
    day, figures = (DAY, FIGURES) if shared else (set(), set())
    items += [_sig("en", 1, "en", EN, DAY, FIGURES), _sig("ko", 2, "ko", KO, day, figures)]
    for sig in items:
        clusterer.process(sig, minhash(sig.id))
    return sorted(s.articles for s in clusterer.state.stories.values())


def test_a_korean_report_joins_its_english_story_when_its_rival_scores_lower_still():
    """Before: ko stayed alone (cosine 0.81, rescaled 0.24: p 0.04 with day and figures agreeing)."""
    assert _stream(with_rival=True) == [["en", "ko"], ["rival"]]


def test_without_a_rival_in_the_stream_the_usual_rival_stands_in():
    """stories48: without a rival the pair was read on the English scale alone and stayed apart; the usual rival of
    another script (rivals.PRIOR_RIVAL) stands in, and a pair sharing no name or figure is still never lifted."""
    assert _stream(with_rival=False) == [["en", "ko"]]
    assert _stream(with_rival=False, shared=False) == [["en"], ["ko"]]


def test_the_nearest_rival_is_another_story_with_no_article_in_the_language():
    sig = _sig("ko", 0, "ko", KO, set(), set())
    ids = ["candidate", "korean", "turkish"]
    cosines = np.array([0.81, 0.9, 0.76])
    langs = [{"en": 1}, {"ko": 1, "en": 2}, {"tr": 1}]  # the Korean one is read by the same-language weights
    top = rivals(sig, ids, cosines, langs)
    assert top == [(0.81, "candidate"), (0.76, "turkish")]
    assert nearest_rival("candidate", top) == 0.76
    assert nearest_rival("candidate", rivals(sig, ids[:2], cosines[:2], langs[:2])) is None


def test_the_lift_raises_both_cosines_by_the_rivals_gap_and_never_lowers_them():
    values = {"cos_centroid": _rescale(0.81), "cos_max": _rescale(0.83), "names": 0.0, "times": 1.0, "numbers": 1.0}
    lifted = lift(values, 0.81, 0.83, 0.76)
    gap = RIVAL_COS - 0.76
    assert abs(lifted["cos_centroid"] - _rescale(0.81 + gap)) < 1e-9
    assert abs(lifted["cos_max"] - _rescale(min(1.0, 0.83 + gap))) < 1e-9
    assert lifted["times"] == 1.0 and values["cos_centroid"] == _rescale(0.81)
    assert lift(values, 0.81, 0.83, 0.9) == values and lift(values, 0.81, 0.83, None) == values


def test_no_lift_for_a_candidate_no_nearer_than_the_rival_or_sharing_neither_name_nor_figure():
    """A Spanish report of one wildfire met another wildfire's story, same day, nothing else shared: 0.01 -> 0.81."""
    values = {"cos_centroid": _rescale(0.85), "cos_max": _rescale(0.85), "names": 0.0, "times": 1.0, "numbers": 0.0}
    assert lift(values, 0.85, 0.85, 0.78) == values
    shared = {**values, "numbers": 1.0}
    assert lift(shared, 0.85, 0.85, 0.78) != shared
    assert lift(shared, 0.77, 0.85, 0.78) == shared  # the candidate below its rival
