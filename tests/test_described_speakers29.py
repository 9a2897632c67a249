"""A description that speaks is the one person the article described so (QA: "ha detto il giocatore"), and a lone
surname the parse took for a common noun is the person named in full (QA: 'Lind welcomed the vote. "…," she said.').

A definite description ("the 34-year-old", "the striker", "il giocatore", "sagte der Trainer", "dijo el jugador")
stands for the one person named earlier with that noun next to the name (a title word, an apposition), with a kind
of it ("il centrocampista" is a "giocatore") or with that age ("Rinaldi, 34,"); with none or several, or with an
indefinite description ("a striker", someone new), the description stays."""

from __future__ import annotations

import importlib

import pytest

import parallax
from parallax.records import Article

described = importlib.import_module("parallax.analyze.quotes.described")


def _last_speaker(text: str, lang: str) -> str | None:
    art = Article(id="t", text=text, language=lang, published="2026-04-12")
    parallax.analyze([art])
    assert art.quotes, text
    return art.quotes[-1].speaker


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        # English: a position before the name, an apposition after or before it, an age
        ("en", 'Midfielder Daniel Brenner scored twice on Saturday.\n\n"I feel younger than ever," the midfielder said.', "Daniel Brenner"),
        ("en", 'Daniel Brenner, 36, scored twice on Saturday.\n\n"I feel younger than ever," the 36-year-old said.', "Daniel Brenner"),
        (
            "en",
            'Daniel Brenner, 36, and Oliver Grant, 22, both scored.\n\n"I feel younger than ever," the 36-year-old said.',
            "Daniel Brenner",
        ),
        ("en", 'Daniel Brenner, the club\'s captain, scored twice.\n\n"I feel younger than ever," the captain said.', "Daniel Brenner"),
        ("en", 'The club\'s captain, Daniel Brenner, scored twice.\n\n"I feel younger than ever," the captain said.', "Daniel Brenner"),
        ("en", 'Daniel Brenner, a veteran midfielder, scored twice.\n\n"I feel younger than ever," the player said.', "Daniel Brenner"),
        # a verb between a role and the next name: "coach" is Wendel's, "striker" Halvik's
        ("en", 'Coach Laura Wendel praised striker Daniel Brenner.\n\n"I feel younger than ever," the striker added.', "Daniel Brenner"),
        # an office written in lower case before the name, which the title lexicon does not read
        ("en", 'Film director Daniel Brenner opened the festival.\n\n"Cinema is alive," the director said.', "Daniel Brenner"),
        # Italian, German, French, Spanish, Portuguese: the kind of a position, an age, a compound role
        (
            "it",
            "Il centrocampista Daniel Brenner ha segnato due gol sabato.\n\n«Mi sento più giovane che mai», ha detto il giocatore.",
            "Daniel Brenner",
        ),
        (
            "it",
            "Daniel Brenner, 36 anni, ha segnato due gol sabato.\n\n«Mi sento più giovane che mai», ha detto il 36enne.",
            "Daniel Brenner",
        ),
        (
            "de",
            "Daniel Brenner (36) erzielte am Samstag zwei Tore.\n\n„Ich fühle mich jünger denn je“, sagte der 36-Jährige.",
            "Daniel Brenner",
        ),
        ("de", "Stürmer Daniel Brenner traf am Samstag zweimal.\n\n„Ich fühle mich jünger denn je“, sagte der Spieler.", "Daniel Brenner"),
        (
            "fr",
            "L'attaquant Daniel Brenner a marqué deux buts samedi.\n\n« Je me sens plus jeune que jamais », a déclaré le joueur.",
            "Daniel Brenner",
        ),
        (
            "fr",
            "Le ministre de l'Intérieur Paul Verlaque a présenté le texte lundi.\n\n« Ce texte est équilibré », a déclaré le ministre.",
            "Paul Verlaque",
        ),
        (
            "es",
            "El delantero Daniel Brenner marcó dos goles el sábado.\n\n«Me siento más joven que nunca», dijo el jugador.",
            "Daniel Brenner",
        ),
        (
            "pt",
            "O atacante Daniel Brenner marcou dois golos no sábado.\n\n«Sinto-me mais novo do que nunca», disse o jogador.",
            "Daniel Brenner",
        ),
    ],
)
def test_a_description_is_the_one_person_so_described(lang, text, speaker):
    assert _last_speaker(text, lang) == speaker


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # two people fit: no guess
        ("en", 'Striker Daniel Brenner scored twice. Striker Oliver Grant scored once.\n\n"We were brilliant," the striker added.'),
        ("en", 'Daniel Brenner, 36, and Oliver Grant, 36, both scored.\n\n"We were brilliant," the 36-year-old said.'),
        (
            "it",
            "L'attaccante Oliver Grant e il centrocampista Daniel Brenner hanno segnato.\n\n«Siamo stati bravi», ha detto il giocatore.",
        ),
        # an office abbreviated before one name and in apposition after another: two governors
        (
            "en",
            "Gov. Daniel Brenner toured the site. Oliver Grant, the governor of the next state, joined him.\n\n"
            '"We will rebuild," the governor said.',
        ),
        # an indefinite description is someone new
        ("en", 'Midfielder Daniel Brenner scored twice.\n\n"We were brilliant," a midfielder said.'),
        # the article never gave anyone the noun: the name alone is no description
        ("en", 'Daniel Brenner scored twice. The midfielder has played 300 games.\n\n"We were brilliant," the midfielder said.'),
        ("es", "Daniel Brenner, de 36 años, marcó dos goles.\n\n«Fuimos muy buenos», dijo el delantero."),
        # a noun that is no person's
        ("en", 'The company Daniel Brenner founded in 2001 was sold.\n\n"We are sad to see it go," the company said.'),
    ],
)
def test_no_one_or_several_described_keeps_the_description(lang, text):
    speaker = _last_speaker(text, lang)
    assert speaker not in ("Daniel Brenner", "Oliver Grant")


