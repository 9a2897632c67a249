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
