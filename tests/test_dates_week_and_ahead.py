"""Weekdays placed by their week or by what they are set for (QA sweep 17): Dutch "vorige week
maandag" is Monday of last week, not the last Monday; Italian "sciopero per venerdì" and "entro
venerdì" are the coming Friday even in a past-tense sentence.  And what stays as it was: "venerdì
scorso", "vorige week", "vorige maandag", a bare weekday in the past or future tense."""

from __future__ import annotations

import pytest

from tests.helpers import resolved

NL_PUB = "2026-03-27T12:00:00+01:00"  # a Friday
IT_PUB = "2026-03-24T09:10:00+01:00"  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("De eerste patiënt werd vorige week maandag opgenomen.", "vorige week maandag", "2026-03-16"),
        ("De patiënt werd maandag vorige week opgenomen.", "maandag vorige week", "2026-03-16"),
        ("Afgelopen week dinsdag sloot de fabriek.", "Afgelopen week dinsdag", "2026-03-17"),
        ("Volgende week dinsdag beslist de raad.", "Volgende week dinsdag", "2026-03-31"),
        ("De raad zal komende week vrijdag beslissen.", "komende week vrijdag", "2026-04-03"),
        ("Deze week woensdag kwam er nieuws.", "Deze week woensdag", "2026-03-25"),
        ("Vorige week maandagavond brak brand uit.", "Vorige week maandagavond", "2026-03-16TEV"),
        # unchanged: the week alone, "the last Monday", a bare weekday by its tense
        ("Vorige week was het druk.", "Vorige week", "2026-W12"),
        ("Vorige maandag was het druk.", "Vorige maandag", "2026-03-23"),
        ("De raad besliste dinsdag.", "dinsdag", "2026-03-24"),
        ("De raad zal dinsdag beslissen.", "dinsdag", "2026-03-31"),
        ("Het gebeurde vorige week. Maandag volgt een besluit.", "Maandag", "2026-03-23"),  # another sentence
    ],
)
def test_dutch_weekday_of_a_week(text, expr, value):
    assert resolved("nl", text, NL_PUB)[expr] == value


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("I sindacati hanno proclamato otto ore di sciopero per venerdì.", "venerdì", "2026-03-27"),
        ("La riunione è stata convocata per lunedì.", "lunedì", "2026-03-30"),
        ("Il piano va presentato entro venerdì.", "venerdì", "2026-03-27"),
        # unchanged: "last Friday" and a bare weekday by its tense
        ("Venerdì scorso c'è stato uno sciopero.", "Venerdì scorso", "2026-03-20"),
        ("Grazie per venerdì scorso.", "venerdì scorso", "2026-03-20"),
        ("Venerdì si è riunito il consiglio.", "Venerdì", "2026-03-20"),
        ("Venerdì si riunirà il consiglio.", "Venerdì", "2026-03-27"),
        ("Lo sciopero di venerdì ha fermato la fabbrica.", "venerdì", "2026-03-20"),
    ],
)
def test_italian_weekday_set_for(text, expr, value):
    assert resolved("it", text, IT_PUB)[expr] == value


@pytest.mark.parametrize(
    ("lang", "text", "expr", "value"),
    [
        # a weekday with its week written after it (before it in Turkish), in the languages that write it so
        ("en", "The pump failed on Monday last week.", "Monday last week", "2026-03-16"),
        ("en", "The pump will be replaced on Tuesday next week.", "Tuesday next week", "2026-03-31"),
        ("de", "Die Pumpe fiel am Montag vergangener Woche aus.", "Montag vergangener Woche", "2026-03-16"),
        ("es", "La bomba falló el lunes de la semana pasada.", "lunes de la semana pasada", "2026-03-16"),
        ("fr", "La pompe est tombée en panne lundi de la semaine dernière.", "lundi de la semaine dernière", "2026-03-16"),
        ("it", "La pompa si è guastata lunedì della settimana scorsa.", "lunedì della settimana scorsa", "2026-03-16"),
        ("pt", "A bomba avariou na segunda-feira da semana passada.", "segunda-feira da semana passada", "2026-03-16"),
        ("ru", "Насос сломался в понедельник на прошлой неделе.", "понедельник на прошлой неделе", "2026-03-16"),
        ("uk", "Насос зламався у понеділок минулого тижня.", "понеділок минулого тижня", "2026-03-16"),
        ("pl", "Pompa zepsuła się w poniedziałek w zeszłym tygodniu.", "poniedziałek w zeszłym tygodniu", "2026-03-16"),
        ("tr", "Pompa geçen hafta pazartesi arızalandı.", "geçen hafta pazartesi", "2026-03-16"),
        # unchanged: the week alone, and the last Monday
        ("en", "The pump failed last week.", "last week", "2026-W12"),
        ("en", "The pump failed last Monday.", "last Monday", "2026-03-23"),
    ],
)
def test_weekday_of_a_week_written_after_it(lang, text, expr, value):
    assert resolved(lang, text, NL_PUB)[expr] == value


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # the second day of a list or span follows the first, in the week the first one names
        ("nl", "Vorige week maandag en dinsdag lag het werk stil.", ["2026-03-16", "2026-03-17"]),
        ("en", "The plant was shut on Monday last week and Tuesday.", ["2026-03-16", "2026-03-17"]),
        ("zh", "上周一和周二工厂停工。", ["2026-03-16", "2026-03-17"]),
        ("ko", "지난주 월요일과 화요일 공장이 멈췄다.", ["2026-03-16", "2026-03-17"]),
        ("en", "Talks run from March 30 to Wednesday.", ["2026-03-30", "2026-04-01"]),
        # a list opening on a relative day need not run forward: Monday is the last one
        ("en", "Protests took place yesterday and Monday.", ["2026-03-26", "2026-03-23"]),
    ],
)
def test_a_coordinated_weekday_follows_the_day_before_it(lang, text, values):
    from parallax.analyze.times import resolve_text

    assert [v for _, _, v, _ in resolve_text(text, lang, NL_PUB)] == values
