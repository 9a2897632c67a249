"""Thai: a count takes a classifier, and Thai writes no space between words.

"มีผู้บาดเจ็บ 15 รายและรถ 3 คันถูกไฟไหม้" (15 people injured and 3 cars burnt): the run of letters after a
number is a clause, so the counted noun is the classifier it starts with ("ราย", cases; "คัน",
vehicles), never the whole run.  A year follows "พ.ศ." (the Buddhist era, 543 years ahead of the
common era: "พ.ศ. 2530" is 1987), "ค.ศ." or "ปี" (year, "ปี 2530"): it counts nothing.  The scales "พัน", "หมื่น",
"แสน", "ล้าน" may stand between a figure and its classifier ("1.2 ล้านคน", 1.2 million people).
"""

from __future__ import annotations

import re

from parallax.analyze.quantities.base import _atoms

# the classifiers and measure words a Thai count ends in: people ("คน", "ราย" cases, "นาย" officers,
# "ท่าน", "ศพ" bodies, "รูป" monks), households and families, houses and buildings, vehicles and boats,
# animals and things, places, times, money and measures, and spans of time
CLASSIFIERS = frozenset(
    "คน ราย นาย ท่าน ศพ รูป องค์ ครอบครัว ครัวเรือน หลังคาเรือน หลัง คัน ลำ ขบวน เที่ยว ตัว ชิ้น เครื่อง ลูก ต้น ฉบับ เล่ม แห่ง จุด "
    "หมู่บ้าน ตำบล อำเภอ จังหวัด ห้อง ชั้น ครั้ง หน่วย ทีม กลุ่ม ประเทศ บาท ดอลลาร์ ยูโร เปอร์เซ็นต์ กิโลเมตร เมตร ไร่ ตัน ลิตร "
    "กิโลกรัม ปี เดือน สัปดาห์ วัน ชั่วโมง นาที วินาที".split()
)
_CLASSIFIER = re.compile(f"(?:{_atoms(CLASSIFIERS)})")
_THAI = re.compile("[\u0e00-\u0e7f]")
# the scales between a figure and its classifier
_SCALES = {"พัน": 1e3, "หมื่น": 1e4, "แสน": 1e5, "ล้าน": 1e6}
_SCALE = re.compile(rf"[ \u00a0]?({_atoms(_SCALES)})")
# the eras before a year ("พ.ศ. 2530"), and "ปี" (year), written against the word before it ("ตั้งแต่ปี
# 2530": since 1987) and before a year in four figures only: "ทุกปี 300 คน" is 300 people every year
_ERA_BEFORE = re.compile(r"(?:พ\.[ \u00a0]?ศ|ค\.[ \u00a0]?ศ)\.?[ \u00a0]*\Z")
_YEAR_WORD_BEFORE = re.compile(r"ปี[ \u00a0]*\Z")
_FOUR_FIGURES = re.compile(r"\d{4}")


def is_thai(word: str) -> bool:
    """Whether ``word`` is written in Thai letters."""
    return bool(_THAI.match(word))


def thai_counter(run: str) -> str | None:
    """The classifier a run of Thai letters after a number starts with ("รายและรถ" starts with "ราย"),
    or None: the run is a clause, no noun."""
    counter = _CLASSIFIER.match(run)
    return counter.group() if counter else None


def thai_year(text: str, start: int, num: str) -> bool:
    """Whether the number ``num`` at ``start`` is a year: after "พ.ศ." or "ค.ศ.", or in four figures
    after "ปี"."""
    if _ERA_BEFORE.search(text, max(0, start - 8), start):
        return True
    return bool(_FOUR_FIGURES.fullmatch(num) and _YEAR_WORD_BEFORE.search(text, max(0, start - 4), start))


def thai_scale(text: str, end: int) -> tuple[float, int] | None:
    """The scale after a figure ("1.2 ล้านคน") and where it ends, or None."""
    scale = _SCALE.match(text, end)
    return (_SCALES[scale.group(1)], scale.end()) if scale else None
