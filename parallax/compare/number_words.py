"""Whether a word is a number word in any language the quantities read: "Vier", "quatre", "четверо", "cinque".

:func:`parallax.compare.roles.role` reads a text without its language; where it must tell whether the word before
"of"/"von"/"из" and a second number is a number too ("Vier von fünf", "Четверо из пяти": a part of a whole), the
English reading alone missed every other language's.  A word is taken as a number where any language's number words
hold it (collective numerals among them: "четверо").
"""

from __future__ import annotations

from functools import lru_cache

from parallax.analyze.quantities.base import _WORDS


@lru_cache(maxsize=4096)
def number_word(word: str) -> bool:
    """Whether ``word`` (any case) is a number word of one of the languages read."""
    low = word.lower()
    return any(low in words for words in _WORDS.values())
