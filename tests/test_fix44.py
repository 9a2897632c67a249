"""fix44: English house spellings are English only; a CJK month-day told as a past event is the last one."""

from __future__ import annotations

from parallax.compare.house_spellings import phrases_spelt_two_ways, spelt_two_ways
from parallax.compare.quote_fidelity import relation
from parallax.compare.split_quotes import graded_against_counterparts
from parallax.compare.wording import word_choices
from tests.helpers import analysed_articles


def test_english_rules_read_no_french_word() -> None:
    assert not spelt_two_ways("montre", "monter", "fr")  # "shows" / "to climb": two French words
    assert not spelt_two_ways("rencontre", "rencontrer", "fr-FR")
    assert not phrases_spelt_two_ways("il montre", "il monter", "fr")
    # English, and a text whose language is not known, keep the rules
    assert spelt_two_ways("colour", "color", "en") and spelt_two_ways("colour", "color", "en-GB") and spelt_two_ways("colour", "color")
    assert phrases_spelt_two_ways("the colour red", "the color red", "en")


def test_a_french_quotation_with_a_word_changed_is_altered() -> None:
    a, b = "Ce rapport montre bien toute la gravité de la crise", "Ce rapport monter bien toute la gravité de la crise"
    assert relation(a, b, language="fr") == "altered"
    assert relation("The colour of the water changed overnight", "The color of the water changed overnight", language="en") == "punctuation"
    variants = [("a", "direct", (a, a), [a]), ("b", "direct", (b, b), [b])]
    assert graded_against_counterparts(0, variants, {"a": "fr", "b": "fr"}) == ["verbatim", "altered"]


def test_a_french_word_changed_is_a_choice_of_words() -> None:
    a, b = analysed_articles(
        ["Selon la préfecture, le bilan montre une hausse nette des dégâts.", "Selon la préfecture, le bilan monter une hausse nette des dégâts."],
        "fr",
    )
    assert ("montre", "monter") in word_choices(a, a.sentences[0], b, b.sentences[0])
