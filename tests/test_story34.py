"""Two reports of one kind of event about different actors (story34).

Two players' drink-driving arrests, two warships' anti-piracy operations: the reports share the team, the city,
the sea and the police force, so names, words and meaning all say "same story".  What differs is the person or
ship at the centre, named in full once ("Darnell Okafor", "Marcus Bellweather").  The join model now reads an actor
signal: 1 when each side leads with an actor the other never names.
"""

from __future__ import annotations

import numpy as np

from parallax.records import Article
from parallax.stories.actors import actor_conflict, actor_tokens
from parallax.stories.features import Signals, name_occurrences, salient_names, signals_without_vector
from parallax.stories.model import FEATURES_CROSS, FEATURES_SAME, load_model
from parallax.stories.story import Story

OKAFOR = (
    "Port Ellis Ravens receiver Darnell Okafor was arrested on suspicion of drunk driving.\n"
    "Officers said Okafor failed sobriety tests on state Route 9, said Coastal Highway Patrol officer Tom Brandt.\n"
    "The Ravens said Okafor will play on Thursday."
)
OKAFOR_AGAIN = (
    "Ravens wide receiver Darnell Okafor was arrested early Saturday in Port Ellis.\n"
    "Police said Okafor was driving east on Route 9 when he was stopped.\n"
    "Okafor said he was innocent."
)
BELLWEATHER = (
    "Port Ellis Ravens lineman Marcus Bellweather was arrested on suspicion of drunk driving.\n"
    "Bellweather was stopped on Interstate 84, the Coastal Highway Patrol said.\n"
    "The Ravens said Bellweather had been released."
)


def _sig(ident: str, text: str) -> Signals:
    sig = signals_without_vector(Article(id=ident, text=text, language="en"))
    sig.vector = np.ones(4, dtype=np.float32) / 2.0
    return sig


def test_actors_are_the_later_words_of_names_most_named_first():
    article = Article(id="a", text=OKAFOR, language="en")
    actors = actor_tokens(name_occurrences(article, "en"))
    assert actors[0] == "okafor"  # "Darnell Okafor", then "Okafor" twice more (an opening word is not counted)
    assert "darnell" not in actors  # the first word of a name is no actor
    assert "ravens" in actors  # "Port Ellis Ravens": shared places and teams rank among them too


def test_names_are_unchanged_by_the_refactoring():
    article = Article(id="a", text=OKAFOR, language="en")
    names = salient_names(article, "en")
    assert names[:2] == ("okafor", "ravens")
    assert salient_names(article, "en", list(name_occurrences(article, "en"))) == names


def test_analysed_articles_take_actors_from_multiword_entities():
    from parallax.records import Entity

    ents = [
        Entity(text="Darnell Okafor", label="PERSON", start=0, end=14, canonical="Darnell Okafor"),
        Entity(text="Okafor", label="PERSON", start=20, end=26, canonical="Darnell Okafor"),
        Entity(text="Port Ellis", label="GPE", start=30, end=40, canonical="Port Ellis"),
    ]
    article = Article(id="a", text=OKAFOR, language="en", entities=ents)
    assert actor_tokens(name_occurrences(article, "en")) == ("okafor",)  # a place is no actor when the kind is known


def test_conflict_when_each_side_leads_with_an_actor_the_other_never_names():
    bellweather, okafor = _sig("w", BELLWEATHER), _sig("j", OKAFOR)
    story = Story(id="s", title="w")
    story.add(bellweather)
    assert actor_conflict(okafor.actors, okafor.names, story.actors, story.names) == 1.0
    assert story.signals(okafor, 0.9)["actors"] == 1.0


def test_no_conflict_for_another_report_of_the_same_actor():
    story = Story(id="s", title="j")
    story.add(_sig("j", OKAFOR))
    again = _sig("j2", OKAFOR_AGAIN)
    assert story.signals(again, 0.9)["actors"] == 0.0


def test_no_conflict_without_actors_on_either_side():
    assert actor_conflict((), ("okafor",), {"bellweather": 1}, {"bellweather": 1}) == 0.0
    assert actor_conflict(("okafor",), ("okafor",), {}, {}) == 0.0


def test_the_signal_is_read_within_one_language_only():
    story = Story(id="s", title="w")
    story.add(_sig("w", BELLWEATHER))
    okafor = _sig("j", OKAFOR)
    okafor.language = "de"  # spellings of a name differ across languages: no actor signal there
    assert "actors" not in story.signals(okafor, 0.9)
    assert "actors" in FEATURES_SAME and "actors" not in FEATURES_CROSS


def test_the_profile_keeps_actors_through_absorb_storage_and_rejoin():
    a, b = Story(id="a", title="a"), Story(id="b", title="b")
    a.add(_sig("j", OKAFOR))
    b.add(_sig("w", BELLWEATHER))
    assert b.article_signals().actors == tuple(b.actors)
    a.absorb(b)
    assert a.actors["ravens"] == 2 and "bellweather" in a.actors and "okafor" in a.actors
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
