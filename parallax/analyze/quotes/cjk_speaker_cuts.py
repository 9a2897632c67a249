"""Where a Chinese or Korean speaker phrase holds more than the speaker, or no name at all.

Chinese writes the time and the act of speaking between the name and the cue: "林志明当晚发表感言说" (Lin Zhiming
said in a speech that evening) gave the speaker "林志明当晚发表感言", so the quotation met no other report's
speaker by name. A name of two to four characters opening with a surname and followed by a time word is that name.

The same holds for a day written in figures ("王部长18日表示", "外交部发言人毛宁3月18日上午在记者会上表示"): Chinese puts
the time adverbial after the subject and before the verb, so the subject ends where the date opens, and what follows
it (the part of the day, the place) is no part of the speaker either.

Korean closes a speaker phrase with a word that names no person's title but what the speaker is to a body:
"공장 관계자는" (an official of the factory), "회사 책임자는" (the person in charge at the company). The rule that takes
the words before a closing title as the name ("박지훈 구청장") made the factory the speaker. Such a phrase, and one
whose only word before the title is a body ("외교부 대변인", the ministry's spokesman), stays whole: a description.
A description or title joined to the name after it by the copula "-인" ("회사 측인 한울에너지", the company side, which is
Hanul Energy; "대변인인 김민수", Kim Min-su, who is the spokesman) sets that name in apposition: the speaker is the name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from parallax.analyze.quotes.uncased_cues import _ZH_DOUBLE_SURNAMES, _ZH_SURNAMES, _ZH_TITLES

_ZH_TIME_AFTER_NAME = re.compile(
    r"(?:当晚|當晚|当天|當天|当日|當日|昨天|昨日|今天|今日|昨晚|今晨|前天|日前|近日|随后|隨後|此前|晚间|晚間|早前|稍后|稍後"
    r"|上午|下午|中午|晚上|凌晨|早上|周[一二三四五六日]|週[一二三四五六日]|星期[一二三四五六日天])"
)
# a day written in figures (Arabic or full-width) with its month or year before it: "18日", "3月18日", "2026年3月18日"
_ZH_DATE = re.compile(r"(?:[0-9０-９]{4}年)?(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}[日号號]")
# what an unnamed speaker is to a body ("관계자", an official of it; "책임자", the one in charge; "측", its side)
_KO_DESCRIPTIONS = frozenset({"관계자", "관계자들", "책임자", "측", "직원", "직원들", "근로자", "주민", "주민들", "목격자"})
_KO_BODY = re.compile(r"[가-힣]+(?:부|청|처|국|당|은행|위원회|공장|회사|업체|병원|학교|경찰|소방서|소방본부|센터)\Z")


def zh_name_before_time(phrase: str) -> str | None:
    """The name that opens ``phrase`` when a time word follows it ("林志明当晚发表感言" is 林志明), else None."""
    surname = 2 if phrase.startswith(tuple(_ZH_DOUBLE_SURNAMES)) else 1 if phrase[:1] in _ZH_SURNAMES else 0
    if not surname:
        return None
    for end in range(surname + 1, min(len(phrase), surname + 3) + 1):
        if _ZH_TIME_AFTER_NAME.match(phrase, end) and end >= 2:
            return phrase[:end]
    return None


def zh_cut_at_date(phrase: str) -> str:
    """``phrase`` up to the day written in figures after its subject ("王部长18日上午在记者会上" is 王部长); a phrase
    that opens with the date ("18日抵达的王部长", the minister who arrived on the 18th) is left whole."""
    m = _ZH_DATE.search(phrase)
    if m is None or m.start() < 2:
        return phrase
    return phrase[: m.start()]


def ko_unnamed(words: list[str]) -> bool:
    """Whether a Korean speaker phrase names no one: it closes with a description ("공장 관계자"), or a title
    follows a body alone ("외교부 대변인")."""
    if not words:
        return False
    return words[-1] in _KO_DESCRIPTIONS or len(words) == 2 and _KO_BODY.fullmatch(words[0]) is not None


_ZH_TITLE_END = re.compile(rf"(?:{_ZH_TITLES})\Z")


def zh_ends_in_title(name: str) -> bool:
    """Whether the "name" read after a title ends in a title itself: then it is the rest of a body's name and its
    office, no name ("中央选举委员会主席" read "委员", member, then "会主席"; the committee's chairman is the whole
    description)."""
    return _ZH_TITLE_END.search(name) is not None


def ko_past_apposition(phrase: str, is_title: Callable[[str], bool]) -> str:
    """``phrase`` from the name a description or title with the copula "-인" sets in apposition before it ("회사 측인
    한울에너지" is 한울에너지; "대변인인 김민수" is 김민수); the phrase itself where no such word stands before a name."""
    words = phrase.split()
    joined = [i for i, w in enumerate(words[:-1]) if len(w) >= 2 and w.endswith("인") and (w[:-1] in _KO_DESCRIPTIONS or is_title(w[:-1]))]
    return " ".join(words[joined[-1] + 1 :]) if joined else phrase
