"""Czech dates: the cases news writes months and weekdays in, relative days and their parts, clock times, and
the words that only look like dates.  Invented sentences; PUB is a Wednesday morning."""

from __future__ import annotations

import pytest

from parallax.analyze.times import resolve_paragraphs
from tests.helpers import analyzed, resolved

PUB = "2026-04-15T06:45:00+02:00"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Čpavek unikl 14. dubna odpoledne.", "14. dubna", "2026-04-14"),
        ("Smlouva byla podepsána 3. února 2025.", "3. února 2025", "2025-02-03"),
        ("Volby se konají v září.", "září", "2026-09"),
        ("Stavba začala v březnu.", "březnu", "2026-03"),
        ("V úterý unikl z areálu čpavek.", "úterý", "2026-04-14"),
        ("Ve středu ráno byla škola zavřená.", "středu ráno", "2026-04-15TMO"),
        ("V sobotu se konal pochod.", "sobotu", "2026-04-11"),
        ("V neděli večer vykolejil vlak.", "neděli večer", "2026-04-12TEV"),
        ("Včera večer unikl čpavek.", "Včera večer", "2026-04-14TEV"),
        ("Včera pozdě večer hasiči odjeli.", "Včera pozdě večer", "2026-04-14TEV"),
        ("Dnes ráno bylo jasno.", "Dnes ráno", "2026-04-15TMO"),
        ("Zítra se sejde zastupitelstvo.", "Zítra", "2026-04-16"),
        ("Předevčírem pršelo.", "Předevčírem", "2026-04-13"),
        ("Ministr odstoupil minulý týden.", "minulý týden", "2026-W15"),
        ("Ceny vzrostly minulý měsíc.", "minulý měsíc", "2026-03"),
        ("Zákon platí od příštího roku.", "příštího roku", "2027"),
        ("Most se zřítil před třemi dny.", "před třemi dny", "2026-04-12"),
        ("Požár vypukl před týdnem.", "před týdnem", "2026-W15"),
        ("Výsledky budou známy za dva dny.", "za dva dny", "2026-04-17"),
        ("Loni se počet nehod snížil.", "Loni", "2025"),
        ("Mrazírny fungují od roku 1996.", "1996", "1996"),
        ("Nehoda se stala v 16.20 hodin.", "16.20 hodin", "2026-04-14T16:20"),
        ("Obyvatelé se vrátili po 21. hodině.", "21. hodině", "2026-04-14T21:00"),
        ("Trať zůstane uzavřena nejméně do pátku.", "pátku", "2026-04-17"),  # the future: "zůstane"
    ],
)
def test_czech_dates(text, expr, value):
    assert resolved("cs", text, PUB).get(expr, "missing") == value


@pytest.mark.parametrize(
    "text",
    [
        "Slunce září nad městem.",  # "září" is also "shines"
        "Zásah trval 16 hodin a 40 minut.",  # a duration, no clock time ("16 hodin" alone)
        "Na stole leží květiny a led.",  # "led" (ice) is no month
        "Hasiči měřili ovzduší v okolních ulicích.",
    ],
)
def test_czech_words_that_only_look_like_dates(text):
    assert not any(v and v.startswith("2026-04") for v in resolved("cs", text, PUB).values())


def test_czech_previous_evening_hangs_on_the_day_named():
    first, second = "Čpavek unikl v pondělí.", "Obyvatelé si stěžovali na zápach už předchozí večer."
    found = resolve_paragraphs([(0, first), (len(first) + 2, second)], "cs", PUB)
    assert found[-1][2] == "2026-04-12TEV"


def test_czech_words_that_start_like_a_month_are_no_months():
    # Czech papers do not cut months to three letters: "12 pro" is twelve in favour, not 12 December
    assert [q.value for q in analyzed("Návrh podpořilo 12 pro a 3 proti.", "cs", PUB).quantities] == [12.0, 3.0]


def test_czech_day_of_month_is_no_count():
    # "15. dubna" is a date: no count of 15 beside the 12 people
    art = analyzed("Čpavek unikl 15. dubna. Ošetření potřebovalo 12 lidí.", "cs", PUB)
    assert [q.value for q in art.quantities] == [12.0]
    assert [t.value for t in art.times if t.text == "15. dubna"] == ["2026-04-15"]


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # "na" + weekday is the day something is set for, the coming one even in a past-tense sentence
        ("Starosta svolal mimořádnou schůzi na čtvrtek.", "čtvrtek", "2026-04-16"),
        ("Na pondělí svolal starosta schůzi.", "pondělí", "2026-04-20"),
        ("Jednání bylo odloženo na pátek.", "pátek", "2026-04-17"),
        # traps: the night before a weekday, a modifier, a weekday after "v"
        ("V noci na úterý hořel dům.", "V noci na úterý", "2026-04-13TNI"),  # the night before Tuesday: Monday night
        ("Schůzi svolal na minulý čtvrtek.", "minulý čtvrtek", "2026-04-09"),
        ("Schůze se konala v pondělí.", "pondělí", "2026-04-13"),
    ],
)
def test_czech_na_before_a_weekday_looks_ahead(text, expr, value):
    assert resolved("cs", text, PUB).get(expr, "missing") == value
