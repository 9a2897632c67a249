"""Session 59, extraction: a Japanese photo credit on a line of its own, breadcrumb trails in scripts without
capitals and with slashes, newsletter pitches that name no "subscribe" verb, and ``--skip-bad``'s closing line when
every input was damaged.  All text, outlets, people and places invented."""

from __future__ import annotations

import re

import pytest

from parallax.ingest.boilerplate import boilerplate_reason
from parallax.ingest.line_filters import is_breadcrumb, line_reason
from parallax.ingest.photo_credits import is_photo_credit
from tests.cms_pages58 import LANGS
from tests.conftest import cli
from tests.helpers import HARBOUR_PARAS, harbour_page, page_paragraphs

_JA_PARAS = LANGS["ja"]["paras"]
_WHERE = ("top", "mid", "end")

# ------------------------------------------------------------------ Japanese photo credits

_JA_CREDITS = [
    "（写真：共同）",
    "（撮影・山田太郎）",
    "（撮影：森川由紀）",
    "（写真＝霧ヶ浜新報）",
    "（写真・東浜通信）",
    "撮影：桐生遥",
    "（图片来源：东港日报）",
]
# prose that opens on the same words, or a bracketed aside in a sentence of reporting
_JA_PROSE = [
    "撮影した市民によると、桟橋の亀裂は先週から広がっていたという。",
    "写真を見た市の担当者は「補修が必要だ」と話した。",
    "（撮影は3日午後、市職員が立ち会って行われ、市は結果を来週公表する予定だ）",
    "（写真：共同）霧ヶ浜市議会は3日、新しい電動フェリーの購入を可決した。",
]


@pytest.mark.parametrize("credit", _JA_CREDITS)
def test_a_japanese_photo_credit_on_its_own_line_is_one(credit):
    assert is_photo_credit(credit)
    assert line_reason(credit) == "photo credit"


@pytest.mark.parametrize("sentence", _JA_PROSE)
def test_japanese_prose_on_photos_is_no_credit(sentence):
    assert not is_photo_credit(sentence)


@pytest.mark.parametrize("credit", _JA_CREDITS[:4])
def test_a_japanese_photo_credit_goes_from_the_page_wherever_it_stands(credit):
    for where in _WHERE:
        assert page_paragraphs(harbour_page(paras=_JA_PARAS, **{where: f"<p>{credit}</p>"})) == _JA_PARAS, where


# ------------------------------------------------------------------ breadcrumbs in Arabic, Russian, Japanese

_CRUMBS = [
    "الرئيسية > أخبار > محليات",
    "الرئيسية » رياضة » كرة القدم",
    "Главная / Новости / Город",
    "Главная › Новости › Город",
    "Головна / Новини / Місто",
    "ホーム > 社会 > 事件",
    "ホーム＞社会＞事件",
    "トップ > 地域 > 霧ヶ浜",
    "首页 > 新闻 > 本地",
    "Startseite / Lokales / Lindenhafen",
    "Inicio / Noticias / Local",
    "أخبار > محليات > ميناء الريحان",
    "社会 > 事件 > 霧ヶ浜",
]
_NOT_CRUMBS = [
    "إذا كان س > 3 و ص > 4 فإن المجموع أكبر من سبعة",
    "Выручка выросла на 3 / 4 / 5 процента в разных регионах.",
    "Он ответил: да / нет / может быть.",
    "気温は30度＞25度＞20度と下がった。",
    "Главная / задача города / ремонт моста, сказал мэр.",
    "x > 3 and y > 4",
    "社会 > 事件 > 市長は記者会見で説明し、再発防止策を発表した。",
]


@pytest.mark.parametrize("crumbs", _CRUMBS)
def test_a_breadcrumb_trail_in_another_script_is_one(crumbs):
    assert is_breadcrumb(crumbs)
    # (session 60: a trail that opens on no home page's name or joins by slashes is one where its parts are links)
    sections = frozenset(part.strip() for part in re.split(r"[>»›/＞]", crumbs))
    assert line_reason(crumbs, links=sections) == "breadcrumb"


@pytest.mark.parametrize("line", _NOT_CRUMBS)
def test_prose_with_arrows_or_slashes_is_no_breadcrumb(line):
    assert not is_breadcrumb(line)


@pytest.mark.parametrize("crumbs", [_CRUMBS[0], _CRUMBS[2], _CRUMBS[5]])
def test_a_breadcrumb_trail_goes_from_the_page(crumbs):
    linked = " / ".join(f'<a href="/{i}">{part}</a>' for i, part in enumerate(crumbs.split(" / "))) if " / " in crumbs else crumbs
    for where in _WHERE:  # (session 60: a trail joined by slashes goes below the text's first lines as the page's links)
        assert page_paragraphs(harbour_page(**{where: f"<p>{crumbs if where == 'top' else linked}</p>"})) == HARBOUR_PARAS, where


