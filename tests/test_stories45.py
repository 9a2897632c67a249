"""Story grouping on invented batches (stories45): a place's names in the languages of one script are one place
("Mailand" / "Milan", "Anversa" / "Antwerp", "Londres" / "London", "Köln" / "Cologne").

Texts are written for this test.
"""

from __future__ import annotations

import numpy as np

from parallax.records import Article
from parallax.stories.features import Signals, name_token, salient_names, signals_without_vector, stop_words
from parallax.stories.place_names import english_place
from parallax.stories.story import Story


def _sig(ident: str, text: str, language: str, title: str = "") -> Signals:
    sig = signals_without_vector(Article(id=ident, text=text, title=title, language=language))
    sig.vector = np.ones(4, dtype=np.float32) / 2.0
    return sig


def test_a_places_name_in_another_language_is_its_english_name():
    for token, language, english in [("Mailand", "de", "Milan"), ("Anversa", "it", "Antwerp"), ("Londres", "fr", "London"),
                                      ("Köln", "de", "Cologne"), ("Colonia", "it", "Cologne"), ("Londra", "it", "London")]:
        assert name_token(token, stop_words(language), language) == name_token(english, stop_words("en"), "en"), token


def test_a_name_cldr_gives_in_one_language_is_read_in_that_language_only():
    assert english_place("island", "de") == "iceland"  # German "Island" is Iceland
    assert english_place("island", "en") == "island"  # an English report's "Island" is no place
    assert english_place("maurice", "en") == "maurice"  # a first name in English, Mauritius in French
    assert name_token("Milan", stop_words("en"), "en") == "milan"


def test_an_italian_and_an_english_report_of_one_strike_share_their_place():
    english = _sig("en", "Dockworkers in Antwerp walked out on Saturday, halting the port's container terminals in Antwerp.", "en")
    italian = _sig("it", "I portuali di Anversa hanno incrociato le braccia sabato, bloccando i terminal del porto di Anversa.", "it")
    story = Story(id="s", title="en")
    story.add(english)
    assert story.signals(italian, 0.9)["names"] == 1.0


HAMBURG = (
    "In einer Lagerhalle in Hamburg ist am Samstag ein Großbrand ausgebrochen. Die Feuerwehr war mit einem Großaufgebot "
    "im Einsatz, die Polizei sperrte die Umgebung. Zur Brandursache gibt es noch keine Erkenntnisse, die Ermittlungen laufen."
)


def test_a_raw_german_reports_common_nouns_are_no_names():
    names = salient_names(Article(id="h", text=HAMBURG, language="de"), "de")
    assert names == ("hamburg",)


def test_german_names_with_an_article_abbreviations_and_surnames_stay_names():
    text = "Die Regierung in Ankara sprach mit der AfD. Die Lage in der Türkei und im Iran bleibt angespannt, sagte Carl Jung."
    names = salient_names(Article(id="t", text=text, language="de"), "de")
    assert {"ankara", "afd", "turkiye", "iran", "carl", "jung"} <= set(names)
    assert not {"regierung", "lage"} & set(names)
    assert "regierung" in salient_names(Article(id="e", text="They met the " + "Regierung delegation.", language="en"), "en")


def test_a_german_word_used_with_an_article_is_a_common_noun_in_the_headline_too():
    text = ("Großeinsatz wegen Feuer in Lagerhalle. Die Feuerwehr Dresden kämpft gegen ein Feuer in einer Lagerhalle. "
            "Ein Beben der Stärke 5,8 vor Kreta.")
    article = Article(id="f", language="de", text=text)
    names = salient_names(article, "de")
    assert "dresden" in names and "kreta" in names  # "5,8 vor Kreta": a preposition is no adjective
    assert not {"lagerhalle", "feuer", "feuerwehr", "starke"} & set(names)
