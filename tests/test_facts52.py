"""Figures of one event compared across reports (session facts52): approximations, units, times of day, rounding,
estimates by source and life terms, each with its guard.

Already right before this session (kept here as guards): "nearly 200" / "198", "more than 50" / "53", "at least
12" / "15", "between 30 and 40" / "35" agree and "about 40" / "65", "between 30 and 40" / "55" conflict (en, es, de);
"15 km" / "9 miles", "40C" / "104F", "2 hours" / "120 minutes", "1.2 million" / "1,187,000" agree; "$1.2bn" /
"€1.1bn" is never compared (no exchange rate at run time); "at 3 p.m." / "at 15:30" conflicts.

Mended:

- a French range before a noun that starts like a month ("Entre 30 et 40 maisons") was read as a date range
  ("30 et 40 mai") and never compared;
- "40 C" / "104 F" (the scale letter after a space) was a conflict of two units "c" and "f";
- "3 p.m. local time (0800 GMT)" was not that moment again, so against "09:00 GMT" no conflict was found;
- two sides' estimates ("80%, según los sindicatos" / "20%, según el Gobierno") conflicted as one figure, and their
  sources as a misattributed statement;
- Spanish parties written as lowercase nouns ("los socialistas", "los populares") held no share, so swapped
  shares agreed;
- a life term told only in a quotation ("You will go to prison for life"), a headline ("Varnek killer gets life"),
  or in an inflected word ("zu lebenslanger Haft", "dożywocia", "пожизненного") was not read.

Invented reports (invented places, parties and people).
"""

from __future__ import annotations

from tests.helpers import mixed_conflicts

_EN = "Floods hit the town of Varnek on Tuesday. "
_ES = "Las inundaciones azotaron el martes la localidad de Varnek. "
_FR = "Des inondations ont frappé mardi la ville de Varnek. "
_DE = "Überschwemmungen trafen am Dienstag die Stadt Varnek. "


def _kinds(*pairs: tuple[str, str]) -> list[tuple[str, dict]]:
    return mixed_conflicts(*pairs)


def _numbers(*pairs: tuple[str, str]) -> list[dict]:
    return [v for kind, v in mixed_conflicts(*pairs) if kind == "number"]


# -- approximations and bounds (right already, but for French ranges before a noun like "maisons")


def test_bounds_and_approximations_agree_with_a_figure_inside_them() -> None:
    assert _numbers(("en", _EN + "Nearly 200 people were evacuated."), ("en", _EN + "198 people were evacuated.")) == []
    assert _numbers(("es", _ES + "Más de 50 personas resultaron heridas."), ("es", _ES + "53 personas resultaron heridas.")) == []
    assert _numbers(("de", _DE + "Mindestens 12 Menschen wurden getötet."), ("en", _EN + "15 people were killed.")) == []
    assert _numbers(("en", _EN + "Dozens of people were injured."), ("en", _EN + "48 people were injured.")) == []
    found = _numbers(("fr", _FR + "Environ 40 personnes ont été blessées."), ("fr", _FR + "65 personnes ont été blessées."))
    assert found == [{"a": [40.0], "b": [65.0], "unit": "personne"}]


def test_a_french_range_before_a_noun_that_starts_like_a_month() -> None:
    # "Entre 30 et 40 maisons" had been read as the days "30 et 40 mai"
    assert _numbers(("fr", _FR + "Entre 30 et 40 maisons ont été détruites."), ("fr", _FR + "35 maisons ont été détruites.")) == []
    found = _numbers(("fr", _FR + "Entre 30 et 40 maisons ont été détruites."), ("fr", _FR + "55 maisons ont été détruites."))
    assert found == [{"a": [40.0], "b": [55.0], "unit": "dwelling"}]
    # a month still ends a date range ("du 3 au 5 mai")
    found = _kinds(("fr", _FR + "Le festival aura lieu du 3 au 5 mai."), ("fr", _FR + "Le festival aura lieu du 3 au 5 juin."))
    assert any(kind == "date" for kind, _ in found)


# -- units


