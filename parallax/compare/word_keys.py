"""The key an English content word is matched by in alignment: its light stem.

Alignment's shared-words feature (:func:`.align.pair_features`) compared words as written, so two reports that
tell one act in two forms of a word met on meaning alone: "Fired Accountant Goes on Shooting Spree" / "... charged
with murder in office shootings", "will be hosting the Oscars" / "Returns to Host the Oscars".  Two English
sentences are now compared on their words' light stems (plural, past and -ing endings cut: "shootings",
"shooting" and "shoot" are one key).  Other languages, and an English sentence against one in another language,
keep the words as written (a name's stem, "jon" for "Jones", would miss the other language's "jones").
"""

from __future__ import annotations

_SUFFIXES = ("ings", "ing", "ies", "ied", "ed", "es", "s")


def stem(word: str) -> str:
    """A light English stem: the plural, past and -ing endings cut where at least four letters stay ("shootings" and
    "shooting" are "shoot"; "injuries" is "injur"), a final "e" dropped ("charge" and "charged" are "charg")."""
    if word.endswith(("ss", "us", "is")):
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


def word_keys(words: set[str]) -> set[str]:
    """The keys of a sentence's lower-case English content words."""
    return {stem(w) for w in words}
