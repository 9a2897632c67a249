"""QA round 46b: the publication's own weekday ahead in Slavic reports that say "today", past years named after a
month, slot pairs in inflected languages, and the sets' findings."""

from __future__ import annotations

from tests.helpers import resolved

_FRIDAY = "2026-11-13T09:30:00+02:00"


def test_ukrainian_future_weekday_is_next_week_where_the_article_says_today() -> None:
    text = "Нова бібліотека відкриється у п'ятницю. Про це сьогодні повідомила громада."
    assert resolved("uk", text, _FRIDAY)["п'ятницю"] == "2026-11-20"


def test_russian_polish_czech_follow_the_article() -> None:
    assert resolved("ru", "Выставка откроется в пятницу, сообщили сегодня в музее.", _FRIDAY)["пятницу"] == "2026-11-20"
    assert resolved("pl", "Wystawa zostanie otwarta w piątek, przekazało dziś muzeum.", _FRIDAY)["piątek"] == "2026-11-20"
    assert resolved("cs", "Výstava bude otevřena v pátek, sdělilo dnes muzeum.", _FRIDAY)["pátek"] == "2026-11-20"


def test_agency_weekday_without_today_stays_the_day() -> None:
    assert resolved("ru", "Правительство в пятницу рассмотрит проект бюджета.", _FRIDAY)["пятницу"] == "2026-11-13"
    # "today, Friday" names the day by both words: a later bare Friday is still that one
    text = "Сьогодні, у п'ятницю, громада збереться на сесію. Голосування відбудеться у п'ятницю ввечері."
    assert resolved("uk", text, _FRIDAY)["п'ятницю ввечері"].startswith("2026-11-13")