def test_one_measure_in_two_units_agrees() -> None:
    assert (
        _numbers(
            ("en", _EN + "The floodwater spread 15 km along the river."), ("en", _EN + "The floodwater spread 9 miles along the river.")
        )
        == []
    )
    assert _numbers(("en", _EN + "The evacuation took 2 hours."), ("en", _EN + "The evacuation took 120 minutes.")) == []
    assert _numbers(("en", _EN + "Temperatures reached 40C on Monday."), ("en", _EN + "Temperatures reached 104F on Monday.")) == []
    found = _numbers(
        ("en", _EN + "The floodwater spread 15 km along the river."), ("en", _EN + "The floodwater spread 25 km along the river.")
    )
    assert found == [{"a": [15.0], "b": [25.0], "unit": "km"}]


def test_money_in_two_currencies_is_never_compared() -> None:
    assert _numbers(("en", _EN + "Damage was estimated at $1.2bn."), ("en", _EN + "Damage was estimated at €1.1bn.")) == []
    assert (
        _numbers(("en", _EN + "Damage was estimated at $1.2bn."), ("es", _ES + "Los daños se estimaron en 1.100 millones de euros.")) == []
    )


def test_a_temperature_scale_letter_after_a_space() -> None:
    assert _numbers(("en", _EN + "Temperatures reached 40 C on Monday."), ("en", _EN + "Temperatures reached 104 F on Monday.")) == []
    found = _numbers(("en", _EN + "Temperatures reached 40 C on Monday."), ("en", _EN + "Temperatures reached 110 F on Monday."))
    assert found == [{"a": [40.0], "b": [110.0], "units": {"a": "°C", "b": "°F"}}]


# -- times of day


def test_a_time_of_day_changed() -> None:
    found = _kinds(
        ("en", _EN + "The river burst its banks at 3 p.m. on Tuesday."), ("en", _EN + "The river burst its banks at 15:30 on Tuesday.")
    )
    assert ("date", {"a": ["15:00"], "b": ["15:30"]}) in found


def test_a_zoned_time_in_brackets_after_local_time() -> None:
    local = _EN + "The river burst its banks at 3 p.m. local time (0800 GMT) on Tuesday."
    assert _kinds(("en", local), ("en", _EN + "The river burst its banks at 08:00 GMT on Tuesday.")) == []
    found = _kinds(("en", local), ("en", _EN + "The river burst its banks at 09:00 GMT on Tuesday."))
    assert [k for k, _ in found] == ["date"]
    de = _DE + "Der Fluss trat um 15 Uhr Ortszeit (8 Uhr MEZ) über die Ufer."
    assert [k for k, _ in _kinds(("de", de), ("de", _DE + "Der Fluss trat um 9 Uhr MEZ über die Ufer."))] == ["date"]


# -- rounding


def test_a_rounded_figure_and_a_changed_one() -> None:
    assert (
        _numbers(("en", _EN + "1.2 million people were left without power."), ("en", _EN + "1,187,000 people were left without power."))
        == []
    )
    found = _numbers(
        ("en", _EN + "1.2 million people were left without power."), ("en", _EN + "1.5 million people were left without power.")
    )
    assert found == [{"a": [1200000.0], "b": [1500000.0], "unit": "people"}]


# -- estimates by source

_STRIKE_ES = "Miles de trabajadores secundaron el jueves la huelga general convocada contra la reforma laboral en Norlandia. "
_STRIKE_EN = "Thousands of workers joined Thursday's general strike against the labour reform in Norland. "


def test_two_sides_estimates_are_no_conflict() -> None:
    found = _kinds(
        ("es", _STRIKE_ES + "El seguimiento fue del 80%, según los sindicatos."),
        ("es", _STRIKE_ES + "El seguimiento fue del 20%, según el Gobierno."),
    )
    assert found == []
    found = _kinds(
        ("en", _STRIKE_EN + "Turnout was 80% according to the unions."), ("en", _STRIKE_EN + "Turnout was 20% according to the government.")
    )
    assert found == []


