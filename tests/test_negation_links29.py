"""One thing said by one report and the opposite by another, in sentences that need not align
(compare.negation_links): a negation or one word of an antonym pair, in en, de, fr, es; never a hedged
claim, a question, a change over time, a denial told by both, another person or another thing.
Invented sentences."""

from __future__ import annotations

import pytest

from parallax.compare.negation_links import negation_links
from tests.helpers import analysed_articles, compared_conflicts, first_sentence_conflicts

_LEAD = {
    "en": "The talks went on late into the night.",
    "de": "Die Gespräche dauerten bis spät in die Nacht.",
    "fr": "Les discussions ont duré tard dans la nuit.",
    "es": "Las conversaciones duraron hasta tarde.",
}


def _linked(a: str, b: str, lang: str) -> list[tuple[str, str]]:
    """The sentences linked between two reports, each with an unrelated sentence beside it."""
    arts = analysed_articles([f"{_LEAD[lang]}\n\n{a}", f"{b}\n\nMore details were expected later."], lang)
    return [(arts[i].sentences[si].text, arts[j].sentences[sj].text) for (i, si), (j, sj) in negation_links(arts)]


@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("en", "No ransom had been paid for the engineer, the ministry said.", "A ransom was paid for the engineer, although officials denied it."),
        ("en", "The mayor denied taking the bribe.", "The mayor admitted taking the bribe."),
        ("en", "The driver was released.", "The driver remains in custody."),
        ("en", "The council rejected the harbour plan.", "The council accepted the harbour plan."),
        ("en", "The ferry company has never been profitable.", "The ferry company has been profitable."),
        ("de", "Für den Ingenieur wurde kein Lösegeld gezahlt.", "Für den Ingenieur wurde ein Lösegeld gezahlt."),
        ("de", "Der Fahrer wurde freigelassen.", "Der Fahrer sitzt weiterhin in Haft."),
        ("de", "Der Bürgermeister hat die Vorwürfe bestritten.", "Der Bürgermeister hat die Vorwürfe eingeräumt."),
        ("fr", "Aucune rançon n'a été versée pour l'ingénieur.", "Une rançon a été versée pour l'ingénieur."),
        ("fr", "Le chauffeur a été libéré.", "Le chauffeur reste en détention."),
        ("es", "No se pagó ningún rescate por el ingeniero.", "Se pagó un rescate por el ingeniero."),
        ("es", "El alcalde negó haber aceptado el soborno.", "El alcalde admitió haber aceptado el soborno."),
        ("es", "El conductor fue puesto en libertad.", "El conductor sigue detenido."),
    ],
)  # fmt: skip
def test_one_thing_said_both_ways_links(lang, a, b):
    assert _linked(a, b, lang) == [(a, b)]


@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        # "denied taking" and "did not take" agree
        ("en", "The mayor denied taking the bribe.", "The mayor did not take the bribe."),
        # two moments of one case: held, then let go
        ("en", "The driver was detained on Monday.", "The driver was released."),
        ("en", "The driver was released on bail after questioning.", "The driver remains in custody."),
        ("en", "The airport was closed.", "The airport was reopened."),
        ("en", "The driver had previously denied the charge.", "The driver admitted the charge."),
        # two people, or two of them
        ("en", "The mayor denied taking the bribe.", "The treasurer admitted taking the bribe."),
        ("en", "A second driver was released.", "The driver remains in custody."),
        ("en", "Two drivers were released while a third remains in custody.", "The driver remains in custody."),
        # a denial told by both; an affirmation under a denial
        ("en", "The ministry denied that a ransom was paid.", "Officials denied that any ransom was paid."),
        ("en", "Officials denied that a ransom was paid.", "No ransom was paid."),
        # hedged, to come, asked, or not known
        ("en", "The driver may have been released.", "The driver remains in custody."),
        ("en", "Will the driver be released?", "The driver remains in custody."),
        ("en", "He did not say whether a ransom was paid.", "A ransom was paid."),
        ("en", "It is not clear whether the team won the final.", "The team lost the final."),
        # what was denied is not said
        ("en", "The mayor denied it.", "The mayor confirmed it."),
        # other things measured
        ("en", "Shares rose 3 percent.", "Shares fell 2 percent on Monday."),
        ("de", "Der Fahrer wird freigelassen.", "Der Fahrer sitzt in Haft."),
        ("de", "Der Fahrer soll freigelassen worden sein.", "Der Fahrer sitzt weiterhin in Haft."),
        ("fr", "Le chauffeur aurait été libéré.", "Le chauffeur reste en détention."),
        ("fr", "Le chauffeur sera libéré.", "Le chauffeur reste en détention."),
        ("es", "El conductor será puesto en libertad.", "El conductor sigue detenido."),
        ("es", "El conductor fue puesto en libertad tras declarar.", "El conductor presuntamente sigue detenido."),
    ],
)  # fmt: skip
def test_what_is_no_contradiction_links_nothing(lang, a, b):
    assert _linked(a, b, lang) == []


