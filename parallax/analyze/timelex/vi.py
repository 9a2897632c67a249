"""Vietnamese dates: "hôm qua", "chiều qua", "thứ Ba tuần trước", "3 ngày trước", "tháng 5", "ngày 20/5",
"16h30"; a part of the day comes before its day ("chiều thứ Ba", "sáng 20/5").

Vietnamese writes its months as numbers ("tháng 5 năm 2026", "ngày 20 tháng 5") and its weekdays as
ordinals ("thứ Ba", Tuesday, is "the third"; "thứ 3" too), so a lower-case "thứ ba" is a weekday only
after a word for a day or a part of it ("hôm thứ ba", "chiều thứ ba") or before its week ("thứ ba tuần
trước"), never after a noun it numbers ("lần thứ ba", the third time).  Most syllables mean more than
one thing: "năm" is "year" and "five", "mai" "tomorrow" and a name (so "mai" alone is no day), "qua"
"past" and "across", "trước" "last", "ago" and "before" (so "ngày trước" alone, "in the old days", is no
day).  The tense is marked by particles: "đã" (past), "sẽ" (future).
"""

from __future__ import annotations

from parallax.analyze.timelex.base import Lexicon, _alt, _units

_NUMBERS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "mười một": 11,
            "mười hai": 12}  # fmt: skip
_WEEKDAYS = {"thứ hai": 0, "thứ ba": 1, "thứ tư": 2, "thứ năm": 3, "thứ sáu": 4, "thứ bảy": 5, "chủ nhật": 6,
             **{f"thứ {n}": n - 2 for n in range(2, 8)}}  # fmt: skip
_PARTS = {"sáng": "MO", "rạng sáng": "MO", "trưa": "AF", "chiều": "AF", "tối": "EV", "đêm": "NI", "khuya": "NI"}
_CLOCK_KIND = {"MO": "am", "AF": "pm", "EV": "pm", "NI": "night"}
# a part of the day and its day in one phrase: "chiều qua" (yesterday afternoon), "sáng nay", "tối mai",
# "chiều hôm qua"; "mai" is tomorrow only after a part of the day (alone it is a name)
_DAY_WITH_PART = {
    f"{part}{link} {day}": (offset, code)
    for part, code in _PARTS.items()
    for day, offset, links in (("qua", -1, ("", " hôm")), ("nay", 0, ("", " hôm")), ("mai", 1, ("", " ngày")))
    for link in links
    if not (part == "rạng sáng" and offset == 1)
}
# a day word or part of the day before a lower-case weekday ("hôm thứ ba", "chiều thứ ba"): without one it is an ordinal
_BEFORE_WEEKDAY = ("hôm", "sáng", "trưa", "chiều", "tối", "đêm", "khuya", "vào", "từ", "đến", "tới", "và", "hoặc")
_ORDINAL_NOUNS = ("lần|hạng|vị trí|người|năm|tháng|tuần|tầng|số|kỳ|khóa|khoá|đợt|vòng|trận|phần|chương|lượt|giải|điều|mục|khoản"
                  "|xếp|đứng|là|cấp|nhiệm kỳ|thế hệ|quý")  # fmt: skip
_NO_BEFORE = "".join(rf"(?<!{w}\s)" for w in _BEFORE_WEEKDAY)

