"""Analyse: add sentences, entities, quotations, times and numbers to articles.

The :class:`Analyzer` runs spaCy once per paragraph (so sentences never cross
paragraphs and an unclosed quotation mark cannot swallow the next paragraph)
and then a pipeline of components.  A component is a function
``(article, paragraphs) -> None`` registered under a name with
:func:`component`; it reads the spaCy docs and writes one layer of the article.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property

from parallax.config import Options
from parallax.records import Article
from parallax.stamps import analysis_stamp


@dataclass
class Paragraph:
    """A spaCy doc of one paragraph and where it starts in ``Article.text``."""

    index: int
    offset: int
    doc: object  # spacy.tokens.Doc
    # the article's language: a doc of the multilingual pipeline says only "xx" (Swahili, Vietnamese), and the
    # sentence stage reads the language's abbreviations ("Dkt.", "TP.") by it
    lang: str = ""

    @cached_property
    def text(self) -> str:
        """The doc's text, read once: spaCy joins it from every token on each read, and the quotation and
        entity stages read it per quotation and per entity (a 200 KB text with no line breaks: 20,000 reads
        of 10,000-character docs, most of its 40 s)."""
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


# Bounds on what one spaCy doc gets, so hostile text costs linear time and
# bounded memory.  A longer paragraph (a 1 MB line) is parsed in pieces cut at
# a sentence end or space; spaCy needs about 1 GB per 100,000 characters of one
# doc, and refuses docs over 1,000,000.
MAX_DOC_CHARS = 10_000
# spaCy's tokenizer strips prefix and suffix marks one at a time, which is
# quadratic in a run of them ('"' * 20_000 takes minutes).  Such runs are never
# prose; the tokenizer sees them with every 16th mark replaced by a space (same
# length, so offsets hold).
_AFFIX_RUN = re.compile(r"[^\w\s]{16,}|_{16,}")


def _break_runs(text: str) -> str:
    return _AFFIX_RUN.sub(lambda m: "".join(" " if i % 16 == 15 else ch for i, ch in enumerate(m.group())), text)


def doc_pieces(offset: int, text: str, limit: int = MAX_DOC_CHARS) -> Iterator[tuple[int, str]]:
    """``text`` (a paragraph at ``offset``) in pieces of at most ``limit``
    characters, cut after a sentence end or at a space where possible."""
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + limit)
        if end < len(text):
            cut = max(text.rfind(". ", pos, end), text.rfind("? ", pos, end), text.rfind("! ", pos, end))
            cut = cut + 1 if cut > pos else text.rfind(" ", pos, end)
            if cut > pos:
                end = cut
        piece = text[pos:end]
        lead = len(piece) - len(piece.lstrip())
        if piece.strip():
            yield offset + pos + lead, piece.strip()
        pos = end


class Analyzer:
    def __init__(self, options: Options | None = None, pipeline: Iterable[str] = DEFAULT_PIPELINE):
        self.options = options or Options()
        self.pipeline = [COMPONENTS[name] for name in pipeline]

    def parse(self, article: Article) -> list[Paragraph]:
        from parallax.analyze.nlp import get_nlp

        nlp = get_nlp(article.language)
        pieces = [
            (i, off, piece) for i, (start, para) in enumerate(split_with_offsets(article.text)) for off, piece in doc_pieces(start, para)
        ]
        docs = nlp.pipe([_break_runs(p) for _, _, p in pieces], batch_size=self.options.spacy_batch_size)
        lang = (article.language or "")[:2]
        return [Paragraph(i, off, doc, lang) for (i, off, _), doc in zip(pieces, docs, strict=True)]

    def fill_layers(self, article: Article) -> Article:
        """Fill the text's layers of ``article`` in place (no title, no stamp) and return it."""
        paragraphs = self.parse(article)
        article.sentences, article.entities, article.quotes, article.times, article.quantities = [], [], [], [], []
        for fn in self.pipeline:
            fn(article, paragraphs)
        return article

    def analyze(self, article: Article) -> Article:
        """Fill the analysis layers of ``article`` and its title's (:mod:`.title`) in place and return it."""
        from parallax.analyze.long_texts import announce_long_text
        from parallax.analyze.title import analyze_title

        announce_long_text(article)  # a sign of life before minutes of work (long_texts.py)
        self.fill_layers(article)
        article.title_layers = analyze_title(self, article)
        article.analyzed = True
        article.analyzed_by = analysis_stamp()
        return article

    def analyze_all(self, articles: Iterable[Article]) -> list[Article]:
        """Analyse the articles that need it: not analysed yet, or analysed by
        other code or models than these (an upgrade; a stamp-less analysis is
        taken as given, so layers a caller filled by hand stay)."""
        return [a if is_current(a) else self.analyze(a) for a in articles]


def is_current(article: Article) -> bool:
    """Whether ``article`` carries an analysis this code would make."""
    return article.analyzed and article.analyzed_by in (None, analysis_stamp())


# Register the built-in components.
from parallax.analyze import entities, quantities, quotes, sentences, times  # noqa: E402,F401
