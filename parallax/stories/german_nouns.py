"""Which capitalised words of a German text are common nouns, not names.

German capitalises every noun, so on a raw German article (no entity model ran) the name signal's cheap proxy,
capitalised words that do not open a sentence, counted "Feuerwehr", "Einsatz", "Polizei", "Umgebung" and
"Ermittlungen" as names: two reports of two warehouse fires in two cities on one day shared more of these than
their places differed, and a German report of a tram accident in Milan shared too few of its names with the
others (stories45).  Two rules say "common noun", and the rest stay names:

* a word after an article, a contracted preposition, a determiner or a count ("die Polizei", "im Einsatz", "keine
  Erkenntnisse", "drei Menschen"), with up to two adjectives between ("einer schweren Explosion"; not "5,8 vor Kreta"): German names of people
  and cities take none, and those that do, countries ("die Türkei", "im Iran"), are in the place table
  (:mod:`.place_names`) and stay;
* a word ending as abstract nouns end (-ung, -heit, -keit, -schaft, -tion, -ität, -ismus, -nis, and plurals:
  "Ermittlungen", "Regierung", "Sicherheit"), the stem before it three letters or more ("Jung" stays).

Words with a capital after the first letter ("AfD", "CDU") are abbreviations of names and always stay.
"""

from __future__ import annotations

import re

from parallax.letters import fold
from parallax.stories.place_names import known_places

_DETERMINER = (
    r"(?i:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein(?:e[mnrs]?+)?+|im|am|vom|zum|zur|beim|ins|ans"
    r"|mein\w*+|dein\w*+|sein\w*+|ihr\w*+|unser\w*+|euer\w*+|dies\w*+|jed\w*+|jen\w*+|manch\w*+|welch\w*+"
    r"|alle[mnrs]?+|viele[mnrs]?+|mehrere[nmr]?+|einige[mnrs]?+|wenige[mnrs]?+|beide[mnrs]?+|weitere[mnrs]?+|zahlreiche[nmrs]?+"
    r"|dutzende?+|hunderte?+|tausende?+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\d[\d.,]*+)"
)
# the determiner, up to two lower-case words (adjectives), the capitalised noun
_AFTER_DETERMINER = re.compile(rf"(?<!\w){_DETERMINER}\s++(?:[a-zäöüß][\w-]*?e[mnrs]?\s++){{0,2}}(?P<noun>[A-ZÄÖÜ][\w-]*+)")
_ABSTRACT = re.compile(r"\w{3}(?:ung|heit|keit|schaft|tion|ität|ismus|nis|nisse)(?:en|e|s)?$")
_ABBREVIATION = re.compile(r"^\w+?[A-ZÄÖÜ]")
_CAPITALISED = re.compile(r"(?<!\w)[A-ZÄÖÜ]\w*+")
_WORD_AT = re.compile(r"\w++")


def common_nouns(sentence: str, language: str = "de") -> set[int]:
    """Start offsets in ``sentence`` of its capitalised words that are common nouns by the rules above (none
    but in German)."""
    if language != "de":
        return set()
    out = {m.start() for m in _CAPITALISED.finditer(sentence) if _ABSTRACT.search(m.group()) and not _ABBREVIATION.match(m.group())}
    for m in _AFTER_DETERMINER.finditer(sentence):
        word = m.group("noun")
        if not _ABBREVIATION.match(word) and fold(word) not in known_places():
            out.add(m.start("noun"))
    return out


def common_noun_words(sentences: list[str], language: str = "de") -> frozenset[str]:
    """The folded words a German text uses as common nouns somewhere (:func:`common_nouns`): such a word is one
    everywhere in the text, also in a headline that drops its articles ("Feuer in Lagerhalle")."""
    out = set()
    for sent in sentences:
        out.update(fold(_WORD_AT.match(sent, i).group()) for i in common_nouns(sent, language))
    return frozenset(out)
