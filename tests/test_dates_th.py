"""Thai dates: words without spaces between them, Thai figures, years of the Buddhist era, a part of the day
before its day, and the compounds that only contain a date word.  Invented sentences; PUB is a Saturday
morning."""

from __future__ import annotations

import pytest

from tests.helpers import analyzed, resolved

PUB = "2026-04-25T07:00:00+07:00"  # a Saturday


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("เหตุเกิดเมื่อวันที่ 24 เมษายน 2569", "24 เมษายน 2569", "2026-04-24"),  # 2569 BE = 2026
        ("เหตุเกิดเมื่อ 24 เมษายน พ.ศ. 2569", "24 เมษายน พ.ศ. 2569", "2026-04-24"),
        ("ประชุมวันที่ 24 เม.ย. 2569 ที่ศาลากลาง", "24 เม.ย. 2569", "2026-04-24"),
        ("วันศุกร์ที่ ๒๔ เมษายน เกิดเพลิงไหม้", "๒๔ เมษายน", "2026-04-24"),  # Thai figures
        ("โครงการเริ่มเมื่อ 3 มีนาคม 2026", "3 มีนาคม 2026", "2026-03-03"),  # a year of the common era stays
        ("ตลาดเปิดมาตั้งแต่ปี 2530", "2530", "1987"),
        ("ตลาดเปิดมาตั้งแต่ปี ๒๕๓๐", "๒๕๓๐", "1987"),
        ("การเลือกตั้งจะมีขึ้นในเดือนพฤษภาคม", "พฤษภาคม", "2026-05"),
        ("เมื่อวานนี้ เกิดเหตุเพลิงไหม้", "เมื่อวานนี้", "2026-04-24"),
        ("เมื่อคืน ฝนตกหนัก", "เมื่อคืน", "2026-04-24TNI"),
        ("เมื่อคืนวันพฤหัสบดี เกิดเพลิงไหม้ที่ตลาด", "เมื่อคืนวันพฤหัสบดี", "2026-04-23TNI"),
        ("เช้าวันจันทร์ ชาวบ้านกลับบ้าน", "เช้าวันจันทร์", "2026-04-20TMO"),
        ("ประชุมเมื่อวันพุธ", "วันพุธ", "2026-04-22"),
        ("ช่วงเช้าวันนี้ ชาวบ้านมามุงดู", "ช่วงเช้าวันนี้", "2026-04-25TMO"),
        ("พรุ่งนี้เช้าจะมีการประชุม", "พรุ่งนี้เช้า", "2026-04-26TMO"),
        ("รัฐมนตรีลาออกเมื่อสัปดาห์ที่แล้ว", "สัปดาห์ที่แล้ว", "2026-W16"),
        ("สะพานถล่มเมื่อ 3 วันก่อน", "3 วันก่อน", "2026-04-22"),
        ("สะพานถล่มเมื่อสองสัปดาห์ที่แล้ว", "สองสัปดาห์ที่แล้ว", "2026-W15"),
        ("เมื่อวานนี้ เวลาประมาณ 21.30 น. เกิดเหตุ", "21.30 น.", "2026-04-24T21:30"),
        ("เมื่อคืนวันศุกร์ เวลา ๒๑.๓๐ น. เกิดเหตุ", "๒๑.๓๐ น.", "2026-04-24T21:30"),
    ],
)
def test_thai_dates(text, expr, value):
    assert resolved("th", text, PUB).get(expr, "missing") == value


@pytest.mark.parametrize(
    "text",
    [
        "ทุกวันนี้ราคาสินค้าสูงขึ้นมาก",  # nowadays: no "today"
        "เมื่อวันก่อนเขาไปตลาด",  # the other day: no day
        "นางสาวกมลวรรณ อายุ 34 ปี แม่ค้าในตลาด",  # an age, no duration
        "ดวงอาทิตย์ขึ้นทางทิศตะวันออก",  # the sun, no Sunday (a weekday takes its "วัน")
        "สำนักงาน ก.พ. ออกประกาศ",  # the civil service commission, no February
    ],
)
def test_thai_words_that_only_look_like_dates(text):
    assert resolved("th", text, PUB) == {}


def test_thai_day_of_month_and_year_are_no_counts():
    art = analyzed("เกิดเพลิงไหม้เมื่อ ๒๔ เมษายน มีผู้บาดเจ็บ 12 ราย ตลาดเปิดมาตั้งแต่ปี 2530", "th", PUB)
    assert [q.value for q in art.quantities] == [12.0]


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("งบประมาณปี 69 ถูกตัดลง", "69", "2026"),  # a year of the Buddhist era in two figures after "ปี": 2569
        ("การเลือกตั้ง พ.ศ. 68 มีผู้มาใช้สิทธิ์มาก", "68", "2025"),
        ("งบปี๖๙", "๖๙", "2026"),  # Thai figures
    ],
)
def test_thai_two_figure_years(text, expr, value):
    assert resolved("th", text, PUB).get(expr, "missing") == value


@pytest.mark.parametrize("text", ["เขามีอายุ 69 ปี", "ผู้บาดเจ็บ 69 ราย", "ค.ศ. 26", "ปี 690"])
def test_thai_two_figures_that_are_no_year(text):
    assert resolved("th", text, PUB) == {}
