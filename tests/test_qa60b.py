"""Session 60 QA of European-language reports (Ukrainian, Russian, German, French, Spanish, Portuguese ...): invented
texts."""

from __future__ import annotations

import pytest

from tests.helpers import analyzed, sentences, time_values

# --- East Slavic durations with a declined number word -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "span", "value"),
    [
        ("Страйк у Марківці тривав протягом трьох місяців.", "uk", "трьох місяців", "P3M"),
        ("Ремонт мосту триватиме упродовж п'яти днів.", "uk", "п'яти днів", "P5D"),
        ("Забастовка в Ольховске продолжалась в течение трёх месяцев.", "ru", "трёх месяцев", "P3M"),
        ("Работы на станции велись на протяжении двух недель.", "ru", "двух недель", "P2W"),
    ],
)
def test_east_slavic_genitive_number_word_measures_a_duration(text: str, lang: str, span: str, value: str) -> None:
    assert time_values(text, lang).get(span) == value


# --- German month abbreviations ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Die Anhörung fand am 3. Febr. 2026 in Lindau statt.", "3. Febr. 2026", "2026-02-03"),
        ("Das Urteil fiel am 12. Sept. 2025 in Kornstadt.", "12. Sept. 2025", "2025-09-12"),
        ("Der Vertrag wurde am 7. Jän. 2026 unterzeichnet.", "7. Jän. 2026", "2026-01-07"),
        ("Die Strecke ist seit Okt. 2025 gesperrt.", "Okt. 2025", "2025-10"),
    ],
)
def test_german_month_abbreviation_reads_as_its_month(text: str, span: str, value: str) -> None:
    assert time_values(text, "de").get(span) == value


def test_german_month_abbreviation_before_its_year_ends_no_sentence() -> None:
    assert sentences("Die Anhörung fand am 3. Febr. 2026 statt. Danach sprach die Richterin.", "de") == [
        "Die Anhörung fand am 3. Febr. 2026 statt.",
        "Danach sprach die Richterin.",
    ]


def test_german_given_name_jan_is_no_month() -> None:
    assert time_values("Jan Wendler kam am Montag nach Kornstadt.", "de") == {"Montag": "2026-03-02"}


# --- a frequency ("daily", "täglich", "quotidiennement") reads as one, not as a length -----------------------------


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        ("Die Fähre nach Lindau fährt seit Montag täglich.", "de", "täglich"),
        ("Le bac vers Vésinelle circule quotidiennement depuis lundi.", "fr", "quotidiennement"),
        ("The ferry to Harwick has run daily since Monday.", "en", "daily"),
    ],
)
def test_frequency_word_is_a_set_of_every_day(text: str, lang: str, span: str) -> None:
    art = analyzed(text, lang)
    assert [(t.value, t.granularity) for t in art.times if t.text == span] == [("P1D", "set")]


@pytest.mark.parametrize(
    ("value", "words"),
    [("P1D", "every day"), ("P1W", "every week"), ("P2W", "every 2 weeks"), ("XXXX-WXX-1", "every Monday"), ("XXXX-03", "every March")],
)
def test_set_value_reads_as_a_frequency(value: str, words: str) -> None:
    from parallax.report.time_reading import time_reading

    assert time_reading(value, "set") == words


def test_duration_of_one_day_still_reads_as_a_length() -> None:
    from parallax.report.time_reading import time_reading

    assert time_reading("P1D", "duration") == "1 day"
    assert time_reading("P1D") == "1 day"


def test_times_table_keeps_a_frequency_apart_from_a_length_of_the_same_value() -> None:
    from parallax.report.timeline import times_table

    comparison = {
        "times": [
            {"article": "a", "text": "daily", "value": "P1D", "granularity": "set"},
            {"article": "b", "text": "one day", "value": "P1D", "granularity": "duration"},
        ]
    }
    rows = times_table(comparison, {"a": "A", "b": "B"})
    assert sorted((r["granularity"], sorted(r["by"])) for r in rows) == [("duration", ["b"]), ("set", ["a"])]


def test_text_report_reads_daily_as_every_day() -> None:
    import parallax
    from parallax.report.text import render_text
    from tests.helpers import outlet_articles

    arts = outlet_articles(
        [
            "The ferry to Harwick has run daily since Monday, the operator Coastlink said.",
            "Coastlink said the ferry to Harwick has run every day since Monday.",
        ],
        "en",
    )
    line = next(row for row in render_text(parallax.compare(arts).to_dict()).splitlines() if "daily" in row and "P1D" in row)
    assert "every day" in line and "1 day" not in line


# --- a faithful translation of a quotation with a span of time is no altered quotation, in any pair of languages -----

