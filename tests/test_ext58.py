"""Session 58, extraction and ingest in other languages: the outlet's "Follow us" note told from prose in ten
languages beside English, the readers' bad-input messages ("<input>: <reason>"), and invented news pages laid out
as German, French, Spanish, Japanese, Arabic and Russian sites lay them out, read by ``parallax ingest``.  All
text, outlets, people and places invented."""

from __future__ import annotations

import pytest

from parallax.ingest.boilerplate import boilerplate_reason
from parallax.ingest.follow_calls import follow_prose
from tests.helpers import HARBOUR_PARAS, harbour_page, page_paragraphs

# ------------------------------------------------------------------ "Follow us" in other languages

# the site's note: a network, the site's channel or page, what it promises, or the words alone
_FOLLOW_NOTES = [
    "Folgen Sie uns auf Telegram",
    "Folgen Sie uns auf Instagram, um nichts zu verpassen.",
    "Folgen Sie uns!",
    "Suivez-nous sur Telegram pour ne rien manquer de l'actualité du port.",
    "Retrouvez-nous sur notre chaîne YouTube",
    "Síguenos en nuestro canal de WhatsApp para más noticias.",
    "Síguenos en redes sociales",
    "Seguici su Instagram",
    "Seguici anche su Facebook e X per restare aggiornato.",
    "Siga-nos no Instagram",
    "Siga-nos nas redes sociais para não perder nenhuma notícia.",
    "Volg ons op Facebook",
    "Volg ons voor meer nieuws uit de haven.",
    "Obserwuj nas na Facebooku",
    "Śledź nas na Twitterze, aby być na bieżąco.",
    "Подписывайтесь на наш канал в Telegram",
    "Следите за нами в соцсетях",
    "تابعونا على تويتر",
    "تابعونا على فيسبوك وإنستغرام لمزيد من الأخبار",
    "公式Xをフォローしてください。",
    "最新ニュースはLINE公式アカウントをフォローしてチェック！",
]
# prose: the reader led somewhere, or the words in a clause of reporting
_FOLLOW_PROSE = [
    "Folgen Sie uns auf einen Rundgang durch den alten Hafen, wo Taucher Risse an zwei Pfeilern der Brücke fanden.",
    "Folgen Sie uns, sagte der Hafenmeister, und die Gruppe stieg zu den Pumpen hinab.",
    "Suivez-nous sur les quais du vieux port, où les plongeurs ont trouvé des fissures dans deux piliers.",
    "Síguenos en este recorrido por el viejo puerto, donde los buzos hallaron grietas en dos pilares del puente.",
    "Seguici lungo il vecchio molo, dove i sommozzatori hanno trovato crepe in due piloni del ponte.",
    "Siga-nos até o velho porto, onde os mergulhadores encontraram rachaduras em dois pilares da ponte.",
    "Volg ons naar de oude haven, waar duikers scheuren vonden in twee pijlers van de brug.",
    "Śledźcie nas w drodze do starego portu, gdzie nurkowie znaleźli pęknięcia w dwóch filarach mostu.",
    "Следите за нами: мы спускаемся в старый туннель под портом, где водолазы нашли трещины в опорах.",
    "تابعونا إلى الميناء القديم حيث وجد الغواصون شقوقا في دعامتين من دعامات الجسر.",
    "市は高齢の患者を地域でフォローしてください、と医師会に求めた。",
]


@pytest.mark.parametrize("note", _FOLLOW_NOTES)
def test_the_sites_follow_note_goes_in_each_language(note):
    assert not follow_prose(note)
    assert boilerplate_reason(note) is not None
    assert boilerplate_reason(note, is_last=True) is not None


@pytest.mark.parametrize("sentence", _FOLLOW_PROSE)
def test_prose_that_says_follow_us_stays_in_each_language(sentence):
    assert follow_prose(sentence)
    assert boilerplate_reason(sentence) is None
    assert boilerplate_reason(sentence, is_last=True) is None


@pytest.mark.parametrize("note", ["Seguici su Instagram", "Obserwuj nas na Facebooku", "تابعونا على تويتر"])
def test_a_follow_note_under_the_headline_goes_from_the_page(note):
    assert page_paragraphs(harbour_page(top=f"<p>{note}</p>")) == HARBOUR_PARAS


@pytest.mark.parametrize("sentence", [_FOLLOW_PROSE[0], _FOLLOW_PROSE[4], _FOLLOW_PROSE[6]])
def test_an_opening_paragraph_that_leads_the_reader_stays_on_the_page(sentence):
    assert sentence in page_paragraphs(harbour_page(paras=[sentence, *HARBOUR_PARAS]))


# ------------------------------------------------------------------ news pages in six languages, read by `parallax ingest`

import json  # noqa: E402

from tests.cms_pages58 import LANGS, cms_page  # noqa: E402
from tests.conftest import cli  # noqa: E402


@pytest.mark.parametrize("plain", [False, True], ids=["classed", "plain"])
@pytest.mark.parametrize("lang", sorted(LANGS))
def test_ingest_keeps_exactly_the_article_of_a_news_page(lang, plain, tmp_path):
    page, out = tmp_path / f"{lang}.html", tmp_path / "out.jsonl"
    page.write_text(cms_page(lang, plain), "utf-8")
    code, _, err = cli("ingest", page, "-o", out)
    assert code == 0, err
    (record,) = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    want = LANGS[lang]
    assert record["title"] == want["title"]
    assert record["published"] == want["time"]
    assert record["language"] == lang
    assert record["text"].split("\n\n") == want["paras"]


