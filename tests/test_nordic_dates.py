"""Swedish, Danish and Norwegian dates: the weekday forms that give their own direction ("i tisdags" back,
"på tisdag" ahead), a part of the day after a day ("i går kväll", "tirsdag aften") or compounded with it
("tisdagskvällen"), "natten till söndag" (Saturday night), the day-and-part words ("i aftes", "i natt"),
"förra veckan", "för två dagar sedan", "om två veckor", dates with and without the full stop, clock times
after "kl."/"klockan"/"klokken", and the words that only look like dates.  Invented sentences."""

from __future__ import annotations

import pytest

from parallax.analyze import coverage
from parallax.analyze.timelex import LEXICONS, month_words
from tests.helpers import resolved

SV_PUB = "2026-05-15T08:00:00+02:00"  # a Friday morning
DA_PUB = "2026-05-21T07:30:00+02:00"  # a Thursday morning
NO_PUB = "2026-05-18T07:00:00+02:00"  # a Monday morning


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Bussen körde av vägen i tisdags.", "tisdags", "2026-05-12"),  # the last Tuesday
        ("Olyckan inträffade i tisdags kväll.", "tisdags kväll", "2026-05-12TEV"),
        ("Utredningen presenteras på tisdag.", "tisdag", "2026-05-19"),  # the next one, though the verb is present
        ("Trafikverket ska redovisa sin utredning på onsdag.", "onsdag", "2026-05-20"),
        ("Polisen larmades på tisdagen.", "tisdagen", "2026-05-12"),  # the definite form: the tense decides
        ("Branden startade på tisdagskvällen.", "tisdagskvällen", "2026-05-12TEV"),
        ("Mötet hölls tisdag morgon.", "tisdag morgon", "2026-05-12TMO"),
        ("Han kom hem i går kväll.", "i går kväll", "2026-05-14TEV"),
        ("Han kom hem i går på eftermiddagen.", "i går på eftermiddagen", "2026-05-14TAF"),
        ("I natt brann ett hus i Gävle.", "I natt", "2026-05-14TNI"),  # the night that ended
        ("I kväll håller regeringen presskonferens.", "I kväll", "2026-05-15TEV"),
        ("I morse hittades en bil.", "I morse", "2026-05-15TMO"),
        ("Vi ses i morgon kväll.", "i morgon kväll", "2026-05-16TEV"),  # "morgon" after "i" is tomorrow
        ("Det hände i förrgår.", "i förrgår", "2026-05-13"),
        ("Vägen stängdes förra veckan.", "förra veckan", "2026-W19"),
        ("Beslutet fattas nästa vecka.", "nästa vecka", "2026-W21"),
        ("Han varnade för två dagar sedan.", "två dagar sedan", "2026-05-13"),
        ("Resultatet väntas om två veckor.", "om två veckor", "2026-W22"),
        ("Olyckan skedde den 14 maj 2026.", "14 maj 2026", "2026-05-14"),
        ("Mötet hålls den 1:a juni.", "1:a juni", "2026-06-01"),
        ("Vägen byggdes om i mars förra året.", "mars förra året", "2025-03"),
        ("Skredet gick natten till söndag.", "natten till söndag", "2026-05-09TNI"),  # Saturday night
        ("Regeringen sparar i år.", "i år", "2026"),
        ("Priserna steg i fjol.", "i fjol", "2025"),
        ("Polisen larmades kl. 14.30 i går.", "kl. 14.30 i går", "2026-05-14T14:30"),
        ("Beslutet fattades den 14/5.", "den 14/5", "2026-05-14"),
        ("Han dog i maj.", "maj", "2026-05"),
        ("Det regnade förra sommaren.", "förra sommaren", "2025-SU"),
    ],
)
def test_swedish_dates(text, expr, value):
    assert resolved("sv", text, SV_PUB).get(expr, "missing") == value


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Eksplosionen skete i tirsdags.", "tirsdags", "2026-05-19"),
        ("Politiet holder pressemøde på fredag.", "fredag", "2026-05-22"),
        ("Politiet anholdt tirsdag en 52-årig mand.", "tirsdag", "2026-05-19"),
        ("Branden blev slukket i går aftes.", "i går aftes", "2026-05-20TEV"),
        ("To mennesker omkom i aftes.", "i aftes", "2026-05-20TEV"),  # yesterday evening
        ("Det skete tirsdag aften den 19. maj.", "19. maj", "2026-05-19"),
        ("Det skete tirsdag aften den 19. maj.", "tirsdag aften", "2026-05-19TEV"),
        ("I morges blev vejen åbnet.", "I morges", "2026-05-21TMO"),
        ("Havnen blev lukket sidste uge.", "sidste uge", "2026-W20"),
        ("Tilsynet advarede for to dage siden.", "to dage siden", "2026-05-19"),
        ("Havnen skal inspiceres om to uger.", "om to uger", "2026-W23"),
        ("Havnen har været lukket siden marts sidste år.", "marts sidste år", "2025-03"),
        ("Alarmen gik klokken 21.15 tirsdag.", "klokken 21.15 tirsdag", "2026-05-19T21:15"),
        ("Branden brød ud natten til søndag.", "natten til søndag", "2026-05-16TNI"),
        ("Byrådet mødes i maj.", "maj", "2026-05"),
    ],
)
def test_danish_dates(text, expr, value):
    assert resolved("da", text, DA_PUB).get(expr, "missing") == value


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Skredet gikk natt til søndag.", "natt til søndag", "2026-05-16TNI"),
        ("Politiet ble varslet klokken 03.40 søndag.", "klokken 03.40 søndag", "2026-05-17T03:40"),
        ("NVE var der i tirsdag.", "tirsdag", "2026-05-12"),  # Norwegian "i tirsdag" looks back
        ("Statsministeren besøker stedet på onsdag.", "onsdag", "2026-05-20"),
        ("Statsministeren kjem til bygda tysdag.", "tysdag", "2026-05-19"),  # Nynorsk, a visit ahead
        ("Skredet gikk i går kveld.", "i går kveld", "2026-05-17TEV"),
        ("Skredet gikk søndag 17. mai.", "17. mai", "2026-05-17"),
        ("Det regnet kraftig forrige uke.", "forrige uke", "2026-W20"),
        ("Det ble meldt om sprekker for to uker siden.", "to uker siden", "2026-W19"),
        ("Det vart meldt om sprekker for to dagar sidan.", "to dagar sidan", "2026-05-16"),
        ("I natt gikk et nytt skred.", "I natt", "2026-05-17TNI"),
        ("I kveld holder kommunen folkemøte.", "I kveld", "2026-05-18TEV"),
        ("Møtet var laurdag kveld.", "laurdag kveld", "2026-05-16TEV"),
        ("Det skjedde natt til i dag.", "natt til i dag", "2026-05-17TNI"),
        ("Skredet kom i mai.", "mai", "2026-05"),
    ],
)
def test_norwegian_dates(text, expr, value):
    assert resolved("no", text, NO_PUB).get(expr, "missing") == value


