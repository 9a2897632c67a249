"""Figures that are not what they look like (session 36): a goal or a bound is no measurement, and an amount's
relative clause ("the 42.1 billion analysts had expected") names no counted noun."""

from __future__ import annotations

import pytest

from parallax.compare.targets import benchmark
from tests.helpers import first_sentence_conflicts


@pytest.mark.parametrize(
    ("a_text", "b_text", "lang"),
    [
        ("Inflation in the euro area fell to 1.8% in November.", "Inflation in the euro area is now below the 2 percent target.", "en"),
        ("The deficit rose to 3.4% of output last year.", "The deficit broke the 3% deficit limit last year.", "en"),
        ("L'inflation est tombée à 1,8 % en novembre.", "L'inflation reste sous l'objectif de 2 % en novembre.", "fr"),
        (
            "Die Inflation sank im November auf 1,8 Prozent.",
            "Die Inflation liegt im November unter dem Inflationsziel von 2 Prozent.",
            "de",
        ),
        ("La inflación bajó al 1,8% en noviembre.", "La inflación está por debajo de la meta del 2% en noviembre.", "es"),
        ("La inflación bajó al 1,8% en noviembre.", "La inflación está por debajo de la meta de inflación del 2% en noviembre.", "es"),
    ],
)
def test_a_goal_or_bound_does_not_conflict_with_a_measurement(a_text, b_text, lang):
    assert first_sentence_conflicts(a_text, b_text, lang, "2026-12-01") == []


def test_two_goals_still_conflict():
    found = first_sentence_conflicts(
        "The central bank kept its 2 percent inflation target.", "The central bank kept its 3 percent inflation target.", "en", "2026-12-01"
    )
    assert [k for k, _ in found] == ["number"]


@pytest.mark.parametrize(
    ("text", "lang", "is_bar"),
    [
        ("below the 2 percent target", "en", True),
        ("a goal of 50,000 homes", "en", True),
        ("the 3% budget deficit limit", "en", True),
        ("l'objectif de 2 %", "fr", True),
        ("a meta de 3% ao ano", "pt", True),
        ("l'obiettivo del 2%", "it", True),
        # traps: a measurement near the noun, not its figure
        ("a 2% cut in the target", "en", False),
        ("prices rose 2%, beating the target", "en", False),
        ("500 workers lost their jobs", "en", False),
        ("sales of 2 million cars", "en", False),
    ],
)
def test_benchmark_reads_the_noun_of_aim_around_the_figure(text, lang, is_bar):
    import re

    m = re.search(r"\d[\d,.]*(?: percent|%| ?%)?", text)
    assert benchmark(text, lang, m.start(), m.end()) is is_bar


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Revenue rose to 41.3 billion euros, short of the 42.1 billion analysts had expected.", ["€", None]),
        ("Growth was 0.4%, above the 0.2 economists forecast in a Reuters poll.", ["%", None]),
        # traps: the count is the verb's subject, with its object or its "to"
        ("About 500 workers expected to lose their jobs.", ["worker"]),
        ("Some 300 analysts expected a cut.", ["analyst"]),
        ("The 12 passengers had left.", ["passenger"]),
    ],
)
def test_a_relative_clause_of_expecting_names_no_counted_noun(text, units):
    from parallax.analyze.quantities import find_quantities

    assert [q.unit for q in find_quantities(text, "en", [])] == units


@pytest.mark.parametrize(
    ("a_text", "b_text", "lang", "found"),
    [
        # rain in inches and in millimetres, a storm surge in feet and in metres: one measure, converted
        ("The storm dropped 10 inches of rain on the city on Sunday.", "The storm dropped 254 mm of rain on the city on Sunday.", "en", []),
        ("A storm surge of 12 feet flooded the coast on Sunday.", "A storm surge of 3.7 metres flooded the coast on Sunday.", "en", []),
        ("La tormenta dejó 10 pulgadas de lluvia el domingo.", "La tormenta dejó 250 milímetros de lluvia el domingo.", "es", []),
        (
            "The storm dropped 10 inches of rain on the city on Sunday.",
            "The storm dropped 400 mm of rain on the city on Sunday.",
            "en",
            [("number", {"a": [10.0], "b": [400.0], "units": {"a": "inches", "b": "mm"}})],
        ),
        (
            "A storm surge of 12 feet flooded the coast on Sunday.",
            "A storm surge of 6 metres flooded the coast on Sunday.",
            "en",
            [("number", {"a": [12.0], "b": [6.0], "units": {"a": "feet", "b": "metres"}})],
        ),
        # a height and a distance are two measures: "30 miles inland" does not stand beside the rain
        ("The storm dropped 10 inches of rain 30 miles inland.", "The storm dropped 254 mm of rain 50 km inland.", "en", []),
    ],
)
def test_heights_and_depths_convert_between_units(a_text, b_text, lang, found):
    assert first_sentence_conflicts(a_text, b_text, lang, "2026-12-01") == found


