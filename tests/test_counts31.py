"""Counted nouns and tolls left by the QA rounds, each with the cases that must not change:

- English plurals in "-ies" lost only their "s" ("29 bodies" counted "bodie", "11 burn injuries" "injurie"), so
  "1 body" / "2 bodies", "one casualty" / "three casualties", "a ferry" / "3 ferries" never met: a consonant and
  "-ies" is a "-y" noun now, but for the "-ie" nouns ("movies", "zombies", "calories"); a few "-ves" ("lives")
  and "men" / "women" too (:func:`parallax.analyze.quantities.units.singular`);
- "3 bodies were found" counted the dead, a whole toll's figure, though bodies found so far are a part of it:
  bodies found are their own role, compared with other counts of bodies only (:mod:`parallax.compare.rescue_counts`);
- "41 were rescued" / "pulled 38 survivors from the sea" never met: survivors beside a verb of rescue are the
  rescued ("3 survivors were taken to hospital" and a shooting's survivors stay survivors);
- "120 Einsatzkräfte" / "80 Feuerwehrleute", "120 rescuers" / "80 firefighters" were two figures for one count:
  responders of two classes are never paired under different nouns (:mod:`parallax.compare.responders`).

Invented reports (invented places), published on Saturday 14 March 2026 (tests.helpers.QA_PUBLISHED).
"""

from __future__ import annotations

import pytest

from parallax.compare.roles import role
from tests.helpers import analysed_articles, compared_conflicts


def _numbers(texts: list[str], lang: str = "en") -> list[dict]:
    return [v for kind, v in compared_conflicts(texts, lang) if kind == "number"]


def _values(conflicts: list[dict]) -> list[tuple[list[float], list[float]]]:
    return [(c["a"], c["b"]) for c in conflicts]


# -- English plurals


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Rescuers recovered 29 bodies from the rubble.", "body"),
        ("Rescuers recovered 1 body from the rubble.", "body"),
        ("Doctors treated 11 burn injuries overnight.", "injury"),
        ("The crash left 3 casualties.", "casualty"),
        ("The group owns 2 companies.", "company"),
        ("The storm sank 3 ferries.", "ferry"),
        ("The fire claimed 2 lives.", "life"),
        ("Police arrested 3 men.", "man"),
        ("Police arrested 4 women.", "woman"),
        # guards: the "-ie" nouns, "series" and "species", a vowel before "-ys", other plurals, other languages
        ("The studio made 3 movies.", "movie"),
        ("The lab found 5 species.", "specie"),
        ("The game has 4 zombies.", "zombie"),
        ("The snack has 300 calories.", "calorie"),
        ("The shop sold 4 toys.", "toy"),
        ("The club keeps 12 keys.", "key"),
        ("The board has 30 members.", "member"),
        ("The bakery sold 3 pies.", "pie"),
    ],
)  # fmt: skip
def test_english_plural_units(text, unit):
    (art,) = analysed_articles([text], "en")
    assert art.quantities[0].unit == unit


def test_other_languages_keep_their_ie_nouns():
    (art,) = analysed_articles(["La patrouille a fait 3 sorties."], "fr")
    assert art.quantities[0].unit == "sortie"


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        ("One casualty was reported after the tram crash in Elverton.", "Three casualties were reported after the tram crash in Elverton.", ([1.0], [3.0])),
        ("Only one ferry sailed from Castlebay on Tuesday.", "Only 3 ferries sailed from Castlebay on Tuesday.", ([1.0], [3.0])),
        ("Two companies have bid for the Elverton tram contract.", "One company has bid for the Elverton tram contract.", ([2.0], [1.0])),
    ],
)  # fmt: skip
def test_singular_and_ies_plural_meet(a, b, values):
    assert values in _values(_numbers([a, b]))


# -- bodies found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Rescuers recovered 29 bodies from the rubble."),
        ("en", "Three bodies were found in the rubble."),
        ("en", "Divers pulled 4 bodies from the river."),
        ("en", "Three corpses lay in the street."),
        ("de", "Drei Leichen wurden in den Trümmern gefunden."),
        ("fr", "Trois corps ont été retrouvés."),
        ("es", "Tres cadáveres fueron hallados."),
    ],
)
def test_bodies_found_are_recovered(lang, text):
    (art,) = analysed_articles([text], lang)
    assert role(art.text, art.quantities[0]) == "recovered"


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("en", "Three regulatory bodies approved the plan.", None),
        ("fr", "Trois corps de métier ont été consultés.", None),
        ("en", "Twelve people were killed when the building collapsed.", "dead"),
        ("en", "Three people died in the blaze.", "dead"),
    ],
)
def test_no_bodies_no_recovered_role(lang, text, want):
    (art,) = analysed_articles([text], lang)
    assert role(art.text, art.quantities[0]) == want