@pytest.mark.parametrize("code", ["nb", "nn"])
def test_bokmal_and_nynorsk_records_read_as_norwegian(code):
    assert LEXICONS[code] is LEXICONS["no"]
    assert "dates" not in coverage.unread(code)
    assert resolved(code, "Skredet gikk i går kveld.", NO_PUB)["i går kveld"] == "2026-05-17TEV"


@pytest.mark.parametrize(
    ("lang", "text", "pub"),
    [
        ("sv", "Juniorerna i Lillsjövik IF ställde in matchen.", SV_PUB),  # "juni" inside a word
        ("sv", "Maj Andersson bor intill vägen.", SV_PUB),  # a name, no month
        ("sv", "Sedan dess har vägen varit avstängd.", SV_PUB),  # "since", no count: no "ago"
        ("sv", "Föraren är 45 år gammal.", SV_PUB),  # an age, no duration
        ("sv", "Mars är den fjärde planeten.", SV_PUB),  # the planet
        ("sv", "Fredagsmys och tisdagar med kören.", SV_PUB),  # compounds and plurals of weekdays
        ("sv", "Vår kommun har fått en ny marschväg.", SV_PUB),  # "vår" is "our"; "mars" inside a word
        ("da", "Maj Andersen vågnede ved braget.", DA_PUB),
        ("da", "August Jensen var på vagt.", DA_PUB),
        ("da", "Siden da har havnen været lukket.", DA_PUB),
        ("da", "Han er 45 år gammel.", DA_PUB),
        ("no", "Mai var uvanlig våt.", NO_PUB),  # a month, but also a name: alone it is left unread
        ("no", "Det er viktig for å nå fram.", NO_PUB),  # "nå" is also "reach"
        ("no", "Vår kommune er liten.", NO_PUB),
        ("no", "Mannen er 45 år gammel.", NO_PUB),
    ],
)
def test_nordic_words_that_only_look_like_dates(lang, text, pub):
    assert resolved(lang, text, pub) == {}


