"""Session stories59: story grouping gaps around a city's districts.

* A district named in other languages' phrasings ("nel quartiere Prati di Roma", "dans le quartier de la
  Goutte-d'Or à Paris"), or in a Japanese or Chinese ward written with 区 ("東京都新宿区", "北京市朝阳区"), is a
  district: the same district joins, two districts of one city are two events.
* Across scripts a city both name is no agreement when each names a different district ("서울 마포구" / "Seoul's
  Gangnam district").
* A numbered district without its city ("in the 11th arrondissement", "in District 7") and a district named alone
  ("im Bezirk Neukölln") can be no place conflict with a report that names a city only: the district may be the
  city's.  Two numbered districts are still two.

Invented articles only."""

from __future__ import annotations

import pytest

from tests.test_stories57 import FIVE_ORDERS, _groups  # session 57's stream of rows in five orders
from tests.test_stories58 import _conflict, _signals, _unconfirmed

IT_PRATI = "Un incendio è scoppiato lunedì in un palazzo nel quartiere Prati di Roma, uccidendo tre persone."
IT_TESTACCIO = "Un palazzo di quattro piani è crollato lunedì nel quartiere Testaccio di Roma, ferendo dodici persone."
EN_PRATI = "A fire in an apartment block in Rome's Prati district killed three people on Monday, firefighters said."
FR_GOUTTE = "Un incendie a ravagé lundi un immeuble dans le quartier de la Goutte-d'Or à Paris, faisant deux morts."
FR_BELLEVILLE = "Un immeuble s'est effondré lundi dans le quartier de Belleville, à Paris, blessant neuf personnes."
EN_GOUTTE = "A fire gutted an apartment building in Paris's Goutte-d'Or neighbourhood on Monday, killing two people."
JA_SHINJUKU = "東京都新宿区の雑居ビルで4日夜、火災が発生し、4人が死亡した。"
JA_SHIBUYA = "東京都渋谷区の住宅で4日夜、ガス爆発が起き、2人がけがをした。"
EN_SHINJUKU = "A fire in an office building in Tokyo's Shinjuku district killed four people on Friday night."
ZH_CHAOYANG = "北京市朝阳区一栋居民楼4日晚发生火灾，造成4人死亡。"
ZH_HAIDIAN = "北京市海淀区一座仓库4日晚发生爆炸，造成2人受伤。"
EN_HAIDIAN = "A blast at a warehouse in Beijing's Haidian district injured two people on Friday night."


