"""Casualty words across languages: the common news ways to say that a count died, was hurt, went missing or
was arrested are read as that count's role (bodies found are bodies recovered, a part of the toll:
:mod:`parallax.compare.rescue_counts`) (:mod:`parallax.compare.role_words`), and "other", "further" between
a count and its noun are no noun (:data:`parallax.analyze.quantities.units.OTHER_WORDS`)."""

from __future__ import annotations

import pytest

from parallax.compare.roles import role
from tests.helpers import analysed_articles, first_sentence_conflicts

ROLES = [
    ("fr", "Trois personnes ont péri.", "dead"),
    ("fr", "Trois personnes ont trouvé la mort.", "dead"),
    ("fr", "Trois corps ont été retrouvés.", "recovered"),
    ("fr", "Cinq personnes ont subi des blessures.", "injured"),
    ("fr", "Sept autres personnes ont été blessées.", "injured"),
    ("es", "Tres personas perecieron.", "dead"),
    ("es", "Tres personas fueron asesinadas.", "dead"),
    ("es", "Tres cadáveres fueron hallados.", "recovered"),
    ("es", "Seis personas fueron arrestadas.", "arrested"),
    ("de", "Fünf Bewohner erlitten Verletzungen.", "injured"),
    ("de", "Fünf Menschen erlitten schwere Verletzungen.", "injured"),
    ("de", "Fünf Bewohner erlitten bei dem Brand in Köln Verletzungen.", "injured"),
    ("de", "Drei Menschen sind gestorben.", "dead"),
    ("de", "Drei Leichen wurden in den Trümmern gefunden.", "recovered"),
    ("de", "Drei Menschen verloren ihr Leben.", "dead"),
    ("de", "Drei Menschen kamen bei dem Brand ums Leben.", "dead"),
    ("en", "Three bodies were found in the rubble.", "recovered"),
    ("it", "Tre corpi sono stati trovati.", "recovered"),
    ("it", "Quattro persone risultano disperse.", "missing"),
    ("pt", "Três pessoas pereceram.", "dead"),
    ("pt", "Cinco pessoas sofreram ferimentos.", "injured"),
    ("pt", "Três corpos foram encontrados.", "recovered"),
    ("nl", "Drie mensen werden gedood.", "dead"),
    ("nl", "Vijf mensen liepen verwondingen op.", "injured"),
    ("nl", "Vijf mensen raakten zwaargewond.", "injured"),
    ("nl", "Drie lichamen werden gevonden.", "recovered"),
    ("pl", "Trzy osoby poniosły śmierć.", "dead"),
    ("pl", "Trzy osoby straciły życie.", "dead"),
    ("pl", "Pięć osób odniosło obrażenia.", "injured"),
    ("cs", "Čtyři lidé jsou pohřešováni.", "missing"),
    ("ru", "Пять человек были госпитализированы.", "injured"),
    ("ru", "Четыре человека пропали без вести.", "missing"),
    ("uk", "П'ять людей були госпіталізовані.", "injured"),
    ("sv", "Fem personer fick skador.", "injured"),
    ("sv", "Sex personer anhölls.", "arrested"),
    ("ro", "Cinci persoane au suferit răni.", "injured"),
    ("ro", "Cinci persoane au fost spitalizate.", "injured"),
    ("ro", "Trei persoane au pierit.", "dead"),
    ("hu", "Három ember halt meg.", "dead"),
    ("hu", "Öt ember sérüléseket szenvedett.", "injured"),
    ("hu", "Három ember halálát okozta.", "dead"),
    ("el", "Τρεις άνθρωποι πέθαναν.", "dead"),
    ("el", "Έξι άτομα συνελήφθησαν.", "arrested"),
]

# no casualty: bodies that govern, an Italian "periti" (experts), German "Verletzungen" of rules, a Dutch "lijken"
# (seem), English "disperse", being taken to hospital alone, "other" people who are not hurt
NO_ROLE = [
    ("en", "Three regulatory bodies approved the plan."),
    ("en", "Police tried to disperse 300 of them near the station."),
    ("en", "Seven other people signed the letter."),
    ("it", "Tre periti hanno esaminato il ponte."),
    ("de", "Drei Verletzungen der Regeln wurden gemeldet."),
    ("nl", "Drie mensen lijken te zijn vertrokken."),
    ("fr", "Trois corps de métier ont été consultés."),
    ("es", "Cinco personas sufrieron retrasos."),
]


def _roles(text: str, lang: str) -> list[str | None]:
    (art,) = analysed_articles([text], lang)
    return [role(art.text, q) for q in art.quantities]


@pytest.mark.parametrize(("lang", "text", "want"), ROLES)
def test_casualty_role(lang, text, want):
    assert _roles(text, lang)[0] == want


@pytest.mark.parametrize(("lang", "text"), NO_ROLE)
def test_no_casualty_role(lang, text):
    assert _roles(text, lang)[0] is None


@pytest.mark.parametrize(
    ("lang", "text", "unit"),
    [
        ("de", "Sieben weitere Bewohner wurden verletzt.", "bewohner"),
        ("de", "Zwei andere Menschen starben.", "menschen"),
        ("nl", "Zeven andere mensen raakten gewond.", "mensen"),
        ("sv", "Sju andra personer skadades.", "personer"),
        ("de", "Sieben weitere wurden verletzt.", None),
    ],
)
def test_other_is_no_noun(lang, text, unit):
    (art,) = analysed_articles([text], lang)
    assert art.quantities[0].unit == unit


def test_injuries_suffered_conflict_with_injured():
    conflicts = first_sentence_conflicts(
        "Zwei Bewohner wurden bei dem Brand verletzt.", "Fünf Bewohner erlitten bei dem Brand Verletzungen.", "de"
    )
    assert any(kind == "number" for kind, _ in conflicts), conflicts


def test_perished_toll_conflicts_with_dead():
    conflicts = first_sentence_conflicts("Deux morts dans l'incendie.", "Trois personnes ont péri dans l'incendie.", "fr")
    assert any(kind == "number" for kind, _ in conflicts), conflicts
