"""Months and spans of time in comparison: two months of one moment conflict ("задержан в октябре 2024" /
"в ноябре 2024"), a month agrees with a day inside it; "С 2019 по 2023 год" is a period, no duration of
2,023 years; a duration compounded into its adjective ("24ωρη απεργία", "24-часовая забастовка") measures
the noun after it."""

from __future__ import annotations

import pytest

import parallax
from parallax.records import Article
from tests.helpers import shown


def _conflicts(a_text: str, b_text: str, lang: str, kind: str) -> list[dict]:
    a = Article(id="a", text=a_text, outlet="A", published="2026-03-18T10:00:00+03:00", language=lang)
    b = Article(id="b", text=b_text, outlet="B", published="2026-03-18T10:00:00+03:00", language=lang)
    d = parallax.compare([a, b]).to_dict()
    return [shown(c) for f in d["facts"] for c in f["conflicts"] if c["kind"] == kind]


@pytest.mark.parametrize(
    ("a_text", "b_text", "lang"),
    [
        ("Бывший вице-губернатор был задержан в октябре 2024 года в Екатеринбурге.",
         "Бывший вице-губернатор был задержан в ноябре 2024 года в Екатеринбурге.", "ru"),
        ("The former deputy governor was arrested in October 2024 in Yekaterinburg.",
         "The former deputy governor was arrested in November 2024 in Yekaterinburg.", "en"),
        ("Były wicewojewoda został zatrzymany w październiku 2024 roku w Poznaniu.",
         "Były wicewojewoda został zatrzymany w listopadzie 2024 roku w Poznaniu.", "pl"),
    ],
)  # fmt: skip
def test_two_months_of_one_moment_conflict(a_text, b_text, lang):
    got = _conflicts(a_text, b_text, lang, "date")
    assert got == [{"a": ["2024-10"], "b": ["2024-11"]}], got  # the months, as the reports show them


@pytest.mark.parametrize(
    ("a_text", "b_text", "lang"),
    [
        ("Бывший вице-губернатор был задержан в октябре 2024 года в Екатеринбурге.",
         "Бывший вице-губернатор был задержан 17 октября 2024 года в Екатеринбурге.", "ru"),
        ("The former deputy governor was arrested in October 2024 in Yekaterinburg.",
         "The former deputy governor was arrested in October 2024 in Yekaterinburg, officials said.", "en"),
        # a month beside the other's day is as often the background as the moment
        ("Brazil and Chile had first taken part in a G20 trade ministers meeting during December 2021.",
         "G20 trade ministers and guests including Brazil and Chile held a two-day meeting on April 6-7.", "en"),
        ("Były wicewojewoda został zatrzymany w październiku 2024 roku w Poznaniu.",
         "Były wicewojewoda został zatrzymany 17 listopada 2024 roku w Poznaniu.", "pl"),
        # a year is the background as often as the moment: no conflict from years alone
        ("The plant has made losses since 2019, the company said.",
         "The plant has made losses since 2020, the company said.", "en"),
    ],
)  # fmt: skip
def test_a_month_and_a_day_inside_it_agree(a_text, b_text, lang):
    assert _conflicts(a_text, b_text, lang, "date") == []