# ------------------------------------------------------------------ newsletter pitches with no "subscribe"

_PITCHES = [
    "Die wichtigsten Nachrichten des Tages direkt in Ihrem Postfach",
    "Die wichtigsten Nachrichten aus Lindenhafen jeden Morgen in Ihrem Postfach.",
    "Recevez l'essentiel de l'actualité chaque matin",
    "L'essentiel de l'actualité de Port-Sarrat dans votre boîte mail",
    "Recibe cada mañana las noticias más importantes de Puerto Alcaria",
    "Las noticias del día, directamente en tu bandeja de entrada",
    "Главные новости Заречногорска каждое утро на вашу почту",
    "Get the day's top stories every morning",
    "Le notizie più importanti ogni mattina nella tua casella di posta",
    "霧ヶ浜の主要ニュースを毎朝お届けします。",
]
# reporting with the same words: a newspaper's readers in the third person, a reported promise, a question
_PITCH_PROSE = [
    "Die Zeitung verschickt die wichtigsten Nachrichten des Tages seit Mai direkt in die Postfächer ihrer Leser.",
    "Les abonnés reçoivent l'essentiel de l'actualité chaque matin, a précisé la directrice du journal.",
    "Los vecinos reciben cada mañana las noticias del ayuntamiento por correo, explicó la alcaldesa.",
    "Жители получают главные новости каждое утро в местной газете, рассказал мэр.",
    "The paper says readers get the day's top stories every morning before seven.",
    "市は毎朝、高齢者の自宅に弁当をお届けしますと説明した。",
]


@pytest.mark.parametrize("pitch", _PITCHES)
def test_a_newsletter_pitch_without_subscribe_is_furniture(pitch):
    assert boilerplate_reason(pitch) is not None
    assert boilerplate_reason(pitch, is_last=True) is not None


@pytest.mark.parametrize("sentence", _PITCH_PROSE)
def test_reporting_on_news_delivered_each_morning_stays(sentence):
    assert boilerplate_reason(sentence) is None
    assert boilerplate_reason(sentence, is_last=True) is None


@pytest.mark.parametrize("pitch", [_PITCHES[0], _PITCHES[2]])
def test_a_newsletter_pitch_goes_from_the_page(pitch):
    for where in _WHERE:
        assert page_paragraphs(harbour_page(**{where: f"<p>{pitch}</p>"})) == HARBOUR_PARAS, where


# ------------------------------------------------------------------ --skip-bad when every input was damaged


def _damaged(folder):
    folder.mkdir()
    (folder / "bad.jsonl").write_text('{"text": \n', "utf-8")
    (folder / "unclosed.rss").write_text("<rss><channel><item><title>Ferry", "utf-8")
    return [folder / "bad.jsonl", folder / "unclosed.rss"]


def _closing_warning(err: str) -> str:
    (line,) = [ln for ln in err.splitlines() if ln.startswith("parallax: warning: no articles in the inputs")]
    return line


@pytest.mark.parametrize("as_folder", [False, True], ids=["files", "folder"])
@pytest.mark.parametrize("command", ["ingest", "analyze", "cluster"])
def test_skip_bad_with_every_input_damaged_says_so_and_names_them(tmp_path, command, as_folder):
    folder = tmp_path / "drop"
    files = _damaged(folder)
    inputs = [folder] if as_folder else files
    extra = ["--embedder", "hashing"] if command == "cluster" else []
    code, _, err = cli(command, *inputs, "--skip-bad", "-o", tmp_path / "out.json", *extra)
    assert code == 0, err
    line = _closing_warning(err)
    assert "no file of a type read there" not in line, line
    assert "damaged" in line, line
    assert all(str(f) in line for f in files), line


def test_skip_bad_with_every_input_damaged_says_so_in_run(tmp_path):
    files = _damaged(tmp_path / "drop")
    code, _, err = cli(
        "run", *files, "--skip-bad", "--store", tmp_path / "s.sqlite", "--out", tmp_path / "out", "--embedder", "hashing", "--no-html"
    )
    assert code == 0, err
    line = _closing_warning(err)
    assert "no file of a type read there" not in line and "damaged" in line, line
    assert all(str(f) in line for f in files), line


def test_a_folder_of_unread_types_still_names_the_types_read(tmp_path):
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4 ferry")
    code, _, err = cli("ingest", folder, "--skip-bad", "-o", tmp_path / "out.jsonl")
    assert code == 0, err
    line = _closing_warning(err)
    assert "no file of a type read there" in line and ".jsonl" in line and "damaged" not in line, line
