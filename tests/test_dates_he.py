"""Hebrew dates: the one-letter words written onto the next word ("ביום שלישי", "ואתמול", "17 במאי"), weekdays
as "יום" and an ordinal, periods with their modifier after them, and the words that only look like dates
("במאי" is also a film director, "לשבת" "to sit").  Invented sentences; PUB is a Monday morning."""

from __future__ import annotations

import pytest

from tests.helpers import analyzed, resolved

PUB = "2026-05-18T07:30:00+03:00"  # a Monday


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("השריפה פרצה ב-17 במאי.", "17 במאי", "2026-05-17"),
        ("החוק נחקק ב־3 בפברואר 2025.", "3 בפברואר 2025", "2025-02-03"),
        ("ביום ראשון, 17 במאי, פרצה שריפה.", "יום ראשון, 17 במאי", "2026-05-17"),
        ("הבחירות ייערכו בחודש מאי.", "מאי", "2026-05"),
        ("הפרויקט יסתיים ביוני.", "ביוני", "2026-06"),
        ("ביום שלישי התכנסה הממשלה.", "יום שלישי", "2026-05-12"),
        ("ביום שבת אחר הצהריים פרצה שריפה.", "יום שבת אחר הצהריים", "2026-05-16TAF"),
        ("בשבת נערכה הפגנה.", "שבת", "2026-05-16"),
        ("אתמול בערב פרצה שריפה.", "אתמול בערב", "2026-05-17TEV"),
        ("ואתמול הודיעה העירייה על סגירת הכביש.", "אתמול", "2026-05-17"),
        ("השר יגיע מחר לעיר.", "מחר", "2026-05-19"),
        ("אמש נשמעו פיצוצים.", "אמש", "2026-05-17TNI"),
        ("השר התפטר בשבוע שעבר.", "שבוע שעבר", "2026-W20"),
        ("המחירים יעלו בחודש הבא.", "חודש הבא", "2026-06"),
        ("הגשר קרס לפני שלושה ימים.", "לפני שלושה ימים", "2026-05-15"),
        ("השריפה פרצה לפני שבוע.", "לפני שבוע", "2026-W20"),
        ("המחסן הוקם בשנת 1987.", "1987", "1987"),
        ("הפינוי נמשך במשך יומיים.", "יומיים", "P2D"),
    ],
)
def test_hebrew_dates(text, expr, value):
    assert resolved("he", text, PUB).get(expr, "missing") == value


@pytest.mark.parametrize(
    "text",
    [
        "הבמאי של הסרט זכה בפרס.",  # the director
        "במאי הסרט אמר שהצילומים הסתיימו.",  # "במאי" alone is a director before it is May
        "העובדים פעלו במרץ כל הלילה.",  # "במרץ": energetically
        "יוני כהן אמר שהוא מרוצה.",  # Yoni, a name
        "זה יום שני ברציפות שהכביש סגור.",  # a second day in a row, no Monday
        "הוא ביקש לשבת בשורה הראשונה.",  # "לשבת": to sit
        "היום שבו פרצה המלחמה לא יישכח.",  # the day on which
    ],
)
def test_hebrew_words_that_only_look_like_dates(text):
    assert not any(v and v.startswith("2026-0") for v in resolved("he", text, PUB).values())


def test_hebrew_this_week_and_next_week():
    # "השבוע" alone is this week; with its modifier, "השבוע הבא" is next week
    assert resolved("he", "הישיבה תתקיים השבוע.", PUB) == {"השבוע": "2026-W21"}
    assert resolved("he", "הישיבה תתקיים השבוע הבא.", PUB) == {"שבוע הבא": "2026-W22"}


def test_hebrew_day_of_month_is_no_count():
    art = analyzed("השריפה פרצה ב-17 במאי. בשריפה נפצעו 12 בני אדם.", "he", PUB)
    assert [q.value for q in art.quantities] == [12.0]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("הלילה פרצה שריפה בבניין מגורים.", PUB, "2026-05-17TNI"),  # a morning's report: last night
        ("הלילה תתקיים ישיבה דחופה.", PUB, "2026-05-18TNI"),  # about the future: tonight
        ("הלילה פרצה שריפה בבניין מגורים.", "2026-05-18T23:10:00+03:00", "2026-05-18TNI"),  # written that night
        ("הלילה פרצה שריפה בבניין מגורים.", "2026-05-18", "2026-05-17TNI"),  # no time of day: the night before
    ],
)
def test_hebrew_the_night_is_the_night_of_publication(text, published, value):
    assert resolved("he", text, published) == {"הלילה": value}


@pytest.mark.parametrize("text", ["העובדים פעלו כל הלילה.", "באותו הלילה נעצר החשוד.", "הלילה שבין שני לשלישי היה שקט."])
def test_hebrew_a_night_that_is_not_the_night_of_publication(text):
    assert "הלילה" not in resolved("he", text, PUB)
