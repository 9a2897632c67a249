"""Word choice: noun phrases paired by a light rule where no parser reads the language (compare/light_phrases.py)."""

from __future__ import annotations

from parallax.compare.light_phrases import phrases, unarticled
from parallax.compare.metonyms import metonym_choices
from parallax.compare.referents import naming_choices
from parallax.records import Article, Entity, Sentence


def _article(aid: str, text: str, language: str, names: list[tuple[str, str]] = ()) -> Article:
    """One article of one sentence, with its names marked (text, label) as the analysis would."""
    ents = [Entity(n, label, text.index(n), text.index(n) + len(n), n) for n, label in names]
    return Article(id=aid, text=text, language=language, sentences=[Sentence(0, len(text), text)], entities=ents, analyzed=True)


def _choices(ta: str, tb: str, language: str, na=(), nb=()) -> list[tuple[str, str]]:
    a, b = _article("a", ta, language, list(na)), _article("b", tb, language, list(nb))
    return naming_choices(a, a.sentences[0], b, b.sentences[0])


def _phrases(text: str, language: str) -> list[str]:
    a = _article("a", text, language)
    return [p.text for p in phrases(a, a.sentences[0])]


def test_a_phrase_opens_with_its_article_and_ends_with_its_noun_or_agreeing_adjective() -> None:
    assert _phrases("Los manifestantes pacíficos bloquearon la carretera.", "es") == ["Los manifestantes pacíficos", "la carretera"]
    assert _phrases("Der lange Streik der Piloten legte den Flughafen lahm.", "de") == ["Der lange Streik", "der Piloten", "den Flughafen"]
    assert _phrases("De jonge activisten bezetten het gebouw.", "nl") == ["De jonge activisten", "het gebouw"]
    # an elided article is cut from its noun; a stop word that is a noun ("governo") is a noun
    assert _phrases("La riforma è stata approvata dall'esecutivo e dal governo.", "it") == ["La riforma", "dall'esecutivo", "dal governo"]
    # a name, a word standing for a noun, a language with a parser: none
    assert _phrases("Los demás visitaron la Casa Blanca.", "es") == []
    assert _phrases("Les manifestants ont bloqué la route.", "fr") == []


def test_the_one_phrase_each_sentence_does_not_share_names_one_thing_without_its_article() -> None:
    assert _choices(
        "Los manifestantes bloquearon la carretera el martes.", "El martes la carretera fue bloqueada por los activistas.", "es"
    ) == [("manifestantes", "activistas")]
    assert _choices("Der Anschlag legte am Montag den Verkehr lahm.", "Am Montag legte das Attentat den Verkehr lahm.", "de") == [
        ("Anschlag", "Attentat")
    ]
    # the articles differ as they agree with the noun: shown on neither side, and the diff's pair not repeated
    assert _choices("I manifestanti hanno bloccato la strada martedì.", "Gli attivisti hanno bloccato la strada martedì.", "it") == [
        ("manifestanti", "attivisti")
    ]
    assert _choices("Os manifestantes bloquearam a estrada.", "A estrada foi bloqueada pelos ativistas.", "pt") == [
        ("manifestantes", "ativistas")
    ]
    assert _choices("De demonstranten blokkeerden dinsdag de weg.", "Dinsdag werd de weg geblokkeerd door de activisten.", "nl") == [
        ("demonstranten", "activisten")
    ]


def test_one_head_under_other_modifiers_pairs() -> None:
    assert _choices("Los manifestantes pacíficos llegaron a la plaza.", "Los manifestantes violentos llegaron a la plaza.", "es") == [
        ("manifestantes pacíficos", "manifestantes violentos")
    ]


def test_no_pair_where_the_phrases_do_not_single_one_out() -> None:
    # two phrases each unshared: no one reading
    assert ("manifestantes", "activistas") not in _choices(
        "Los manifestantes cortaron la carretera.", "Los activistas bloquearon el puente.", "es"
    )
    # the other report writes the first report's noun too, and the first the other's: two things
    a = "Los manifestantes bloquearon la carretera. Los activistas llegaron después."
    b = "La carretera fue bloqueada por los activistas. Los manifestantes llegaron después."
    art_a, art_b = _article("a", a, "es"), _article("b", b, "es")
    sa, sb = Sentence(0, a.index(".") + 1, a[: a.index(".") + 1]), Sentence(0, b.index(".") + 1, b[: b.index(".") + 1])
    assert ("manifestantes", "activistas") not in naming_choices(art_a, sa, art_b, sb)


def _story(aid: str, text: str, persons: dict[str, str], language: str = "en") -> Article:
    """An article of sentences split at ". ", each person's name marked wherever written (text → canonical)."""
    ents = []
    for name, canonical in persons.items():
        i = 0
        while (i := text.find(name, i)) >= 0:
            ents.append(Entity(name, "PERSON", i, i + len(name), canonical))
            i += len(name)
    sents, start = [], 0
    for part in text.split(". "):
        sents.append(Sentence(start, start + len(part), part))
        start += len(part) + 2
    return Article(id=aid, text=text, language=language, sentences=sents, entities=ents, analyzed=True)


