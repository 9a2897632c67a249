"""Chinese dates (simplified and traditional): "昨天", "上周二", "三天前", "两周后", "去年5月", "下午3点20分"."""

from __future__ import annotations

from parallax.analyze.timelex.base import Lexicon, _alt, _han_numbers, _units

_NUMBERS = {**_han_numbers(59), "两": 2, "兩": 2}
_HOURS = _alt(w for w, n in _NUMBERS.items() if n <= 24)
_MINUTES = _alt([*(w for w, n in _NUMBERS.items() if n >= 10), *("零" + w for w, n in _NUMBERS.items() if 1 <= n <= 9 and len(w) == 1)])
_WEEKDAY_NUMBERS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_DAY_WITH_PART = {"昨晚": (-1, "NI"), "今晚": (0, "NI"), "明晚": (1, "NI"), "昨夜": (-1, "NI"), "今夜": (0, "NI"),
                  "今早": (0, "MO"), "明早": (1, "MO"), "今晨": (0, "MO"), "昨晨": (-1, "MO")}  # fmt: skip
_CLOCK_PARTS = {"上午": "am", "早上": "am", "早晨": "am", "清晨": "am", "凌晨": "am", "中午": "pm", "下午": "pm", "傍晚": "pm",
                "晚上": "night", "晚间": "night", "晚間": "night", "夜间": "night", "夜間": "night", "夜里": "night",
                "夜裡": "night", "深夜": "night", "今晚": "night", "昨晚": "night", "明晚": "night", "昨夜": "night",
                "今夜": "night", "今早": "am", "明早": "am", "今晨": "am"}  # fmt: skip
# verbs news uses for what happened, with no tense mark of their own ("3月14日发生火灾", "造成两人遇难", "宣布",
# "表示"): a past cue, so that a month and day far from publication is the last one (a future has "将", "计划")
_EVENTS = "发生|發生|造成|遇难|遇難|宣布|宣佈|表示"
_WEEKS = {"上": -1, "上个": -1, "上個": -1, "上一个": -1, "下": 1, "下个": 1, "下個": 1, "下一个": 1, "本": 0, "这": 0, "这个": 0,
          "這": 0, "這個": 0}  # fmt: skip


def _periods() -> dict[str, tuple[str, int]]:
    out: dict[str, tuple[str, int]] = {"去年": ("year", -1), "今年": ("year", 0), "明年": ("year", 1), "前年": ("year", -2),
                                       "后年": ("year", 2), "後年": ("year", 2), "上月": ("month", -1), "本月": ("month", 0),
                                       "下月": ("month", 1)}  # fmt: skip
    for mod, step in _WEEKS.items():
        for week in ("周", "週", "星期", "礼拜", "禮拜"):
            if not (mod.endswith(("个", "個")) and week in ("周", "週")):  # "上周", "上个星期", not "上个周"
                out[mod + week] = ("week", step)
        if mod.endswith(("个", "個")):
            out[mod + "月"] = ("month", step)  # "上个月", "下個月"
        for week in ("周末", "週末"):
            out[mod + week] = ("weekend", step)
    return out


