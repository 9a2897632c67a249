"""Reports of one event compared (session facts54): parties under their names and nicknames in more countries, the
record a report sets its event against, the text report's Headlines section, and numbers ("2026/27", "dozens", a
goal "pulled back", an estimate whose verb follows its figure).

Invented reports (invented places, parties and people; the parties are real ones, named as the press names them).
"""

from __future__ import annotations

import parallax
from tests.helpers import fifty_quake_reports, mixed_articles, mixed_conflicts


def _numbers(*pairs: tuple[str, str]) -> list[dict]:
    return [v for kind, v in mixed_conflicts(*pairs) if kind == "number"]


def _swapped(found: list[dict]) -> set[tuple[float, float]]:
    return {(v["a"][0], v["b"][0]) for v in found}


# -- 1. one table of parties, with their nicknames, in more countries

_AU = "Voters in Varnek went to the polls on Saturday. "
_IN = "Counting ended in the Varnek assembly election on Tuesday. "
_PL = "W niedzielę w Varneku odbyły się wybory. "
_IT = "Domenica si è votato a Varnek. "
_NL = "Woensdag werd in Varnek gestemd. "
_PT = "As eleições realizaram-se no domingo em Varnek. "


def test_australian_and_indian_parties_under_their_nicknames_are_one_party_each() -> None:
    # "the ALP" is Labor and "the Libs" the Liberals; "the saffron party" is the BJP in Indian papers
    a = ("en", _AU + "Labor won 41% of the vote and the Liberals 33%.")
    assert _numbers(a, ("en", _AU + "The Libs won 33% of the vote and the ALP 41%.")) == []
    assert _swapped(_numbers(a, ("en", _AU + "The Libs won 41% of the vote and the ALP 33%."))) == {(41.0, 33.0), (33.0, 41.0)}
    a = ("en", _IN + "The BJP won 44% of the vote and the Congress 31%.")
    assert _numbers(a, ("en", _IN + "The Congress won 31% of the vote and the saffron party 44%.")) == []
    assert _swapped(_numbers(a, ("en", _IN + "The Congress won 44% of the vote and the saffron party 31%."))) == {
        (44.0, 31.0),
        (31.0, 44.0),
    }


def test_polish_italian_dutch_and_portuguese_parties_under_two_names_are_one_party_each() -> None:
    a = ("pl", _PL + "PiS zdobyło 35% głosów, KO 30%.")
    assert _numbers(a, ("pl", _PL + "Prawo i Sprawiedliwość uzyskało 35% głosów, Koalicja Obywatelska 30%.")) == []
    assert _swapped(_numbers(a, ("pl", _PL + "Prawo i Sprawiedliwość uzyskało 30% głosów, Koalicja Obywatelska 35%."))) == {
        (35.0, 30.0),
        (30.0, 35.0),
    }
    a = ("it", _IT + "Fratelli d'Italia ha ottenuto il 29%, il PD il 22%.")
    assert _numbers(a, ("it", _IT + "FdI ha ottenuto il 29%, il Partito Democratico il 22%.")) == []
    assert _swapped(_numbers(a, ("it", _IT + "FdI ha ottenuto il 22%, il Partito Democratico il 29%."))) == {(29.0, 22.0), (22.0, 29.0)}
    a = ("nl", _NL + "De PVV kreeg 23 procent, de VVD 15 procent.")
    assert _numbers(a, ("nl", _NL + "De Partij voor de Vrijheid kreeg 23 procent, de liberalen 15 procent.")) == []
    assert _swapped(_numbers(a, ("nl", _NL + "De Partij voor de Vrijheid kreeg 15 procent, de liberalen 23 procent."))) == {
        (23.0, 15.0),
        (15.0, 23.0),
    }
    # "PSD" had paired with both "Partido Socialista" and "Partido Social Democrata" (its P and its S)
    a = ("pt", _PT + "O PSD obteve 29% e o PS 28%.")
    assert _numbers(a, ("pt", _PT + "O Partido Social Democrata obteve 29% e o Partido Socialista 28%.")) == []
    assert _swapped(_numbers(a, ("pt", _PT + "O Partido Social Democrata obteve 28% e o Partido Socialista 29%."))) == {
        (29.0, 28.0),
        (28.0, 29.0),
    }


