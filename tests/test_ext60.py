"""Session 60, extraction: a chain of short parts joined by arrows or slashes is a breadcrumb trail only where
navigation sits (the text's first lines, or its parts the page's links), so a Chinese or Japanese writer's "收入 > 支出 >
储蓄" and a sports table's "Home / Away / Draw" stay in the body.  All text, outlets, people and places invented."""

from __future__ import annotations

import pytest

from parallax.ingest.line_filters import is_breadcrumb, line_reason
from tests.helpers import HARBOUR_PARAS, harbour_page, page_paragraphs

_ZH_PARAS = [
    "青禾市统计局周二发布的家庭账本调查显示，受访家庭去年平均储蓄率升至百分之二十一，比前年高出三个百分点。",
    "理财顾问林晓岚建议，年轻家庭每月记账时应按固定顺序安排资金，先保证收入稳定，再压缩不必要的开支。",
    "她说，许多家庭把顺序弄反了，结果月底才发现没有余钱可存，只能动用应急资金。",
    "调查还发现，有记账习惯的家庭中，近七成能在年底前完成自己定下的储蓄目标。",
]
_JA_PARAS = [
    "霧ヶ浜市の家計調査によると、昨年の世帯の平均貯蓄率は21％に上がり、前の年より3ポイント高かった。",
    "家計相談員の岡部沙織氏は、毎月の家計簿では決まった順番でお金を振り分けるよう勧めている。",
    "順番を逆にすると月末に貯金が残らず、予備の資金に手をつけることになるという。",
    "家計簿をつけている世帯の約7割は、年末までに自分で決めた貯蓄目標を達成していた。",
]
# a chain that is the text's own: an order of priorities, a table's column labels, a route
_PROSE_CHAINS = [
    (_ZH_PARAS, "收入 > 支出 > 储蓄"),
    (_ZH_PARAS, "工资 > 房租 > 存款"),
    (_JA_PARAS, "収入 > 支出 > 貯蓄"),
    (_JA_PARAS, "給料＞家賃＞貯金"),
    (HARBOUR_PARAS, "Home / Away / Draw"),
    (HARBOUR_PARAS, "Home / Away / Draw / Total"),
]


@pytest.mark.parametrize("paras,chain", _PROSE_CHAINS)
@pytest.mark.parametrize("where", ["mid", "end"])
def test_a_chain_in_the_body_that_no_link_makes_a_trail_stays(paras, chain, where):
    lines = page_paragraphs(harbour_page(paras=paras, **{where: f"<p>{chain}</p>"}))
    assert chain in lines, lines
    assert all(p in lines for p in paras), lines


def test_a_sports_table_header_line_stays_with_its_odds():
    mid = "<p>Home / Away / Draw</p><p>2.10 / 3.40 / 3.05</p>"
    lines = page_paragraphs(harbour_page(mid=mid))
    assert "Home / Away / Draw" in lines, lines


# ------------------------------------------------------------------ where navigation sits, the trail still goes

_LOOSE_TRAILS = [
    (_ZH_PARAS, "新闻 > 本地 > 青禾", '<a href="/news">新闻</a> &gt; <a href="/local">本地</a> &gt; 青禾'),
    (_JA_PARAS, "社会 > 事件 > 霧ヶ浜", '<a href="/s">社会</a> &gt; <a href="/j">事件</a> &gt; 霧ヶ浜'),
    (HARBOUR_PARAS, "Главная / Новости / Город", '<a href="/">Главная</a> / <a href="/n">Новости</a> / Город'),
    (HARBOUR_PARAS, "Home / News / Local", '<a href="/">Home</a> / <a href="/n">News</a> / Local'),
]


@pytest.mark.parametrize("paras,trail,_linked", _LOOSE_TRAILS)
def test_a_trail_in_the_first_lines_goes(paras, trail, _linked):
    assert page_paragraphs(harbour_page(paras=paras, top=f"<p>{trail}</p>")) == paras


@pytest.mark.parametrize("paras,trail,linked", _LOOSE_TRAILS)
@pytest.mark.parametrize("where", ["top", "mid", "end"])
def test_a_trail_of_the_pages_links_goes_wherever_it_stands(paras, trail, linked, where):
    assert page_paragraphs(harbour_page(paras=paras, **{where: f"<p>{linked}</p>"})) == paras, where


def test_a_trail_of_the_pages_links_is_a_breadcrumb_line():
    for _, trail, _linked in _LOOSE_TRAILS:
        parts = frozenset(p.strip() for p in trail.replace(">", "/").split("/"))
        assert line_reason(trail, links=parts) == "breadcrumb", trail
        assert line_reason(trail) is None, trail  # (no link and no place: a chain of the text's own)
        assert is_breadcrumb(trail), trail  # (its shape is a trail's)