def test_nordic_month_words_make_a_day_of_the_figure_before_them():
    for lang, month in (("sv", "maj"), ("da", "marts"), ("no", "mai"), ("nb", "desember"), ("nn", "juni")):
        assert month in month_words(lang)


@pytest.mark.parametrize(("lang", "pub"), [("sv", SV_PUB), ("no", NO_PUB)])
def test_march_after_a_word_that_governs_a_month(lang, pub):
    # "mars" alone is also the planet: a month after "i", "sedan", "fra" ...
    assert resolved(lang, "Vägen stängdes i mars.", pub)["mars"] == "2026-03"
    assert resolved(lang, "Mars är den fjärde planeten.", pub) == {}


TUE_PUB = "2026-05-19T08:00:00+02:00"  # a Tuesday morning
TUE_EVENING = "2026-05-19T21:30:00+02:00"


@pytest.mark.parametrize(
    ("lang", "text", "expr", "value"),
    [
        # a report of what happened: the night that just ended
        ("sv", "I natt brann ett hus i Gävle.", "I natt", "2026-05-18TNI"),
        ("sv", "Räddningstjänsten larmades i natt.", "i natt", "2026-05-18TNI"),
        ("da", "I nat brændte en lade ned.", "I nat", "2026-05-18TNI"),
        ("no", "Politiet ble varslet i natt.", "i natt", "2026-05-18TNI"),
        ("no", "I natt gikk et nytt skred.", "I natt", "2026-05-18TNI"),
        ("sv", "Räddningstjänsten arbetar i natt med släckningen.", "i natt", "2026-05-18TNI"),  # no tense: a report
        # a sentence about the future: tonight
        ("sv", "I natt väntas kraftigt snöfall i norr.", "I natt", "2026-05-19TNI"),
        ("sv", "Polisen kommer att patrullera i natt.", "i natt", "2026-05-19TNI"),
        ("sv", "Inatt blir det minusgrader.", "Inatt", "2026-05-19TNI"),
        ("da", "I nat skal politiet patruljere i byen.", "I nat", "2026-05-19TNI"),
        ("da", "Der ventes frost i nat.", "i nat", "2026-05-19TNI"),
        ("no", "I natt blir det minusgrader.", "I natt", "2026-05-19TNI"),
        ("no", "Det ventes kraftig vind i natt.", "i natt", "2026-05-19TNI"),
        # the night named with its weekday stays that night
        ("sv", "Skredet gick i natt till söndag.", "natt till söndag", "2026-05-16TNI"),
    ],
)
def test_nordic_i_natt_is_last_night_in_a_report_and_tonight_ahead(lang, text, expr, value):
    assert resolved(lang, text, TUE_PUB).get(expr, "missing") == value


@pytest.mark.parametrize(("lang", "text", "expr"), [("sv", "I natt stängs vägen för trafik.", "I natt"), ("no", "Veien stenges i natt.", "i natt")])
def test_nordic_i_natt_in_a_report_written_that_night_is_tonight(lang, text, expr):
    assert resolved(lang, text, TUE_EVENING)[expr] == "2026-05-19TNI"
    assert resolved(lang, text, TUE_PUB)[expr] == "2026-05-18TNI"  # the same words in the morning: last night


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Hon arbetade i nattskiftet."),  # a compound, no night of its own
        ("da", "Han kom hjem i nattoget."),
        ("no", "Hun jobbet i nattevakten."),
        ("sv", "Vi vakade hela natten."),  # a night with no day to name
    ],
)
def test_nordic_words_that_only_look_like_i_natt(lang, text):
    assert resolved(lang, text, TUE_PUB) == {}