def _times(text: str, lang: str) -> list[tuple[str, str | None, str]]:
    from parallax.analyze.times import resolve_text

    return [(text[s:e], v, g) for s, e, v, g in resolve_text(text, lang, "2026-03-18T10:00:00+03:00")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("С 2019 по 2023 год он руководил департаментом.", "ru"),
        ("С 2019 по 2023 г. он руководил департаментом.", "ru"),
        ("З 2019 по 2023 рік він керував департаментом.", "uk"),
    ],
)
def test_the_end_of_a_period_of_years_is_a_year_not_a_duration(text, lang):
    assert [(v, g) for _, v, g in _times(text, lang)] == [("2019", "year"), ("2023", "year")]


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Он раздал по 2000 рублей.", "ru", []),  # "по": each, before a count
        ("Он провел в тюрьме 2 года.", "ru", [("2 года", "P2Y", "duration")]),
        ("Роздали по 2000 гривень.", "uk", []),
    ],
)
def test_po_before_a_count_is_no_year(text, lang, found):
    assert _times(text, lang) == found


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Σε 24ωρη απεργία θα προχωρήσουν οι εργαζόμενοι.", "el", "PT24H"),
        ("Η τριήμερη απεργία ξεκινά.", "el", "P3D"),
        ("24-часовая забастовка пройдет в аэропорту.", "ru", "PT24H"),
        ("Профсоюз объявил 24-часовую забастовку.", "ru", "PT24H"),
        ("24-godzinny strajk odbędzie się na lotnisku.", "pl", "PT24H"),
        ("Związek ogłosił 3-dniową blokadę.", "pl", "P3D"),
        ("24-годинний страйк відбудеться в аеропорту.", "uk", "PT24H"),
        ("24 saatlik grev havalimanında yapılacak.", "tr", "PT24H"),
    ],
)
def test_a_duration_compounded_into_its_adjective_is_read(text, lang, value):
    assert [v for _, v, g in _times(text, lang) if g == "duration"] == [value]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("41-летний мужчина задержан.", "ru"),  # an age
        ("41-letni mężczyzna został zatrzymany.", "pl"),
        ("Двое часовых стояли у входа.", "ru"),
    ],
)
def test_an_age_is_no_compounded_duration(text, lang):
    assert [g for _, _, g in _times(text, lang) if g == "duration"] == []


@pytest.mark.parametrize(
    ("a_text", "b_text", "lang"),
    [
        ("Σε 24ωρη απεργία θα προχωρήσουν οι εργαζόμενοι του αεροδρομίου.",
         "Σε 48ωρη απεργία θα προχωρήσουν οι εργαζόμενοι του αεροδρομίου.", "el"),
        ("Профсоюз объявил 24-часовую забастовку в аэропорту.", "Профсоюз объявил 48-часовую забастовку в аэропорту.", "ru"),
        ("Związek ogłosił 24-godzinny strajk na lotnisku.", "Związek ogłosił 48-godzinny strajk na lotnisku.", "pl"),
        ("Sendika havalimanında 24 saatlik grev ilan etti.", "Sendika havalimanında 48 saatlik grev ilan etti.", "tr"),
    ],
)  # fmt: skip
def test_two_compounded_durations_of_one_strike_conflict(a_text, b_text, lang):
    got = _conflicts(a_text, b_text, lang, "date") + _conflicts(a_text, b_text, lang, "number")
    assert len(got) == 1, got


@pytest.mark.parametrize(
    ("a_text", "b_text", "lang"),
    [
        ("Σε 24ωρη απεργία θα προχωρήσουν οι εργαζόμενοι του αεροδρομίου.",
         "Σε απεργία 24 ωρών θα προχωρήσουν οι εργαζόμενοι του αεροδρομίου.", "el"),
        ("Профсоюз объявил 24-часовую забастовку в аэропорту.", "Профсоюз объявил забастовку на 24 часа в аэропорту.", "ru"),
    ],
)  # fmt: skip
def test_one_duration_written_two_ways_agrees(a_text, b_text, lang):
    assert _conflicts(a_text, b_text, lang, "date") + _conflicts(a_text, b_text, lang, "number") == []


@pytest.mark.parametrize(
    ("lang", "text", "expr"),
    [
        # two days of one month joined by the language's "and" or "to"
        ("it", "Il congresso si tiene il 20 e 21 maggio.", "20 e 21 maggio"),
        ("it", "Il congresso si tiene dal 20 al 21 maggio.", "20 al 21 maggio"),
        ("pt", "O congresso decorre a 20 e 21 de maio em Braga.", "20 e 21 de maio"),
        ("pl", "Kongres odbędzie się 20 i 21 maja w Krakowie.", "20 i 21 maja"),
        ("ru", "Съезд пройдёт 20 и 21 мая в Казани.", "20 и 21 мая"),
        ("ro", "Congresul are loc pe 20 și 21 mai.", "20 și 21 mai"),
    ],
)
def test_two_days_joined_by_a_word(lang, text, expr):
    from tests.helpers import resolved

    assert resolved(lang, text, "2026-05-02")[expr] == "2026-05-20/2026-05-21"
