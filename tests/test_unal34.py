"""Facts outside aligned sentences: figures across languages, goal minutes in five languages, headlines."""

from __future__ import annotations

import pytest

import parallax
from parallax.records import Article
from tests.helpers import shown

PUBLISHED = "2026-03-14"


def _articles(pairs: list[tuple[str, str]]) -> list[Article]:
    arts = [Article(id=k, text=t, language=lang, outlet=k.upper(), published=PUBLISHED) for k, (lang, t) in zip("abc", pairs, strict=False)]
    parallax.analyze(arts)
    return arts


def _figure_links(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    from parallax.compare.figure_links import figure_links

    arts = _articles(pairs)
    return [(arts[i].sentences[si].text, arts[j].sentences[sj].text) for (i, si), (j, sj) in figure_links(arts)]


def _conflicts(pairs: list[tuple[str, str]]) -> list[tuple[str, dict]]:
    arts = [Article(id=k, text=t, language=lang, outlet=k.upper(), published=PUBLISHED) for k, (lang, t) in zip("abc", pairs, strict=False)]
    facts = parallax.compare(arts).to_dict()["facts"]
    return [(c["kind"], shown(c)) for f in facts for c in f["conflicts"]]


# -- one share or temperature in two languages, in sentences that do not align

SALES_DE = (
    "Der Autobauer Veltra hat am Donnerstag in Stuttgart seine Quartalszahlen vorgelegt.\n\n"
    "Vor allem das Geschäft lief gut: Der Umsatz legte um 7,8 Prozent zu, während die Gewerkschaften Streiks ankündigten.\n\n"
    "Vorstandschef Jonas Weber sprach von einem starken Jahr."
)
SALES_ES = (
    "El fabricante Veltra presentó el jueves sus resultados trimestrales.\n\n"
    "El consejero delegado, Jonas Weber, que asumió el cargo tras la salida de su antecesor, celebró unas ventas "
    "un 8,7% más altas y prometió nuevos modelos eléctricos.\n\n"
    "Los sindicatos anunciaron huelgas."
)
HEAT_EN = (
    "A heatwave gripped southern Spain on Tuesday, closing schools in Seville.\n\n"
    "In Seville, where tourists sheltered in shaded squares and hospitals reported dozens of cases of heatstroke, "
    "the mercury reached 43C (109F).\n\n"
    "The weather service issued a red alert."
)
HEAT_FR = (
    "Une vague de chaleur a frappé le sud de l'Espagne mardi, fermant les écoles de Séville.\n\n"
    "Les services météorologiques ont émis une alerte rouge, avec 45C relevés à Séville.\n\n"
    "Les hôpitaux ont signalé des dizaines de coups de chaleur."
)
VOTE_EN = (
    "Voters in Norland backed the centre-right Unity party on Sunday.\n\n"
    "Unity won 38.2% of the vote, ahead of the Social Democrats.\n\n"
    "Turnout was 64%, the electoral commission said."
)
VOTE_ES = (
    "Los votantes de Norland respaldaron el domingo al partido Unidad.\n\n"
    "La participación alcanzó el 61,5%, según la comisión electoral, que destacó la calma de la jornada.\n\n"
    "Unidad obtuvo el 38,2% de los votos."
)


def test_a_sales_rise_in_german_and_spanish_conflicts():
    assert ("number", {"a": [7.8], "b": [8.7], "unit": "%"}) in _conflicts([("de", SALES_DE), ("es", SALES_ES)])


def test_a_temperature_in_english_and_french_conflicts():
    assert ("number", {"a": [43.0], "b": [45.0], "unit": "°C"}) in _conflicts([("en", HEAT_EN), ("fr", HEAT_FR)])


def test_turnout_meets_turnout_and_the_vote_share_agrees():
    links = _figure_links([("en", VOTE_EN), ("es", VOTE_ES)])
    assert links == [("Turnout was 64%, the electoral commission said.", VOTE_ES.split("\n\n")[1])]


def test_two_kinds_of_share_never_meet():
    # each report's only percentage, close in value, but one is a turnout and the other a share of the vote
    a = "Voters in Norland backed the Unity party on Sunday.\n\nTurnout was 64%, the electoral commission said."
    b = "Los votantes de Norland respaldaron al partido Unidad.\n\nUnidad obtuvo el 61,5% de los votos, según la comisión."
    assert _figure_links([("en", a), ("es", b)]) == []


@pytest.mark.parametrize(
    "fr",
    [
        HEAT_FR.replace("45C relevés à Séville", "45C relevés à Cordoue"),  # another place's figure
        HEAT_FR.replace("45C", "43C"),  # one figure
        HEAT_FR.replace("45C", "51C"),  # too far apart to be one reading reported twice
        HEAT_FR.replace("Les hôpitaux", "Hier, 41C à Séville. Les hôpitaux"),  # two temperatures: which is it?
        HEAT_FR.replace("avec 45C relevés à Séville", "et 45C sont prévus à Séville vendredi"),  # a forecast, not a reading
    ],
)
def test_no_temperature_link(fr):
    assert _figure_links([("en", HEAT_EN), ("fr", fr)]) == []


def test_a_share_of_another_year_links_nothing():
    es = SALES_ES.replace("celebró unas ventas", "recordó que en 2024 hubo unas ventas")
    assert _figure_links([("de", SALES_DE), ("es", es)]) == []


def test_a_percentage_of_no_named_kind_links_nothing():
    de = SALES_DE.replace("Der Umsatz legte um 7,8 Prozent zu", "Es ging um 7,8 Prozent nach oben")
    assert _figure_links([("de", de), ("es", SALES_ES)]) == []


@pytest.mark.parametrize(
    ("b", "linked"),
    [
        ("El socialdemócrata Pablo Soto, que gobernaba el país, obtuvo el 31% de los votos.", False),  # two candidates' shares
        ("La candidata Marta Ruiz obtuvo el 41% de los votos, según la comisión.", True),  # one holder, named alike
    ],
)
def test_a_share_of_the_vote_links_only_for_one_holder(b, linked):
    a = "Voters in Norland went to the polls on Sunday.\n\nThe candidate Marta Ruiz won 38.2% of the vote, the electoral commission said."
    b = "Los votantes de Norland acudieron el domingo a las urnas.\n\n" + b
    assert bool(_figure_links([("en", a), ("es", b)])) is linked


def test_a_death_toll_worded_differently_links_across_three_languages():
    from parallax.compare.casualties import casualty_links

    arts = _articles(
        [
            (
                "en",
                "Floods swept the Veldra valley on Thursday.\n\nThe river, swollen by two days of rain that also cut power to thousands of homes, claimed the lives of 12 people, officials said.",
            ),
            (
                "de",
                "Hochwasser hat am Donnerstag das Veldra-Tal überschwemmt.\n\nNach Angaben der Feuerwehr kamen zehn Menschen ums Leben, als der Fluss über die Ufer trat.",
            ),
            (
                "es",
                "Las inundaciones arrasaron el jueves el valle de Veldra.\n\nLa riada, que también dejó sin luz a miles de hogares, se cobró la vida de 11 personas.",
            ),
        ]
    )
    assert sorted(casualty_links(arts)) == [((0, 1), (1, 1)), ((0, 1), (2, 1)), ((1, 1), (2, 1))]


# -- one player's goal timed twice, in sentences that do not align, in de, fr, es and it

MATCH_EN = (
    "Daniel Okafor scored twice as Rovers won 3-1 against City on Saturday.\n\n"
    "Marco Rossi equalised for City in the 36th minute, before Liam Byrne restored the lead with a header in the 48th minute."
)
MATCH_DE = (
    "City hat am Samstag im Ashfield Park gegen Rovers verloren.\n\n"
    "Daniel Okafor traf in der 12. und in der 77. Minute für die Gastgeber, auch Liam Byrne war erfolgreich.\n\n"
    "Marco Rossi erzielte in der 38. Minute das Tor für City."
)
MATCH_ES = (
    "El City perdió el sábado ante los Rovers en Ashfield Park.\n\n"
    "Daniel Okafor marcó dos goles para los locales y Liam Byrne también anotó.\n\n"
    "Marco Rossi marcó el gol del City en el 38, de cabeza."
)


def _minute_links(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    from parallax.compare.minute_links import minute_links

    arts = _articles(pairs)
    return [(arts[i].sentences[si].text, arts[j].sentences[sj].text) for (i, si), (j, sj) in minute_links(arts)]


@pytest.mark.parametrize(("lang", "text"), [("de", MATCH_DE), ("es", MATCH_ES)])
def test_one_goal_timed_twice_across_languages_links(lang, text):
    assert _minute_links([("en", MATCH_EN), (lang, text)]) == [(MATCH_EN.split("\n\n")[1], text.split("\n\n")[2])]


def test_the_linked_minutes_conflict_across_languages():
    found = [v for kind, v in _conflicts([("en", MATCH_EN), ("de", MATCH_DE)]) if kind == "number" and v.get("unit") == "minute"]
    assert found == [{"a": [36], "b": [38], "unit": "minute"}]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            MATCH_DE.replace(
                "Marco Rossi erzielte in der 38. Minute das Tor", "Marco Rossi schnürte einen Doppelpack, zuerst in der 38. Minute,"
            ),
        ),
        ("fr", "City a perdu samedi face aux Rovers.\n\nMarco Rossi, auteur d'un doublé, a marqué à la 38e minute."),
        ("es", MATCH_ES.replace("marcó el gol del City", "hizo un doblete, el primero")),
        ("it", "Il City ha perso sabato contro i Rovers.\n\nMarco Rossi, autore di una doppietta, ha segnato al 38'."),
    ],
)
def test_no_link_for_a_player_who_scored_more_than_once(lang, text):
    assert _minute_links([("en", MATCH_EN), (lang, text)]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marco Rossi marcó el gol de la victoria en el 81.", {"Marco Rossi": {81}}),
        ("Marco Rossi marcó de penalti en el 90+2.", {"Marco Rossi": {92}}),  # stoppage time: the 92nd minute of play
        ("Marco Rossi vive en el 81 de la calle Mayor, junto al estadio del que se marchó.", {}),
        ("Ana Ruiz fue la candidata más votada en el 81.", {}),  # no match report: a year, a district, a count
    ],
)
def test_a_bare_spanish_minute_only_in_a_match_report(text, expected):
    from parallax.compare.minutes import minutes_by_person
    from tests.helpers import analyzed

    art = analyzed(text, "es")
    assert {k: v for s in art.sentences for k, v in minutes_by_person(art, s).items()} == expected


