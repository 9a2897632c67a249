"""Dates, session 36 (time38): the Slavic perfective non-past is the future.

In Polish, Russian, Ukrainian and Czech a perfective verb has no present: its non-past form ("dotrze", "обрушится",
"закроют", "закриють", "zavřou") is the future, so a bare weekday it governs is the coming one.  A verb's aspect is in
no lexicon; a prefixed verb in a third-person non-past ending, with no imperfective suffix ("-ывает", "-ają",
"-ують", "-ávají"), standing right before its weekday, reads as one.  Imperfective presents keep the old reading.
Published on Wednesday 11 March 2026: Monday is the 9th, Friday the 13th.
"""

from __future__ import annotations

import pytest

from parallax.analyze.times import resolve_text

WEDNESDAY = "2026-03-11"
PAST, AHEAD = "2026-03-09", "2026-03-13"


def _values(lang: str, text: str) -> list[str | None]:
    return [v for _, _, v, _ in resolve_text(text, lang, WEDNESDAY)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Burza dotrze do lądu w piątek."),
        ("pl", "Burza dotrze w piątek."),
        ("pl", "Władze zamkną szkoły w piątek."),
        ("ru", "Шторм обрушится на побережье в пятницу."),
        ("ru", "Школы закроют в пятницу."),
        ("ru", "Министр подпишет указ в пятницу."),
        ("uk", "Школи закриють у п'ятницю."),
        ("uk", "Шторм досягне узбережжя в п'ятницю."),
        ("cs", "Školy zavřou v pátek."),
        ("cs", "Bouře dorazí v pátek."),
    ],
)
def test_perfective_future_reads_the_coming_weekday(lang: str, text: str) -> None:
    assert _values(lang, text) == [AHEAD]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Władze zamknęły szkoły w poniedziałek."),
        ("ru", "Школы закрыли в понедельник."),
        ("uk", "Школи закрили в понеділок."),
        ("cs", "Školy zavřely v pondělí."),
    ],
)
def test_perfective_past_keeps_the_past_weekday(lang: str, text: str) -> None:
    assert _values(lang, text) == [PAST]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Posiedzenie w poniedziałek zakończyło się bez decyzji."),
        ("pl", "Polski rząd w poniedziałek przyjął ustawę."),
        ("cs", "Zasedání v pondělí skončilo bez dohody."),
        ("ru", "Министр, который отвечает за школы, в понедельник заявил об этом."),
    ],
)
def test_nouns_and_imperfectives_of_that_shape_are_no_future(lang: str, text: str) -> None:
    assert _values(lang, text) == [PAST]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The storm could land on Friday.", AHEAD),
        ("Officials said the vote could come on Friday.", AHEAD),
        ("He could not be reached on Monday.", PAST),
        ("She could not be reached for comment on Monday.", PAST),
        ("Residents could see the smoke on Monday.", PAST),
    ],
)
def test_could_and_a_verb_looks_ahead_could_not_is_past(text: str, value: str) -> None:
    assert _values("en", text) == [value]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("hi", "वह 60 वर्ष के थे।"),
        ("hi", "60 वर्ष की आयु में उनका निधन हो गया।"),
        ("hi", "मोहन लाल 52 साल के हैं।"),
        ("th", "นายสมชาย วัย 60 ปี เสียชีวิต"),
        ("th", "ผู้เสียชีวิตเป็นชาย 60 ปี"),
    ],
)
def test_an_age_is_no_duration(lang: str, text: str) -> None:
    assert _values(lang, text) == []


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("hi", "उन्होंने 3 साल के लिए काम किया।", "P3Y"),
        ("th", "เขาทำงานมา 60 ปี", "P60Y"),
    ],
)
def test_a_span_of_years_stays_a_duration(lang: str, text: str, value: str) -> None:
    assert _values(lang, text) == [value]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The meeting was held on Wednesday, Nov. 19."),
        ("id", "Rapat digelar Rabu (19/11)."),
    ],
)
def test_a_written_date_wins_over_a_weekday_that_contradicts_it(lang: str, text: str) -> None:
    # 19 November 2026 is a Thursday: the day and month written are the date, whatever weekday stands before them
    assert [v for _, _, v, _ in resolve_text(text, lang, "2026-11-21")] == ["2026-11-19"]


def test_could_be_and_a_participle_is_an_attempt_told_after_it() -> None:
    assert _values("en", "Neither he nor his parents could be located on Monday.") == [PAST]
