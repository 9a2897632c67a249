"""Korean dates: "어제", "지난주 화요일", "사흘 전", "작년 5월", "오후 3시 20분"; particles written onto words."""

from __future__ import annotations

from parallax.analyze.timelex.base import Lexicon, _alt, _units

# particles written onto a word ("어제는", "화요일에", "3일 전에", "다음날의"): a word may end before them
_PARTICLES = (
    "에서는|에서도|에서|에는|에도|에게|까지는|까지|부터는|부터|으로는|으로|로는|로|은|는|이|가|을|를|에|의|도|와|과|만|엔|쯤|께|경"
    "|인|이다|였다|이었다|이며|이고"
)
# the past tense is a syllable with the final ㅆ ("했다", "열렸다", "밝혔다"), not "있" (is) nor "겠" (will)
_PAST = "".join(chr(0xAC00 + i) for i in range(11172) if i % 28 == 20 and chr(0xAC00 + i) not in "있겠")
_RIEUL = "".join(chr(0xAC00 + i) for i in range(11172) if i % 28 == 8)  # a final ㄹ: "열릴 것" (will be held)
# a final ㄴ before "다": the plain non-past, which news uses for what is to come ("이어진다": will go on, "시작한다", "끝난다")
_NIEUN = "".join(chr(0xAC00 + i) for i in range(11172) if i % 28 == 4)
_NATIVE = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10, "열한": 11, "열두": 12}
_DAY_WITH_PART = {"어젯밤": (-1, "NI"), "간밤": (-1, "NI"), "지난밤": (-1, "NI"), "오늘밤": (0, "NI"), "엊저녁": (-1, "EV")}
_CLOCK_PARTS = {"오전": "am", "아침": "am", "새벽": "am", "오후": "pm", "낮": "pm", "저녁": "pm", "밤": "night", "심야": "night",
                "어젯밤": "night", "간밤": "night", "지난밤": "night", "오늘밤": "night"}  # fmt: skip

# Korean: a number and its unit, a modifier and its unit in one word or two ("3일 전", "3일전", "지난주", "지난 주");
# "지난 화요일" is the last Tuesday, "지난주 화요일" Tuesday of last week; native counts of days ("사흘 전")
KO = Lexicon(
    elapsed_time=r"(?<!\d)(?P<h>\d{1,2})시간\s?(?P<mi>\d{1,2})분(?:\s?(?P<s>\d{1,2}(?:\.\d+)?)초)?",  # "2시간 8분 15초", a race time: one duration
    months={f"{i}월": i for i in range(1, 13)},
    month_abbr_max=0,
    cjk_calendar=True,
    weekdays={"월요일": 0, "화요일": 1, "수요일": 2, "목요일": 3, "금요일": 4, "토요일": 5, "일요일": 6},
    week_mods={"지난주": -1, "지난 주": -1, "저번 주": -1, "저번주": -1, "이번 주": 0, "이번주": 0, "이번": 0, "다음 주": 1,
               "다음주": 1, "내주": 1},  # fmt: skip
    relative_days={"어제": -1, "오늘": 0, "내일": 1, "그제": -2, "그저께": -2, "모레": 2, "금일": 0},
    day_with_part=_DAY_WITH_PART,
    day_after="다음\\s?날|이튿\\s?날",
    day_before="하루\\s전날|전날",
    day_before_parts={"전날 밤": "NI", "전날밤": "NI", "전날 저녁": "EV"},
    same_day="같은\\s날|당일|그\\s?날|이\\s?날",
    units=_units(("일", "일간"), ("주", "주일", "주간"), ("개월", "달"), ("년", "년간", "해"), ("시간",), ("분",)),
    counted_units={"하루": (1, "day"), "이틀": (2, "day"), "사흘": (3, "day"), "나흘": (4, "day"), "닷새": (5, "day"),
                   "엿새": (6, "day"), "이레": (7, "day"), "열흘": (10, "day"), "보름": (15, "day"), "일주일": (1, "week"),
                   "한달": (1, "month")},  # fmt: skip
    rel_periods={"작년": ("year", -1), "지난해": ("year", -1), "올해": ("year", 0), "금년": ("year", 0), "내년": ("year", 1),
                 "재작년": ("year", -2), "내후년": ("year", 2), "이달": ("month", 0), "내주": ("week", 1),
                 "지난주말": ("weekend", -1), "이번주말": ("weekend", 0), "다음주말": ("weekend", 1)},  # fmt: skip
    last_words={"지난"},
    next_words={"다음", "오는"},
    this_words={"이번"},
    numbers=_NATIVE,
    ago_after="전|이전",
    later_after="후|뒤|이후",
    unspaced=True,
    particles=_PARTICLES,
    particle_ends=True,
    day_suffix="",
    case_sensitive=False,
    refs={"현재": "PRESENT_REF", "지금": "PRESENT_REF", "요즘": "PRESENT_REF", "최근": "PAST_REF", "앞으로": "FUTURE_REF"},
    dayparts={"오전": "MO", "아침": "MO", "오후": "AF", "낮": "AF", "저녁": "EV", "밤": "NI", "새벽": "NI", "심야": "NI"},
    weekend="주말",
    sets={"매일": "P1D", "매주": "P1W", "매달": "P1M", "매월": "P1M", "매년": "P1Y", "해마다": "P1Y"},
    each_words="매주",
    seasons={"봄": "SP", "여름": "SU", "가을": "FA", "겨울": "WI"},  # only after a modifier: "지난 겨울"
    clock_parts=_CLOCK_PARTS,
    minute_words={"반": 30},
    clock=rf"(?:(?P<cpart>{_alt(_CLOCK_PARTS)})\s?)?(?P<h>\d{{1,2}})\s?시(?:\s?(?P<min>\d{{1,2}})\s?분|\s?(?P<mw>반))?\b"
    r"|(?P<noon>정오)|(?P<midnight>자정)",
    past_cues=rf"\w*[{_PAST}]\w*|지난|어제|그제|그저께|작년|지난해|전날",
    # "-겠-" (will), "열릴 것" (will be held), "예정" (scheduled; not "예정돼 있었으나", "예정이었다": was scheduled), "열린다" (is to be held), "이어진다" (will go on)
    future_cues=rf"\w*겠\w*|\w*[{_RIEUL}]\s것\w*|\w*[{_RIEUL}]\s수\s?있(?!었)\w*|예정(?!이었|\w*\s있었)\w*|계획\w*|방침\w*|앞으로|내일|모레|다음|오는|내주|내년|\w*[{_NIEUN}]다",
    not_after_year="(?:명|원|달러|유로|건|개|대|채|톤|미터|킬로미터|가구|회|차례|번|곳|마리|가지|배)\\w*",
    # "이번 일" (this matter), "지난 일" (past events), "그가 한 일" (what he did), "세 분" (three persons): no days
    traps=rf"(?:지난|이번|다음|오는)\s?일(?!요일)|(?:{_alt(_NATIVE)})\s?(?:일|분)(?!요일|기)"
    # "1박 2일" (one night, two days) is a trip's length, not the 2nd of the month
    r"|\d{1,2}\s?박\s?\d{1,2}\s?일(?!요일)",
)
