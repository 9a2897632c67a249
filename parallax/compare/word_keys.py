"""The key an English content word is matched by in alignment: its paraphrase class in news, else its light stem.

Alignment's shared-words feature (:func:`.align.pair_features`) compared words as written, so two reports that
tell one act in two forms of a word met on meaning alone: "Fired Accountant Goes on Shooting Spree" / "... charged
with murder in office shootings", "will be hosting the Oscars" / "Returns to Host the Oscars".  Two English
sentences are now compared on their words' light stems (plural, past and -ing endings cut: "shootings",
"shooting" and "shoot" are one key).  Other languages, and an English sentence against one in another language,
keep the words as written (a name's stem, "jon" for "Jones", would miss the other language's "jones").

The words news writes for one act or state are one key too: "injured", "hurt", "wounded"; "inquiry",
"investigating", "probe"; and so are the words for no person, "nobody", "no one", "none" ("No one was injured" /
"Nobody was hurt"; "Prosecutors have opened an inquiry into the incident" / "Prosecutors are investigating the
cause of the blaze" stayed two facts); so are the words of a forecast and its makers, "Economists had expected a
rise of 0.3%" / "Analysts had forecast growth of 0.4%", which stayed two facts and hid the conflict of their
figures.  Each class holds words of one sense only, whatever the story.
"""

from __future__ import annotations

import re

# one class per act or state that English news tells in several words; each word as :func:`stem` leaves it
_CLASSES: dict[str, tuple[str, ...]] = {
    "~injure": ("injur", "injury", "hurt", "wound"),
    "~nobody": ("nobody", "none"),
    "~investigate": ("investigat", "investigation", "inquiry", "inquiri", "probe"),
    "~arrest": ("arrest", "detain", "apprehend"),
    # a forecast of a figure: "Economists had expected a rise of 0.3%" / "Analysts had forecast 0.3%"
    "~expect": ("expect", "forecast", "predict", "predicted", "anticipat", "anticipated"),
    "~forecaster": ("economist", "analyst", "forecaster"),
    # ... and the rise it forecast, in its nouns ("a rise of 0.3%" / "growth of 0.4%"); the verbs, "rose", "grew",
    # lowered ECB+ dev precision (0.857 -> 0.817): "the death toll rose" / "tension grew" are other facts' words
    "~rise": ("increas", "growth", "rise"),
}
_KEY = {form: key for key, forms in _CLASSES.items() for form in forms}

NO_ONE = re.compile(r"\bno[\s-]one\b", re.I)
_ONE = re.compile(r"\bone\b", re.I)
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


def word_key(word: str) -> str:
    """The key of one lower-case English content word: its paraphrase class, else its light stem."""
    s = stem(word)
    return _KEY.get(word) or _KEY.get(s) or s


def word_keys(words: set[str], text: str = "") -> set[str]:
    """The keys of a sentence's lower-case English content words; ``text``, the sentence, tells "no one" ("no" is a
    stop word, and "one" alone a count)."""
    if NO_ONE.search(text):
        words = words | {"nobody"}
        if len(NO_ONE.findall(text)) == len(_ONE.findall(text)):
            words = words - {"one"}
    return {word_key(w) for w in words}
