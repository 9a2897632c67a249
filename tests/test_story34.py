"""Two reports of one kind of event about different actors (story34).

Two players' drink-driving arrests, two warships' anti-piracy operations: the reports share the team, the city,
the sea and the police force, so names, words and meaning all say "same story".  What differs is the person or
ship at the centre, named in full once ("Vincent Jackson", "Jamal Williams").  The join model now reads an actor
signal: 1 when each side leads with an actor the other never names.
"""

from __future__ import annotations

import numpy as np

from parallax.records import Article
from parallax.stories.actors import actor_conflict, actor_tokens
from parallax.stories.features import Signals, name_occurrences, salient_names, signals_without_vector
from parallax.stories.model import FEATURES_CROSS, FEATURES_SAME, load_model
from parallax.stories.story import Story

JACKSON = (
    "San Diego Chargers receiver Vincent Jackson was arrested on suspicion of drunk driving.\n"
    "Officers said Jackson failed sobriety tests on state Route 52, said California Highway Patrol officer Ray Lopez.\n"
    "The Chargers said Jackson will play on Sunday."
)
JACKSON_AGAIN = (
    "Chargers wide receiver Vincent Jackson was arrested early Tuesday in San Diego.\n"
    "Police said Jackson was driving east on Route 52 when he was stopped.\n"
    "Jackson said he was innocent."
)
WILLIAMS = (
    "San Diego Chargers lineman Jamal Williams was arrested on suspicion of drunk driving.\n"
    "Williams was stopped on Interstate 15, the California Highway Patrol said.\n"
    "The Chargers said Williams had been released."
)


def _sig(ident: str, text: str) -> Signals:
    sig = signals_without_vector(Article(id=ident, text=text, language="en"))
    sig.vector = np.ones(4, dtype=np.float32) / 2.0
    return sig


def test_actors_are_the_later_words_of_names_most_named_first():
    article = Article(id="a", text=JACKSON, language="en")
    actors = actor_tokens(name_occurrences(article, "en"))
    assert actors[0] == "jackson"  # "Vincent Jackson", then "Jackson" twice more (an opening word is not counted)
    assert "vincent" not in actors  # the first word of a name is no actor
    assert "chargers" in actors  # "San Diego Chargers": shared places and teams rank among them too


def test_names_are_unchanged_by_the_refactoring():
    article = Article(id="a", text=JACKSON, language="en")
    names = salient_names(article, "en")
    assert names[:2] == ("jackson", "chargers")
    assert salient_names(article, "en", list(name_occurrences(article, "en"))) == names


def test_analysed_articles_take_actors_from_multiword_entities():
    from parallax.records import Entity

    ents = [
        Entity(text="Vincent Jackson", label="PERSON", start=0, end=15, canonical="Vincent Jackson"),
        Entity(text="Jackson", label="PERSON", start=20, end=27, canonical="Vincent Jackson"),
        Entity(text="San Diego", label="GPE", start=30, end=39, canonical="San Diego"),
    ]
    article = Article(id="a", text=JACKSON, language="en", entities=ents)
    assert actor_tokens(name_occurrences(article, "en")) == ("jackson",)  # a place is no actor when the kind is known


def test_conflict_when_each_side_leads_with_an_actor_the_other_never_names():
    williams, jackson = _sig("w", WILLIAMS), _sig("j", JACKSON)
    story = Story(id="s", title="w")
    story.add(williams)
    assert actor_conflict(jackson.actors, jackson.names, story.actors, story.names) == 1.0
    assert story.signals(jackson, 0.9)["actors"] == 1.0


def test_no_conflict_for_another_report_of_the_same_actor():
    story = Story(id="s", title="j")
    story.add(_sig("j", JACKSON))
    again = _sig("j2", JACKSON_AGAIN)
    assert story.signals(again, 0.9)["actors"] == 0.0


def test_no_conflict_without_actors_on_either_side():
    assert actor_conflict((), ("jackson",), {"williams": 1}, {"williams": 1}) == 0.0
    assert actor_conflict(("jackson",), ("jackson",), {}, {}) == 0.0


def test_the_signal_is_read_within_one_language_only():
    story = Story(id="s", title="w")
    story.add(_sig("w", WILLIAMS))
    jackson = _sig("j", JACKSON)
    jackson.language = "de"  # spellings of a name differ across languages: no actor signal there
    assert "actors" not in story.signals(jackson, 0.9)
    assert "actors" in FEATURES_SAME and "actors" not in FEATURES_CROSS


def test_the_profile_keeps_actors_through_absorb_storage_and_rejoin():
    a, b = Story(id="a", title="a"), Story(id="b", title="b")
    a.add(_sig("j", JACKSON))
    b.add(_sig("w", WILLIAMS))
    assert b.article_signals().actors == tuple(b.actors)
    a.absorb(b)
    assert a.actors["chargers"] == 2 and "williams" in a.actors and "jackson" in a.actors
    back = Story.from_dict(a.to_dict(), a.vectors())
    assert back.actors == a.actors
    old = a.to_dict()
    del old["profile"]["actors"]  # a state stored before the signal existed resumes with none
    assert Story.from_dict(old, a.vectors()).actors == {}
    a.close()
    assert a.actors == {}


def test_the_shipped_model_weighs_a_conflict_against_joining():
    weights = load_model().same_language
    assert "actors" in weights.features
    assert weights.coef[weights.features.index("actors")] < 0
