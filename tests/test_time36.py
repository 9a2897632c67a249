"""Dates and datelines, session 36 (time36): Arabic two-word months in a dateline, the past-year rule for a month
near publication in more languages and for a date in its own clause before the verb, and TempEval-3 forms."""

from __future__ import annotations

from datetime import date as day

import pytest

from parallax.analyze.times import resolve_text
from parallax.ingest.datelines import split_dateline


@pytest.mark.parametrize(
    ("para", "date", "rest"),
    [
        (
            "القاهرة، 19 تشرين الثاني/نوفمبر (رويترز) - قالت الحكومة اليوم إنها ستخفض الأسعار.",
            "19 تشرين الثاني/نوفمبر",
            "قالت الحكومة اليوم إنها ستخفض الأسعار.",
        ),
        ("دمشق، 3 كانون الأول/ديسمبر (سانا) - أعلنت الوزارة خطة جديدة.", "3 كانون الأول/ديسمبر", "أعلنت الوزارة خطة جديدة."),
        ("القاهرة، 10 أيار/مايو (رويترز) - انهار مبنى سكني.", "10 أيار/مايو", "انهار مبنى سكني."),
    ],
)
def test_an_arabic_dateline_with_a_two_word_month_is_split_off_with_its_date(para: str, date: str, rest: str) -> None:
    d = split_dateline(para)
    assert d is not None and (d.date, d.after) == (date, rest)


def test_today_under_an_arabic_two_word_month_dateline_counts_from_its_day() -> None:
    from parallax.analyze.times.written import written_day

    assert written_day("3 كانون الأول/ديسمبر", "ar", day(2026, 12, 5)) == day(2026, 12, 3)


NOVEMBER = "2026-11-20T10:00:00Z"  # a month near publication but in the next year: the past one in a surely past clause


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("On February 12, the first case was recorded.", "en", "2026-02-12"),
        ("On February 12, the summit will be held in Rome.", "en", "2027-02-12"),
        ("Am 12. Februar hatte die Notenbank die Zinsen gesenkt.", "de", "2026-02-12"),
        ("O primeiro caso foi registado a 12 de fevereiro.", "pt", "2026-02-12"),
        ("O banco central já tinha cortado os juros em fevereiro.", "pt", "2026-02"),
        ("Het eerste geval werd op 12 februari geregistreerd.", "nl", "2026-02-12"),
        ("Pierwszy przypadek odnotowano 12 lutego.", "pl", "2026-02-12"),
        ("Первый случай был зарегистрирован 12 февраля.", "ru", "2026-02-12"),
        ("Первый случай зафиксировали 12 февраля.", "ru", "2026-02-12"),
        ("Перший випадок зареєстрували 12 лютого.", "uk", "2026-02-12"),
        ("Det första fallet registrerades den 12 februari.", "sv", "2026-02-12"),
        ("První případ byl zaznamenán 12. února.", "cs", "2026-02-12"),
        ("İlk vaka 12 Şubat'ta kaydedildi.", "tr", "2026-02-12"),
        # the nearest year stays: a future word, a plan's target, no past verb
        ("A cimeira vai realizar-se a 12 de fevereiro.", "pt", "2027-02-12"),
        ("Głosowanie przełożono na 12 lutego.", "pl", "2027-02-12"),
        ("Саммит пройдет 12 февраля.", "ru", "2027-02-12"),
        ("Заседание перенесли на 12 февраля.", "ru", "2027-02-12"),
        ("Самміт відбудеться 12 лютого.", "uk", "2027-02-12"),
        ("Mötet hålls den 12 februari.", "sv", "2027-02-12"),
        ("Summit se uskuteční 12. února.", "cs", "2027-02-12"),
        ("Zirve 12 Şubat'ta yapılacak.", "tr", "2027-02-12"),
        ("De top is gepland voor 12 februari.", "nl", "2027-02-12"),
    ],
)
def test_a_month_near_publication_in_the_next_year_is_the_past_one_in_a_surely_past_clause(text: str, language: str, value: str) -> None:
    assert [v for _, _, v, _ in resolve_text(text, language, NOVEMBER)] == [value]


def _values(text: str, published: str) -> list[tuple[str, str]]:
    return [(text[s:e], v) for s, e, v, _ in resolve_text(text, "en", published)]


def test_year_earlier_as_one_word_is_the_quarter_a_year_before_in_a_results_story() -> None:
    text = "Net income rose 5% in the third quarter. Year-earlier results included a gain, as did the year-ago period."
    assert _values(text, "1989-11-02") == [
        ("the third quarter", "1989-Q3"),
        ("Year-earlier", "1988-Q3"),
        ("the year-ago period", "1988-Q3"),
    ]


