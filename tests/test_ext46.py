"""Extraction (ext46): widgets inside an article's body (pull quotes, polls, shop rows) and the shapes found on
the trafilatura set's dev pages.  Every page here is invented."""

from __future__ import annotations

import pytest

from parallax.ingest.html import extract_main_text

pytest.importorskip("trafilatura")

BODY = [
    "The city council voted on Tuesday to expand the tram network to the northern suburbs, ending a decade of debate over the route.",
    "\u201cThis is the best day for our commuters in twenty years,\u201d said mayor Lena Hart after the vote, which passed by nine to four.",
    "Opponents argued that the cost, estimated at 340 million euros, would push back repairs to older lines by several years.",
    "Construction is expected to begin next spring and to last about three years, according to the transport authority.",
]
TITLE = "Council backs tram extension to northern suburbs"


def _page(middle: str, body: list[str] = BODY, title: str = TITLE, article: bool = True) -> str:
    meta = '<meta property="og:type" content="article">' if article else ""
    paras = [f"<p>{p}</p>" for p in body]
    return (
        f"<html><head><title>{title}</title>{meta}</head><body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>"
        + "".join(paras[:2])
        + middle
        + "".join(paras[2:])
        + "</article><footer>Copyright 2026</footer></body></html>"
    )


def _lines(html: str) -> list[str]:
    return (extract_main_text(html) or "").split("\n")


# ------------------------------------------------------------- pull quotes

PULL_QUOTES = [
    '<blockquote class="pullquote"><p>This is the best day for our commuters in twenty years</p></blockquote>',
    '<p class="pull-quote">\u201cThis is the best day for our commuters in twenty years\u201d</p>',
    '<div class="wp-block-pullquote"><blockquote><p>This is the best day for our commuters in twenty years</p>'
    "<cite>Lena Hart</cite></blockquote></div>",
]


@pytest.mark.parametrize("article", [True, False])
@pytest.mark.parametrize("quote", PULL_QUOTES)
def test_pull_quote_repeating_the_body_goes(quote: str, article: bool) -> None:
    lines = _lines(_page(quote, article=article))
    assert lines == BODY


def test_pull_quote_said_only_there_stays() -> None:
    quote = '<blockquote class="pullquote"><p>We will not let the northern suburbs wait another decade for a train</p></blockquote>'
    text = extract_main_text(_page(quote, article=False)) or ""
    assert "We will not let the northern suburbs wait another decade for a train" in text
    assert text.count("This is the best day for our commuters") == 1


# ------------------------------------------------------------------- polls

POLLS = [
    '<div class="article-poll" id="poll-123"><h3>What do you think?</h3><form><label><input type="radio"> Yes</label>'
    '<label><input type="radio"> No</label><button>Vote</button></form><p>1,234 votes</p></div>',
    '<div class="pollWidget"><p>Should the tram reach the northern suburbs?</p><p>Yes 62%</p><p>No 38%</p>'
    '<p><a href="/vote">Vote now</a></p><p><a href="/r">Results</a></p></div>',
    '<section class="umfrage-box"><h4>Soll die Tram in die nördlichen Vororte fahren?</h4><ul><li>Ja 62 %</li><li>Nein 38 %</li></ul>'
    '<p>Bisher 812 Stimmen</p></section>',
    '<fieldset><legend>Your view on the new route</legend><label><input type="radio" name="a"> Good idea</label>'
    '<label><input type="radio" name="a"> Too expensive</label><input type="submit" value="Vote"></fieldset>',
]


@pytest.mark.parametrize("poll", POLLS)
def test_poll_in_the_body_goes(poll: str) -> None:
    assert _lines(_page(poll, article=False)) == BODY


def test_paragraph_about_a_poll_stays() -> None:
    body = [*BODY[:3], "A poll by the institute found that 62 percent of residents in the suburbs back the extension."]
    assert _lines(_page("", body=body, article=False)) == body


# --------------------------------------------------------------- shop rows

SHOP_ROWS = [
    '<div class="product-box"><p>$129.99 at Amazon</p><p><a href="https://shop.example/x">Buy now</a></p></div>',
    '<p><a href="https://shop.example/x" rel="sponsored nofollow">$29.99 at Amazon</a></p>'
    '<p><a href="https://shop2.example/x" rel="sponsored">$34.99 at Best Buy</a></p>',
    '<div><p>29,99 € bei Otto</p><p><a href="https://shop.example/y">Zum Angebot</a></p></div>',
    '<p><a href="https://shop.example/z" rel="sponsored">Acme Trail Shoe for women</a></p>',
]


@pytest.mark.parametrize("row", SHOP_ROWS)
def test_shop_row_in_a_review_goes(row: str) -> None:
    assert _lines(_page(row, article=False)) == BODY


def test_sponsored_link_inside_a_sentence_stays() -> None:
    sentence = (
        'The council said it tested the <a href="https://shop.example/z" rel="sponsored">Acme ticket reader</a> '
        "on two lines before choosing it for the new route."
    )
    body = [*BODY[:3], sentence]
    text = extract_main_text(_page("", body=body, article=False)) or ""
    assert "tested the Acme ticket reader on two lines" in text
