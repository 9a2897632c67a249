"""A capitalised English common noun that opens a sentence is no person (QA round 51).

English capitalises the first word of a sentence, and the small English model then tags a common noun there as a
person now and again ("Turnout was low across the ward", "Rainfall eased by noon").  A quotation's '"...," she said'
then took that noun as the woman who spoke.  A one-word person mention is dropped where all of this holds:

* it opens a sentence (or a paragraph), the one place English gives a common noun a capital, and only its first
  letter is one (a transcript's "WALLACE:" is a speaker's label);
* its lower-case form is a noun of the model's own lemmatizer index (WordNet's nouns, shipped with the model);
* it is no given name ("Hope", "Grace"), and no fuller person the article names holds it as a word ("Brown" after
  "Gordon Brown" is that man), and the article never writes it with a capital inside a sentence (a name keeps its
  capital everywhere; a common noun has it only where a sentence starts).

A surname that is also a noun ("Cook", "Smith") and opens a sentence with no fuller mention anywhere is lost; news
names a person in full before the bare surname, so that case is rare, and the fuller mention keeps it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.analyze.names import FIRST_NAMES
from parallax.records import Article

_PEOPLE = ("PERSON", "PER")
# what stands right before a word that opens a sentence: the start, a line break, a full stop, a quotation mark
_OPENERS = '.!?\n"“‘—–'


@lru_cache(maxsize=1)
def _english_nouns() -> frozenset[str]:
    """The nouns of the English model's lemmatizer index (empty where no English model is installed)."""
    try:
        from parallax.analyze.nlp import get_nlp

        lem = get_nlp("en").get_pipe("lemmatizer")
        return frozenset(lem.lookups.get_table("lemma_index")["noun"])
    except (KeyError, ValueError, OSError, AttributeError):
        return frozenset()


def _opens_sentence(text: str, start: int) -> bool:
    i = start  # (a walk back over spaces, not a copy of the text before: one per mention of a long text)
    while i and text[i - 1] in " \t":
        i -= 1
    return not i or text[i - 1] in _OPENERS


def drop_noun_openers(article: Article, lang: str) -> None:
    """Remove the one-word person mentions of an English ``article`` that are a common noun opening a sentence."""
    if lang != "en" or not article.entities:
        return
    nouns = _english_nouns()
    if not nouns:
        return
    text = article.text
    held = {w for e in article.entities if e.label in _PEOPLE and len(e.text.split()) > 1 for w in e.text.split()}

    def noun_opener(e) -> bool:
        word = e.text
        if e.label not in _PEOPLE or not word.isalpha() or not word.istitle() or word.lower() not in nouns or word.lower() in FIRST_NAMES:
            return False
        if word in held or not _opens_sentence(text, e.start):
            return False
        # capitalised inside a sentence anywhere in the article: a name
        return not any(not _opens_sentence(text, m.start()) for m in re.finditer(rf"\b{re.escape(word)}\b", text))

    article.entities = [e for e in article.entities if not noun_opener(e)]