# Chinese: no spaces, so every table holds whole expressions ("上周二" is Tuesday of last week, "周二" the nearest
# Tuesday) and the traps guard compounds ("今日头条", "三周年", "登上月球")
ZH = Lexicon(
    elapsed_time=r"(?<!\d)(?P<h>\d{1,2})(?:小时|小時)(?P<mi>\d{1,2})分(?:钟|鐘)?(?:(?P<s>\d{1,2}(?:\.\d+)?)秒)?",  # "2小时8分15秒", a race time: one duration
    no_spaces=True,
    cjk_calendar=True,
    months={**{f"{i}月": i for i in range(1, 13)}, **{w + "月": n for w, n in _NUMBERS.items() if 1 <= n <= 12}},
    month_abbr_max=0,
    weekdays={week + d: i for week in ("星期", "周", "週", "礼拜", "禮拜") for d, i in _WEEKDAY_NUMBERS.items()},
    week_mods=_WEEKS,
    relative_days={"今天": 0, "昨天": -1, "明天": 1, "前天": -2, "后天": 2, "後天": 2, "今日": 0, "昨日": -1, "明日": 1,
                   "大前天": -3, "大后天": 3, "大後天": 3},  # fmt: skip
    day_with_part=_DAY_WITH_PART,
    day_after="第二天|次日|翌日|隔天",
    day_before="前一天|前一日|头一天|頭一天",
    day_before_parts={"前一晚": "NI", "前一天晚上": "NI", "前一夜": "NI"},
    same_day="当天|當天|当日|當日|同一天|同日",
    rel_periods=_periods(),
    units=_units(("天",), ("周", "週", "星期", "个星期", "個星期", "礼拜", "个礼拜", "個禮拜"), ("个月", "個月"), ("年",),
                 ("小时", "个小时", "小時", "個小時"), ("分钟", "分鐘")),
    last_words=set(),
    next_words=set(),
    this_words=set(),
    numbers=_NUMBERS,
    ago_after="之前|以前|前",
    later_after="之后|之後|以后|以後|后|後",
    case_sensitive=False,
    refs={"目前": "PRESENT_REF", "现在": "PRESENT_REF", "現在": "PRESENT_REF", "当前": "PRESENT_REF", "當前": "PRESENT_REF",
          "近日": "PAST_REF", "日前": "PAST_REF", "最近": "PAST_REF", "未来": "FUTURE_REF", "未來": "FUTURE_REF",
          "今后": "FUTURE_REF", "今後": "FUTURE_REF", "将来": "FUTURE_REF"},  # fmt: skip
    dayparts={"上午": "MO", "早上": "MO", "早晨": "MO", "清晨": "MO", "中午": "AF", "下午": "AF", "傍晚": "EV", "晚间": "EV",
              "晚間": "EV", "晚上": "NI", "夜间": "NI", "夜間": "NI", "夜里": "NI", "夜裡": "NI", "深夜": "NI", "凌晨": "NI"},
    sets={"每天": "P1D", "每日": "P1D", "每周": "P1W", "每週": "P1W", "每星期": "P1W", "每月": "P1M", "每年": "P1Y",
          "每周一次": "P1W", "每週一次": "P1W",
          **{each + week + d: f"XXXX-WXX-{i + 1}" for each in ("每",) for week in ("周", "週", "星期") for d, i in _WEEKDAY_NUMBERS.items()}},
    clock_parts=_CLOCK_PARTS,
    minute_words={"半": 30, "一刻": 15, "三刻": 45},
    # "下午3点", "3点20分", "三点半", "8点钟": without a part of the day, minutes or 钟 "3点" is also three points
    clock=rf"(?=(?:{_alt(_CLOCK_PARTS)})|(?:\d{{1,2}}|{_HOURS})[点點时時](?:(?:\d{{1,2}}|{_MINUTES})分|半|一刻|三刻|[钟鐘]))"
    rf"(?:(?P<cpart>{_alt(_CLOCK_PARTS)}))?(?<![\d{''.join(w for w in _NUMBERS if len(w) == 1)}])(?P<h>\d{{1,2}}|{_HOURS})[点點时時]"
    rf"(?:(?P<min>\d{{1,2}}|{_MINUTES})分|(?P<mw>半|一刻|三刻))?(?:[钟鐘])?",
    past_cues=rf"(?<![为為])了(?![解])|(?<![通超经經不越])[过過]|曾经|曾經|曾|已经|已經|此前|昨天|昨日|上周|上週|去年|上个月|上個月|刚刚|剛剛|{_EVENTS}",
    future_cues=r"[将將](?![军軍领領])|即将|即將|可能(?!已|曾|是|因|由)|或将|或將|有望|计划|計劃|预计|預計|准备|準備|打算|拟|擬|明天|明年|下周|下週|下个月|下個月|届时|屆時|定于|定於",
    traps=r"今日头条|今日頭條|一年一度|[后後]天性|[之以]前天|上月球|[上下本这這][周週](?:年|刊|报|報)|(?<!每)[周週]一次"
    r"|[周週]年|年[级級]|[统統唯之同万萬]一(?:天|年|周|週|个|個|星期)",
)
