"""A dateline's place is a place of the report: "NOVI SAD -", "SAN DIEGO (AP) -", "NEW YORK, Dec 5 (Reuters) -".

A wire report names where it was filed before its first sentence, and for the news of a town (a fire, a shooting, a
flood) that is where the event happened: the lead often names no other place ("A fire at a chemical plant killed
three people on Tuesday").  The event places of a lead (:mod:`.event_places`) are the capitalised words after a
preposition of place or those the place table knows, so a dateline of several words the table lacks ("NOVI SAD",
"SAN DIEGO") gave no place, and in Serbian its "SAD" in capitals was read as the United States (SAD, the initialism);
an article ingested from a file or a feed holds no dateline in its text at all (ingest sets it apart in
``Article.dateline``, :mod:`parallax.ingest.datelines`), so its place was lost to grouping.

So the dateline's place -- the article's ``dateline``, or one the raw text opens with, found by the same rules as
ingest's (:func:`parallax.ingest.datelines.split_dateline`, in the first three paragraphs) -- is read as the first of
the lead's places and a name of the report, its words in capitals written as a name ("NOVI SAD" as "Novi Sad"), and
a raw text's dateline is taken out of the text the names are read from, as ingest does.  A report filed from a
capital about an event elsewhere names the event's place too ("WASHINGTON (AP) - A gunman in Uvalde, Texas …"), and
the rule of two places (:func:`.event_places.place_conflict`) needs only one place shared, so the filing place adds
no conflict there.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from parallax.ingest.datelines import split_dateline
from parallax.letters import fold, to_latin
from parallax.records import Article
from parallax.stories.place_names import known_places, phrase_at, table_place

_PARAGRAPHS = 3  # ingest looks for a dateline in the first three paragraphs (:func:`parallax.ingest.clean.clean_paragraphs`)
_AGENCY = re.compile(r"\s*\([^()]*\)\s*$")  # "NOVI SAD (Reuters)": the agency ingest writes after the place
_PARTS = re.compile(r"\s*[,/]\s*")  # "UVALDE, Texas", "BERLIN/PARIS": each part a place
# a label before a colon has the shape of a dateline without a dash ("MUMBAI:", but "POSTED:", "MUST SEE:", "NCAA:"): it
# is read only where the place table knows it
_COLON = re.compile(r"^[^:\n()-]{1,40}:")


def _known(place: str, language: str | None) -> bool:
    words = [to_latin(fold(w)) for w in _PARTS.split(place)[0].split()]
    lang = (language or "en")[:2]
    return bool(words) and (phrase_at(words, 0, lang) is not None or (len(words) == 1 and table_place(words[0], lang) is not None)
                            or " ".join(words) in known_places())


def with_dateline(article: Article) -> tuple[Article, str | None]:
    """The article as grouping reads its names (a raw text's dateline taken out, as ingest takes it out) and the
    dateline's place (None: none).  An analysed article keeps its text: its sentences and entities point into it."""
    if article.dateline:
        return article, _AGENCY.sub("", article.dateline).strip() or None
    paragraphs = article.text.split("\n")
    for i, para in enumerate(paragraphs[:_PARAGRAPHS]):
        if not para.strip():
            continue
        d = split_dateline(para)
        if d is None or not d.place or d.before or not d.after.strip() or (_COLON.match(para) and not _known(d.place, article.language)):
            continue
        if article.sentences or article.entities:
            return article, d.place
        text = "\n".join([*paragraphs[:i], d.after, *paragraphs[i + 1 :]])
        return replace(article, text=text), d.place
    return article, None


def _as_name(word: str) -> str:
    """A word in capitals written as a name ("SAD" as "Sad": no initialism in a dateline's place)."""
    return word[:1] + word[1:].lower() if word.isupper() and len(word) > 1 else word


def dateline_tokens(place: str | None, language: str, token: Callable[[str], str | None]) -> tuple[str, ...]:
    """The name tokens of a dateline's place (``token`` folds a word as the name signal does, None for none): a name
    of several words the place table knows as the words of its English name ("DEN HAAG": "hague"), else each word's."""
    if not place:
        return ()
    out: list[str] = []
    for part in _PARTS.split(place):
        words = [_as_name(w) for w in part.split()]
        if not words:
            continue
        phrase = phrase_at([to_latin(fold(w)) for w in words], 0, language) if len(words) > 1 else None
        tokens = phrase[1].split() if phrase and phrase[0] == len(words) else [t for w in words for t in (token(w) or "").split()]
        out.extend(t for t in tokens if t not in out)
    return tuple(out)
