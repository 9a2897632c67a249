"""QA 40d: news pages in languages other than English, with their furniture (invented pages)."""

from __future__ import annotations

import pytest

from parallax.ingest.bylines import byline_reason
from parallax.ingest.html import article_from_html


def _page(lang: str, head: str, body: str) -> str:
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>T</title>{head}</head><body>'
        f"<nav><a>Start</a> <a>News</a> <a>Sport</a></nav><article><h1>Headline of the page</h1>{body}</article>"
        "<footer>© 2026</footer></body></html>"
    )


_FR_BODY = (
    "<p>Par Claire Vidal avec AFP</p>"
    "<p>Le conseil municipal de Bourges a voté mardi soir la fermeture de deux piscines pour raisons budgétaires.</p>"
    "<p>La mesure doit permettre d'économiser 800 000 euros par an, selon l'adjoint aux finances Paul Garnier.</p>"
    "<p>Les associations sportives ont annoncé une pétition et un rassemblement samedi devant la mairie.</p>"
)


@pytest.mark.parametrize(
    "line",
    ["Par Claire Vidal avec AFP", "Von Jonas Keller mit dpa", "Haber: Ayşe Demir / İHA", "Por Rita Gomes com Lusa", "By Ann Roe with Reuters"],
)
def test_byline_with_its_agency_is_a_byline(line: str) -> None:
    assert byline_reason(line, "first") == "byline"


@pytest.mark.parametrize(
    "line",
    [
        "Par ailleurs avec AFP",  # a lower-case word after the byline word: a sentence
        "Haber ajansları bugün toplandı.",
        "Von Montag an gilt mit dpa",
    ],
)
def test_sentences_like_bylines_stay(line: str) -> None:
    assert byline_reason(line) is None


def test_french_page_drops_the_byline_with_its_agency() -> None:
    article = article_from_html(_page("fr", "", _FR_BODY), "fr", "fr.html")
    assert "Claire Vidal" not in article.text
    assert article.text.startswith("Le conseil municipal de Bourges")
    assert "rassemblement samedi" in article.text
