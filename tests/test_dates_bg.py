"""Bulgarian dates: months after their day, weekdays with their parts of the day, the future with "ще", the
wire dateline, and the words that only look like dates.  Invented sentences; PUB is a Wednesday afternoon."""

from __future__ import annotations

import pytest

from parallax.ingest.datelines import split_dateline
from tests.helpers import analyzed, resolved

PUB = "2026-04-22T17:00:00+03:00"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Складът избухна на 21 април.", "21 април", "2026-04-21"),
        ("Законът е приет на 3 февруари 2025 г.", "3 февруари 2025", "2025-02-03"),
        ("Във вторник, 21 април, склад избухна.", "вторник, 21 април", "2026-04-21"),
        ("Във вторник склад избухна.", "вторник", "2026-04-21"),
        ("В понеделник сутринта склад избухна.", "понеделник сутринта", "2026-04-20TMO"),
        ("Вчера вечерта пожарът беше потушен.", "Вчера вечерта", "2026-04-21TEV"),
        ("Снощи валеше силен дъжд.", "Снощи", "2026-04-21TNI"),
        ("Утре ще бъде обявен траур.", "Утре", "2026-04-23"),
        ("Срещата ще се проведе в петък.", "петък", "2026-04-24"),  # "ще": the future
        ("Срещата се проведе в петък.", "петък", "2026-04-17"),
        ("Министърът подаде оставка миналата седмица.", "миналата седмица", "2026-W16"),
        ("Цените се повишиха миналия месец.", "миналия месец", "2026-03"),
        ("Мостът се срути преди три дни.", "преди три дни", "2026-04-19"),
        ("Пожарът избухна преди седмица.", "преди седмица", "2026-W16"),
        ("Складът е построен през 2003 г.", "2003", "2003"),
        ("Взривът е станал вчера около 11:15 ч.", "11:15 ч.", "2026-04-21T11:15"),
    ],
)
def test_bulgarian_dates(text, expr, value):
    assert resolved("bg", text, PUB).get(expr, "missing") == value


@pytest.mark.parametrize(
    "text",
    [
        "Околната среда в района е замърсена.",  # "среда" (environment) is no Wednesday ("сряда")
        "Накануне на изборите партиите спориха.",  # the eve of the elections, not the day before
        "Пожарникарите останаха на място през цялата нощ.",
    ],
)
def test_bulgarian_words_that_only_look_like_dates(text):
    assert not any(v and v.startswith("2026-04") for v in resolved("bg", text, PUB).values())


def test_bulgarian_clock_time_takes_the_weekday_of_its_sentence():
    # "В понеделник сутринта около 11:15 ч.": Monday's 11:15, not the publication day's (qa15 D12)
    found = resolved("bg", "В понеделник сутринта около 11:15 ч. склад избухна.", PUB)
    assert found["11:15 ч."] == "2026-04-20T11:15"


def test_bulgarian_wire_dateline_is_split_and_its_day_is_no_count():
    # the month is known, so ingest splits the wire dateline (qa15 D5) and its day of the month is no count (D1)
    dateline = split_dateline("Стрелково, 22 април /БИА/ - Мощна експлозия разтърси вчера склад.")
    assert dateline is not None and (dateline.place, dateline.agency) == ("Стрелково", "БИА")
    art = analyzed("Мощна експлозия разтърси склад на 21 април. Пострадали са 12 души.", "bg", PUB)
    assert [q.value for q in art.quantities] == [12.0]
