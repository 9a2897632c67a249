"""QA 40d: news pages in languages other than English, with their furniture (invented pages)."""

from __future__ import annotations

import pytest

from parallax.ingest.bylines import byline_reason
from parallax.ingest.date_lines import is_date_line, is_metadata_row, is_page_metadata
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


@pytest.mark.parametrize(
    "line",
    [
        "Publicado em 03/02/2026 às 09h05 · Atualizado há 3 horas",
        "Atualizado em 03/02/2026 às 10h40",
    ],
)
def test_portuguese_time_stamps_are_page_metadata(line: str) -> None:
    assert is_page_metadata(line) or is_metadata_row(line)


def test_portuguese_sentence_with_the_word_stays() -> None:
    line = "O relatório foi publicado em 3 de fevereiro e atualizado há duas semanas pela prefeitura."
    assert not is_page_metadata(line) and not is_metadata_row(line)


@pytest.mark.parametrize(
    "line",
    ["2026-02-03 09:05 来源：东江日报 作者：王芳 阅读量：1.5万", "2026-02-03 09:05　来源：东江日报　编辑：陈立"],
)
def test_chinese_time_stamp_with_source_writer_and_readers(line: str) -> None:
    assert is_date_line(line)


def test_chinese_sentence_after_a_date_stays() -> None:
    assert not is_date_line("2026-02-03 09:05 来源：东江日报，记者在现场看到市民排队")
