"""One name in the spellings of several presses: "Glapiński" / "Glapinski" / "Глапинский", "Tsivilev" /
"Ziwilew" / "Tsiviliov", "Tchaikovsky" / "Tschaikowski" / "Czajkowski".

Each language's press writes a foreign name in its own letters: English drops the diacritics, and a Cyrillic
name is transliterated by each language's rules (ц is "ts" in English and French, "z" in German, "c" in
Polish; ч "ch", "tsch", "tch", "cz"; й "y", "j", "ï" or nothing).  Compared letter by letter, two reports
of one speaker then read as two people, and a faithful translation of a quotation was called misattributed.
The key here folds the accents, writes every spelling of a hushing or hissing sound, and of х ("kh", "ch"),
as "s", and the semivowel ("j", "y") as nothing, then takes the consonant classes of
:func:`parallax.sounds.sound_key`: what these spellings keep in common.
"""

from __future__ import annotations

import re

from parallax.letters import fold, to_latin
from parallax.sounds import sound_key

# longest first, so "schtsch" is one sound and not "sch" then "tsch"
_HUSHING = re.compile(r"schtsch|shch|chtch|szcz|tsch|tch|sch|sh|sz|cz|zh|kh|ch|ts|tz")
_MIN_SURNAME = 4  # consonant classes a surname needs before its key may say two spellings are one name


def press_key(word: str) -> str:
    """The consonant classes a name word keeps in every press spelling of it ("" for none)."""
    text = _HUSHING.sub("s", fold(to_latin(word.lower())).replace("ł", "l"))
    return sound_key(text.replace("j", "y"))


def one_name_spelt_twice(short: list[str], long: list[str]) -> bool:
    """Whether two names (their words in lower case, surname last) are one name in two presses' spellings: the
    surnames share a key of four classes or more (a shorter one, "Novak" / "Nowak", tells too little), and the
    given names, where both give one, share theirs ("Sergej" / "Sergueï" / "Сергей")."""
    if not short or not long or len(press_key(short[-1])) < _MIN_SURNAME or press_key(short[-1]) != press_key(long[-1]):
        return False
    given_a, given_b = short[:-1], long[:-1]
    if not given_a or not given_b:
        return True
    return any(press_key(x) == press_key(y) for x in given_a for y in given_b)
