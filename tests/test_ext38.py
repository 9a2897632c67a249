"""Session ext38: main text on layouts the benchmarks do not hold, and the cost of reading a page's data."""

from __future__ import annotations

import json

from parallax.ingest.data_prose import may_hold_more
from parallax.ingest.embedded_body import embedded_body
from parallax.ingest.extract import main_text, parse, title_candidates
from parallax.ingest.html import article_from_html

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
    def refuse(*_a, **_k):
        raise AssertionError("a script was parsed")

    monkeypatch.setattr(json, "loads", refuse)  # the JSON-LD walk (:mod:`.json_ld`) and the state's parse alike
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


# ---------------------------------------------------------------- (2) Threads and Mastodon embeds

POST = "Closing the library for eighteen months without a plan for the children who study there every afternoon is a mistake."
THREADS = (
    '<blockquote class="text-post-media" data-text-post-permalink="https://www.threads.net/@annroe/post/C8abc" '
    'data-text-post-version="0"><a href="https://www.threads.net/@annroe/post/C8abc"><div><svg aria-label="Threads">'
    '<path d="M1 1Z"/></svg></div><div> View on Threads</div></a></blockquote>'
)
MASTODON = (
    '<blockquote class="mastodon-embed" data-embed-url="https://mastodon.social/@annroe/113456/embed">'
    '<a href="https://mastodon.social/@annroe/113456"><svg width="32"><path d="M6 4Z"/></svg>'
    "<div>Post by @annroe@mastodon.social</div><div>View on Mastodon</div></a></blockquote>"
)


def _embedding(embed: str) -> str | None:
    return main_text(_page("", f"<main><article><h1>{HEAD}</h1><p>{PARAS[0]}</p>{embed}<p>{PARAS[1]}</p></article></main>"))


def test_a_threads_or_mastodon_placeholder_leaves_no_widget_line() -> None:
    for embed in (THREADS, MASTODON, THREADS.replace(' class="text-post-media"', "")):
        assert _embedding(embed) == "\n".join(PARAS[:2])


def test_a_threads_or_mastodon_post_with_its_words_is_its_authors_quotation() -> None:
    for cls, handle in (("text-post-media", "@annroe"), ("mastodon-embed", "@annroe@mastodon.social")):
        embed = (
            f'<blockquote class="{cls}"><p>{POST}</p>&mdash; Ann Roe ({handle}) <a href="https://x.example/1">June 3, 2026</a></blockquote>'
        )
        page = _page("", f"<main><article><h1>{HEAD}</h1><p>{PARAS[0]}</p>{embed}<p>{PARAS[1]}</p></article></main>")
        text = article_from_html(page, "a", "a.html").text
        assert text.split("\n\n") == [PARAS[0], f"“{POST}” — Ann Roe", PARAS[1]]


def test_the_widgets_lines_are_furniture_in_plain_text_too() -> None:
    from parallax.ingest.line_filters import line_reason

    assert line_reason("View on Threads") and line_reason("Post by @annroe@mastodon.social")
    assert not line_reason("The post by the mayor on Threads drew hundreds of replies within an hour.")


# ---------------------------------------------------------------- (3) a body held in Nuxt's or Arc's state


def _nuxt(paras: list[str]) -> str:
    """A Nuxt 3 payload (devalue): each value an index into the array; paragraph i is {"text": ...} at 6 + 2i."""
    payload: list = [["ShallowReactive", 1], {"data": 2}, {"article": 3}, {"title": 4, "body": 5}, HEAD]
    payload.append([6 + 2 * i for i in range(len(paras))])
    for i, p in enumerate(paras):
        payload += [{"text": 7 + 2 * i}, p]
    return f'<script type="application/json" id="__NUXT_DATA__" data-ssr="true">{json.dumps(payload)}</script>'


def _fusion(paras: list[str], tail: str = ";Fusion.globalContentConfig={};") -> str:
    story = {"headlines": {"basic": HEAD}, "content_elements": [{"type": "text", "content": p} for p in paras]}
    return f"<script>window.Fusion=window.Fusion||{{}};Fusion.globalContent={json.dumps(story)}{tail}</script>"


def test_a_nuxt_payload_gives_the_body_of_a_thin_page() -> None:
    from parallax.ingest.state_scripts import revive

    assert revive([["Reactive", 1], {"a": 2, "b": 2, "c": 0}, [3], "x"]) == {"a": ["x"], "b": ["x"], "c": None}
    text = main_text(_page("", THIN + _nuxt(PARAS)))
    assert text is not None and text.split("\n") == PARAS


def test_arcs_assigned_state_gives_the_body_of_a_thin_page() -> None:
    text = main_text(_page("", THIN + _fusion(PARAS)))
    assert text is not None and text.split("\n") == PARAS


