"""Where a report's lead says its event happened, and the rule that two reports of two places are two events.

Two shootings (two fires, two earthquakes) on one day in two cities are told in the same words: "three people
were killed when a gunman opened fire … on Saturday afternoon … police said … the motive is not yet known".
The word signal weighs these shared words more than the actor conflict (-0.95) and the day signal can
subtract, and the two joined one story (stories45: a Houston park and a Memphis grocery store; a fire in Lyon and one in
Marseille, in English and French).  What differs is the place, and news writing names it in the lead: "in
Houston", "à Lyon", "in Mailand", "a Milano".  So an article's *event places* are the names its lead (title and
opening sentences, :func:`parallax.stories.features.lead_text`) writes after a preposition of place or a noun of
place ("the island of Crete", "die Provinz Malatya"), or that the place table knows (:mod:`.place_names`: "Lyon : deux morts …", "eastern Turkey"), folded as name tokens.

The rule gates the join rather than adding a weight: an article whose lead names places, none of which the story
names anywhere, against a story whose leads name places, none of which the article names anywhere, is another
event ("each naming only its own").  Either side without a place in its lead, or one place named by both sides
anywhere (a report from Dallas on a shooting in Houston names Houston; spelt alike, nearly so, or alike in sound,
"Kreta" and "Crete"), lets the fitted model decide.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache

from rapidfuzz import fuzz

from parallax.analyze.german_nouns import common_nouns, named_places
from parallax.letters import UPPER, fold, to_latin
from parallax.sounds import same_sound
from parallax.stories.actors import NAME_MATCH
from parallax.stories.broad_places import narrowed
from parallax.stories.cjk_place_reading import korean_places, places_read
from parallax.stories.district_alone import district_alone
from parallax.stories.han_places import HAN_LANGUAGES, han_place_read, han_places, is_han_place, same_place_read
from parallax.stories.japanese_places import japanese_places
from parallax.stories.place_abbreviations import initialism_place
from parallax.stories.place_cases import first_name
from parallax.stories.place_names import MAX_WORDS, declined_only, known_places, phrase_at, starts_phrase, table_place
from parallax.stories.place_stems import one_stem
from parallax.stories.reference_places import landmark_spans
from parallax.stories.uncased_places import LANGUAGES as UNCASED
from parallax.stories.uncased_places import uncased_places

# prepositions of place of the languages written in Latin or Cyrillic letters ("in" where a language is not listed), and the
# article that may follow one
PREPOSITIONS = {
    "en": "in at near outside off", "de": "in im bei nahe vor", "fr": "à au aux en dans", "es": "en", "it": "a ad in nel nella",
    "pt": "em no na nos nas", "nl": "in bij te", "pl": "w we", "cs": "v ve", "sk": "v vo", "sl": "v", "hr": "u", "bs": "u",
    "sr": "u у", "ro": "în la", "id": "di", "ms": "di", "sv": "i", "da": "i", "no": "i", "nb": "i", "ca": "a en", "ru": "в во", "uk": "в у", "bg": "в във",
}
_ARTICLE = r"the|der|dem|den|le|la|les|el|los|las|il|lo|gli"
# a noun of place before a place's name, an adjective and the "of" between ("the island of Crete", "la provincia di
# Malatya", "die Insel Kreta", "la isla griega de Creta"), as written inside a sentence ("Kansas City Council" is none);
# and the nouns of a part of a place, the place after them ("the old quarter of Fez", "the outskirts of", "in the north
# of": a direction alone, "north of", names a landmark, :mod:`.reference_places`; "las afueras de", "die Altstadt von")
_PLACE_NOUNS = (
    r"island|province|city|town|village|region|county|district|isla|provincia|ciudad|región|isola|città|regione|île|ville"
    r"|région|Insel|Provinz|Stadt|Gemeinde|Bezirk|Landkreis|ilha|cidade|província|região|eiland|provincie|stad|gemeente"
    r"|quarter|outskirts|suburbs?|neighbou?rhood|borough|north|south|east|west|centre|center|afueras|barrio|distrito"
    r"|periferia|quartiere|distretto|banlieue|quartier|faubourg|arredores|bairro|subúrbio|Altstadt|Vorort|Stadtteil"
    r"|Stadtrand|Ortsteil|Viertel|wijk|stadsdeel|buitenwijk"
)
_OF = r"of|de|di|del|della|do|da|des|du|van|von"
_NOUN_WORD = re.compile(rf"(?:{_PLACE_NOUNS})")  # "im Berliner Bezirk Neukölln": "Bezirk" is no place
# a name after a noun of place inside a name a preposition opens ("in der Altstadt von Fes"), read in a second pass
_AFTER_NOUN = re.compile(
    rf"(?<!\w)(?:{_PLACE_NOUNS})\s++(?:(?i:{_OF})\s++|[dD]['’])(?P<place>[{UPPER}][\w'’]*+(?:[ -][{UPPER}][\w'’]*+){{0,3}})"
)
# "the quarter Prati of Rome": the name right after a noun of place is no head of what follows ("Port of Rotterdam")
_NOUN_BEFORE = re.compile(rf"(?<!\w)(?:{_PLACE_NOUNS})\s++$")
_NUMBERED_NOUN = re.compile(r"(?i:district|arrondissement|bezirk|distrito|ward)\s++\d")  # "District 7": the noun is no place
_TOKEN = re.compile(rf"[{UPPER}][\w'’]*+")
MAX_PLACES = 6
_HEAD_OF = re.compile(rf" (?:of|de|di|del|della|do|da|des|du|van) [{UPPER}]")  # a name's head before "of" and a name


@lru_cache(maxsize=32)
def _after_preposition(language: str) -> re.Pattern[str]:
    words = "|".join(PREPOSITIONS.get(language, "in").split())
    # (an adjective between, "la isla griega de Creta"; an article after the "of", "le quartier de la Goutte-d'Or")
    noun = rf"(?:{_PLACE_NOUNS})\s++(?:(?!(?:{_OF})\s)[a-zà-ÿ]++\s++)?+(?:(?i:{_OF})\s++(?:la\s++|l['’])?+|[dD]['’])?+"
    before = rf"(?i:{words})\s++(?:(?i:{_ARTICLE})\s++|[lL]['’])?+|{noun}"
    return re.compile(rf"(?<!\w)(?:{before})(?P<place>[{UPPER}][\w'’]*+(?:[ -][{UPPER}][\w'’]*+){{0,3}})")


def lead_places(lead: Iterable[str], language: str, token: Callable[[str], str | None]) -> tuple[str, ...]:
    """The event places of a lead (its title and opening sentences, each apart), as name tokens (``token`` folds a
    word as the name signal does, None for none), in text order: the capitalised words after a preposition of
    place, and those the place table knows; in German not a common noun (:mod:`parallax.analyze.german_nouns`: "bei Schüssen")."""
    lead = list(lead)
    if language == "ja":  # no capitals, the particle after the name (:mod:`.japanese_places`), or a rank word (:mod:`.han_places`)
        return tuple(dict.fromkeys([*japanese_places(lead), *han_places(lead, language)]))[:MAX_PLACES]
    if language == "zh":  # no capitals: the rank word after a name (:mod:`.han_places`)
        return tuple(han_places(lead, language))
    if language == "ko":  # Hangul: a word the place table knows by its Revised Romanization (:mod:`.cjk_place_reading`)
        return korean_places(lead)
    if language in UNCASED:  # no capitals: a word of place around the name (:mod:`.uncased_places`)
        return uncased_places(lead, language)
    out: list[str] = []
    named = named_places(lead, language)  # "die Halbinsel Krim": "auf der Krim" is a place too
    known, places = (known_places(language) | named, known_places() | named) if named else (known_places(language), known_places())
    for part in lead:
        spans = [m.span("place") for pattern in (_after_preposition(language), _AFTER_NOUN) for m in pattern.finditer(part)]
        landmarks = landmark_spans(part, language)  # "east of Jakarta", "near Jakarta": no event place (:mod:`.reference_places`)
        nouns = common_nouns(part, language, places)
        words = list(_TOKEN.finditer(part))
        i = 0
        while i < len(words):
            m, n = words[i], 1
            run = 1  # a place's name of several words the table knows is one place ("Den Haag": "hague", :mod:`.place_names`)
            while i + run < len(words) and run < MAX_WORDS and part[words[i + run - 1].end() : words[i + run].start()] == " ":
                run += 1
            phrase = None
            if run > 1 and starts_phrase(to_latin(fold(m.group())), language):  # the table's Cyrillic keys are in Latin letters
                phrase = phrase_at([to_latin(fold(w.group())) for w in words[i : i + run]], 0, language)
            if any(a <= m.start() < b for a, b in landmarks):
                tokens = []
            elif phrase:
                n, tokens = phrase[0], phrase[1].split()
            elif m.start() in nouns or _NOUN_WORD.fullmatch(m.group()) or _NUMBERED_NOUN.match(part, m.start()):
                tokens = []
            elif not any(a <= m.start() < b for a, b in spans) and not _known(m.group(), language, known):
                tokens = []
            elif (of := _HEAD_OF.match(part, m.end())) and fold(m.group()) not in known and not _NOUN_BEFORE.search(part, 0, m.start()):
                tokens = []  # "at Port of Rotterdam": the place is Rotterdam, "Port" is what of it
                if any(a <= m.start() < b for a, b in spans):  # "no Rio de Janeiro": the name after the "of" is one too
                    spans.append((m.end(), of.end()))
            elif i > 0 and part[words[i - 1].end() : m.start()] == " " and first_name(to_latin(fold(words[i - 1].group())), language) and declined_only(m.group(), language):
                tokens = []  # "z Michaelem Jordanem": a surname in its case after a first name, no "jordan" place
            else:
                tokens = (token(m.group()) or "").split()
            out.extend(t for t in tokens if t not in out)
            i += n
    return tuple(out[:MAX_PLACES])


def _known(word: str, language: str, known: frozenset[str]) -> bool:
    """Whether a lead's word is a place the table (or the text) knows: as written, in Latin letters, without a Turkish
    case ending after its apostrophe ("İstanbul'da") or another language's case ending ("Helsingissä")."""
    return fold(word) in known or table_place(word, language) is not None or initialism_place(word, language) is not None


