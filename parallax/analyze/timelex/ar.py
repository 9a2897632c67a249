"""Arabic dates: "أمس", "الثلاثاء الماضي", "منذ ثلاثة أيام", "قبل يومين", "14 مارس/آذار", "مساء الثلاثاء"."""

from __future__ import annotations

from parallax.analyze.timelex.act_perfects import AR_PAST_ACTS, AR_SURE_PAST
from parallax.analyze.timelex.base import Lexicon, _alt, _units

_BARE_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})


def _forms(words: dict, keep: tuple[str, ...] = ("آب",)) -> dict:
    """Each word as news types it: also with a bare alef for أ, إ, آ ("الاربعاء"; not "آب", August, which
    would become "اب", father), with ه for a final ة ("الجمعه"), and with the tanween written after or
    before a final alef ("غداً", "غدًا") or after a final hamza ("مساءً")."""
    out: dict = {}
    for w, v in words.items():
        forms = [w] if w in keep else [w, w.translate(_BARE_ALEF)]
        forms += [f[:-1] + "ه" for f in forms if f.endswith("ة")]
        forms += [g for f in forms if f.endswith("ا") for g in (f + "\u064b", f[:-1] + "\u064bا")]
        forms += [f + "\u064b" for f in forms if f.endswith("ء")]
        for f in forms:
            out.setdefault(f, v)
    return out


