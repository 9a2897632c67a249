"""Batch 46: a newsroom's real-shaped inputs end to end (feeds, WARC, JSONL, CMS pages).

Each test holds a small invented input that showed a fault in the full run.
"""

from __future__ import annotations

from pathlib import Path

import parallax.ingest.feed  # noqa: F401  registers the reader
from parallax.ingest import load_paths

PARAS = (
    "<p>Five people were killed when part of a motorway bridge collapsed near Porto Vecchio on Wednesday, "
    "the fire service said.</p><p>Three cars and a truck fell into the valley below, officials said.</p>"
)


def _items(tmp_path: Path, name: str, xml: str) -> list:
    path = tmp_path / name
    path.write_text(xml, encoding="utf-8")
    return list(load_paths([path]))


def test_rss_item_link_given_as_a_path_is_resolved_against_the_feed_site(tmp_path: Path) -> None:
    xml = f"""<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>The Courier</title><link>https://courier.example/</link>
<item><title>Bridge collapse kills five</title><link>/world/2026/11/04/bridge</link><guid isPermaLink="false">c-1</guid>
<pubDate>Wed, 04 Nov 2026 10:00:00 +0000</pubDate><content:encoded><![CDATA[{PARAS}]]></content:encoded></item>
<item><title>Second item</title><guid>10231</guid><description>Three cars and a truck fell into the valley, officials said on Wednesday.</description></item>
</channel></rss>"""
    first, second = _items(tmp_path, "courier.rss", xml)
    assert first.url == "https://courier.example/world/2026/11/04/bridge"
    assert first.id == "c-1"  # the id still comes from the guid
    assert second.url is None  # a guid is an id, never a path on the site


def test_atom_entry_relative_href_without_xml_base_uses_the_feed_link(tmp_path: Path) -> None:
    xml = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Lyon Info</title><id>urn:feed:1</id><link rel="alternate" href="https://lyon-info.example/"/>
<entry><title>Bridge collapse</title><link rel="alternate" href="news/bridge"/><id>urn:e:1</id>
<published>2026-11-04T10:00:00+01:00</published><content type="html">{PARAS.replace("<", "&lt;")}</content></entry>
</feed>"""
    (entry,) = _items(tmp_path, "lyon.atom", xml)
    assert entry.url == "https://lyon-info.example/news/bridge"


NEXT_BODY = (
    "<p>Anna Kowalska won a second term as mayor of Lindenburg in the first round of Sunday's vote, taking 57 percent, "
    "the electoral commission said.</p><p>Turnout reached 58 percent, the commission said. Her main rival won 24 "
    "percent of the vote.</p><p>\\\"This is a victory for the whole city,\\\" Kowalska told supporters at her election "
    "night party in the old town.</p><p>The result is seen as a boost for the governing coalition ahead of next "
    "year's national election, analysts said.</p><p>Kowalska, a former teacher, first won the office four years ago "
    "after a campaign on schools, buses and flood defences along the river.</p>"
)


def _next_page(title: str, article: str) -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} - City Wire</title>
<meta property="og:site_name" content="City Wire"></head><body><div id="__next"><header><a href="/">City Wire</a>
</header><main><h1>{title}</h1><div class="skeleton">Loading</div></main></div>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"article":{article},
"related":[{{"title":"Other story","publishedAt":"2020-01-01T08:00:00Z"}}]}}}},"page":"/news/[slug]"}}</script>
</body></html>"""


def test_nextjs_page_takes_its_publication_time_from_the_state_of_its_own_article(tmp_path: Path) -> None:
    """Before: htmldate found the day alone, "2026-11-08", losing 22:10 and the offset."""
    title = "Kowalska re-elected Lindenburg mayor with 57% of the vote"
    article = f'{{"headline":"{title}","publishedAt":"2026-11-08T22:10:00+01:00","updatedAt":"2026-11-09T07:00:00+01:00","body":"{NEXT_BODY}"}}'
    path = tmp_path / "next.html"
    path.write_text(_next_page(title, article), encoding="utf-8")
    (art,) = load_paths([path])
    assert "57 percent" in art.text
    assert art.published == "2026-11-08T22:10:00+01:00"


def test_nextjs_state_of_another_story_gives_no_time() -> None:
    """Only the object headed with the page's own headline dates it: a rail of related stories holds dates too.
    (htmldate, which runs after, may still read one of them: found-not-fixed in batch 46.)"""
    import lxml.html

    from parallax.ingest.extract import title_candidates
    from parallax.ingest.state_time import state_published

    title = "Kowalska re-elected Lindenburg mayor with 57% of the vote"
    undated = lxml.html.fromstring(_next_page(title, f'{{"headline":"{title}","body":"{NEXT_BODY}"}}'))
    assert state_published(undated, title_candidates(undated)) is None
    dated = f'{{"title":"{title}","first_publish_date":"2026-11-08T21:10:00Z","body":"{NEXT_BODY}"}}'
    tree = lxml.html.fromstring(_next_page(title, dated))
    assert state_published(tree, title_candidates(tree)) == "2026-11-08T21:10:00+00:00"


def test_html_page_whose_only_text_is_a_row_of_links_is_refused(tmp_path: Path) -> None:
    """Before: a menu in a div, "Home / World / Politics news from around the country", was stored as an article."""
    import pytest

    from parallax.errors import InputError

    path = tmp_path / "menu.html"
    path.write_text(
        '<html><head><title>Daily News</title></head><body><div class="menu"><a href="/">Home</a> '
        '<a href="/world">World</a> <a href="/p">Politics news from around the country</a></div></body></html>'
    )
    with pytest.raises(InputError, match="no article text found in the HTML page"):
        list(load_paths([path]))


def test_link_only_rule_keeps_paragraphs_that_are_links_but_read_as_sentences() -> None:
    import lxml.html

    from parallax.ingest.link_only import only_link_text

    page = lxml.html.fromstring(
        '<html><body><a href="/1">The port reopened on Friday after a three-day strike.</a>'
        '<a href="/2">Home</a><p>Wages rose by 6 percent</p></body></html>'
    )
    assert not only_link_text(page, "The port reopened on Friday after a three-day strike.")
    assert not only_link_text(page, "Home\n\nWages rose by 6 percent")  # one line is no link
    assert only_link_text(page, "Home")
