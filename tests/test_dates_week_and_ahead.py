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
