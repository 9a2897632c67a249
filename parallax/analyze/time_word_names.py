"""A weekday or a month is no name: drop the entities the time expressions cover.

Greek, Indonesian, Tagalog, Turkish and other languages write their weekdays and months with a capital
("την Κυριακή 8 Μαρτίου", "hari Minggu, 8 Maret", "Pazar günü"), and the rule-based entity layer of the languages
without a model takes every capitalised run for a name: "Κυριακής" and "Μαρτίου" became names of their own, and a
party's run reached into the day after it ("Yeni Yol Partisi Pazar").  Those names then held the figures after
them (:mod:`parallax.compare.holders`: "won Sunday's election with 38.4%" and "won the election of 8 March with
38.1%" named two holders, so the shares were never compared).  Once the times are read, an entity that lies
inside one is dropped, and one that runs into a time's start keeps its words before it.  The languages with a
model are left alone (its DATE is no name), and a name the time reader itself declined ("Theresa May",
:mod:`.times.person_months`) is no time.
"""

from __future__ import annotations

from parallax.analyze.nlp import MODELS
from parallax.records import Article, Entity, TimeExpression


def without_time_words(article: Article) -> None:
    """Drop ``article``'s guessed entities inside a time expression written in words, and cut one that runs into
    a time's start to its words before it."""
    if (article.language or "en")[:2].lower() in MODELS or not article.times or not article.entities:
        return  # a model's entities (its DATE is no name) are not second-guessed
    times = sorted((t.start, t.end) for t in article.times if _in_words(t))
    kept: list[Entity] = []
    for e in article.entities:
        start = next((s for s, t in times if s < e.end and e.start < t), None)
        if start is None:
            kept.append(e)
        elif start > e.start and (cut := article.text[e.start : start].rstrip(" ,")):  # "Yeni Yol Partisi Pazar"
            kept.append(Entity(cut, e.label, e.start, e.start + len(cut), cut))
    article.entities = kept


def _in_words(t: TimeExpression) -> bool:
    """Whether a time expression has a word in it (a figure alone, "2026", is no capitalised run)."""
    return any(ch.isalpha() for ch in t.text)
