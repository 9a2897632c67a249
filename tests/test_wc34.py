"""Word choice: a state named by its seat or its people (compare/metonyms.py), a name with a descriptor that
characterises its bearer (compare/referents.py)."""

from __future__ import annotations

from parallax.compare.metonyms import metonym_choices, state_of
from parallax.compare.referents import naming_choices, referent_choices
from parallax.compare.wording import word_choices
from parallax.records import Article, Entity, Sentence


def _article(aid: str, text: str, names: list[tuple[str, str, str]] = ()) -> Article:
    """One English article of one sentence, with its names marked (text, label, canonical) as the analysis would."""
    ents = []
    for name, label, canonical in names:
        start = text.index(name)
        ents.append(Entity(name, label, start, start + len(name), canonical))
    return Article(id=aid, text=text, language="en", sentences=[Sentence(0, len(text), text)], entities=ents, analyzed=True)


def _pair(ta: str, tb: str, na=(), nb=()) -> tuple[Article, Article]:
    return _article("a", ta, list(na)), _article("b", tb, list(nb))


def test_a_capital_for_its_state_is_a_choice() -> None:
    a, b = _pair(
        "Pyongyang will halt its nuclear tests.",
        "North Korea will halt its nuclear tests.",
        [("Pyongyang", "GPE", "Pyongyang")],
        [("North Korea", "GPE", "North Korea")],
    )
    assert metonym_choices(a, a.sentences[0], b, b.sentences[0]) == [("Pyongyang", "North Korea")]
    assert ("Pyongyang", "North Korea") in naming_choices(a, a.sentences[0], b, b.sentences[0])


def test_a_seat_of_government_and_a_people_name_their_state() -> None:
    a, b = _pair(
        "The Kremlin denied the claim.", "Russia denied the claim.", [("Kremlin", "ORG", "Kremlin")], [("Russia", "GPE", "Russia")]
    )
    assert metonym_choices(a, a.sentences[0], b, b.sentences[0]) == [("Kremlin", "Russia")]
    a, b = _pair(
        "The Russians denied the claim.", "Moscow denied the claim.", [("Russians", "NORP", "Russians")], [("Moscow", "GPE", "Moscow")]
    )
    assert metonym_choices(a, a.sentences[0], b, b.sentences[0]) == [("Russians", "Moscow")]


def test_two_spellings_of_a_state_and_a_people_as_adjective_are_no_choice() -> None:
    # "U.S." / "the United States" is one name written two ways; "Russians officials" names the officials
    a, b = _pair(
        "The U.S. imposed tariffs.",
        "The United States imposed tariffs.",
        [("U.S.", "GPE", "U.S")],
        [("United States", "GPE", "United States")],
    )
    assert metonym_choices(a, a.sentences[0], b, b.sentences[0]) == []
    a, b = _pair("Russians officials met.", "Russia met.", [("Russians", "NORP", "Russians")], [("Russia", "GPE", "Russia")])
    assert metonym_choices(a, a.sentences[0], b, b.sentences[0]) == []


def test_no_choice_where_a_sentence_names_the_state_both_ways() -> None:
    a, b = _pair(
        "North Korea said in Pyongyang it would halt tests.",
        "North Korea said it would halt tests.",
        [("North Korea", "GPE", "North Korea"), ("Pyongyang", "GPE", "Pyongyang")],
        [("North Korea", "GPE", "North Korea")],
    )
    assert metonym_choices(a, a.sentences[0], b, b.sentences[0]) == []


def test_a_person_named_washington_is_no_seat() -> None:
    a, b = _pair("Washington spoke.", "America spoke.", [("Washington", "PERSON", "Washington")], [("America", "GPE", "America")])
    assert metonym_choices(a, a.sentences[0], b, b.sentences[0]) == []
    assert state_of("the U.S.").state == state_of("America").state == "united states"
    assert state_of("Springfield") is None


def test_a_name_with_a_characterising_descriptor_is_a_choice() -> None:
    a, b = _pair(
        "North Korean dictator Kim Jong Un met Pompeo.",
        "Kim Jong Un met Pompeo.",
        [("North Korean", "NORP", "North Korean"), ("Kim Jong Un", "PERSON", "Kim Jong Un"), ("Pompeo", "PERSON", "Mike Pompeo")],
        [("Kim Jong Un", "PERSON", "Kim Jong Un"), ("Pompeo", "PERSON", "Mike Pompeo")],
    )
    assert ("North Korean dictator Kim Jong Un", "Kim Jong Un") in referent_choices(a, a.sentences[0], b, b.sentences[0], "e5")


