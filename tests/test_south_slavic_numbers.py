"""Croatian, Bosnian and Serbian (both scripts) and Slovenian number words and figures, on sentences of our
own: the forms a count takes ("dvije", "dve", "dvojica", "petoro", "dvanajstih", "štirje"), tens and units
("dvadeset i pet", "triindvajset"), hundreds and thousands ("dvije tisuće", "dve hiljade"), scales ("2,5
milijuna eura", "2,5 mil. dinara", "15 mio. evrov"), ages ("52-godišnji", "45-годишњи", "45-letni"), and the
traps: Serbian "sto" (table), "one" (they), plural and vague thousands, clock times."""

from __future__ import annotations

import pytest

from parallax.analyze.quantities import find_quantities
from parallax.analyze.quantities.labels import AGE
from tests.helpers import analyzed


def _read(text: str, lang: str) -> list[tuple[str, float, str | None]]:
    return [(q.text, q.value, q.unit) for q in find_quantities(text, lang, [])]


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("hr", "U požaru je poginulo četrnaest ljudi.", [("četrnaest", 14.0, "ljudi")]),
        ("hr", "Požar je odnio živote dvanaest osoba.", [("dvanaest", 12.0, "osoba")]),
        ("hr", "Ozlijeđeno je dvadeset sedam osoba, od kojih su četiri u teškom stanju.",
         [("dvadeset sedam", 27.0, "osoba"), ("četiri", 4.0, None)]),
        ("hr", "Na gašenju je bilo dvadeset i pet vatrogasaca.", [("dvadeset i pet", 25.0, "vatrogasaca")]),
        ("hr", "Autobus je prevozio četrdeset dvoje putnika.", [("četrdeset dvoje", 42.0, "putnika")]),
        ("hr", "Evakuirano je dvije tisuće ljudi.", [("dvije tisuće", 2000.0, "ljudi")]),
        ("hr", "U požaru je poginulo 12 osoba, a 27 ih je ozlijeđeno.", [("12", 12.0, "osoba"), ("27", 27.0, None)]),
        ("hr", "Vlada je izdvojila 2,5 milijuna eura, a šteta je 15 mil. eura.", [("2,5 milijuna", 2.5e6, "€"), ("15 mil", 15e6, "€")]),
        ("bs", "Evakuisano je dvije hiljade ljudi i trojica rudara.", [("dvije hiljade", 2000.0, "ljudi"), ("trojica", 3.0, "rudara")]),
        ("sr", "Povređeno je osamnaest ljudi, među njima i dva vatrogasca.", [("osamnaest", 18.0, "ljudi"), ("dva", 2.0, "vatrogasca")]),
        ("sr", "Evakuisano je dve hiljade ljudi.", [("dve hiljade", 2000.0, "ljudi")]),
        ("sr", "Grad je izdvojio 2,5 mil. dinara.", [("2,5 mil", 2.5e6, "RSD")]),  # the noun past the abbreviation
        ("sr", "Grad je izdvojio 2,5 miliona dinara.", [("2,5 miliona", 2.5e6, "RSD")]),
        ("sr", "Погинуло је четрнаест људи, а петоро је у тешком стању.", [("четрнаест", 14.0, "људи"), ("петоро", 5.0, None)]),
        ("sr", "Влада је доделила 2,5 мил. динара, а штета је 15 милиона евра.", [("2,5 мил", 2.5e6, "RSD"), ("15 милиона", 15e6, "€")]),
        ("sl", "V eksploziji je umrlo štirinajst ljudi.", [("štirinajst", 14.0, "ljudi")]),
        ("sl", "Eksplozija je zahtevala življenja dvanajstih ljudi.", [("dvanajstih", 12.0, "ljudi")]),
        ("sl", "Ranjenih je bilo triindvajset ljudi, štirje so v kritičnem stanju.", [("triindvajset", 23.0, "ljudi"), ("štirje", 4.0, None)]),
        ("sl", "Vlada je namenila 2,5 mio. evrov, škoda pa znaša 15 milijonov evrov.", [("2,5 mio", 2.5e6, "€"), ("15 milijonov", 15e6, "€")]),
        ("sl", "Pomagalo je dvesto gasilcev in tisoč dvesto prostovoljcev.", [("dvesto", 200.0, "gasilcev"), ("tisoč dvesto", 1200.0, "prostovoljcev")]),
    ],
)
def test_south_slavic_numbers(lang, text, found):
    assert _read(text, lang) == found


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("hr", "Cijene su porasle dvadeset posto.", [("dvadeset posto", 20.0, "%")]),
        ("sr", "Nezaposlenost je 12 odsto, a inflacija 5 procenata.", [("12 odsto", 12.0, "%"), ("5 procenata", 5.0, "%")]),
        ("sr", "Цене су порасле 12 одсто.", [("12 одсто", 12.0, "%")]),
        ("sl", "Plače so se zvišale za 2,5 odstotka.", [("2,5 odstotka", 2.5, "%")]),
        ("sk", "Ceny vzrástli o dve percentá.", [("dve percentá", 2.0, "%")]),
        ("it", "Ci sono 20 posti liberi.", [("20", 20.0, "posti")]),  # (the Italian "posto" is a place)
    ],
)
def test_percent_words(lang, text, found):
    assert _read(text, lang) == found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sr", "Seli su za sto."),  # "sto" is also the table
        ("hr", "One su ostale kod kuće."),  # "one" is "they", not the English one
        ("hr", "Tisuće ljudi izašle su na ulice."),  # thousands
        ("sr", "Nekoliko hiljada ljudi i stotine vatrogasaca."),
        ("sr", "Хиљаде људи изашле су на улице."),
        ("sl", "Tisoči ljudi so prišli na ulice, nekaj tisoč jih je čakalo."),
        ("hr", "Ostala je samo jedna kuća."),  # one, no count
    ],
)
def test_south_slavic_traps_count_nothing(lang, text):
    assert _read(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [("hr", "Uhićen je 52-godišnji voditelj smjene."), ("sr", "Policija je privela 58-godišnju direktorku."),
     ("sr", "Машиновођа, 45-годишњи мушкарац, преживео је."), ("sl", "Med ranjenimi je 45-letni vodja izmene."),
     ("bs", "Povrijeđen je 45-godišnji poslovođa.")],
)
def test_south_slavic_ages_are_no_counts(lang, text):
    assert [q.unit for q in find_quantities(text, lang, [])] == [AGE]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("hr", "Požar je u utorak izbio u 14:30 sati, poginulo je 12 osoba."),
     ("sr", "Судар се у уторак догодио у 14.30 часова, погинуло је 12 људи."),
     ("sr", "Požar je u utorak izbio oko 14.30 časova, poginulo je 12 štićenika."),
     ("sl", "Eksplozija je v torek odjeknila ob 14.30, umrlo je 12 ljudi."),
     ("sk", "Autobus v utorok zišiel z cesty o 14.30 h, zahynulo 12 ľudí.")],
)
def test_clock_times_are_no_counts(lang, text):
    assert [q.value for q in analyzed(text, lang, "2026-05-14T09:00:00+02:00").quantities] == [12.0]


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        # the convertible mark, after the figure, past a scale's full stop, before the figure, in Cyrillic
        ("bs", "Šteta je procijenjena na 2,5 miliona KM.", [("2,5 miliona", 2.5e6, "BAM")]),
        ("bs", "Kazna iznosi 500 KM, a za ponovljeni prekršaj 1.000 KM.", [("500", 500.0, "BAM"), ("1.000", 1000.0, "BAM")]),
        ("bs", "Budžet je povećan za 12 mil. KM.", [("12 mil", 12e6, "BAM")]),
        ("bs", "Kazna iznosi KM 500.", [("500", 500.0, "BAM")]),
        ("bs", "Isplaćeno je 300 konvertibilnih maraka.", [("300", 300.0, "BAM")]),
        ("sr", "Помоћ од 500 КМ добиће свака породица.", [("500", 500.0, "BAM")]),
        ("hr", "Za zemljište je plaćeno 40.000 KM.", [("40.000", 40000.0, "BAM")]),
        ("bs", "Ugovor je vrijedan 3 miliona BAM.", [("3 miliona", 3e6, "BAM")]),
        # the dinar and the kuna
        ("sr", "Cena karte je 300 dinara.", [("300", 300.0, "RSD")]),
        ("sr", "Kazna je 5.000 din. za vozače.", [("5.000", 5000.0, "RSD")]),
        ("sr", "Prosečna plata je 90.000 RSD.", [("90.000", 90000.0, "RSD")]),
        ("sr", "Штета је 2 милиона динара.", [("2 милиона", 2e6, "RSD")]),
        ("hr", "Plaća je tada bila 7.000 kuna.", [("7.000", 7000.0, "HRK")]),
        ("hr", "Trošak je 450 kn po osobi.", [("450", 450.0, "HRK")]),
        # the euro stays the euro
        ("sr", "Pomoć od 20 miliona evra.", [("20 miliona", 20e6, "€")]),
        ("bs", "Iznos od 3 miliona eura i 2 miliona KM.", [("3 miliona", 3e6, "€"), ("2 miliona", 2e6, "BAM")]),
    ],
)
def test_marks_dinars_and_kunas_are_their_currencies(lang, text, found):
    assert _read(text, lang) == found


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("bs", "Put do Mostara dug je 12 km.", [("12", 12.0, "km")]),  # lower case: the kilometre
        ("sr", "До града има 40 км.", [("40", 40.0, "км")]),
        ("hr", "Kolona je bila duga 5 km, a brzina 60 km/h.", [("5", 5.0, "km"), ("60", 60.0, "km/h")]),
        ("de", "Die Strecke ist 12 KM lang.", [("12", 12.0, "km")]),  # another language: no mark
        ("sl", "Cesta je dolga 12 KM.", [("12", 12.0, "km")]),
        ("bs", "Na listi KMB je 12 kandidata.", [("12", 12.0, "kandidata")]),  # letters of a longer word
        ("sr", "Ispred zgrade je bilo 300 ljudi.", [("300", 300.0, "ljudi")]),
    ],
)
def test_kilometres_and_other_words_are_no_money(lang, text, found):
    assert _read(text, lang) == found
