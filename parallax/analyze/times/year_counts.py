"""A four-figure count right before its plural noun is no year: "Volunteers filled 1900 sandbags", "Helfer
füllten 1900 Sandsäcke", "ont rempli 1900 sacs".

A bare year is read wherever four figures from 1900 to 2099 stand alone (:mod:`.periods`), save before the
language's common count words (``Lexicon.not_after_year``: "2000 people").  Any other plural noun right
after the figure counts too, when the word before the figure is a word of content, a verb or an adjective
("filled", "laid", "record"): a year is named after a preposition or a determiner ("in 1900", "the 1998
floods", "since 2019 officers have left"), a word of a kind of year ("fiscal 1989 sales"), a possessive ("Scotland's 2014 referendum") or a capital (a name,
a month), which this leaves alone, as it does the languages whose plural it does not know.  Kept apart from
:mod:`.periods`, which is long already.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.analyze.timelex import LEXICONS, Lexicon

# a plural noun, by language: English, French, Spanish, Portuguese and Catalan in "-s" ("-x" in French),
# Italian in "-i" or "-e", Dutch in "-en" or "-s", German any noun, which it writes with a capital
_PLURAL = {
    "en": r"[a-z]{2,}(?<!s)s", "fr": r"[^\W\d_A-ZÀ-Þ]{2,}(?<!s)[sx]", "es": r"[^\W\d_A-ZÀ-Þ]{2,}(?<!s)s",
    "pt": r"[^\W\d_A-ZÀ-Þ]{2,}(?<!s)s", "ca": r"[^\W\d_A-ZÀ-Þ]{2,}(?<!s)s", "it": r"[^\W\d_A-ZÀ-Þ]{2,}[ie]",
    "nl": r"[^\W\d_A-ZÀ-Þ]{2,}(?:en|s)", "de": r"[A-ZÄÖÜ][^\W\d_]{2,}",
}  # fmt: skip
# the words that make the figures a kind of year ("fiscal 1989 sales", "the model 2020 cars", "exercice 2019")
_KINDS_OF_YEAR = frozenset("fiscal financial calendar tax academic school budget model crop season vintage class exercice ejercicio exercício esercizio".split())
_BEFORE = re.compile(r"(?<![\w'’])([^\W\d_]{2,})[ \u00a0]+\Z")


def _language(lex: Lexicon) -> str | None:
    return next((code for code, x in LEXICONS.items() if x is lex), None)  # (a Lexicon is no key: found by identity)


@lru_cache(maxsize=16)
def _stops(language: str) -> frozenset[str]:
    from parallax.stories.features import stop_words

    return stop_words(language)


def count_before_noun(lex: Lexicon, text: str, start: int, end: int) -> bool:
    """Whether the four figures at text[start:end] count the plural noun right after them (see the module)."""
    language = _language(lex)
    if language not in _PLURAL:
        return False
    after = re.compile(rf"[ \u00a0]+({_PLURAL[language]})(?![\w'’-])").match(text, end)
    before = _BEFORE.search(text, max(0, start - 30), start)
    if not after or not before or not before.group(1).islower() or before.group(1) in _KINDS_OF_YEAR:
        return False
    stops, months = _stops(language), {m.lower() for m in lex.months}
    return all(w.lower() not in stops and w.lower() not in months for w in (before.group(1), after.group(1)))