def test_an_office_dated_or_a_thing_of_the_name_is_no_descriptor() -> None:
    # "former director": the office and when (a title and a qualifier), no characterisation
    a, b = _pair(
        "Former director Comey wrote the memos.",
        "Comey wrote the memos.",
        [("Comey", "PERSON", "James Comey")],
        [("Comey", "PERSON", "James Comey")],
    )
    assert referent_choices(a, a.sentences[0], b, b.sentences[0], "e5") == []
    # "Trump's campaign" is the campaign, not Trump described
    a, b = _pair(
        "Trump's campaign denied it.", "Trump denied it.", [("Trump", "PERSON", "Donald Trump")], [("Trump", "PERSON", "Donald Trump")]
    )
    assert referent_choices(a, a.sentences[0], b, b.sentences[0], "e5") == []


def test_word_classes_keep_a_verb_and_a_noun_and_drop_an_adverb_against_a_noun() -> None:
    from parallax.analyze.nlp import get_nlp
    from parallax.compare.word_classes import alike

    nlp = get_nlp("en")
    ta, tb = "Pompeo secretly traveled to Pyongyang.", "Pompeo made a visit to Pyongyang."
    da, db = nlp(ta), nlp(tb)
    assert alike(da, ta, "traveled", db, tb, "visit")  # one act as a verb and as a noun
    assert not alike(da, ta, "secretly", db, tb, "visit")  # a manner is no act
    assert alike(da, ta, "nowhere", db, tb, "visit")  # a wording not in its sentence: nothing to tell


def test_naming_choices_drop_a_diff_pair_of_an_adverb_and_a_noun() -> None:
    a, b = _pair("Officials said the site will close altogether next month.", "Officials said the site will close its site next month.")
    got = naming_choices(a, a.sentences[0], b, b.sentences[0])
    assert word_choices(a, a.sentences[0], b, b.sentences[0]) == [("altogether", "its site")]  # the diff pairs them
    assert all("altogether" not in x for x, _ in got)


def test_a_phrase_whose_head_is_a_name_is_that_names_not_its_modifiers() -> None:
    # "North Korean" qualifies both phrases, but one names the media, the other Kim: two referents
    a, b = _pair(
        "North Korean state media reported the move.",
        "North Korean leader Kim Jong-un reported the move.",
        [("North Korean", "NORP", "North Korean")],
        [("North Korean", "NORP", "North Korean"), ("Kim Jong-un", "PERSON", "Kim Jong-un")],
    )
    assert referent_choices(a, a.sentences[0], b, b.sentences[0], "e5") == []
    # "Trump" in "Trump confidant Roger Stone" describes Stone, who is not Trump
    a, b = _pair(
        "Mr. Trump spoke on Friday.",
        "Trump confidant Roger Stone spoke on Friday.",
        [("Trump", "PERSON", "Donald Trump")],
        [("Trump", "PERSON", "Donald Trump"), ("Roger Stone", "PERSON", "Roger Stone")],
    )
    assert referent_choices(a, a.sentences[0], b, b.sentences[0], "e5") == []


def test_one_name_spelt_two_ways_keeps_its_descriptors_paired() -> None:
    a, b = _pair(
        "North Korean leader Kim Jong Un met Pompeo.",
        "North Korean dictator Kim Jong-un met Pompeo.",
        [("North Korean", "NORP", "North Korean"), ("Kim Jong Un", "PERSON", "Kim Jong Un")],
        [("North Korean", "NORP", "North Korean"), ("Kim Jong-un", "PERSON", "Kim Jong-un")],
    )
    assert referent_choices(a, a.sentences[0], b, b.sentences[0], "e5") == [
        ("North Korean leader Kim Jong Un", "North Korean dictator Kim Jong-un")
    ]


def test_a_formal_title_in_capitals_is_an_office_not_a_description() -> None:
    a, b = _pair(
        "The letter came from House Oversight Chairman Trey Gowdy.",
        "The letter came from Gowdy.",
        [("Trey Gowdy", "PERSON", "Trey Gowdy")],
        [("Gowdy", "PERSON", "Trey Gowdy")],
    )
    assert referent_choices(a, a.sentences[0], b, b.sentences[0], "e5") == []


def test_a_dateline_is_no_seat_of_government() -> None:
    a, b = _pair(
        "WASHINGTON — The U.S. imposed tariffs.",
        "The U.S. imposed tariffs.",
        [("WASHINGTON", "GPE", "WASHINGTON"), ("U.S.", "GPE", "U.S")],
        [("U.S.", "GPE", "U.S")],
    )
    assert metonym_choices(a, a.sentences[0], b, b.sentences[0]) == []
    a, b = _pair(
        "WASHINGTON — Tariffs were imposed.", "The U.S. imposed tariffs.", [("WASHINGTON", "GPE", "WASHINGTON")], [("U.S.", "GPE", "U.S")]
    )
    assert metonym_choices(a, a.sentences[0], b, b.sentences[0]) == []
