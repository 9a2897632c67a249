"""A phrase against a longer one that holds all its words: more said, not another word chosen.

"The party took 38% of the vote" / "The National Union, the main conservative party, finished second": the
pair "party" / "main conservative party" was shown as a choice of words.  One side that keeps every content
word of the other and adds two or more of its own says more of the same thing (a description); a choice of
words replaces a word ("rioters" / "protesters", "main party" / "largest party") or adds one that judges
("immigrants" / "illegal immigrants", a framing the word-choice sets count), so one added word stays a choice, and so does a name given a description, which the description may load.  Words are compared as the
word diff compares them (:mod:`.wording`: case, apostrophes, one word in two forms, "party" / "parties");
function words do not count.
"""

from __future__ import annotations

from parallax.compare.wording import _WORD, _function, _key, _same_stem, _stops

_ADDED = 2  # content words the longer side adds: a description, not one qualifier


def one_inside(a: str, b: str, lang_a: str | None, lang_b: str | None) -> bool:
    """Whether the content words of one of two phrases all stand among the other's, which adds two or more."""
    stops = _stops(lang_a, lang_b)
    wa, wb = ([w for w in _WORD.findall(p) if not _function(w.lower(), stops)] for p in (a, b))
    if any(w[:1].isupper() for w in (wa if len(wa) <= len(wb) else wb)):
        return False  # a name described ("Kim Jong Un" / "North Korean dictator Kim Jong Un"): :mod:`.described_names`
    ka, kb = [_key(w) for w in wa], [_key(w) for w in wb]
    short, long_ = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
    return bool(short) and len(long_) >= len(short) + _ADDED and all(any(x == y or _same_stem(x, y) for y in long_) for x in short)
