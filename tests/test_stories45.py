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


SHOOTINGS = [
    ("hou-1", "en", "Gunman kills three at Houston park", "Three people were killed and five wounded when a gunman opened fire at a "
     "crowded park in Houston on Saturday afternoon. Police said a suspect was arrested. The motive is not yet known."),
    ("mem-1", "en", "Gunman kills three at Memphis store", "Three people were killed and four wounded when a gunman opened fire outside "
     "a grocery store in Memphis on Saturday afternoon. Police said the suspect fled. The motive is not yet known."),
    ("hou-2", "en", "Houston park shooting leaves three dead", "A gunman killed three people and wounded five at a park in Houston on "
     "Saturday afternoon, police said. The suspect was arrested. The motive is not yet known."),
    ("mem-2", "en", "Memphis store shooting leaves three dead", "A gunman killed three people and wounded four outside a grocery store "
     "in Memphis on Saturday afternoon, police said. The suspect fled. The motive is not yet known."),
]


def _articles(rows) -> list[Article]:
    return [Article(id=i, language=lang, title=title, text=text, published=f"2026-03-14T1{k}:00:00Z")
            for k, (i, lang, title, text) in enumerate(rows)]


def test_a_leads_event_place_is_the_name_after_a_preposition_of_place_or_a_known_place():
    assert _sig("h", SHOOTINGS[0][3], "en", SHOOTINGS[0][2]).places == ("houston",)
    assert _sig("l", "Deux personnes sont mortes dans l'incendie d'un immeuble.", "fr", "Lyon : deux morts").places == ("lyon",)
    assert _sig("t", "Un terremoto ha colpito la Turchia orientale.", "it").places == ("turkiye",)
    assert _sig("d", "Bei Schüssen in einem Park in Houston sind drei Menschen getötet worden.", "de").places == ("schussen", "houston")
    assert _sig("n", "Three people were killed on Saturday.", "en").places == ()


def test_two_shootings_in_two_cities_on_one_day_are_two_stories():
    from parallax.stories import cluster_articles

    articles = _articles(SHOOTINGS)
    vector = np.ones(8, dtype=np.float32) / np.sqrt(8.0)  # the same lead embedding: only the place tells them apart
    result = cluster_articles(articles, vectors={a.id: vector for a in articles})
    groups = sorted(sorted(s["articles"]) for s in result.stories)
    assert groups == [["hou-1", "hou-2"], ["mem-1", "mem-2"]]


def test_a_report_naming_the_other_place_too_is_no_place_conflict():
    houston = _sig("h", SHOOTINGS[0][3], "en")
    story = Story(id="s", title="h")
    story.add(houston)
    assert story.signals(_sig("m", SHOOTINGS[1][3], "en"), 0.9)["places"] == 1.0
    dallas = _sig("d", "Police in Dallas raised security after Saturday's park shooting in Houston left three dead.", "en")
    assert dallas.places == ("dallas", "houston")
    assert story.signals(dallas, 0.9)["places"] == 0.0


def test_a_place_after_a_noun_of_place_and_one_spelt_by_its_sound_across_languages():
    assert _sig("c", "Un terremoto sacudió el sábado la isla griega de Creta.", "es").places == ("creta",)
    assert _sig("m", "Un terremoto ha colpito la provincia di Malatya.", "it").places == ("malatya",)
    english = _sig("e", "An earthquake struck the Greek island of Crete on Saturday, damaging old buildings.", "en")
    assert "crete" in english.places
    story = Story(id="s", title="e")
    story.add(english)
    german = _sig("g", "Ein Erdbeben hat am Samstag die Insel Kreta erschüttert.", "de", "Erdbeben vor Kreta")
    assert german.places == ("kreta",)
    assert story.signals(german, 0.9)["places"] == 0.0  # "Kreta" is "Crete" by its sound: no conflict
    turkish = _sig("t", "An earthquake struck the province of Malatya in eastern Turkey on Saturday.", "en")
    assert story.signals(turkish, 0.9)["places"] == 1.0


def test_a_noun_of_place_counts_only_as_written_inside_a_sentence():
    assert _sig("k", "The Kansas City Council voted on Monday to raise fares.", "en").places == ()


def test_two_russian_reports_of_fires_in_two_cities_conflict_by_place():
    moscow = _sig("m", "Пожар на складе в Москве унёс жизни двух человек, сообщили спасатели.", "ru")
    kazan = _sig("k", "Пожар на складе в Казани унёс жизни двух человек, сообщили спасатели.", "ru")
    assert moscow.places and kazan.places
    story = Story(id="s", title="m")
    story.add(moscow)
    assert story.signals(kazan, 0.9)["places"] == 1.0
    again = _sig("m2", "Спасатели сообщили о двух погибших при пожаре на складе в Москве.", "ru")
    assert story.signals(again, 0.9)["places"] == 0.0