# a trail that opens on the home page's name by arrows, or a capitalised Latin one, is one wherever it stands
_SURE_TRAILS = ["首页 > 新闻 > 本地", "ホーム > 社会 > 事件", "الرئيسية > أخبار > محليات", "Accueil > Actualités > Port-Sarrat"]


@pytest.mark.parametrize("trail", _SURE_TRAILS)
def test_a_trail_from_the_home_page_by_arrows_goes_anywhere(trail):
    assert line_reason(trail) == "breadcrumb"
    for where in ("top", "mid", "end"):
        assert page_paragraphs(harbour_page(**{where: f"<p>{trail}</p>"})) == HARBOUR_PARAS, where


# ------------------------------------------------------------------ an italic caption set under its photo

_PHOTO = '<p><a href="/img/ferry.jpg"><img src="/img/ferry.jpg" alt="{alt}" width="800"></a></p>'
_BLOGGER_PHOTO = '<div class="separator" style="clear: both; text-align: center;"><a href="/img/b.jpg"><img src="/img/b.jpg"></a></div>'
_CAPTIONS = [
    (_PHOTO.format(alt="harbour bridge 2026 night_Keller Studio"), "<p><em>Night lights by Keller Studio</em></p>"),
    (_PHOTO.format(alt=""), '<p class="post-text"><em>The old ferry at the pier</em></p>'),
    (_BLOGGER_PHOTO, '<div style="text-align: center;"><span><em><span>Anna Keller</span></em></span></div>'),
    (_BLOGGER_PHOTO + '<div style="text-align: center;"><span> </span></div>', "<div><i>Mayor Anna Keller in March</i></div>"),
]


@pytest.mark.parametrize("photo,caption", _CAPTIONS)
@pytest.mark.parametrize("where", ["mid", "end"])
def test_a_short_italic_line_under_a_photo_is_its_caption(photo, caption, where):
    assert page_paragraphs(harbour_page(**{where: photo + caption})) == HARBOUR_PARAS, where


# what stays: a sentence in italics under a photo (an editor's note), italics with no photo above them, a caption's
# words set as plain text (a subheading), a long italic paragraph, an italic phrase inside a sentence
_NOT_CAPTIONS = [
    (
        _PHOTO.format(alt=""),
        "<p><em>The names of two commuters have been changed.</em></p>",
        "The names of two commuters have been changed.",
    ),
    ("<p>The council met again on Friday.</p>", "<p><em>A bridge with a long history</em></p>", "A bridge with a long history"),
    (_PHOTO.format(alt=""), "<p>A bridge with a long history</p>", "A bridge with a long history"),
    (
        _PHOTO.format(alt=""),
        "<p><em>Engineers first reported the cracks in a letter to the council in the spring of 2019 and again two years later</em></p>",
        "Engineers first reported the cracks in a letter to the council in the spring of 2019 and again two years later",
    ),
    (_PHOTO.format(alt=""), "<p>The ferry <em>Wendholm II</em> will carry 300 people</p>", "The ferry Wendholm II will carry 300 people"),
]


@pytest.mark.parametrize("before,line,kept", _NOT_CAPTIONS)
def test_an_italic_line_that_is_no_caption_stays(before, line, kept):
    lines = page_paragraphs(harbour_page(mid=before + line))
    assert kept in lines, lines


# ------------------------------------------------------------------ a caption that runs on from its photo's alt text

_ALT_PHOTO = (
    '<div align="center"><div class="article-img"><img src="/img/b.jpg" alt="{alt}"></div><br><span class="small gray">{line}</span></div>'
)


def test_a_caption_that_opens_on_its_photos_alt_text_goes():
    mid = _ALT_PHOTO.format(alt="Harbour bridge crack survey", line="Harbour bridge crack survey results for the two eastern supports")
    assert page_paragraphs(harbour_page(mid=mid)) == HARBOUR_PARAS


@pytest.mark.parametrize(
    "alt,line",
    [
        # a sentence of the text that opens on the alt's words; an alt too short to tell; a line the alt only ends
        ("Harbour bridge crack survey", "Harbour bridge crack survey results came in on Monday, the council said."),
        ("Harbour bridge", "Harbour bridge repairs to start in spring"),
        ("Harbour bridge crack survey", "The council published the harbour bridge crack survey"),
    ],
)
def test_a_line_that_only_shares_words_with_an_alt_text_stays(alt, line):
    lines = page_paragraphs(harbour_page(mid=_ALT_PHOTO.format(alt=alt, line=line)))
    assert line in lines, lines


def test_a_list_item_that_opens_on_a_riders_photo_alt_stays():
    mid = '<p><img src="/img/r.jpg" alt="Jonas Brekke Holm"></p><ul><li>Jonas Brekke Holm 12</li><li>Ole Vik Sand 9</li></ul>'
    lines = page_paragraphs(harbour_page(mid=mid))
    assert any("Jonas Brekke Holm 12" in ln for ln in lines), lines
