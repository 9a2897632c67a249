"""Urdu dates, as :mod:`.hi` reads Hindi: "کل" and "پرسوں" look back or ahead as the verb says; "گزشتہ روز" is
yesterday; a weekday takes "کو" or "کے روز" after it ("پیر کو", on Monday; "پیر" alone is also a saint's title, and
"ہفتہ" alone the week, so those two count as days only with it)."""

from __future__ import annotations

from parallax.analyze.timelex.act_perfects import UR_SURE_PAST
from parallax.analyze.timelex.base import Lexicon, _units
from parallax.analyze.timelex.hindustani_clock import clock_pattern

# the part of the day before a clock hour sets its half: "رات 11 بجے" is 23:00, "شام 7 بجے" 19:00, "صبح 8 بجے" 08:00;
# "تقریباً" (about) or "کے" may stand between them ("رات کے تقریباً 11 بجے")
_CLOCK_PARTS = {"صبح": "am", "علی الصبح": "am", "دوپہر": "pm", "سہ پہر": "pm", "شام": "pm", "رات": "night"}
_CLOCK_LEAD = "کے تقریباً|کے تقریبا|کے قریب|تقریباً|تقریبا|کے"
# the hours in words ("दोपहर तीन बजे"), and the half-hour words, each the half on the way to the hour given: "ढाई बजे" /
# "ڈھائی بجے" is half past two, "डेढ़ बजे" / "ڈیڑھ بجے" half past one (:mod:`.hindustani_clock`)
_NUMBERS = {"ایک": 1, "دو": 2, "تین": 3, "چار": 4, "پانچ": 5, "چھ": 6, "سات": 7, "آٹھ": 8, "نو": 9, "دس": 10,
             "گیارہ": 11, "بارہ": 12}  # fmt: skip
_HALVES = {"ڈھائی": 3, "ڈیڑھ": 2}
# "ساڑھے 11 بجے" is half past eleven, "سوا 3 بجے" a quarter past three
_MINUTE_WORDS = {"ساڑھے": 30, "سوا": 15}
_WEEKDAYS = {"سوموار": 0, "منگل": 1, "بدھ": 2, "جمعرات": 3, "جمعہ": 4, "جمعے": 4, "سنیچر": 5, "ہفتہ": 5, "ہفتے": 5,
             "اتوار": 6, "پیر": 0}  # fmt: skip