def test_each_article_s_only_clause_on_the_thing():
    """An article that tells both ways of one thing (a sequence, a correction) links nothing."""
    arts = analysed_articles(
        ["The driver was released, the police said.\n\nThe driver remains in custody, his lawyer said.", "The driver remains in custody."],
        "en",
    )
    assert negation_links(arts) == []


def test_reports_days_apart_may_tell_two_moments():
    from parallax.analyze import Analyzer
    from parallax.records import Article

    arts = [
        Article(id="a", text="The driver remains in custody.", language="en", published="2026-03-02"),
        Article(id="b", text="The driver was released.", language="en", published="2026-03-09"),
    ]
    Analyzer().analyze_all(arts)
    assert negation_links(arts) == []


def test_an_aligned_pair_gets_the_conflict_too():
    found = [
        v for kind, v in first_sentence_conflicts("The driver was released.", "The driver remains in custody.", "en") if kind == "negation"
    ]
    assert found == [{"a": "The driver was released", "b": "The driver remains in custody"}]


def test_two_languages_are_not_compared_word_for_word():
    arts = analysed_articles(["The driver was released."], "en") + analysed_articles(["El conductor sigue detenido."], "es")
    arts[1].id = "z"
    assert negation_links(arts) == []


def test_a_comparison_reports_the_unaligned_contradiction():
    a = "Rebels freed the kidnapped engineer on Thursday after nine weeks in captivity.\n\nNo ransom had been paid, the ministry said."
    b = "The engineer, held since January in the hills, is back with his family.\n\nA ransom was paid, although officials denied it."
    found = [v for kind, v in compared_conflicts([a, b], "en") if kind == "negation"]
    assert found == [{"a": "No ransom had been paid", "b": "A ransom was paid"}]


@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("en", "Not only was the bridge damaged in the storm.", "The bridge was damaged in the storm."),
        ("en", "No more than ten houses were damaged.", "Ten houses were damaged."),
        ("en", "No one was hurt in the blast.", "One was hurt in the blast."),
        ("en", "The driver has not yet been released.", "The driver has been released."),
        ("de", "Der Fahrer wurde noch nicht freigelassen.", "Der Fahrer wurde freigelassen."),
        ("fr", "Le pont n'a pas seulement été endommagé.", "Le pont a été endommagé."),
        ("es", "El puente no solo fue dañado.", "El puente fue dañado."),
    ],
)  # fmt: skip
def test_a_negation_that_does_not_deny_links_nothing(lang, a, b):
    assert _linked(a, b, lang) == []


@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        # who is not said: a pronoun, or a subject left out after "but"
        ("en", "The climber was well prepared but was not wearing a helmet.", "The guide said the climber was wearing a helmet."),
        ("en", "He was not wearing a helmet.", "He was wearing a helmet."),
        ("de", "Er wurde freigelassen.", "Er sitzt weiterhin in Haft."),
        ("es", "Ella fue puesta en libertad.", "Ella sigue detenida."),
    ],
)  # fmt: skip
def test_a_clause_that_does_not_say_who_links_nothing(lang, a, b):
    assert _linked(a, b, lang) == []


def test_what_was_told_is_no_claim():
    assert _linked("Police did not say much.", "Police said much.", "en") == []