def test_a_nickname_inside_another_partys_name_is_no_nickname() -> None:
    # "the Lib Dems" are the Liberal Democrats, not the Democrats ("Dems")
    uk = "Voters in Varnek went to the polls on Thursday. "
    a = ("en", uk + "The Lib Dems won 41% of the vote and the Tories 33%.")
    assert _numbers(a, ("en", uk + "The Conservatives won 33% of the vote and the Liberal Democrats 41%.")) == []
    assert _swapped(_numbers(a, ("en", uk + "The Conservatives won 41% of the vote and the Liberal Democrats 33%."))) == {
        (41.0, 33.0),
        (33.0, 41.0),
    }


# -- 2. "the first ... since": only one kind of event links


def _dates(*pairs: tuple[str, str]) -> list[dict]:
    return [v for kind, v in mixed_conflicts(*pairs) if kind == "date"]


def _shared(*pairs: tuple[str, str]) -> list[list[str]]:
    facts = parallax.compare(mixed_articles(*pairs)).to_dict()["facts"]
    return [[s["text"] for s in f["sentences"]] for f in facts if len({s["article"] for s in f["sentences"]}) > 1]


_BANK_EN = "The central bank of Varnek met on Tuesday. "
_BANK_DE = "Die Zentralbank von Varnek tagte am Dienstag. "
_PLANT_EN = "Workers at the Varnek steel plant walked out on Monday. "
_PLANT_FR = "Les ouvriers de l'aciérie de Varnek ont cessé le travail lundi. "


def test_two_records_of_two_kinds_of_event_are_not_one_fact() -> None:
    cut, loss = "It made its first rate cut since 2019.", "The bank posted its first loss since 2015."
    assert _dates(("en", _BANK_EN + cut), ("en", _BANK_EN + loss)) == []
    assert [cut, loss] not in _shared(("en", _BANK_EN + cut), ("en", _BANK_EN + loss))
    assert _dates(("de", _BANK_DE + "Es war die erste Zinssenkung seit 2019."), ("en", _BANK_EN + loss)) == []
    # one kind in two words and two languages still links and conflicts
    assert _dates(("en", _BANK_EN + cut), ("de", _BANK_DE + "Es war die erste Zinssenkung seit 2018.")) == [
        {"a": "since 2019", "b": "seit 2018"}
    ]


def test_a_report_with_two_records_links_each_to_its_kind() -> None:
    a = ("en", _BANK_EN + "It made its first rate cut since 2019. The bank posted its first loss since 2015.")
    assert _dates(a, ("en", _BANK_EN + "The bank reported its first loss since 2012.")) == [{"a": "since 2015", "b": "since 2012"}]


def test_a_span_written_in_words_or_decades_is_read() -> None:
    a = ("en", _PLANT_EN + "It was the first strike since 1989.")
    assert _dates(a, ("en", _PLANT_EN + "It was the first strike in thirty-seven years.")) == []
    assert _dates(a, ("en", _PLANT_EN + "It was the first strike in nearly four decades.")) == []
    assert _dates(a, ("en", _PLANT_EN + "It was the first strike in two decades.")) == [{"a": "since 1989", "b": "in two decades"}]
    assert _dates(a, ("fr", _PLANT_FR + "C'est la première grève en deux décennies.")) == [{"a": "since 1989", "b": "en deux décennies"}]
    assert _dates(a, ("en", _PLANT_EN + "It was the first strike in a decade.")) == [{"a": "since 1989", "b": "in a decade"}]


# -- 3. the text report's Headlines section is bounded as the HTML one is


