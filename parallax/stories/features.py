"""What story grouping keeps of an article: the :class:`Signals` record, and the article's names.

An article is reduced once to :class:`Signals` (embedding of title and lead,
salient names, content words, explicit time marks, publication time) so that
scoring it against a story never touches the text again and a stored state can
resume without the archive.  The functions here are cheap and language-light:
they work on analysed articles (entities, resolved times) and fall back to
surface cues (capitalised tokens, years written out) on raw ones.  What the text
gives before any name is read (the lead, sentences, content words, time marks) is
in :mod:`.article_text`, whose names are importable from here too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from parallax.analyze.german_nouns import common_noun_words
from parallax.ingest.timeparse import published_ts  # noqa: F401  (re-exported: the clusterer's time axis)
from parallax.letters import UPPER, fold, to_latin
from parallax.records import Article
from parallax.serbian_script import latin_form
from parallax.stories.actors import ACTOR_LABELS, actor_tokens
from parallax.stories.article_text import (  # noqa: F401  (moved there in stories55: importable from here as before)
    _KANJI_RUN,
    _KATAKANA,
    _KATAKANA_WORD,
    _SENT_END,
    _UNSPACED_RUN,
    _URLISH,
    _WORD,
    LEAD_CHARS,
    MAX_WORD_TOKENS,
    _serbian,
    content_words,
    is_urlish,
    lead_parts,
    lead_text,
    sentences_of,
    stop_words,
    time_marks,
)
from parallax.stories.calendar_names import calendar_words
from parallax.stories.city_adjectives import adjective_cities
from parallax.stories.city_districts import district_cities, lead_districts
from parallax.stories.date_words import is_date_word
from parallax.stories.dateline_places import dateline_tokens, with_dateline
from parallax.stories.event_days import lead_days
from parallax.stories.event_places import MAX_PLACES, lead_places
from parallax.stories.figures import _YEAR as _YEAR
from parallax.stories.figures import _numeric_days as _numeric_days
from parallax.stories.figures import numbers as numbers
from parallax.stories.place_abbreviations import initialism_place
from parallax.stories.place_cases import SUFFIXED as _SUFFIXED
from parallax.stories.place_cases import first_name
from parallax.stories.place_names import MAX_WORDS as MAX_PLACE_WORDS
from parallax.stories.place_names import english_place, known_places, phrase_at, starts_phrase, table_place
from parallax.stories.weekday_names import weekday_is_name
from parallax.stories.year_counts import counts

__all__ = [
    "LEAD_CHARS", "MAX_WORD_TOKENS", "Signals", "content_words", "is_urlish", "lead_parts", "lead_text", "name_occurrences",
    "name_token", "numbers", "published_ts", "salient_names", "sentences_of", "signals_without_vector", "stop_words",
    "time_marks",
]  # fmt: skip

MAX_NAMES = 12  # name tokens kept per article, most salient first
PERSON_LABELS = {"PERSON", "PER"}
NAME_LABELS = {"PERSON", "PER", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "MISC", "LAW", "WORK_OF_ART"}

# the capitals of Latin Extended-A (U+0100-U+017F): the range "Ā-Ž" took its lower-case letters too, so "żyją",
# "łodzią", "člověk", "šest" were names in a Polish or Czech raw text (stories47)
_EXTENDED_A_UPPER = "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper())
_CAP = re.compile(rf"^[{UPPER}{_EXTENDED_A_UPPER}][\w'’-]*$")
_ELIDED = re.compile(r"^(?:[dlDL]|dell|dall|nell|sull|all|qu)['’](?=\w)")
_POSSESSIVE = re.compile(r"['’]s?$")
# Capitalised but not names: weekdays and months (en, de, fr, folded).
CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december montag dienstag mittwoch donnerstag freitag samstag sonntag "
    "januar februar marz juni juli oktober dezember lundi mardi mercredi jeudi vendredi samedi dimanche janvier "
    "fevrier mars avril juin juillet aout septembre octobre novembre decembre".split()
)


@dataclass
class Signals:
    """One article as the clusterer sees it."""

    id: str
    ts: float | None  # publication time, UTC seconds; None when unknown
    language: str
    vector: np.ndarray  # L2-normalised embedding of the lead
    names: tuple[str, ...]  # salient names, most salient first
    words: frozenset[str]  # content words of the opening of the text
    times: frozenset[str]  # explicit years (and resolved days) the text mentions
    numbers: frozenset[str]  # figures the text mentions (death tolls, sums, magnitudes), normalised
    title: str
    outlet: str | None
    published: str | None
    actors: tuple[str, ...] = ()  # leading actors, most named first (:mod:`parallax.stories.actors`)
    roundup: bool = False  # a roundup of several events (ingest/roundups.py): it joins a story, never merges two
    days: tuple[str, ...] = ()  # weekdays the lead names as the event's (:mod:`parallax.stories.event_days`)
    places: tuple[str, ...] = ()  # places the lead names as the event's (:mod:`parallax.stories.event_places`)
    districts: tuple[str, ...] = ()  # those of its places it names as a city's districts (:mod:`.city_districts`)




def name_token(token: str, stops: frozenset[str], language: str = "", serbian: bool = False, cut: bool = True) -> str | None:
    """A folded name token without possessive or case ending, in Latin letters (so "Петров" meets
    "Petrov" across languages; a ``serbian`` Cyrillic one by the Serbian alphabet: "Ниш" is "nis"), a place's
    name in another language as its English one ("Mailand" is "milan", :mod:`.place_names`), or ``None``
    for stop and calendar words; not ``cut``: a word of a person's name, never read as a place by its case ending nor
    dropped as a weekday (:mod:`.weekday_names`)."""
    initialism = initialism_place(latin_form(token, serbian), language)  # "SAD-u" (:mod:`.place_abbreviations`)
    if initialism is not None:
        return initialism
    t = fold(latin_form(token, serbian))
    t = _SUFFIXED[language].sub("", t) if language in _SUFFIXED else _POSSESSIVE.sub("", t)
    if len(t) < 3 or t in stops or (cut and (t in CALENDAR_WORDS or t in calendar_words(language))):  # "Plácido Domingo"
        return None
    return english_place(to_latin(t), language, cut)


def name_occurrences(article: Article, language: str, nouns: frozenset[str] | None = None) -> Iterator[tuple[str, int]]:
    """The article's name tokens in text order, folded (:func:`name_token`), each with its place in its name
    (0 for the first word; "Jackson" in "Vincent Jackson" is 1, so a name's end is known, :mod:`.actors`): an
    analysed article's from its entities, a raw one's from capitalised tokens that do not open a sentence (a cheap
    proxy; in German, which capitalises its nouns, not those the rules of :mod:`parallax.analyze.german_nouns` find common:
    ``nouns``, where the caller has them already)."""
    stops = stop_words(language)
    serbian = _serbian(article)
    if article.entities:
        for ent in article.entities:
            if ent.label in NAME_LABELS:
                words = list(_WORD.finditer(ent.canonical or ent.text))
                i = 0
                while i < len(words):
                    n, tokens = _name_at(words, i, stops, language, serbian, person=ent.label in PERSON_LABELS)
                    for k, t in enumerate(tokens):
                        yield t, i + k if ent.label in ACTOR_LABELS else 0
                    i += n
        return
    sentences = sentences_of(article)
    if nouns is None:
        nouns = common_noun_words(sentences, language, known_places())  # German capitalises its nouns (:mod:`parallax.analyze.german_nouns`)
    for sent in sentences:
        if is_urlish(sent):
            continue
        head_end, place = -1, 0  # where the name token just before ended (-1: none), and its place in its name
        words = list(_WORD.finditer(sent))
        i = 0
        while i < len(words):
            m = words[i]
            if is_date_word(sent, m, language):  # "Aug 2", "6:50pm EDT": when, not who (:mod:`.date_words`)
                head_end, i = -1, i + 1
                continue
            person = i > 0 and (
                (sent[words[i - 1].end() : m.start()] == " " and first_name(to_latin(fold(words[i - 1].group())), language))
                or weekday_is_name(sent[: m.start()], m.group(), language, sent[m.end() :])  # "Plácido Domingo" (:mod:`.weekday_names`)
            )
            n, tokens = _name_at(words, i, stops, language, serbian, nouns, sent, person=person)
            place = place + 1 if tokens and head_end >= 0 and sent[head_end : m.start()] == " " else 0
            # a sentence's first word is capitalised anyway, but a place's name of several words is one, and so is a
            # place the table knows ("Moskovassa syttyi …", "Budapesten …": stories47)
            if i > 0 or n > 1 or (tokens and table_place(m.group(), language) is not None):
                for k, t in enumerate(tokens):
                    yield t, place + k
            place += max(len(tokens) - 1, 0)
            head_end = words[i + n - 1].end() if tokens else -1
            i += n


def _name_at(
    words: list[re.Match[str]], i: int, stops: frozenset[str], language: str, serbian: bool,
    nouns: frozenset[str] = frozenset(), text: str | None = None, person: bool = False,
) -> tuple[int, list[str]]:
    """The name tokens of the word at ``i`` of ``words`` (matches in ``text``; None: an entity's words, all names):
    (how many words they take, the tokens).  A place's name of several capitalised words one space apart that the
    place table reads in ``language`` ("Nueva York", "Den Haag", :mod:`.place_names`) is the words of its English
    name ("new york", "hague"); a word is one token, or none (:func:`name_token`; in raw text a capitalised word
    that is no common noun), or the words of its place's English name ("Hongkong": "hong kong"); ``person``: the word
    is a person's name's (a person entity's, or a raw word right after a first name), not cut to a place by its case
    ending ("Michaela Jordana")."""
    tok = words[i].group() if text is None else _ELIDED.sub("", words[i].group())  # "d'Héraklion": the name after the article
    if text is not None and not _CAP.match(tok):
        return 1, []
    run = 1
    while i + run < len(words) and run < MAX_PLACE_WORDS and (text is None or text[words[i + run - 1].end() : words[i + run].start()] == " "):
        if text is not None and not _CAP.match(words[i + run].group()):
            break
        run += 1
    phrase = None
    if run > 1 and starts_phrase(to_latin(fold(latin_form(words[i].group(), serbian))), language):  # Cyrillic keys are Latin
        phrase = phrase_at([to_latin(fold(latin_form(w.group(), serbian))) for w in words[i : i + run]], 0, language)
    if phrase:
        return phrase[0], phrase[1].split()
    t = name_token(tok, stops, language, serbian, cut=not person) if fold(tok) not in nouns else None
    return 1, t.split() if t else []


def salient_names(article: Article, language: str, occurrences: list[tuple[str, bool]] | None = None) -> tuple[str, ...]:
    """Up to ``MAX_NAMES`` name tokens (:func:`name_occurrences`, or ``occurrences`` when the caller has
    them), most frequent first, then in order of appearance."""
    counts: dict[str, int] = {}
    for t, _ in name_occurrences(article, language) if occurrences is None else occurrences:
        counts[t] = counts.get(t, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])  # stable: ties keep text order, lead first
    return tuple(t for t, _ in ranked[:MAX_NAMES])




def signals_without_vector(article: Article) -> Signals:
    """Everything but the embedding (embedding is done in batches by the caller); a dateline's place is a place and
    a name of the report, its raw text's dateline no part of its names (:mod:`.dateline_places`)."""
    language = (article.language or "en").lower()[:2]
    dated, (article, dateline) = article, with_dateline(article)  # a dateline's date is a time of the event
    title = (article.title or "").strip() or next((s for s in sentences_of(article) if not is_urlish(s)), "")[:200]
    stops, serbian, nouns = stop_words(language), _serbian(article), common_noun_words(sentences_of(article), language, known_places())
    occurrences = list(name_occurrences(article, language, nouns))
    filed = dateline_tokens(dateline, language, lambda w: name_token(w, stops, language, serbian))

    def place_token(word: str) -> str | None:
        return None if fold(word) in nouns else name_token(word, stops, language, serbian)

    lead = lead_parts(article)
    places = tuple(dict.fromkeys(filed + lead_places(lead, language, place_token)))  # an actor is none of them
    districts = lead_districts(lead, language, place_token, places)  # "№19": a numbered district is one more place
    cities = district_cities(lead, language) + adjective_cities(lead, language, place_token)  # "Berliner Bezirk", "Hamburger Polizei"
    places = tuple(dict.fromkeys(places + districts + cities))[:MAX_PLACES]
    return Signals(
        id=article.id,
        ts=published_ts(article.published),
        language=language,
        vector=np.zeros(0, dtype=np.float32),
        names=salient_names(article, language, occurrences + [(t, 0) for t in filed]),
        words=content_words(latin_form(f"{article.title or ''}\n{article.text}", serbian), language),
        times=time_marks(dated),
        numbers=numbers(article.text, counts(article.text[:3000], stops, language)),
        title=title,
        outlet=article.outlet,
        published=article.published,
        actors=actor_tokens(occurrences, places),
        roundup=article.kind == "roundup",
        days=lead_days(lead_text(article), language),
        places=places,
        districts=tuple(d for d in districts if d in places),
    )
