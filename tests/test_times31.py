"""Temporal gaps closed in round 31, each in its shared mechanism, with guards that must not change.

1. Romanian and Greek clock hours after their word for "at" alone ("la ora 18", "pe la 10 seara", "στις 6 το
   απόγευμα"), a part of the day after the hour setting its half, as for es/it/pt (tests/test_clock_times30.py).
2. Midnight and noon words outside English ("um Mitternacht", "à midi", "o północy"), the ambiguous ones only
   after a word for "at" ("dans le Midi", "na północ od Krakowa" stay no time).
3. A four-digit figure between an article and a plural person's noun is a count ("die 1900 Menschen").
4. Catalan and Serbo-Croatian ages are no spans of years ("un veí de 45 anys", "muškarac star 45 godina"), and a
   day one "is" is no length ("És un dia molt trist").
"""

from __future__ import annotations

import pytest

from tests.helpers import resolved

PUBLISHED = "2026-03-14"  # a Saturday: Tuesday is the 10th, Thursday the 12th


@pytest.mark.parametrize(
    ("lang", "text", "expression", "value"),
    [
        ("ro", "Consiliul s-a reunit la ora 18.", "ora 18", "2026-03-14T18:00"),
        ("ro", "Consiliul s-a reunit la ora 18:30.", "ora 18:30", "2026-03-14T18:30"),
        ("ro", "Incendiul a izbucnit în jurul orei 3 dimineața.", "orei 3 dimineața", "2026-03-14T03:00"),
        ("ro", "Incendiul a izbucnit in jurul orei 3 dimineata.", "orei 3 dimineata", "2026-03-14T03:00"),
        ("ro", "Trenul a ajuns pe la 10 seara.", "10 seara", "2026-03-14T22:00"),
        ("ro", "Incendiul a izbucnit marți la ora 22.", "ora 22", "2026-03-10T22:00"),
        ("ro", "Incendiul a izbucnit la ora 22 de marți.", "ora 22", "2026-03-10T22:00"),
        ("ro", "Ședința a început la ora 4 după-amiaza.", "ora 4 după-amiaza", "2026-03-14T16:00"),
        ("el", "Το τρένο έφτασε στις 6 το απόγευμα.", "στις 6 το απόγευμα", "2026-03-14T18:00"),
        ("el", "Η συνεδρίαση άρχισε στις 18:00.", "στις 18:00", "2026-03-14T18:00"),
        ("el", "Η φωτιά ξέσπασε γύρω στις 3 τα ξημερώματα.", "γύρω στις 3 τα ξημερώματα", "2026-03-14T03:00"),
        ("el", "Η φωτιά ξέσπασε την Τρίτη στις 10 το βράδυ.", "στις 10 το βράδυ", "2026-03-10T22:00"),
        ("el", "Η φωτιά ξέσπασε στις 22.", "στις 22", "2026-03-14T22:00"),
        ("el", "Η φωτιά ξέσπασε τις πρωινές ώρες της Τρίτης.", "πρωινές ώρες της Τρίτης", "2026-03-10TMO"),
        ("el", "Η φωτιά ξέσπασε τα ξημερώματα της Πέμπτης.", "ξημερώματα της Πέμπτης", "2026-03-12TNI"),
    ],
)
def test_ro_el_hour_after_the_word_for_at_is_a_clock_time(lang: str, text: str, expression: str, value: str) -> None:
    assert resolved(lang, text, PUBLISHED).get(expression) == value


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ro", "Au participat la 18 echipe.", {}),
        ("ro", "Până la 20 de persoane au murit.", {}),
        ("ro", "Incendiul a izbucnit marți seara.", {"marți seara": "2026-03-10TEV"}),
        ("el", "Η συνάντηση έγινε στις 6 Μαρτίου.", {"6 Μαρτίου": "2026-03-06"}),
        ("el", "Η συνάντηση έγινε στις 17/5.", {"στις 17/5": "2026-05-17"}),
        ("el", "Η βοήθεια δόθηκε στις 18 ομάδες.", {}),
        ("el", "Η πληρωμή γίνεται στις 3 του μήνα.", {}),
        ("el", "Οι εκλογές έγιναν στις 3 και 4 Μαρτίου.", {"3 και 4 Μαρτίου": "2026-03-03/2026-03-04"}),
        ("el", "Η απεργία κράτησε 24 ώρες.", {"24 ώρες": "PT24H"}),
        ("el", "Η φωτιά ξέσπασε χθες το πρωί.", {"χθες το πρωί": "2026-03-13TMO"}),
    ],
)
def test_ro_el_no_clock_time_without_the_hour_word_or_before_a_noun(lang: str, text: str, expected: dict) -> None:
    assert resolved(lang, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expression", "value"),
    [
        ("de", "Der Brand brach gegen Mitternacht aus.", "Mitternacht", "2026-03-14T24:00"),
        ("de", "Die Sitzung begann am Dienstag um Mitternacht.", "Mitternacht", "2026-03-10T24:00"),
        ("de", "Der Zug kam am Mittag an.", "Mittag", "2026-03-14T12:00"),
        ("fr", "L'incendie a éclaté à minuit.", "minuit", "2026-03-14T24:00"),
        ("fr", "Il est arrivé mardi à midi.", "midi", "2026-03-10T12:00"),
        ("es", "El incendio comenzó a medianoche.", "medianoche", "2026-03-14T24:00"),
        ("es", "Llegó al mediodía.", "mediodía", "2026-03-14T12:00"),
        ("it", "L'incendio è scoppiato a mezzanotte.", "mezzanotte", "2026-03-14T24:00"),
        ("it", "È arrivato a mezzogiorno.", "mezzogiorno", "2026-03-14T12:00"),
        ("pt", "O incêndio começou à meia-noite.", "meia-noite", "2026-03-14T24:00"),
        ("pt", "Chegou ao meio-dia.", "meio-dia", "2026-03-14T12:00"),
        ("nl", "De brand brak om middernacht uit.", "middernacht", "2026-03-14T24:00"),
        ("ru", "Пожар начался в полночь.", "полночь", "2026-03-14T24:00"),
        ("ru", "Он приехал около полудня во вторник.", "полудня", "2026-03-10T12:00"),
        ("pl", "Pożar wybuchł o północy.", "północy", "2026-03-14T24:00"),
        ("pl", "Przyjechał w południe.", "południe", "2026-03-14T12:00"),
        ("ca", "L'incendi va començar a mitjanit.", "mitjanit", "2026-03-14T24:00"),
        ("ca", "Va arribar al migdia.", "migdia", "2026-03-14T12:00"),
        ("ro", "Incendiul a izbucnit la miezul nopții.", "miezul nopții", "2026-03-14T24:00"),
        ("el", "Η φωτιά ξέσπασε τα μεσάνυχτα.", "μεσάνυχτα", "2026-03-14T24:00"),
        ("sv", "Branden bröt ut vid midnatt.", "midnatt", "2026-03-14T24:00"),
        ("uk", "Пожежа почалася опівночі.", "опівночі", "2026-03-14T24:00"),
    ],
)
def test_midnight_and_noon_words(lang: str, text: str, expression: str, value: str) -> None:
    assert resolved(lang, text, PUBLISHED).get(expression) == value


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die Expedition erreichte den Südpol."),
        ("de", "Das Mittagessen war gut."),
        ("de", "Die Mitternachtssonne schien."),
        ("fr", "Il vit dans le Midi depuis des années."),
        ("fr", "Il est arrivé un après-midi."),
        ("es", "El mediodía es caluroso."),
        ("it", "Il Mezzogiorno d'Italia soffre."),
        ("pt", "Trabalhou meio dia."),
        ("pl", "Miasto leży na północ od Krakowa."),
        ("pl", "Północ kraju jest zalana."),
        ("pl", "Na północy kraju pada."),
        ("pl", "Na południe od Krakowa."),
        ("ca", "Viu al Migdia."),
        ("ro", "A sosit după-amiază."),
        ("uk", "Місто на північ від Києва."),
    ],
)
def test_north_south_and_meals_are_no_midnight_nor_noon(lang: str, text: str) -> None:
    assert resolved(lang, text, PUBLISHED) == {}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die 1900 Menschen wurden evakuiert."),
        ("de", "Die 1900 Einwohner des Dorfes feierten."),
        ("fr", "Les 1900 habitants du village ont été évacués."),
        ("en", "The 1900 residents were evacuated."),
        ("es", "Los 1900 vecinos fueron evacuados."),
        ("it", "I 1900 abitanti sono stati evacuati."),
        ("nl", "De 1900 inwoners werden geëvacueerd."),
        ("pt", "Os 1900 moradores foram retirados."),
        ("ca", "Els 1900 veïns van ser evacuats."),
    ],
)
def test_figures_between_an_article_and_people_are_a_count(lang: str, text: str) -> None:
    assert resolved(lang, text, PUBLISHED) == {}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die 1900 gegründete Firma ist pleite."),
        ("de", "Im Jahr 1900 wurde die Firma gegründet."),
        ("en", "The 1900 census counted them."),
        ("fr", "Les 1900 premiers habitants."),
    ],
)
def test_a_year_after_an_article_stays_a_year(lang: str, text: str) -> None:
    assert resolved(lang, text, PUBLISHED) == {"1900": "1900"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ca", "Un home de 45 anys va morir."),
        ("ca", "Un veí de 45 anys va morir."),
        ("ca", "Un jove de 19 anys va morir."),
        ("ca", "Un home d'uns 45 anys va morir."),
        ("ca", "La víctima, de 32 anys, va morir."),
        ("ca", "La dona, de 32 anys, va ser detinguda."),
        ("hr", "Uhapšen je 45-godišnji muškarac."),
        ("hr", "Uhapšen je muškarac star 45 godina."),
        ("hr", "Ubijen je muškarac (45 godina)."),
        ("hr", "Ubijen je muškarac od 45 godina."),
        ("sr", "Ухапшен је мушкарац стар 45 година."),
        ("bs", "Ivan Horvat (45) je uhapšen."),
    ],
)
def test_ages_are_no_spans_of_years(lang: str, text: str) -> None:
    assert resolved(lang, text, PUBLISHED) == {}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ca", "Va estar 45 anys a la presó.", {"45 anys": "P45Y"}),
        ("ca", "Durant 45 anys va treballar.", {"45 anys": "P45Y"}),
        ("hr", "Štrajk je trajao 45 godina.", {"45 godina": "P45Y"}),
        ("sr", "Радио је 45 година.", {"45 година": "P45Y"}),
        ("ca", "La vaga va durar un dia.", {"un dia": "P1D"}),
        ("ca", "Durant un dia no va menjar.", {"un dia": "P1D"}),
        ("es", "La huelga duró un día.", {"un día": "P1D"}),
        ("en", "The strike lasted a day.", {"a day": "P1D"}),
        ("en", "It was a day later that he left.", {"a day": "P1D"}),
    ],
)
def test_spans_of_years_and_days_stay(lang: str, text: str, expected: dict) -> None:
    assert resolved(lang, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ca", "És un dia molt trist."),
        ("ca", "Va ser un dia molt trist per a la ciutat."),
        ("es", "Es un día muy triste."),
        ("it", "È un giorno molto triste."),
        ("pt", "É um dia muito triste."),
        ("fr", "C'est un jour très triste."),
        ("en", "It was a day of mourning."),
        ("de", "Es war ein Tag der Trauer."),
    ],
)
def test_a_day_one_is_is_no_length(lang: str, text: str) -> None:
    assert resolved(lang, text, PUBLISHED) == {}