def test_an_assignment_that_is_no_json_is_not_read() -> None:
    from parallax.ingest.state_scripts import assigned_state

    assert assigned_state('Fusion.globalContent={"a": 1};') == [{"a": 1}]
    assert assigned_state('Fusion.globalContent={"a": 1} || fallback();') == []  # JavaScript, not a JSON value
    assert assigned_state("Fusion.globalContent={a: 1};") == []
    tree = parse(_page("", THIN + _fusion(PARAS, tail=" + more;")))
    assert embedded_body(tree, title_candidates(tree)) == []


# ---------------------------------------------------------------- (5) a lead-in line over a headline, in plain text


def test_a_lead_in_line_and_the_headline_under_it_are_furniture() -> None:
    from parallax.ingest.text import article_from_text

    fact = "Flood waters rose across the Veldra valley on Tuesday, forcing hundreds of families from their homes."
    last = "Emergency crews worked through the night to reinforce levees along the river, officials said."
    for lead, headline in (
        ("Related Articles", "Storm warning issued for coastal towns"),
        ("Read more", "Farmers count the cost of a wet spring"),
        ("Lesen Sie auch", "Sturmwarnung für die Küstenorte"),
        ("Lire aussi", "Alerte aux orages sur la côte"),
    ):
        article = article_from_text(f"{fact}\n\n{lead}\n{headline}\n\n{last}", "a", "a.txt")
        assert article.text.split("\n\n") == [fact, last], lead
        assert headline in article.boilerplate_removed


def test_a_lead_in_over_running_prose_keeps_the_prose() -> None:
    from parallax.ingest.text import article_from_text

    prose = "The council said on Monday that the bridge would reopen in spring after two years of repairs and delays."
    article = article_from_text(f"Flood waters rose on Tuesday in the valley.\n\nRead more\n{prose}", "a", "a.txt")
    assert prose in article.text


# ---------------------------------------------------------------- (6) a JSON line repeating its title on top


def test_a_text_repeating_its_title_keeps_the_title_out_and_reads_the_dateline_under_it() -> None:
    from parallax.ingest.text import article_from_text

    title = "Floods force hundreds from homes in Veldra valley"
    for first, place in (
        ("WASHINGTON — Flood waters rose across the valley on Tuesday, forcing families from their homes.", "WASHINGTON"),
        ("Husum. Der Sturm hat am Dienstag Hunderte Familien aus ihren Häusern vertrieben, teilte die Polizei mit.", "Husum"),
    ):
        for sep in ("\n\n", "\n"):
            article = article_from_text(
                f"{title}{sep}{first}{sep}Crews worked through the night, officials said.", "a", "a.jsonl", title=title
            )
            assert article.dateline == place and not article.text.startswith(title)


def test_a_jsonl_record_repeating_its_title(tmp_path) -> None:
    from parallax.config import Options
    from parallax.ingest import read_file

    title = "Floods force hundreds from homes in Veldra valley"
    text = f"{title}\n\nLONDON (Reuters) - Flood waters rose across the valley on Tuesday.\n\nCrews worked through the night."
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "r1", "title": title, "text": text}) + "\n")
    (article,) = read_file(str(path), Options())
    assert article.title == title and article.dateline == "LONDON (Reuters)"
    assert article.text.split("\n\n")[0] == "Flood waters rose across the valley on Tuesday."


# ---------------------------------------------------------------- (4) a flattened articleBody gets its breaks back

MORE = [
    "Mr. Alvarez, the council's finance chair, said the vote was close. He called the plan a compromise. Critics disagreed.",
    "The state has offered a loan of $12 million. It would cover a fifth of the cost. The rest comes from the U.S. Treasury.",
]


def _ld(body: str) -> str:
    item = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEAD, "articleBody": body}
    return f'<script type="application/ld+json">{json.dumps(item)}</script>'


def test_a_flattened_article_body_breaks_after_the_doms_paragraph_and_into_runs_of_sentences() -> None:
    from parallax.ingest.body_breaks import with_breaks

    body = " ".join([PARAS[0], *MORE])
    assert with_breaks(body, [PARAS[0]]) == [PARAS[0], *MORE]
    text = main_text(_page(_ld(" ".join(PARAS)), THIN))  # the first paragraph shown in the DOM, three sentences after it
    assert text is not None and text.split("\n") == [PARAS[0], " ".join(PARAS[1:])]
    long = " ".join(PARAS + MORE)  # a break after the DOM's paragraph, then runs of three sentences
    text = main_text(_page(_ld(long), THIN))
    assert text is not None and text.split("\n")[:2] == [PARAS[0], " ".join(PARAS[1:])]
    assert text.split("\n")[2:] == MORE


def test_a_short_flattened_body_stays_one_paragraph() -> None:
    from parallax.ingest.body_breaks import with_breaks

    assert with_breaks(MORE[0], []) == [MORE[0]]
