"""A printed date line's month and time zone are no names, and the lead's place is no actor (ecb57).

A raw report's capitalised words are its names, and the last word of a name of two words is an actor
(:mod:`parallax.stories.actors`).  "Sat Oct 4, 2031 7:15pm CST" gave the names "oct" and "cst" and the actor "oct";
"fell from Varnholt Spur" gave "spur", a place the lead names as the event's, as the report's leading actor.
"""

from __future__ import annotations

import re

from parallax.records import Article
from parallax.stories.actors import actor_tokens
from parallax.stories.date_words import is_date_word
from parallax.stories.features import name_occurrences, signals_without_vector

DATED = (
    "Ferrymen at Quellport strike over pay\n"
    "Sat Oct 4, 2031 7:15pm CST\n"
    "Ferry crews walked out on Saturday, union leader Maren Asholt said.\n"
    "The strike would last until 12 Nov at the latest, said Asholt."
)
CLIMB = (
    "Climber Teodor Brannik, 41, is feared dead after disappearing off Varnholt Spur, on Mount Ossery, on Tuesday.\n"
    "Rescue teams searched the Varnholt Spur until dark."
)


def _words(sentence: str) -> dict[str, re.Match[str]]:
    return {m.group(): m for m in re.finditer(r"\w+", sentence)}


def test_a_month_abbreviation_beside_a_day_is_a_date_word():
    sentence = "Sat Oct 4, 2031 7:15pm CST"
    words = _words(sentence)
    assert is_date_word(sentence, words["Oct"], "en")
    assert is_date_word(sentence, words["CST"], "en")  # a zone after a clock time
    assert not is_date_word(sentence, words["Sat"], "en")
    later = "The strike would last until 12 Nov at the latest, said Asholt."
    assert is_date_word(later, _words(later)["Nov"], "en")  # the day before the month


def test_a_three_letter_name_without_a_day_stays_a_name():
    sentence = "The Oct Group and the CST union met in Quellport."
    words = _words(sentence)
    assert not is_date_word(sentence, words["Oct"], "en")
    assert not is_date_word(sentence, words["CST"], "en")  # no clock time before it


def test_a_date_line_gives_no_name_and_no_actor():
    article = Article(id="d", text=DATED, language="en")
    tokens = [t for t, _ in name_occurrences(article, "en")]
    assert "oct" not in tokens and "cst" not in tokens and "nov" not in tokens
    assert "asholt" in tokens and "quellport" in tokens
    sig = signals_without_vector(article)
    assert "oct" not in sig.actors and "oct" not in sig.names
    assert sig.actors[0] == "asholt"


def test_the_place_the_lead_names_is_no_actor():
    sig = signals_without_vector(Article(id="c", text=CLIMB, language="en"))
    assert "spur" in sig.places  # where it happened
    assert "spur" not in sig.actors  # not who it happened to
    assert sig.actors[0] == "brannik"


def test_places_given_are_left_out_of_the_actors_only():
    occurrences = [("teodor", 0), ("brannik", 1), ("varnholt", 0), ("spur", 1), ("spur", 0)]
    assert actor_tokens(occurrences) == ("spur", "brannik")
    assert actor_tokens(occurrences, ("varnholt", "spur")) == ("brannik",)