VI = Lexicon(
    months={**{f"tháng {n}": n for n in range(1, 13)}, **{f"tháng 0{n}": n for n in range(1, 10)}},
    month_abbr_max=0,
    weekdays=_WEEKDAYS,
    week_mods_after={"tuần trước": -1, "tuần rồi": -1, "tuần này": 0, "tuần sau": 1, "tuần tới": 1},
    # "lần thứ ba", "thứ ba liên tiếp": ordinals; a lower-case "thứ ba" or "thứ 3" is a weekday only after a day
    # word or before its week ("thứ ba tuần trước") or its date ("thứ ba (19/5)")
    weekday_traps=rf"{_NO_BEFORE}(?-i:\bthứ\s(?:hai|ba|tư|năm|sáu|bảy|[2-7])\b)(?!\s(?:tuần|\())"
    rf"|(?i:\b(?:{_ORDINAL_NOUNS})\sthứ\s\w+)|(?i:\bthứ\s\w+\s(?:liên\stiếp|trong|của)\b)",
    relative_days={"hôm nay": 0, "hôm qua": -1, "ngày mai": 1, "hôm kia": -2, "ngày kia": 2, "bữa qua": -1},
    day_with_part=_DAY_WITH_PART,
    day_after="ngày hôm sau|hôm sau|ngày sau đó",
    same_day="cùng ngày|ngay trong ngày",
    units=_units(("ngày",), ("tuần",), ("tháng",), ("năm",), ("giờ", "tiếng"), ("phút",), ("thập kỷ", "thập niên")),
    last_words={"trước", "qua", "ngoái", "rồi", "vừa qua"},
    next_words={"sau", "tới", "tiếp theo"},
    # "sau" before a word is "after": "thứ Tư sau vụ sập cầu", "thứ Tư sau khi ..." (on Wednesday after ...)
    after_mod_not=r"(?<=sau)\s\w",
    this_words={"này", "nay"},
    numbers=_NUMBERS,
    ago_after="trước",
    unit_first=True,
    day_suffix="",
    case_sensitive=False,
    year_before="năm",  # "tháng 5 năm 2026", "ngày 20 tháng 5 năm 2026"
    date_words="ngày|hôm|rạng sáng|sáng|trưa|chiều|tối|đêm|khuya|từ|đến|vào",
    day_month_seps="/-",  # "ngày 20-5"
    prepositions="năm|từ năm|đến năm|trong năm|cuối năm|đầu năm|giữa năm",
    refs={"hiện nay": "PRESENT_REF", "hiện tại": "PRESENT_REF", "bây giờ": "PRESENT_REF", "gần đây": "PAST_REF",
          "thời gian tới": "FUTURE_REF"},  # fmt: skip
    part_first=_PARTS,  # "chiều thứ Ba", "sáng Chủ nhật"
    weekend="cuối tuần",
    sets={"hằng ngày": "P1D", "hàng ngày": "P1D", "mỗi ngày": "P1D", "hằng tuần": "P1W", "hàng tuần": "P1W", "hằng năm": "P1Y",
          "hàng năm": "P1Y"},  # fmt: skip
    vague_numbers="vài|mấy|nhiều",
    clock_parts={**{p: _CLOCK_KIND[c] for p, c in _PARTS.items()}, **{p: _CLOCK_KIND[c] for p, (_, c) in _DAY_WITH_PART.items()}},
    # "16h30", "16h", "16 giờ 30 (phút)", "lúc 4 giờ", "4 giờ chiều", "sáng 9h", then a part of the day ("16h30 chiều qua")
    # or a date ("16h30 ngày 20/5", "16h30 chiều 20/5"), a weekday with its date in brackets ("23h tối thứ Tư (11/3)");
    # "24h" is a day's span, "trong 2h" a duration
    clock=rf"(?<!trong\s)(?:(?P<cpart>{_alt(_PARTS)})\s)?(?!24h(?![0-5]\d))(?P<h>[01]?\d|2[0-4])"
    rf"(?:h|\s?giờ(?=\s?[0-5]\d|\s(?:{_alt(_PARTS)})\b)|(?<=lúc\s\d)\s?giờ|(?<=lúc\s\d\d)\s?giờ)(?:\s?(?P<min>[0-5]\d)(?:\s?phút)?)?(?!\w)"
    rf"(?:\s(?P<cpart2>{_alt([*_DAY_WITH_PART, *_PARTS])})(?!\w))?(?:\s(?P<wd>{_alt(_WEEKDAYS)})(?!\w)(?:\s\((?:[12]?\d|3[01])/(?:1[0-2]|0?[1-9])\))?)?"
    rf"(?:\s(?:ngày\s)?(?P<cdd>[12]?\d|3[01])[/-](?P<cdm>1[0-2]|0?[1-9])(?![\d/-])|\s(?P<rel>hôm nay|hôm qua|ngày mai|hôm kia))?",
    past_cues=r"đã|vừa|từng|qua|trước|ngoái|hôm qua|rồi",
    future_cues=r"sẽ|sắp|dự kiến|dự định|có thể(?! do| là| đã)|có khả năng|dự báo|ngày mai|tuần tới|tháng tới|năm tới|năm sau|kế hoạch",
    not_after_year="người|ngôi|căn|chiếc|hộ|tấn|đồng|USD|km|mét|lần|ca|vụ",
    # "ngày trước", "ngày sau", "ngày qua" (in the old days, later, in recent days) with no number before them are no
    # day, nor "nhiều năm qua", "những tuần tới" (many past years, the coming weeks)
    traps=r"(?<!\d\s)(?<!\d)" + "".join(rf"(?<!{w}\s)" for w in _NUMBERS) + r"\bngày\s(?:trước|sau|qua|tới|rồi)\b"
    r"|\b(?:nhiều|những|vài|mấy|các)\s(?:ngày|tuần|tháng|năm)\s(?:qua|trước|tới|sau|rồi)\b",
)