_EN_QUOTE = 'Mayor Olena Dorosh of Markivka said: "We waited for three months and nobody answered us." The protest went on on Tuesday.'


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Мер Марківки Олена Дорош заявила: «Ми чекали протягом трьох місяців, і ніхто нам не відповів». Протест тривав у вівторок."),
        (
            "ru",
            "Мэр Марковки Олена Дорош заявила: «Мы ждали в течение трёх месяцев, и никто нам не ответил». Протест продолжался во вторник.",
        ),
        (
            "de",
            "Die Bürgermeisterin von Markivka, Olena Dorosch, sagte: „Wir haben drei Monate gewartet, und niemand hat uns geantwortet.“ Der Protest ging am Dienstag weiter.",
        ),
    ],
)
def test_faithful_translation_of_a_quoted_span_is_no_alteration(lang: str, text: str) -> None:
    import parallax
    from tests.helpers import mixed_articles

    quotes = parallax.compare(mixed_articles((lang, text), ("en", _EN_QUOTE))).to_dict()["quotes"]
    grades = sorted(v["fidelity"] for q in quotes for v in q["variants"])
    assert grades == ["paraphrase", "verbatim"]


def test_count_in_a_unit_of_time_reads_as_its_span_in_any_language() -> None:
    """A count the dates did not read as a span ("трьох місяців", unit "місяців") is the span its translation's
    dates read ("three months", P3M), not a changed figure."""
    from parallax.compare.translated_quotes import figures
    from parallax.records import Article, Quantity, Quote

    text = "«Ми чекали трьох місяців»"
    art = Article(id="a", text=text, language="uk")
    art.quantities = [Quantity("трьох", 3.0, 11, 16, "місяців")]
    assert figures(art, Quote(text[1:-1], 1, len(text) - 1)) == ["P3M"]
    art.quantities = [Quantity("трьох", 3.0, 11, 16, "людей")]
    assert figures(art, Quote(text[1:-1], 1, len(text) - 1)) == ["3.0"]


# --- "no Rio de Janeiro": a place's name, no month, and an event place ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A polícia deteve doze pessoas no bairro de Varzeado, no Rio de Janeiro, na sexta-feira.", "pt"),
        ("La policía detuvo a doce personas en Río de Janeiro el viernes.", "es"),
        ("A marcha seguiu pela Avenida Sete de Setembro até à câmara.", "pt"),
    ],
)
def test_capitalised_month_ending_a_place_name_is_no_month(text: str, lang: str) -> None:
    art = analyzed(text, lang)
    assert all(t.granularity != "month" for t in art.times)
    assert any(e.text.endswith(("Janeiro", "Setembro")) for e in art.entities)


def test_month_with_its_year_or_after_a_preposition_is_still_a_month() -> None:
    assert time_values("Em Janeiro de 2005 chegou a Lisboa.", "pt") == {"Janeiro de 2005": "2005-01"}
    assert time_values("Chegou a Lisboa em Janeiro.", "pt", "2026-03-05") == {"Janeiro": "2026-01"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Doze pessoas foram detidas no Rio de Janeiro durante um protesto.", "pt"),
        ("Twelve people were arrested in Rio de Janeiro during a protest.", "en"),
    ],
)
def test_place_name_with_of_after_a_preposition_is_an_event_place(text: str, lang: str) -> None:
    from parallax.stories.event_places import lead_places

    assert "janeiro" in lead_places([text], lang, str.lower)


def test_port_of_a_city_is_still_the_city() -> None:
    from parallax.stories.event_places import lead_places

    assert lead_places(["A tanker ran aground at Port of Valmoor on Sunday."], "en", str.lower) == ("valmoor",)


# --- German city adjectives before an authority ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        (["Die Kornstädter Polizei meldete am Montag zwölf Festnahmen in Kornstadt."], "kornstadt"),
        (["Die Lindauer Feuerwehr rückte aus.", "In Lindau brannte eine Lagerhalle."], "lindau"),
        (["Die Dresdner Staatsanwaltschaft ermittelt gegen zwei Männer."], "dresden"),
    ],
)
def test_german_city_adjective_before_an_authority_is_an_event_place(lead: list[str], place: str) -> None:
    from parallax.stories.city_adjectives import adjective_cities

    assert place in adjective_cities(lead, "de", str.lower)


@pytest.mark.parametrize(
    "lead",
    [
        ["Ein Hamburger kostet in Hamburg jetzt fünf Euro."],
        ["Die Kornstädter Polizei meldete zwölf Festnahmen."],  # a town the lead never names and the table does not know
    ],
)
def test_german_adjective_alone_or_of_an_unnamed_town_is_no_place(lead: list[str]) -> None:
    from parallax.stories.city_adjectives import adjective_cities

    assert adjective_cities(lead, "de", str.lower) == ()


def test_german_city_adjective_is_a_place_of_the_story_signals() -> None:
    from parallax.records import Article
    from parallax.stories.features import signals_without_vector

    art = Article(
        id="a", text="Die Lindauer Polizei nahm am Montag zwölf Menschen fest. Lindau zählt rund 25.000 Einwohner.", language="de"
    )
    assert "lindau" in signals_without_vector(art).places