def test_features_of_a_description():
    assert described._features("34-year-old") == (None, 34)
    assert described._features("club's captain") == ("captain", None)
    assert described._features("ministre de l'Intérieur") == ("ministre", None)
    assert described._features("de 34 años") == (None, 34)
    assert described._features("futbolista de 34 años") == ("futbolista", 34)
    assert described._features("company") == (None, None)


def test_a_kind_fits_its_general_noun_but_not_another_kind():
    assert described._fits("player", "midfielder", "en")
    assert described._fits("giocatore", "centrocampista", "it")
    assert described._fits("jugador", "centrocampista", "es")
    assert not described._fits("striker", "midfielder", "en")
    assert described._fits("trainer", "bundestrainer", "de")
    assert not described._fits("trainer", "bundestrainer", "en")


_FILLER = "The parliament approved the new climate law on Monday after a debate that lasted well into the night. " * 16


@pytest.mark.parametrize("surname", ["Price", "Case"])
def test_a_lone_surname_the_parse_calls_a_noun_is_the_person(surname):
    """The surname opens its sentence and the parse calls it a common noun; it is the subject of the verb all the
    same, so "she" after it is the woman named in full long before, not another woman named since."""
    text = (
        f"Anna {surname} welcomed the vote on Monday.\n\n{_FILLER}\n\nHealth minister Eva Holm said the law would save lives.\n\n"
        f'{surname} welcomed the vote. "It is a good day for all of us," she said.'
    )
    assert _last_speaker(text, "en") == f"Anna {surname}"


def test_a_surname_word_that_modifies_a_noun_is_no_person():
    text = "Anna Price leads the commission.\n\nPrice rises hit households. Young people voted in large numbers."
    art = Article(id="t", text=text, language="en", published="2026-04-12")
    parallax.analyze([art])
    people = [e.start for e in art.entities if e.label in ("PERSON", "PER")]
    assert people == [0]
