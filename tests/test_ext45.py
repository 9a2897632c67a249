"""ext45: live-blog headings, short standfirsts, CJK spacing in titles, tiny single-byte pages, furniture shapes."""

from __future__ import annotations

import pytest

from parallax.ingest.decode import decode_bytes
from parallax.ingest.html import article_from_html, extract_main_text

_ENTRIES = (
    ("09:15", "Ferries cancelled across the strait", "All ferry crossings between the two ports were cancelled this morning after waves of more than eight metres were recorded."),
    ("10:40", "Power cut for 12,000 homes", "About 12,000 homes in the northern districts lost power when a pylon collapsed near the motorway junction, the grid company said."),
    ("11:05", "Schools close early", "The regional education office told all primary schools to close at noon so that children can get home before the strongest gusts."),
    ("12:30", "Red warning extended to the coast", "The weather service extended its red warning to the whole coastline until midnight and urged people to stay indoors."),
)


def _live_blog(entry: str) -> str:
    entries = "".join(entry.format(time=t, heading=h, text=x) for t, h, x in _ENTRIES)
    return (
        '<html lang="en"><head><meta charset="utf-8"><title>Storm Elsa live: latest updates</title>'
        '<meta property="og:type" content="article"></head><body><nav><a href="/">Home</a></nav><main><article>'
        f"<h1>Storm Elsa live: latest updates</h1><div class=\"live-entries\">{entries}</div></article></main></body></html>"
    )


_SHAPES = {
    "header": '<div class="entry"><header class="entry-header"><time>{time}</time><h2>{heading}</h2></header><p>{text}</p>'
    "<p>More details will follow as we get them from the authorities.</p></div>",
    "meta": '<div class="entry"><div class="entry-meta"><time>{time}</time><h2>{heading}</h2></div><p>{text}</p>'
    "<p>More details will follow as we get them from the authorities.</p></div>",
    "short": '<div class="entry"><time>{time}</time><h2>{heading}</h2><p>{text}</p></div>',
    "permalink": '<div class="entry"><time>{time}</time><h2 class="entry-title"><a href="#post">{heading}</a></h2><p>{text}</p>'
    "<p>More details will follow as we get them from the authorities.</p></div>",
}


@pytest.mark.parametrize("shape", sorted(_SHAPES))
def test_live_blog_keeps_each_entry_heading_with_its_time_in_order(shape: str) -> None:
    text = article_from_html(_live_blog(_SHAPES[shape]), "a", "live.html").text
    positions = []
    for time, heading, body in _ENTRIES:
        assert f"{time} – {heading}" in text
        positions += [text.index(f"{time} – {heading}"), text.index(body)]
    assert positions == sorted(positions)


_SUBSTACK = """<html lang="en"><head><meta charset="utf-8"><title>The port strike is over - by Ann Roe</title>
<meta property="og:type" content="article"><meta property="og:title" content="The port strike is over">
<meta name="description" content="Dockers accept a three-year deal after nine weeks of talks."></head><body><article class="post">
<div class="post-header"><h1 class="post-title published">The port strike is over</h1>{subtitle}
<div class="post-ufi"><a href="/like">Like</a> <a href="/comments">Comment</a> <a href="/share">Share</a></div>
<div class="post-meta"><a href="/profile/ann">Ann Roe</a><div class="post-date">Mar 2, 2026</div></div></div>
<div class="available-content"><div class="body markup">
<p>Dockers at the country's three largest ports voted on Friday to accept a three-year pay deal, ending a strike that had lasted nine weeks and left hundreds of ships waiting offshore.</p>
<p>The agreement raises basic pay by 11 percent over three years and caps weekend shifts at two a month, according to the union.</p>
<p>Exporters of fruit and machinery, who had diverted cargo to ports abroad, said it would take at least a month to clear the backlog.</p>
</div></div></article></body></html>"""


@pytest.mark.parametrize(
    "subtitle",
    ['<h3 class="subtitle">What the deal means for exporters</h3>', '<h3>What the deal means for exporters</h3>', '<p class="deck">What the deal means for exporters</p>'],
)
def test_short_subtitle_under_the_headline_is_kept_above_the_body(subtitle: str) -> None:
    text = extract_main_text(_SUBSTACK.format(subtitle=subtitle)) or ""
    assert text.split("\n")[0] == "What the deal means for exporters"
    assert "Dockers at the country's three largest ports" in text.split("\n")[1]


def test_blog_tagline_under_a_logo_heading_is_not_a_subtitle() -> None:
    page = _SUBSTACK.format(subtitle="").replace(
        '<article class="post">',
        '<div class="site-branding"><h1 class="site-title"><a href="/">Harbour Notes</a></h1>'
        '<h2 class="site-description">Letters from the docks and beyond</h2></div><article class="post">',
    )
    assert "Letters from the docks" not in (extract_main_text(page) or "")


_JA_BODY = (
    "<p>東京都は２日、新たに３１２人の感染を確認したと発表した。前の週の同じ曜日より４０人多い。都の担当者は「引き続き警戒が必要だ」と話している。</p>"
    "<p>重症者は１５人で、前日から２人減った。</p>"
)


@pytest.mark.parametrize("head", ["<title>東京都　新たに３１２人感染 - 毎朝新聞</title>", "<title>毎朝新聞</title>"])
def test_ideographic_space_in_a_japanese_title_is_kept(head: str) -> None:
    page = f'<html lang="ja"><head><meta charset="utf-8">{head}</head><body><article><h1>東京都　新たに３１２人感染</h1>{_JA_BODY}</article></body></html>'
    assert article_from_html(page, "a", "ja.html").title == "東京都\u3000新たに３１２人感染"


@pytest.mark.parametrize(
    "line",
    ["Le mot « Ã© » remplace é.", "Mit freundlichem „Gruß“ aus Köln.", "Un « CAFÉ» à Lyon."],
)
def test_tiny_windows_1252_page_with_a_chance_utf8_sequence_stays_windows_1252(line: str) -> None:
    page = f"<html><head><title>Note</title></head><body><p>{line}</p></body></html>"
    assert line in decode_bytes(page.encode("cp1252"), "note.html", html=True)


def test_utf8_page_with_one_pasted_windows_1252_quote_is_still_utf8() -> None:
    page = "<html><body><p>Le café ouvre lundi, ".encode() + "dit l’adjoint.</p></body></html>".encode("cp1252")
    assert "Le café ouvre lundi, dit l’adjoint." in decode_bytes(page, "note.html", html=True)


def _page(lang: str, title: str, inner: str) -> str:
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title><meta property="og:type" content="article"></head>'
        f'<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><main><article><h1>{title}</h1>{inner}</article></main>'
        "<footer><p>© 2026 Example Media</p></footer></body></html>"
    )


def test_headings_with_empty_spacer_blocks_inside_are_kept() -> None:
    spacer = '<div class="height-spacer"></div>'
    inner = "<p>Cooking once on Sunday saves hours during the week, and these menus are planned so that every meal reuses what you cooked.</p>"
    for plan, text in (("A", "Roast two trays of vegetables and a kilo of chicken thighs."), ("B", "Cook a big pot of lentil soup with carrots.")):
        inner += f"<h2><strong>{spacer}Menu for Plan {plan}{spacer}</strong></h2><p>{text} Portion it into five boxes for the week ahead.</p>"
    lines = (extract_main_text(_page("en", "Meal prep for a busy week", inner)) or "").split("\n")
    assert "Menu for Plan A" in lines and "Menu for Plan B" in lines
    assert lines.index("Menu for Plan A") < lines.index("Menu for Plan B")
