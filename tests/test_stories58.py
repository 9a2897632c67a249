"""Session stories58: story grouping gaps.

* Two reports of two events in two districts of one city ("in Seoul's Gangnam district" / "in Seoul's Mapo
  district", "le 11e arrondissement de Paris" / "Paris's 19th arrondissement", "in Lekki, Lagos" / "in Lagos's
  Ikeja district") are two events by place: the city both name is no place they share when each names a district
  the other never does, as the country of two cities is none (stories57).
* A noun of a part of a place ("the old quarter of", "the outskirts of", "a suburb of", "in the north of", "las
  afueras de", "die Altstadt von") gives the place after it; a direction alone ("north of X") still names a landmark.
* Across scripts a country alone, both sides naming no city, is less than a place both name: it confirms a join only
  with a name heard or a figure shared.

Invented articles only."""

from __future__ import annotations

import numpy as np
import pytest

from parallax.records import Article
from tests.test_stories57 import FIVE_ORDERS, _groups  # session 57's stream of rows in five orders


def _signals(text: str, language: str, ident: str = "x"):
    from parallax.stories.features import signals_without_vector

    sig = signals_without_vector(Article(id=ident, text=text, language=language))
    sig.vector = np.ones(4, dtype=np.float32) / 2.0
    return sig


def _story(*members):
    from parallax.stories.story import Story

    story = Story(id="s", title="")
    for m in members:
        story.add(m)
    return story


def _conflict(article, *members) -> bool:
    return bool(_story(*members).signals(article, 0.9).get("places"))


def _unconfirmed(article, *members) -> bool:
    return bool(_story(*members).signals(article, 0.9)["unconfirmed"])


# ------------------------------------------------------------------ 1. two districts of one city

EN_GANGNAM = "A fire tore through a karaoke bar in Seoul's Gangnam district on Friday night, killing four people, officials said."
EN_MAPO = "A four-storey building collapsed in Seoul's Mapo district on Friday night, killing two people, officials said."
ES_GANGNAM = "Un incendio arrasó el viernes por la noche un bar de karaoke en el distrito de Gangnam, en Seúl, y mató a cuatro personas."
ES_MAPO = "Un edificio de cuatro plantas se derrumbó el viernes por la noche en el distrito de Mapo, en Seúl, y mató a dos personas."
FR_ELEVENTH = "Une explosion de gaz a soufflé mercredi un immeuble du 11e arrondissement de Paris, blessant six personnes."
EN_NINETEENTH = "Three people were hurt on Wednesday when a gas leak caused a blast at a bakery in Paris's 19th arrondissement."
EN_ELEVENTH = "A gas explosion tore through an apartment block in Paris's 11th arrondissement on Wednesday, injuring six people."
EN_IKEJA = "A fire gutted a furniture market in Lagos's Ikeja district on Thursday, killing five traders, police said."
EN_LEKKI = "A three-storey building under construction collapsed in Lekki, Lagos, on Thursday, killing five workers, police said."
DE_NEUKOLLN = "Bei einem Brand in einem Wohnhaus im Berliner Bezirk Neukölln sind am Sonntag drei Menschen ums Leben gekommen."
DE_SPANDAU = "Bei einem Brand in einer Lagerhalle im Bezirk Spandau in Berlin sind am Sonntag drei Menschen ums Leben gekommen."


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param((EN_GANGNAM, "en"), (EN_MAPO, "en"), id="seoul-en-en"),
        pytest.param((ES_GANGNAM, "es"), (EN_MAPO, "en"), id="seoul-es-en"),
        pytest.param((FR_ELEVENTH, "fr"), (EN_NINETEENTH, "en"), id="paris-fr-en"),
        pytest.param((EN_IKEJA, "en"), (EN_LEKKI, "en"), id="lagos-en-en"),
        pytest.param((DE_NEUKOLLN, "de"), (DE_SPANDAU, "de"), id="berlin-de-de"),
        pytest.param(
            ("A tram derailed in the 13th district of Budapest on Tuesday, injuring nine passengers.", "en"),
            ("A bus overturned in Budapest's 8th district on Tuesday, injuring nine passengers.", "en"),
            id="budapest-en-en",
        ),
    ],
)
def test_two_districts_of_one_city_are_two_events(first: tuple[str, str], second: tuple[str, str]) -> None:
    a, b = _signals(*first), _signals(*second)
    assert _conflict(a, b) and _conflict(b, a), (a.places, b.places)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param((EN_GANGNAM, "en"), (ES_GANGNAM, "es"), id="one-district-es"),
        pytest.param((FR_ELEVENTH, "fr"), (EN_ELEVENTH, "en"), id="one-arrondissement-fr-en"),
        pytest.param((EN_GANGNAM, "en"), ("A fire at a karaoke bar in Seoul killed four people on Friday night.", "en"), id="district-and-city"),
        pytest.param((EN_IKEJA, "en"), ("Five traders died when fire swept through a market in Lagos on Thursday.", "en"), id="district-and-city-lagos"),
    ],
)  # fmt: skip
def test_one_district_or_a_district_and_its_city_are_no_two_events(first: tuple[str, str], second: tuple[str, str]) -> None:
    a, b = _signals(*first), _signals(*second)
    assert not _conflict(a, b) and not _conflict(b, a), (a.places, b.places)


