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
