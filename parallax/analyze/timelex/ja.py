"""Japanese dates: "昨日", "きのう", "先週の火曜日", "3日前", "昨年5月", "午後3時20分", "同日午後"."""

from __future__ import annotations

from parallax.analyze.timelex.base import Lexicon, _alt, _han_numbers, _units

_WEEKDAYS = {"月曜": 0, "火曜": 1, "水曜": 2, "木曜": 3, "金曜": 4, "土曜": 5, "日曜": 6}
_DAY_WITH_PART = {"昨夜": (-1, "NI"), "今朝": (0, "MO"), "けさ": (0, "MO"), "今夜": (0, "NI"), "今晩": (0, "EV"),
                  "昨晩": (-1, "EV"), "明朝": (1, "MO"), "今夕": (0, "EV"), "昨夕": (-1, "EV"), "明晩": (1, "EV")}  # fmt: skip
_CLOCK_PARTS = {"午前": "am", "朝": "am", "早朝": "am", "未明": "am", "午後": "pm", "夕方": "pm", "夜": "night", "深夜": "night",
                "昨夜": "night", "今夜": "night", "今朝": "am", "けさ": "am", "今晩": "pm", "昨晩": "pm", "明朝": "am"}  # fmt: skip
_MONTH = ("カ月", "ヶ月", "か月", "ケ月", "箇月", "ヵ月")

# Japanese: no spaces, so every table holds whole expressions ("先週の火曜日" is Tuesday of last week, "火曜日" the
# nearest Tuesday); news writes "きょう", "きのう", "あす" in kana too.  "3日" is the 3rd and "3日前" three days ago,
# "3日間" three days; a clock hour is in figures ("一時" is "for a while")
JA = Lexicon(
    elapsed_time=r"(?<!\d)(?P<h>\d{1,2})時間(?P<mi>\d{1,2})分(?:(?P<s>\d{1,2}(?:\.\d+)?)秒)?",  # "2時間8分15秒", a race time: one duration
    no_spaces=True,
    cjk_calendar=True,
    months={**{f"{i}月": i for i in range(1, 13)}, **{w + "月": n for w, n in _han_numbers(12).items() if n}},
    month_abbr_max=0,
    weekdays={**{w + "日": i for w, i in _WEEKDAYS.items()}, **_WEEKDAYS},
    week_mods={w + of: step for w, step in (("先週", -1), ("今週", 0), ("来週", 1), ("先々週", -2), ("再来週", 2)) for of in ("", "の")},
    relative_days={"今日": 0, "本日": 0, "きょう": 0, "昨日": -1, "きのう": -1, "明日": 1, "あす": 1, "あした": 1, "一昨日": -2,
                   "おととい": -2, "明後日": 2, "あさって": 2},  # fmt: skip
    day_with_part=_DAY_WITH_PART,
    day_after="翌日|次の日",
    day_before="前日|前の日",
    day_before_parts={"前夜": "NI"},
    same_day="同日|当日|その日|この日",
    rel_periods={"先週": ("week", -1), "今週": ("week", 0), "来週": ("week", 1), "先々週": ("week", -2), "再来週": ("week", 2),
                 "先月": ("month", -1), "今月": ("month", 0), "来月": ("month", 1), "先々月": ("month", -2), "再来月": ("month", 2),
                 "昨年": ("year", -1), "去年": ("year", -1), "今年": ("year", 0), "本年": ("year", 0), "来年": ("year", 1),
                 "一昨年": ("year", -2), "再来年": ("year", 2), "先週末": ("weekend", -1), "今週末": ("weekend", 0),
                 "来週末": ("weekend", 1)},  # fmt: skip
    units=_units(("日",), ("週間", "週"), _MONTH, ("年",), ("時間",), ("分",)),
    duration_units=_units(("日間",), ("週間",), (*_MONTH, *(m + "間" for m in _MONTH)), ("年間",), ("時間",), ("分間",)),
    last_words=set(),
    next_words=set(),
    this_words=set(),
    numbers=_han_numbers(59),
    ago_after="前",
    later_after="後",
    case_sensitive=False,
    refs={"現在": "PRESENT_REF", "最近": "PAST_REF", "先日": "PAST_REF", "近年": "PAST_REF", "今後": "FUTURE_REF",
          "将来": "FUTURE_REF"},
    dayparts={"午前": "MO", "早朝": "MO", "午後": "AF", "夕方": "EV", "夜": "NI", "夜間": "NI", "深夜": "NI", "未明": "NI"},
    sets={"毎日": "P1D", "毎週": "P1W", "毎月": "P1M", "毎年": "P1Y",
          **{"毎週" + w: f"XXXX-WXX-{i + 1}" for w, i in _WEEKDAYS.items()}},
    clock_parts=_CLOCK_PARTS,
    minute_words={"半": 30},
    clock=rf"(?:(?P<cpart>{_alt(_CLOCK_PARTS)}))?(?<!\d)(?P<h>\d{{1,2}})時(?!間|期|代)(?:(?P<min>\d{{1,2}})分|(?P<mw>半))?"
    r"|(?P<noon>正午)",
    past_cues=r"ました|でした|だった|した|った|んだ|いた|れた|えた|けた|きた|めた|せた|てた|ねた|べた|みた|昨日|きのう|先週|昨年|去年|先月",
    # (and a verb in its non-past form closing the sentence, "4日も運転を見合わせる。", "会見を開く。", not "〜ている", a
    # state: the window of a sentence ends before its "。", so the verb closes the window)
    # ("予定されていた", "予定だった": was scheduled, a past plan; the day it names is behind, "当初15日に予定されていた")
    future_cues=r"予定(?!(?:されて|して)い(?:た|ました)|だった|でした)|方針|見通し|見込み|計画|します|されます|でしょう|だろう|意向|つもり|来週|来月|来年|明日|あす|あした|今後"
    r"|(?<![てでい])る$|[うくすつぬぶむぐ]$",
    # names ("明日香", "今日子"), fiscal years ("今年度"), "前日比" (day on day), a causative ("受けさせる" holds "けさ"),
    # kana words that start like "きょう" (siblings, education), the Mainichi, the Ming typeface
    traps=r"明日香|明日菜|今日子|あすか|あすなろ|けさせ|きょう(?:だい|かい|いく|み|りょく|つう|ぎ|せい|こう|ふ|わ)|[今昨来本前]年度"
    # "1泊2日" (one night, two days) is a trip's length, not the 2nd of the month
    r"|\d{1,2}泊\d{1,2}日"
    r"|前日比|毎日新聞|明朝体|明朝時代|今日的"
    # days put off or behind by ("2日延期された", "3日遅れ"): a length, not the 2nd of the month
    r"|(?<![\d０-９])[\d０-９]{1,2}日(?=延期|遅れ|遅く|早く|早め|繰り上げ|前倒し)",
)
