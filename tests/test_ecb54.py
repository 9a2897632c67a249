"""Session ecb54: a number glued to a word ("76ers") is part of a name, not a figure story grouping compares; and
the ECB+ error classes helper (``benchmarks/story_errors.py``)."""

from __future__ import annotations

import numpy as np

from parallax.records import Article
from parallax.stories import cluster_articles
from parallax.stories.features import signals_without_vector


def _numbers(text: str, language: str = "en") -> frozenset[str]:
    return signals_without_vector(Article(id="a", text=text, language=language)).numbers


# ------------------------------------------------------------------ 1. a number glued to a name is no figure


def test_a_number_glued_to_a_word_is_part_of_a_name():
    nums = _numbers("The Milwaukee 47ers fired coach Ray Dunmore after 23 games; the Harbor City 49ers and 10News reported it.")
    assert nums == frozenset({"23"})


def test_units_ordinals_and_unspaced_scripts_keep_their_figures():
    assert {"81", "15", "3.5"} <= _numbers("The 81st Academy Awards. A 3.5 magnitude quake 15km away.")
    assert "18" in _numbers("死者升至18人。", "zh")
    assert "15" in _numbers("사망자가 15명으로 늘었다.", "ko")


def test_two_coach_firings_by_one_team_share_no_figure():
    """Two reports of two firings by one team years apart: the team's name ("47ers") gave both the figure "47", the number
    signal's full agreement; they share no figure of their events."""
    a = Article(
        id="a",
        text="MILWAUKEE 47ERS Fired Tom Hale, coach. Named Ray Dunmore coach.",
        language="en",
        published="2020-01-01T00:00:00+00:00",
    )
    b = Article(
        id="b",
        language="en",
        published="2020-01-01T00:00:01+00:00",
        text="The Milwaukee 47ers fired Coach Ray Dunmore Saturday after a 6-11 start to the season.",
    )
    vec = np.ones(8, dtype=np.float32) / np.sqrt(8)
    result = cluster_articles([a], vectors={"a": vec})  # the first report's story, before the second comes
    story = result.state.stories[result.state.member_story["a"]]
    sig = signals_without_vector(b)
    sig.vector = vec
    assert story.signals(sig, 1.0)["numbers"] == 0.0


# ------------------------------------------------------------------ 2. the error classes helper


def test_the_error_helper_lists_a_wrong_join_with_its_class():
    """Two reports of two players' drunk-driving arrests, told alike: they join, and the helper lists the join as
    wrong, with the actor conflict (each leads with a player the other never names) as the signal that read it right."""
    from benchmarks.story_errors import error_class, find_errors

    texts = {
        "a": "Gulls receiver Marcus Bell was detained before dawn on Tuesday on suspicion of drink-driving in Port Alder. "
        "Bell failed sobriety tests, the state highway patrol said. Bell was released on bail.",
        "b": "Gulls tackle Darnell Hayes was detained before dawn on Sunday on suspicion of drink-driving in Port Alder. "
        "Hayes failed sobriety tests, the state highway patrol said. Hayes was released on bail.",
    }
    articles = [Article(id=k, text=t, language="en", published=f"2020-01-01T00:00:0{i}+00:00") for i, (k, t) in enumerate(texts.items())]
    vec = np.ones(8, dtype=np.float32) / np.sqrt(8)
    errors, score = find_errors(articles, {"a": "bell", "b": "hayes"}, {"a": vec, "b": vec})
    assert score["precision"] == 0.5
    (error,) = errors
    assert (error.kind, error.article, error.story) == ("wrong join", "b", ["a"])
    assert error.values["actors"] == 1.0 and error.cls.startswith("actor") and error.cls.endswith("/lone")
    assert error_class("wrong join", {"actors": 0.0, "times": 0.0, "days": 0.0}, 3) == "none"
    assert error_class("missed join", {"names": 0.0}, 2) == "no shared names"