@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("en", "Rescuers have recovered 3 bodies from the rubble of the collapsed block in Marlow.",
         "Twelve people were killed when the block collapsed in Marlow on Tuesday."),
        ("en", "Three corpses were found in the rubble of the collapsed block in Marlow.",
         "Twelve people were killed when the block collapsed in Marlow on Tuesday."),
        ("de", "Drei Leichen wurden aus den Trümmern des Wohnhauses in Hollbach geborgen.",
         "Zwölf Menschen kamen beim Einsturz des Wohnhauses in Hollbach ums Leben."),
    ],
)  # fmt: skip
def test_bodies_found_do_not_conflict_with_the_toll(lang, a, b):
    assert _numbers([a, b], lang) == []


@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("en", "Three bodies were found in the rubble of the collapsed block in Marlow.",
         "Five bodies were recovered from the rubble of the collapsed block in Marlow."),
        ("de", "Drei Leichen wurden aus den Trümmern des Wohnhauses in Hollbach geborgen.",
         "Fünf Leichen wurden aus den Trümmern des Wohnhauses in Hollbach geborgen."),
        # the toll itself still conflicts
        ("en", "Twelve people were killed when the block collapsed in Marlow on Tuesday.",
         "Fifteen people were killed when the block collapsed in Marlow on Tuesday."),
    ],
)  # fmt: skip
def test_bodies_conflict_with_bodies(lang, a, b):
    assert len(_numbers([a, b], lang)) == 1


# -- survivors brought out


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The coastguard pulled 38 survivors from the sea.", "rescued"),
        ("Fishermen brought 12 survivors ashore at dawn.", "rescued"),
        ("38 survivors had been rescued by nightfall.", "rescued"),
        ("3 survivors were taken to hospital.", None),
        ("The shooting's 12 survivors met the mayor.", None),
        ("Rescuers said 5 survivors were still in hospital.", None),
    ],
)
def test_survivors_rescued(text, want):
    (art,) = analysed_articles([text], "en")
    assert role(art.text, art.quantities[0]) == want


def test_survivors_pulled_out_meet_the_rescued():
    a = "The coastguard pulled 38 survivors from the sea after the ferry sank off Castlebay."
    b = "41 people were rescued after the ferry sank off Castlebay."
    assert ([38.0], [41.0]) in _values(_numbers([a, b]))


def test_survivors_in_hospital_are_not_the_rescued():
    a = "Three survivors were taken to hospital after the ferry sank off Castlebay."
    b = "41 people were rescued after the ferry sank off Castlebay."
    assert _numbers([a, b]) == []


# -- responders of two classes


@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("de", "Die Feuerwehr war mit 120 Einsatzkräften am Brandort in Hollbach.", "Die Feuerwehr war mit 80 Feuerwehrleuten am Brandort in Hollbach."),
        ("en", "Officials sent 120 rescuers to the burning warehouse in Dunmore.", "Officials sent 80 firefighters to the burning warehouse in Dunmore."),
        ("en", "Officials sent 120 emergency workers to the burning warehouse in Dunmore.", "Officials sent 80 firefighters to the burning warehouse in Dunmore."),
        ("en", "Officials sent 20 paramedics to the burning warehouse in Dunmore.", "Officials sent 80 firefighters to the burning warehouse in Dunmore."),
        ("fr", "Les autorités ont envoyé 120 secouristes sur le site de Valmont.", "Les autorités ont envoyé 80 pompiers sur le site de Valmont."),
    ],
)  # fmt: skip
def test_general_and_specific_responders_do_not_conflict(lang, a, b):
    assert _numbers([a, b], lang) == []


@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("en", "Officials sent 120 firefighters to the burning warehouse in Dunmore.", "Officials sent 80 firefighters to the burning warehouse in Dunmore."),
        ("de", "Die Feuerwehr war mit 120 Feuerwehrleuten am Brandort in Hollbach.", "Die Feuerwehr war mit 80 Feuerwehrleuten am Brandort in Hollbach."),
        ("en", "Officials sent 120 rescuers to the burning warehouse in Dunmore.", "Officials sent 80 rescue workers to the burning warehouse in Dunmore."),
        ("en", "Officials sent 120 people to the burning warehouse in Dunmore.", "Officials sent 80 residents to the burning warehouse in Dunmore."),
    ],
)  # fmt: skip
def test_responders_of_one_class_still_conflict(lang, a, b):
    assert len(_numbers([a, b], lang)) == 1
