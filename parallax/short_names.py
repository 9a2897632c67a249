"""Whole names of short words in two scripts: "Avi Cohen" / "דני לוי" are two people.

:func:`parallax.sounds.same_name_by_sound` tells two names apart only where every word has a sound key of three
consonant classes, and joins them word by word only where each word has two.  Hebrew, like Arabic, writes few
vowels, and the common Hebrew names are short: "כהן" (Cohen) and "לוי" (Levi) have keys of two classes and one,
"אבי" (Avi) of one.  So a quotation the English report gave to
Avi Cohen and the Hebrew one to "דני לוי" (Dani Levi) was never found misattributed: nothing could be told.

A whole name of two or more words is more than its words: here two such names are two people where no word of one
meets any word of the other, neither equal nor one key the start of the other's (a vav read as
a vowel drops the "v" of "לוי": "Levi" is "lv" in Latin letters and "l" in Hebrew), and each name has three classes
in all.  Two names of as many words whose keys are equal at every place are one name ("Avi Cohen" / "אבי כהן"):
a one-class word meeting a word anywhere in the other name is chance, but every word meeting the word at its place,
in order, is what one name transcribed does.  One short word alone (a surname) tells nothing either way.
"""

from __future__ import annotations


def _keys(words: list[str]) -> list[str] | None:
    from parallax.sounds import sound_key  # (here: parallax.sounds imports this module)

    keys = [sound_key(w) for w in words]
    return keys if all(keys) and sum(map(len, keys)) >= 3 else None


def short_words_name(wa: list[str], wb: list[str]) -> bool | None:
    """True where two names of as many words, two or more, meet word by word, each key equal to the key at its place
    ("Avi Cohen" / "אבי כהן": b, k n); False where no word of one meets a word of the other; None where that cannot be
    told (some words meet and others not, a name of one word, a word with no key).

    Names of as many words are read at their places, since a name keeps its order across these scripts: a word meets
    the other name's word at its place by its key or by the start of it (a vav read as a vowel), and a word elsewhere
    only by a key of two classes or more ("Avi", b, is the start of every name in b, p, f, v or w: "Avi Cohen" and
    "משה פרץ", Moshe Peretz, were never told apart)."""
    if len(wa) < 2 or len(wb) < 2:
        return None
    if _placed_prefixes(wa, wb):
        return True
    if (ka := _keys(wa)) is None or (kb := _keys(wb)) is None:
        return None
    placed = len(ka) == len(kb)
    if placed and ka == kb:
        return True

    def meets(i: int, x: str, j: int, y: str) -> bool:
        if x == y:
            return True
        prefix = x.startswith(y) or y.startswith(x)
        return prefix and (not placed or i == j or min(len(x), len(y)) >= 2)

    if any(meets(i, x, j, y) for i, x in enumerate(ka) for j, y in enumerate(kb)):
        return None
    return False


def _placed_prefixes(wa: list[str], wb: list[str]) -> bool:
    """Two names of as many words in which every word meets the word at its place, equal or one key the start of the
    other's (a vav read as a vowel: "Yossi Levi" / "יוסי לוי", s, l v / s, l), one of them with three classes in all:
    a Hebrew name of short words has too few classes for :func:`_keys`, but its Latin spelling has them, and every
    word meeting in order is one name transcribed."""
    from parallax.sounds import sound_key

    if len(wa) != len(wb):
        return False
    ka, kb = [sound_key(w) for w in wa], [sound_key(w) for w in wb]
    if not all(ka) or not all(kb) or max(sum(map(len, ka)), sum(map(len, kb))) < 3:
        return False
    return all(x.startswith(y) or y.startswith(x) for x, y in zip(ka, kb, strict=True))