KO_GANGNAM = "서울 강남구의 한 노래방에서 4일 밤 불이 나 4명이 숨졌다고 소방당국이 밝혔다."
KO_MAPO = "서울 마포구에서 4일 밤 4층 건물이 무너져 2명이 숨졌다고 소방당국이 밝혔다."


def test_two_korean_districts_of_seoul_are_two_events_and_one_meets_its_latin_name() -> None:
    gangnam, mapo = _signals(KO_GANGNAM, "ko"), _signals(KO_MAPO, "ko")
    assert _conflict(gangnam, mapo) and _conflict(mapo, gangnam), (gangnam.places, mapo.places)
    en = _signals(EN_GANGNAM, "en", "en")
    assert not _unconfirmed(gangnam, en) and not _unconfirmed(en, gangnam)
    assert not _conflict(gangnam, _signals("강남구에서 4일 밤 노래방에 불이 나 4명이 숨졌다.", "ko"))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The 9th district court in Seattle ruled on Monday that the ban was lawful.", id="court"),
        pytest.param("Voters in Ohio's 5th congressional district go to the polls on Tuesday.", id="vote"),
        pytest.param("Protests were held in London, Paris and Berlin on Saturday.", id="list-of-cities"),
        pytest.param("In Kyiv, Ukrainian officials said three people had died.", id="comma-then-no-place"),
    ],
)
def test_no_district_is_read_in_a_court_a_vote_or_a_list(text: str) -> None:
    assert not _signals(text, "en").districts


@pytest.mark.parametrize(
    ("text", "language", "district"),
    [
        pytest.param("A fire in the Mission district of San Francisco killed two people on Monday.", "en", "mission", id="en-of-the-city"),
        pytest.param("Een brand verwoestte maandag een pand in de Amsterdamse wijk De Pijp.", "nl", "pijp", id="nl-wijk"),
        pytest.param("Un incendie a ravagé lundi un immeuble du quartier de Belleville, à Paris.", "fr", "belleville", id="fr-quartier"),
        pytest.param("Un incendio è scoppiato lunedì nel quartiere di Testaccio a Roma.", "it", "testaccio", id="it-quartiere"),
    ],
)  # fmt: skip
def test_the_district_is_read_and_its_city_is_none(text: str, language: str, district: str) -> None:
    sig = _signals(text, language)
    assert sig.districts == (district,), (sig.places, sig.districts)


def test_a_district_named_anywhere_in_the_other_report_is_still_shared() -> None:
    mapo = _signals(EN_MAPO + " Rescue teams were sent from Gangnam and neighbouring districts.", "en")
    assert not _conflict(_signals(EN_GANGNAM, "en"), mapo)


def test_the_noun_of_a_district_is_no_place_and_a_numbered_district_is_one() -> None:
    assert "bezirk" not in _signals(DE_NEUKOLLN, "de").places
    eleventh, nineteenth = _signals(FR_ELEVENTH, "fr").places, _signals(EN_NINETEENTH, "en").places
    assert set(eleventh) & set(_signals(EN_ELEVENTH, "en").places) - {"paris"}, eleventh
    assert not set(eleventh) & set(nineteenth) - {"paris"}, (eleventh, nineteenth)


SEOUL = [
    ("gangnam-en", "en", "2026-12-04T14:05:00Z", "Karaoke bar fire kills four in Gangnam", EN_GANGNAM),
    ("mapo-en", "en", "2026-12-04T14:15:00Z", "Building collapse kills two in Mapo", EN_MAPO),
    ("gangnam-es", "es", "2026-12-04T14:25:00Z", "Cuatro muertos en el incendio de un karaoke en Seúl", ES_GANGNAM),
    ("mapo-es", "es", "2026-12-04T14:35:00Z", "Dos muertos al derrumbarse un edificio en Seúl", ES_MAPO),
    ("gangnam-de", "de", "2026-12-04T14:45:00Z", "Vier Tote bei Brand in Karaoke-Bar in Seoul",
     "Bei einem Brand in einer Karaoke-Bar im Seouler Bezirk Gangnam sind am Freitagabend vier Menschen ums Leben "
     "gekommen, wie die Behörden mitteilten."),
]  # fmt: skip


@pytest.mark.parametrize("order", FIVE_ORDERS, ids=[f"order{k}" for k in range(5)])
def test_a_fire_in_gangnam_and_a_collapse_in_mapo_are_two_stories_in_any_order(order: tuple[int, ...]) -> None:
    groups = _groups(SEOUL, order)
    assert groups == {frozenset({"gangnam-en", "gangnam-es", "gangnam-de"}), frozenset({"mapo-en", "mapo-es"})}, groups


