"""Word choice: one act as a verb and as a noun (compare/acts.py), descriptions tied to a name, noise."""

from __future__ import annotations

from parallax.compare.acts import _derived
from parallax.compare.referents import naming_choices
from parallax.records import Article, Entity, Sentence


def _article(aid: str, text: str, names: list[tuple[str, str]] = (), language: str = "en") -> Article:
    """One article of one sentence, with its names marked (text, label) as the analysis would."""
    ents = []
    for name, label in names:
        start = text.index(name)
        ents.append(Entity(name, label, start, start + len(name), name))
    return Article(id=aid, text=text, language=language, sentences=[Sentence(0, len(text), text)], entities=ents, analyzed=True)


def _choices(ta: str, tb: str, na=(), nb=(), language: str = "en") -> list[tuple[str, str]]:
    a, b = _article("a", ta, list(na), language), _article("b", tb, list(nb), language)
    return naming_choices(a, a.sentences[0], b, b.sentences[0])


def test_a_verb_pairs_with_a_noun_naming_the_same_act() -> None:
    assert ("stopped", "The halt") in _choices(
        "The company stopped production at the plant on Friday.", "The halt of production at the plant came on Friday."
    )
    assert ("attacked", "The assault") in _choices(
        "Rebels attacked the convoy near the border on Tuesday.", "The assault on the convoy near the border took place on Tuesday."
    )
    # the light verb that carries the noun is shown with it, and the diff's "sued" / "filed" is not repeated
    names = [("Apple", "ORG"), ("Samsung", "ORG")]
    got = _choices(
        "Apple sued Samsung over the patents on Monday.", "Apple filed a lawsuit against Samsung over the patents on Monday.", names, names
    )
    assert got == [("sued", "filed a lawsuit")]


def test_a_verb_and_its_own_noun_are_no_choice() -> None:
    assert _derived("suspend", "suspension") and _derived("suspendre", "suspension") and _derived("decide", "decision")
    assert not _derived("suspend", "halt") and not _derived("attack", "assault")
    assert _choices("Officers arrested the suspect after the robbery.", "The arrest of the suspect followed the robbery.") == []
    assert (
        _choices(
            "Le gouvernement a suspendu les négociations avec les syndicats.",
            "La suspension des négociations avec les syndicats a été annoncée par le gouvernement.",
            language="fr",
        )
        == []
    )


def _last_sentence(ta: str, tb: str, na, nb) -> list[tuple[str, str]]:
    """The choices between the last sentence of ``ta`` (the article before it naming who is who) and ``tb``."""
    a, b = _article("a", ta, na), _article("b", tb, nb)
    last = ta.rindex(". ") + 2
    return naming_choices(a, Sentence(last, len(ta), ta[last:]), b, b.sentences[0])


def test_a_description_its_article_ties_to_a_name_pairs_with_the_name() -> None:
    smith = [("Smith", "PERSON")]
    # an apposition ties "the prosecutor" to Smith; a noun right before the name (opening a sentence) does too
    got = _last_sentence(
        "Smith, the prosecutor, spoke first. The prosecutor rejected the offer on Monday.",
        "Smith rejected the offer on Monday.",
        smith,
        smith,
    )
    assert got == [("The prosecutor", "Smith")]
    got = _last_sentence(
        "Prosecutor Smith spoke first. The prosecutor rejected the offer on Monday.", "Smith rejected the offer on Monday.", smith, smith
    )
    assert got == [("The prosecutor", "Smith")]


def test_an_untied_description_or_a_pronoun_is_no_choice() -> None:
    smith = [("Smith", "PERSON")]
    names = [("Smith", "PERSON"), ("Jones", "PERSON")]
    assert (
        _last_sentence(
            "Smith and Jones spoke. The prosecutor rejected the offer on Monday.", "Smith rejected the offer on Monday.", names, smith
        )
        == []
    )
    # two names the article gives the noun: no guess
    two = "Prosecutor Smith met prosecutor Jones. The prosecutor rejected the offer on Monday."
    assert _last_sentence(two, "Smith rejected the offer on Monday.", names, smith) == []
    assert _last_sentence("Smith spoke. He rejected the offer on Monday.", "Smith rejected the offer on Monday.", smith, smith) == []


def test_two_nouns_each_report_writes_name_two_things() -> None:
    from parallax.compare.referents import referent_choices

    a = _article("a", "The government cut jobs at the factory. The gates stay open.")
    b = _article("b", "The government cut gates at the factory. The jobs stay.")
    sa, sb = Sentence(0, 39, a.text[:39]), Sentence(0, 40, b.text[:40])
    assert referent_choices(a, sa, b, sb) == []
    # a report that does not write the other's noun chose its word for the same thing
    a = _article("a", "Police dispersed the protesters near the palace.")
    b = _article("b", "Police dispersed the rioters near the palace.")
    assert referent_choices(a, a.sentences[0], b, b.sentences[0]) == [("protesters", "rioters")]


def test_a_diff_of_two_words_both_reports_write_is_no_choice() -> None:
    a = _article("a", "The government cut jobs at the factory. The gates stay open.")
    b = _article("b", "The government cut gates at the factory. The jobs stay.")
    assert naming_choices(a, Sentence(0, 39, a.text[:39]), b, Sentence(0, 40, b.text[:40])) == []
    a = _article("a", "The government cut jobs at the factory.")
    b = _article("b", "The government cut gates at the factory.")
    assert naming_choices(a, a.sentences[0], b, b.sentences[0]) == [("jobs", "gates")]
