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
