"""Slovak dates: the cases news writes months and weekdays in, relative days and their parts, clock times,
and the words that only look like dates.  Invented sentences; PUB is a Thursday morning."""

from __future__ import annotations

import pytest

from parallax.analyze.times import resolve_paragraphs
from tests.helpers import analyzed, resolved

PUB = "2026-05-14T09:10:00+02:00"  # a Thursday


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Nehoda sa stala 12. mája popoludní.", "12. mája", "2026-05-12"),
        ("Zmluvu podpísali 3. februára 2025.", "3. februára 2025", "2025-02-03"),
        ("Stavba sa začala v marci.", "marci", "2026-03"),
        ("Voľby budú v septembri.", "septembri", "2026-09"),
        ("Pri nehode zahynulo v utorok 12 ľudí.", "utorok", "2026-05-12"),
        ("Autobus zišiel z cesty v stredu večer.", "stredu večer", "2026-05-13TEV"),
        ("V nedeľu ráno vykoľajil vlak.", "nedeľu ráno", "2026-05-10TMO"),
        ("Polícia včera večer obvinila vodiča.", "včera večer", "2026-05-13TEV"),
        ("Včera neskoro večer hasiči odišli.", "Včera neskoro večer", "2026-05-13TEV"),
        ("Predvčerom pršalo.", "Predvčerom", "2026-05-12"),
        ("Zajtra zasadne vláda.", "Zajtra", "2026-05-15"),
        ("Úsek cesty opravovali minulý týždeň.", "minulý týždeň", "2026-W19"),
        ("Ceny vzrástli minulý mesiac.", "minulý mesiac", "2026-04"),
        ("Nehoda sa stala pred dvoma dňami.", "pred dvoma dňami", "2026-05-12"),
        ("Most sa zrútil pred troma dňami.", "pred troma dňami", "2026-05-11"),
        ("Požiar vypukol pred týždňom.", "pred týždňom", "2026-W19"),
        ("Výsledky budú známe za dva dni.", "za dva dni", "2026-05-16"),
        ("Vlani sa počet nehôd znížil.", "Vlani", "2025"),
        ("Pohreb obetí sa uskutoční v sobotu.", "sobotu", "2026-05-16"),  # the future: "uskutoční"
        ("Cesta zostane uzavretá do piatka.", "piatka", "2026-05-15"),
        ("Autobus zišiel z cesty v utorok o 14.30 h.", "14.30 h", "2026-05-12T14:30"),
        ("Hasiči prišli v utorok okolo 9. hodiny.", "9. hodiny", "2026-05-12T09:00"),
        ("Závod funguje od roku 1996.", "1996", "1996"),
    ],
)
def test_slovak_dates(text, expr, value):
    assert resolved("sk", text, PUB).get(expr, "missing") == value


@pytest.mark.parametrize(
    "text",
    [
        "August Novák prišiel na stretnutie.",  # "August" is also a name
        "Zásah trval 16 hodín.",  # a duration, no clock time ("16 hodín" alone)
        "Ten istý úsek cesty opravovali cestári.",
        "Obec predĺžila nájom o dva roky.",  # "o dva roky" is "by two years", no day ahead
        "Stredisko v strede mesta je zatvorené.",
    ],
)
def test_slovak_words_that_only_look_like_dates(text):
    assert not any(v and v.startswith("2026") for v in resolved("sk", text, PUB).values())


def test_slovak_previous_evening_hangs_on_the_day_named():
    first, second = "Autobus zišiel z cesty v pondelok.", "Obyvatelia sa na zákrutu sťažovali už predchádzajúci večer."
    found = resolve_paragraphs([(0, first), (len(first) + 2, second)], "sk", PUB)
    assert found[-1][2] == "2026-05-10TEV"


def test_slovak_day_of_month_is_no_count():
    # "14. mája" is a date: no count of 14 beside the 12 people, and the months are no abbreviations ("12 mar")
    art = analyzed("Nehoda sa stala 14. mája. Zahynulo 12 ľudí.", "sk", PUB)
    assert [q.value for q in art.quantities] == [12.0]
    assert [t.value for t in art.times if t.text == "14. mája"] == ["2026-05-14"]