def test_year_earlier_without_a_quarter_is_last_year_and_a_year_ago_quarter_moves_no_reference() -> None:
    assert _values("It compared with year-earlier profit of $4 million.", "1989-11-02") == [("year-earlier", "1988")]
    text = "Profit fell in the third quarter. In the year-ago quarter it rose. A year ago, sales were flat."
    assert [v for _, v in _values(text, "1989-11-02")] == ["1989-Q3", "1988-Q3", "1988-Q3"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Keating was convicted in nineteen ninety-one.", "1991"),
        ("It was built in nineteen oh five.", "1905"),
        ("The coming of the year two thousand worries them.", "2000"),
        ("The flight took 5 1/2 hours.", "PT5H30M"),
    ],
)
def test_spoken_years_and_mixed_numbers(text: str, value: str) -> None:
    assert [v for _, v in _values(text, "1998-02-27")] == [value]


def test_a_spelled_count_before_a_unit_is_no_year() -> None:
    assert _values("They sold nineteen twenty-dollar bills.", "1998-02-27") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Regulators postponed until Tuesday morning any vote on the permit.", "2000-04-04TMO"),
        ("The delegation might travel to Vienna as soon as Tuesday, reports said.", "2000-04-04"),
        ("The shares are to resume trading in Milan Tuesday.", "2000-04-04"),
        # a plain past "until" and a plain past verb keep the last Tuesday
        ("The store stayed open until Tuesday, when it closed for good.", "2000-03-28"),
        ("Police said the suspect was arrested Tuesday.", "2000-03-28"),
    ],
)
def test_a_weekday_after_a_moved_deadline_or_a_plan_word_is_the_coming_one(text: str, value: str) -> None:
    assert [v for _, v in _values(text, "2000-03-30")] == [value]


@pytest.mark.parametrize(
    ("para", "date", "written"),
    [
        ("Praha 3. 12. (ČTK) - Vláda dnes schválila návrh.", "3. 12.", day(2026, 12, 3)),
        ("Berlin, 3.12. (dpa) - Der Bundestag hat heute beschlossen.", "3.12.", day(2026, 12, 3)),
        ("Praha 3. prosince (ČTK) - Vláda dnes schválila návrh.", "3. prosince", day(2026, 12, 3)),
        ("Praha (ČTK) - Vláda dnes schválila návrh.", "", None),  # a place alone says nothing of the day
    ],
)
def test_a_wire_dateline_dated_in_figures_gives_the_day_its_today_counts_from(para: str, date: str, written: day | None) -> None:
    from parallax.analyze.times.written import written_day

    d = split_dateline(para)
    assert d is not None and d.date == date
    assert written_day(d.date, "cs" if "ČTK" in para else "de", day(2026, 12, 5)) == written


def test_the_past_year_is_last_year() -> None:
    assert _values("Hate groups grew over the past year.", "1998-03-03") == [("the past year", "1997")]


def test_the_current_year_and_a_fiscal_year_named_by_its_place() -> None:
    assert _values("Sales in the current fiscal year will rise.", "1989-11-02") == [("the current fiscal year", "1989")]
    assert _values("It lost money last fiscal year.", "1989-11-02") == [("last fiscal year", "1988")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On May 22, 1995, she became a judge, and the following year she was named chief justice.",
            [("May 22, 1995", "1995-05-22"), ("the following year", "1996")],
        ),
        ("She moved to Lisbon in June 1998 and went back to Angola later that year.", [("June 1998", "1998-06"), ("later that year", "1998")]),
        ("In 2019 the plant closed.\n\nThe year before, it had cut jobs.", [("2019", "2019"), ("The year before", "2018")]),
        # with no year written before: the previous year counts from publication, the following one is unknown
        ("Sales rose 5% from the previous year.", [("the previous year", "1997")]),
        ("He left the following year.", [("the following year", None)]),
        ("It was the year before last.", [("the year before last", "1996")]),
    ],
)
def test_a_year_named_from_the_year_written_before(text: str, expected: list) -> None:
    assert _values(text, "1998-04-18") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Numbers fell through the nineties.", [("the nineties", "199")]),
        ("The trend of the '80s continued.", [("the '80s", "198")]),
        ("A decade ago, it was small.", [("A decade ago", "1988")]),
        ("Most people in their forties agree.", []),
    ],
)
def test_decades_in_words_and_a_decade_ago(text: str, expected: list) -> None:
    assert _values(text, "1998-04-18") == expected


@pytest.mark.parametrize("phrase", ["year-end", "the end of the year", "year's end"])
def test_the_end_of_the_year_is_this_year(phrase: str) -> None:
    text = f"The deal should close by {phrase}."
    assert _values(text, "1989-10-30") == [(phrase, "1989")]
