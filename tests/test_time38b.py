"""Dates, session 38, second round (helper time38b): what the first round left open.

A count in words dates a tally as a figure does; a farewell in quotation marks names no day; CJK day ranges and
quarter spans; a fiscal year's quarters; a Chinese weekday in brackets; a half with no year; months and seasons in
historical names.  Published on Wednesday 11 March 2026 unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from parallax.analyze.times import resolve_text

WEDNESDAY = "2026-03-11"


def _values(lang: str, text: str, published: str = WEDNESDAY) -> dict[str, str | None]:
    return {text[s:e]: v for s, e, v, _ in resolve_text(text, lang, published)}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "Até quinta-feira à noite, doze pessoas morreram."),
        ("es", "Hasta el jueves por la noche, doce personas murieron."),
        ("it", "Fino a giovedì sera, dodici persone sono morte."),
    ],
)
def test_until_a_day_in_a_past_tally_counted_in_words_looks_back(lang: str, text: str) -> None:
    assert all(v and v.startswith("2026-03-05") for v in _values(lang, text).values())


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", '"Hasta mañana", dijo el presidente al salir.'),
        ("es", "¡Hasta mañana!, gritó."),
        ("pt", "«Até amanhã», disse o ministro."),
        ("it", "«A domani», ha detto."),
        ("fr", "« À demain ! » a-t-il lancé."),
        ("ca", "«Fins demà», va dir."),
        ("nl", "„Tot morgen!”, zei hij."),
        ("en", '"See you tomorrow," he said.'),
    ],
)
def test_a_farewell_in_quotation_marks_names_no_day(lang: str, text: str) -> None:
    assert not _values(lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [("es", "La votación se aplaza hasta mañana."), ("es", "«Se aplaza hasta mañana», dijo."), ("fr", "Le vote est reporté à demain.")],
)
def test_tomorrow_after_until_outside_a_farewell_is_still_tomorrow(lang: str, text: str) -> None:
    assert "2026-03-12" in _values(lang, text).values()


@pytest.mark.parametrize(
    ("text", "mismatch"),
    [
        ("11月14日（六）举行活动。", False),
        ("11月14日(六)举行活动。", False),
        ("11月14日（五）举行活动。", True),
        ("11月15日（日）举行活动。", False),
        ("11月15日(天)举行活动。", False),
        ("11月14号（一）举行活动。", True),
    ],
)
def test_a_chinese_one_character_weekday_in_brackets_is_checked(text: str, mismatch: bool) -> None:
    from tests.helpers import analyzed

    art = analyzed(text, "zh", "2026-11-20")
    assert art.times and all(t.value in ("2026-11-14", "2026-11-15") for t in art.times)
    assert any(t.weekday_mismatch for t in art.times) is mismatch


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        ("zh", "会议于11月17日至19日举行。", "11月17日至19日"),
        ("zh", "会议于11月17日到19日举行。", "11月17日到19日"),
        ("zh", "会议于17至19日举行。", "17至19日"),
        ("zh", "会议于11月17—19日举行。", "11月17—19日"),
        ("ja", "会議は17～19日に開かれた。", "17～19日"),
        ("ja", "会議は17日から19日まで開かれた。", "17日から19日まで"),
        ("ko", "회의는 17~19일 열렸다.", "17~19일"),
        ("ko", "회의는 17일부터 19일까지 열렸다.", "17일부터 19일까지"),
    ],
)
def test_a_cjk_range_of_days_is_one_range(lang: str, text: str, span: str) -> None:
    assert _values(lang, text, "2026-11-20") == {span: "2026-11-17/2026-11-19"}


def test_a_cjk_range_of_days_without_its_month_is_placed_as_a_day_alone() -> None:
    assert _values("ja", "会議は22～24日に開かれた。", "2026-11-20") == {"22～24日": "2026-10-22/2026-10-24"}
    assert _values("ja", "会議は22～24日に開かれる予定だ。", "2026-11-20") == {"22～24日": "2026-11-22/2026-11-24"}
    assert _values("zh", "假期从12月30日至1月2日。", "2026-11-20") == {"12月30日至1月2日": "2026-12-30/2027-01-02"}


def test_a_cjk_count_of_days_is_no_range() -> None:
    assert _values("ko", "회의는 3~5일간 열렸다.", "2026-11-20") == {"5일간": "P5D"}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("7～9月期の実質GDPは減少した。", "7～9月期", "2026-Q3"),
        ("7-9月期の実質GDPは減少した。", "7-9月期", "2026-Q3"),
        ("2025年4-6月期の決算が発表された。", "2025年4-6月期", "2025-Q2"),
        ("1～6月期の売上が増えた。", "1～6月期", "2026-H1"),
        ("4～12月期の決算が発表された。", "4～12月期", None),
    ],
)
def test_a_japanese_quarter_named_by_its_months(text: str, span: str, value: str | None) -> None:
    assert _values("ja", text, "2026-11-20") == {span: value}


@pytest.mark.parametrize(
    ("lang", "text"),
    [("zh", "前三季度经济增长5%。"), ("ko", "1~3분기 누적 매출이 늘었다."), ("ja", "1～3四半期の累計売上高が増えた。")],
)
def test_a_span_of_quarters_is_no_single_quarter(lang: str, text: str) -> None:
    assert not [v for v in _values(lang, text, "2026-11-20").values() if v and "-Q" in v]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "2026年度第3四半期の売上高が増えた。"),
        ("ja", "今年度上半期の売上高が増えた。"),
        ("ko", "2026회계연도 3분기 매출이 늘었다."),
        ("zh", "2026财年第三季度营收增长。"),
        ("ja", "2026年度7～9月期の売上高が増えた。"),
    ],
)
def test_a_quarter_of_a_fiscal_year_is_left_unread(lang: str, text: str) -> None:
    assert not [v for v in _values(lang, text, "2026-11-20").values() if v and ("-Q" in v or "-H" in v)]


def test_a_quarter_of_a_calendar_year_is_still_read() -> None:
    assert _values("ja", "2026年第3四半期の売上が増えた。", "2026-11-20") == {"2026年第3四半期": "2026-Q3"}
    assert _values("zh", "第三季度营收增长。", "2026-11-20") == {"第三季度": "2026-Q3"}


@pytest.mark.parametrize(
    "text",
    [
        "He scored a goal in the second half of the match.",
        "He scored in the second half.",
        "The second half began after a long half-time break.",
        "Rovers equalised ten minutes into the second half.",
    ],
)
def test_a_half_in_a_match_report_is_no_half_year(text: str) -> None:
    assert not [v for v in _values("en", text, "2026-11-20").values() if v and "-H" in v]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Growth slowed in the second half.", "2026-H2"),
        ("Sales will rise in the second half of the year.", "2026-H2"),
        ("In the second half, analysts expect growth to pick up in 2027.", "2026-H2"),
        ("In the second half of the year, the club scored 30 goals.", "2026-H2"),
        ("The game changed in the second half of 2025.", "2025-H2"),
    ],
)
def test_a_half_with_no_match_or_with_a_year_near_is_a_half_year(text: str, value: str) -> None:
    assert value in _values("en", text, "2026-11-20").values()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The October crisis of 1970 shook Quebec."),
        ("en", "The October crisis, decades ago, shook Quebec."),
        ("en", "The July Monarchy fell in 1848."),
        ("fr", "La monarchie de Juillet est tombée."),
        ("fr", "Depuis le Printemps arabe, la région a changé."),
        ("es", "Desde la Primavera Árabe, la región ha cambiado."),
        ("en", "Protests erupted during the Prague Spring."),
    ],
)
def test_a_month_or_a_season_in_a_historical_name_is_no_date_of_this_year(lang: str, text: str) -> None:
    assert not [v for v in _values(lang, text, "2026-11-20").values() if v and v.startswith("2026")]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "The October crisis shook the government.", "2026-10"),
        ("en", "The crisis in October hit the banks.", "2026-10"),
        ("en", "In the spring, prices rose.", "2026-SP"),
        ("de", "Im Frühling stiegen die Preise.", "2026-SP"),
    ],
)
def test_a_crisis_with_no_other_time_near_and_a_season_in_lower_case_are_still_dates(lang: str, text: str, value: str) -> None:
    assert value in _values(lang, text, "2026-11-20").values()