PARIS = [
    ("eleventh-fr", "fr", "2026-12-02T09:05:00Z", "Explosion de gaz dans le 11e arrondissement", FR_ELEVENTH),
    ("nineteenth-en", "en", "2026-12-02T09:15:00Z", "Gas blast injures three in Paris", EN_NINETEENTH),
    ("eleventh-en", "en", "2026-12-02T09:25:00Z", "Gas blast injures six in Paris", EN_ELEVENTH),
    ("nineteenth-fr", "fr", "2026-12-02T09:35:00Z", "Explosion de gaz dans le 19e arrondissement",
     "Trois personnes ont été blessées mercredi lorsqu'une fuite de gaz a provoqué une explosion dans une boulangerie du "
     "XIXe arrondissement de Paris."),
    ("eleventh-de", "de", "2026-12-02T09:45:00Z", "Gasexplosion in Paris: sechs Verletzte",
     "Bei einer Gasexplosion in einem Wohnhaus im 11. Arrondissement von Paris sind am Mittwoch sechs Menschen "
     "verletzt worden."),
]  # fmt: skip


@pytest.mark.parametrize("order", FIVE_ORDERS, ids=[f"order{k}" for k in range(5)])
def test_gas_blasts_in_two_arrondissements_of_paris_are_two_stories_in_any_order(order: tuple[int, ...]) -> None:
    groups = _groups(PARIS, order)
    assert groups == {frozenset({"eleventh-fr", "eleventh-en", "eleventh-de"}), frozenset({"nineteenth-en", "nineteenth-fr"})}, groups


# ------------------------------------------------------------------ 2. nouns of a part of a place


@pytest.mark.parametrize(
    ("text", "language"),
    [
        pytest.param("A fire gutted a spice market in the old quarter of Tarvask on Monday, killing two people.", "en", id="old-quarter"),
        pytest.param("Floods swept through the outskirts of Tarvask on Monday, leaving hundreds homeless.", "en", id="outskirts"),
        pytest.param("A gunman killed three people in a suburb of Tarvask on Monday, police said.", "en", id="suburb"),
        pytest.param("Heavy rain flooded homes in the north of Tarvask on Monday, officials said.", "en", id="in-the-north-of"),
        pytest.param("Las inundaciones arrasaron el lunes las afueras de Tarvask.", "es", id="es-afueras"),
        pytest.param("Ein Feuer hat am Montag einen Markt in der Altstadt von Tarvask zerstört.", "de", id="de-altstadt"),
        pytest.param("Un incendie a ravagé lundi un marché de la banlieue de Tarvask.", "fr", id="fr-banlieue"),
        pytest.param("Un incendio è scoppiato lunedì nella periferia di Tarvask.", "it", id="it-periferia"),
        pytest.param("As cheias atingiram na segunda-feira os arredores de Tarvask.", "pt", id="pt-arredores"),
    ],
)  # fmt: skip
def test_a_part_of_a_place_gives_the_place(text: str, language: str) -> None:
    assert "tarvask" in _signals(text, language).places


def test_a_direction_of_a_place_is_still_a_landmark() -> None:
    assert "tarvask" not in _signals("An earthquake struck a village 40 km north of Tarvask on Monday.", "en").places


# ------------------------------------------------------------------ 3. a country alone across scripts

UR_BLAST = "پاکستان میں پیر کو ایک کیمیکل فیکٹری میں دھماکے سے سات مزدور ہلاک اور 23 زخمی ہو گئے۔"
EN_TALKS = "The government in Pakistan said on Monday it would resume trade talks with its neighbours next month."
EN_BLAST = "An explosion at a chemical factory in Pakistan killed seven workers and injured 23 on Monday, officials said."


def test_a_country_alone_is_no_place_agreement_across_scripts() -> None:
    blast, talks = _signals(UR_BLAST, "ur", "ur"), _signals(EN_TALKS, "en", "t")
    assert _unconfirmed(blast, talks) and _unconfirmed(talks, blast)


def test_a_country_and_a_figure_confirm_a_join_across_scripts() -> None:
    blast, en_blast = _signals(UR_BLAST, "ur", "ur"), _signals(EN_BLAST, "en", "b")
    assert not _unconfirmed(blast, en_blast) and not _unconfirmed(en_blast, blast)


def test_a_city_alone_still_confirms_a_join_across_scripts() -> None:
    ur = _signals("کراچی میں پیر کو ایک فیکٹری میں آگ لگ گئی۔", "ur", "ur")
    en = _signals("Fire broke out at a garment factory in Karachi on Monday, officials said.", "en", "k")
    assert not _unconfirmed(ur, en) and not _unconfirmed(en, ur)
