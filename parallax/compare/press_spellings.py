"""One name in the spellings of several presses: "Glapiński" / "Glapinski" / "Глапинский", "Tsivilev" /
"Ziwilew" / "Tsiviliov", "Tchaikovsky" / "Tschaikowski" / "Czajkowski".

Each language's press writes a foreign name in its own letters: English drops the diacritics, and a Cyrillic
name is transliterated by each language's rules (ц is "ts" in English and French, "z" in German, "c" in
Polish; ч "ch", "tsch", "tch", "cz"; й "y", "j", "ï" or nothing).  Compared letter by letter, two reports
of one speaker then read as two people, and a faithful translation of a quotation was called misattributed.
The key (:func:`parallax.press_keys.press_key`) is what these spellings keep in common.
"""

from __future__ import annotations

from parallax.press_keys import press_key

_MIN_SURNAME = 4  # consonant classes a surname needs before its key may say two spellings are one name


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
