"""A place's name in a case of a language that declines names: "w Warszawie", "в Москве", "v Praze", "Helsingissä".

The place table (:mod:`.place_names`, from CLDR) holds the names in their base form only, "Warszawa", "Moskva",
"Praha", "Helsinki".  But Polish, Czech, Slovak, Russian, Ukrainian, Croatian, Serbian, Bosnian, Slovene, Finnish and
Hungarian write a place after a preposition, or with a case ending of its own, in another form: "w Warszawie",
"в Москве" (read as "moskve"), "v Praze", "Helsingissä", "Budapesten", "Moszkvában".  A Polish and an English report
of one event in Warsaw shared no place, and a Polish report's "Warszawie" was no name the English "Warsaw" met
(stories47).

So a word the table does not know is tried without the case endings of its language, each ending with the letters
its base form may end in ("-ie" was "-a", "Warszawie" / "Warszawa", or nothing, "Krakowie" / "Kraków"; Finnish
"-ssa" after a stem whose "nk" became "ng", "Helsingissä" / "Helsinki"; Polish "-ii" and "-ji" were "-ia" and "-ja",
"w Jordanii" / "Jordania", "we Francji" / "Francja", stories49), and is read as the first such form that
is a known place in the article's language (:func:`parallax.stories.place_names.known_places`).  A form that is no
place is never taken: "Nowaka" is no "Nowak" place, and a word is never cut when it is a place already.
Cyrillic words come here in Latin letters (:func:`parallax.letters.to_latin`), as the name signal reads them.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

# Turkish writes a proper noun's case ending after an apostrophe: "Yunanistan'ın", "Midilli'de", "İstanbul'da"
SUFFIXED = {"tr": re.compile(r"(?<=\w\w)['’]\w+$"), "az": re.compile(r"(?<=\w\w)['’]\w+$")}
MIN_STEM = 3  # letters a base form keeps at least before its ending

# language → (ending, the endings its base form may have instead), on folded words (no diacritics: "ä" is "a");
# longer endings first
_SLAVIC_EAST = (("oi", ("a",)), ("om", ("",)), ("e", ("", "a")), ("u", ("", "a")), ("y", ("a",)), ("a", ("",)))
# Russian names of several words decline each word (stories49): an adjective "-aya" is "-oi" ("в Южной Корее"), "-yi"
# or "-ii" is "-om" or "-ogo", "-ye" or "-ie" is "-ykh" or "-ikh" ("в Соединенных Штатах"); a noun "-iya" or "-eya" is
# "-ii" or "-ee" ("в Новой Зеландии", "в Корее"), a plural "-y" is "-akh", "-ov" or "-am"
_RUSSIAN = (
    ("ogo", ("yi", "ii")), ("ykh", ("ye",)), ("ikh", ("ie",)), ("akh", ("y", "i")), ("oi", ("a", "aya")),
    ("om", ("", "yi", "ii")), ("ov", ("y",)), ("am", ("y", "i")), ("ii", ("iya",)), ("ee", ("eya",)),
    *(e for e in _SLAVIC_EAST if e[0] not in ("oi", "om")),
)
_SOUTH_SLAVIC = (("om", ("",)), ("u", ("", "a")), ("i", ("a",)), ("e", ("a",)), ("a", ("",)))
_CZECH = (
    ("ze", ("ha", "ga")), ("ce", ("ka",)), ("em", ("",)), ("ou", ("a",)),
    ("e", ("a", "")), ("u", ("",)), ("y", ("a",)), ("i", ("", "a")), ("a", ("",)),
)
ENDINGS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "pl": (
        ("czech", ("cy",)), ("rzech", ("ry",)), ("ach", ("y", "ie")),  # plural names: "w Niemczech", "na Węgrzech", "w Indiach"
        ("dze", ("ga",)), ("ego", ("y",)), ("iem", ("",)), ("ym", ("y",)), ("em", ("",)), ("ie", ("a", "", "o")),
        ("ce", ("ka",)), ("gi", ("ga",)), ("ki", ("ka",)), ("ii", ("ia",)), ("ji", ("ja",)), ("u", ("",)), ("y", ("a",)),
        ("a", ("",)),
    ),
    "ru": _RUSSIAN,
    # Ukrainian declines each word of a name as Russian does (session 50): "Сполучені Штати" is "у Сполучених Штатах",
    # "Південна Корея" "в Південній Кореї", "Франція" "у Франції" (an adjective "-a" is "-ii", "-i" is "-ikh"; a
    # noun "-iya" or "-eya" is "-ii" or "-ei", a plural "-i" or "-y" is "-akh")
    "uk": (("ikh", ("i",)), ("akh", ("i", "y")), ("ii", ("a", "iya")), ("ei", ("eya",)), ("i", ("", "a")), *_SLAVIC_EAST),
    "be": (("i", ("", "a")), *_SLAVIC_EAST),
    "cs": _CZECH,
    "sk": _CZECH,
    "hr": _SOUTH_SLAVIC,
    "bs": _SOUTH_SLAVIC,
    "sr": _SOUTH_SLAVIC,
    "sl": _SOUTH_SLAVIC,
    "fi": (
        ("ssa", ("",)), ("sta", ("",)), ("lla", ("",)), ("lta", ("",)), ("lle", ("",)), ("aan", ("a",)),
        ("een", ("e",)), ("iin", ("i",)), ("oon", ("o",)), ("uun", ("u",)), ("n", ("",)),
    ),
    "hu": (
        ("ban", ("",)), ("ben", ("",)), ("bol", ("",)), ("rol", ("",)), ("tol", ("",)), ("nal", ("",)),
        ("nel", ("",)), ("hoz", ("",)), ("hez", ("",)), ("ba", ("",)), ("be", ("",)), ("ra", ("",)),
        ("re", ("",)), ("on", ("",)), ("en", ("",)), ("ig", ("",)), ("n", ("",)),
    ),
}
_VOWELS = frozenset("aeiouy")


def _finnish_grades(stem: str) -> Iterator[str]:
    """A Finnish stem as written, and with its weak grade made strong again ("Helsingi-" is "Helsinki")."""
    yield stem
    k = stem.rfind("ng")
    if k >= 0:
        yield f"{stem[:k]}nk{stem[k + 2 :]}"


def case_bases(word: str, language: str) -> Iterator[str]:
    """The forms ``word`` (folded, Latin letters) may have without a case ending of ``language``, the longest ending
    first; none in a language without such endings here."""
    for ending, bases in ENDINGS.get(language, ()):
        if not word.endswith(ending) or len(word) - len(ending) < MIN_STEM:
            continue
        stem = word[: len(word) - len(ending)]
        if language == "hu" and ending == "n" and stem[-1] not in _VOWELS:
            continue  # "-n" follows a vowel ("Moszkván"); after a consonant it is "-on", "-en"
        for base in bases:
            yield from _finnish_grades(stem + base) if language == "fi" else (stem + base,)


def place_base(word: str, language: str, known: Collection[str]) -> str | None:
    """The base form of ``word`` (folded, Latin letters) that is a place in ``known`` (the table's names read in
    ``language``), or None: a word that is a known place as it is, or none in any of its base forms, stays."""
    if word in known:
        return None
    return next((base for base in case_bases(word, language) if base in known), None)


def first_name(word: str, language: str) -> bool:
    """Whether a word (folded, Latin letters) is a first name, as written or in a case of ``language`` ("Michaelem" is
    "Michael"): the word after it is a surname, never a place by its case ending ("Michaela Jordana" is no Jordan,
    stories48)."""
    from parallax.analyze.names import FIRST_NAMES

    return word in FIRST_NAMES or any(base in FIRST_NAMES for base in case_bases(word, language))
