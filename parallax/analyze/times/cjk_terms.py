"""A length in years and months as Chinese, Japanese and Korean write it: "8年6个月", "8年零6個月", "8년 6개월",
"8年6か月", and in a court's term "懲役8年6月", "有期徒刑8年6月" (the months written with the month's own unit).

The lexicons read the two parts apart, or one of them only: "8年6个月" held P8Y and P6M, so a comparison with another
report's "8年" set six months against eight years; Japanese reads no bare "8年" (it is also a year of an era,
"令和8年"), so "懲役8年6か月" held P6M alone; and a Korean "8년6개월" without its space held nothing.  Here the
whole is one duration (P8Y6M), and a Japanese term of punishment ("懲役8年", "禁錮3年", "執行猶予5年") is its years.
Kept apart from the lexicons: it only replaces what they found inside the same span.
"""

from __future__ import annotations

import re

# the months of a length: "个月", "個月", "か月" (and its other spellings), "개월"; after a court's term word also "月"
_MONTHS = "(?:个月|個月|か月|カ月|ヶ月|ヵ月|ケ月|箇月|개월)"
# a Japanese, Chinese or Korean word of a sentence to prison (or its suspension) before the length
_TERM = "(?:懲役|禁錮|禁固|執行猶予|有期徒刑|徒刑|拘役|징역|금고|집행유예)"
_LENGTH = re.compile(
    rf"(?<![\d.,])(?P<y>\d{{1,3}})[ ]?[年년](?:[ ]?[零又])?[ ]?(?P<m>\d{{1,2}})[ ]?{_MONTHS}"
    rf"|{_TERM}[ ]?(?P<ty>\d{{1,3}})[ ]?[年년](?:[ ]?[零又]?[ ]?(?P<tm>\d{{1,2}})[ ]?(?:{_MONTHS}|[月월]))?"
)


def cjk_lengths(text: str, found: list[tuple[int, int, str | None, str]]) -> list[tuple[int, int, str | None, str]]:
    """``found`` with each length in years and months (see the module) made one duration, what it covers dropped."""
    spans = []
    for m in _LENGTH.finditer(text):
        years, months = (m.group("y"), m.group("m")) if m.group("y") else (m.group("ty"), m.group("tm"))
        start = m.start() if m.group("y") else m.start("ty")  # the length, not the term word before it
        value = f"P{int(years)}Y" + (f"{int(months)}M" if months and int(months) else "")
        if 0 < int(years) and (not months or int(months) < 12):
            spans.append((start, m.end(), value, "duration"))
    if not spans:
        return found
    kept = [f for f in found if not any(f[0] < e and s < f[1] for s, e, _, _ in spans)]
    return sorted(kept + spans)
