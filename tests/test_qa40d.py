"""QA 40d: news pages in languages other than English, with their furniture (invented pages)."""

from __future__ import annotations

import lxml.html
import pytest

from parallax.ingest.bylines import byline_reason
from parallax.ingest.date_lines import is_date_line, is_metadata_row, is_page_metadata
from parallax.ingest.datelines import split_dateline
from parallax.ingest.html import article_from_html
from parallax.ingest.shown_time import shown_time


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


_BODY = (
    "<p>Die Stadtwerke Lingen haben am Morgen die Wasserversorgung in drei Stadtteilen unterbrochen.</p>"
    "<p>Grund ist ein Rohrbruch an der Hauptleitung, wie ein Sprecher des Unternehmens mitteilte.</p>"
    "<p>Bis zum Abend sollen alle Haushalte wieder versorgt sein, hieß es weiter aus dem Rathaus.</p>"
)


@pytest.mark.parametrize(
    ("lang", "stamp", "expected"),
    [
        ("de", "<p class='datum'>Veröffentlicht am 03.02.2026, 09:05 Uhr</p>", "2026-02-03T09:05:00"),
        ("fr", "<p>Publié le 03/02/2026 à 09h05</p>", "2026-02-03T09:05:00"),
        ("pt", "<p>Publicado em 03/02/2026 às 09h05 · Atualizado há 3 horas</p>", "2026-02-03T09:05:00"),
        ("ja", "<div class='date'>2026年2月3日 9時05分</div>", "2026-02-03T09:05:00"),
        ("ru", "<span>3 февраля 2026, 09:05</span>", "2026-02-03T09:05:00"),
        ("tr", "<div>Giriş: 03.02.2026 09:05 | Güncelleme: 03.02.2026 11:40</div>", "2026-02-03T09:05:00"),
        ("es", "<p>3 de febrero de 2026</p>", "2026-02-03"),
    ],
)
def test_publication_time_shown_only_as_text(lang: str, stamp: str, expected: str) -> None:
    article = article_from_html(_page(lang, "", stamp + _BODY), "p", "p.html", language=lang)
    assert article.published == expected


def test_shown_time_completes_a_day_from_metadata_and_never_overrides_it() -> None:
    stamp = "<p>Stand: 03.02.2026 | 21:47 Uhr</p>"
    same_day = _page("de", '<meta property="article:published_time" content="2026-02-03">', stamp + _BODY)
    assert article_from_html(same_day, "a", "a.html").published == "2026-02-03T21:47:00"
    other_day = _page("de", '<meta property="article:published_time" content="2026-02-01">', stamp + _BODY)
    assert article_from_html(other_day, "b", "b.html").published == "2026-02-01"
    precise = _page("de", '<meta property="article:published_time" content="2026-02-03T20:47:00+01:00">', stamp + _BODY)
    assert article_from_html(precise, "c", "c.html").published == "2026-02-03T20:47:00+01:00"


def test_dates_in_comments_footers_and_sentences_are_not_the_publication() -> None:
    body = _BODY + "<p>Am 05.02.2026 um 10:00 Uhr soll der Stadtrat über die Leitung beraten, sagte der Sprecher.</p>"
    body += "<div class='comments'><p>Gast, 04.02.2026 08:15</p></div>"
    page = _page("de", "", body).replace("<footer>© 2026</footer>", "<footer>Stand: 06.02.2026, 12:00 Uhr</footer>")
    assert shown_time(lxml.html.fromstring(page), "de") is None


def test_english_numeric_dates_are_not_read_day_first() -> None:
    page = _page("en", "", "<p>Posted 03/02/2026 09:05</p>" + _BODY)
    published = article_from_html(page, "e", "e.html", language="en").published
    assert published != "2026-02-03T09:05:00"


@pytest.mark.parametrize(
    ("line", "place", "outlet"),
    [
        ("المنامة - النهار البحريني: أعلنت وزارة الصحة اليوم افتتاح مستشفى جديد في المحافظة الشمالية.", "المنامة", "النهار البحريني"),
        ("بغداد - الرافدين: قررت الحكومة تعطيل الدوام الرسمي يوم الأحد بسبب موجة الحر.", "بغداد", "الرافدين"),
    ],
)
def test_arabic_place_and_paper_name_before_a_colon(line: str, place: str, outlet: str) -> None:
    dateline = split_dateline(line)
    assert dateline is not None and (dateline.place, dateline.agency) == (place, outlet)
    assert dateline.after.startswith(("أعلنت", "قررت"))


@pytest.mark.parametrize(
    "line",
    [
        "وأضاف - مؤكدا: إن الحكومة ستواصل دعم المزارعين خلال الموسم المقبل كله.",
        "الاقتصاد - الأسعار: ارتفعت أسعار الذهب اليوم بنسبة كبيرة في الأسواق المحلية.",
    ],
)
def test_arabic_aside_or_topic_before_a_colon_is_no_dateline(line: str) -> None:
    assert split_dateline(line) is None
