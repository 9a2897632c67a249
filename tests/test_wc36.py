"""Word choice: words that classify or give an office, and compounds' heads, are no choice (compare/descriptors.py)."""

from __future__ import annotations

from parallax.compare.descriptors import compounded
from parallax.compare.referents import naming_choices
from parallax.compare.wording import word_choices
from parallax.records import Article, Entity, Sentence


def _article(aid: str, text: str, names: list[tuple[str, str, str]] = (), language: str = "en") -> Article:
    """One article of one sentence, with its names marked (text, label, canonical) as the analysis would."""
    ents = []
    for name, label, canonical in names:
        start = text.index(name)
        ents.append(Entity(name, label, start, start + len(name), canonical))
    return Article(id=aid, text=text, language=language, sentences=[Sentence(0, len(text), text)], entities=ents, analyzed=True)


def _choices(ta: str, tb: str, na=(), nb=(), language: str = "en") -> list[tuple[str, str]]:
    a, b = _article("a", ta, list(na), language), _article("b", tb, list(nb), language)
    return naming_choices(a, a.sentences[0], b, b.sentences[0])


def test_a_compound_head_or_clipped_form_is_the_same_word() -> None:
    assert compounded("suit", "lawsuit") and compounded("erklärung", "regierungserklärung")
    assert compounded("strike", "airstrike")
    # a prefix of derivation makes another word; a short shared ending is no word
    assert not compounded("agreement", "disagreement") and not compounded("migrants", "immigrants")
    assert not compounded("protesters", "counterprotesters") and not compounded("ban", "urban")
    assert not compounded("pewny", "niepewny") and not compounded("handlung", "verhandlung")


def test_suit_and_lawsuit_are_no_choice() -> None:
    assert _choices("The suit was filed in federal court on Monday.", "The lawsuit was filed in federal court on Monday.") == []
    a = _article("a", "The suit was filed on Monday.")
    b = _article("b", "The lawsuit was filed on Monday.")
    assert word_choices(a, a.sentences[0], b, b.sentences[0]) == []


def test_a_classifying_adjective_is_no_choice_a_judging_one_is() -> None:
    assert _choices("The statement was released on Monday.", "The joint statement was released on Monday.") == []
    assert (
        _choices(
            "La plainte a été déposée lundi devant le tribunal.",
            "La plainte conjointe a été déposée lundi devant le tribunal.",
            language="fr",
        )
        == []
    )
    assert _choices("The immigrants were detained on Monday.", "The illegal immigrants were detained on Monday.") != []


def test_a_neutral_office_with_a_state_is_no_choice_a_loaded_one_is() -> None:
    kim = [("Kim Jong Un", "PERSON", "Kim Jong Un"), ("Trump", "PERSON", "Trump")]
    assert (
        _choices(
            "North Korean leader Kim Jong Un met Trump on Tuesday.",
            "Kim Jong Un met Trump on Tuesday.",
            [("North Korean", "NORP", "North Korean"), *kim],
            kim,
        )
        == []
    )
    assert _choices(
        "North Korean dictator Kim Jong Un met Trump on Tuesday.",
        "Kim Jong Un met Trump on Tuesday.",
        [("North Korean", "NORP", "North Korean"), *kim],
        kim,
    ) == [("North Korean dictator Kim Jong Un", "Kim Jong Un")]


def test_a_noun_of_kind_or_a_time_word_added_is_no_choice() -> None:
    assert _choices("The case went to federal court on Monday.", "The case went to federal district court on Monday.") == []
    assert _choices("The tour was cancelled on Monday.", "The press tour was cancelled on Monday.") == []
    assert _choices("His book was released on Monday.", "His recent book was released on Monday.") == []
    assert _choices("The tariffs were imposed on Monday.", "The sweeping tariffs were imposed on Monday.") != []


def test_a_subject_and_its_verb_against_a_phrase_is_no_choice() -> None:
    shown = _choices("Protesters attacked the police station.", "The attack on the police station was carried out by protesters.")
    assert ("Protesters attacked", "The attack") not in shown
    # a verb against a verb stays a choice
    assert _choices("He will suspend the tests.", "The halt of the tests was announced.") != []
    assert ("attacked", "stormed") in _choices("Protesters attacked the police station.", "Protesters stormed the police station.")


def test_nouns_describing_a_named_person_stay_a_choice() -> None:
    name = [("George Papadopoulos", "PERSON", "George Papadopoulos")]
    assert (
        _choices(
            "Former campaign aide George Papadopoulos pleaded guilty on Monday.",
            "Former campaign adviser George Papadopoulos pleaded guilty on Monday.",
            name,
            name,
        )
        != []
    )


def test_wordings_of_two_things_are_no_choice() -> None:
    # the diff pairs a verb with a preposition, or two unlike words, where the sentences run out of step
    assert ("that binds", "between") not in _choices(
        "He praised the friendship that binds the two nations.", "He praised the friendship between the two nations."
    )
    assert ("condemned", "denounced") in _choices("The minister condemned the attack.", "The minister denounced the attack.")
