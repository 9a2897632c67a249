"""Chinese characters and Japanese kanji read in the Latin letters of the press: pinyin and Hepburn romaji.

Characters carry no consonants a sound key could compare, so :mod:`parallax.sounds`
hears a Chinese or Japanese word by its reading instead ("深圳" shenzhen, "東京"
tokyo).  The readings need dictionaries (pypinyin, pykakasi, loaded only for
texts in those languages) and nothing of the sound keys, so they live apart from
:mod:`parallax.sounds` (which had grown past 330 lines); their names stay
importable from there (:mod:`parallax.compare.heard_anchors` imports them so).
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.letters import HAN

# letters: "Futian", "Wuhan", "Ishiba", "Tokyo"; not "Li", "Qin", "Ueda", whose reading many words share
_READING_MIN = 5


_ALL_KANJI = re.compile(f"[{HAN}々]+")
# the press writes a long vowel once ("Tokyo" for toukyou, "Osaka" for oosaka, "Ohno" and "Ono" alike)
_LONG_VOWEL = re.compile(r"(?<=o)[ou]|(?<=u)u|(?<=o)h(?![aeiouy])")


def _press_romaji(reading: str) -> str:
    return _LONG_VOWEL.sub("", reading)


@lru_cache(maxsize=65536)
def _romaji(word: str) -> tuple[str, ...]:
    """The readings of a Japanese word in kanji in the romaji of the press: the Hepburn reading of
    each word pykakasi's dictionary finds in it, and of the whole when it finds several ("名古屋"
    → nagoya; "石破茂" → ishiba, shigeru, ishibashigeru), long vowels once (:func:`_press_romaji`:
    "東京" → tokyo).  A kanji pair that is no word gets the readings of its characters: noise, but
    noise that rarely spells a name of five letters."""
    from parallax.analyze.segment import kakasi  # loaded only for Japanese texts

    parts = [_press_romaji(part["hepburn"].lower()) for part in kakasi().convert(word)]
    return tuple(parts) + (("".join(parts),) if len(parts) > 1 else ())


_HAN = re.compile(f"[{HAN}]")


@lru_cache(maxsize=65536)
def _pinyin(word: str) -> str:
    """A Chinese word in toneless pinyin ("深圳" → "shenzhen"), read with pypinyin's word list so a
    character with two readings takes the one the word gives it; other characters as they are."""
    if not _HAN.search(word):
        return word
    from pypinyin import lazy_pinyin  # loaded only for Chinese texts: its tables take half a second

    return "".join(lazy_pinyin(word))


_HETERONYM_COMBINATIONS = 8  # readings of a word with several characters of two readings kept at most


@lru_cache(maxsize=65536)
def pinyin_readings(word: str) -> frozenset[str]:
    """A Chinese word's readings in toneless pinyin: :func:`_pinyin`'s, and those its characters of two readings give
    when the word list knows the word by none ("朝阳" alone is read "zhaoyang", "朝阳区" "chaoyang": Beijing's Chaoyang
    district, stories60), at most :data:`_HETERONYM_COMBINATIONS` of them (a name of many such characters keeps its one
    reading)."""
    first = _pinyin(word)
    if not _HAN.search(word):
        return frozenset({first})
    from itertools import product

    from pypinyin import Style, pinyin

    choices = pinyin(word, style=Style.NORMAL, heteronym=True)
    count = 1
    for options in choices:
        count *= len(options)
    if count > _HETERONYM_COMBINATIONS:
        return frozenset({first})
    return frozenset({first, *("".join(parts) for parts in product(*choices))})
