"""Persian printed with Arabic letters: "بانك مركزي" is "بانک مرکزی", the same words typed on an Arabic keyboard.

Persian writes its own yeh and kaf (ی U+06CC, ک U+06A9); an Arabic keyboard, a wire or an old content system puts the
Arabic ones in their place (ي U+064A, ك U+0643, and the alef maksura ى U+0649 for a final yeh), which look the same
in most fonts.  Compared as printed, a quotation one outlet types the Persian way and another the Arabic way was
"altered" and its speaker, "علي رضايي" against "علی رضایی", a second person: a misattribution.  As Serbian in two
scripts is one text (:mod:`parallax.serbian_script`), :func:`one_persian_spelling` writes both texts of a pair in the
Persian letters where either holds a letter only Persian (or Urdu) writes; two Arabic texts stay as printed (there
"على" and "علي" are two words).  One letter for one, so offsets hold.  Only what is compared changes; the text shown
stays as printed.
"""

from __future__ import annotations

import re

_PERSIAN = str.maketrans({"ي": "ی", "ك": "ک", "ى": "ی"})
# letters Persian and Urdu write and Arabic does not: the Persian yeh and kaf, گ پ چ ژ
_PERSIAN_ONLY = re.compile("[\u06cc\u06a9\u06af\u067e\u0686\u0698]")


def persian_letters(text: str) -> str:
    """``text`` with the Arabic yeh, alef maksura and kaf written as the Persian yeh and kaf."""
    return text.translate(_PERSIAN)


def one_persian_spelling(a: str, b: str) -> tuple[str, str]:
    """``a`` and ``b`` in the Persian letters where either holds a letter only Persian or Urdu writes; else as they are."""
    if not (_PERSIAN_ONLY.search(a) or _PERSIAN_ONLY.search(b)):
        return a, b
    return persian_letters(a), persian_letters(b)


# the joins Persian writes with a zero-width non-joiner, a space or nothing: the verb's prefix "می"/"نمی" ("می‌گیریم",
# "می گیریم", "میگیریم"), the plural "ها"/"های" and the comparative "تر"/"ترین" ("هفته‌ها", "هفته ها"; "آرام‌تر")
_JOINS = re.compile(
    "(?<![\\w\u200c])(ن?می)[ \u200c](?=\\w)|(?<=\\w)[ \u200c](ها|های|هایی|تر|ترین)(?![\\w\u200c])"
)


def persian_joined(text: str) -> str:
    """``text`` in Persian letters (:func:`persian_letters`) with the prefix "می" and the suffixes "ها", "تر" joined to
    their word with no mark where it holds a letter only Persian or Urdu writes (a space or a non-joiner there is
    typing, no other word); else as it is.  Not one letter for one: for texts compared as words, not by offsets."""
    if not _PERSIAN_ONLY.search(text):
        return text
    return _JOINS.sub(lambda m: m.group(1) or m.group(2), persian_letters(text)).replace("\u200c", "")
