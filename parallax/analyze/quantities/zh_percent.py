"""Chinese percentages written before their figure: "百分之三点二" (3.2%), "百分之十二", "百分之3.5".

Chinese writes a share either as "3.2%" or as "百分之" (of a hundred) and then the figure, in characters or in
digits, its decimals after 点.  The quantities read a figure with the noun after it, so "环比上涨百分之三点二" gave no
share at all and one report's "3.2%" stood against nothing in the other's ("百分点", a percentage point, is another
unit and is left to the counters).
"""

from __future__ import annotations

import re

from parallax.analyze.numwords.cjk import DIGITS, myriad_value
from parallax.records import Quantity

_CHARS = "零〇一二两三四五六七八九十百千万"
_PERCENT_BEFORE = re.compile(
    rf"百分之(?P<whole>\d+(?:\.\d+)?|[{_CHARS}]{{1,8}})(?:[点點](?P<dec>[零〇一二三四五六七八九]{{1,4}}))?"
)


def zh_percents(text: str) -> list[Quantity]:
    """The shares ``text`` writes with "百分之" before the figure, as quantities of "%"."""
    out = []
    for m in _PERCENT_BEFORE.finditer(text):
        whole = m.group("whole")
        value = float(whole) if whole[0].isdigit() else myriad_value(whole)
        if value is None:
            continue
        if dec := m.group("dec"):
            value += float("0." + "".join(str(DIGITS[c]) for c in dec))
        out.append(Quantity(m.group(), value, m.start(), m.end(), "%"))
    return out


def with_zh_percents(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with the shares of :func:`zh_percents` in their place, any figure read inside one dropped."""
    shares = zh_percents(text)
    if not shares:
        return found
    kept = [q for q in found if not any(s.start <= q.start < s.end for s in shares)]
    return sorted(kept + shares, key=lambda q: q.start)
