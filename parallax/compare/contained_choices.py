"""A phrase against a longer one that holds all its words: more said, not another word chosen.

"The party took 38% of the vote" / "The National Union, the main conservative party, finished second": the
pair "party" / "main conservative party" was shown as a choice of words.  One side that keeps every content
word of the other and adds its own says more of the same thing (a description, a qualifier); a choice of
words replaces a word ("rioters" / "protesters", "main party" / "largest party").  Words are compared as the
word diff compares them (:mod:`.wording`: case, apostrophes, one word in two forms, "party" / "parties");
function words do not count.
"""

from __future__ import annotations

from parallax.compare.wording import _WORD, _function, _key, _same_stem, _stops


def one_inside(a: str, b: str, lang_a: str | None, lang_b: str | None) -> bool:
    """Whether the content words of one of two phrases all stand among the other's, which has more of them."""
    stops = _stops(lang_a, lang_b)
    ka, kb = ([_key(w) for w in _WORD.findall(p) if not _function(w.lower(), stops)] for p in (a, b))
    short, long_ = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
    return bool(short) and len(long_) > len(short) and all(any(x == y or _same_stem(x, y) for y in long_) for x in short)