@pytest.mark.parametrize(
    ("text", "language", "district"),
    [
        pytest.param(IT_PRATI, "it", "prati", id="it-quartiere-name-di-city"),
        pytest.param(FR_GOUTTE, "fr", "goutte", id="fr-quartier-de-la"),
        pytest.param("Un incendio arrasó el lunes un bar en el barrio de La Latina, en Madrid.", "es", "latina", id="es-barrio-de-la"),
        pytest.param(JA_SHINJUKU, "ja", "新宿", id="ja-ward"),
        pytest.param(ZH_CHAOYANG, "zh", "朝阳", id="zh-ward"),
        pytest.param("A fire broke out at a market in District 7 on Monday, killing three people.", "en", "№7", id="en-district-number"),
    ],
)  # fmt: skip
def test_the_district_is_read(text: str, language: str, district: str) -> None:
    sig = _signals(text, language)
    assert district in sig.districts, (sig.places, sig.districts)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param((IT_PRATI, "it"), (IT_TESTACCIO, "it"), id="rome-it-it"),
        pytest.param((FR_GOUTTE, "fr"), (FR_BELLEVILLE, "fr"), id="paris-fr-fr"),
        pytest.param((JA_SHINJUKU, "ja"), (JA_SHIBUYA, "ja"), id="tokyo-ja-ja"),
        pytest.param((ZH_CHAOYANG, "zh"), (ZH_HAIDIAN, "zh"), id="beijing-zh-zh"),
        pytest.param(("A fire broke out at a market in District 7 on Monday, killing three people.", "en"),
                     ("A roof collapsed at a school in District 3 on Monday, injuring three pupils.", "en"), id="numbered-no-city"),
        pytest.param(("A gas blast tore through a bakery in the 11th arrondissement on Wednesday, injuring six people.", "en"),
                     ("Three people were hurt on Wednesday in a gas blast in the 19th arrondissement.", "en"), id="arrondissements-no-city"),
    ],
)  # fmt: skip
def test_two_districts_of_one_city_are_two_events(first: tuple[str, str], second: tuple[str, str]) -> None:
    a, b = _signals(*first), _signals(*second)
    assert _conflict(a, b) and _conflict(b, a), (a.places, a.districts, b.places, b.districts)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param((IT_PRATI, "it"), (EN_PRATI, "en"), id="prati-it-en"),
        pytest.param((FR_GOUTTE, "fr"), (EN_GOUTTE, "en"), id="goutte-fr-en"),
        # a district named alone, the city alone
        pytest.param(("A gas blast tore through a bakery in the 11th arrondissement on Wednesday, injuring six people.", "en"),
                     ("Six people were injured on Wednesday when a gas explosion hit a bakery in Paris.", "en"), id="arrondissement-and-paris"),
        pytest.param(("A fire broke out at a market in District 7 on Monday, killing three people.", "en"),
                     ("A market fire in Ho Chi Minh City killed three people on Monday.", "en"), id="district-7-and-city"),
        pytest.param(("Bei einem Brand in einem Wohnhaus im Bezirk Neukölln sind am Sonntag drei Menschen gestorben.", "de"),
                     ("Three people died in a fire at an apartment block in Berlin on Sunday.", "en"), id="bezirk-and-berlin"),
        pytest.param(("Bei einem Brand in einem Wohnhaus im Berliner Bezirk Neukölln sind am Sonntag drei Menschen gestorben.", "de"),
                     ("Three people died in a fire at an apartment block in Berlin on Sunday.", "en"), id="berliner-bezirk-and-berlin"),
        pytest.param(("A fire tore through a karaoke bar in the Gangnam district on Friday night, killing four people.", "en"),
                     ("Un incendio en un karaoke de Seúl mató a cuatro personas el viernes por la noche.", "es"), id="gangnam-and-seoul"),
        pytest.param(("Un incendio è scoppiato lunedì in un palazzo nel quartiere Prati, uccidendo tre persone.", "it"),
                     ("Tre persone sono morte lunedì nell'incendio di un palazzo a Roma.", "it"), id="prati-and-rome"),
    ],
)  # fmt: skip
def test_one_district_or_a_district_alone_and_a_city_are_no_two_events(first: tuple[str, str], second: tuple[str, str]) -> None:
    a, b = _signals(*first), _signals(*second)
    assert not _conflict(a, b) and not _conflict(b, a), (a.places, a.districts, b.places, b.districts)


def test_a_district_alone_is_still_apart_from_another_district_of_its_city() -> None:
    alone = _signals("Bei einem Brand in einem Wohnhaus im Bezirk Neukölln sind am Sonntag drei Menschen gestorben.", "de")
    spandau = _signals("Bei einem Brand in einer Lagerhalle im Bezirk Spandau in Berlin sind am Sonntag drei Menschen gestorben.", "de")
    assert _conflict(alone, spandau) and _conflict(spandau, alone)


KO_MAPO = "서울 마포구에서 4일 밤 4층 건물이 무너져 2명이 숨졌다고 소방당국이 밝혔다."
EN_GANGNAM = "A fire tore through a karaoke bar in Seoul's Gangnam district on Friday night, killing four people, officials said."
EN_MAPO = "A four-storey building collapsed in Seoul's Mapo district on Friday night, killing two people, officials said."


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param((KO_MAPO, "ko"), (EN_GANGNAM, "en"), id="ko-en-seoul"),
        pytest.param((JA_SHINJUKU, "ja"), ("A gas explosion hit a house in Tokyo's Shibuya district on Friday night, injuring two.", "en"), id="ja-en-tokyo"),
        pytest.param((ZH_CHAOYANG, "zh"), (EN_HAIDIAN, "en"), id="zh-en-beijing"),
    ],
)  # fmt: skip
def test_across_scripts_two_districts_of_one_city_are_unconfirmed(first: tuple[str, str], second: tuple[str, str]) -> None:
    a, b = _signals(*first, ident="a"), _signals(*second, ident="b")
    assert _unconfirmed(a, b) and _unconfirmed(b, a), (a.places, a.districts, b.places, b.districts)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param((KO_MAPO, "ko"), (EN_MAPO, "en"), id="ko-en-mapo"),
        pytest.param((JA_SHINJUKU, "ja"), (EN_SHINJUKU, "en"), id="ja-en-shinjuku"),
        pytest.param((ZH_HAIDIAN, "zh"), (EN_HAIDIAN, "en"), id="zh-en-haidian"),
    ],
)  # fmt: skip
def test_across_scripts_one_district_is_confirmed(first: tuple[str, str], second: tuple[str, str]) -> None:
    a, b = _signals(*first, ident="a"), _signals(*second, ident="b")
    assert not _unconfirmed(a, b) and not _unconfirmed(b, a), (a.places, a.districts, b.places, b.districts)


