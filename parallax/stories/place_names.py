"""One place, one name: a city's or country's names in the languages of one script read as one name for grouping.

Two reports of one event in two languages written in Latin letters share the place's name only when the two
languages spell it alike: "Milan" / "Mailand" / "Milano", "Antwerp" / "Anversa" / "Anvers", "London" / "Londres",
"Cologne" / "Köln" are too far apart for the fuzzy match of the name signal (rapidfuzz ratio 80), so a German
and an English report of one tram accident in Milan shared no place (stories45).  Here each such name is mapped
to its English one, folded, as a name token (a name CLDR gives in one language only in that language): the names of countries and of the cities that give time zones
their names come from the CLDR data Babel ships (in the languages below), the names of large cities without a
time zone of their own from a short table
(``scripts/build_place_names.py`` writes the table, ``place_names.json``, so nothing is read from Babel at run time).  A
spelling that two places share, or that is another place's English name, is left out.

A name of several words is one too (stories46): "Nueva York" and "Nowy Jork" are "New York", "Den Haag" and "La
Haye" "The Hague", German "Hongkong" "Hong Kong"; before, a Spanish report's "Nueva York" gave the name signal
"york" alone ("nueva" is a Spanish stop word) and "Den Haag" shared nothing with "The Hague".  Such a name (up to
four capitalised words, one space apart) is found by :func:`phrase_at` on a run of words and read as the words of
its English name, the English stop words left out ("the hague" is "hague"), so an English report's own words for
the place are what it meets.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from itertools import product
from pathlib import Path

from parallax.letters import fold, to_latin
from parallax.stories.place_abbreviations import ABBREVIATIONS
from parallax.stories.place_cases import SUFFIXED, case_bases, place_base

_TABLE = Path(__file__).with_name("place_names.json")  # written by scripts/build_place_names.py
_LANGUAGE = {"no": "nb", "nn": "nb"}  # the article's language code as CLDR names it


MAX_WORDS = 4  # words of a name the table holds at most


def _english_words(english: str) -> str:
    """A folded English name of several words without its English stop words ("the hague" is "hague")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words = [w for w in english.split() if w not in STOP_WORDS]
    return " ".join(words) if " " in english and words else english


@lru_cache(maxsize=1)
def exonyms() -> dict[str, tuple[str, frozenset[str]]]:
    """Folded place names (one word, or several one space apart) → (the folded English name, its words one space
    apart and no English stop word among them; the languages that write the place so, empty: any)."""
    table = json.loads(_TABLE.read_text(encoding="utf-8"))["names"]
    names = {v: (_english_words(e), frozenset() if langs == "*" else frozenset(langs.split())) for v, (e, langs) in table.items()}
    return {**names, **{k: v for k, v in ABBREVIATIONS.items() if k not in names}}  # "США" (:mod:`.place_abbreviations`)


@lru_cache(maxsize=1)
def phrase_starts() -> frozenset[str]:
    """The first words of the table's names of several words (folded): a run of words starting otherwise holds none."""
    return frozenset(v.split(" ", 1)[0] for v in exonyms() if " " in v)


def phrase_at(words: Sequence[str], i: int, language: str) -> tuple[int, str] | None:
    """A name of several words the table reads in ``language`` starting at ``words[i]`` (folded words, one space apart
    in the text), the longest: (how many words it takes, its English name as :func:`exonyms` gives it); None for none.
    Its words may be declined, each word alike ("w Nowym Jorku" is "Nowy Jork", :mod:`.place_cases`)."""
    table = exonyms()
    code = _LANGUAGE.get(language, language)
    for n in range(min(MAX_WORDS, len(words) - i), 1, -1):
        forms = [(w, *case_bases(w, language)) for w in words[i : i + n]]
        for key in map(" ".join, product(*forms)):
            entry = table.get(key)
            if entry is not None and (not entry[1] or code in entry[1]):
                return n, entry[0]
    return None


def starts_phrase(word: str, language: str) -> bool:
    """Whether a folded word (or one of its forms without a case ending) opens a name of several words the table
    holds: a run of words starting otherwise holds none."""
    starts = phrase_starts()
    return word in starts or any(b in starts for b in case_bases(word, language))


@lru_cache(maxsize=64)
def known_places(language: str | None = None) -> frozenset[str]:
    """The folded names of the table (what the grouping rules treat as a place): the English ones and those read in
    ``language`` (None: in any language).  An English lead's "Maurice" (Maurice Cheeks) is no place, a French one's
    is Mauritius (stories46: read in every language, it set a story of Maurice Cheeks's firing against one of
    "Philly" by place)."""
    table = exonyms()
    code = _LANGUAGE.get(language or "", language)
    variants = (v for v, (_, langs) in table.items() if language is None or not langs or code in langs)
    return frozenset(variants) | frozenset(e for e, _ in table.values())


def english_place(token: str, language: str, cut: bool = True) -> str:
    """A folded name token as the English name of the place it names in ``language``, or as it is when it names
    none there (German "Island" is Iceland; an English report's "Island" is no place); a declined one as the place
    its base form names (Polish "Warszawie" is "warsaw", :mod:`.place_cases`; never an English name the language
    writes otherwise, :func:`written_otherwise`), unless not ``cut``: a word of a person's name
    (Polish "Michaela Jordana" is Michael Jordan's, no "jordan" place, stories48)."""
    entry = exonyms().get(token)
    if entry is None or (entry[1] and _LANGUAGE.get(language, language) not in entry[1]):
        base = place_base(token, language, known_places(language)) if cut else None
        if base is None or base in written_otherwise(language):
            return token
        entry = exonyms().get(base)
        return entry[0] if entry is not None else base
    return entry[0]


@lru_cache(maxsize=64)
def written_otherwise(language: str) -> frozenset[str]:
    """The English names of the places ``language`` names otherwise (CLDR gives it a name of its own: Polish
    "Jordania", "Londyn").  A word of that language declined from such an English name is no form of the place but of
    a word spelt like it: Polish declines "Jordania" ("w Jordanii"), so "Jordana" and "Jordanie" are a man's name or
    the river ("Trener Jordana", Jordan's coach, stories49), never the country; "Krakowie" is Kraków, which Polish
    writes as English does.  The hand tables' names, read in any language, say nothing of one language."""
    code = _LANGUAGE.get(language, language)
    return frozenset(e for e, langs in exonyms().values() if code in langs and " " not in e)


def table_place(word: str, language: str) -> str | None:
    """The English name of the place a word of ``language`` names as the table reads it, in Latin letters, without a
    Turkish case ending after its apostrophe ("İstanbul'da") or a declined one's ending ("Helsingissä"); None for
    none."""
    t = to_latin(fold(word))
    t = SUFFIXED[language].sub("", t) if language in SUFFIXED else t
    english = english_place(t, language)
    return english if english != t or t in known_places(language) else None


def declined_only(word: str, language: str) -> bool:
    """Whether a word of ``language`` is a place only once a case ending is cut ("Jordana" is "Jordan"), not as
    written: after a first name such a word is a surname in its case (:func:`english_place`'s ``cut``)."""
    t = to_latin(fold(word))
    t = SUFFIXED[language].sub("", t) if language in SUFFIXED else t
    return english_place(t, language, cut=False) == t and t not in known_places(language) and table_place(word, language) is not None
