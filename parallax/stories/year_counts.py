"""Four-digit counts that are no years: "2000 troops", "1900 vehicles", "1,800 homes", "of 2000 people", "2000 Soldaten".

Story grouping reads a bare number from 1800 to 2099 as a year (a time mark two reports of one event share, and no
figure), so "The army sent 2000 troops" gave a raw article the year 2000 and lost the figure 2000 that another
report of the event gives too; "1,800 homes", written with a thousands separator, was dropped from the figures as
the year 1800 (stories48).  Here such a number is a count when it is written with a separator, or when a word in a
plural form of the article's language, or a word its time lexicon knows to follow counts ("people"), comes right
after it ("troops", "soldats", "soldati"; English, French,
Spanish, Portuguese, Catalan, Italian and Dutch, by their plural endings, in lower case; German, which capitalises
its nouns, by its plural endings with a capital: "2000 Soldaten", "1900 Menschen", stories49) and neither a short
stop word (an article or a preposition: "the 2019 elections", "in 2019 floods"), a capitalised word ("April 2007
shootings", "im Jahr 2000 Soldaten …") nor a dash ("2009-2010 seasons") right before it.  An attributive year before
a noun in the singular ("the 2013 stint", "an April 2007 shooting", ECB+ dev) stays a year.

A conjunction or "of" before the number (stories49: "2,000 troops and 2010 vehicles", "the evacuation of 2000
people", "Panzer und 2000 Soldaten") is no article or preposition of time: the number is a count when the word
before the conjunction is a word (no number: "the 2009 and 2010 seasons" are years) and, but in German, in lower
case ("May and 2019 …").  A year after "of" or "and" stands before a verb or a name ("the floods of 2013 killed",
"the summer of 2019 brought"), which no plural ending marks.  A cohort named by its year is no count either (stories50:
"the class of 2010 graduates", "la promotion de 2015 diplômés"): a noun that names a group by the year it formed or
finished ("class", "cohort", "vintage", "promotion", "Jahrgang") before the "of" makes the number that year, whatever
plural follows, since people are counted "a group of 2000 graduates", never "a class of 2000 graduates".
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from parallax.letters import ascii_digits, fold

# (the Arabic thousands separator "٬" too: "۱٬۸۰۰ خانه")
_YEAR_SHAPED = re.compile(r"(?<![\d.,\u066c])(?:1[.,\u00a0 \u066c]?[89]|2[.,\u00a0 \u066c]?0)\d\d(?![\d]|[.,\u066c]\d)")
_AFTER = re.compile(r"[ \u00a0]([^\W\d_]{3,})")
_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0]\Z")
_BEFORE_JOINER = re.compile(r"(\S+)[ \u00a0]([^\W\d_]+)[ \u00a0]\Z")  # the word before a conjunction or "of", and it
_ABBREVIATION = re.compile(r"^\w+?[A-ZÄÖÜ]")  # "AfD", "ICEs": a capital inside a word is no German noun's
SHORT_STOP = 3  # letters of a stop word before the number that make it a year ("the", "in", "en", "im", "w")
# plural endings of a counted noun, per language (a noun in the singular after a year-shaped number is an
# attributive year's: "the 2013 stint")
PLURAL = {
    "en": ("s",), "fr": ("s", "x"), "es": ("s",), "pt": ("s",), "ca": ("s",), "it": ("i", "e"), "nl": ("en", "s"),
    "de": ("e", "n", "er", "s"),
}  # fmt: skip
CAPITALISED_NOUNS = {"de"}  # languages that write a noun with a capital
# "and", "or" and "of" (the partitive): before a count as often as before a year, never a mark of time
JOINERS = {
    "en": "and or of", "fr": "et ou de", "es": "y e o de", "pt": "e ou de", "ca": "i o de", "it": "e ed o di", "nl": "en of van",
    "de": "und oder von",
}  # fmt: skip
# nouns naming a group by its year before "of" ("the class of 2010 graduates"): the number is the year, no count
COHORTS = {
    "en": "class cohort vintage", "fr": "promotion classe cuvée", "es": "promoción generación clase cosecha",
    "pt": "turma geração classe safra", "ca": "promoció generació", "it": "classe leva generazione annata",
    "nl": "klas lichting jaargang", "de": "jahrgang klasse",
}  # fmt: skip


@lru_cache(maxsize=32)
def _count_words(language: str) -> frozenset[str]:
    """The words the time lexicon of ``language`` knows to follow a count, never a year ("people", "police", "osób")."""
    from parallax.analyze.timelex import LEXICONS

    lex = LEXICONS.get(language)
    return frozenset(w.lower() for w in (getattr(lex, "not_after_year", "") or "").split("|") if w)


def _noun_after(word: str, language: str, stops: Collection[str]) -> bool:
    """Whether ``word`` (right after the number) is a noun in a plural form of ``language``, or a word its time
    lexicon knows to follow counts ("2000 people")."""
    if word.lower() in _count_words(language):
        return True
    if fold(word) in stops or not word.endswith(PLURAL.get(language) or "\0"):
        return False
    if language in CAPITALISED_NOUNS:
        from parallax.stories.place_names import known_places

        return word[0].isupper() and not _ABBREVIATION.match(word) and fold(word) not in known_places(language)
    return word.islower()


def _after_joiner(text: str, start: int, language: str) -> bool:
    """Whether the number at ``start`` follows a conjunction or "of" that follows a word (see the module)."""
    m = _BEFORE_JOINER.search(text, max(0, start - 60), start)
    if m is None or m.group(2).lower() not in JOINERS.get(language, "").split():
        return False
    word = m.group(1).rstrip(",;:")
    if fold(word) in map(fold, COHORTS.get(language, "").split()):
        return False  # "the class of 2010 graduates": a cohort's year
    return word.isalpha() and (language in CAPITALISED_NOUNS or word.islower())


def counts(text: str, stops: Collection[str], language: str = "en") -> frozenset[str]:
    """The year-shaped numbers of ``text`` ("2000", "1,800") that count something, as four digits."""
    out = set()
    text = ascii_digits(text)  # "۱٬۸۰۰", "१,८००" (:func:`parallax.letters.ascii_digits`)
    for m in _YEAR_SHAPED.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if len(m.group()) > 4:  # "1,800", "1 800": a year is written bare
            out.add(digits)
            continue
        after = _AFTER.match(text, m.end())
        if after is None or not _noun_after(after.group(1), language, stops):
            continue
        if m.start() > 0 and text[m.start() - 1] in "-–/":
            continue
        before = _BEFORE.search(text, max(0, m.start() - 40), m.start())
        if (
            before is not None
            and not _after_joiner(text, m.start(), language)
            and (not before.group(1).islower() or len(before.group(1)) <= SHORT_STOP and fold(before.group(1)) in stops)
        ):
            continue
        out.add(digits)
    return frozenset(out)
