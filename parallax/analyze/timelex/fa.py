"""Persian dates: Gregorian months as Persian writes them and Solar Hijri dates ("۱۲ اسفند ۱۴۰۴")."""

from __future__ import annotations

from parallax.analyze.timelex.act_perfects import FA_SURE_PAST
from parallax.analyze.timelex.base import Lexicon, _alt, _units


def _fa_forms(words: dict) -> dict:
    """Persian words with the zero-width non-joiner, a space or nothing between their parts ("سه‌شنبه", "سه شنبه",
    "سهشنبه"), and in the Arabic letters ي and ك that some keyboards type."""
    out = {}
    for w, v in words.items():
        for form in (w, w.replace("\u200c", " "), w.replace("\u200c", "")):
            out.setdefault(form, v)
            out.setdefault(form.replace("ی", "ي").replace("ک", "ك"), v)
    return out


# the part of the day after a clock hour ("ساعت ۱۱ شب"); the night sets an hour from 6 in the evening
_CLOCK_PARTS = _fa_forms({"صبح": "am", "بامداد": "am", "ظهر": "pm", "بعدازظهر": "pm", "بعد از ظهر": "pm", "بعد\u200cازظهر": "pm",
                          "عصر": "pm", "شب": "night"})

# Persian: Gregorian months as Persian writes them ("۱۴ مارس") and the Solar Hijri ones ("۱۲ اسفند ۱۴۰۴"), Persian digits
FA = Lexicon(
    day_after="روز بعد|فردای آن روز",
    months=_fa_forms({"ژانویه": 1, "فوریه": 2, "مارس": 3, "آوریل": 4, "مه": 5, "ژوئن": 6, "ژوئیه": 7, "ژوئیهٔ": 7, "اوت": 8,
                      "آگوست": 8, "سپتامبر": 9, "اکتبر": 10, "نوامبر": 11, "دسامبر": 12}),
    solar_months=_fa_forms({"فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5, "شهریور": 6,
                            "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12}),
    weekdays=_fa_forms({"شنبه": 5, "یک\u200cشنبه": 6, "دو\u200cشنبه": 0, "سه\u200cشنبه": 1, "چهار\u200cشنبه": 2,
                        "پنج\u200cشنبه": 3, "جمعه": 4}),
    relative_days=_fa_forms({"امروز": 0, "دیروز": -1, "فردا": 1, "پریروز": -2, "پس\u200cفردا": 2}),
    day_with_part=_fa_forms({"دیشب": (-1, "NI"), "امشب": (0, "NI")}),
    marks_in_words=True,  # the zero-width non-joiner is inside a word: "شنبه" is not in "سه‌شنبه"
    units=_fa_forms(_units(("روز",), ("هفته",), ("ماه",), ("سال",), ("ساعت",), ("دقیقه",), ("دهه",))),
    last_words=set(_fa_forms(dict.fromkeys(("گذشته", "پیش", "قبل"), 0))),
    next_words=set(_fa_forms(dict.fromkeys(("آینده", "بعد"), 0))),
    this_words=set(_fa_forms(dict.fromkeys(("این", "جاری"), 0))),
    numbers=_fa_forms({"یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "نه": 9, "ده": 10,
                       "یازده": 11, "دوازده": 12}),
    ago_after="پیش|قبل",
    unit_first=True,
    day_suffix="",
    case_sensitive=False,
    prepositions="سال|در|از|تا",
    # the press writes its Gregorian months whole, never cut ("مارس", "اوت" are whole names, a month alone without a
    # dot); "مه" is also fog ("در مه غلیظ"), a month only after "ماه" ("ماه مه")
    month_abbr_max=0,
    ambiguous_months=tuple(_fa_forms({"مه": 5})),
    month_preps="ماه",
    refs=_fa_forms({"اکنون": "PRESENT_REF", "در حال حاضر": "PRESENT_REF", "اخیرا": "PAST_REF", "اخیراً": "PAST_REF",
                    "در آینده": "FUTURE_REF"}),
    dayparts=_fa_forms({"صبح": "MO", "بعدازظهر": "AF", "بعد از ظهر": "AF", "عصر": "AF", "شب": "NI"}),
    sets=_fa_forms({"هر روز": "P1D", "هر هفته": "P1W", "هر سال": "P1Y"}),
    each_words="هر",
    vague_numbers="چند",
    # "ساعت ۲۳:۴۰", and an hour alone after "ساعت" (a count of hours writes its figure first: "۳ ساعت"), with the part
    # of the day after it that sets its half: "ساعت ۱۱ شب" is 23:00, "ساعت ۸ صبح" 08:00, "ساعت ۲۳ روز سه‌شنبه" 23:00
    clock=rf"ساعت\s(?P<h>\d{{1,2}})(?:[:.](?P<min>\d{{2}}))?(?!\d)(?:\s(?P<cpart2>{_alt(_CLOCK_PARTS)}))?\b",
    clock_parts=_CLOCK_PARTS,
    clock_part_first=False,
    sure_past=FA_SURE_PAST,  # :mod:`.act_perfects`
    past_cues=r"بود|بودند|شد|شدند|کرد|کردند|گفت|داد|دادند|داشت|گذشته|پیش|دیروز|دیشب",
    future_cues=r"خواهد|خواهند|فردا|آینده|قرار\sاست|ممکن\sاست|احتمال|پیش‌بینی\sمی‌شود|پیش\sبینی\sمی‌شود",  # "ممکن است", may
    not_after_year="نفر|تن|میلیون|هزار|متر|کیلومتر|ریال|تومان|دلار|خانه",
)
