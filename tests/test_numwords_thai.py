"""Thai number words: numbers composed by position ("หนึ่งพันสองร้อย" 1,200, "ยี่สิบเอ็ด" 21,
"สามหมื่นห้าพัน" 35,000), written against the words around them and read only before a counter
(:mod:`parallax.analyze.numwords.unspaced`); number syllables that start other words ("สามารถ",
"สามี", "ห้าง", "เก้าอี้", "พันเอก", "ร้อยละ", "ร้อยเอ็ด") and vague counts ("หลายสิบ", "นับพัน")
count nothing."""

from __future__ import annotations

import time

import pytest

from parallax.analyze.numwords import UNSPACED
from parallax.analyze.quantities import find_quantities

_THAI = UNSPACED["th"]


def _counts(text: str) -> list[tuple[str, float, str]]:
    return [(text[c.start : c.end], c.value, c.counter) for c in _THAI.counts(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("เจ้าหน้าที่ต้องอพยพประชาชนหนึ่งพันสองร้อยคนออกจากบ้านเรือน", [("หนึ่งพันสองร้อย", 1200.0, "คน")]),
        ("มีผู้บาดเจ็บสิบสองราย", [("สิบสอง", 12.0, "ราย")]),
        ("ผู้เสียชีวิตยี่สิบเอ็ดศพ และสูญหายสามสิบห้าคน", [("ยี่สิบเอ็ด", 21.0, "ศพ"), ("สามสิบห้า", 35.0, "คน")]),
        ("รถดับเพลิงสิบแปด คัน", [("สิบแปด", 18.0, "คัน")]),  # the counter past one space
        ("ความเสียหายสามหมื่นห้าพันบาท", [("สามหมื่นห้าพัน", 35000.0, "บาท")]),
        ("งบประมาณหนึ่งแสนสองหมื่นบาท", [("หนึ่งแสนสองหมื่น", 120000.0, "บาท")]),
        ("ความเสียหายสองพันห้าร้อยล้านบาท", [("สองพันห้าร้อยล้าน", 2.5e9, "บาท")]),
        ("อพยพสองร้อยสิบสองครัวเรือน", [("สองร้อยสิบสอง", 212.0, "ครัวเรือน")]),
        ("เก้าอี้สองตัว", [("สอง", 2.0, "ตัว")]),  # the chair is no count, its two are
    ],
)
def test_thai_numbers_before_a_counter(text, found):
    assert _counts(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "ชาวบ้านสามารถกลับบ้านได้",  # "can"
        "สามีของเธอเดินทางไปห้างสรรพสินค้า",  # husband, store
        "พันเอกสมชายและสิบตำรวจเอกสมศักดิ์",  # colonel, police sergeant
        "ร้อยละห้าสิบของผู้ตอบ",  # per cent
        "ฝนตกหนักที่จังหวัดร้อยเอ็ด",  # the province
        "แผงค้าหลายสิบแผงและบ้านนับพันหลัง",  # tens of stalls, thousands of houses
        "ผู้บาดเจ็บหลักร้อยคน",  # in the hundreds
        "มีผู้ติดค้างสามสี่คน",  # three or four people
    ],
)
def test_thai_traps_count_nothing(text):
    assert _counts(text) == []


def test_thai_words_between_spaces_are_read_by_the_number_pattern_too():
    found = find_quantities("มีผู้บาดเจ็บ สิบสอง ราย", "th", [])
    assert [(q.text, q.value, q.unit) for q in found] == [("สิบสอง", 12.0, "ราย")]


def test_thai_words_run_into_their_sentence_are_quantities():
    found = find_quantities("เจ้าหน้าที่ต้องอพยพประชาชนหนึ่งพันสองร้อยคนออกจากบ้านเรือน", "th", [])
    assert [(q.value, q.unit) for q in found] == [(1200.0, "คน")]


def test_a_long_run_of_thai_number_words_is_read_in_linear_time():
    """A run that is no number (no counter after it) is read once, not again from inside it."""

    def cost(n: int) -> float:
        best = float("inf")
        for _ in range(3):
            t = time.perf_counter()
            _THAI.counts("สองสาม" * n + "ก" + "สามารถ" * n)
            best = min(best, time.perf_counter() - t)
        return best

    assert cost(4000) < 40 * max(cost(1000), 1e-4)