def _named(place: str, names: Iterable[str], words: Iterable[Mapping[str, int] | Iterable[str]]) -> bool:
    """Whether ``place`` is among a side's names (exactly, as another spelling or by its sound: "Kreta" is "Crete",
    "Malatia" "Malatya") or, written as it is, among its words (in any language)."""
    if place in names or any(place in bag for bag in words):
        return True
    # (or in another case: "kosiciach" is "kosice", :mod:`.place_stems`)
    return any(same_sound(place, n) or (len(place) >= 4 and fuzz.ratio(place, n) >= NAME_MATCH) or one_stem(place, n) for n in names)


def place_conflict(
    places: Iterable[str], names: Iterable[str], words: Iterable[str],
    story_places: Mapping[str, int], story_names: Mapping[str, int], story_words: Mapping[str, Mapping[str, int]],
    districts: Iterable[str] = (), story_districts: Iterable[str] = (),
) -> bool:  # fmt: skip
    """True when the article's lead names places the story never names and the story's leads name places the
    article never names: two events in two places (when both name a city's districts, :mod:`.city_districts`, two
    districts).  Either side without places: False."""
    places = tuple(places)
    if not places or not story_places or district_alone(places, districts, story_places, story_districts):
        return False  # (a district named alone may be the city the other side names, :mod:`.district_alone`)
    return not any(_sides_named(places, names, words, story_places, story_names, story_words, districts, story_districts))