@pytest.mark.parametrize(
    ("lang", "text", "expr", "value"),
    [
        # written on a Tuesday: "i tisdags" / "i tirsdag(s)" is the Tuesday a week back, as "last Tuesday" is
        ("sv", "Bussen körde av vägen i tisdags.", "tisdags", "2026-05-12"),
        ("sv", "Olyckan inträffade i tisdags kväll.", "tisdags kväll", "2026-05-12TEV"),
        ("sv", "Beslutet som fattades i tisdags ska gälla från juni.", "tisdags", "2026-05-12"),  # a future verb too
        ("da", "Eksplosionen skete i tirsdags.", "tirsdags", "2026-05-12"),
        ("no", "NVE var der i tirsdag.", "tirsdag", "2026-05-12"),
        ("no", "Skredet gikk i tirsdags.", "tirsdags", "2026-05-12"),
        # "på tisdag" / "på tirsdag" the Tuesday a week ahead, as "next Tuesday" is
        ("sv", "Utredningen presenteras på tisdag.", "tisdag", "2026-05-26"),
        ("da", "Byrådet mødes på tirsdag.", "tirsdag", "2026-05-26"),
        ("no", "Møtet holdes på tirsdag.", "tirsdag", "2026-05-26"),
        ("nn", "Møtet vert halde på tysdag.", "tysdag", "2026-05-26"),
        # traps: a bare weekday, the definite form and Swedish "i tisdag" are the publication day, as "on Tuesday" is
        ("sv", "Polisen larmades tisdag förmiddag.", "tisdag förmiddag", "2026-05-19TMO"),
        ("sv", "Mötet hölls på tisdagen.", "tisdagen", "2026-05-19"),
        ("sv", "Kommunen meddelade i tisdag att skolan stänger.", "tisdag", "2026-05-19"),
        ("da", "Politiet anholdt tirsdag en 52-årig mand.", "tirsdag", "2026-05-19"),
        ("no", "Politiet rykket ut tirsdag morgen.", "tirsdag morgen", "2026-05-19TMO"),
        ("sv", "Skredet gick natten till tisdag.", "natten till tisdag", "2026-05-18TNI"),
        # another weekday: the last one back, the next one ahead, as before
        ("sv", "Bilen hittades i måndags.", "måndags", "2026-05-18"),
        ("da", "Høringen holdes på onsdag.", "onsdag", "2026-05-20"),
        ("no", "Brannen startet i søndag.", "søndag", "2026-05-17"),
    ],
)
def test_nordic_weekday_forms_written_on_that_weekday(lang, text, expr, value):
    assert resolved(lang, text, TUE_PUB).get(expr, "missing") == value


SAT_PUB = "2026-05-23T09:00:00+02:00"
SUN_PUB = "2026-05-17T10:00:00+02:00"


@pytest.mark.parametrize(
    ("lang", "text", "expr", "value", "pub"),
    [
        # the weekend just past in a report, the coming one in a sentence about the future, as "the weekend"
        ("sv", "Det brann i helgen.", "i helgen", "2026-W20-WE", TUE_PUB),
        ("sv", "Två personer omkom i trafiken under helgen.", "under helgen", "2026-W20-WE", TUE_PUB),
        ("sv", "I helgen väntas regn.", "I helgen", "2026-W21-WE", TUE_PUB),
        ("sv", "Festivalen ska hållas i helgen.", "i helgen", "2026-W21-WE", TUE_PUB),
        ("da", "Tre personer blev anholdt i weekenden.", "i weekenden", "2026-W20-WE", TUE_PUB),
        ("da", "I weekenden skal der spilles koncerter.", "I weekenden", "2026-W21-WE", TUE_PUB),
        ("no", "Det ble meldt om flere branner i helgen.", "i helgen", "2026-W20-WE", TUE_PUB),
        ("no", "Mange var ute på fjellet i helga.", "i helga", "2026-W20-WE", TUE_PUB),
        ("no", "I helgen skal det regne.", "I helgen", "2026-W21-WE", TUE_PUB),
        # written during a weekend: that weekend
        ("sv", "I helgen hålls marknad på torget.", "I helgen", "2026-W21-WE", SAT_PUB),
        ("no", "Det var mange ulykker i helgen.", "i helgen", "2026-W20-WE", SUN_PUB),
        # "förra helgen", "nästa helg" keep their words
        ("sv", "Det brann förra helgen.", "förra helgen", "2026-W20-WE", TUE_PUB),
    ],
)
def test_nordic_i_helgen_is_the_weekend_near_publication(lang, text, expr, value, pub):
    assert resolved(lang, text, pub).get(expr, "missing") == value


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Butiken har öppet i påskhelgen."),  # a holiday's "helg", one word
        ("sv", "Han tittade på helgens match."),  # the genitive before a noun: no weekend named by a preposition
        ("da", "Han læste weekendavisen."),
        ("no", "Han har fri i julehelga."),
    ],
)
def test_nordic_words_that_only_look_like_i_helgen(lang, text):
    assert resolved(lang, text, TUE_PUB) == {}
