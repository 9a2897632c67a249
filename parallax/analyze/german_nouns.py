"""German nouns that are no names: German capitalises every noun, so a capital alone says no name.

One module for both readers of German capitals (stories46: there were two, one here and one in
``parallax/stories/``), because both ask the same question of one language with their own word lists:

* :func:`_german_noun`, for the entity stage: the model-less entity runs (:func:`parallax.analyze.entities.add_entities`)
  and the lone surnames it hands this test to (:func:`parallax.analyze.person_spans.add_lone_surnames`) drop a single
  capitalised German word that is a noun (after an article, a contraction or a number: "die Fliegerbombe", "im
  Umkreis", "300 Menschen"; and the calendar and clock words).  Acronyms ("die EZB") stay.
* :func:`common_nouns` and :func:`common_noun_words`, for story grouping's raw-text names
  (:mod:`parallax.stories.features`, :mod:`parallax.stories.event_places`).  On a raw German article (no entity
  model ran) the name signal's cheap proxy, capitalised words that do not open a sentence, counted "Feuerwehr",
  "Einsatz", "Polizei", "Umgebung" and "Ermittlungen" as names: two reports of two warehouse fires in two cities on
  one day shared more of these than their places differed (stories45).  Two rules say "common noun", and the rest
  stay names:

  - a word after an article, a contracted preposition, a determiner or a count ("die Polizei", "im Einsatz", "keine
    Erkenntnisse", "drei Menschen"), with up to two adjectives between ("einer schweren Explosion"; not "5,8 vor
    Kreta"): German names of people and cities take none, and those that do, countries ("die Türkei", "im Iran"), are
    in the place table the caller passes (``places``: :func:`parallax.stories.place_names.known_places`) and stay;
  - a word ending as abstract nouns end (-ung, -heit, -keit, -schaft, -tion, -ität, -ismus, -nis, and plurals:
    "Ermittlungen", "Regierung", "Sicherheit"), the stem before it three letters or more ("Jung" stays).

  Words with a capital after the first letter ("AfD", "CDU") are abbreviations of names and always stay.

A place without a country's name that German writes with an article ("das Saarland", "der Harz"; "die Krim" is one
since stories47) is no entry of the place table, and after its article it reads as a common noun; nothing in the word tells it from "der
Wald".  But a report names such a place once after a noun of place ("die Halbinsel Krim", "das Bundesland Saarland",
"das Mittelgebirge Harz"), and a word a text names so is a place everywhere in that text (:func:`named_places`,
stories46).

The two keep their own determiner lists: the entity stage's reads "laut" and "rund" as determiners (a noun follows
in its MISC spans), which before a person's name in raw text ("laut Scholz") would drop the name.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from parallax.analyze.timelex import LEXICONS
from parallax.letters import fold

# --------------------------------------------------------------------------- the entity stage's test

_DE_DETERMINERS = frozenset(
    "der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner im am zum zur vom beim ins ans "
    "jeder jede jedes jeden diese dieser diesen diesem dieses alle viele mehrere sein seine seinen seinem seiner ihr ihre "
    "ihren ihrem ihrer unser unsere unseren unserem rund etwa laut".split()
)
_DE_CALENDAR = frozenset(LEXICONS["de"].weekdays) | frozenset(LEXICONS["de"].dayparts) | {"uhr", "mittag"}


def _german_noun(word: str, text: str, pos: int) -> bool:
    if word.isupper() or " " in word:
        return False
    if word.lower() in _DE_CALENDAR:
        return True
    before = text[max(0, pos - 20) : pos].split()
    return bool(before) and (before[-1].lower() in _DE_DETERMINERS or before[-1].rstrip(".,").isdigit())


# --------------------------------------------------------------------------- story grouping's raw-text test

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


# an article, a German noun of place and the name after it ("die Halbinsel Krim", "das Bundesland Saarland"; the noun
# may close a compound: "im Mittelgebirge Harz", "der Urlaubsinsel Sylt"; the article keeps out "in Darmstadt Polizisten")
_PLACE_NOUN = re.compile(
    r"(?<!\w)(?i:der|die|das|den|dem|des|im|am|vom|zum|zur|beim|ins)\s++(?=[A-ZÄÖÜ])\w*?(?:[Ii]nsel|[Hh]albinsel|[Bb]undesland|[Rr]egion|[Pp]rovinz|[Kk]anton|[Ll]andkreis|[Bb]ezirk"
    r"|[Gg]ebirge|[Gg]ebiet|[Gg]emeinde|[Ss]tadt|[Rr]epublik)\s++(?P<name>[A-ZÄÖÜ][\w-]*+)"
)


def named_places(sentences: list[str], language: str = "de") -> frozenset[str]:
    """The folded words a German text names after a noun of place ("die Halbinsel Krim": "krim"): places, also where
    the text writes them after an article alone ("auf der Krim")."""
    if language != "de":
        return frozenset()
    return frozenset(fold(m.group("name")) for sent in sentences for m in _PLACE_NOUN.finditer(sent))


def common_nouns(sentence: str, language: str = "de", places: Collection[str] = frozenset()) -> set[int]:
    """Start offsets in ``sentence`` of its capitalised words that are common nouns by the rules above (none
    but in German); a word whose folded form is in ``places`` (the place table) is a place, not a noun."""
    if language != "de":
        return set()
    out = {m.start() for m in _CAPITALISED.finditer(sentence) if _ABSTRACT.search(m.group()) and not _ABBREVIATION.match(m.group())}
    for m in _AFTER_DETERMINER.finditer(sentence):
        word = m.group("noun")
        if not _ABBREVIATION.match(word) and fold(word) not in places:
            out.add(m.start("noun"))
    return out


def common_noun_words(sentences: list[str], language: str = "de", places: Collection[str] = frozenset()) -> frozenset[str]:
    """The folded words a German text uses as common nouns somewhere (:func:`common_nouns`): such a word is one
    everywhere in the text, also in a headline that drops its articles ("Feuer in Lagerhalle"); one the text names
    after a noun of place (:func:`named_places`) is none."""
    out = set()
    for sent in sentences:
        out.update(fold(_WORD_AT.match(sent, i).group()) for i in common_nouns(sent, language, places))
    return frozenset(out - named_places(sentences, language)) if out else frozenset()
