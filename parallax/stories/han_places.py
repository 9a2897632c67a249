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
and across scripts by its reading (stories53): "大阪" is "Osaka" by the Hepburn readings of its kanji, "成都"
"Chengdu" by its pinyin (:func:`parallax.sounds.same_han_name`), so a story told in English and Japanese that names
Osaka and a Japanese report of "大阪市" are one place.  A Latin name shorter than five letters is not read ("Kobe"):
short readings meet by chance.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from parallax.han_readings import _press_romaji, _romaji, pinyin_readings
from parallax.letters import HAN, fold
from parallax.sounds import same_han_name
from parallax.stories.kanji_places import kanji_places

_KANA = "\u3040-\u30ff"
_RANK = {"ja": "市県府都道州区町村郡", "zh": "市省县縣州区區镇鎮"}
# Han characters after which a place may begin: a rank word ("广东省深圳市", "東京都新宿区": Shinjuku, in Tokyo)
_OPENS = {"ja": _RANK["ja"], "zh": "在于於据據从從、" + _RANK["zh"]}
_NOT_NAME_END = "上股超城夜菜门門"  # before 市: a word of its own (上市, 股市, 超市, 城市, 夜市, 菜市, 门市)
MAX_PLACES = 6


def _pattern(language: str) -> re.Pattern[str]:
    opens = _OPENS[language]
    before = rf"(?<![{HAN}々])" + (rf"|(?<=[{opens}])" if opens else "")
    # Japanese: a kana or mark follows the rank word, or places of lower ranks ("東京都" in "東京都新宿区の", and in
    # "東京都新宿区歌舞伎町の", stories60), and after a ward the name of its quarter ("東京都渋谷区道玄坂の")
    rank = _RANK[language]
    quarter = rf"(?<=区)[{HAN}]{{1,3}}"
    lower = rf"(?=(?:[{HAN}]{{1,3}}[{rank}]){{1,2}}(?:{quarter})?(?![{HAN}]))|(?={quarter}(?![{HAN}]))"
    after = rf"(?:(?![{HAN}])|{lower})" if language == "ja" else r"(?![场場值])"
    return re.compile(rf"(?:{before})(?P<place>[{HAN}々]{{2,3}}?)(?P<rank>[{_RANK[language]}]){after}")


_PATTERNS = {language: _pattern(language) for language in _RANK}

# A Chinese place without its word of rank: the news writes "在成都发生" (in Chengdu occurred), "成都一家化工厂" (a
# chemical plant in Chengdu), "土耳其东部发生地震" (in eastern Turkey occurred), no 市 or 省 after the name.  Such a
# name is read where what follows it can only follow a place: a verb of occurrence after 在/于 (at, in: "在X发生",
# "于X举行"), or, where the name opens its clause, a count of one thing in it ("一家", "一处": one firm, one site) or a
# part of a country ("东部": the east of).  A run followed by 时间 is a clock ("北京时间": Beijing time), no event place,
# and is never read: 时 is no follower.  Runs holding a word of grammar (这 this, 是 is, 的 of …) or opening on a
# pointing word (该 the said, 其 its: "该国东部") are no names.
_FOLLOW_AT = "发生|發生|举行|舉行|爆发|爆發|遭遇|出现|出現"
_FOLLOW_OPEN = "一家|一处|一處|一座|一栋|一棟|一所|一间|一間|一名|东部|西部|南部|北部|中部|东南部|西南部|东北部|西北部"
_NOT_IN_NAME = "的了是这這那为為被将將把对對和与與及等在于於"
_UNRANKED = re.compile(
    rf"(?:(?<=[在于於])(?P<at>[{HAN}]{{2,3}}?)(?={_FOLLOW_AT})|(?<![{HAN}\d])(?P<open>[{HAN}]{{2,3}}?)(?={_FOLLOW_OPEN}))"
)


def unranked_places(part: str) -> list[str]:
    """The Chinese places of a lead's part written without a word of rank (see the comment above), in text order."""
    out: list[str] = []
    for m in _UNRANKED.finditer(part):
        place = m.group("at") or m.group("open")
        if any(c in _NOT_IN_NAME for c in place) or place[0] in "该該其此本":
            continue
        if place not in out:
            out.append(place)
    return out


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
        if language == "zh":  # and a place without its word of rank ("在成都发生")
            out.extend(p for p in unranked_places(part) if p not in out)
        if language == "ja":  # and one run into its particle ("大阪で火災", :mod:`.kanji_places`)
            out.extend(p for p in kanji_places([part]) if p not in out)
    return out[:MAX_PLACES]


_HAN_WORD = re.compile(f"[{HAN}々]{{2,4}}")
HAN_LANGUAGES = frozenset(_RANK)  # the languages whose places this module reads


def is_han_place(place: str) -> bool:
    """Whether a place token is written in kanji or hanzi."""
    return bool(_HAN_WORD.fullmatch(place))
_READ_MIN = 5  # letters of a Latin name a reading must meet (as :func:`parallax.sounds.same_han_name` asks)


def han_place_read(place: str, names: Iterable[str], words: Iterable[Mapping[str, int] | Iterable[str]]) -> bool:
    """Whether a place in kanji or hanzi is one of the Latin ``names`` of the other side by its reading, or a Latin
    place (five letters or more) is read in the other side's words written in kanji or hanzi (see the module docstring)."""
    if _HAN_WORD.fullmatch(place):
        return any(same_han_name(place, n) for n in names if n.isascii())
    if len(place) < _READ_MIN or not place.isascii():
        return False
    return any(same_han_name(w, place) for bag in words for w in bag if _HAN_WORD.fullmatch(w))


_PLACE_READ_MIN = 4  # letters of a Latin place another side's place in kanji or hanzi may meet ("Kobe" / "神戸")


def same_place_read(place: str, other: str) -> bool:
    """Whether two event places, one in kanji or hanzi and one in Latin letters of four letters or more, are one place
    by its reading ("神戸" / "Kobe", "西安" / "Xian").  A reading of four letters meets some word of any long text by
    chance, so :func:`han_place_read` asks five of a name against a side's names and words; two sides' event places
    are a handful each, where a chance meeting of four letters is rare (stories54)."""
    han, latin = (place, other) if _HAN_WORD.fullmatch(place) else (other, place)
    if not _HAN_WORD.fullmatch(han) or not latin.isascii() or not latin.isalpha() or len(latin) < _PLACE_READ_MIN:
        return False
    latin = fold(latin)
    return latin in pinyin_readings(han) or _press_romaji(latin) in {r.replace("'", "") for r in _romaji(han)}
