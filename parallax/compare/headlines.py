"""Each article's headline against the other reports: its figures, names and dates, and its wording.

Analysts read a story's framing first in its headlines, yet the headline is not in an article's text, so the
alignment never met it.  A headline ("Quake kills 12 in Karvelia") states a fact the other reports give in their
own headline or in their body ("The death toll rose to 10"); each headline is analysed with its article in the
analyze stage, as a text of its own in the article's language (``analyze/title.py``), and here compared, as an
aligned sentence is (:func:`sentence_conflicts`), with
the sentences of each other article it meets: the other headline, the body sentence the fact links would join
it to (the only toll, count, sum, share, age ... of each: :mod:`.casualties`, :mod:`.count_links` ...), and the
body sentence nearest it in meaning where that is close enough to be one statement and clearly nearer than the
next (the alignment's rule across languages, :data:`XL_MEANING` and :data:`XL_MARGIN`: a headline "£5m fund to
retrain workers" is nearest, but by little, to "a pre-tax loss of £38 million").  A figure of that nearest sentence
conflicts only where the two lie within a factor of two (a headline rounds, but "1,400 jobs" against "a further
600 jobs" is another count), while a figure a fact link joins (one toll, one count) conflicts at any distance.  A
body sentence about another occasion ("the deadliest since 1987, when a quake killed 100") is never compared: a
headline tells the event itself.  A headline meets its own article's body only through the fact links (the
only toll, count, sum ... of each, :func:`_own_body`): a report elaborates its headline, so nearness in meaning
there says nothing, but a headline whose one figure its own body contradicts ("kills 12" over a toll of 10) is
worth a line.  A headline's toll against another report's published an hour or more later keeps the likely-update
mark of :mod:`.updates` (``later``), as a body's does: a headline is its report's, of its publication time
("Landslide kills 14" at 06:00, "toll rises to 23" at 15:00); against its own body it gets none (one report, one
time).  A conflict between two headlines is listed once, under the first.  Two headlines in one language also give their choice of words
(:func:`naming_choices`: "rioters" / "protesters").
"""

from __future__ import annotations

import json
from dataclasses import replace

from parallax.analyze.title import analyze_title, headline_article, title_text
from parallax.compare.ages import age_links
from parallax.compare.align import XL_MARGIN, XL_MEANING
from parallax.compare.casualties import casualty_links
from parallax.compare.conflicts import merge, sentence_conflicts
from parallax.compare.count_links import count_links
from parallax.compare.figure_links import another_time, figure_links
from parallax.compare.hedges import values_of
from parallax.compare.money_links import money_links
from parallax.compare.numbers import numbers
from parallax.compare.referents import naming_choices
from parallax.config import Options
from parallax.embed import get_embedder, rescale
from parallax.records import Article, Conflict, Headline, HeadlineConflict, headline_key

_LINKS = (casualty_links, age_links, count_links, money_links, figure_links)
_FACTOR = 2.0  # the most a headline's figure and a figure of the sentence nearest it in meaning differ


def headline_articles(articles: list[Article], options: Options) -> dict[int, Article]:
    """Each titled article's headline as an analysed article of its own (same id, language and date), from the
    title layers the analyze stage stored with it; an article without them (a record stored before titles were
    analysed, or one whose layers a caller filled by hand) has its title analysed here, on read, into a copy:
    the compare stage reads analysed records and never writes them (a caller's article, or a stored one, keeps
    what the analyze stage gave it)."""
    from parallax.analyze import Analyzer

    analyzer = None
    out = {}
    for i, a in enumerate(articles):
        if a.title_layers is None and title_text(a) is not None:
            analyzer = analyzer or Analyzer(options)
            a = replace(a, title_layers=analyze_title(analyzer, a))
        if (head := headline_article(a)) is not None:
            out[i] = head
    return out


def _nearest(head: Article, other: Article, embedder: str) -> list[tuple[int, int]]:
    """(headline sentence, body sentence) pairs where the body sentence is the headline's nearest in meaning, close enough."""
    if not other.sentences:
        return []
    emb = get_embedder(embedder)
    vh, vo = emb.embed([s.text for s in head.sentences]), emb.embed([s.text for s in other.sentences])
    out = []
    for i, row in enumerate(rescale(vh @ vo.T, emb.floor)):
        best, *rest = sorted(row, reverse=True)
        if best >= XL_MEANING and (not rest or best - rest[0] >= XL_MARGIN):
            out.append((i, int(row.argmax())))
    return out


def _near_figures(c: Conflict) -> bool:
    """Whether a conflict from a sentence near in meaning may be one figure given twice: not a number, or
    numbers within :data:`_FACTOR` of each other."""
    if c.kind != "number":
        return True
    figures = [x for v in c.values.values() if isinstance(v, list) for x in v if isinstance(x, int | float) and x > 0]
    return not figures or max(figures) <= _FACTOR * min(figures)


