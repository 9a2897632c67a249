"""Session 36's review: the compare stage never writes an analysed record, a headline's own-body conflict keys its
value apart from any article id, and bad input at every entry point."""

from __future__ import annotations

import io

import pytest

import parallax
from parallax.records import Article

PUBLISHED = "2026-03-14"
TEXT_A = (
    "Floods swept through the Veldra valley on Thursday after two days of heavy rain.\n\n"
    "Ten people were killed when the river burst its banks, the regional fire service said.\n\n"
    "Rescue teams searched villages downstream."
)
TEXT_B = (
    "Heavy rain caused the river to burst its banks in the Veldra valley on Thursday.\n\n"
    "Emergency crews evacuated hundreds of residents from villages downstream."
)
TITLE = "12 dead as floods hit Veldra valley"


# -- the compare stage reads an old record's title into a copy


def test_headline_articles_leaves_an_old_record_as_it_was():
    """Before: an article without title layers (stored before titles were analysed) came back from the compare
    stage with ``title_layers`` filled in, a write by the compare stage to an analysed record."""
    from parallax.compare.headlines import headline_articles

    (art,) = parallax.analyze([Article(id="a", text=TEXT_A, title=TITLE, language="en", published=PUBLISHED)])
    old = Article.from_dict({k: v for k, v in art.to_dict().items() if k != "title_layers"})
    before = old.to_dict()
    heads = headline_articles([old], parallax.Options())
    assert [(q.value, q.unit) for q in heads[0].quantities] == [(12.0, "dead")]
    assert old.title_layers is None and old.to_dict() == before


# -- a headline against its own body, in an article whose id is "headline"


@pytest.fixture(scope="module")
def headline_named(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("named")
    (folder / "headline.txt").write_text(f"{TITLE}\n\n{TEXT_A}\n", encoding="utf-8")
    (folder / "other.txt").write_text(f"Floods hit Veldra valley\n\n{TEXT_B}\n", encoding="utf-8")
    arts = parallax.load([folder / "headline.txt", folder / "other.txt"], default_published=PUBLISHED)
    return parallax.compare(arts).to_dict()


def test_an_article_named_headline_keeps_both_values_of_its_own_body_conflict(headline_named):
    """Before: the headline's value was keyed "headline", the id of an article read from headline.txt, so its
    headline and its body fell into one key and the conflict lost one of its two values."""
    own = [(h["article"], c["values"]) for h in headline_named["headlines"] for c in h["conflicts"] if c["against"] == "own"]
    assert own == [
        ("headline", {"headline#headline": [12.0], "headline": [10.0], "units": {"headline#headline": "dead", "headline": "people"}})
    ]


def test_the_own_body_conflict_of_headline_txt_in_the_schema_text_and_html(headline_named):
    import jsonschema

    from parallax.report import schema
    from parallax.report.html import render_html
    from parallax.report.text import print_text

    jsonschema.validate(headline_named, schema())
    buf = io.StringIO()
    print_text(headline_named, buf)
    out = " ".join(buf.getvalue().split())
    assert "(headline): 12 dead" in out and "headline (text): 10" in out, out
    page = render_html(headline_named)
    assert "12 dead" in page and "10 people" in page
