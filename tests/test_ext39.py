"""Session ext39: main text on page layouts the benchmarks do not hold (small inline pages)."""

from __future__ import annotations

import json

from parallax.ingest.embedded_body import embedded_body, markup_is_thin
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


def _page(head: str, body: str) -> str:
    return (
        f'<html lang="en"><head><title>{HEAD} | The Courier</title><meta property="og:type" content="article">'
        f'<meta property="og:title" content="{HEAD}">{head}</head><body><header><nav><a href="/">Home</a>'
        f'<a href="/news">News</a><a href="/sports">Sports</a></nav></header>{body}'
        '<footer><a href="/privacy">Privacy Policy</a></footer></body></html>'
    )


def _ld(body: str, **more) -> str:
    item = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEAD, "articleBody": body, **more}
    return f'<script type="application/ld+json">{json.dumps(item)}</script>'


THIN = f'<main><article><h1>{HEAD}</h1><p class="byline">By Maria Chen</p><div class="body"><p>{PARAS[0]}</p><div>Loading…</div></div></article></main>'


def test_jsonld_article_body_replaces_a_thin_dom() -> None:
    text = main_text(_page(_ld("\n\n".join(PARAS)), THIN))
    assert text is not None and text.split("\n") == PARAS


def test_article_body_glued_into_one_string_is_split_at_the_lost_breaks() -> None:
    text = main_text(_page(_ld("".join(PARAS)), THIN))  # "<p>" stripped: "... the project.Under the plan ..."
    assert text is not None and text.split("\n") == PARAS


def test_article_body_held_as_html_gives_its_paragraphs() -> None:
    text = main_text(_page(_ld("".join(f"<p>{p}</p>" for p in PARAS)), THIN))
    assert text is not None and text.split("\n") == PARAS


def test_full_dom_body_wins_over_the_data() -> None:
    """The data's body cut short (or one run without breaks) while the markup shows the whole text: the markup's."""
    full = f"<main><article><h1>{HEAD}</h1>{''.join(f'<p>{p}</p>' for p in PARAS)}</article></main>"
    for data in (" ".join(PARAS[:3]), " ".join(PARAS)):
        text = main_text(_page(_ld(data), full))
        assert text is not None and text.split("\n") == PARAS


def test_another_articles_body_is_not_taken() -> None:
    """Two JSON-LD articles, neither headed with the page's title: no way to tell which is the page's own."""
    other = _ld("\n".join(PARAS), headline="Another story") + _ld("\n".join(PARAS), headline="A third story")
    tree = parse(_page(other, THIN))
    assert embedded_body(tree, title_candidates(tree)) == []


def test_next_data_body_blocks_replace_an_empty_dom() -> None:
    state = {"props": {"pageProps": {"article": {"headline": HEAD, "body": [{"type": "paragraph", "text": p} for p in PARAS]}}}}
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>'
    empty = f'<div id="__next"><main><h1>{HEAD}</h1><div class="skeleton"></div></main></div>{script}'
    text = main_text(_page("", empty))
    assert text is not None and text.split("\n") == PARAS


def test_state_blob_without_the_headline_is_not_read() -> None:
    state = {"related": [{"text": p} for p in PARAS]}
    script = f'<script type="application/json">{json.dumps(state)}</script>'
    tree = parse(_page("", f"<main><h1>{HEAD}</h1></main>{script}"))
    assert embedded_body(tree, title_candidates(tree)) == []


def test_markup_is_thin_counts_prose_lines_only() -> None:
    assert markup_is_thin(PARAS, ["Home", "News", PARAS[0]])
    assert not markup_is_thin(PARAS, PARAS[:3])
    assert not markup_is_thin([], [])


def test_glued_sentences_split_at_lost_breaks_only() -> None:
    from parallax.ingest.embedded_body import _unglued

    assert _unglued("Built in 1958.The plan. Visit courier.com now.« Ce projet », dit-il.He said.“Yes.”") == [
        "Built in 1958.",
        "The plan. Visit courier.com now.",
        "« Ce projet », dit-il.",
        "He said.",
        "“Yes.”",
    ]
    assert _unglued("The U.S.Army and the U.N.General Assembly met.") == ["The U.S.Army and the U.N.General Assembly met."]
    assert _unglued('He left."We go," she said.') == ["He left.", '"We go," she said.']


def test_paywalled_page_with_its_whole_text_in_one_article_body_run() -> None:
    """A paywalled page shows the lead and gives crawlers the whole text as one run, spaces between paragraphs."""
    text = main_text(_page(_ld(" ".join(PARAS), isAccessibleForFree=False), THIN))
    assert text is not None and text.split("\n") == [PARAS[0], " ".join(PARAS[1:])]  # (ext38: a break after the lead the DOM shows)


def test_state_list_of_meta_values_is_no_body() -> None:
    """A JSON blob listing the page's meta values (its description three times, URLs, tags) is no body."""
    desc = PARAS[0]
    state = {"title": HEAD, "meta": [desc, "en_US", "article", desc, "https://x.test/a", desc, "a,b,c", "https://x.test/i.jpg"]}
    script = f'<script type="application/json">{json.dumps(state)}</script>'
    tree = parse(_page("", f"<main><h1>{HEAD}</h1></main>{script}"))
    assert embedded_body(tree, title_candidates(tree)) == []


