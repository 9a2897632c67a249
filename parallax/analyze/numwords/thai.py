"""Thai number words.

Thai numbers compose by position, in one run of syllables: "สิบสอง" (12), "ยี่สิบ" (20, not "สองสิบ"),
"ยี่สิบเอ็ด" (21: one after a ten is "เอ็ด"), "หนึ่งพันสองร้อย" (1,200), "สามหมื่นห้าพัน" (35,000).
Above a thousand come "หมื่น" (ten thousand), "แสน" (a hundred thousand) and "ล้าน" (a million), each
a multiplier (:func:`~parallax.analyze.numwords.base.compound_value` reads them by place).

Thai writes no space between words, so a number runs into the words around it ("อพยพประชาชน
หนึ่งพันสองร้อยคนออกจาก...") and number syllables start other words ("สามารถ", can; "สามี",
husband; "ห้าง", store; "เก้าอี้", chair; "พันเอก", colonel; "ร้อยละ", per cent; the province
"ร้อยเอ็ด").  A number is read only right before a counter (a classifier: "คน" people, "ราย" cases,
"คัน" vehicles; :attr:`~parallax.analyze.numwords.base.NumberWords.counters`), by
:mod:`.unspaced`; "หลายสิบ" (tens of), "นับพัน" (thousands) and "หลักร้อย" (in the hundreds) are no
figure.
"""

from __future__ import annotations

from parallax.analyze.numwords.base import HUNDRED, THOUSAND, NumberWords

_UNITS = ["", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"]


def _thai() -> dict[str, float]:
    """One to ninety-nine: the units, "สิบ" and "ยี่สิบ" with a unit after ("เอ็ด" for one), and
    "สามสิบ" to "เก้าสิบ"."""
    words: dict[str, float] = {w: n for n, w in enumerate(_UNITS) if n}
    for tens in range(1, 10):
        t = {1: "สิบ", 2: "ยี่สิบ"}.get(tens, f"{_UNITS[tens]}สิบ")
        words[t] = 10 * tens
        words |= {t + ("เอ็ด" if unit == 1 else _UNITS[unit]): 10 * tens + unit for unit in range(1, 10)}
    return words


# the counters a number stands before: people ("คน", "ราย", "นาย" for officers, "ศพ" the dead, "รูป"
# monks), households, buildings, vehicles, boats, places, times, things, money and measures
COUNTERS = frozenset(
    "คน ราย นาย ศพ ชีวิต รูป ท่าน ครอบครัว ครัวเรือน หลังคาเรือน หลัง คัน ลำ ตัว แห่ง จุด ครั้ง ชิ้น เครื่อง หน่วย ทีม กลุ่ม"
    " บาท ดอลลาร์ ไร่ ตัน กิโลเมตร เมตร ชั่วโมง นาที วัน สัปดาห์ เดือน ปี".split()
)

LANGUAGES: dict[str, NumberWords] = {
    "th": NumberWords(
        words=_thai(),
        multipliers={"ร้อย": HUNDRED, "พัน": THOUSAND, "หมื่น": 1e4, "แสน": 1e5, "ล้าน": 1e6},
        scales={"พัน": 1e3, "หมื่น": 1e4, "แสน": 1e5, "ล้าน": 1e6},
        counters=COUNTERS,
        vague_before=frozenset({"หลาย", "นับ", "หลัก"}),
        unspaced=True,
    ),
}
