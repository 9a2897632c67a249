"""Dates and datelines, session 36 (time36): Arabic two-word months in a dateline, the past-year rule for a month
near publication in more languages and for a date in its own clause before the verb, and TempEval-3 forms."""

from __future__ import annotations

from datetime import date as day

import pytest

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
