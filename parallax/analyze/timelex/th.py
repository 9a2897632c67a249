"""Thai dates: "24 เมษายน 2569", "๒๔ เม.ย.", "เมื่อวานนี้", "เมื่อคืน", "วันพฤหัสบดี", "คืนวันพฤหัสบดี",
"สัปดาห์ที่แล้ว", "3 วันก่อน", "21.30 น.".

Thai leaves no spaces between words, so every table holds whole expressions and words are found inside
longer runs of text (see ``no_spaces`` in :mod:`.base`); the traps drop the compounds that only contain
one ("ทุกวันนี้", nowadays, holds no "วันนี้").  A weekday needs its "วัน" ("day"): "จันทร์" alone is
the moon, "อาทิตย์" the sun and also "week".  A part of the day comes before its day ("คืนวันพฤหัสบดี",
Thursday night; "เช้าวันนี้", this morning).  Years are counted from the Buddha: "พ.ศ. 2569", or any year
above 2400, is 2026 of the common era, and so is "ปี 69" (its last two figures after "ปี" or "พ.ศ."); figures
may be Thai ones ("๒๔").
"""

from __future__ import annotations

from parallax.analyze.timelex.base import Lexicon, _units

_MONTHS = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม",
           "พฤศจิกายน", "ธันวาคม")  # fmt: skip
# abbreviations, without their final dot (the rules take it): "เม.ย." is "เม.ย" and a dot
_ABBREVIATIONS = ("ม.ค", "ก.พ", "มี.ค", "เม.ย", "พ.ค", "มิ.ย", "ก.ค", "ส.ค", "ก.ย", "ต.ค", "พ.ย", "ธ.ค")
_WEEKDAYS = {"วันจันทร์": 0, "วันอังคาร": 1, "วันพุธ": 2, "วันพฤหัสบดี": 3, "วันพฤหัสฯ": 3, "วันพฤหัส": 3, "วันศุกร์": 4,
             "วันเสาร์": 5, "วันอาทิตย์": 6}  # fmt: skip
_PARTS = {"เช้า": "MO", "เที่ยง": "AF", "บ่าย": "AF", "เย็น": "EV", "ค่ำ": "EV", "คืน": "NI", "ดึก": "NI",
          "กลางคืน": "NI"}  # fmt: skip
# a part of the day before its day: "คืนวันพฤหัสบดี", "ช่วงเช้าวันจันทร์", "เมื่อคืนวันศุกร์"
_PART_FIRST = {f"{lead}{part}": code for part, code in _PARTS.items() for lead in ("", "ช่วง", "ตอน", "เมื่อ")}
# a part of the day after its day: "พรุ่งนี้เช้า", "เมื่อวานตอนเย็น"
_PART_AFTER = {f"{lead}{part}": code for part, code in _PARTS.items() for lead in ("", "ช่วง", "ตอน")}
# one phrase for a day and its part: "เมื่อคืน" (last night), "คืนนี้" (tonight), "เช้าวันนี้", "เมื่อเย็นวานนี้"
_DAY_WITH_PART = {
    "เมื่อคืน": (-1, "NI"), "เมื่อคืนนี้": (-1, "NI"), "เมื่อเช้า": (0, "MO"), "เมื่อเช้านี้": (0, "MO"),
    **{f"{part}นี้": (0, code) for part, code in _PARTS.items() if part != "กลางคืน"},
    **{f"{lead}{part}{day}": (offset, code) for part, code in _PARTS.items() for lead in ("", "ช่วง", "ตอน", "เมื่อ")
       for day, offset in (("วันนี้", 0), ("วานนี้", -1), ("เมื่อวาน", -1), ("เมื่อวานนี้", -1), ("พรุ่งนี้", 1))},
}  # fmt: skip

