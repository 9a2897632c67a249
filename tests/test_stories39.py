"""The day of the week a lead gives its event, and the conflict when two leads give different days (stories39).

Two navy operations against smugglers in the Strait of Magellan ("on Saturday" and "on Thursday"), two players'
drink-driving arrests ("early Tuesday", "early Sunday"): the reports share names, places and words, but
their leads date the event on different weekdays.  The join model reads a day conflict, fitted on ECB+ train.
"""

from __future__ import annotations

import numpy as np

from parallax.records import Article
from parallax.stories.event_days import day_conflict, lead_days
from parallax.stories.features import Signals, signals_without_vector
from parallax.stories.model import FEATURE_RANGE, FEATURES_CROSS, FEATURES_SAME, load_model
from parallax.stories.story import Story

VELARDE = (
    "The Chilean Navy on Saturday foiled a boarding attempt in the Strait of Magellan and arrested 14 smugglers.\n"
    "The patrol ship Velarde answered a distress call from a grain carrier."
)
ALDEA = (
    "A Chilean warship on Thursday intercepted two skiffs with 19 armed smugglers in the Strait of Magellan.\n"
    "The corvette Aldea was escorting four fishing trawlers."
)


def _sig(ident: str, text: str, language: str = "en") -> Signals:
    sig = signals_without_vector(Article(id=ident, text=text, language=language))
    sig.vector = np.ones(4, dtype=np.float32) / 2.0
    return sig


def test_the_lead_gives_the_first_weekday_it_names():
    assert lead_days("The navy on Saturday arrested 23 pirates.", "en") == ("5",)
    # the event's day comes first; a later one is what followed ("will play on Sunday")
    assert lead_days("Jackson was arrested early Tuesday. He will play on Sunday.", "en") == ("1",)
    assert lead_days("No day is named here.", "en") == ()


def test_a_dateline_weekday_and_a_possessive_one_are_not_the_events():
    # "Friday, November 11, 2011" is the day of publication; "Sunday's game" is another event
    assert lead_days("Friday, November 11, 2011 The navy on Thursday foiled an attack.", "en") == ("3",)
    assert lead_days("Thursday, Apr 2, 2009 | Updated", "en") == ()
    assert lead_days("He will play in Sunday's playoff game despite his arrest on Tuesday.", "en") == ("1",)


def test_weekdays_are_read_in_every_language_with_a_date_lexicon():
    assert lead_days("Am Samstag nahm die Marine 23 Piraten fest.", "de") == ("5",)
    assert lead_days("Freitag, 11. November: Am Donnerstag griff die Marine ein.", "de") == ("3",)
    assert lead_days("La marine a arrêté 23 pirates samedi.", "fr") == ("5",)
    assert lead_days("印度海军周六抓获23名海盗", "zh") == ("5",)  # no spaces between words: no word edges
    assert lead_days("Saturday", "xx") == ()  # a language without a date lexicon: no evidence


def test_conflict_only_when_both_sides_name_days_none_of_them_near():
    assert day_conflict(("5",), {"3": 2}) == 1.0  # Saturday against Thursday
    assert day_conflict(("5",), {"5": 1, "3": 1}) == 0.0
    # a day next to the story's counts as the same (a late-night event reported on the next day's date)
    assert day_conflict(("5",), {"4": 3}) == 0.0
    assert day_conflict(("0",), {"6": 1}) == 0.0  # Monday is next to Sunday: the week wraps
    assert day_conflict((), {"3": 1}) == 0.0 and day_conflict(("3",), {}) == 0.0


def test_signals_carry_the_lead_day_and_the_story_reads_it():
    velarde, aldea = _sig("m", VELARDE), _sig("s", ALDEA)
    assert velarde.days == ("5",) and aldea.days == ("3",)
    story = Story(id="m", title="")
    story.add(velarde)
    assert story.signals(aldea, 0.9)["days"] == 1.0
    assert story.signals(_sig("m2", VELARDE.replace("Saturday", "Friday")), 0.9)["days"] == 0.0


def test_the_day_is_read_across_languages_too():
    # a weekday is a weekday in any language: the signal does not need one spelling
    story = Story(id="m", title="")
    story.add(_sig("m", VELARDE))
    german = _sig("d", "Ein chilenisches Kriegsschiff hat am Donnerstag 19 Schmuggler in der Magellanstraße gefasst.", "de")
    assert "words" not in story.signals(german, 0.9)  # no article in German: the cross-language weights decide
    assert story.signals(german, 0.9)["days"] == 1.0


def test_the_profile_keeps_days_through_absorb_storage_and_rejoin():
    one, two = Story(id="a", title=""), Story(id="b", title="")
    one.add(_sig("a", VELARDE))
    two.add(_sig("b", ALDEA))
    assert two.article_signals().days == ("3",)  # a lone report scored again keeps its day
    restored = Story.from_dict(two.to_dict(), two.vectors())
    assert restored.days == {"3": 1}
    one.absorb(two)
    assert one.days == {"5": 1, "3": 1}
    one.close()
    assert one.days == {}


def test_the_shipped_model_weighs_a_day_conflict_against_joining():
    assert "days" in FEATURES_SAME and FEATURE_RANGE["days"] == (0.0, 1.0)
    assert "days" not in FEATURES_CROSS  # the cross-language join weights were kept, not refitted
    weights = load_model().same_language
    assert weights.coef[weights.features.index("days")] < 0
