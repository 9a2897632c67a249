"""Two nouns of one class at one place that name two things ("cut jobs" / "cut gates"), not one thing two ways.

Two reports of one fact that put different nouns in one part of one act ("cut jobs" / "cut gates") choose words
for one thing, or tell of two things of one kind.  Meaning cannot tell them apart: e5 finds "homes" and "schools"
as near as "protesters" and "rioters".  The reports themselves can: where each also writes the other's word, both
know both things, and the two nouns name two of them (a report that calls the crowd "rioters" where the other
says "protesters" does not also tell of the protesters as others).  Only bare nouns (the head alone) are read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.compare.wording import _words as _diff_words
from parallax.records import Article


@lru_cache(maxsize=256)
def _text_words(text: str) -> frozenset[str]:
    """The words of a text in lower case, as the word-level diff cuts them ("sem-terra", "l'élu") and as their
    parts ("terra", "élu"): a noun written after an elided article or inside a compound is written all the same."""
    whole = {w.lower() for w, _, _ in _diff_words(text, "")}
    return frozenset(whole | {w.lower() for w in re.findall(r"\w+", text)})


def writes(art: Article, word: str) -> bool:
    """Whether an article writes a word anywhere, in that form (lower case): a report that writes both words of a
    pair tells of two things."""
    return word in _text_words(art.text)


def _uses(art: Article, lemma: str) -> bool:
    """Whether an article writes a noun (by its lemma) anywhere, singular or plural."""
    return writes(art, lemma) or writes(art, lemma + "s") or writes(art, lemma + "es")


def two_things(art_a: Article, x, art_b: Article, y) -> bool:
    """Whether two bare nouns paired by their place alone (:class:`.referents.Mention`) name two things: each
    report writes the other's noun too."""
    if x.names or y.names or len(x.words) != 1 or len(y.words) != 1 or x.head == y.head:
        return False
    return _uses(art_b, x.head) and _uses(art_a, y.head)


def two_words(art_a: Article, wa: str, art_b: Article, wb: str) -> bool:
    """Whether two single words the word-level diff paired are both written by both reports: no choice between
    them (each report has the other's word for something of its own)."""
    if " " in wa or " " in wb or wa.lower() == wb.lower():
        return False
    return _uses(art_b, wa.lower()) and _uses(art_a, wb.lower())