@pytest.mark.parametrize(
    ("text", "lang", "dated_elsewhere"),
    [
        ("Turnout on Sunday was 68.4%, the second highest since 1989, the commission said.", "en", False),
        ("La participation a atteint 68,4 %, la plus forte depuis 1989.", "fr", False),
        ("Die Wahlbeteiligung lag bei 68,4 Prozent, die höchste seit 1989.", "de", False),
        # a figure dated to a past year is another occasion's
        ("Turnout in 2019 was 49%, the commission said.", "en", True),
    ],
)
def test_a_year_that_opens_a_ranking_span_dates_no_figure(text, lang, dated_elsewhere):
    from parallax.compare.figure_links import _another_year
    from tests.helpers import analysed_articles

    (art,) = analysed_articles([text], lang, "2026-12-01")
    assert _another_year(art, art.sentences[0]) is dated_elsewhere


@pytest.mark.parametrize(
    ("es_text", "linked"),
    [
        ("Las calles quedaron bajo el agua después de que cayeran 330 milímetros de lluvia el domingo.", True),
        ("Las calles quedaron bajo el agua después de que cayeran 254 milímetros de lluvia el domingo.", False),  # agrees
        ("Las calles quedaron bajo el agua después de que cayeran 40 milímetros de lluvia el domingo.", False),  # too far
    ],
)
def test_a_height_given_in_two_languages_and_units_links(es_text, linked):
    from parallax.compare.figure_links import figure_links
    from tests.helpers import analysed_articles

    (en,) = analysed_articles(["The mayor spoke. Hurricane Delia dropped 10 inches of rain on Houston on Sunday."], "en", "2026-12-01")
    (es,) = analysed_articles([es_text], "es", "2026-12-01")
    es.id = "b"
    assert bool(figure_links([en, es])) is linked


@pytest.mark.parametrize(
    ("a_text", "b_text", "lang", "found"),
    [
        (
            "Daniel Mensah scored the winner in the 90+2 minute at the Emirates.",
            "Daniel Mensah scored the winner in the 94th minute at the Emirates.",
            "en",
            [92, 94],
        ),
        (
            "Daniel Mensah scored the winner in the 90+2nd minute at the Emirates.",
            "Daniel Mensah scored the winner in the 92nd minute at the Emirates.",
            "en",
            None,
        ),
        (
            "Daniel Mensah marcou o golo da vitória aos 90+2 minutos.",
            "Daniel Mensah marcou o golo da vitória aos 90+4 minutos.",
            "pt",
            [92, 94],
        ),
        (
            "Daniel Mensah marcó el gol de la victoria en el minuto 92.",
            "Daniel Mensah marcó el gol de la victoria en el minuto 90+4.",
            "es",
            [92, 94],
        ),
        (
            "Daniel Mensah marcó el gol de la victoria en el minuto 92.",
            "Daniel Mensah marcó el gol de la victoria en el minuto 90+2.",
            "es",
            None,
        ),
    ],
)
def test_stoppage_time_is_a_minute_of_play(a_text, b_text, lang, found):
    expected = [] if found is None else [("number", {"a": [found[0]], "b": [found[1]], "unit": "minute"})]
    assert first_sentence_conflicts(a_text, b_text, lang, "2026-12-01") == expected


def test_the_added_minutes_are_no_span():
    from parallax.compare.minutes import stoppage_added

    text = "Marcou aos 90+2 minutos, após 2 minutos de jogo."
    assert stoppage_added(text, text.index("2 minutos"))
    assert not stoppage_added(text, text.rindex("2 minutos"))


def test_a_goal_links_no_share_across_languages():
    from parallax.compare.figure_links import figure_links
    from tests.helpers import analysed_articles

    (en,) = analysed_articles(["Markets were calm. Inflation in the euro area fell to 1.8% in November."], "en", "2026-12-01")
    (de,) = analysed_articles(["Die Inflation liegt im November unter dem Inflationsziel von 2 Prozent."], "de", "2026-12-01")
    (de_read,) = analysed_articles(["Die Inflation sank im November auf 2,1 Prozent."], "de", "2026-12-01")
    de.id = de_read.id = "b"
    assert figure_links([en, de]) == []
    assert figure_links([en, de_read])  # a reading still links


@pytest.mark.parametrize(
    "text", ["Russian missiles struck 30 targets overnight.", "He scored 2 goals on Sunday.", "He won 50 caps for Wales."]
)
def test_a_bare_count_of_targets_or_goals_is_a_count(text):
    import re

    m = re.search(r"\d+", text)
    assert not benchmark(text, "en", m.start(), m.end())
