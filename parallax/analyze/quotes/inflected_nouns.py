"""Persons' nouns of Polish, Czech, Russian and Greek, in any of their singular cases, for :mod:`.described`.

These languages decline the noun a person is named with: the article writes "z trenerem Janem Kowalskim",
"тренера Ивана Петрова", "τον προπονητή Νίκο Παπαδάκη" and lets the nominative speak ("powiedział trener",
"заявил тренер", "δήλωσε ο προπονητής").  :func:`lemma` reads a word as the nominative of a noun listed here when
it is the noun's stem (the noun less its nominative ending, four letters at least) and one singular case ending of
the language; any other word stays as it is.  Only the nouns listed are so read, never a word by its ending alone:
"trenerka" (a woman coach) is no form of "trener", since "-ka" is no case ending.  Greek is compared without
its accents, which move as the noun declines.

The languages write no article (but Greek), and put the noun first in its phrase: "trener Legii" (the coach of
Legia), "προπονητής της ομάδας" (:data:`HEAD_FIRST`).
"""

from __future__ import annotations

import unicodedata

HEAD_FIRST = frozenset({"pl", "cs", "ru", "el"})
BARE = frozenset({"pl", "cs", "ru"})  # no article before a description: '– powiedział trener'

# what a position is a kind of, per language (a striker is a player), as described.py's table does for others
KINDS: dict[str, tuple[str, ...]] = {
    "zawodnik": ("zawodnik", "zawodniczka", "piłkarz", "piłkarka", "napastnik", "napastniczka", "bramkarz", "bramkarka",
                 "obrońca", "obrończyni", "pomocnik", "kapitan"),
    "hráč": ("hráč", "hráčka", "fotbalista", "fotbalistka", "útočník", "útočnice", "obránce", "brankář", "brankářka",
             "záložník", "kapitán", "kapitánka"),
    "игрок": ("игрок", "футболист", "футболистка", "нападающий", "защитник", "полузащитник", "вратарь", "капитан"),
    "παίκτης": ("παίκτης", "παίκτρια", "ποδοσφαιριστής", "ποδοσφαιρίστρια", "επιθετικός", "αμυντικός", "τερματοφύλακας"),
}  # fmt: skip
GENERAL = {
    "zawodnik": "zawodnik", "zawodniczka": "zawodnik", "piłkarz": "zawodnik", "piłkarka": "zawodnik", "hráč": "hráč",
    "hráčka": "hráč", "fotbalista": "hráč", "fotbalistka": "hráč", "игрок": "игрок", "футболист": "игрок",
    "футболистка": "игрок", "παίκτης": "παίκτης", "παίκτρια": "παίκτης", "ποδοσφαιριστής": "παίκτης",
    "ποδοσφαιρίστρια": "παίκτης",
}  # fmt: skip
# the other persons' nouns a description may be (a coach, a lawyer, a doctor, a rider)
MORE_PEOPLE: dict[str, tuple[str, ...]] = {
    "pl": ("trener", "trenerka", "adwokat", "lekarz", "lekarka", "kolarz", "tenisista", "tenisistka"),
    "cs": ("trenér", "trenérka", "advokát", "lékař", "lékařka", "cyklista", "tenista", "tenistka"),
    "ru": ("тренер", "адвокат", "врач", "велогонщик", "теннисист", "теннисистка"),
    "el": ("προπονητής", "προπονήτρια", "δικηγόρος", "γιατρός", "ποδηλάτης", "τενίστας"),
}
# the nominative endings a noun's stem is found without, and the singular case endings after it
_NOMINATIVE = {"pl": ("a",), "cs": ("a", "e"), "ru": ("ий", "ый", "ь", "а"), "el": ("ης", "ας", "ος", "α", "η")}
_CASES = {
    "pl": frozenset("a u e i y o ą ę em iem owi ie ze".split()),
    "cs": frozenset("a u e ě i y o ou em ovi".split()),
    "ru": frozenset("а у е и ы ом ем ём ой ей я ю ого его ому ему им ым".split()),
    "el": frozenset("η ης α ας ο ου ε ος".split()),
}

_LANG_OF_KIND = {"zawodnik": "pl", "hráč": "cs", "игрок": "ru", "παίκτης": "el"}


def _plain(word: str, lang: str) -> str:
    """The word in lower case, in Greek without its accents (which move as it declines: "προπονητής", "προπονητή");
    other letters keep theirs ("й" is no "и")."""
    if lang != "el":
        return word.lower()
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c)))


def _stem(noun: str, lang: str) -> str:
    plain = _plain(noun, lang)
    for ending in _NOMINATIVE[lang]:
        if plain.endswith(ending) and len(plain) - len(ending) >= 4:
            return plain[: -len(ending)]
    return plain


_STEMS: dict[str, dict[str, str]] = {lang: {} for lang in _NOMINATIVE}  # per language: stem -> the noun
for _kind, _nouns in KINDS.items():
    for _noun in _nouns:
        _STEMS[_LANG_OF_KIND[_kind]].setdefault(_stem(_noun, _LANG_OF_KIND[_kind]), _noun)
for _lang, _nouns in MORE_PEOPLE.items():
    for _noun in _nouns:
        _STEMS[_lang].setdefault(_stem(_noun, _lang), _noun)
for _lang, _stems in _STEMS.items():  # and each noun whole ("вратарь", whose stem is "вратар")
    _stems.update({_plain(n, _lang): n for n in list(_stems.values())})
NOUNS = frozenset(n for stems in _STEMS.values() for n in stems.values())


def lemma(word: str, lang: str) -> str:
    """The listed noun ``word`` is a singular form of, in ``lang`` (its nominative as listed); else ``word``
    in lower case."""
    word = word.lower()
    stems = _STEMS.get(lang)
    if not stems:
        return word
    plain = _plain(word, lang)
    if plain in stems:
        return stems[plain]
    for cut in (1, 2, 3):
        if len(plain) - cut >= 4 and plain[-cut:] in _CASES[lang] and plain[:-cut] in stems:
            return stems[plain[:-cut]]
    return word
