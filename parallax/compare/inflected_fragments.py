"""A quoted fragment whose words took the case of the reporter's sentence: "von einem „wichtigen Schritt“".

German, and the other languages that decline, fit a fragment of a quotation into their own sentence: the speaker's
"ein wichtiger Schritt für die Stadt" becomes "sprach von einem „wichtigen Schritt für die Stadt“".  The words are
the speaker's, with an ending changed; the fragment is a cut of the quotation (``trimmed``), not another quote
("wichtigen Schritt" / "ein wichtiger Schritt" stayed two quotations of one source, or one "altered").
"""

from __future__ import annotations

_STEM = 4  # letters two forms of one word share at least ("wichtig-en" / "wichtig-er")
# the endings a declension adds or changes (German "-e", "-en", "-er", "-es", "-em", "-n", "-s"; Dutch "-e"): not a
# tense ("walked" / "walks" is another word of the speaker's)
_ENDINGS = frozenset({"", "e", "n", "r", "s", "m", "en", "er", "es", "em", "ns"})


def _one_word(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one word in two forms: the same, or a shared stem with short endings."""
    if a == b:
        return True
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n >= _STEM and a[n:] in _ENDINGS and b[n:] in _ENDINGS


def inflected_cut(short: list[str], long: list[str]) -> bool:
    """Whether ``short`` (two words or more, shorter than ``long``) stands in ``long`` as one run, each word the
    same or another form of it, one at least changed."""
    n = len(short)
    if n < 2 or n >= len(long):
        return False
    return any(
        all(_one_word(x, y) for x, y in zip(short, long[i : i + n], strict=True)) and short != long[i : i + n]
        for i in range(len(long) - n + 1)
    )