def test_one_sides_estimate_changed_is_a_conflict() -> None:
    found = _numbers(
        ("es", _STRIKE_ES + "El seguimiento fue del 80%, según los sindicatos."),
        ("es", _STRIKE_ES + "El seguimiento fue del 70%, según los sindicatos."),
    )
    assert found == [{"a": [80.0], "b": [70.0], "unit": "%"}]
    found = _numbers(
        ("es", _STRIKE_ES + "El seguimiento fue del 80% según los sindicatos y del 20% según el Gobierno."),
        ("es", _STRIKE_ES + "El seguimiento fue del 80% según los sindicatos y del 25% según el Gobierno."),
    )
    assert found == [{"a": [20.0], "b": [25.0], "unit": "%"}]


def test_one_statement_given_to_two_sources_still_conflicts() -> None:
    # the same figure told by two sides: one of the two reports misattributes it
    found = _kinds(
        ("es", _STRIKE_ES + "El seguimiento fue del 80%, según los sindicatos."),
        ("es", _STRIKE_ES + "El seguimiento fue del 80%, según el Gobierno."),
    )
    assert [k for k, _ in found] == ["speaker"]


# -- parties as lowercase nouns (es)

_WON_ES = "Los socialistas ganaron el domingo las elecciones generales en Norlandia. "


def test_spanish_parties_as_lowercase_nouns() -> None:
    found = _numbers(
        ("es", _WON_ES + "Los socialistas obtuvieron el 41% de los votos y los populares el 33%."),
        ("es", _WON_ES + "Los populares obtuvieron el 41% y los socialistas el 33%."),
    )
    assert {"a": [41.0], "b": [33.0], "unit": "%"} in found
    found = _numbers(
        ("es", _WON_ES + "Los socialistas obtuvieron el 41% de los votos y los populares el 33%."),
        ("es", _WON_ES + "Los populares obtuvieron el 33% y los socialistas el 41%."),
    )
    assert found == []


# -- life terms outside the body's plain wording

_COURT = "A court in Varnek sentenced Marek Dolan on Monday for the murder of a shopkeeper. "
_COURT_DE = "Ein Gericht in Varnek hat Marek Dolan am Montag wegen Mordes an einem Ladenbesitzer verurteilt. "


def test_a_life_term_only_in_a_quotation() -> None:
    found = _numbers(
        ("en", _COURT + 'The judge told him: "You will go to prison for life." Dolan showed no emotion.'),
        ("en", _COURT + "Dolan was jailed for 25 years. He showed no emotion."),
    )
    assert found == [{"a": ["life"], "b": ["P25Y"], "unit": "duration"}]
    found = _numbers(
        ("de", _COURT_DE + 'Der Richter sagte: "Ich verurteile Sie zu lebenslanger Haft." Dolan zeigte keine Regung.'),
        ("de", _COURT_DE + "Dolan muss für 25 Jahre ins Gefängnis."),
    )
    assert found == [{"a": ["life"], "b": ["P25Y"], "unit": "duration"}]


def test_a_life_term_only_in_a_headline() -> None:
    found = _numbers(
        ("en", "Varnek killer gets life\n\n" + _COURT + "Dolan showed no emotion."),
        ("en", "Varnek killer jailed\n\n" + _COURT + "Dolan was jailed for 25 years."),
    )
    assert found == [{"a": ["life"], "b": ["P25Y"], "unit": "duration"}]


def test_a_life_term_beside_the_convicts_age() -> None:
    es = "Un juzgado de Varnek condenó el lunes a Marek Dolan por el asesinato de un tendero. "
    found = _numbers(
        ("es", es + "Dolan, de 34 años, fue condenado a cadena perpetua."),
        ("es", es + "Dolan, de 34 años, fue condenado a 25 años de prisión."),
    )
    assert found == [{"a": ["life"], "b": ["P25Y"], "unit": "duration"}]
    # the same life term both ways: nothing
    assert _numbers(("en", _COURT + "Dolan, 34, was jailed for life."), ("en", _COURT + "Dolan, 34, was given a life sentence.")) == []