def place_agreement(
    places: Iterable[str], names: Iterable[str], words: Iterable[str],
    story_places: Mapping[str, int], story_names: Mapping[str, int], story_words: Mapping[str, Mapping[str, int]],
) -> bool:
    """True when a place of the article's lead is named by the story, or a place of the story's leads by the article
    (as :func:`place_conflict` reads them)."""
    return any(_sides_named(tuple(places), names, words, story_places, story_names, story_words))


def _sides_named(
    places: tuple[str, ...], names: Iterable[str], words: Iterable[str],
    story_places: Mapping[str, int], story_names: Mapping[str, int], story_words: Mapping[str, Mapping[str, int]],
    districts: Iterable[str] = (), story_districts: Iterable[str] = (),
) -> tuple[bool, bool]:  # fmt: skip
    """(whether a place of the article's is among the story's names or words, whether one of the story's is among the
    article's).  A side's own event places are among its names: a lead in Korean or Urdu gives the place table's
    English name ("서울의", "کراچی میں": "seoul", "karachi"), which is no word of its text, and no entity model reads
    its names, so two such reports of one place were two events (stories56).  A country both sides name besides a
    city each is left out (:func:`.broad_places.narrowed`: Isfahan and Yazd "in central Iran" are two places), and so
    is a city both name besides a district each (Gangnam and Mapo, in Seoul)."""
    names = set(names) | set(places)
    places, story_places = narrowed(places, story_places, districts, story_districts)
    story_names = {**story_names, **story_places}
    # across scripts a place in kanji or hanzi is read against Latin names, and a Latin place against the words of
    # the side written in them (:func:`.han_places.han_place_read`): only those words are read, for speed
    han_bags = [bag for lang, bag in story_words.items() if lang in HAN_LANGUAGES]
    mine = any(_named(p, story_names, story_words.values()) or han_place_read(p, story_names, han_bags) for p in places)
    own_han = [words] if any(is_han_place(p) for p in places) else []  # a lead with places in kanji: a Japanese or Chinese text
    theirs = any(_named(p, names, (words,)) or han_place_read(p, names, own_han) for p in story_places)
    # and a short place against the other side's places by its reading ("神戸" / "Kobe", :func:`.han_places.same_place_read`)
    # (or in Hangul by its Revised Romanization, "마포" / "Mapo", :func:`.cjk_place_reading.places_read`)
    met = not (mine or theirs) and any(same_place_read(p, q) or places_read(p, q) for p in places for q in story_places)
    return mine or met, theirs


