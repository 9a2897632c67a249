"""Chinese in its two scripts: "我们将全力救治伤员" is "我們將全力救治傷員", the same words printed in simplified
characters (the mainland's) and in traditional ones (Taiwan's and Hong Kong's).

A quotation or a name one outlet prints in one script and another outlet in the other is a transliteration, not a
change of words, as Serbian in Cyrillic and in Latin letters is (:mod:`parallax.serbian_script`); read character by
character it looked "altered" and the two reports of one statement conflicted.  :func:`one_han_script` writes both
texts of such a pair in simplified characters for the comparers (quotation fidelity, speakers, word choice) with
OpenCC's traditional-to-simplified tables (the ``opencc`` package, its dictionaries in the wheel), one character for
one so offsets hold.  Only what is compared changes; the text shown stays as printed.
"""

from __future__ import annotations

import re
from functools import lru_cache

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _converter():
    import opencc  # loaded only for Chinese text

    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """``text`` in simplified characters, one character for one (character by character where OpenCC's phrase
    tables would change the length)."""
    out = _converter().convert(text)
    if len(out) == len(text):
        return out
    return "".join(c if len(s := _converter().convert(c)) != 1 else s for c in text)


def one_han_script(a: str, b: str) -> tuple[str, str]:
    """``a`` and ``b`` in simplified characters where both hold Han characters; else as they are."""
    if not (_HAN.search(a) and _HAN.search(b)):
        return a, b
    return simplified(a), simplified(b)
