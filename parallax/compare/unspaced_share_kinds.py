"""What a percentage measures in Thai, Chinese, Japanese and Korean: the words of :mod:`.share_kinds`' kinds, found
inside a run of letters.

:mod:`.share_kinds` reads a kind from the openings of a clause's words; Thai, Chinese and Japanese write no
space between words, and Korean joins its nouns into one ("경제성장률", economic growth rate), so a kind's word
is looked for anywhere in the clause.  Without them a Thai turnout ("ผู้มาใช้สิทธิ์ร้อยละ 68") named no kind,
and a figure in a sentence that aligned with nothing met no other report's ("turnout was 66%":
:mod:`.figure_links`).  The words are those an election or an economic report writes for each kind: a turnout
(投票率, 투표율, ผู้มาใช้สิทธิ), a share of the vote (得票率, 득표율, คะแนนเสียง), growth (增长, 成長率, 성장률,
การเติบโต), inflation, unemployment, interest, sales and profit.
"""

from __future__ import annotations

import re

UNSPACED_KINDS: dict[str, tuple[str, ...]] = {
    "turnout": ("投票率", "투표율", "ผู้มาใช้สิทธิ", "มาใช้สิทธิ"),
    "vote": ("得票率", "得票", "득표율", "득표", "คะแนนเสียง"),
    "growth": ("增长率", "经济增长", "增速", "增長率", "經濟增長", "成長率", "経済成長", "성장률", "경제성장", "การเติบโต", "เศรษฐกิจขยายตัว", "จีดีพี"),
    "inflation": ("通胀", "通货膨胀", "通膨", "通貨膨脹", "インフレ", "物価上昇率", "물가상승률", "인플레이션", "เงินเฟ้อ"),
    "unemployment": ("失业率", "失業率", "실업률", "ว่างงาน"),
    "interest": ("利率", "金利", "금리", "ดอกเบี้ย"),
    "sales": ("销售额", "营收", "营业收入", "銷售額", "營收", "売上高", "매출", "ยอดขาย"),
    "profit": ("净利", "利润", "淨利", "利潤", "純利益", "営業利益", "영업이익", "순이익", "กำไร"),
    "stock": ("股价", "股價", "株価", "주가", "หุ้น"),  # a stock's price (:mod:`.share_kinds_more`)
}  # fmt: skip
LANGUAGES = frozenset({"th", "zh", "ja", "ko"})
_PARTS = re.compile("|".join(sorted((p for parts in UNSPACED_KINDS.values() for p in parts), key=len, reverse=True)))
_KIND_OF = {p: kind for kind, parts in UNSPACED_KINDS.items() for p in parts}


def unspaced_kinds(text: str) -> frozenset[str]:
    """The kinds whose words ``text`` holds anywhere (see the module)."""
    return frozenset(_KIND_OF[m.group()] for m in _PARTS.finditer(text))
