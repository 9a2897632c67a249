"""Small helpers the test modules share: one analysed article from a text."""

from __future__ import annotations

import parallax
from parallax.records import Article


def analyzed(text: str, lang: str, published: str = "2026-03-05") -> Article:
    """``text`` as one article in ``lang``, published on ``published``, through the analysis pipeline."""
    art = Article(id="t", text=text, language=lang, published=published)
    parallax.analyze([art])
    return art


def sentences(text: str, lang: str) -> list[str]:
    return [s.text for s in analyzed(text, lang).sentences]


def resolved(lang: str, text: str, published: str) -> dict[str, str | None]:
    """Each temporal expression found in ``text`` (as written) with its resolved value."""
    from parallax.analyze.times import resolve_text

    return {text[s:e]: v for s, e, v, _ in resolve_text(text, lang, published)}
