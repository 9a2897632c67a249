"""Word choice: a state named by its capital or seat in French, German, Spanish and Italian (compare/metonym_names.py),
and a phrase both sentences share pairs with nothing else (compare/referents.py)."""

from __future__ import annotations

from parallax.compare.metonym_names import find_states
from parallax.compare.metonyms import metonym_choices
from parallax.compare.referents import Mention, _restated
from parallax.records import Article, Entity, Sentence


def _article(aid: str, text: str, lang: str, names: list[tuple[str, str]] = ()) -> Article:
    ents = [Entity(n, label, text.index(n), text.index(n) + len(n), n) for n, label in names]
    return Article(id=aid, text=text, language=lang, sentences=[Sentence(0, len(text), text)], entities=ents, analyzed=True)


def _choices(lang: str, ta: str, tb: str, na=(), nb=()) -> list[tuple[str, str]]:
    a, b = _article("a", ta, lang, list(na)), _article("b", tb, lang, list(nb))
    return metonym_choices(a, a.sentences[0], b, b.sentences[0])


def test_a_capital_for_its_state_in_four_languages() -> None:
    assert _choices("fr", "Pékin a condamné les sanctions.", "La Chine a condamné les sanctions.") == [("Pékin", "Chine")]
    assert _choices("de", "Moskau hat die Sanktionen verurteilt.", "Russland hat die Sanktionen verurteilt.") == [("Moskau", "Russland")]
    assert _choices("es", "El Kremlin condenó las sanciones.", "Rusia condenó las sanciones.") == [("Kremlin", "Rusia")]
    assert _choices("it", "Pechino ha condannato le sanzioni.", "La Cina ha condannato le sanzioni.") == [("Pechino", "Cina")]


def test_german_genitive_and_a_seat_of_power() -> None:
    assert _choices("de", "Die Antwort des Kremls kam schnell.", "Die Antwort Russlands kam schnell.") == [("Kremls", "Russlands")]
    assert _choices("fr", "L'Élysée a démenti.", "La France a démenti.") == [("Élysée", "France")]


def test_a_people_counts_only_as_a_noun() -> None:
    # French capitalises the people's noun, not the adjective; Spanish writes both in lower case, so the article decides
    assert _choices("fr", "Les Russes ont refusé.", "Moscou a refusé.") == [("Russes", "Moscou")]
    assert _choices("fr", "Les diplomates russes ont refusé.", "Moscou a refusé.") == []
    assert _choices("es", "Los soldados rusos se retiraron.", "Moscú se retiró.") == []
    assert _choices("es", "Los rusos se retiraron.", "Moscú se retiró.") == [("Los rusos", "Moscú")]


def test_no_choice_for_a_person_a_dateline_or_one_name_on_both_sides() -> None:
    assert _choices("fr", "Paris Hilton a refusé.", "La France a refusé.", [("Paris Hilton", "PER")]) == []
    assert _choices("de", "MOSKAU Russland hat verurteilt.", "Russland hat verurteilt.") == []
    assert _choices("it", "La Cina ha condannato.", "La Cina ha condannato.") == []
    # each sentence names the state both ways: neither chose
    assert _choices("es", "Pekín dijo que China no cederá.", "China dijo que Pekín no cederá.") == []


def test_longest_name_wins_and_words_inside_other_words_are_none() -> None:
    assert [x[2:] for x in find_states("es", "Corea del Norte y Seúl")] == [("north korea", "state"), ("south korea", "seat")]
    assert find_states("de", "Lateinamerika und Romantik") == []
    assert find_states("pt", "Moscou") == []


def _m(text: str, head: str, role: str = "subj", verb: str = "say", names: frozenset[str] = frozenset()) -> Mention:
    words = frozenset(w.lower() for w in text.split() if w.lower() not in {"the", "les"} and not names)
    return Mention(text, 0, len(text), head, role, verb, True, names, words, False, next(iter(names), ""))


def test_a_phrase_both_sentences_share_pairs_with_nothing_else() -> None:
    # a misparse put "les sanctions" in a subject's place: its twin in the other sentence claims it first
    ma = [_m("Pékin", "pékin", names=frozenset({"Pékin"})), _m("les sanctions", "sanction", verb="américain")]
    mb = [_m("La Chine", "chine", names=frozenset({"La Chine"})), _m("les sanctions", "sanction", verb="américain")]
    assert _restated(ma, mb) == ({1}, {1})
    # a name two phrases share says nothing of which is the other's twin: "Comey's memos" stays free for "the memos"
    ma = [_m("Comey's memos", "memo", names=frozenset({"James Comey"}))]
    mb = [_m("Mr. Comey", "comey", names=frozenset({"James Comey"})), _m("the memos", "memo", role="obj")]
    assert _restated(ma, mb) == (set(), set())


def test_a_peoples_adjective_before_its_government_names_the_state_by_its_seat() -> None:
    def en(ta: str, tb: str, na, nb) -> list[tuple[str, str]]:
        a, b = _article("a", ta, "en", na), _article("b", tb, "en", nb)
        return metonym_choices(a, a.sentences[0], b, b.sentences[0])

    gov = [("Russian", "NORP")]
    assert en("He denied colluding with the Russian government.", "He denied colluding with Russia.", gov, [("Russia", "GPE")]) == [
        ("Russian government", "Russia")
    ]
    # the government and the Kremlin are one seat: no choice; officials are people of the state, not the state
    assert en("The Russian government denied it.", "The Kremlin denied it.", gov, [("Kremlin", "ORG")]) == []
    assert en("Russian officials denied it.", "Russia denied it.", [("Russian", "NORP")], [("Russia", "GPE")]) == []


def test_a_seat_inside_a_longer_name_is_no_seat() -> None:
    """Without a person tagger in fr/de/es/it, a capitalised word beside the seat shows a longer name."""
    from parallax.compare.metonym_names import find_states

    assert find_states("de", "George Washington war der erste Präsident.") == []
    assert find_states("it", "Lo scrive il Washington Post.") == []
    assert find_states("fr", "Selon Washington, rien n'est décidé.")[0][2:] == ("united states", "seat")
    assert find_states("de", "Moskaus Truppen rückten vor.")[0][2:] == ("russia", "seat")
