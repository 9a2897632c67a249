"""Web pages in many languages: "read also" lines, advert labels and photo credits left in the body, and
share buttons in live blogs.  All texts invented."""

from __future__ import annotations

import pytest

from parallax.ingest.extract import main_text
from parallax.ingest.line_filters import line_reason


@pytest.mark.parametrize(
    "line",
    [
        "Lees ook: Gemeente sluit zwembad in de zomer",
        "Läs också: Färjan till Gotland ställs in",
        "Citește și: Primăria amână licitația pentru parcări",
        "Kapcsolódó: Lezárják a hidat hétvégén",
        "İlgili Haber: Belediye yeni otobüs hattı açtı",
        "Διαβάστε επίσης: Κλειστά τα σχολεία την Τρίτη",
        "Читайте также: В городе закроют мост",
        "Читайте також: У місті відкрили новий парк",
        "اقرأ أيضاً: البلدية تغلق الطريق الساحلي",
        "إقرأ ايضا",
        "相关阅读：市政府发布暑期交通方案",
        "延伸閱讀",
        "関連記事：市営バスが路線を再編",
        "관련 기사: 시청, 새 버스 노선 발표",
    ],
)
def test_read_also_lines_in_more_languages(line):
    assert line_reason(line) == "related link"


@pytest.mark.parametrize(
    "line",
    [
        "Kapcsolódó ügyben a rendőrség két férfit hallgatott ki.",
        "По теме переговоров министр говорить отказался.",
        "Relaterade frågor togs upp på mötet i går.",
        "Läs mer om bakgrunden sade kommunen i ett pressmeddelande till invånarna.",
    ],
)
def test_sentences_that_open_like_read_also_stay(line):
    assert line_reason(line) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Publicidad", "advertisement"),
        ("— Реклама —", "advertisement"),
        ("广告", "advertisement"),
        ("Foto: Lena Brandt/dpa", "photo credit"),
        ("Fot. Marta Nowicka / PAP", "photo credit"),
        ("Fotoğraf: Emre Aksoy / AA", "photo credit"),
        ("Φωτογραφία: Νίκος Αλεξίου", "photo credit"),
        ("تصوير: سامر الحلبي", "photo credit"),
        ("图片来源：东方图库", "photo credit"),
        ("사진=박지훈 기자", "photo credit"),
        ("订阅我们的晚间简报，每天获取本地要闻。", "promotion"),
        ("毎朝のニュースをお届けします。ニュースレターに登録する", "promotion"),
        ("뉴스레터 구독하기", "promotion"),
    ],
)
def test_advert_labels_and_photo_credits_are_furniture(line, reason):
    assert line_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Photographs of the flooded square spread quickly on Monday, the mayor said.",
        "Fotografen durften das Gelände am Montag nicht betreten.",
        "Die Werbung für das Festival lief seit Wochen in der ganzen Stadt.",
        "他在发布会上说：“欢迎大家关注我们的新产品。”",
        "该公司表示，截至去年底，已有超过两百万名用户订阅我们平台上的付费新闻服务，而这一数字在五年前还不到十万，增长主要来自年轻读者和海外华人。",
        "Foto: Die Polizei sperrte nach dem Unfall am Dienstagabend die Kreuzung an der Hauptstraße für mehrere Stunden vollständig.",
    ],
)
def test_sentences_about_photos_and_adverts_stay(line):
    assert line_reason(line) is None


_LIVE = """<html><head><meta property="og:type" content="article"><title>Floods live</title></head><body><main><article>
<h1>Floods live: river peaks in the valley</h1><div class="live-entries">
<div class="live-entry"><time datetime="2026-03-10T11:42:00+00:00">11:42</time><h3>Bridge shut</h3>
<p>The old stone bridge at Millford has been shut to traffic after water reached the arches, the county said on its website.</p>
<div class="entry-share"><a href="#">Share this post</a></div></div>
<div class="live-entry"><time datetime="2026-03-10T10:15:00+00:00">10:15</time><h3>Evacuations</h3>
<p>About 200 people have left their homes on the riverside streets, where water is now knee-deep, police said.</p>
<div class="entry-share"><a href="#">Share this post</a></div></div>
<div class="live-entry"><time datetime="2026-03-10T08:30:00+00:00">08:30</time><h3>Schools</h3>
<p>Forty schools are closed for the day because buses cannot cross the flooded roads.</p>
<div class="entry-share"><a href="#">Share this post</a></div></div>
</div></article></main></body></html>"""


def test_share_buttons_do_not_cost_a_live_blog_its_last_entry():
    text = main_text(_LIVE)
    assert text is not None and "Forty schools are closed" in text and "Share this post" not in text


_LAYOUT_TABLE = """<html><head><title>Vale Gazette :: New ferry for the lake</title></head><body><table width="100%" border="0">
<tr><td colspan="2"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a> | <a href="/weather">Weather</a></td></tr>
<tr><td width="160" valign="top"><a href="/news">News</a><br><a href="/sport">Sport</a><br><b>Most read</b><br>
<a href="/a">Council sells the old depot to a developer</a><br><a href="/b">Lakeside road closed for repairs until May</a></td>
<td valign="top" class="content"><h1>New ferry for the lake</h1><font size="2">12.02.2026</font><br><br>
<font size="3">The lake ferry company has bought a new electric boat that will carry 120 passengers between the three villages.<br><br>
The boat cost 2.4 million euros and will enter service in June, the company's director told the council on Tuesday.<br><br>
<table border="1"><tr><th>Route</th><th>Minutes</th></tr><tr><td>North to South</td><td>25</td></tr></table>
The old diesel ferry, built in 1978, will be sold.</font></td></tr>
<tr><td colspan="2"><font size="1">Copyright 2026 Vale Gazette</font></td></tr></table></body></html>"""


def test_a_table_that_lays_out_the_page_is_read_as_blocks():
    text = main_text(_LAYOUT_TABLE)
    assert text is not None
    assert "will carry 120 passengers" in text and "will be sold" in text and "The boat cost" in text
    assert "Council sells the old depot" not in text and "Lakeside road" not in text and "Copyright" not in text
    assert "| North to South | 25 |" in text  # a table of data inside the article stays a table


def test_a_table_of_data_with_no_headline_in_it_stays_a_table():
    from parallax.ingest.extract import parse
    from parallax.ingest.page_tree import unwrap_layout_tables

    tree = parse(_LAYOUT_TABLE.replace("<h1>New ferry for the lake</h1>", "<b>New ferry for the lake</b>"))
    unwrap_layout_tables(tree)
    assert len(list(tree.iter("table"))) == 2
