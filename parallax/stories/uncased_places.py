"""Where a lead written without capitals says its event happened: Arabic, Persian, Urdu, Hindi and Bengali.

The event places of a lead (:mod:`.event_places`) were its capitalised words after a preposition of place, so an
Arabic, Persian, Urdu, Hindi or Bengali lead gave none, and reports of different disasters told in these languages
the same hour (a fire in Dhaka, an earthquake in Kerman, a bus crash near Quetta) had nothing that told them apart
(stories54).  These languages mark a place by a word of place around it instead: Arabic "في" (in) and a noun of place
("مدينة كراتشي", the city of Karachi), Persian "در" (in) and "استان کرمان" (Kerman province), Urdu "میں" (in) after
the name, Hindi "में" (in) after it, Bengali a locative ending on the name itself ("ঢাকায়", "করাচিতে": in Dhaka, in
Karachi).  Each of these also stands after or around common nouns ("در پی" following, "हादसे में" in the accident,
"কারখানায়" in the factory), so a word found so is an event place only when the place table
(:mod:`.place_names`) knows it by its reading, and then it is the table's English name ("করাচি" is "karachi"), so
it meets the Latin names of the other reports; a word right after a noun of place ("استان کرمان", "بمدينة …") is a
place anyway and is kept as written (the sound of "کرمان" meets "Kerman": :func:`parallax.sounds.same_sound`).
A name after a word of nearness (Urdu "کے قریب", Hindi "के पास": near) is no event place, as in
:mod:`.reference_places`.

A word meets the table's English names by its reading in Latin letters: the same consonants (a sound written with
two letters counts as one: "ch", "kh", "sh"), three at least and spelt nearly alike, vowels included as the script
writes them (Arabic script its long vowels only: "کراچی" is "krachi", near "karachi"; Hindi and Bengali letters
carry an "a": "করাচি" is "karacha"), or two and spelt alike ("ঢাকা" is "dhaka").  Consonants alone are too coarse
("کرمان" has those of "Germany" once g and k are one class), and so are the table's spellings in other languages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz

from parallax.letters import WORD, fold
from parallax.sounds import romanize
from parallax.stories.place_names import exonyms

MAX_PLACES = 6
_WORDS = re.compile(WORD)
# prepositions of place (the place follows) and postpositions (it comes before), by language
_BEFORE = {"ar": {"في", "فى"}, "fa": {"در"}}
_AFTER = {"ur": {"میں", "مىں"}, "hi": {"में"}}
# nouns of place: the name follows (Arabic, Persian, Urdu "صوبہ بلوچستان") or comes before (Hindi "कराची शहर में",
# Bengali "সিলেট জেলায়", Urdu "کراچی شہر میں")
_NOUN_BEFORE_NAME = {
    "ar": re.compile("^[وف]?+[بل]?+(?:مدينة|محافظة|ولاية|إقليم|اقليم|بلدة|قرية|عاصمة)$"),  # "مدينة كراتشي"; not "المدينة"
    "fa": re.compile("^(?:استان|شهر|شهرستان|روستای)$"),  # (Arabic "شهر" is a month: Persian only)
    # (not "منطقه" / "منطقة", region: as often the area itself, "به منطقه ارسال شده", sent to the area)
    "ur": re.compile("^(?:صوبہ|صوبے|ضلع|شہر)$"),
}
_NOUN_AFTER_NAME = {
    "ur": {"شہر", "ضلع", "صوبے"}, "hi": {"शहर", "जिले", "ज़िले", "जिला", "राज्य", "प्रांत"},
    "bn": {"শহরে", "শহরের", "জেলা\u09df", "জেলায\u09bc", "জেলার", "প্রদেশে", "বিভাগে"},
}  # fmt: skip
# a word of nearness after the name (Urdu "کے قریب", Hindi "के पास"): the name is a landmark, no event place
_NEAR = {"ur": {"قریب", "نزدیک"}, "hi": {"पास", "निकट", "नज़दीक", "नजदीक"}, "bn": {"কাছে", "নিকটে"}}
# the Bengali locative endings on a name: "-তে", "-য়" (after a vowel), "-এ" and the vowel sign "ে" (after a consonant)
_BN_LOCATIVE = re.compile("(?:তে|\u09df|য\u09bc|এ|ে)$")
_AR_ARTICLE = re.compile("^(?:ال|بال|وال|لل)(?=..)")
LANGUAGES = frozenset({"ar", "fa", "ur", "hi", "bn"})
# consonants of a word kept as written after a noun of place: two in Arabic letters, which write no short vowels
# ("مدينة قم", the city of Qom: "qm"), three where the letters carry their vowels (Hindi, Bengali)
MIN_WRITTEN = {"ar": 2, "fa": 2, "ur": 2, "hi": 3, "bn": 3}
SHORT = 4  # letters of a word too short to be a content word (:func:`parallax.stories.article_text.content_words`)

# two letters for one sound, written as one (the romanisations of these scripts and the Latin press spell them alike)
_DIGRAPHS = (("sch", "S"), ("sh", "S"), ("ch", "C"), ("kh", "x"), ("gh", "g"), ("th", "t"), ("dh", "d"), ("bh", "b"),
             ("ph", "f"), ("zh", "Z"), ("jh", "j"), ("ts", "s"), ("q", "k"), ("c", "k"))  # fmt: skip
# the long vowels and weak letters an Arabic-script word writes, which :func:`parallax.sounds.romanize` leaves as written
_LONG_VOWELS = str.maketrans({"ا": "a", "آ": "a", "أ": "a", "إ": "a", "و": "u", "ی": "i", "ي": "i", "ى": "i", "ے": "e"})
_MIN_RATIO = 80  # how alike a word's reading and the table's name must be spelt ("منذ", since, reads "mnz": not Mainz)


def reading(word: str) -> str:
    """A word in Latin letters: romanised (:func:`parallax.sounds.romanize`), an Arabic-script word with its long
    vowels, a Hindi or Bengali one with the vowel its letters carry ("করাচি" is "karacha"), lower case."""
    return "".join(c for c in romanize(word.translate(_LONG_VOWELS)) if c.isascii() and c.isalpha())


def consonants(latin: str) -> str:
    """The consonants of a word in Latin letters (:func:`reading`), a sound of two letters as one, repeats once."""
    for digraph, single in _DIGRAPHS:
        latin = latin.replace(digraph, single)
    out: list[str] = []
    for c in latin:
        if c not in "aeiouyhw'" and (not out or out[-1] != c):
            out.append(c)
    return "".join(out)


@lru_cache(maxsize=1)
def _by_consonants() -> dict[str, frozenset[str]]:
    """The place table's English names of one word by their consonants.  Only the English names: the table's names in
    other languages are many more spellings of each place ("Şili", Chile), and a Persian "سیل" (flood) read "sil" met one."""
    index: dict[str, set[str]] = {}
    for english, _ in exonyms().values():
        if " " not in english and english.isascii() and english.isalpha():
            index.setdefault(consonants(english), set()).add(english)
    return {k: frozenset(v) for k, v in index.items()}


def table_reading(word: str) -> str | None:
    """The English name of the table's place a word in one of these scripts reads as, or None: the same consonants,
    three at least and spelt nearly alike (the nearest such name, where no other is as near), or two and spelt alike
    ("ঢাকা" is "dhaka"; "असम", Assam, read "sama", is no "Samoa")."""
    latin = reading(word)
    key = consonants(latin)
    if len(key) < 2:
        return None
    if len(key) == 2:
        return latin if latin in _by_consonants().get(key, ()) else None
    scored = sorted(((fuzz.ratio(latin, english), english) for english in _by_consonants().get(key, ())), reverse=True)
    if not scored or scored[0][0] < _MIN_RATIO or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None  # none near enough, or two places as near: no reading
    return scored[0][1]


def uncased_places(lead: Iterable[str], language: str) -> tuple[str, ...]:
    """The event places of a lead (title and opening sentences, each apart) in Arabic, Persian, Urdu, Hindi or Bengali,
    in text order: the table's English names of the words a word of place marks, and the words right after (or, in
    Hindi, Urdu and Bengali, before) a noun of place as written, folded; empty for another language."""
    if language not in LANGUAGES:
        return ()
    out: list[str] = []
    for part in lead:
        words = [m.group() for m in _WORDS.finditer(part)]
        for i, w in enumerate(words):
            prev, nxt = words[i - 1] if i else "", words[i + 1] if i + 1 < len(words) else ""
            after_next = words[i + 2] if i + 2 < len(words) else ""
            if after_next in _NEAR.get(language, ()) or nxt in _NEAR.get(language, ()):
                continue  # "کوئٹہ کے قریب", "कराची के पास": near it
            noun = _NOUN_BEFORE_NAME.get(language)
            strong = bool(noun and noun.match(prev)) or nxt in _NOUN_AFTER_NAME.get(language, ())
            base = _BN_LOCATIVE.sub("", w) if language == "bn" else _AR_ARTICLE.sub("", w) if language == "ar" else w
            cued = prev in _BEFORE.get(language, ()) or nxt in _AFTER.get(language, ()) or (language == "bn" and base != w)
            place = table_reading(base) if cued or strong else None
            if place is None and strong and not (noun and noun.match(w)) and len(consonants(reading(base))) >= MIN_WRITTEN[language]:
                place = fold(base)
            if place is not None and place not in out:
                out.append(place)
    return tuple(out[:MAX_PLACES])


# A place the table does not know (Kerman, Quetta) is an event place of such a lead only after a noun of place
# ("استان کرمان"); after "در" or before "میں" alone it is no place, since common nouns stand there too.  Against a
# story (or an article) whose Latin lead names it, it is heard among the words: a word read as the Latin place's
# consonants, with the vowels the script writes among the Latin name's letters in order ("کوئٹہ" reads "kuit",
# within "kueta", Quetta, once every vowel is one letter), or, in Hindi and Bengali, whose letters carry a vowel of their own, spelt nearly
# alike (:data:`_MIN_RATIO`).  Only the other side's event places are read so, a handful against a lead's words.


def _normal(latin: str) -> str:
    """A Latin spelling with each sound of two letters as one (:data:`_DIGRAPHS`), doubled letters once and every
    vowel one letter: the vowel letters of these scripts stand for vowels, not for one vowel each ("ئ" in "کوئٹہ" is
    the "e" of "Quetta")."""
    for digraph, single in _DIGRAPHS:
        latin = latin.replace(digraph, single)
    return _VOWELS.sub("a", re.sub(r"(.)\1+", r"\1", latin))


_VOWELS = re.compile("[aeiouy]")


def _within(short: str, long: str) -> bool:
    """Whether ``short``'s letters stand in ``long`` in order."""
    rest = iter(long)
    return all(c in rest for c in short)


