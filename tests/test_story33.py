"""A one-article story is scored again, as an article, when a story near it grows (story33).

A greedy stream places an article once, on arrival: when the first report of an event comes
before the event's story is recognisable, it starts a story of its own and no later report
scores against it.  The clusterer now re-scores such one-article stories with the join model
against the story that just grew.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from parallax.stories.cluster import Clusterer, Settings
from parallax.stories.dedup import minhash
from parallax.stories.features import Signals
from parallax.stories.model import FEATURES_CROSS, FEATURES_SAME, StoryModel, Weights, load_model
from parallax.stories.story import Story

DIM = 8


def _vector(*parts: float) -> np.ndarray:
    v = np.zeros(DIM, dtype=np.float32)
    v[: len(parts)] = parts
    return v / np.linalg.norm(v)


def _sig(ident: str, second: int, names: tuple[str, ...], vector: np.ndarray, words: tuple[str, ...] = ()) -> Signals:
    return Signals(
        id=ident,
        ts=1_600_000_000.0 + second,
        language="en",
        vector=vector,
        names=names,
        words=frozenset(words),
        times=frozenset({"2019"}),
        numbers=frozenset({"23"}),
        title=ident,
        outlet="Daily",
        published=None,
    )


def _settings(rejoin: bool) -> Settings:
    """A model that joins on shared names alone (p >= 0.5 when half the names are shared), no story merging."""
    same = Weights(FEATURES_SAME, tuple(10.0 if f == "names" else 0.0 for f in FEATURES_SAME), -5.0)
    cross = Weights(FEATURES_CROSS, tuple(10.0 if f == "names" else 0.0 for f in FEATURES_CROSS), -5.0)
    model = StoryModel(same_language=same, cross_language=cross, threshold=0.5, window_days=10.0, candidates=10, rejoin=rejoin)
    return Settings(
        model=model, threshold=0.6, window_days=10.0, candidates=10, duplicate_threshold=0.99, embedder="e5", merge_threshold=None
    )


def _stream(rejoin: bool) -> dict[str, list[str]]:
    """The first report names only the place; the next two name the person, the third both:
    on arrival the third is nearer the second (its vector), so the first report is left alone."""
    clusterer = Clusterer(_settings(rejoin))
    items = [
        _sig("first", 0, ("perth", "mount"), _vector(1, 0, 0)),
        _sig("second", 1, ("vinar", "mark"), _vector(0, 1, 0)),
        _sig("third", 2, ("vinar", "mark", "perth", "mount"), _vector(0, 1, 0.2)),
    ]
    for sig in items:
        clusterer.process(sig, minhash(sig.id))
    return {s.id: s.articles for s in clusterer.state.stories.values()}


def test_a_lone_first_report_joins_the_story_that_grew_near_it():
    stories = _stream(rejoin=True)
    assert list(stories.values()) == [["first", "second", "third"]]


def test_without_the_rejoin_step_the_first_report_stays_alone():
    stories = _stream(rejoin=False)
    assert sorted(map(tuple, stories.values())) == [("first",), ("second", "third")]


def test_a_lone_report_that_the_join_model_does_not_place_stays_alone():
    clusterer = Clusterer(_settings(rejoin=True))
    for sig in (
        _sig("other", 0, ("oscar", "host"), _vector(1, 0, 0)),
        _sig("second", 1, ("vinar", "mark"), _vector(0, 1, 0)),
        _sig("third", 2, ("vinar", "mark", "perth"), _vector(0, 1, 0.2)),
    ):
        clusterer.process(sig, minhash(sig.id))
    assert sorted(tuple(s.articles) for s in clusterer.state.stories.values()) == [("other",), ("second", "third")]


def test_article_signals_rebuild_the_article_of_a_one_article_story():
    sig = _sig("a", 0, ("vinar", "cook"), _vector(1, 2, 3), words=("climber", "ridge"))
    story = Story(id="s", title="a")
    story.add(sig)
    again = story.article_signals()
    assert set(again.names) == set(sig.names) and again.words == sig.words
    assert again.times == sig.times and again.numbers == sig.numbers and again.ts == sig.ts
    assert np.array_equal(again.vector, sig.vector) and again.language == "en" and again.outlet == "Daily"
    # scored against another story, it gives the signals the article gave on arrival
    other = Story(id="o", title="o")
    other.add(_sig("b", 1, ("vinar",), _vector(1, 2, 2.5), words=("climber",)))
    cos = float(other.centroid @ sig.vector)
    assert other.signals(again, cos) == other.signals(sig, cos)


def test_the_shipped_model_rejoins_and_round_trips():
    model = load_model()
    assert model.rejoin
    assert StoryModel.from_dict(model.to_dict()) == model
    assert not StoryModel.from_dict({k: v for k, v in model.to_dict().items() if k != "rejoin"}).rejoin
    assert replace(model, rejoin=False).to_dict().get("rejoin") is None


def test_the_dev_error_listing_names_split_and_mixed_stories():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "scripts" / "stories_dev_errors.py"
    spec = importlib.util.spec_from_file_location("stories_dev_errors", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    gold = {"a": "x", "b": "x", "c": "x", "d": "y", "e": "y"}
    predicted = {"a": "1", "b": "1", "c": "2", "d": "2", "e": "3"}
    split, mixed = module.errors(predicted, gold)
    assert split == {"x": [2, 1], "y": [1, 1]}
    assert mixed == [[("x", 1), ("y", 1)]]
