"""A weekday word that is a name: "Plácido Domingo", Turkish "Mehmet Pazar", "Santo Domingo".

Grouping leaves a language's weekdays out of a report's names (:mod:`.calendar_names`) and reads the first one in
its lead as the event's day (:mod:`.event_days`).  But some weekday words are also given names, surnames and places:
Spanish "Domingo" (Sunday), Turkish "Pazar" (Sunday, a surname and a town), "Cuma" (Friday, a given name).  Such a
word is a name, not a day, where the text writes it as one:

* right after a given name, one space apart ("Plácido Domingo", "Mehmet Pazar"): a given name is followed by its
  surname, and in every language a person's surname is capitalised, whatever its weekday spelling;
* capitalised inside a sentence in a language that writes its weekdays in lower case (Spanish, Portuguese, Italian,
  French, the Slavic, Scandinavian, Baltic and Finno-Ugric languages, Dutch, Romanian, Catalan): there a capital
  inside a sentence marks a name ("el tenor Plácido Domingo", "en Santo Domingo"), never the day ("el domingo").

English, German, Indonesian, Malay and Turkish capitalise their weekdays, so there only the first rule holds.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.letters import fold, to_latin
from parallax.stories.place_cases import first_name

# languages whose orthography writes the days of the week in lower case
LOWER_CASE_WEEKDAYS = frozenset(
    "es pt it fr ca ro pl cs sk sl hr bs sr ru uk bg be mk nl sv da no nb nn fi et hu lt lv".split()
)
_BEFORE = re.compile(r"(?P<word>[^\W\d_][\w'’]*+)(?P<gap>[ ,;]*+)$")  # the word before, and what stands between
_CONTEXT = 60  # characters before the word that are read: a word before is never longer


@lru_cache(maxsize=64)
def weekday_words(language: str) -> frozenset[str]:
    """``language``'s weekday words of one word, folded (empty without a date lexicon)."""
    from parallax.analyze.timelex import LEXICONS  # lazily: the lexicons compile their rules on import

    lexicon = LEXICONS.get(language)
    return frozenset(fold(w) for w in (lexicon.weekdays if lexicon else ()) if " " not in w)


def weekday_is_name(before: str, word: str, language: str) -> bool:
    """Whether ``word``, a weekday word of ``language`` written after ``before`` (the text before it in its
    sentence or lead), is a name there (see the module docstring)."""
    if not word[:1].isupper() or fold(word) not in weekday_words(language):
        return False
    m = _BEFORE.search(before[-_CONTEXT:])
    if m is None:
        return False  # it opens its sentence, where any word is capitalised
    if m.group("gap") == " " and first_name(to_latin(fold(m.group("word"))), language):
        return True
    return language in LOWER_CASE_WEEKDAYS
