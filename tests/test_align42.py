"""Alignment's shared words by light stems (compare/word_keys.py), on invented sentences."""

from __future__ import annotations

import numpy as np

from parallax.compare.align import pair_features
from parallax.compare.sentence_features import SentenceInfo, content_words
from parallax.compare.word_keys import stem, word_keys


def _info(text: str, english: bool = True) -> SentenceInfo:
    words = content_words(text)
    return SentenceInfo(0, 0, text, words, set(), set(), keys=word_keys(words) if english else set())


def _words_feature(a: SentenceInfo, b: SentenceInfo) -> float:
    v = np.zeros((1, 4), dtype=np.float32)
    return float(pair_features([a], [b], v, v, 0.0)[0, 0, 1])


def test_forms_of_one_word_share_a_stem() -> None:
    assert stem("shootings") == stem("shooting") == stem("shoot")
    assert stem("charges") == stem("charged") == stem("charge")
    assert stem("hosting") == stem("hosts") == stem("host")


def test_short_words_and_latin_endings_stay() -> None:
    assert stem("press") == "press" and stem("virus") == "virus" and stem("crisis") == "crisis"
    assert stem("died") == "died" and stem("bus") == "bus"


def test_two_english_sentences_meet_on_stems() -> None:
    a, b = "Suspect arrested after the office shootings", "Police arrest suspect in office shooting"
    assert _words_feature(_info(a), _info(b)) >= 0.85
    assert _words_feature(_info(a, english=False), _info(b, english=False)) < 0.6


def test_an_english_sentence_against_another_language_keeps_its_words() -> None:
    en = _info("Jones arrives in Athens")
    de = _info("Jones kommt in Athens an", english=False)
    assert _words_feature(en, de) == _words_feature(_info("Jones arrives in Athens", english=False), de) > 0


def test_news_paraphrases_share_a_key() -> None:
    assert word_keys(content_words("No one was injured"), "No one was injured") == word_keys(content_words("Nobody was hurt"))
    assert word_keys({"none", "wounded"}) == word_keys({"nobody", "injuries"})
    assert word_keys({"inquiry"}) == word_keys({"investigating"}) == word_keys({"probe"})
    assert word_keys({"detained"}) == word_keys({"arrested"})


def test_one_is_kept_where_it_counts() -> None:
    text = "No one was hurt, but one house burned"
    assert "one" in word_keys(content_words(text), text)
    assert "one" not in word_keys(content_words("No-one was hurt"), "No-one was hurt")


def test_paraphrased_sentences_meet_on_their_words() -> None:
    a, b = "Prosecutors have opened an inquiry into the incident.", "Prosecutors are investigating the cause of the blaze."
    paraphrased = _words_feature(_info(a), _info(b))
    assert paraphrased > _words_feature(_info(a, english=False), _info(b, english=False))
