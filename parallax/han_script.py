"""Chinese in its two scripts: "我们将全力救治伤员" is "我們將全力救治傷員", the same words printed in simplified
characters (the mainland's) and in traditional ones (Taiwan's and Hong Kong's).

A quotation or a name one outlet prints in one script and another outlet in the other is a transliteration, not a
change of words, as Serbian in Cyrillic and in Latin letters is (:mod:`parallax.serbian_script`); read character by
character it looked "altered" and the two reports of one statement conflicted.  :func:`one_han_script` writes such a
pair in one script for the comparers (quotation fidelity, speakers, word choice): first the characters of the cue
tables (:func:`parallax.analyze.quotes.uncased_cues.zh_simplified`, among them "於" and "後", whose simplified forms
Big5 holds too), then each character only one side has that is a traditional form -- outside GB 2312 (the simplified
set) but in Big5 -- and has exactly one partner on the other side, a GB 2312 character with the same reading in pinyin
with its tone ("傷" and "伤", shang1; "週" and "周", zhou1).  Two characters of one script are never one by their sound:
"员" and "园" stay two.  Only what is compared changes; the text shown stays as printed.
"""

from __future__ import annotations

import re
from functools import lru_cache

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def _encodes(char: str, codec: str) -> bool:
    try:
        char.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


@lru_cache(maxsize=8192)
def _reading(char: str) -> str:
    from pypinyin import Style, lazy_pinyin  # loaded only for Chinese text

    return lazy_pinyin(char, style=Style.TONE3)[0]


def _traditional_only(char: str) -> bool:
    return not _encodes(char, "gb2312") and _encodes(char, "big5")


def one_han_script(a: str, b: str) -> tuple[str, str]:
    """``a`` and ``b`` with the traditional characters either writes for the other's simplified ones in the
    simplified form (offsets unchanged: one character for one); texts without Han characters on both sides as
    they are."""
    if not (_HAN.search(a) and _HAN.search(b)):
        return a, b
    from parallax.analyze.quotes.uncased_cues import zh_simplified

    a, b = zh_simplified(a), zh_simplified(b)
    if a == b:
        return a, b
    only_a = {c for c in set(a) - set(b) if _HAN.match(c)}
    only_b = {c for c in set(b) - set(a) if _HAN.match(c)}
    table: dict[str, str] = {}
    for own, other in ((only_a, only_b), (only_b, only_a)):
        for char in own:
            if not _traditional_only(char):
                continue
            partners = [c for c in other if _encodes(c, "gb2312") and _reading(c) == _reading(char)]
            if len(partners) == 1:
                table[char] = partners[0]
    if not table:
        return a, b
    fold = str.maketrans(table)
    return a.translate(fold), b.translate(fold)
