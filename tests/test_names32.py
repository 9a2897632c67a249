"""Roles and offices kept before speakers' names, in several languages (helper names32).

Found and fixed:

- German wrote a town's adjective before the role: "sagte der Lyoner Bürgermeister Grégory Doucet" gave the speaker
  "Lyoner Bürgermeister Grégory Doucet".  A capitalised word in "-er" before a title or compound role now goes with
  the role (``titles.PLACE_ADJECTIVE``, ``titles.role_opening``, used by ``entities.py`` and ``person_names.py``).
- French "a déclaré le secrétaire d'État aux Transports Jean Dupont mercredi à Paris" kept the role, the portfolio
  and the time and place: the model read "Transports Jean Dupont" as one place.  A run that opens with the
  portfolio of a title ("aux", "au", "al", "ai", "ao" now count as "de") and goes on with a known given name is the
  person from the given name (``entities._portfolio_before``); "secrétaire d'État" is a title, and what the
  role is in charge of is no speaker even when a circumstance follows ("la secrétaire d'État aux Transports lors
  d'une visite" gave "Transports", ``lexical_cues.py``, ``name_after_role._ROLE_OF``).
- Ukrainian "міністр енергетики України Герман Галущенко": "Герман" is no given name of the lexicon, so the
  country in the genitive stayed in the name.  Three capitalised words after a lower-case word, the last shaped
  as an East Slavic surname ("-енко", "-ук", "-ський", "-ов" ...) and the middle no patronymic, are a place, a given
  name and a surname (``entities._shaped_given_name``).
- Portuguese "segunda feira" without its hyphen was read as "segunda" alone: it is Monday with its "feira"
  (``timelex/pt.py``).  "na segunda (26)" was already Monday the 26th, "segunda volta" and "segunda vez" no day.
- Italian "ha detto il ministro dei Trasporti Matteo Salvini" already gave "Matteo Salvini" (checked here).
"""

from __future__ import annotations

import pytest

from parallax.analyze.entities import _shaped_given_name
from parallax.analyze.titles import role_opening
from tests.helpers import analyzed, resolved


def _speakers(text: str, lang: str, published: str = "2026-12-01") -> list[str | None]:
    return [q.speaker for q in analyzed(text, lang, published).quotes]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("«Wir bauen die Straßenbahn aus», sagte der Lyoner Bürgermeister Grégory Doucet am Mittwoch.", "de", "Grégory Doucet"),
        ("«Die Stadt braucht Wohnungen», sagte der Münchner Oberbürgermeister Dieter Reiter.", "de", "Dieter Reiter"),
        (
            "« Les trains seront à l'heure », a déclaré le secrétaire d'État aux Transports Jean Dupont mercredi à Paris.",
            "fr",
            "Jean Dupont",
        ),
        ("«Il ponte sarà pronto», ha detto il ministro dei Trasporti Matteo Salvini ai giornalisti.", "it", "Matteo Salvini"),
        ("«Servono medici», ha detto la ministra della Salute Giulia Rossi.", "it", "Giulia Rossi"),
        ("«Ми пройдемо зиму», — сказав міністр енергетики України Герман Галущенко журналістам.", "uk", "Герман Галущенко"),
    ],
)
def test_role_and_office_cut_before_the_name(text, lang, speaker):
    assert _speakers(text, lang) == [speaker]


def test_role_in_charge_of_a_portfolio_is_no_name():
    """The role alone speaks, not what it is in charge of, with a circumstance after it."""
    text = "« Le réseau sera prêt en 2027 », a déclaré la secrétaire d'État aux Transports lors d'une visite."
    assert _speakers(text, "fr") == ["secrétaire d'État aux Transports"]


def test_town_adjective_only_before_a_role():
    """A word in "-er" goes only when a role follows it and a name after the role; a name itself is kept."""
    assert role_opening("Lyoner Bürgermeister Grégory Doucet").end() == len("Lyoner ")
    assert role_opening("Peter Müller sagte") is None
    assert role_opening("Kölner Dom") is None


@pytest.mark.parametrize(
    ("words", "before", "shaped"),
    [
        (["України", "Герман", "Галущенко"], "енергетики ", True),
        (["Києва", "Арсен", "Ковальчук"], "мер ", True),
        (["Юлія", "Володимирівна", "Тимошенко"], "сказала ", False),  # a patronymic: one name
        (["України", "Герман", "Галущенко"], "— ", False),  # no lower-case word before: no role's complement
        (["України", "Герман", "Київ"], "енергетики ", False),  # no surname's shape
    ],
)
def test_east_slavic_surname_tells_an_unknown_given_name(words, before, shaped):
    text = before + " ".join(words)
    assert _shaped_given_name(words, text, len(before)) is shaped


def test_portuguese_weekday_without_its_hyphen():
    got = resolved("pt", "O orçamento será apresentado na segunda feira e votado na sexta feira.", "2026-10-28")
    assert got == {"segunda feira": "2026-11-02", "sexta feira": "2026-10-30"}
    got = resolved("pt", "A votação aconteceu na segunda (26) em Brasília.", "2026-10-28")
    assert got == {"segunda (26)": "2026-10-26"}
    assert not resolved("pt", "Na segunda volta, o candidato venceu pela segunda vez.", "2026-10-28")
