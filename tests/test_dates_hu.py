"""Hungarian dates: case endings on weekdays and months, the year before its month, day endings after a
hyphen, clock times in words, and the words that only look like dates.  Invented sentences; PUB is a Friday
morning."""

from __future__ import annotations

import pytest

from tests.helpers import analyzed, resolved

PUB = "2026-04-10T07:10:00+02:00"  # a Friday


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("A tűz április 9-én ütött ki.", "április 9-én", "2026-04-09"),
        ("Április 9-én, csütörtökön este tűz ütött ki.", "csütörtökön este", "2026-04-09TEV"),
        ("A törvény 2026. április 9. óta hatályos.", "2026. április 9", "2026-04-09"),
        ("A beruházás 2025 márciusában kezdődött.", "2025 márciusában", "2025-03"),
        ("A választást májusban tartják.", "májusban", "2026-05"),
        ("A májusi választás eredménye meglepő volt.", "májusi", "2026-05"),
        ("Kedden ülésezett a testület.", "Kedden", "2026-04-07"),
        ("Szerdán este lángok csaptak fel.", "Szerdán este", "2026-04-08TEV"),
        ("Szombaton este kisiklott egy vonat.", "Szombaton este", "2026-04-04TEV"),
        ("Tegnap este tűz ütött ki.", "Tegnap este", "2026-04-09TEV"),
        ("Ma reggel újra kinyitott az üzlet.", "Ma reggel", "2026-04-10TMO"),
        ("Holnap dönt a bíróság.", "Holnap", "2026-04-11"),
        ("A miniszter múlt héten lemondott.", "múlt héten", "2026-W14"),
        ("A bérlőkről a jövő héten tárgyalnak.", "jövő héten", "2026-W16"),
        ("A híd három nappal ezelőtt omlott le.", "három nappal ezelőtt", "2026-04-07"),
        ("Az eredményt két nap múlva hirdetik ki.", "két nap múlva", "2026-04-12"),
        ("Tavaly kevesebb baleset történt.", "Tavaly", "2025"),
        ("A bevásárlóközpont 2004-ben nyílt meg.", "2004", "2004"),
        ("A lángok 19 óra 40 perckor átterjedtek.", "19 óra 40 perckor", "2026-04-09T19:40"),
        ("A riasztás 19.40-kor szólalt meg.", "19.40-kor", "2026-04-09T19:40"),
        # a part of the day before the hour places it in the afternoon or evening
        ("Csütörtökön délután 3 órakor ütközött a két autó.", "délután 3 órakor", "2026-04-09T15:00"),
        ("Csütörtökön este 8-kor tűz ütött ki.", "este 8-kor", "2026-04-09T20:00"),
        ("Csütörtökön reggel 7 órakor indult a vonat.", "reggel 7 órakor", "2026-04-09T07:00"),
        ("Csütörtökön éjjel 11 órakor riasztották a tűzoltókat.", "éjjel 11 órakor", "2026-04-09T23:00"),
        ("Csütörtökön éjjel 2 órakor riasztották a tűzoltókat.", "éjjel 2 órakor", "2026-04-09T02:00"),
        ("Csütörtökön hajnali 3 órakor riasztották a tűzoltókat.", "hajnali 3 órakor", "2026-04-09T03:00"),
        ("Csütörtökön délután 15 órakor kezdődött.", "délután 15 órakor", "2026-04-09T15:00"),  # a 24-hour time stays
        ("Csütörtökön 8 órakor kezdődött.", "8 órakor", "2026-04-09T08:00"),  # no part: as written
        ("A jövő hét végén tárgyalnak.", "jövő hét végén", "2026-W16-WE"),  # at the end of next week
    ],
)
def test_hungarian_dates(text, expr, value):
    assert resolved("hu", text, PUB).get(expr, "missing") == value


@pytest.mark.parametrize(
    "text",
    [
        "A kedvezmény csak a törzsvásárlóknak jár.",  # "kedv-" is no Tuesday
        "Jó kedvvel indultak útnak.",
        "A mentés 19 órán át tartott.",  # nineteen hours, no clock time
        "Az épületben hét üzlet működik.",  # "hét" is also seven
    ],
)
def test_hungarian_words_that_only_look_like_dates(text):
    assert not any(v and v.startswith("2026-04") for v in resolved("hu", text, PUB).values())


def test_hungarian_words_that_start_like_a_month_are_no_months():
    # "már" (already) starts like "március": twelve, not 12 March
    assert [q.value for q in analyzed("A balesetben 12 már a harmadik sérült.", "hu", PUB).quantities] == [12.0]


def test_hungarian_day_of_month_is_no_count():
    art = analyzed("A tűz április 9-én ütött ki. A tűzben 12 ember sérült meg.", "hu", PUB)
    assert [q.value for q in art.quantities] == [12.0]


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("A tárgyalás négy évig tartott.", "négy évig", "P4Y"),
        ("A híd két hétig zárva volt.", "két hétig", "P2W"),
        ("A sztrájk öt hónapig tartott.", "öt hónapig", "P5M"),
    ],
)
def test_hungarian_terminative_is_a_duration(text, expr, value):
    from tests.helpers import resolved

    assert resolved("hu", text, "2026-03-14")[expr] == value
