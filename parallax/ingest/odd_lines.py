"""Lines that are no prose by their make-up alone: text disguised with look-alike letters.

An advert that wants past spam filters writes its words with Cyrillic letters that look Latin ("Аdvеrtіѕе wіth
us", where А, е, і, ѕ are Cyrillic): a word that mixes the two alphabets is no word of any language, and a
line of many such words is that advert (a Russian text naming "iPhone" keeps its words whole, each in one
alphabet).  Found on the trafilatura set's dev pages.  (A line that is a bare web address is not dropped: under
a label, "Ticketing" / "www.example-theatre.com", it is the article's information.)
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_MIN_MIXED_WORDS, _MIN_MIXED_SHARE = 3, 0.2


def is_disguised(line: str) -> bool:
    """Whether many of the line's words mix Latin and Cyrillic letters (look-alike letters hiding an advert)."""
    words = _WORD.findall(line)
    mixed = sum(1 for w in words if _LATIN.search(w) and _CYRILLIC.search(w))
    return mixed >= _MIN_MIXED_WORDS and mixed >= _MIN_MIXED_SHARE * len(words)