# ------------------------------------------------------------------ bad input: "<input>: <reason>", one colon between them

import gzip  # noqa: E402
import re  # noqa: E402

_PAGE_HTTP = (
    b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><h1>Ferry vote</h1><p>The council of Lindholm"
    b" voted on Tuesday to buy an electric ferry for the island run, the mayor said.</p></body></html>"
)
_RECORD = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: " + str(len(_PAGE_HTTP)).encode() + b"\r\n\r\n" + _PAGE_HTTP + b"\r\n\r\n"
_CHUNKED = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n40\r\n<html><body><p>cut</p>"
_BAD_INPUTS = {  # file name: (bytes, the locator after the file name, the reason's opening words)
    "cut.warc": (_RECORD + _RECORD[:-80], ":record 2 (offset ", "truncated record"),
    "cut-gzip.warc": (gzip.compress(_RECORD * 3)[:-40], "", "truncated gzip data"),
    "cut-chunks.warc": (
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: " + str(len(_CHUNKED)).encode() + b"\r\n\r\n" + _CHUNKED,
        ":record 1 (offset ",
        "truncated chunked transfer encoding",
    ),
    "no-header-end.warc": (b"WARC/1.0\r\nWARC-Type: response\r\n", ":record 1 (offset ", "record header is not ended"),
    "bad-line.jsonl": (b'{"text": "The ferry sails at nine."}\n{"text": \n', ":2", "invalid JSON"),
    "empty.rss": (b"<rss><channel><item><title>Ferry</title></item></channel></rss>", ":item 1", "item has no text"),
    "unclosed.rss": (b"<rss><channel><item><title>Ferry", "", "not well-formed XML"),
    "cut.txt.gz": (gzip.compress(b"The ferry sails at nine. " * 200)[:60], "", "truncated gzip data"),
}
# the reason: lower case, and no colon of its own that would read as a second input or a second reason
_REASON = re.compile(r"[a-z][^:\n]*")


@pytest.mark.parametrize("name", sorted(_BAD_INPUTS))
def test_every_bad_input_message_reads_input_colon_space_reason(name, tmp_path):
    data, locator, reason = _BAD_INPUTS[name]
    path, out = tmp_path / name, tmp_path / "out.jsonl"
    path.write_bytes(data)
    code, _, err = cli("ingest", path, "-o", out)
    assert code == 2, err
    prefix = f"parallax: error: {path}{locator}"
    line = err.strip()
    assert line.startswith(prefix) and "\n" not in line, line
    rest = line[len(prefix) :]
    if locator.endswith("(offset "):
        rest = rest.split(")", 1)[1]  # the record's offset
    assert rest.startswith(": ") and rest[2:].startswith(reason), line
    assert _REASON.fullmatch(re.sub(r"\([^()]*\)", "", rest[2:])), line  # (a parser's own words in brackets may hold one)


# the furniture words that went, in prose that must stay: a person the story named before closes it; a line that
# says "published" and a date as a sentence of reporting
_RU_STORY = [
    "Журналист Марина Ельцова первой сообщила о трещинах в опорах моста через залив.",
    "Городские власти пообещали закончить ремонт до начала навигации в мае 2027 года.",
    "Марина Ельцова — корреспондент, которая три года добивалась публикации отчета об опорах.",
]
_AR_STORY = [
    "وكانت الصحفية ليلى منصور أول من كشف عن الشقوق في دعامات الجسر العام الماضي.",
    "وتعهدت البلدية بإنهاء أعمال الترميم قبل بدء موسم الملاحة في مايو 2027.",
    "نشر في 4 مارس 2026 تقرير المهندسين الذي يوصي بإغلاق الجسر أمام الشاحنات الثقيلة كليا.",
    "ليلى منصور صحفية تابعت الملف منذ بدايته وحصلت على نسخة من تقرير المهندسين.",
]


@pytest.mark.parametrize("story", [_RU_STORY, _AR_STORY], ids=["ru", "ar"])
def test_a_closing_line_on_a_person_the_story_named_stays(story):
    assert page_paragraphs(harbour_page(paras=story)) == story


@pytest.mark.parametrize("tags", ["الوسوم: عبارة، المجلس البلدي، الصفصاف", "タグ：フェリー 市議会 沖ノ島"])
def test_an_arabic_or_japanese_tags_row_goes(tags):
    assert page_paragraphs(harbour_page(mid=f"<p>{tags}</p>")) == HARBOUR_PARAS
    assert page_paragraphs(harbour_page(end=f"<p>{tags}</p>")) == HARBOUR_PARAS


_COUNTS = ["12 Kommentare", "12 commentaires", "12 comentarios", "コメント（12）", "12 تعليقا", "12 комментариев"]


@pytest.mark.parametrize("count", _COUNTS)
def test_a_comment_count_among_the_paragraphs_goes_alone(count):
    for where in ("top", "mid", "end"):
        assert page_paragraphs(harbour_page(**{where: f"<p>{count}</p>"})) == HARBOUR_PARAS, where


def test_a_comment_section_under_its_count_still_goes():
    comments = "<h3>Kommentare (3)</h3><p>Sehr guter Artikel, danke!</p><p>Die Brücke hätte man früher sanieren müssen.</p>"
    assert page_paragraphs(harbour_page(end=comments)) == HARBOUR_PARAS