# -- headlines against the other reports

HEAD_A = "Flood death toll rises in Veldra valley"
TEXT_A = (
    "Floods swept through the Veldra valley on Thursday after two days of heavy rain.\n\n"
    "Ten people were killed when the river burst its banks, the regional fire service said.\n\n"
    "Rescue teams searched villages downstream."
)
HEAD_B = "12 dead as floods hit Veldra valley"
TEXT_B = (
    "Heavy rain caused the river to burst its banks in the Veldra valley on Thursday.\n\n"
    "Emergency crews evacuated hundreds of residents from villages downstream.\n\n"
    "The regional governor visited the area in the evening."
)
HEAD_C = "10 dead as floods hit Veldra valley"


@pytest.fixture(scope="module")
def flood() -> dict:
    arts = [
        Article(id="a", text=TEXT_A, title=HEAD_A, outlet="Post", language="en", published=PUBLISHED),
        Article(id="b", text=TEXT_B, title=HEAD_B + " <script>alert(1)</script>", outlet="Herald", language="en", published=PUBLISHED),
        Article(id="c", text=TEXT_A.replace("Ten people", "10 people"), title=HEAD_C, outlet="Gazette", language="en", published=PUBLISHED),
    ]
    return parallax.compare(arts).to_dict()


def _headline(comparison: dict, article: str) -> dict:
    return next(h for h in comparison["headlines"] if h["article"] == article)


