"""Finnish dates: months and weekdays in the cases news uses, weekdays compounded with their part of the
day, "sitten" and "päästä", clock times after "kello", and the words that only look like dates.  Invented
sentences; PUB is a Thursday morning."""

from __future__ import annotations

import pytest

from tests.helpers import analyzed, resolved

PUB = "2026-05-14T06:40:00+03:00"  # a Thursday


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Lautta ajoi karille 13. toukokuuta illalla.", "13. toukokuuta", "2026-05-13"),
        ("Sopimus allekirjoitettiin 3. helmikuuta 2025.", "3. helmikuuta 2025", "2025-02-03"),
        ("Vaalit pidetään kesäkuussa.", "kesäkuussa", "2026-06"),
        ("Alus saapui tiistaina satamaan.", "tiistaina", "2026-05-12"),
        ("Tiistai-iltana lautta ajoi karille.", "Tiistai-iltana", "2026-05-12TEV"),
        ("Juna suistui raiteilta maanantai-iltana.", "maanantai-iltana", "2026-05-11TEV"),
        ("Kokous pidettiin keskiviikkoiltana.", "keskiviikkoiltana", "2026-05-13TEV"),
        ("Perjantaiaamuna satoi lunta.", "Perjantaiaamuna", "2026-05-08TMO"),
        ("Lautta ajoi eilen illalla karille.", "eilen illalla", "2026-05-13TEV"),
        ("Tänä aamuna sukeltajat tarkastivat pohjan.", "Tänä aamuna", "2026-05-14TMO"),
        ("Viime yönä myrsky kaatoi puita.", "Viime yönä", "2026-05-13TNI"),
        ("Eilisiltana satamassa oli hiljaista.", "Eilisiltana", "2026-05-13TEV"),
        ("Huomenna hallitus päättää asiasta.", "Huomenna", "2026-05-15"),
        ("Ministeri erosi viime viikolla.", "viime viikolla", "2026-W19"),
        ("Hinnat nousivat viime kuussa.", "viime kuussa", "2026-04"),
        ("Silta romahti kolme päivää sitten.", "kolme päivää sitten", "2026-05-11"),
        ("Onnettomuus sattui viikko sitten.", "viikko sitten", "2026-W19"),
        ("Tulokset julkaistaan kolmen päivän päästä.", "kolmen päivän päästä", "2026-05-17"),
        ("Alus rakennettiin vuonna 1999.", "1999", "1999"),
        ("Onnettomuus tapahtui eilen noin kello 18.30.", "kello 18.30", "2026-05-13T18:30"),
        ("Juna suistui eilen vähän ennen kello 21:tä.", "kello 21:tä", "2026-05-13T21:00"),
    ],
)
def test_finnish_dates(text, expr, value):
    assert resolved("fi", text, PUB).get(expr, "missing") == value


@pytest.mark.parametrize(
    "text",
    [
        "Kesä oli tänä vuonna sateinen ja kesällä satoi paljon.",  # "kesä" (summer) is no June
        "Kuusi kuusta kaatui myrskyssä.",  # "kuusi" is six and a spruce; no unit follows
        "Kello on tärkeä osa laivan varustusta.",
    ],
)
def test_finnish_words_that_only_look_like_dates(text):
    assert not any(v and v.startswith("2026-0") for v in resolved("fi", text, PUB).values())


def test_finnish_words_that_start_like_a_month_are_no_months():
    # "maa" (country) starts like "maaliskuu": twelve countries, not 12 March
    assert [q.value for q in analyzed("Kokoukseen osallistui 12 maata ja 3 maa lähetti tarkkailijan.", "fi", PUB).quantities][-1] == 3.0


def test_finnish_day_of_month_is_no_count():
    art = analyzed("Lautta ajoi karille 13. toukokuuta. Aluksella oli 1200 matkustajaa.", "fi", PUB)
    assert [q.value for q in art.quantities] == [1200.0]


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # Finnish says the future in the present: the present passive, a verb's long vowel, "ensi", "tulee"
        ("Kokous pidetään perjantaina.", "perjantaina", "2026-05-15"),
        ("Silta avataan liikenteelle lauantaina.", "lauantaina", "2026-05-16"),
        ("Asiaa käsitellään maanantaina.", "maanantaina", "2026-05-18"),
        ("Eduskunta äänestää asiasta tiistaina.", "tiistaina", "2026-05-19"),
        ("Presidentti saapuu Helsinkiin sunnuntaina.", "sunnuntaina", "2026-05-17"),
        ("Uusi laki tulee voimaan maanantaina.", "maanantaina", "2026-05-18"),
        ("Ensi maanantaina kokoonnutaan uudelleen.", "Ensi maanantaina", "2026-05-18"),
        # ... and the past in the past: a passive, a diphthong or "-tti" at the end, "viime"
        ("Kokous pidettiin maanantaina.", "maanantaina", "2026-05-11"),
        ("Tulipalo syttyi tiistaina.", "tiistaina", "2026-05-12"),
        ("Onnettomuudessa loukkaantui 12 matkustajaa sunnuntaina.", "sunnuntaina", "2026-05-10"),
        ("Poliisi pidätti kolme miestä perjantaina.", "perjantaina", "2026-05-08"),
        ("Vantaan poliisi tiedotti asiasta maanantaina.", "maanantaina", "2026-05-11"),
        ("Viime maanantaina kokous peruttiin.", "Viime maanantaina", "2026-05-11"),
        # with neither, a weekday still looks back, as news mostly reports
        ("Kaksi ihmistä kuoli maanantaina.", "maanantaina", "2026-05-11"),
    ],
)
def test_finnish_weekday_follows_the_tense_of_its_verb(text, expr, value):
    assert resolved("fi", text, PUB).get(expr, "missing") == value
