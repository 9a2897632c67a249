"""Words in their forms, for the word-level diff of :mod:`.wording`: which words are function words of a language,
what two words are compared by, and when two stretches say the same in other forms.

A stretch of function words is no choice of words; a word's key drops case, the curly apostrophe, Arabic clitics and
the Persian zero-width non-joiner; two stretches are restated, not reworded, when each content word of one is a form
of one of the other ("se encargará" / "encargar", "dritte" / "dritten"), or when a negation joined to a word is the
one the other sentence writes apart ("był niezamieszkany" / "nie był zamieszkany").  Split from :mod:`.wording`,
which had reached 333 lines; every name is importable from there too.
"""

from __future__ import annotations

import os
import re

from parallax.compare.align import _STOP
from parallax.compare.descriptors import compounded
from parallax.stories.features import fold, stop_words

# function words (beyond the alignment's list) of the languages read: a stretch of them is no choice
# of words, and they do not count when two stretches are compared ("se encargará" / "encargar")
_FUNCTION = _STOP | set(
    "auf aus bei mit von für nach vor zu zum zur im am ins sich nicht auch noch wird werden hat haben "
    "sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres "  # possessives: "ihren" / "überfluteten"
    "qui que se s sur dans par pour avec au aux ne pas en y a ont été son sa ses leur leurs "
    "se del al con sin sobre ha han lo le les su sus muy "
    "il lo gli di da della dello degli delle dei che si per non è suo sua suoi sue loro "
    "o os as do da dos das no na nos nas em com por um uma seu sua seus suas "
    "het een van op te dat zich niet ook werd "
    "в во на с со к по из за от до о об у и а но не что как это был была было были "  # ru
    "і й та але що як це від з із був була було були "  # uk
    "w we na z ze do od za po o że jak to nie się i a był była było były mu jej jego ich go im".split()  # pl
)
# English words of a figure's hedge and of a source's attribution ("at least 18", "around 10cm", "according to Met Éireann"): the
# hedge is the figure's bound, which the number check compares, and the attribution a source; a diff that had paired
# "least" with "carrying" and "according" with "flooding" across two sentences in other orders showed no choice of words
_FUNCTION |= {"least", "according", "around", "roughly", "approximately", "nearly", "almost", "much"}  # ("as much as 100mm")

# the languages _FUNCTION covers; the others take spaCy's stop-word list (shipped without a model)
_LISTED = {"en", "de", "fr", "es", "it", "pt", "nl", "ru", "uk", "pl"}
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_AR_CONJ = ("و", "ف")
_AR_PREP = ("ب", "ل", "ك")


def _arabic_core(w: str) -> str:
    """An Arabic word without its clitic prefixes ("وقالت" / "قالت", "والسلطات" / "سلطات"): a
    conjunction و or ف, a preposition ب, ل or ك, the article ال (with ل: "لل"), each taken only
    when three letters or more remain.  Other words as they are."""
    if not _ARABIC.search(w):
        return w
    if w.startswith(_AR_CONJ) and len(w) - 1 >= 3:
        w = w[1:]
    if w.startswith("لل") and len(w) - 2 >= 3:
        return w[2:]  # ل + ال, the alif dropped
    if w.startswith(_AR_PREP) and w[1:].startswith("ال") and len(w) - 3 >= 3:
        return w[3:]
    if w.startswith("ال") and len(w) - 2 >= 3:
        return w[2:]
    if w.startswith(_AR_PREP) and len(w) - 1 >= 3:
        return w[1:]
    return w


def _key(w: str) -> str:
    """What two words are compared by: lower case, one apostrophe (a curly "we’ve" is a straight "we've":
    typography, no choice of words), Arabic without its clitics, Persian without its zero-width non-joiner ("می‌گیریم" /
    "میگیریم": typing, no choice of words)."""
    return _arabic_core(w.lower().replace("’", "'").replace("\u200c", ""))


def _stops(*languages: str | None) -> frozenset[str]:
    """spaCy's stop words (folded) of the languages _FUNCTION does not cover."""
    out: frozenset[str] = frozenset()
    for lang in {(x or "").split("-")[0].split("_")[0].lower() for x in languages}:
        if lang and lang.isalpha() and lang not in _LISTED:
            out |= stop_words(lang)
    return out


def _function(w: str, stops: frozenset[str]) -> bool:
    """Whether a (lower-case) word is a function word of the sentence's language."""
    return w in _FUNCTION or (bool(stops) and (fold(w) in stops or fold(_arabic_core(w)) in stops))


_ENDING = re.compile(r"(?:ing|ed|es|s|e)$")
_SLAVIC = re.compile(r"[а-яёєіїґ]")


def _same_stem(a: str, b: str) -> bool:
    """One word in two forms ("aprobar" / "aprobará", "dritte" / "dritten", "condemned" / "condemns"):
    a shared beginning of four letters or more and three quarters of the shorter word."""
    n = len(os.path.commonprefix([a, b]))
    share = 0.6 if _SLAVIC.match(a) else 0.75  # Slavic endings are long: "працюють" / "працювали"
    return (n >= 4 and n >= share * min(len(a), len(b))) or _ENDING.sub("", a) == _ENDING.sub("", b)  # "car" / "cars"


def _restated(la: list[str], lb: list[str], stops: frozenset[str] = frozenset(), moved: tuple[set, set] = (set(), set())) -> bool:
    """Whether two stretches differ in form only: the same content words, each in some form
    ("encargar" / "se encargará", "dritte" / "dritten").  An added content word is a choice
    ("pudo sobrecargar" / "sobrecargó": a hedge).  A word the other sentence has elsewhere
    (``moved``: the keys of the other sentence's words) is moved, not replaced, and does not count."""
    ca = [_key(w) for w in la if not _function(w, stops) and _key(w) not in moved[1]]
    cb = [_key(w) for w in lb if not _function(w, stops) and _key(w) not in moved[0]]
    if not ca or not cb:
        return True  # function words only on one side: a change of construction, not of words
    # (a compound's head or a clipped form is the whole's word too: "suit" / "lawsuit", :mod:`.descriptors`)
    return len(ca) == len(cb) and all(any(x == y or _same_stem(x, y) or compounded(x, y) for y in cb) for x in ca)


# the negation Polish, Slovak and the East Slavic languages write apart from a verb but join to an adjective or
# participle ("nie był zamieszkany" / "był niezamieszkany"), by the press either way
_NEGATIONS = ("nie", "не", "ні")


def _negation_moved(la: list[str], lb: list[str], keys_a: set[str], keys_b: set[str]) -> bool:
    """Whether two stretches say the same once a joined negation is read as the separate one the other sentence
    writes ('był niezamieszkany' / 'nie był zamieszkany': "niezamieszkany" / "zamieszkany" is no choice of
    words); a negation neither sentence writes apart ("niezwłocznie", at once) stays a word of its own."""

    def apart(words: list[str], other: set[str]) -> list[str]:
        neg = lambda w: next((n for n in _NEGATIONS if w.startswith(n) and len(w) >= len(n) + 4 and n in other), "")  # noqa: E731
        return [w[len(neg(w)) :] for w in words]

    sa, sb = apart(la, keys_b), apart(lb, keys_a)
    return (sa, sb) != (la, lb) and _restated(sa, sb)