def heard_place(place: str, words: Iterable[str], language: str) -> bool:
    """Whether a Latin event place (two consonants at least) is one of ``words`` of a lead in ``language`` (one of
    :data:`LANGUAGES`) by its reading (see the comment above)."""
    if language not in LANGUAGES or not place.isascii() or not place.isalpha():
        return False
    key, spelt = consonants(place), _normal(place)
    if len(key) < 2:
        return False
    for w in words:
        base = _BN_LOCATIVE.sub("", w) if language == "bn" else _AR_ARTICLE.sub("", w) if language == "ar" else w
        latin = reading(base)
        if consonants(latin) != key:
            continue
        if language in {"hi", "bn"} and fuzz.ratio(latin, place) >= _MIN_RATIO or _within(_normal(latin), spelt):
            return True
    return False


def cued_short_words(text: str, language: str) -> set[str]:
    """The words of fewer than :data:`SHORT` letters that a word of place marks in a text in one of :data:`LANGUAGES`
    (after "در" or "في", before "میں" or "में", after or before a noun of place), folded: a place written in two or three
    letters ("در قم", in Qom) is no content word, and without it :func:`heard_place` heard no such place.  Only the
    words so marked: the short words of a text at large are particles and pronouns."""
    if language not in LANGUAGES:
        return set()
    words = [m.group() for m in _WORDS.finditer(text)]
    noun, before, after = _NOUN_BEFORE_NAME.get(language), _BEFORE.get(language, ()), _AFTER.get(language, ())
    out: set[str] = set()
    for i, w in enumerate(words):
        if len(w) >= SHORT:
            continue
        prev, nxt = words[i - 1] if i else "", words[i + 1] if i + 1 < len(words) else ""
        if prev in before or nxt in after or (noun and noun.match(prev)) or nxt in _NOUN_AFTER_NAME.get(language, ()):
            out.add(fold(w))
    return out