_GREGORIAN = {"يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6, "يوليو": 7,
              "يوليه": 7, "أغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12}  # fmt: skip
# the Levantine and Iraqi names ("كانون الثاني") and the Maghreb ones ("جانفي", "غشت")
_LEVANTINE = {"كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9,
              "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12}  # fmt: skip
_MAGHREB = {"جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "يوليوز": 7, "أوت": 8, "غشت": 8, "شتنبر": 9,
            "نونبر": 11, "دجنبر": 12}  # fmt: skip
# both names, as pan-Arab papers write them: "14 مارس/آذار", "آذار/مارس"
_BOTH = {f"{a}{sep}{b}": n for g, n in _GREGORIAN.items() for lv, m in _LEVANTINE.items() if m == n
         for a, b in ((g, lv), (lv, g)) for sep in ("/", " / ")}  # fmt: skip
_WEEKDAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6}
_DAY_WITH_PART = {
    **{f"{part} {day}": (offset, code) for day, offset in (("اليوم", 0), ("أمس", -1), ("يوم أمس", -1), ("الغد", 1))
       for part, code in (("صباح", "MO"), ("مساء", "EV"), ("ظهر", "AF"), ("عصر", "AF"), ("فجر", "NI"), ("ليل", "NI"))},
    "ليلة أمس": (-1, "NI"), "الليلة الماضية": (-1, "NI"), "الليلة": (0, "NI"),
}  # fmt: skip
_HOURS = {"الواحدة": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5, "السادسة": 6, "السابعة": 7, "الثامنة": 8,
          "التاسعة": 9, "العاشرة": 10, "الحادية عشرة": 11, "الحادية عشر": 11, "الثانية عشرة": 12, "الثانية عشر": 12}  # fmt: skip
_CLOCK_PARTS = _forms({"صباحا": "am", "فجرا": "am", "ظهرا": "pm", "عصرا": "pm", "بعد الظهر": "pm", "مساء": "pm", "ليلا": "night"})
_MINUTES = _forms({"النصف": 30, "نصف": 30, "الربع": 15, "ربع": 15, "الثلث": 20})
_NUMBERS = {"واحد": 1, "اثنين": 2, "اثنان": 2, "ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6,
            "ستة": 6, "سبع": 7, "سبعة": 7, "ثماني": 8, "ثمان": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9, "عشر": 10, "عشرة": 10,
            "أحد عشر": 11, "إحدى عشرة": 11, "اثني عشر": 12, "اثنا عشر": 12, "اثنتي عشرة": 12, "خمسة عشر": 15,
            "عشرين": 20, "عشرون": 20, "ثلاثين": 30, "ثلاثون": 30, "أربعين": 40, "خمسين": 50, "مئة": 100, "مائة": 100}  # fmt: skip
_UNITS = _forms(_units(("يوم", "أيام", "يوما", "الأيام"), ("أسبوع", "أسابيع", "أسبوعا", "الأسبوع", "الأسابيع"),
                      ("شهر", "أشهر", "شهور", "شهرا", "الشهر", "الأشهر", "الشهور"),
                      ("عام", "أعوام", "عاما", "سنة", "سنوات", "سنين", "العام", "السنة", "السنوات", "الأعوام"),
                      ("ساعة", "ساعات", "الساعات"), ("دقيقة", "دقائق"), ("عقد", "عقود")))
# two of a unit in one word (the dual), and one of it ("منذ أسبوع": a week ago)
_COUNTED = _forms({"يوم": (1, "day"), "يومين": (2, "day"), "يومان": (2, "day"), "أسبوع": (1, "week"), "أسبوعين": (2, "week"),
                   "أسبوعان": (2, "week"), "شهر": (1, "month"), "شهرين": (2, "month"), "شهران": (2, "month"), "عام": (1, "year"),
                   "عامين": (2, "year"), "عامان": (2, "year"), "سنة": (1, "year"), "سنتين": (2, "year"), "سنتان": (2, "year"),
                   "ساعة": (1, "hour"), "ساعتين": (2, "hour"), "ساعتان": (2, "hour")})  # fmt: skip
# days of the month as ordinal words, as Arabic papers write dates: "في التاسع من فبراير", "منذ الحادي والعشرين من
# مارس" (the masculine ordinal agrees with the "يوم" it stands for; 20 and 30 in the genitive after a preposition)
_ORD_UNITS = ("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع")
_DAY_ORDINALS = {
    **{w: n for n, w in enumerate(_ORD_UNITS, 1)}, "العاشر": 10,
    **{("الحادي" if n == 1 else w) + " عشر": 10 + n for n, w in enumerate(_ORD_UNITS, 1)},
    "العشرين": 20, "العشرون": 20, "الثلاثين": 30, "الثلاثون": 30,
    **{("الحادي" if n == 1 else w) + " والعشرين": 20 + n for n, w in enumerate(_ORD_UNITS, 1)},
    "الحادي والثلاثين": 31,
}  # fmt: skip
# "العام" is also "general" and "public": "الأمين العام المقبل" is the next secretary-general, not next year
_PUBLIC = ("الأمين|الامين|المدعي|النائب|الرأي|الراي|المدير|المفتش|المنسق|المرشد|الإضراب|الاضراب|القطاع|الشأن|الشان|الصالح|الأمن|الامن"
           "|النظام|الدين|المال|الحق|التعليم|الإطار|الاطار|الوضع|الطابع|الاتجاه|المؤتمر|المجمع|الرئيس|القائد|المراقب|المقرر")

# Arabic: "و", "ف", "ب", "ل" are written onto the next word ("وأمس", "بالأمس"); weekdays and units take their
# modifier after them ("الثلاثاء الماضي", "الأسبوع المقبل"), and a part of the day comes first ("مساء الثلاثاء");
# two of a unit is one word ("يومين", "أسبوعين"); the vowel marks of "صباحاً", "غداً" are inside the word
AR = Lexicon(
    months=_forms({**_GREGORIAN, **_LEVANTINE, **_MAGHREB, **_BOTH}),
    month_abbr_max=0,
    # alone, "مارس" is also "he practised", "نيسان" the car, "تموز" a god: a month only after a preposition
    ambiguous_months=tuple(_forms({"مارس": 3, "ماي": 5, "جوان": 6, **_LEVANTINE})),
    month_preps=r"و?(?:في|شهر|منذ|حتى|خلال|مطلع|أواخر|اواخر|أوائل|اوائل|منتصف|نهاية|بداية|أول|اول|آخر|اخر|قبل|بعد|من|إلى|الى)|بشهر|لشهر",
    weekdays=_forms({**_WEEKDAYS, **{"يوم " + w: i for w, i in _WEEKDAYS.items()}}),
    relative_days=_forms({"أمس": -1, "الأمس": -1, "يوم أمس": -1, "أمس الأول": -2, "أول أمس": -2, "أول من أمس": -2, "اليوم": 0,
                          "غدا": 1, "الغد": 1, "يوم غد": 1, "بعد غد": 2}),  # fmt: skip
    day_with_part=_forms(_DAY_WITH_PART),
    day_after=r"(?:في\s)?اليوم\sالتالي|(?:في\s)?اليوم\sالذي\s(?:تلاه|يليه)",
    day_before=r"(?:في\s)?اليوم\sالسابق|(?:في\s)?اليوم\sالذي\sسبقه|قبل\sذلك\sبيوم",
    same_day=r"(?:في\s)?(?:اليوم\s(?:نفسه|ذاته)|نفس\sاليوم|ذات\sاليوم|ذلك\sاليوم)",
    units=_UNITS,
    counted_units=_COUNTED,
    last_words=set(_forms(dict.fromkeys(("الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت", "الفائتة", "السابق", "السابقة"), 0))),
    next_words=set(_forms(dict.fromkeys(("المقبل", "المقبلة", "القادم", "القادمة"), 0))),
    this_words=set(_forms(dict.fromkeys(("هذا", "هذه", "الجاري", "الجارية", "الحالي", "الحالية"), 0))),
    numbers=_forms({**_NUMBERS, **_HOURS}),
    ago_before="منذ|قبل",
    later_before=r"بعد|في\sغضون",
    unit_first=True,
    day_suffix="",
    date_words="في|يوم|بتاريخ|حتى|منذ",  # "في 17/5": day first
    day_ordinals=_forms(_DAY_ORDINALS),
    day_ordinal_link=r"من\sشهر|من",
    # after a preposition or "يوم" only: "الأسبوع الثاني من مارس" is the second week of March
    day_ordinal_before=r"في|منذ|حتى|يوم|بتاريخ|الموافق|قبل|بعد|من|إلى|الى|صباح|مساء|ليلة|فجر|ظهر",
    day_ordinal_year=r"عام|العام|سنة",
    case_sensitive=False,
    marks_in_words=True,
    proclitics=("[وفبلك]", "[وف][بل]"),
    prepositions="عام|العام|سنة|في|منذ|حتى|خلال|مطلع|أواخر|أوائل|منتصف|نهاية|بداية",
    refs=_forms({"الآن": "PRESENT_REF", "حاليا": "PRESENT_REF", "في الوقت الحالي": "PRESENT_REF", "مؤخرا": "PAST_REF",
                 "في الآونة الأخيرة": "PAST_REF", "في المستقبل": "FUTURE_REF"}),  # fmt: skip
    dayparts=_forms({"صباحا": "MO", "ظهرا": "AF", "عصرا": "AF", "مساء": "EV", "ليلا": "NI", "فجرا": "NI"}),
    # "ليلة الأحد" is left out: by the old reckoning it is the night before Sunday
    part_first=_forms({"صباح": "MO", "صبيحة": "MO", "ظهر": "AF", "عصر": "AF", "مساء": "EV", "ليل": "NI", "فجر": "NI"}),
    seasons=_forms({"الربيع": "SP", "الصيف": "SU", "الخريف": "FA", "الشتاء": "WI"}),  # only with a modifier or year
    span_words="المقبلة|القادمة|الماضية|الأخيرة|الاخيرة|المنصرمة|الفائتة",
    plural_units=tuple(_forms(dict.fromkeys(("الأيام", "الأسابيع", "الأشهر", "الشهور", "السنوات", "الأعوام", "الساعات"), 0))),
    sets=_forms({"يوميا": "P1D", "أسبوعيا": "P1W", "شهريا": "P1M", "سنويا": "P1Y"}),
    each_words="كل",
    vague_numbers="بضعة|بضع|عدة",
    clock_parts=_CLOCK_PARTS,
    minute_words=_MINUTES,
    clock=rf"الساع[ةه]\s(?P<h>\d{{1,2}}|{_alt(_forms(_HOURS))})(?:[:.](?P<min>\d{{2}}))?(?:\sو?(?P<mw>{_alt(_MINUTES)}))?"
    rf"(?:\s(?P<cpart>{_alt(_CLOCK_PARTS)}))?",
    past_cues=r"[وف]?(?:قال|قالت|أعلن|أعلنت|اعلن|اعلنت|أكد|أكدت|اكد|اكدت|أفاد|أفادت|ذكر|ذكرت|كان|كانت|كانوا|وقع|وقعت|شهد|شهدت"
    r"|جرى|جرت|تم|أسفر|أسفرت|قتل|قتلت|لقي|لقيت|أصيب|أصيبت|اندلع|اندلعت|الماضي|الماضية|المنصرم|المنصرمة|أمس|امس|منذ"
    # the perfect of the acts the press reports (:mod:`.act_perfects`)
    rf"|{AR_PAST_ACTS})",
    sure_past=AR_SURE_PAST,
    # "سوف", the prefix "سـ" of the future ("سيعقد", "ستجري", "سيتم"), not the nouns that start alike (سيارة, سياسة, سيطرة, ستة)
    future_cues=r"[وف]?(?:سوف|س[يت](?!ار|اس|اد|ط|د|ر|ف|ول|ناء|ين)\w{2,}|المقبل|المقبلة|القادم|القادمة|غدا|غداً|غدًا|من\sالمقرر"
    r"|من\sالمتوقع|يعتزم|تعتزم|يتوقع|يُتوقع"
    # what may come: "قد" before a verb in the imperfect ("قد يضرب الإعصار", may hit; not "قد بدأت", had begun, nor "قد يكون", may be, of a cause), "من المحتمل"
    r"|قد(?=\sي(?!كون)\w)|من\sالمحتمل|يرجح|يُرجح"
    # a rule's entry into force, in the imperfect ("تدخل العقوبات حيز التنفيذ يوم السبت"; not the noun "تدخل")
    r"|[وف]?[تي]دخل(?=\s+(?:\S+\s+){0,2}حي[زّ]\S*\s+التنفيذ)"
    # or as its taking effect ("يبدأ سريانه عند منتصف ليل السبت", "يسري الاتفاق اعتبارا من الأحد": a truce announced on
    # Thursday starts on the coming Saturday)
    r"|[وف]?[تي]بدأ(?=\s+سريان)|[وف]?[تي]سري(?=\s)"
    # and what was agreed to happen next, "على أن" and a verb in the imperfect ("على أن تستأنف المحادثات يوم السبت": the
    # talks are to resume on Saturday; not "أكد على أن الاجتماع ..." with a noun)
    r"|على\sأن(?=\s[تي]))",
    not_after_year="شخص\\w*|قتيل\\w*|جريح\\w*|مدني\\w*|جندي\\w*|عسكري\\w*|دولار\\w*|يورو|جنيه\\w*|ريال\\w*|درهم\\w*|دينار\\w*|ليرة|طن|متر\\w*"
    "|كيلومتر\\w*|منزل\\w*|مرة|عائلة|أسرة|لاجئ\\w*|نازح\\w*|مواطن\\w*|عامل\\w*|طالب\\w*|سيارة|صاروخ\\w*|برميل|وحدة"
    # what relief and damage reports count by the thousand ("أرسلت 2000 خيمة", 2000 tents were sent; "3000 جرعة")
    "|خيمة|خيام|بطانية|وجبة|سلة|طرد|مبنى|مسكن|مدرسة|شاحنة|مركبة|سرير|جرعة|هكتار|فدان|رأس|حاوية|عنصر|مقاتل|معتقل|أسير|سجين|موظف",
    # names ("عبد الأحد"), "الأحد عشر" (the eleven), "اليوم الأول" (the first day), "بين الاثنين" (between the two),
    # a count of days before an event ("قبل يومين من الانتخابات"), the "14 آذار" alliance, "الأمين العام", "هذا يوم" (this is a day)
    traps=r"عبد\s?ال[أا]حد|ال[أا]حد\sعشر|اليوم\s(?:ال[أا]ول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|ال[أا]خير|الوطني|العالمي"
    r"|الدولي|الموعود|المفتوح|الدراسي|الكامل)|(?:بين|كلا|كلتا)\sال[اإ]ثنين|ال[اإ]ثنين\sمع[اً]"
    rf"|(?:قبل|بعد)\s(?:\S+\s)?(?:{_alt({**_UNITS, **_COUNTED})})\s(?:من|على)(?!\w)|(?:قوى|تحالف|فريق|تيار)\s(?:14|8|١٤|٨)\sآذار"
    rf"|(?:{_PUBLIC})\sالعام|(?:هذا|هذه)\s(?:يوم|أيام|ايام)(?!\w)",
)
