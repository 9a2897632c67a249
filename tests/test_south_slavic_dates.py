"""Croatian, Bosnian and Serbian (both scripts) and Slovenian dates: months and weekdays in their cases,
relative days and their parts, clock times, and the words that only look like dates.  Invented sentences;
PUB is a Thursday morning."""

from __future__ import annotations

import pytest

from parallax.analyze.timelex.sh import cyrillic
from tests.helpers import analyzed, resolved

PUB = "2026-05-14T09:10:00+02:00"  # a Thursday


@pytest.mark.parametrize(
    ("lang", "text", "expr", "value"),
    [
        # Croatian month names and the Latin ones Bosnian and Serbian use
        ("hr", "Požar je izbio 12. svibnja u popodnevnim satima.", "12. svibnja", "2026-05-12"),
        ("hr", "Sporazum je potpisan 3. veljače 2025.", "3. veljače 2025", "2025-02-03"),
        ("hr", "Radovi počinju u lipnju.", "lipnju", "2026-06"),
        ("sr", "Požar je izbio 12. maja.", "12. maja", "2026-05-12"),
        ("bs", "Rudnik je zatvoren od marta.", "marta", "2026-03"),
        ("sr", "Судар се догодио 12. маја.", "12. маја", "2026-05-12"),
        # weekdays, ijekavian and ekavian, with their parts of the day
        ("hr", "U požaru je u utorak poginulo 12 osoba.", "utorak", "2026-05-12"),
        ("hr", "Vatra je izbila u srijedu navečer.", "srijedu navečer", "2026-05-13TEV"),
        ("sr", "Vatra je izbila u sredu uveče.", "sredu uveče", "2026-05-13TEV"),
        ("sr", "Возови су се сударили у среду.", "среду", "2026-05-13"),
        ("hr", "Policija je jučer navečer ispitala voditelja smjene.", "jučer navečer", "2026-05-13TEV"),
        ("sr", "Policija je juče uveče saslušala direktorku.", "juče uveče", "2026-05-13TEV"),
        ("sr", "Полиција је јуче увече саслушала машиновођу.", "јуче увече", "2026-05-13TEV"),
        ("hr", "Sinoć je pao snijeg.", "Sinoć", "2026-05-13TNI"),
        ("hr", "Požar je izbio prije dva dana.", "prije dva dana", "2026-05-12"),
        ("sr", "Požar je izbio pre dva dana.", "pre dva dana", "2026-05-12"),
        ("sr", "Судар се догодио пре два дана.", "пре два дана", "2026-05-12"),
        ("hr", "Tvornica je prošlog tjedna prošla nadzor.", "prošlog tjedna", "2026-W19"),
        ("bs", "Rudnik je prošle sedmice prošao kontrolu.", "prošle sedmice", "2026-W19"),
        # Serbian "nedelja" is the week after a word that places a week, Sunday after "u"
        ("sr", "Inspekcija je prošle nedelje obišla dom.", "prošle nedelje", "2026-W19"),
        ("sr", "Пруга је прошле недеље прошла контролу.", "прошле недеље", "2026-W19"),
        ("sr", "Sahrane žrtava biće održane u nedelju.", "nedelju", "2026-05-17"),  # the future: "biće"
        ("sr", "Сахране погинулих биће одржане у недељу.", "недељу", "2026-05-17"),
        ("hr", "Sprovodi će se održati u subotu.", "subotu", "2026-05-16"),
        ("bs", "Dženaza će biti klanjana u petak.", "petak", "2026-05-15"),
        ("hr", "Požar je izbio u utorak u 14:30 sati.", "14:30 sati", "2026-05-12T14:30"),
        ("sr", "Судар се у уторак догодио у 14.30 часова.", "14.30 часова", "2026-05-12T14:30"),
        ("hr", "Vatra je gašena od 2019. godine.", "2019", "2019"),
        # Slovenian
        ("sl", "Eksplozija je odjeknila 12. maja.", "12. maja", "2026-05-12"),
        ("sl", "V eksploziji je v torek umrlo 12 ljudi.", "torek", "2026-05-12"),
        ("sl", "Eksplozija je odjeknila v sredo zvečer.", "sredo zvečer", "2026-05-13TEV"),
        ("sl", "Policija je včeraj zvečer zaslišala direktorja.", "včeraj zvečer", "2026-05-13TEV"),
        ("sl", "Eksplozija se je zgodila pred dvema dnevoma.", "pred dvema dnevoma", "2026-05-12"),
        ("sl", "Most se je zrušil pred tremi dnevi.", "pred tremi dnevi", "2026-05-11"),
        ("sl", "Inšpektorji so tovarno pregledali prejšnji teden.", "prejšnji teden", "2026-W19"),
        ("sl", "Pogrebi žrtev bodo v soboto.", "soboto", "2026-05-16"),
        ("sl", "Eksplozija je v torek odjeknila ob 14.30.", "14.30", "2026-05-12T14:30"),
        ("sl", "Lani se je število nesreč zmanjšalo.", "Lani", "2025"),
    ],
)
def test_south_slavic_dates(lang, text, expr, value):
    assert resolved(lang, text, PUB).get(expr, "missing") == value


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("hr", "Kuna se dijelila na sto lipa."),  # "lipa" (the coin, the linden) is no "lipanj"
        ("hr", "Maja Perić rekla je da je sve u redu."),  # "Maja" is a name
        ("sr", "Marta Jović i Maja Ilić su stigle."),
        ("hr", "Puhao je studeni vjetar."),  # "studeni" is also "cold"
        ("sr", "Sredina grada je zatvorena."),  # "sredina" (the middle) is no "sreda"
        ("hr", "Vatrogasci su vatru gasili 14 sati."),  # a duration, no clock time
        ("sr", "Radovi će trajati nedelju dana."),  # a week, no Sunday
        ("sl", "Sredi mesta je park."),  # "sredi" (in the middle of) is no Wednesday
        ("sl", "Maja Novak je prišla na sestanek."),
        ("sr", "Više od 20 ljudi evakuisano je iz zgrade u centru Novog Sada."),  # "Sad", "Sada" is the city, not "now"
    ],
)
def test_south_slavic_words_that_only_look_like_dates(lang, text):
    assert not any(v and v.startswith("2026-05-1") for v in resolved(lang, text, PUB).values())


def test_serbian_weeks_counted_in_nedelja_are_weeks():
    assert resolved("sr", "Radovi su trajali dve nedelje.", PUB).get("dve nedelje") == "P2W"


def test_serbian_latin_maps_to_cyrillic_letter_by_letter():
    assert cyrillic("nedelja") == "недеља"
    assert cyrillic("džep") == "џеп"
    assert cyrillic("prošle") == "прошле"


@pytest.mark.parametrize(("lang", "text"), [("hr", "Požar je izbio 14. svibnja. Poginulo je 12 osoba."),
                                            ("sr", "Судар се догодио 14. маја. Погинуло је 12 људи."),
                                            ("sl", "Eksplozija je odjeknila 14. maja. Umrlo je 12 ljudi.")])
def test_south_slavic_day_of_month_is_no_count(lang, text):
    assert [q.value for q in analyzed(text, lang, PUB).quantities] == [12.0]
