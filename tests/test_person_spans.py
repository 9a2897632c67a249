"""Person spans: a lone surname the model leaves untagged ("Okafor said ...") is the person the article named in full; a headline verb is no part of a name."""

from __future__ import annotations

import parallax
from parallax.records import Article


def _analyse(text: str, lang: str = "en") -> Article:
    art = Article(id="t", text=text, language=lang, published="2026-05-01")
    parallax.analyze([art])
    return art


def test_sentence_opening_surname_resolves_to_the_full_name():
    text = (
        "Council member Jane Okafor opened the hearing on Tuesday.\n\n"
        "Okafor said the budget would be cut by a third.\n\n"
        '"We cannot keep paying for empty buildings," Okafor said.'
    )
    art = _analyse(text)
    lone = [e for e in art.entities if e.text == "Okafor"]
    assert len(lone) == 2, [(e.text, e.label) for e in art.entities]
    assert all(e.label == "PERSON" and e.canonical == "Jane Okafor" for e in lone)
    direct = [q for q in art.quotes if q.kind == "direct"]
    assert direct and direct[0].speaker == "Jane Okafor"


def test_surname_inside_another_name_or_common_word_is_left_alone():
    """'Ben Okafor' is someone else, 'Okafor Street' a place, 'Young people' no Mr. Young."""
    text = (
        "Jane Okafor and Thomas Young met voters on Friday.\n\n"
        "Ben Okafor, her cousin, stayed away. The rally was held on Okafor Street.\n\n"
        "Young people cheered loudly."
    )
    art = _analyse(text)
    spans = {(e.text, e.start) for e in art.entities if e.label in ("PERSON", "PER")}
    assert ("Okafor", text.index("Okafor,")) not in spans, spans
    assert ("Okafor", text.index("Okafor Street")) not in spans, spans
    assert ("Young", text.index("Young people")) not in spans, spans


def test_model_less_language_keeps_a_sentence_opening_surname():
    """Without an entity model a capitalised word opening a sentence is skipped as a common word,
    unless it is the surname of a person the article named in full."""
    text = "La ministra Lucia Ferrandelli ha visitato il cantiere. Ferrandelli ha detto che i lavori finiranno in estate."
    art = _analyse(text, "it")
    lone = [e for e in art.entities if e.text == "Ferrandelli"]
    assert lone and lone[0].label == "PER" and lone[0].canonical == "Lucia Ferrandelli", [(e.text, e.label) for e in art.entities]


def test_german_common_noun_is_no_surname():
    text = "Der Koch Anton Koch kam am Montag. Der Koch sagte, die Küche bleibe offen. Koch lachte."
    art = _analyse(text, "de")
    nouns = [e for e in art.entities if e.text == "Koch" and text[max(0, e.start - 4) : e.start] == "Der "]
    assert not nouns, [(e.text, e.label, e.start) for e in art.entities]


def test_headline_verb_is_no_part_of_a_name():
    """A title-case headline's verb the model takes into the name ("Kowalski Tells") would become the full
    name of every later "Kowalski"."""
    text = "Kowalski Tells Voters To Wait\n\nMayor Agnes Kowalski visited the harbour on Monday. Kowalski met the workers."
    art = _analyse(text)
    names = {e.text for e in art.entities if e.label in ("PERSON", "PER")}
    canon = {e.canonical for e in art.entities if e.label in ("PERSON", "PER")}
    assert not any(n.endswith(" Tells") for n in names | canon), (names, canon)