def test_readers_discussion_section_is_not_the_body() -> None:
    """Reader posts in a section named a discussion ('<div class="post">' each) stay out, and out of the top."""
    posts = "".join(
        f'<div class="post"><div class="post-author">user{i}</div><p class="post-message">{p}</p></div>'
        for i, p in enumerate(
            [
                "I have lived here thirty years and the water has never been this bad. The council should have acted a decade ago.",
                "Six percent a year adds up fast for families like mine. I hope the discount program is easy to apply for.",
            ]
        )
    )
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    page = _page(
        "",
        f'<main><article><h1>{HEAD}</h1><div class="story">{paras}</div></article><section id="discussion"><h3>Join the discussion</h3>{posts}</section></main>',
    )
    text = main_text(page)
    assert text is not None and text.split("\n") == PARAS


def test_comment_section_names_in_several_languages() -> None:
    from parallax.ingest.comment_sections import drop_comment_sections

    blocks = '<div class="leserkommentare">a b</div><div id="commentaires">c d</div><ul class="comments-list"><li>e</li></ul>'
    keep = '<div class="commentary">analysis</div><div class="comments-wrapper"><article><h1>Head</h1></article></div>'
    tree = parse(f"<html><body><main><p>{' '.join(['word'] * 40)}</p>{blocks}{keep}</main></body></html>")
    drop_comment_sections(tree)
    text = " ".join(tree.find(".//body").text_content().split())
    assert "a b" not in text and "c d" not in text and " e" not in text
    assert "analysis" in text and "Head" in text  # commentary is the outlet's; a block holding the headline stays


def test_paywall_notes_that_address_no_reader() -> None:
    from parallax.ingest.boilerplate import boilerplate_reason

    for note in (
        "Il vous reste 70.61% de cet article à lire. La suite est réservée aux abonnés.",
        "Dieser Artikel ist nur für Abonnenten verfügbar.",
        "Este contenido es exclusivo para suscriptores.",
        "The rest of this article is available to subscribers only.",
        "Questo articolo è riservato agli abbonati.",
    ):
        assert boilerplate_reason(note) == "paywall note", note
    reporting = (
        "The newspaper said on Monday that its archive is available to subscribers only from next year, a change its "
        "editor defended as the only way to pay for the reporters it employs in the region and abroad, while critics "
        "said it would shut out students and researchers."
    )
    assert boilerplate_reason(reporting) is None
    assert boilerplate_reason('Its banner read "La suite est réservée aux abonnés" for a week.') is None


def test_rich_text_blocks_of_inline_runs_and_escaped_entities() -> None:
    """Sanity-style blocks hold a paragraph as runs; a JSON-LD body may carry HTML entities."""
    blocks = [{"_type": "block", "children": [{"text": p[:40]}, {"marks": ["em"], "text": p[40:]}]} for p in PARAS]
    state = {"article": {"title": HEAD, "body": blocks}}
    script = f'<script type="application/json">{json.dumps(state)}</script>'
    text = main_text(_page("", f"<main><h1>{HEAD}</h1></main>{script}"))
    assert text is not None and text.split("\n") == PARAS
    said = "&quot;We cannot keep patching a plant built when my grandparents were in school,&quot; she said."
    text = main_text(_page(_ld("\n".join([*PARAS, said])), THIN))
    assert text is not None and text.split("\n")[-1] == said.replace("&quot;", '"')


GALLERY = [
    "Firefighters battle a blaze at the old mill on Front Street early Sunday. No one was injured, officials said.",
    "Smoke rises over downtown as crews from three towns respond to the fire, which started shortly after 4 a.m.",
    "The mill's owner, Tom Reyes, watches from across the street. He said the building had been empty for a decade.",
]


def test_gallery_page_keeps_its_captions_without_credits_and_counters() -> None:
    intro = "A fire early Sunday gutted the old Front Street mill, one of the last buildings of the textile era."
    figures = "".join(
        f'<figure><img src="/g{i}.jpg" alt=""><figcaption><span class="count">{i + 1} of 3</span> {c} '
        f'<span class="credit">Photo: Sam Ortiz / Courier</span></figcaption></figure>'
        for i, c in enumerate(GALLERY)
    )
    text = main_text(
        _page("", f'<main><article><h1>{HEAD}</h1><p class="intro">{intro}</p><div class="gallery">{figures}</div></article></main>')
    )
    assert text is not None and text.split("\n") == [intro, *GALLERY]


def test_article_with_captioned_photos_keeps_its_text_only() -> None:
    figures = "".join(f"<figure><img src='/g{i}.jpg'><figcaption>{c}</figcaption></figure>" for i, c in enumerate(GALLERY))
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    text = main_text(_page("", f"<main><article><h1>{HEAD}</h1>{paras}{figures}</article></main>"))
    assert text is not None and text.split("\n") == PARAS
