"""The headline's own analysis, made once in the analyze stage beside its article's.

A headline states the story's main fact ("Quake kills 12 in Karvelia") and the comparison sets it against the
other reports (``compare/headlines.py``).  It needs the headline's sentences, entities, dates and numbers, which
are the article layers read from the title as a text of its own in the article's language; made here they are
stored with the article (``Article.title_layers`` inside its record) and a comparison reads them instead of
parsing every title again on every comparison.  A title longer than :data:`MAX_TITLE` is no headline (a page's
whole standfirst) and gets empty layers, so it is not read again either.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parallax.records import Article, TitleLayers

if TYPE_CHECKING:
    from parallax.analyze import Analyzer

MAX_TITLE = 400  # characters: a longer "title" is no headline, and is not read


def title_text(article: Article) -> str | None:
    """The headline as it is analysed (the title stripped), or None where the article has none."""
    return article.title.strip() if article.title and article.title.strip() else None


def _as_article(article: Article, text: str) -> Article:
    """The headline as an article of its own: same id, outlet, date, dateline date and language (its dates resolve as
    the body's: a wire headline's "today" is its dateline's day too)."""
    return Article(
        id=article.id,
        text=text,
        outlet=article.outlet,
        published=article.published,
        language=article.language,
        dateline_date=article.dateline_date,
    )


def analyze_title(analyzer: Analyzer, article: Article) -> TitleLayers | None:
    """The title's layers, made by ``analyzer``'s pipeline (None where there is no title)."""
    text = title_text(article)
    if text is None:
        return None
    if len(article.title or "") > MAX_TITLE:
        return TitleLayers()
    head = analyzer.fill_layers(_as_article(article, text))
    return TitleLayers(head.sentences, head.entities, head.quotes, head.times, head.quantities)


def headline_article(article: Article) -> Article | None:
    """The stored headline analysis as an analysed article of its own, or None where there is none (no title, no
    layers yet, or no sentence in them)."""
    text, layers = title_text(article), article.title_layers
    if text is None or layers is None or not layers.sentences:
        return None
    head = _as_article(article, text)
    head.sentences, head.entities, head.quotes = layers.sentences, layers.entities, layers.quotes
    head.times, head.quantities, head.analyzed = layers.times, layers.quantities, True
    return head
