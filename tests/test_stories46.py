"""Session stories46: one reader of German common nouns, places gating merges, multi-word place names, German
places written with an article."""

from __future__ import annotations

import importlib

import pytest

from parallax.analyze import german_nouns


def test_one_module_reads_german_common_nouns_for_entities_and_stories():
    from parallax.stories import event_places, features

    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("parallax.stories.german_nouns")
    assert features.common_noun_words is german_nouns.common_noun_words
    assert event_places.common_nouns is german_nouns.common_nouns
    sentence = "Die Lage in der Türkei bleibt angespannt."
    assert sentence.index("Türkei") in german_nouns.common_nouns(sentence, "de")  # no place table: a noun
    assert sentence.index("Türkei") not in german_nouns.common_nouns(sentence, "de", frozenset({"turkei"}))
    assert german_nouns.common_nouns(sentence, "en") == set()


def test_a_name_the_place_table_gives_in_one_language_is_a_lead_place_in_that_language_only():
    from parallax.stories.event_places import lead_places
    from parallax.stories.place_names import known_places

    assert "maurice" in known_places("fr") and "maurice" not in known_places("en") and "maurice" in known_places()
    assert "milan" in known_places("en")  # an English name is one in every language

    def token(word: str) -> str:
        return word.lower()

    assert lead_places(["Coach Maurice Reed was fired on Monday."], "en", token) == ()
    assert lead_places(["Maurice : le cyclone a fait deux morts lundi."], "fr", token) == ("maurice",)


def _signals(text: str, language: str):
    from parallax.records import Article
    from parallax.stories.features import signals_without_vector

    return signals_without_vector(Article(id=language, text=text, language=language))


@pytest.mark.parametrize(("text", "language", "names"), [
    ("Un incendio en Nueva York dejó tres muertos el lunes.", "es", {"new", "york"}),
    ("Pożar w Nowy Jork zabił trzy osoby.", "pl", {"new", "york"}),
    ("Ein Brand in Den Haag hat am Montag drei Tote gefordert.", "de", {"hague"}),
    ("Un incendie à La Haye a fait trois morts lundi.", "fr", {"hague"}),
    ("In Hongkong ist am Montag ein Hochhaus abgebrannt.", "de", {"hong", "kong"}),
])
def test_a_place_named_in_several_words_is_its_english_name(text, language, names):
    sig = _signals(text, language)
    assert names <= set(sig.names) and names <= set(sig.places), (sig.names, sig.places)


def test_english_multi_word_places_read_as_before():
    sig = _signals("A fire in New York City killed three people. The Hague sent condolences.", "en")
    assert {"new", "york", "city", "hague"} <= set(sig.names)
    assert "the" not in sig.names
    assert _signals("A fire in The Hague killed three people on Monday.", "en").places == ("hague",)


def test_a_spanish_and_an_english_report_of_one_fire_in_new_york_share_its_place():
    from parallax.stories.story import Story

    english = _signals("A fire in a Bronx apartment building in New York killed three people on Monday.", "en")
    spanish = _signals("Un incendio en un edificio del Bronx en Nueva York dejó tres muertos el lunes.", "es")
    story = Story(id="s", title="en")
    story.add(english)
    assert story.signals(spanish, 0.9)["places"] == 0.0


def test_the_place_table_keeps_its_one_word_names_and_reads_names_of_several_words():
    from parallax.stories.place_names import english_place, exonyms, phrase_at

    assert phrase_at(["nueva", "york", "dejo"], 0, "es") == (2, "new york")
    assert phrase_at(["nueva", "york"], 0, "en") is None  # a name CLDR gives in Spanish is read in Spanish only
    assert phrase_at(["den", "haag"], 0, "nl") == (2, "hague")
    assert english_place("mexiko", "de") == "mexico"  # the country, not Mexico City
    assert english_place("vatikan", "de") == "vatican"
    assert all(len(k.split()) <= 4 for k in exonyms())


def test_a_german_place_written_with_an_article_is_a_place_where_the_text_names_it_after_a_noun_of_place():
    # "die Krim" was the example here; since stories47 the Crimea is in the place table, and "der Harz" is not
    text = ("Waldbrand im Harz. Im Mittelgebirge Harz ist am Montag ein Waldbrand ausgebrochen. "
            "Die Behörden im Harz ließen zwei Dörfer räumen.")
    assert german_nouns.named_places(text.split(". "), "de") == {"harz"}
    assert "harz" not in german_nouns.common_noun_words(text.split(". "), "de")
    sig = _signals(text, "de")
    assert "harz" in sig.names and sig.places[:1] == ("harz",)
    # without the noun of place the word after its article stays a common noun, and "in Darmstadt Polizisten" is no place
    assert "harz" in german_nouns.common_noun_words(["Die Behörden im Harz ließen zwei Dörfer räumen."], "de")
    assert german_nouns.named_places(["Am Montag waren in Darmstadt Polizisten im Einsatz."], "de") == frozenset()


def test_two_german_reports_of_two_wildfires_in_two_regions_on_one_day_conflict_by_place():
    from parallax.stories.story import Story

    harz = _signals("Im Mittelgebirge Harz ist am Montag ein Waldbrand ausgebrochen. Die Feuerwehr kämpft gegen die Flammen.", "de")
    krim = _signals("Auf der Halbinsel Krim ist am Montag ein Waldbrand ausgebrochen. Die Feuerwehr kämpft gegen die Flammen.", "de")
    story = Story(id="s", title="Harz")
    story.add(harz)
    assert story.signals(krim, 0.9)["places"] == 1.0


def test_the_head_of_a_name_with_of_is_no_place_of_its_own():
    from parallax.stories.event_places import lead_places

    lead = ["Lashers strike at Port of Rotterdam", "Container terminals in Rotterdam came to a standstill on Wednesday."]
    assert lead_places(lead, "en", str.lower) == ("rotterdam",)  # "Port" was one, and met "port" in any port's story
    assert lead_places(["Pirates attacked a tanker in the Gulf of Aden."], "en", str.lower) == ("aden",)
    assert lead_places(["A fire broke out in Mexico on Monday."], "en", str.lower) == ("mexico",)


def test_two_dock_strikes_in_two_ports_conflict_by_place():
    from parallax.stories.story import Story

    antwerp = _signals("Dockworkers in Antwerp walked out on Tuesday, halting Europe's second-largest port.", "en")
    rotterdam = _signals("Lashers strike at Port of Rotterdam. Container terminals in Rotterdam came to a standstill.", "en")
    story = Story(id="s", title="Antwerp")
    story.add(antwerp)
    assert story.signals(rotterdam, 0.9)["places"] == 1.0
