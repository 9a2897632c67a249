"""A Chinese name in characters against a name in the mainland press's pinyin: one person, two, or not told.

:func:`parallax.sounds.same_han_name` reads a Chinese name by pypinyin's one reading of each word, and anything it
does not read stays undecided, never another person.  Two gaps followed.  Pinyin's "ü" is printed "ü", "u" or "yu"
by the press ("Lü", "Lu", "Lyu") and read "v" by pypinyin, so "吕大良" was never "Lü Daliang"; and a surname of
two readings is read as the common word ("单" dan, the surname Shan).  And a quotation one report gave to "Lü
Daliang" and the Chinese one to "王建国" (Wang Jianguo) was no misattribution, since characters carry no sound key.

Here every reading of each character counts, "ü" and "v" are read "u" on both sides, and a name that is read is one
person.  A name that is not read is another person only where the Latin name is plainly mainland pinyin: two words
with no hyphen (Hong Kong and Taiwan write "Chan Tai-man", "Ko Wen-je"), each cut wholly into pinyin syllables, one
syllable to a character ("Lee Hsien Loong", Wade-Giles, is none; nor "Kenji Sato", Japanese).  Then the characters
cannot be that name: the press spells a mainland Chinese name in the pinyin of its characters.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from parallax.letters import HAN, fold

_NAME = re.compile(f"[{HAN}]{{2,4}}")
_MAX_READINGS = 256  # combinations of the characters' readings tried (three characters of four readings: 64)


def _u(reading: str) -> str:
    """A reading with pinyin's "ü" as the press may print it: "ü", "v", "yu" after l or n, all "u"."""
    return re.sub(r"(?<=[ln])yu", "u", reading.replace("ü", "u").replace("v", "u"))


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    """Every toneless pinyin syllable with a vowel (not the interjections "m", "ng", "hm"), "ü" read "u"."""
    from pypinyin.constants import PINYIN_DICT
    from pypinyin.contrib.tone_convert import to_normal

    found = {_u(to_normal(r, v_to_u=False)) for v in PINYIN_DICT.values() for r in v.split(",")}
    return frozenset(s for s in found if re.search("[aeiou]", s))


def _cuts(word: str) -> set[int]:
    """The numbers of pinyin syllables ``word`` can be cut into wholly (empty where it cannot)."""
    syllables = _syllables()
    counts: list[set[int]] = [set() for _ in range(len(word) + 1)]
    counts[0].add(0)
    for i in range(len(word)):
        if counts[i]:
            for j in range(i + 1, min(len(word), i + 6) + 1):
                if word[i:j] in syllables:
                    counts[j].update(n + 1 for n in counts[i])
    return counts[len(word)]


def _readings(han: str) -> set[str]:
    from pypinyin import Style, pinyin

    each = [[_u(r) for r in rs] for rs in pinyin(han, style=Style.NORMAL, heteronym=True)]
    return {"".join(c) for c in itertools.islice(itertools.product(*each), _MAX_READINGS)}


def pinyin_name(han: str, latin: str) -> bool | None:
    """True where ``han`` (a Chinese name of two to four characters) reads as ``latin`` by any reading of its
    characters, either order; False where ``latin`` is a mainland pinyin name it cannot read as (see the module
    docstring); None otherwise."""
    if not _NAME.fullmatch(han) or not latin.isascii() and not fold(latin).isascii():
        return None
    words = [_u(fold(w).lower().replace("'", "").replace("’", "")) for w in latin.split()]
    if not words or not all(w.replace("-", "").isalpha() and w.replace("-", "").isascii() for w in words):
        return None
    readings = _readings(han)
    plain = [w.replace("-", "") for w in words]
    if "".join(plain) in readings or "".join(reversed(plain)) in readings:
        return True
    if len(words) != 2 or any("-" in w for w in words):
        return None
    if len(han) in {a + b for a in _cuts(words[0]) for b in _cuts(words[1])}:
        return False
    return None
