"""Where a Japanese or Chinese lead says its event happened, in kanji or hanzi: the name before 市, 県, 省 …

Japanese writes its own places and China's in kanji ("大阪市で", "福岡県の工場で"), Chinese all its places in hanzi
("重庆市一家化工厂", "四川省发生地震"); neither marks a name with a capital, so the event places of a lead
(:mod:`.event_places`) held only the katakana names of :mod:`.japanese_places`, and two Chinese reports of two fires
in two cities the same night, told in the same words, joined one story.  What marks a place in both is the word of
its rank written after it: 市 (city), 県/省 (prefecture, province), 府, 都, 州, 区/區, 町/村/県 (town, village,
county).  So a place here is a run of two or three characters right before one of these, where the run opens its
clause: after a punctuation mark, a kana (Japanese particles are written in kana: "…の大阪市で"), the start of the
lead, a Chinese word of place or source (在 at, 于 in, 据 according to, 从 from, 、 and), or a rank word before it
("广东省深圳市": Shenzhen, in Guangdong province).  A run inside a longer
one is part of a word, not a name.  Not places: a compound that is a word with 市 (上市 listed on a stock market, 股市
stock market, 超市 supermarket, 城市/都市 city, 夜市/菜市 night and food market, 门市 shop), and 市 before 场/場 (market)
or 值 (value).

The name is kept as written.  The rule that two leads of two places are two events reads places only within one
script (:meth:`parallax.stories.story_signals.StorySignals.signals`), and a Japanese or Chinese place meets the same
characters among the other side's words (pairs of characters, :func:`parallax.stories.features.content_words`),
so an English report's "Osaka" is never set against "大阪".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from parallax.letters import HAN

_KANA = "\u3040-\u30ff"
_RANK = {"ja": "市県府都道州区町村郡", "zh": "市省县縣州区區镇鎮"}
_OPENS = {"ja": "", "zh": "在于於据據从從、" + _RANK["zh"]}  # Han characters after which a Chinese place may begin ("广东省深圳市")
_NOT_NAME_END = "上股超城夜菜门門"  # before 市: a word of its own (上市, 股市, 超市, 城市, 夜市, 菜市, 门市)
MAX_PLACES = 6


def _pattern(language: str) -> re.Pattern[str]:
    opens = _OPENS[language]
    before = rf"(?<![{HAN}々])" + (rf"|(?<=[{opens}])" if opens else "")
    after = rf"(?![{HAN}])" if language == "ja" else r"(?![场場值])"  # Japanese: a kana or mark follows the rank word
    return re.compile(rf"(?:{before})(?P<place>[{HAN}々]{{2,3}}?)(?P<rank>[{_RANK[language]}]){after}")


_PATTERNS = {language: _pattern(language) for language in _RANK}


def han_places(lead: Iterable[str], language: str) -> list[str]:
    """The event places a Japanese or Chinese lead (title and opening sentences, each apart) names in kanji or hanzi,
    in text order, each once (see the module docstring); empty for another language."""
    pattern = _PATTERNS.get(language)
    if pattern is None:
        return []
    out: list[str] = []
    for part in lead:
        for m in pattern.finditer(part):
            place = m.group("place")
            if m.group("rank") == "市" and place[-1] in _NOT_NAME_END:
                continue
            if place not in out:
                out.append(place)
    return out[:MAX_PLACES]
