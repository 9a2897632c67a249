"""qa36b: the batch path (`parallax run`) over mixed formats, languages and copies."""

from __future__ import annotations

import pytest

from parallax.config import Options
from parallax.ingest import load_paths
from parallax.ingest.feed_outlet import feed_outlet

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Shipping Wire | Ports</title><id>urn:sw</id><updated>2026-12-02T11:30:00Z</updated>
<entry><title>Port halted by strike</title><link href="https://shippingwire.example/port-strike"/>
<id>urn:1</id><published>2026-12-02T11:30:00Z</published><updated>2026-12-02T11:30:00Z</updated>
<content type="html">&lt;p&gt;A 48-hour strike by dockworkers halted the port on Wednesday, the union said.&lt;/p&gt;</content>
</entry></feed>"""


@pytest.mark.parametrize(
    ("title", "site", "outlet"),
    [
        ("Shipping Wire | Ports", "https://shippingwire.example/a", "Shipping Wire"),  # the name spells the site
        ("L'Éco Quotidien – Économie", None, "L'Éco Quotidien"),  # a French section, en dash
        ("Die Zeit | Wirtschaft", None, "Die Zeit"),
        ("El País - Internacional", None, "El País"),
        ("Smith & Sons - Harbour Gazette", "https://smithandsons.example/", "Smith & Sons - Harbour Gazette"),
        ("Harbour Gazette - Ports", "https://other.example/", "Harbour Gazette - Ports"),  # nothing says section
    ],
)
def test_feed_title_names_its_outlet(title: str, site: str | None, outlet: str) -> None:
    assert feed_outlet(title, site) == outlet


def test_atom_feed_outlet_from_its_item_links(tmp_path) -> None:
    path = tmp_path / "ports.atom"
    path.write_text(ATOM, encoding="utf-8")
    (article,) = list(load_paths([str(path)], Options()))
    assert article.outlet == "Shipping Wire"


WIRE = "A magnitude 6.2 earthquake struck southern Peru on Tuesday, killing at least 14 people, officials said."


def _art(ident: str, text: str, **kw):
    from parallax.ingest import content_hash
    from parallax.records import Article

    return Article(id=ident, text=text, published="2026-12-01", content_hash=content_hash(text), language="en", **kw)


def test_a_word_for_word_copy_from_another_outlet_is_stored_once_per_outlet(tmp_path) -> None:
    from parallax.store import open_store

    with open_store(tmp_path / "s.db") as store:
        wire = _art("wire", WIRE, outlet="Global Wire", url="https://globalwire.example/peru")
        herald = _art("herald", WIRE, outlet="Pacific Herald", url="https://herald.example/peru")
        assert [a.id for a in store.add_articles([wire, herald])] == ["wire", "herald"]  # was ["wire"]
        # the same page again, or without its outlet and address, adds nothing
        again = [herald, _art("herald-feed", WIRE, outlet="pacific herald"), _art("bare", WIRE)]
        assert store.add_articles(again) == []
        assert store.get_article("herald").outlet == "Pacific Herald"


def test_run_keeps_both_publications_of_a_wire_copy_and_adds_nothing_on_a_second_run(tmp_path) -> None:
    import json

    from parallax.engine.local import LocalEngine
    from parallax.store import open_store

    records = [
        {"id": "wire", "outlet": "Global Wire", "url": "https://gw.example/a", "published": "2026-12-01T22:10:00Z", "text": WIRE},
        {"id": "herald", "outlet": "Pacific Herald", "url": "https://ph.example/a", "published": "2026-12-01T23:00:00Z", "text": WIRE},
        {"id": "herald", "outlet": "Pacific Herald", "url": "https://ph.example/a", "published": "2026-12-01T23:00:00Z", "text": WIRE},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    options = Options(embedder="hashing")
    with open_store(tmp_path / "s.db") as store, LocalEngine() as engine:
        engine.ingest([path], options, store, batch=8)
        engine.ingest([path], options, store, batch=8)
        stored = sorted((a.id, a.outlet) for a in store.iter_articles())
    assert stored == [("herald", "Pacific Herald"), ("wire", "Global Wire")]


def test_report_names_the_copies_left_out_of_its_comparison() -> None:
    from parallax.report import render

    article = {
        "id": "wire",
        "outlet": "Global Wire",
        "title": "Quake kills 14",
        "url": None,
        "published": "2026-12-01T22:10:00+00:00",
        "language": "en",
        "text": WIRE,
        "boilerplate_removed": [],
    }
    other = {**article, "id": "es", "outlet": "El Diario", "language": "es"}
    copy = {
        "id": "ct",
        "outlet": "Coastal <Times>",
        "title": "Peru earthquake kills 14, dozens hurt",
        "url": "https://ct.example/peru",
        "published": "2026-12-02T01:15:00+00:00",
        "of": "wire",
        "similarity": 0.968,
    }
    comparison = {
        "schema": "parallax.comparison/1",
        "articles": [article, other],
        "facts": [],
        "quotes": [],
        "entities": [],
        "times": [],
        "word_choices": [],
        "headlines": [],
        "summary": {"articles": 2},
        "limits": [],
        "settings": {"copies": [copy]},
    }
    page = render(comparison, "html")
    assert "Coastal &lt;Times&gt;" in page and 'a copy of <span dir="auto">Global Wire</span> (97% alike)' in page
    assert 'href="https://ct.example/peru"' in page and "Peru earthquake kills 14, dozens hurt" in page
    comparison["settings"] = {}
    assert "near word-for-word copy" not in render(comparison, "html")


def test_story_copies_come_from_the_near_duplicate_groups() -> None:
    from parallax.engine import story_copies

    class Store:
        def get_article(self, aid: str):
            return _art(aid, WIRE, outlet="Coastal Times", url="https://ct.example/peru", title="Peru quake")

    story = {"articles": ["wire", "ct", "es"]}
    (copy,) = story_copies(Store(), story, {"ct": ("wire", 0.968)})
    assert (copy["id"], copy["outlet"], copy["of"], copy["similarity"], copy["url"]) == (
        "ct",
        "Coastal Times",
        "wire",
        0.968,
        "https://ct.example/peru",
    )


def test_web_upload_stores_a_copy_from_another_outlet_as_run_does(tmp_path) -> None:
    from parallax.store import open_store
    from parallax.web.service import Catalog

    catalog = Catalog(lambda: open_store(tmp_path / "s.db"), Options(embedder="hashing"))
    wire = _art("wire", WIRE, outlet="Global Wire", url="https://gw.example/peru")
    herald = _art("herald", WIRE, outlet="Pacific Herald", url="https://ph.example/peru")
    first = catalog.add([wire, herald, _art("herald-again", WIRE, outlet="Pacific Herald", url="https://ph.example/peru")])
    assert (first["added"], first["duplicates"]) == (["wire", "herald"], ["herald-again"])
    assert catalog.add([herald])["duplicates"] == ["herald"]


def test_text_report_names_the_copies_too() -> None:
    import io

    from parallax.report.text import print_text

    article = {"id": "wire", "outlet": "Global Wire", "published": "2026-12-01", "language": "en", "text": WIRE}
    summary = {
        "facts": 0,
        "shared": 0,
        "conflict": 0,
        "unique": 0,
        "quotes": 0,
        "misattributed": 0,
        "quote_fidelity": {},
        "corroborated_share": {},
    }
    copy = {"id": "ct", "outlet": "Coastal [/] Times", "published": "2026-12-02", "of": "wire", "similarity": 0.97}
    comparison = {
        "articles": [article],
        "facts": [],
        "quotes": [],
        "times": [],
        "word_choices": [],
        "summary": summary,
        "settings": {"copies": [copy]},
    }
    out = io.StringIO()
    print_text(comparison, file=out)
    assert "Also published, near word for word (left out): Coastal [/] Times, 2026-12-02, a copy of Global Wire (97% alike)." in out.getvalue()
