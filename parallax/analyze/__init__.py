"""Analyse: add sentences, entities, quotations, times and numbers to articles.

The :class:`Analyzer` runs spaCy once per paragraph (so sentences never cross
paragraphs and an unclosed quotation mark cannot swallow the next paragraph)
and then a pipeline of components.  A component is a function
``(article, paragraphs) -> None`` registered under a name with
:func:`component`; it reads the spaCy docs and writes one layer of the article.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from parallax.config import Options
from parallax.records import Article


@dataclass
class Paragraph:
    """A spaCy doc of one paragraph and where it starts in ``Article.text``."""

    index: int
    offset: int
    doc: object  # spacy.tokens.Doc

    @property
    def text(self) -> str:
        return self.doc.text


Component = Callable[[Article, list[Paragraph]], None]
COMPONENTS: dict[str, Component] = {}
DEFAULT_PIPELINE = ("sentences", "entities", "times", "quantities", "quotes")


def component(name: str) -> Callable[[Component], Component]:
    def register(fn: Component) -> Component:
        COMPONENTS[name] = fn
        return fn

    return register


def split_with_offsets(text: str) -> list[tuple[int, str]]:
    """Paragraphs of a cleaned text (separated by blank lines) with their offsets."""
    out = []
    pos = 0
    for block in text.split("\n\n"):
        if block.strip():
            lead = len(block) - len(block.lstrip())
            out.append((pos + lead, block.strip()))
        pos += len(block) + 2
    return out


class Analyzer:
    def __init__(self, options: Options | None = None, pipeline: Iterable[str] = DEFAULT_PIPELINE):
        self.options = options or Options()
        self.pipeline = [COMPONENTS[name] for name in pipeline]

    def parse(self, article: Article) -> list[Paragraph]:
        from parallax.analyze.nlp import get_nlp

        nlp = get_nlp(article.language)
        paras = split_with_offsets(article.text)
        docs = nlp.pipe([p for _, p in paras], batch_size=self.options.spacy_batch_size)
        return [Paragraph(i, off, doc) for i, ((off, _), doc) in enumerate(zip(paras, docs, strict=True))]

    def analyze(self, article: Article) -> Article:
        """Fill the analysis layers of ``article`` in place and return it."""
        paragraphs = self.parse(article)
        article.sentences, article.entities, article.quotes, article.times, article.quantities = [], [], [], [], []
        for fn in self.pipeline:
            fn(article, paragraphs)
        article.analyzed = True
        return article

    def analyze_all(self, articles: Iterable[Article]) -> list[Article]:
        return [a if a.analyzed else self.analyze(a) for a in articles]


# Register the built-in components.
from parallax.analyze import entities, quantities, quotes, sentences, times  # noqa: E402,F401
