"""A foreign name written as one katakana word before its role in kanji: "ソムチャイ党首" (party leader Somchai).

Japanese writes a foreign person's role after the name, as it does a Japanese one's ("佐藤健一社長").  A name of
several parts is joined by the middle dot and read apart from its role (:data:`.uncased_names._JA_FOREIGN`), but a
name of one word (a Thai, Indonesian or Burmese given name, a surname alone: "ソムチャイ", "プラボウォ", "マクロン")
stood with a role outside the short title list ("党首", "議長代行", "報道担当") whole, so the speaker was the name and
its office, and met neither the same man's other quotations nor another report's "Somchai".  A kanji run that ends
in a character that closes Japanese words for posts (首 head, 長 chief, 官 officer, 員 member, 相 minister, 者, 表 in
代表, 領 in 大統領, 席 in 主席, 使 in 大使, 事 in 知事 ...), or is such a word and 代行 / 代理
(acting), is a role, and the katakana word before it the name.

A country or region before a title is no name: "ロシア大統領" is the Russian president, "フランス外相" the French
foreign minister; those names are kept whole (:data:`_PLACES`, the countries the press names most), as they were not
before, when the title list cut "ロシア" off as a speaker's name.
"""

from __future__ import annotations

import re

_KANA_ROLE = re.compile(r"(?P<kana>[ァ-ヺー]{2,12})(?P<role>[\u4e00-\u9fff々]{1,8})(?:さん|氏)?")
_ROLE_CLOSERS = frozenset("首長官員相者表領席使事士師授手将問督裁")
_PLACES = frozenset(
    "アメリカ ロシア フランス ドイツ イギリス イタリア スペイン ウクライナ インド ブラジル カナダ メキシコ トルコ イラン イラク "
    "イスラエル エジプト タイ ベトナム フィリピン インドネシア マレーシア シンガポール ミャンマー カンボジア ラオス パキスタン "
    "バングラデシュ スリランカ ネパール アフガニスタン サウジアラビア シリア レバノン ヨルダン カタール ポーランド オランダ ベルギー "
    "スイス オーストリア スウェーデン ノルウェー フィンランド デンマーク ギリシャ ハンガリー チェコ ルーマニア セルビア "
    "オーストラリア ニュージーランド アルゼンチン チリ ペルー コロンビア ベネズエラ キューバ ナイジェリア ケニア エチオピア "
    "モンゴル ソ連 アジア ヨーロッパ アフリカ パレスチナ ガザ ハマス ヒズボラ タリバン ＥＵ".split()
)


def ja_katakana_name(name: str) -> str | None:
    """The katakana name before its kanji role in the speaker phrase ``name`` (cut at its last の already):
    "ソムチャイ党首" is ソムチャイ; "" where the katakana word is a place ("ロシア大統領": no name, keep the phrase);
    None where the phrase is not a katakana word and a role."""
    m = _KANA_ROLE.fullmatch(name)
    if m is None:
        return None
    if m.group("kana") in _PLACES:
        return ""
    role = m.group("role").removesuffix("代行").removesuffix("代理")  # "議長代行": acting speaker
    return m.group("kana") if role and role[-1] in _ROLE_CLOSERS else None