def test_a_headline_toll_conflicts_with_another_reports_text(flood):
    found = [(c["article"], c["against"], shown(c)) for c in _headline(flood, "b")["conflicts"]]
    assert ("a", "text", {"b": [12.0], "a": [10.0], "units": {"b": "dead", "a": "people"}}) in found


def test_a_headline_toll_conflicts_with_another_headline(flood):
    found = [(c["article"], c["against"], shown(c)) for c in _headline(flood, "b")["conflicts"]]
    assert ("c", "headline", {"b": [12.0], "c": [10.0], "unit": "people"}) in found


def test_a_headline_that_agrees_has_no_conflict(flood):
    assert [c for c in _headline(flood, "c")["conflicts"] if c["article"] == "a"] == []


def test_headlines_in_the_json_schema_text_and_html(flood):
    import io

    import jsonschema

    from parallax.report import schema
    from parallax.report.html import render_html
    from parallax.report.text import print_text

    jsonschema.validate(flood, schema())
    buf = io.StringIO()
    print_text(flood, buf)
    assert "Headlines" in buf.getvalue()
    html = render_html(flood)
    assert 'id="headlines"' in html and "12 dead as floods hit Veldra valley &lt;script&gt;" in html
    assert "<script>alert(1)" not in html


def test_two_headlines_in_one_language_give_their_choice_of_words():
    arts = [
        Article(id="a", text="Police detained 40 people.", title="Rioters clash with police in Veldra", language="en", published=PUBLISHED),
        Article(
            id="b", text="Police detained 40 people.", title="Protesters clash with police in Veldra", language="en", published=PUBLISHED
        ),
    ]
    heads = parallax.compare(arts).to_dict()["headlines"]
    assert {"article": "b", "values": {"a": "Rioters", "b": "Protesters"}} in heads[0]["word_choices"]


