"""A Japanese lead's place in kanji with no word of rank, run into its particle: "大阪で火災" (a fire in Osaka).

:mod:`.han_places` reads a kanji place before its word of rank ("大阪市で", "兵庫県の"), and :mod:`.japanese_places` a
katakana one before で; a headline and a lead as often write a Japanese city bare before で ("大阪で火災、3人死亡",
"5日未明、京都で住宅が全焼"), and such a lead named no place, so a fire in Osaka and one in Kobe told in Japanese could
join one story (stories53 left it).  Here a run of two or three kanji before で, にある, にて or において is a place where
it opens its clause (the start of the title or sentence, or after a punctuation mark: a run after の or another word is
a common noun's part, "工場の現場で"), and it is no common noun: で also marks the cause or means ("火災で3人死亡",
died in a fire), the medium ("会見で", at a press conference) and a common place ("工場で", at a factory), so a run
ending in a head of such a noun (場 place, 所, 院, 社, 校, 館, 店, 宅, 室, 駅; 内 inside, 上, 中, 外, 前, 後, 部, 地, 側,
辺) or that is a word of event or speech below is none.  The place is kept in kanji and meets a Latin name by its
reading ("大阪" / "Osaka", :func:`.han_places.han_place_read`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from parallax.letters import HAN

_HEADS = "場所院社校館店宅室駅内上中外前後部地側辺先元"
# events, speech and means that stand before で as its cause, occasion or medium
_WORDS = frozenset(
    "火災 火事 地震 事故 爆発 衝突 事件 銃撃 豪雨 大雨 洪水 台風 噴火 津波 雪崩 停電 感染 会見 会談 会議 電話 声明 裁判 選挙 "
    "試合 大会 調査 取材 発表 報道 番組 新聞 書面 投稿 自分 全国 各国 同日 同市 同県 同国 同町 同村".split()
)
_PLACE = re.compile(rf"(?:^|(?<=[、。，,「『（(\s]))(?P<place>[{HAN}々]{{2,3}})(?=で|にある|にて|において|における)")


def kanji_places(lead: Iterable[str]) -> list[str]:
    """The kanji places of a Japanese lead (title and opening sentences, each apart) written without a word of rank
    before their particle (see the module docstring), in text order, each once."""
    out: list[str] = []
    for part in lead:
        for m in _PLACE.finditer(part):
            place = m.group("place")
            if place[-1] in _HEADS or place in _WORDS or place[0] == "同" or place in out:
                continue
            out.append(place)
    return out
