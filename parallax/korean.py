"""Korean words in the Latin spelling the press of other languages uses for Korean names.

Korean places are spelt in Latin letters by the Revised Romanization ("부산" Busan, "서울" Seoul, "인천"
Incheon, "해운대" Haeundae), and people mostly by older conventions ("이재명" Lee Jae-myung, "윤석열" Yoon
Suk-yeol).  The coarse sound keys of :mod:`parallax.sounds` are too short to trust for such names (Busan has
three consonant classes), so a Korean word is also written here in the Revised Romanization, and both that
spelling and a Latin name are brought to one press form (:func:`press_form`) that keeps the vowels: "eo", "eu"
and "o" as "u", "ae" as "e" ("myeong" and "myung" are one), so two spellings of one name meet exactly, while a
spelling of five letters or more (:data:`MIN_LETTERS`, counted before the vowels are brought together) rarely
meets another word by chance.  A Korean personal name is written as one
word, surname first: its given name (the syllables after the first) is spelt on its own too, as the press
writes it apart ("Jae-myung").
"""

from __future__ import annotations

import re
import unicodedata

_INITIALS = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()
_MEDIALS = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
_FINALS = "- k k k n n n t l k m l l l p l m p p t t ng t t k t p t".split()
_HANGUL = re.compile("[\uac00-\ud7a3]+")
# the Revised Romanization's vowels brought to the press's ("Suk", "Myung", "Jae"), longest first
_PRESS = (("yeo", "yo"), ("eo", "o"), ("eu", "u"), ("ae", "e"), ("o", "u"))
_NOT_LETTER = re.compile(r"[^a-z]")
MIN_LETTERS = 5  # a spelling this long is a name's, not a chance (as the readings of Chinese and Japanese)


def revised(word: str) -> str:
    """The Hangul syllables of ``word`` in the Revised Romanization, letter by letter (no sound changes
    across syllables but "ll" for two ㄹ: "울릉" is Ulleung); other characters are dropped."""
    out: list[str] = []
    last_final = ""
    for ch in "".join(_HANGUL.findall(unicodedata.normalize("NFC", word))):
        code = ord(ch) - 0xAC00
        initial, medial, final = _INITIALS[code // 588], _MEDIALS[(code % 588) // 28], _FINALS[code % 28]
        initial = "" if initial == "-" else ("l" if initial == "r" and last_final == "l" else initial)
        last_final = "" if final == "-" else final
        out.append(initial + medial + last_final)
    return "".join(out)


def press_form(latin: str) -> str:
    """A Latin spelling of a Korean name in one form for comparison (see the module)."""
    text = _NOT_LETTER.sub("", latin.lower())
    for a, b in _PRESS:
        text = text.replace(a, b)
    return text


def korean_keys(word: str) -> set[str]:
    """The press forms a Korean word may be a name by: the whole word, and the given name of a word of three
    syllables (a person's name, surname first); only forms of :data:`MIN_LETTERS` letters or more."""
    syllables = "".join(_HANGUL.findall(unicodedata.normalize("NFC", word)))  # (folded words come decomposed)
    spellings = [revised(syllables)] + ([revised(syllables[1:])] if len(syllables) == 3 else [])
    return {press_form(r) for r in spellings if len(r) >= MIN_LETTERS}


def long_enough(name: str) -> bool:
    """Whether a Latin name token is long enough to be heard by its press form (:data:`MIN_LETTERS` letters)."""
    return len(_NOT_LETTER.sub("", name.lower())) >= MIN_LETTERS
