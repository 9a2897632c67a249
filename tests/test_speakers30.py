"""Speakers named without a verb of saying, described speakers in Slavic languages and Greek, and one statement
given to two sources (QA sweep 30).

- Italian names the speaker after a quotation with "così" and no verb ('"...", così il sindaco Marco Bellini.'),
  as Spanish "según", German "so" and French "selon" do.
- Polish, Czech, Russian and Greek let a description speak ("powiedział trener", "řekl hráč", "заявил игрок",
  "δήλωσε ο προπονητής"): the one person the article named with that noun (or a kind of it: a striker is a player),
  whose noun may stand in another case ("przyjazd napastnika Piotra Nowaka": the striker's arrival).
- Two outlets that report one statement from two different sources ("according to police" / "according to the
  mayor's office") disagree on who said it: a speaker conflict on the shared fact.
"""

from __future__ import annotations

import pytest

import parallax
from parallax import Article
from tests.helpers import compared_conflicts


def _speakers(text: str, lang: str) -> list[str | None]:
    art = Article(id="a", outlet="O", text=text, language=lang, published="2026-11-18T09:00:00+00:00")
    (done,) = parallax.analyze([art])
    return [q.speaker for q in done.quotes if q.kind != "indirect"]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("it", '"Non ci fermeremo davanti a nulla", così il sindaco Marco Bellini.', "Marco Bellini"),
        ("it", "«Non ci fermeremo davanti a nulla», così la ministra Anna Ferri.", "Anna Ferri"),
        ("it", "«Non ci fermeremo davanti a nulla», così Anna Ferri ai cronisti.", "Anna Ferri"),
        (
            "it",
            "Il sindaco Marco Bellini ha visitato il cantiere.\n\n«Non ci fermeremo davanti a nulla», così il sindaco.",
            "Marco Bellini",
        ),
    ],
)
def test_italian_cosi_names_the_speaker(lang: str, text: str, speaker: str) -> None:
    assert _speakers(text, lang) == [speaker]


def test_italian_cosi_as_a_conjunction_names_no_one() -> None:
    # "così" opening a clause of consequence ("so that Rome can breathe") introduces nothing
    text = "Il sindaco ha promesso che il cantiere chiuderà «entro la fine dell’estate prossima», così Roma potrà respirare."
    assert "Roma" not in _speakers(text, "it")


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("pl", "Trener Jan Kowalski przyjechał do Warszawy.\n\n„Jesteśmy gotowi na ten mecz i chcemy wygrać” – powiedział trener.",
         "Jan Kowalski"),
        ("pl", "Jan Kowalski, trener Legii, przyjechał do Warszawy.\n\n„Jesteśmy gotowi na ten mecz i chcemy wygrać” – powiedział trener.",
         "Jan Kowalski"),
        ("pl", "Napastnik Piotr Nowak strzelił dwie bramki.\n\n„Jesteśmy gotowi na kolejny mecz i chcemy wygrać” – powiedział zawodnik.",
         "Piotr Nowak"),
        ("cs", "Trenér Jan Novák přijel do Prahy.\n\n„Jsme připraveni na tento zápas a chceme vyhrát,“ řekl trenér.", "Jan Novák"),
        ("cs", "Útočník Petr Svoboda dal dva góly.\n\n„Jsme připraveni na další zápas a chceme vyhrát,“ řekl hráč.", "Petr Svoboda"),
        ("ru", "Иван Петров, нападающий «Спартака», прибыл в Москву.\n\n«Мы готовы к этому матчу», — заявил игрок.", "Иван Петров"),
        ("el", "Ο προπονητής Νίκος Παπαδάκης έφτασε στην Αθήνα.\n\n«Είμαστε έτοιμοι για τον αγώνα», δήλωσε ο προπονητής.",
         "Νίκος Παπαδάκης"),
        ("el", "Ο Νίκος Παπαδάκης, προπονητής της ομάδας, έφτασε στην Αθήνα.\n\n«Είμαστε έτοιμοι για τον αγώνα», δήλωσε ο προπονητής.",
         "Νίκος Παπαδάκης"),
        # the noun in the genitive next to the name, the description in the nominative
        ("pl", "Przyjazd napastnika Piotra Nowaka opóźnił się.\n\n„Jesteśmy gotowi na ten mecz i chcemy wygrać” – powiedział zawodnik.",
         "Piotr Nowak"),
        ("ru", "Приезд нападающего Ивана Петрова задержался.\n\n«Мы готовы к этому матчу», — заявил игрок.", "Иван Петров"),
    ],
)  # fmt: skip
def test_slavic_and_greek_descriptions_speak_for_the_one_person_so_named(lang: str, text: str, speaker: str) -> None:
    assert _speakers(text, lang) == [speaker]


@pytest.mark.parametrize(
    ("lang", "text", "wrong"),
    [
        # two players named: the description stays (never a guess)
        ("pl", "Napastnik Piotr Nowak i bramkarz Adam Wiśniewski przyjechali do Warszawy.\n\n"
               "„Jesteśmy gotowi na ten mecz i chcemy wygrać” – powiedział zawodnik.", {"Piotr Nowak", "Adam Wiśniewski"}),
        ("cs", "Útočník Petr Svoboda a brankář Karel Dvořák přijeli do Prahy.\n\n"
               "„Jsme připraveni na tento zápas a chceme vyhrát,“ řekl hráč.", {"Petr Svoboda", "Karel Dvořák"}),
        # a player is no coach
        ("pl", "Napastnik Piotr Nowak strzelił dwie bramki.\n\n„Jesteśmy gotowi na kolejny mecz i chcemy wygrać” – powiedział trener.",
         {"Piotr Nowak"}),
    ],
)  # fmt: skip
def test_a_description_that_fits_none_or_several_names_no_one(lang: str, text: str, wrong: set[str]) -> None:
    assert not set(_speakers(text, lang)) & wrong


_BRIDGE = "The Elm Street bridge was closed on Tuesday after a crack was found in a main support beam"


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        (f"{_BRIDGE}, according to police.", f"{_BRIDGE}, according to the mayor's office.", {"a": "police", "b": "mayor's office"}),
        (f"{_BRIDGE}, according to fire chief Tom Reed.", f"{_BRIDGE}, according to Mayor Ann Lowe.", {"a": "Tom Reed", "b": "Ann Lowe"}),
    ],
)
def test_one_statement_from_two_sources_is_a_speaker_conflict(a: str, b: str, values: dict) -> None:
    assert ("speaker", values) in compared_conflicts([a, b], "en")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (f"{_BRIDGE}, according to police.", f"{_BRIDGE}, according to a police spokeswoman."),  # one body, one of its people
        (f"{_BRIDGE}, according to police.", f"{_BRIDGE}, police said."),  # one source, two cues
        (f"{_BRIDGE}, according to police.", f"{_BRIDGE}, according to officials."),  # officials may be the police's
        (f"{_BRIDGE}, according to a police spokesman.", f"{_BRIDGE}, according to police spokeswoman Jana Novak."),
    ],
)
def test_compatible_sources_are_no_conflict(a: str, b: str) -> None:
    assert not [k for k, _ in compared_conflicts([a, b], "en") if k == "speaker"]