def _linked(head: Article, other: Article) -> list[tuple[int, int]]:
    """(headline sentence, body sentence) pairs the fact links join: one toll, count, sum, share or age given twice."""
    pairs = []
    for links in _LINKS:
        for (x, sx), (y, sy) in links([head, other]):
            pair = (sx, sy) if (x, y) == (0, 1) else (sy, sx)
            if pair not in pairs:
                pairs.append(pair)
    return pairs


def _own_body(head: Article, own: Article) -> list[HeadlineConflict]:
    """The headline against its own article's body, where a fact link joins them (the only toll, count, sum,
    share or age of each): "Quake kills 12" over a report whose toll is 10.  Only the links are read (no
    meaning), so this costs no embedding; the headline's value is keyed :func:`~parallax.records.headline_key`."""
    head = replace(head, id=headline_key(own.id))
    found = []
    for si, sj in _linked(head, own):
        if another_time(own, own.sentences[sj]):
            continue
        for c in merge(sentence_conflicts(head, head.sentences[si], own, own.sentences[sj])):
            if _stated_in_body(c, own):
                continue
            found.append(HeadlineConflict(c.kind, c.values, own.id, "own", own.sentences[sj].text, c.unit, c.units))
    return found


def _length_cut_short(c: Conflict, head: str) -> bool:
    """Whether a headline's length of time is the report's cut to its first unit: "condenado a 12 anos" over "12
    anos e 4 meses de prisão" (P12Y / P12Y4M), as a headline shortens; no conflict."""
    if c.kind != "number" or c.unit != "duration" or len(c.values) != 2:
        return False
    mine, theirs = c.values.get(head), next((v for k, v in c.values.items() if k != head), None)
    mine, theirs = (v[0] if isinstance(v, list) and len(v) == 1 else v for v in (mine, theirs))
    return isinstance(mine, str) and isinstance(theirs, str) and len(theirs) > len(mine) and theirs.startswith(mine)


def _stated_in_body(c: Conflict, own: Article) -> bool:
    """Whether each figure of the headline in a number conflict is one its own body states, of the same unit,
    in another sentence: a headline picks one of its report's figures ("profit falls 38%" over "operating
    profit fell 38%" and "net profit dropped 42%"), and the link that joined it to the other one's sentence
    chose between two profits the headline never told apart."""
    head, unit = c.values.get(headline_key(own.id)), c.unit
    if c.kind != "number" or not isinstance(head, list) or not head or unit is None:
        return False
    stated: set[float] = set()
    for s in own.sentences:
        for key, by_what in numbers(own, s).items():
            if (key[-1] if isinstance(key, tuple) else key) == unit:
                stated.update(v for entries in by_what.values() for v in values_of(entries))
    return set(head) <= stated


def _key(c: HeadlineConflict, head: str) -> tuple[str, frozenset[str], str]:
    """What makes two headlines' conflicts one: their kind, their two articles and their values."""
    return c.kind, frozenset((head, c.article)), json.dumps([c.values, c.unit, c.units], sort_keys=True, default=str)


def compare_headlines(articles: list[Article], options: Options) -> list[Headline]:
    """Each titled article's headline with its conflicts against the other reports and its own body, and its
    choice of words against the other headlines in its language (see the module).  A conflict between two
    headlines is listed once, under the first of them."""
    heads = headline_articles(articles, options)
    out = []
    between: set[tuple[str, frozenset[str], str]] = set()  # conflicts of two headlines already listed
    for i, head in heads.items():
        found: list[HeadlineConflict] = []
        choices: list[dict] = []
        for j, other in enumerate(articles):
            if j == i:
                found += _own_body(head, other)
                continue
            if j in heads:  # the other headline
                theirs = heads[j]
                for c in merge(sentence_conflicts(head, head.sentences[0], theirs, theirs.sentences[0])):
                    hc = HeadlineConflict(c.kind, c.values, other.id, "headline", theirs.sentences[0].text, c.unit, c.units, c.later)
                    if _key(hc, head.id) not in between:
                        between.add(_key(hc, head.id))
                        found.append(hc)
                if not head.in_another_language(theirs):
                    for wa, wb in naming_choices(head, head.sentences[0], theirs, theirs.sentences[0], options.embedder):
                        choices.append({"article": other.id, "values": {head.id: wa, other.id: wb}})
            linked = _linked(head, other)
            for si, sj in dict.fromkeys(linked + _nearest(head, other, options.embedder)):
                if another_time(other, other.sentences[sj]):
                    continue  # "the deadliest since 1987, when a quake killed 100": a headline tells the event, not its past
                for c in merge(sentence_conflicts(head, head.sentences[si], other, other.sentences[sj])):
                    if (si, sj) not in linked and not _near_figures(c) or _length_cut_short(c, head.id):
                        continue
                    found.append(HeadlineConflict(c.kind, c.values, other.id, "text", other.sentences[sj].text, c.unit, c.units, c.later))
        out.append(Headline(head.id, head.text, found, choices))
    return out