ROME = [
    ("prati-it", "it", "2026-12-07T08:05:00Z", "Incendio a Prati, tre morti", IT_PRATI),
    ("testaccio-it", "it", "2026-12-07T08:15:00Z", "Crolla un palazzo a Testaccio, dodici feriti", IT_TESTACCIO),
    ("prati-en", "en", "2026-12-07T08:25:00Z", "Three killed in Rome apartment fire", EN_PRATI),
    ("testaccio-en", "en", "2026-12-07T08:35:00Z", "Twelve hurt as building collapses in Rome",
     "A four-storey building collapsed in Rome's Testaccio district on Monday, injuring twelve people, officials said."),
    ("prati-de", "de", "2026-12-07T08:45:00Z", "Drei Tote bei Wohnhausbrand in Rom",
     "Bei einem Brand in einem Wohnhaus im Stadtteil Prati in Rom sind am Montag drei Menschen ums Leben gekommen."),
]  # fmt: skip


@pytest.mark.parametrize("order", FIVE_ORDERS, ids=[f"order{k}" for k in range(5)])
def test_a_fire_in_prati_and_a_collapse_in_testaccio_are_two_stories_in_any_order(order: tuple[int, ...]) -> None:
    groups = _groups(ROME, order)
    assert groups == {frozenset({"prati-it", "prati-en", "prati-de"}), frozenset({"testaccio-it", "testaccio-en"})}, groups


PARIS = [
    ("arr-en", "en", "2026-12-02T09:05:00Z", "Gas blast injures six in bakery",
     "A gas blast tore through a bakery in the 11th arrondissement on Wednesday morning, injuring six people, police said."),
    ("paris-en", "en", "2026-12-02T09:15:00Z", "Six hurt in Paris bakery gas blast",
     "Six people were injured on Wednesday morning when a gas explosion tore through a bakery in Paris, police said."),
    ("arr-fr", "fr", "2026-12-02T09:25:00Z", "Explosion de gaz dans une boulangerie : six blessés",
     "Une explosion de gaz a soufflé mercredi matin une boulangerie du 11e arrondissement, blessant six personnes."),
    ("paris-de", "de", "2026-12-02T09:35:00Z", "Gasexplosion in Pariser Bäckerei",
     "Bei einer Gasexplosion in einer Bäckerei in Paris sind am Mittwochmorgen sechs Menschen verletzt worden."),
]  # fmt: skip

FOUR_ORDERS = [order for order in ((0, 1, 2, 3), (3, 2, 1, 0), (2, 0, 3, 1), (1, 3, 0, 2), (3, 0, 1, 2))]


@pytest.mark.parametrize("order", FOUR_ORDERS, ids=[f"order{k}" for k in range(5)])
def test_an_arrondissement_alone_and_paris_alone_are_one_story_in_any_order(order: tuple[int, ...]) -> None:
    groups = _groups(PARIS, order)
    assert groups == {frozenset({"arr-en", "paris-en", "arr-fr", "paris-de"})}, groups


@pytest.mark.parametrize(
    ("text", "language", "city", "district"),
    [
        pytest.param("Bei einem Brand im Berliner Bezirk Neukölln sind am Sonntag drei Menschen gestorben.", "de", "berlin", "neukolln", id="de-berliner"),
        pytest.param("Een brand verwoestte maandag een pand in de Amsterdamse wijk De Pijp.", "nl", "amsterdam", "pijp", id="nl-amsterdamse"),
    ],
)  # fmt: skip
def test_the_city_as_the_adjective_of_a_district_is_a_place_and_no_district(text: str, language: str, city: str, district: str) -> None:
    sig = _signals(text, language)
    assert city in sig.places and sig.districts == (district,), (sig.places, sig.districts)


def test_two_districts_named_with_the_adjective_of_their_city_are_two_events() -> None:
    a = _signals("Bei einem Brand im Berliner Bezirk Neukölln sind am Sonntag drei Menschen gestorben.", "de")
    b = _signals("Bei einem Brand im Berliner Bezirk Spandau sind am Sonntag drei Menschen gestorben.", "de")
    assert _conflict(a, b) and _conflict(b, a), (a.places, b.places)