def test_the_text_reports_headlines_of_fifty_reports_are_bounded() -> None:
    from parallax.report.text import render_text

    comparison = parallax.compare(fifty_quake_reports()).to_dict()
    text = render_text(comparison)
    section = text[text.index("Headlines") : text.index("Facts")]
    assert len(section) < 40_000, len(section)  # each of 50 headlines had 49 lines, one per other report
    assert "and 25 more" in section
    for toll in (10, 11, 12, 13, 14):
        assert f"Quake kills {toll} in Varnek" in section and f"{toll} people" in section


# -- 4. numbers

_MATCH = "Varnek City beat Olden Town 3-1 on Saturday. "
_FIRE = "A fire destroyed a warehouse in Varnek on Monday. "
_STRIKE = "A general strike paralysed Varnek on Tuesday. "


def test_a_season_of_two_years_gives_no_count() -> None:
    for lang, text in (
        ("en", "Varnek City are top of the table in the 2026/27 season."),
        ("de", "Varnek City führt die Tabelle in der Saison 2026/27 an."),
        ("en", "The club's budget for 2026-27 is larger."),
    ):
        (art,) = mixed_articles((lang, text))
        assert 27.0 not in [q.value for q in art.quantities], text


def test_a_goal_pulled_back_is_no_count_of_people() -> None:
    (art,) = mixed_articles(("en", _MATCH + "Mark Olsen pulled one back for Olden Town in the 60th minute."))
    assert [q.unit for q in art.quantities if q.value == 1.0] in ([], ["goal"])
    assert (
        _numbers(
            ("en", _MATCH + "Mark Olsen pulled one back for Olden Town, and one person was hurt in the crowd."),
            ("en", _MATCH + "Mark Olsen scored for Olden Town, and one person was hurt in the crowd."),
        )
        == []
    )


def test_dozens_is_at_least_two_dozen() -> None:
    dozens = ("en", _FIRE + "Dozens of people were injured in the fire.")
    assert _numbers(dozens, ("en", _FIRE + "Five people were injured in the fire.")) == [{"a": [24.0], "b": [5.0], "unit": "people"}]
    assert _numbers(dozens, ("en", _FIRE + "48 people were injured in the fire.")) == []
    assert (
        _numbers(
            ("de", "Ein Feuer zerstörte am Montag ein Lager in Varnek. Dutzende Menschen wurden verletzt."),
            ("en", _FIRE + "48 people were injured in the fire."),
        )
        == []
    )


def test_dozens_fits_another_outlets_lower_bound_above_it() -> None:
    """"Dozens" is a floor read from a word, not a bound an outlet stated: "more than 30" and "at least 40" can both be
    right beside it (two stated bounds are held to 10% of each other; this one is not)."""
    dozens = ("en", _FIRE + "Dozens of people were injured in the fire.")
    assert _numbers(dozens, ("en", _FIRE + "More than 30 people were injured in the fire.")) == []
    assert _numbers(dozens, ("en", _FIRE + "At least 40 people were injured in the fire.")) == []
    assert _numbers(dozens, ("en", _FIRE + "At most 12 people were injured in the fire.")) == [{"a": [24.0], "b": [12.0], "unit": "people"}]


def test_an_estimating_verb_after_its_figure_names_the_source() -> None:
    assert (
        _numbers(
            ("en", _STRIKE + "80% of workers joined the strike, the unions estimated."),
            ("en", _STRIKE + "20% of workers joined the strike, the government estimated."),
        )
        == []
    )
    assert (
        _numbers(
            (
                "es",
                _STRIKE.replace("A general strike paralysed Varnek on Tuesday.", "La huelga paralizó Varnek el martes.")
                + "El 80% de la plantilla secundó el paro, calcularon los sindicatos.",
            ),
            ("es", "La huelga paralizó Varnek el martes. El 20% de la plantilla secundó el paro, calculó el Gobierno."),
        )
        == []
    )
    # the same side's figure changed still conflicts
    assert _numbers(
        ("en", _STRIKE + "80% of workers joined the strike, the unions estimated."),
        ("en", _STRIKE + "50% of workers joined the strike, the unions estimated."),
    )
