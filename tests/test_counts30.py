"""Counts and lengths of time from earlier QA (invented sentences throughout): a part of a group that died is
a death toll, two estimated lengths, Nordic "within", Italian ages, hyphenated count nouns, a four-figure count
before its noun, and a Japanese noun before its number."""

from __future__ import annotations

import re

import pytest

from parallax.analyze.quantities import AGE, find_quantities
from tests.helpers import first_sentence_conflicts, resolved


def _units(text: str, lang: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(text, lang, [])]


# 1. a part of a group that went through something else, and died, is a death toll of people
@pytest.mark.parametrize(
    ("a", "b", "lang"),
    [
        ("Police arrested five men; two of them died in custody.", "Three people died in custody, police said.", "en"),
        ("Policie zatkla pět mužů, dva z nich zemřeli ve vazbě.", "Ve vazbě zemřeli tři lidé, uvedla policie.", "cs"),
        ("La policía detuvo a cinco hombres y tres de ellos murieron bajo custodia.", "Dos personas murieron bajo custodia.", "es"),
        ("La police a arrêté cinq hommes, deux d'entre eux sont morts en garde à vue.", "Trois personnes sont mortes en garde à vue.", "fr"),
        ("Die Polizei nahm fünf Männer fest, zwei von ihnen starben in Gewahrsam.", "Drei Menschen starben in Gewahrsam.", "de"),
    ],
)  # fmt: skip
def test_dead_part_of_a_group_is_a_death_toll(a, b, lang):
    assert [k for k, _ in first_sentence_conflicts(a, b, lang)] == ["number"]


def test_a_part_of_the_dead_stays_a_part():
    # "40 died, 10 of them died in hospital" names no second toll
    a = "The crash killed 40 people, and ten of them died in hospital."
    assert first_sentence_conflicts(a, "The crash killed 40 people.", "en") == []


# 2. two estimated lengths: near ones are one estimate, far ones conflict
@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ("The fire burned for about three hours.", "The fire burned for about four hours.", False),
        ("The fire burned for about three hours.", "The fire burned for about ten hours.", True),
        ("The fire burned for about three hours.", "The fire burned for four hours.", False),
        ("The fire burned for about three hours.", "The fire burned for seven hours.", True),
        ("The strike lasted about 40 days.", "The strike lasted about 42 days.", False),
        # bounds stay out
        ("The fire burned for more than three hours.", "The fire burned for ten hours.", False),
    ],
)  # fmt: skip
def test_estimated_lengths(a, b, conflict):
    found = [v for k, v in first_sentence_conflicts(a, b, "en") if v.get("unit") == "duration"]
    assert bool(found) == conflict


# 3. Nordic "within" is a bound, as English "within" is
@pytest.mark.parametrize(
    ("a", "b", "lang"),
    [
        ("Räddningstjänsten var på plats inom tre timmar.", "Räddningstjänsten var på plats efter fem timmar.", "sv"),
        ("Brannvesenet var på stedet innen tre timer.", "Brannvesenet var på stedet etter fem timer.", "no"),
        ("Brandvæsenet var på stedet inden for tre timer.", "Brandvæsenet var på stedet efter fem timer.", "da"),
        ("Brandvæsenet var på stedet inden tre timer.", "Brandvæsenet var på stedet efter fem timer.", "da"),
        ("Pelastajat olivat paikalla kolmen tunnin sisällä.", "Pelastajat olivat paikalla viiden tunnin jälkeen.", "fi"),
    ],
)  # fmt: skip
def test_nordic_within_is_a_bound(a, b, lang):
    from parallax.compare.durations import durations
    from tests.helpers import analysed_articles

    art = analysed_articles([a], lang)[0]
    assert durations(art, art.sentences[0]) == []


# 4. an Italian (and Romance) age is no length of time
@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("Un uomo di 45 anni è stato arrestato ieri.", "it", "45"),
        ("La donna, 32 anni, è stata ferita.", "it", "32"),
        ("Il ragazzo, di 17 anni, è stato fermato.", "it", "17"),
        ("Un hombre de 45 años fue detenido.", "es", "45"),
        ("Juan Pérez, de 54 años, resultó herido.", "es", "54"),
        ("Um homem de 45 anos foi preso.", "pt", "45"),
        ("Jean Lefort, 54 ans, a été blessé.", "fr", "54"),
    ],
)  # fmt: skip
def test_romance_ages_are_no_durations(text, lang, figure):
    assert not any(v and v.startswith("P") for v in resolved(lang, text, "2026-03-14").values())
    assert (float(figure), AGE) in _units(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [("La condanna di 10 anni è stata confermata.", "it", "P10Y"), ("Lo sciopero è durato 3 anni.", "it", "P3Y")],
)
def test_romance_years_that_are_no_age_stay_durations(text, lang, value):
    assert value in resolved(lang, text, "2026-03-14").values()


# 5. a hyphenated compound is counted whole
@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("12 sapeurs-pompiers ont été blessés.", "fr", "sapeur-pompier"),
        ("Dabei wurden 12 Feuerwehr-Leute verletzt.", "de", "feuerwehr-leute"),
        ("Er raakten 12 brandweer-mannen gewond.", "nl", "brandweer-mannen"),
        ("Some 40 co-workers signed the letter.", "en", "co-worker"),
    ],
)  # fmt: skip
def test_hyphenated_count_noun(text, lang, unit):
    assert (12.0 if "12" in text else 40.0, unit) in _units(text, lang)


def test_hyphenated_compound_keeps_its_head_kind():
    from parallax.compare.noun_kinds import kind_of

    assert kind_of("co-worker") == kind_of("worker") is not None


# 6. a four-figure count before its plural noun is no year
@pytest.mark.parametrize(
    ("text", "lang", "year"),
    [
        ("Volunteers filled 1900 sandbags overnight.", "en", None),
        ("Crews laid 2000 sandbags on Tuesday.", "en", None),
        ("Helfer füllten 1900 Sandsäcke.", "de", None),
        ("Les bénévoles ont rempli 1900 sacs de sable.", "fr", None),
        ("The bridge was built in 1900.", "en", "1900"),
        ("In 2020 prices rose sharply.", "en", "2020"),
        ("The 1998 floods destroyed the town.", "en", "1998"),
        ("Scotland's 2014 referendum was close.", "en", "2014"),
        ("Sales were above fiscal 2019 sales.", "en", "2019"),
        ("Die Brücke wurde 1900 gebaut.", "de", "1900"),
    ],
)  # fmt: skip
def test_four_figure_count_is_no_year(text, lang, year):
    found = resolved(lang, text, "2026-03-14")
    figure = re.search(r"\d{4}", text).group()
    assert [v for k, v in found.items() if figure in k] == ([year] if year else [])


# 7. Japanese puts the noun before its number too
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("警察官3人が負傷した。", [(3.0, "警察官")]),
        ("デモ参加者20人が逮捕された。", [(20.0, "デモ参加者")]),
        ("3人の警察官が負傷した。", [(3.0, "警察官")]),
        ("乗客5人が死亡した。", [(5.0, "乗客")]),
        # a noun it does not know keeps the counter
        ("男性3人が逮捕された。", [(3.0, "人")]),
        ("3人が死亡した。", [(3.0, "人")]),
    ],
)  # fmt: skip
def test_japanese_noun_before_number(text, found):
    assert _units(text, "ja") == found
