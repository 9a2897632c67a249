"""Each article's headline against the other reports: its figures, names and dates, and its wording.

Analysts read a story's framing first in its headlines, yet the headline is not in an article's text, so the
alignment never met it.  A headline ("Quake kills 12 in Karvelia") states a fact the other reports give in their
own headline or in their body ("The death toll rose to 10"); here each headline is analysed as a text of one
sentence in its article's language, then compared, as an aligned sentence is (:func:`sentence_conflicts`), with
the sentences of each other article it meets: the other headline, the body sentence the fact links would join
it to (the only toll, count, sum, share, age ... of each: :mod:`.casualties`, :mod:`.count_links` ...), and the
body sentence nearest it in meaning where that is close enough to be one statement and clearly nearer than the
next (the alignment's rule across languages, :data:`XL_MEANING` and :data:`XL_MARGIN`: a headline "£5m fund to
retrain workers" is nearest, but by little, to "a pre-tax loss of £38 million").  A figure of that nearest sentence
conflicts only where the two lie within a factor of two (a headline rounds, but "1,400 jobs" against "a further
600 jobs" is another count), while a figure a fact link joins (one toll, one count) conflicts at any distance.  A
body sentence about another occasion ("the deadliest since 1987, when a quake killed 100") is never compared: a
headline tells the event itself.  A headline's own article is left out: the report elaborates its headline,
and the comparison is of outlets.  Two headlines in one language also give their choice of words
(:func:`naming_choices`: "rioters" / "protesters").
"""

from __future__ import annotations

from parallax.compare.ages import age_links
from parallax.compare.align import XL_MARGIN, XL_MEANING
from parallax.compare.casualties import casualty_links
from parallax.compare.conflicts import merge, sentence_conflicts
from parallax.compare.count_links import count_links
from parallax.compare.figure_links import another_time, figure_links
from parallax.compare.money_links import money_links
from parallax.compare.referents import naming_choices
from parallax.config import Options
from parallax.embed import get_embedder, rescale
from parallax.records import Article, Conflict, Headline, HeadlineConflict

_LINKS = (casualty_links, age_links, count_links, money_links, figure_links)
_FACTOR = 2.0  # the most a headline's figure and a figure of the sentence nearest it in meaning differ
_MAX_TITLE = 400  # characters: a longer "title" is no headline (a page's whole standfirst), and is not read


def headline_articles(articles: list[Article], options: Options) -> dict[int, Article]:
    """Each titled article's headline as an analysed article of its own (same id, language and date)."""
    out = {
        i: Article(id=a.id, text=a.title.strip(), outlet=a.outlet, published=a.published, language=a.language)
        for i, a in enumerate(articles)
        if a.title and a.title.strip() and len(a.title) <= _MAX_TITLE
    }
    if out:
        from parallax.analyze import Analyzer

        Analyzer(options).analyze_all(list(out.values()))
    return {i: h for i, h in out.items() if h.sentences}


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


def compare_headlines(articles: list[Article], options: Options) -> list[Headline]:
    """Each titled article's headline with its conflicts against the other reports and its choice of words
    against the other headlines in its language (see the module)."""
    heads = headline_articles(articles, options)
    out = []
    for i, head in heads.items():
        found: list[HeadlineConflict] = []
        choices: list[dict] = []
        for j, other in enumerate(articles):
            if j == i:
                continue
            if j in heads:  # the other headline
                theirs = heads[j]
                for c in merge(sentence_conflicts(head, head.sentences[0], theirs, theirs.sentences[0])):
                    found.append(HeadlineConflict(c.kind, c.values, other.id, "headline", theirs.sentences[0].text))
                if not head.in_another_language(theirs):
                    for wa, wb in naming_choices(head, head.sentences[0], theirs, theirs.sentences[0], options.embedder):
                        choices.append({"article": other.id, "values": {head.id: wa, other.id: wb}})
            linked = _linked(head, other)
            for si, sj in dict.fromkeys(linked + _nearest(head, other, options.embedder)):
                if another_time(other, other.sentences[sj]):
                    continue  # "the deadliest since 1987, when a quake killed 100": a headline tells the event, not its past
                for c in merge(sentence_conflicts(head, head.sentences[si], other, other.sentences[sj])):
                    if (si, sj) not in linked and not _near_figures(c):
                        continue
                    found.append(HeadlineConflict(c.kind, c.values, other.id, "text", other.sentences[sj].text))
        out.append(Headline(head.id, head.text, found, choices))
    return out