_NUMBERS = {"หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7, "แปด": 8, "เก้า": 9, "สิบ": 10, "สิบสอง": 12}
_NOT_AFTER_NUMBER = "".join(rf"(?<!{w})" for w in _NUMBERS)

TH = Lexicon(
    no_spaces=True,
    months={**{m: i for i, m in enumerate(_MONTHS, 1)}, **{m: i for i, m in enumerate(_ABBREVIATIONS, 1)}},
    month_abbr_max=4,
    weekdays=_WEEKDAYS,
    part_first=_PART_FIRST,
    day_of_month="วันที่",  # "เมื่อวันที่ 18" (on the 18th), "เมื่อคืนวันที่ ๑๘" (on the night of the 18th)
    relative_days={"วันนี้": 0, "เมื่อวานนี้": -1, "เมื่อวาน": -1, "วานนี้": -1, "เมื่อวานซืน": -2, "พรุ่งนี้": 1, "มะรืนนี้": 2,
                   "มะรืน": 2},  # fmt: skip
    day_with_part=_DAY_WITH_PART,
    dayparts=_PART_AFTER,
    day_after="วันรุ่งขึ้น|รุ่งขึ้น|วันต่อมา|วันถัดมา|วันถัดไป",
    day_before="วันก่อนหน้านั้น|วันก่อนหน้า",
    day_before_parts={"คืนก่อนหน้านั้น": "NI", "คืนก่อนหน้า": "NI", "เย็นวันก่อนหน้า": "EV"},
    same_day="วันเดียวกัน|วันนั้น",
    rel_periods={
        **{f"{unit}{mod}": (name, step) for unit, name in (("สัปดาห์", "week"), ("อาทิตย์", "week"), ("เดือน", "month"), ("ปี", "year"))
           for mod, step in (("ที่แล้ว", -1), ("ก่อน", -1), ("ที่ผ่านมา", -1), ("หน้า", 1), ("นี้", 0))},
        "สุดสัปดาห์ที่แล้ว": ("weekend", -1), "สุดสัปดาห์นี้": ("weekend", 0), "สุดสัปดาห์หน้า": ("weekend", 1),
    },  # fmt: skip
    units=_units(("วัน",), ("สัปดาห์", "อาทิตย์"), ("เดือน",), ("ปี",), ("ชั่วโมง",), ("นาที",), ("ทศวรรษ",)),
    last_words=set(),
    next_words=set(),
    this_words=set(),
    numbers=_NUMBERS,
    ago_after="ก่อน|ที่แล้ว",  # "3 วันก่อน", "สองสัปดาห์ที่แล้ว"
    later_after="ข้างหน้า",  # "3 วันข้างหน้า"
    case_sensitive=False,
    prepositions=r"พ\.ศ\.|ค\.ศ\.|ปี",  # before a year: "ปี 2530", "พ.ศ. 2569"
    buddhist_era=r"พ\.ศ\.",
    buddhist_short_year=r"พ\.ศ\.|ปี",  # "ปี 69", "พ.ศ. 69": 2569 (not "ค.ศ. 26", which is no Buddhist year)
    refs={"ขณะนี้": "PRESENT_REF", "ตอนนี้": "PRESENT_REF", "ปัจจุบัน": "PRESENT_REF", "เมื่อเร็วๆ นี้": "PAST_REF",
          "เมื่อเร็ว ๆ นี้": "PAST_REF", "ในอนาคต": "FUTURE_REF"},  # fmt: skip
    sets={"ทุกวัน": "P1D", "ทุกสัปดาห์": "P1W", "ทุกเดือน": "P1M", "ทุกปี": "P1Y", "รายวัน": "P1D", "รายสัปดาห์": "P1W",
          "รายเดือน": "P1M", "รายปี": "P1Y"},  # fmt: skip
    # "21.30 น.", "๒๑.๓๐ น." (figures of either script: the handler checks the hour and the minutes)
    clock=r"(?<!\d)(?P<h>\d{1,2})[.:](?P<min>\d{2})\s?น\.?",
    # ("เมื่อ" right before a day, "เมื่อวันพุธ", "เมื่อวันที่ 18", is "on" of a day gone: the nearest cue, it outweighs the
    # "จะ" (will) of the clause reported after it, "เปิดเผยเมื่อวันพุธว่าจะลงทุน", disclosed on Wednesday that it will invest)
    past_cues=r"เมื่อวาน|เมื่อคืน|เมื่อ(?=(?:คืน|เช้า|เย็น|บ่าย|ช่วง|ตอน)?วัน)|ที่ผ่านมา|ที่แล้ว|แล้ว",
    future_cues=r"จะ|พรุ่งนี้|ข้างหน้า|มีกำหนด|กำหนดการ|อาจ(?!ารย์|เป็น)|คาดว่า",  # "อาจ", may (not "อาจารย์", a teacher, nor "อาจเป็น", may be, of a cause)
    # "ทุกวันนี้" (nowadays), "เมื่อวันก่อน" (the other day; "3 วันก่อน" is three days ago), "อายุ 34 ปี", "วัย 34 ปี",
    # "ชาย 34 ปี" (an age: of a man, of a woman)
    # "วันที่ 3 ของการชุมนุม" (the third day of the rally) is no day of the month
    traps=rf"วันที่\s?\d{{1,2}}\s?ของ|ทุกวันนี้|(?<![\d\s]){_NOT_AFTER_NUMBER}วันก่อน(?!หน้า)|(?:อายุ|วัย|ชาย|หญิง)\s?\d+\s?ปี",
)