def test_a_far_figure_of_the_nearest_sentence_is_no_conflict():
    # the headline's nearest sentence in meaning gives another sum: "£5m fund" is no report of "£38 million" lost
    from parallax.compare.headlines import _near_figures
    from parallax.records import Conflict

    assert not _near_figures(Conflict("number", {"a": [5_000_000.0], "b": [38_000_000.0], "unit": "£"}))
    assert _near_figures(Conflict("number", {"a": [41.0], "b": [38.0], "unit": "dead"}))


def test_a_headline_is_not_compared_with_a_past_occasion():
    text = (
        "A strong earthquake struck Karvelia province on Tuesday.\n\n"
        "The quake was the deadliest in the region since 1987, when a quake near Selvo killed more than 100 people."
    )
    arts = [
        Article(
            id="a",
            text="Rescuers searched the rubble.",
            title="Strong earthquake kills at least 28 in Karvelia",
            language="en",
            published=PUBLISHED,
        ),
        Article(id="b", text=text, language="en", published=PUBLISHED),
    ]
    heads = parallax.compare(arts).to_dict()["headlines"]
    assert heads[0]["conflicts"] == []


def test_a_month_the_event_names_is_no_other_occasion():
    arts = [
        Article(
            id="a",
            text="Workers protested at the gates.",
            title="Car parts giant slashes 1,400 Port Ellery jobs",
            language="en",
            published=PUBLISHED,
        ),
        Article(
            id="b",
            text="Halvorsen will close its Port Ellery plant by the end of September, cutting 1,150 jobs.",
            language="en",
            published=PUBLISHED,
        ),
    ]
    found = [shown(c) for c in parallax.compare(arts).to_dict()["headlines"][0]["conflicts"]]
    assert found == [{"a": [1400.0], "b": [1150.0], "unit": "jobs"}]
