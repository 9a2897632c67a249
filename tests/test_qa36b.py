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
