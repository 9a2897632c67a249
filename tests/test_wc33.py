"""Word choice by referent: two reports' names for one actor, group or thing in one fact (compare/referents.py)."""

from __future__ import annotations

from parallax.compare.referents import Mention, _same_referent, mentions, naming_choices, referent_choices
from parallax.records import Article, Entity, Sentence


def _article(aid: str, text: str, names: list[tuple[str, str]] = ()) -> Article:
    """One English article of one sentence, with its names marked (text, canonical) as the analysis would."""
    ents = []
    for name, canonical in names:
        start = text.index(name)
        ents.append(Entity(name, "PERSON", start, start + len(name), canonical))
    return Article(id=aid, text=text, language="en", sentences=[Sentence(0, len(text), text)], entities=ents, analyzed=True)


def _choices(ta: str, tb: str, na=(), nb=()) -> list[tuple[str, str]]:
    a, b = _article("a", ta, list(na)), _article("b", tb, list(nb))
    return referent_choices(a, a.sentences[0], b, b.sentences[0], "e5")


def test_one_head_noun_under_other_modifiers_is_a_choice() -> None:
    got = _choices(
        "Border agents detained undocumented immigrants near the river.", "Border agents detained illegal immigrants near the river."
    )
    assert ("undocumented immigrants", "illegal immigrants") in got


def test_a_name_against_a_description_of_its_bearer_is_a_choice() -> None:
    # one act (the same verb), one part in it (the subject): "Trump" and "the president" are one referent
    got = _choices(
        "Trump signed the order on Friday.",
        "The president signed the order on Friday.",
        na=[("Trump", "Donald Trump")],
    )
    assert ("Trump", "The president") in got


def test_a_name_and_the_same_name_with_a_title_is_no_choice() -> None:
    got = _choices(
        "President Trump signed the order on Friday.",
        "Trump signed the order on Friday.",
        na=[("Trump", "Donald Trump")],
        nb=[("Trump", "Donald Trump")],
    )
    assert got == []
    got = _choices("Mr. Comey wrote the memos.", "Comey wrote the memos.", na=[("Comey", "James Comey")], nb=[("Comey", "James Comey")])
    assert got == []


def test_two_names_of_two_people_are_no_choice() -> None:
    got = _choices("Smith signed the order.", "Jones signed the order.", na=[("Smith", "Ann Smith")], nb=[("Jones", "Bob Jones")])
    assert got == []


def test_one_word_in_two_forms_is_no_choice() -> None:
    assert _choices("Iran faces bigger problems now.", "Iran faces big problems now.") == []


def test_pronouns_and_figures_name_nothing() -> None:
    a = _article("a", "He said 300 protesters gathered.")
    texts = [m.text for m in mentions(a, a.sentences[0])]
    assert "He" not in texts and not any("300" in t for t in texts)


def test_naming_choices_keeps_the_diff_choices_it_does_not_repeat() -> None:
    a = _article("a", "Officials condemned the rioters on Monday.")
    b = _article("b", "Officials denounced the protesters on Monday.")
    got = naming_choices(a, a.sentences[0], b, b.sentences[0], "e5")
    assert ("rioters", "protesters") in got
    assert ("condemned", "denounced") in got
    assert len([p for p in got if "rioters" in p[0]]) == 1  # the diff's "rioters" / "protesters" is said once


def test_a_language_without_a_parser_names_nothing_by_referent() -> None:
    a = Article(
        id="a", text="Die Polizei nahm Randalierer fest.", language="de", sentences=[Sentence(0, 34, "Die Polizei nahm Randalierer fest.")]
    )
    b = Article(
        id="b",
        text="Die Polizei nahm Demonstranten fest.",
        language="de",
        sentences=[Sentence(0, 36, "Die Polizei nahm Demonstranten fest.")],
    )
    assert referent_choices(a, a.sentences[0], b, b.sentences[0], "hashing") == []


def test_a_shared_determiner_is_not_shown() -> None:
    got = _choices("The firm fired the workers on Monday.", "The company fired the workers on Monday.")
    assert got == [("firm", "company")]


def test_french_reports_name_one_group_two_ways() -> None:
    a = Article(
        id="a",
        text="Les manifestants ont bloqué la route.",
        language="fr",
        sentences=[Sentence(0, 37, "Les manifestants ont bloqué la route.")],
    )
    b = Article(
        id="b", text="Les casseurs ont bloqué la route.", language="fr", sentences=[Sentence(0, 33, "Les casseurs ont bloqué la route.")]
    )
    assert ("manifestants", "casseurs") in naming_choices(a, a.sentences[0], b, b.sentences[0], "e5")


def test_a_named_thing_against_its_head_noun_alone_is_one_thing() -> None:
    got = _choices(
        "Congress released Comey's classified memos on Thursday.",
        "Congress released the memos on Thursday.",
        na=[("Comey", "James Comey")],
    )
    assert ("Comey's classified memos", "the memos") in got
    # a head noun with modifiers of its own is another thing of the kind, not the named one
    named = Mention("Russian officials", 0, 17, "official", "", "", False, frozenset({"Russian"}), frozenset({"officials"}), False)
    other = Mention("top officials", 0, 13, "official", "", "", False, frozenset(), frozenset({"top", "officials"}), False)
    bare = other._replace(text="the officials", words=frozenset({"officials"}))
    assert _same_referent(named, other) == "" and _same_referent(named, bare) == "head"
