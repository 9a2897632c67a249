"""Session ext38: main text on layouts the benchmarks do not hold, and the cost of reading a page's data."""

from __future__ import annotations

import json

from parallax.ingest.data_prose import may_hold_more
from parallax.ingest.embedded_body import embedded_body
from parallax.ingest.extract import main_text, parse, title_candidates

HEAD = "Council approves rebuild of Riverside water plant"
PARAS = [
    "The city council voted 7-2 on Tuesday night to approve a plan to rebuild the aging Riverside water "
    "treatment plant, ending more than two years of debate over how to pay for the project.",
    "Under the plan, residential water rates will rise by about 6 percent a year for the next four years, "
    "adding roughly three dollars a month to the average household bill, the utilities department said.",
    "Opponents argued that the rate increase would fall hardest on retirees and low-income families, and "
    "said the city should have sought more state and federal grants before turning to ratepayers.",
    "Construction is expected to begin next spring and take about three years, and the existing plant will "
    "remain in operation throughout, so residents should not notice any interruption in service.",
]
FULL = f"<main><article><h1>{HEAD}</h1>{''.join(f'<p>{p}</p>' for p in PARAS)}</article></main>"
THIN = f'<main><article><h1>{HEAD}</h1><div class="body"><p>{PARAS[0]}</p><div>Loading…</div></div></article></main>'


def _page(head: str, body: str) -> str:
    return (
        f'<html lang="en"><head><title>{HEAD} | The Courier</title><meta property="og:type" content="article">'
        f'<meta property="og:title" content="{HEAD}">{head}</head><body><header><nav><a href="/">Home</a>'
        f'<a href="/news">News</a></nav></header>{body}<footer><a href="/privacy">Privacy</a></footer></body></html>'
    )


def _next(blocks: list[str]) -> str:
    state = {"props": {"pageProps": {"article": {"headline": HEAD, "id": "a1", "body": [{"text": p} for p in blocks]}}}}
    return f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>'


# ---------------------------------------------------------------- (1) the data is read only where it may matter


def test_a_page_whose_dom_shows_the_data_body_parses_no_script(monkeypatch) -> None:
    """Every sentence of the data is in the extraction: the markup cannot be thin, so no script is parsed."""
    import parallax.ingest.embedded_body as eb

    def refuse(*_a, **_k):
        raise AssertionError("a script was parsed")

    monkeypatch.setattr(eb.json, "loads", refuse)
    text = main_text(_page("", FULL + _next(PARAS)))
    assert text is not None and text.split("\n") == PARAS


def test_data_prose_missing_from_the_extraction_is_seen() -> None:
    tree = parse(_page("", THIN + _next(PARAS)))
    assert may_hold_more(tree, PARAS[:1], 250)
    assert not may_hold_more(tree, PARAS, 250)
    escaped = parse(_page("", THIN + _next([p.replace("plan", "“plan”") for p in PARAS])))  # \u201c in the JSON
    assert not may_hold_more(escaped, [p.replace("plan", "“plan”") for p in PARAS], 250)


def test_a_thin_page_still_gets_its_data_body() -> None:
    text = main_text(_page("", THIN + _next(PARAS)))
    assert text is not None and text.split("\n") == PARAS


def test_without_the_extraction_the_data_is_read_as_before() -> None:
    tree = parse(_page("", THIN + _next(PARAS)))
    assert embedded_body(tree, title_candidates(tree)) == PARAS
