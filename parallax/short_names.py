"""Whole names of short words in two scripts: "Avi Cohen" / "דני לוי" are two people.

:func:`parallax.sounds.same_name_by_sound` tells two names apart only where every word has a sound key of three
consonant classes, and joins them word by word only where each word has two.  Hebrew, like Arabic, writes few
vowels, and the common Hebrew names are short: "כהן" (Cohen) and "לוי" (Levi) have keys of two classes and one,
"אבי" (Avi) of one.  So a quotation the English report gave to
Avi Cohen and the Hebrew one to "דני לוי" (Dani Levi) was never found misattributed: nothing could be told.

A whole name of two or more words is more than its words: here two such names are two people where no word of one
meets any word of the other, neither equal nor one key the start of the other's (a vav read as
a vowel drops the "v" of "לוי": "Levi" is "lv" in Latin letters and "l" in Hebrew), and each name has three classes
in all.  That two such names are one name is not told so ("Ali Nour" / "علي نور": "Ali" is one consonant, and a
one-class word meets by chance too often); one short word alone (a surname) tells nothing either way.
"""

from __future__ import annotations


def _keys(words: list[str]) -> list[str] | None:
    from parallax.sounds import sound_key  # (here: parallax.sounds imports this module)

    keys = [sound_key(w) for w in words]
    return keys if all(keys) and sum(map(len, keys)) >= 3 else None


def short_words_name(wa: list[str], wb: list[str]) -> bool | None:
    """False where no word of one name of two or more words meets a word of the other (:mod:`parallax.short_names`),
    None where that cannot be told (a word meets, a name of one word, a word with no key)."""
    if len(wa) < 2 or len(wb) < 2 or (ka := _keys(wa)) is None or (kb := _keys(wb)) is None:
        return None
    if any(x.startswith(y) or y.startswith(x) for x in ka for y in kb):
        return None
    return False
