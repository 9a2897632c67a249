"""The consonants a foreign name keeps in every press's spelling of it, Chinese characters included.

Each press writes a foreign name in its own letters: English drops the diacritics ("Glapinski"), a Cyrillic
name is transliterated by each language's rules (ц is "ts" in English and French, "z" in German, "c" in
Polish; ч "ch", "tsch", "tch", "cz"; й "y", "j", "ï" or nothing), and the Chinese press spells it in
characters chosen for their sound (齐维廖夫 for Цивилев, qi-wei-liao-fu).  :func:`press_key` folds the
accents, writes every spelling of a hushing or hissing sound, and of х ("kh", "ch"), as "s" and the semivowel
as nothing, then takes the consonant classes of :func:`parallax.sounds.sound_key`: what the spellings keep in
common.  :func:`han_key` reads a run of the characters of transliteration the same way, from the consonant each
syllable starts with, so that a Chinese report's names can meet the names of the others (story grouping,
:func:`parallax.sounds.heard_keys`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.letters import fold, to_latin
from parallax.sounds import sound_key

# longest first, so "schtsch" is one sound and not "sch" then "tsch"
_HUSHING = re.compile(r"schtsch|shch|chtch|szcz|tsch|tch|sch|sh|sz|cz|zh|kh|ch|ts|tz")


def press_key(word: str) -> str:
    """The consonant classes a name word keeps in every press spelling of it ("" for none)."""
    text = _HUSHING.sub("s", fold(to_latin(word.lower())).replace("ł", "l"))
    return sound_key(text.replace("j", "y"))


# Characters the Chinese press spells foreign names with (after Xinhua's tables), less those common in
# ordinary words ("于", "多", "万", "比", "本", "加", "华", "国"), so that a run of three or more of them is a name
# far more often than a phrase: 莫斯科, 齐维廖夫, 斯托尔滕贝格.
_TRANSLITERATION = (
    "阿埃艾爱昂奥巴拜班邦鲍贝彼毕宾波伯博布查察楚达戴丹德登迪蒂厄恩尔菲费芬夫弗福富伽盖冈戈格根哈汉豪赫亨胡霍基吉贾杰捷"
    "卡凯坎科克肯库夸奎拉莱赖兰朗劳勒雷蕾里莉廖琳卢鲁伦罗洛吕马玛迈麦曼梅蒙米莫默姆穆纳娜奈尼妮涅纽努诺欧帕派潘佩彭皮"
    "普齐奇契恰乔钦琼丘瑞若萨塞桑瑟森沙莎舍什舒斯苏索塔泰坦特托瓦娃威韦维沃乌希锡谢雅亚扬耶伊尤约扎泽詹兹佐滕连平龙朔茨"
)
TRANSLITERATION_RUN = re.compile(f"[{_TRANSLITERATION}]{{3,}}")
# a pinyin syllable's opening consonant as a Latin press writes the sound: q, x, z, c, zh, ch, sh are hissing or
# hushing (齐 qi is "tsi", 西 xi "si"), but j is hard (基 ji is "ki", 斯基 "-sky"), w is v (维 wei is "vi"), and a syllable
# of "er" (尔) is r
_INITIAL = re.compile(r"^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?")
_LATIN_INITIAL = {"zh": "s", "ch": "s", "sh": "s", "j": "g", "q": "s", "x": "s", "z": "s", "c": "s", "w": "v", "y": "", "h": ""}


@lru_cache(maxsize=4096)
def han_key(run: str) -> str:
    """The consonant classes of a run of characters of transliteration, read as a Latin spelling of its sound
    ("莫斯科" m-s-k, "齐维廖夫" s-v-l-f as "Tsivilev"), or "" for a run that is none (:data:`TRANSLITERATION_RUN`)."""
    if not TRANSLITERATION_RUN.fullmatch(run):
        return ""
    from pypinyin import lazy_pinyin  # loaded only for Chinese texts

    spelt = []
    for syllable in lazy_pinyin(run):
        if syllable == "er":
            spelt.append("ar")
            continue
        initial = _INITIAL.match(syllable).group()
        final = syllable[len(initial) :]
        spelt.append(_LATIN_INITIAL.get(initial, initial) + ("an" if final.endswith(("n", "ng")) else "a"))
    return sound_key("".join(spelt))