# "پیر" (also a saint, a foot), "ہفتہ" (also a week) and "بدھ" (also Buddha) are days only with "کو" (on) or "کے روز" / "کے
# دن" (on the day of) after them
_AMBIGUOUS = ("پیر", "ہفتہ", "ہفتے", "بدھ")
UR = Lexicon(
    day_after="اگلے روز|اگلے دن|دوسرے روز|دوسرے دن",
    months={"جنوری": 1, "فروری": 2, "مارچ": 3, "اپریل": 4, "مئی": 5, "جون": 6, "جولائی": 7, "اگست": 8, "ستمبر": 9,
            "اکتوبر": 10, "نومبر": 11, "دسمبر": 12},  # fmt: skip
    weekdays={**{w: d for w, d in _WEEKDAYS.items() if w not in _AMBIGUOUS},
              **{f"{w} {after}": d for w, d in _WEEKDAYS.items() if w in _AMBIGUOUS for after in ("کو", "کے روز", "کے دن")},
              # ... or "تک" (until): "پیر تک" is until Monday, but "ایک ہفتہ تک" for up to a week
              **{f"{w} تک": d for w, d in _WEEKDAYS.items() if w in ("پیر", "بدھ")},
              # ... or "کی" (of) and a part of the day: "بدھ کی صبح" (Wednesday morning), never Buddha's morning
              **{f"{w} کی {p}": d for w, d in _WEEKDAYS.items() if w in _AMBIGUOUS for p in ("صبح", "دوپہر", "سہ پہر", "شام", "رات")}},
    relative_days={"آج": 0, "کل": 1, "پرسوں": 2, "گزشتہ روز": -1, "گذشتہ روز": -1},
    tense_days={"کل": 1, "پرسوں": 2},
    day_with_part={"گزشتہ رات": (-1, "NI"), "گذشتہ رات": (-1, "NI"), "گزشتہ شب": (-1, "NI"), "آج رات": (0, "NI"),
                   "آج صبح": (0, "MO"), "آج شام": (0, "EV")},  # fmt: skip
    marks_in_words=True,
    units=_units(("دن", "دنوں", "روز"), ("ہفتے", "ہفتہ", "ہفتوں"), ("مہینے", "مہینہ", "مہینوں", "ماہ"), ("سال", "سالوں", "برس"),
                 ("گھنٹے", "گھنٹہ", "گھنٹوں"), ("منٹ",), ("دہائی", "دہائیوں")),
    last_words={"گزشتہ", "گذشتہ", "پچھلے", "پچھلی", "پچھلا", "پیچھلے"},
    next_words={"اگلے", "اگلی", "اگلا", "آئندہ", "آنے والے"},
    this_words={"اس", "اسی", "رواں"},
    numbers=_NUMBERS,  # fmt: skip
    ago_after="پہلے|قبل",
    and_a_half_words={"ڈھائی": 2.5, "ڈیڑھ": 1.5},  # "ڈھائی سال" (two and a half years), as Hindi "ढाई"
    day_suffix="",
    case_sensitive=False,
    prepositions="سال|سن",
    month_abbr_max=0,  # the press writes its months whole: "مارچ", "مئی", "جون" alone are months, with no dot
    refs={"فی الحال": "PRESENT_REF", "آج کل": "PRESENT_REF", "حال ہی میں": "PAST_REF", "مستقبل میں": "FUTURE_REF"},
    daypart_link="کی|کے",  # "منگل کی شام" (Tuesday's evening), "جمعہ کے روز صبح"
    dayparts={"صبح": "MO", "دوپہر": "AF", "سہ پہر": "AF", "شام": "EV", "رات": "NI"},
    sets={"ہر روز": "P1D", "روزانہ": "P1D", "ہر ہفتے": "P1W", "ہر سال": "P1Y", "سالانہ": "P1Y"},
    each_words="ہر",
    vague_numbers="کچھ|کئی",
    clock=clock_pattern(_CLOCK_PARTS, _CLOCK_LEAD + "|کو", _MINUTE_WORDS, _NUMBERS, _HALVES, "بجے", r"بج\sکر", "منٹ"),  # :mod:`.hindustani_clock`
    hour_words=_HALVES,
    clock_parts=_CLOCK_PARTS,
    clock_lead=_CLOCK_LEAD,
    minute_words=_MINUTE_WORDS,
    # the past: "تھا", "گیا", "ہوا", "کیا"; the future: "گا", "گی", "گے" written apart ("کرے گا", "ہوں گے"), and what
    # may come: "امکان" (likelihood), "متوقع" (expected)
    sure_past=UR_SURE_PAST,  # :mod:`.act_perfects`
    past_cues=r"تھا|تھی|تھے|تھیں|گیا|گئی|گئے|گئیں|ہوا|ہوئی|ہوئے|ہوئیں|کیا|دیا|لیا|بتایا|کہا|پہلے|قبل|گزشتہ|گذشتہ"
    # the past of "رہنا" (to stay), not the progressive's "رہی ہے" nor the future's "رہے گا": "بارش منگل تک جاری رہی"
    # (the rain went on until Tuesday) is the Tuesday gone, not the coming one an "until" points to with no tense
    r"|(?:رہا|رہی|رہے|رہیں)(?!\s+(?:ہے|ہیں|ہو|ہوں|گا|گی|گے)(?!\w))",
    # (or written onto the verb after a vowel: "ہوگا", "کرےگا", "جائیگی"; not "لگا", it began, nor "مہنگا", dear)
    future_cues=r"گا|گی|گے|\w*[ےیو]گ[ایے]|آئندہ|اگلے|اگلی|امکان|متوقع|توقع|پیش گوئی",
    # a clause opens after a comma, "کہ" (that), "اور" (and), "لیکن" (but): its verb comes last, so a cue before it is
    # another clause's ("حکام نے بتایا کہ اتوار تک سڑک بند رہے گی": "رہے گی" places Sunday, not "بتایا")
    verb_last_clauses=r"[,;،]|(?<!\w)(?:کہ|اور|لیکن|مگر)(?!\w)",
    not_after_year="افراد|لوگ|لوگوں|مسافر|مسافروں|روپے|روپیہ|میٹر|کلومیٹر|ٹن|گھر|مکانات",
    # "کل" is also "total": "کل تعداد" (the total number), "کل 40 افراد" (40 people in all); an age is no length:
    # "عمر 60 سال" (aged 60), "وہ 60 سال کے تھے" (he was 60)
    traps=r"کل\s(?:\d|تعداد|رقم|آبادی|ملا|لاگت|مالیت|نقصان|اخراجات|ووٹ|نشستوں|سیٹوں|بجٹ|\w+\sفیصد)"
    r"|عمر\s\d+\s(?:سال|برس)|\d+\s(?:سال|برس)\s(?:کا|کے|کی)\s(?:تھا|تھے|تھی|ہے|ہیں)(?!\w)",
)