def test_an_age_its_article_ties_to_one_person_pairs_with_the_name() -> None:
    a = _story(
        "a", "John Smith, 34, was detained on Friday. Police said the 34-year-old was arrested at his home.", {"John Smith": "John Smith"}
    )
    b = _story("b", "Police said Smith was arrested at his home.", {"Smith": "John Smith"})
    assert ("the 34-year-old", "Smith") in naming_choices(a, a.sentences[1], b, b.sentences[0])
    assert ("Smith", "the 34-year-old") in naming_choices(b, b.sentences[0], a, a.sentences[1])
    de_a = _story("a", "Der Fahrer Jan Müller (34) wurde festgenommen. Der 34-Jährige sitzt in Haft.", {"Jan Müller": "Jan Müller"}, "de")
    de_b = _story("b", "Müller sitzt in Haft.", {"Müller": "Jan Müller"}, "de")
    assert ("Der 34-Jährige", "Müller") in naming_choices(de_a, de_a.sentences[1], de_b, de_b.sentences[0])


def test_an_age_of_two_persons_or_of_someone_the_sentence_names_pairs_with_nothing() -> None:
    persons = {"John Smith": "John Smith", "Mary Jones": "Mary Jones"}
    a = _story("a", "John Smith, 34, and Mary Jones, 34, were detained. Police said the 34-year-old was arrested at home.", persons)
    b = _story("b", "Police said Smith was arrested at home.", {"Smith": "John Smith"})
    assert all("34" not in x for x, _ in naming_choices(a, a.sentences[1], b, b.sentences[0]))
    a = _story("a", "John Smith, 34, was detained. John Smith told the 34-year-old to leave.", {"John Smith": "John Smith"})
    b = _story("b", "Smith told him to leave.", {"Smith": "John Smith"})
    assert all("34" not in x for x, _ in naming_choices(a, a.sentences[1], b, b.sentences[0]))


def _marked(aid: str, text: str, names: list[tuple[str, str]]) -> Article:
    """An English article of sentences split at ". ", each name (text, label) marked wherever written."""
    ents = []
    for name, label in names:
        i = 0
        while (i := text.find(name, i)) >= 0:
            ents.append(Entity(name, label, i, i + len(name), name))
            i += len(name)
    sents, start = [], 0
    for part in text.split(". "):
        sents.append(Sentence(start, start + len(part), part))
        start += len(part) + 2
    return Article(id=aid, text=text, language="en", sentences=sents, entities=ents, analyzed=True)


def test_a_bare_government_noun_its_article_ties_to_one_state_pairs_with_the_state() -> None:
    b = _marked("b", "North Korea said the test was a success.", [("North Korea", "GPE")])
    for first, names in (
        ("The North Korean regime fired a missile on Sunday.", [("North Korean", "NORP")]),
        ("The regime in Pyongyang fired a missile on Sunday.", [("Pyongyang", "GPE")]),
    ):
        a = _marked("a", first + " The regime said the test was a success.", names)
        assert ("The regime", "North Korea") in metonym_choices(a, a.sentences[1], b, b.sentences[0])
    # two states with a regime in the article: no guess
    a = _marked(
        "a",
        "The regime in Pyongyang fired a missile. Iran's regime protested. The regime said the test was a success.",
        [("Pyongyang", "GPE"), ("Iran", "GPE")],
    )
    assert metonym_choices(a, a.sentences[2], b, b.sentences[0]) == []


def test_the_diffs_pairs_are_shown_without_the_articles_that_agree_with_their_nouns() -> None:
    assert unarticled("it", "I manifestanti violenti", "Gli attivisti") == ("manifestanti violenti", "attivisti")
    assert unarticled("de", "der Streik", "den Ausstand") == ("Streik", "Ausstand")
    assert unarticled("es", "bloquearon", "cortaron") == ("bloquearon", "cortaron")
    assert unarticled("en", "a pact", "an agreement") == ("a pact", "an agreement")  # (English has a parser: its own rules)


def test_a_german_run_of_nouns_taken_for_a_name_of_no_kind_is_read_as_nouns() -> None:
    ta, tb = "Der Protest der Piloten legte den Flughafen lahm.", "Den Flughafen legte die Kundgebung der Piloten lahm."
    got = _choices(ta, tb, "de", [("Protest der Piloten", "MISC")], [("Kundgebung der Piloten", "MISC")])
    assert ("Protest", "Kundgebung") in got
    # a person's name stays a name
    person = _choices(
        "Der Pilot Max Streik legte nach.", "Der Sprecher Max Streik legte nach.", "de", [("Max Streik", "PER")], [("Max Streik", "PER")]
    )
    assert all("Streik" not in x for x, _ in person)


def test_a_preposition_after_a_noun_is_no_agreeing_adjective() -> None:
    got = _choices(
        "Os manifestantes bloquearam a ponte durante a manhã de terça-feira.",
        "Durante a manhã de terça-feira a ponte foi bloqueada pelos ativistas.",
        "pt",
    )
    assert ("manifestantes", "ativistas") in got and all("durante" not in x for x, _ in got)
