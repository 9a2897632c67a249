"""The extraction benchmark: its two metrics on hand-made cases, the body
filters of :mod:`parallax.ingest.line_filters`, and (marked ``bench``) F1 floors on
the dev splits of the gold sets in ``../shared/benchmarks``."""

from __future__ import annotations

import json

import pytest

from benchmarks import bench_extraction as B
from benchmarks.common import format_row, shared_benchmarks, splits, write_results

# ------------------------------------------------------------ Zyte metric


def test_zyte_tokens_and_shingles():
    assert B.zyte_tokens("Hello, world -- it's 2019!") == ["Hello", "world", "it", "s", "2019"]
    sh = B.zyte_shingles("a b c d e")
    assert sh == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}
    # repeated shingles are counted with multiplicity
    assert B.zyte_shingles("x y z w x y z w x y z w")[("x", "y", "z", "w")] == 3
    # under four tokens: one shorter shingle; nothing: no shingle
    assert B.zyte_shingles("just two") == {("just", "two"): 1}
    assert B.zyte_shingles("  ...  ") == {}


def test_shingle_counts_are_normalised_per_document():
    gold = "one two three four five six"  # shingles: 1234 2345 3456
    assert B.shingle_counts(gold, gold) == (1.0, 0.0, 0.0)
    tp, fp, fn = B.shingle_counts(gold, "one two three four five")  # 1234 2345
    assert (tp, fp, fn) == pytest.approx((2 / 3, 0.0, 1 / 3))
    tp, fp, fn = B.shingle_counts(gold, gold + " seven")  # one extra shingle
    assert (tp, fp, fn) == pytest.approx((3 / 4, 1 / 4, 0.0))
    assert B.shingle_counts("", "") == (0.0, 0.0, 0.0)
    # surplus copies of a shingle are false positives
    tp, fp, fn = B.shingle_counts("a b c d", "a b c d a b c d")
    assert tp > 0 and fp > 0 and fn == 0


def test_zyte_scores_means_over_documents():
    long_gold = " ".join(f"w{i}" for i in range(400))
    pairs = [
        ("alpha beta gamma delta epsilon", "alpha beta gamma delta epsilon"),  # perfect
        (long_gold, ""),  # nothing extracted: recall 0, no precision term
    ]
    s = B.zyte_scores(pairs)
    # the long page does not dominate: each document weighs the same
    assert s["precision"] == pytest.approx(1.0)  # documents that predicted nothing are left out
    assert s["recall"] == pytest.approx(0.5)
    assert s["f1"] == pytest.approx(2 * 1.0 * 0.5 / 1.5)
    assert s["accuracy"] == pytest.approx(0.5)


def test_zyte_accuracy_is_token_sequence_equality():
    assert B.zyte_exact("Hello,  world.\nBye!", "Hello world Bye")
    assert not B.zyte_exact("Hello world", "hello world")  # case counts
    assert not B.zyte_exact("a b c", "a c b")
    s = B.zyte_scores([("a b c d e", "a b c d e"), ("a b c d e", "a b c d")])
    assert s["accuracy"] == 0.5


def test_zyte_bootstrap_is_deterministic():
    pairs = [("a b c d e f", "a b c d e f"), ("a b c d e f", "a b c d x y"), ("p q r s t", "p q r s t u v")]
    one = B.zyte_scores(pairs, n_bootstrap=50, seed=1)
    two = B.zyte_scores(pairs, n_bootstrap=50, seed=1)
    assert one == two and "f1_std" in one


# ----------------------------------------------------- trafilatura metric


ITEM = {"with": ["main  text here", "second\nsnippet"], "without": ["Share this", "Cookie notice"]}


def test_snippet_counts_whitespace_normalised():
    out = "Title\nmain text   here and the second snippet.\nShare this"
    assert B.snippet_counts(ITEM, out) == (2, 1, 0, 1)
    assert B.snippet_counts(ITEM, "nothing useful") == (0, 0, 2, 2)
    # a failed extraction misses every 'with' snippet and keeps every 'without' out
    assert B.snippet_counts(ITEM, None) == (0, 0, 2, 2)


def test_snippet_scores_sum_over_corpus():
    s = B.snippet_scores([(2, 1, 0, 1), (1, 0, 1, 2)])
    assert (s["tp"], s["fp"], s["fn"], s["tn"]) == (3, 1, 1, 3)
    assert s["precision"] == pytest.approx(3 / 4)
    assert s["recall"] == pytest.approx(3 / 4)
    assert s["accuracy"] == pytest.approx(6 / 8)
    assert s["f1"] == pytest.approx(3 / 4)
    assert B.snippet_scores([(0, 0, 2, 2)])["f1"] == 0.0


# ------------------------------------------------------------- harness


def test_subset_is_deterministic_and_spread():
    items = list(range(10))
    assert B._subset(items, None) == items
    assert B._subset(items, 20) == items
    assert B._subset(items, 5) == [0, 2, 4, 6, 8]


def test_splits_and_helpers(tmp_path):
    assert splits("all") == ["dev", "test"]
    with pytest.raises(ValueError):
        splits("train")
    assert format_row(["name", 0.5, None], [6, 6, 3]) == "name     0.500    -"
    path = write_results("x", {"a": 1}, directory=tmp_path)
    assert json.loads(path.read_text()) == {"a": 1}


def test_evaluate_counts_failures_as_misses():
    pages = [B.Page("k1", "<html></html>", ITEM), B.Page("k2", None, ITEM, "binary data")]

    def boom(html):
        raise RuntimeError("broken")

    res = B.evaluate(B.TRAF, boom, pages)
    assert res["failures"] == 2 and res["recall"] == 0.0 and res["tp"] == 0


# ----------------------------------------------------------- extraction

ARTICLE = """<html><head><title>Council approves new bridge | Example News</title>
<meta property="og:type" content="article"><meta property="og:title" content="Council approves new bridge"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Council approves new bridge</h1>
<p>The city council on Tuesday approved the construction of a new bridge over the river, ending a debate that lasted years.</p>
<p>Read more: Mayor announces budget for the coming year</p>
<p>The bridge will cost 40 million euros and is expected to open in 2027, the council said in a statement after the vote.</p>
<p>Opponents said the money would be better spent on public transport, and promised to challenge the decision in court.</p>
<p>(Reporting by Jane Doe; Editing by John Roe)</p>
</article><footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>"""


def test_extract_main_text_body_only():
    from parallax.ingest.html import extract_main_text

    text = extract_main_text(ARTICLE)
    assert text is not None
    lines = text.split("\n")
    assert lines[0].startswith("The city council on Tuesday")  # headline not repeated
    assert any(line.startswith("The bridge will cost") for line in lines)
    assert not any("Read more" in line or "Reporting by" in line or "Copyright" in line for line in lines)


def test_line_reason_is_multilingual_but_spares_reporting():
    from parallax.ingest.line_filters import line_reason

    for line in ("Read also: Storm hits coast", "Lesen Sie auch: Sturm trifft Küste", "À lire aussi", "LEA TAMBIÉN: Tormenta"):
        assert line_reason(line) == "related link", line
    for line in (
        "Readers also said the storm was the worst in decades.",
        "Related charges were filed on Monday against two men.",
        "Mira Sorvino attended the premiere on Friday.",
    ):
        assert line_reason(line) is None, line


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Release Date: 12 May 2022", "page metadata"),
        ("Kategorie: News", "page metadata"),
        ("Aktualisiert am 3.5.2022", "page metadata"),
        ("23.10.2018", "page metadata"),
        ("For the latest stories download the Nationnews apps for iOS and Android.", "promotion"),
        ("¡Mira lo que tiene nuestro canal de YouTube!", "promotion"),
        ("HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS", "promotion"),
        ("*Werbung. Dieser Beitrag enthält Werbung für eine Marke.", "promotion"),
        ("By U.S. CUSTOMS AND BORDER PROTECTION", "byline"),
        ("Schon gelesen?", "related link"),
        ("Mehr zum Thema auf example.de", "related link"),
        ("Also on example.com Journalists threatened with arrests", "related link"),
        ("Get the magazine delivered every month. Click here for more information.", "promotion"),
        ("Tell us what YOU think...", "promotion"),
        ('[button link="http://example.com/" type="big"] Send us YOUR review[/button]', "promotion"),
    ],
)
def test_line_reason_page_furniture(line, reason):
    from parallax.ingest.line_filters import line_reason

    assert line_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Stand up for your rights, the protesters chanted.",
        "Finland applied to become a member of NATO.",
        "By Friday, the talks had collapsed.",
        "The company released an app for iOS and Android on Monday.",
        "Published on the site, the report said 10 people died.",
        "4:14 p.m.",  # a live blog's entry time stays
        "Die Regierung will die Ukraine unterstützen, sagte der Minister.",
        'The phishing email said "click here to verify your account" and linked to a fake site.',
    ],
)
def test_line_reason_spares_reporting_like_furniture(line):
    from parallax.ingest.line_filters import line_reason

    assert line_reason(line) is None


def test_recall_mode_retried_when_the_first_extraction_finds_nothing(monkeypatch):
    import trafilatura

    from parallax.ingest import extract

    calls = []

    def fake(tree, **kw):
        calls.append(kw)
        return PROSE if kw.get("favor_recall") else None

    monkeypatch.setattr(trafilatura, "extract", fake)
    assert extract._trafilatura(extract.parse(_page(f"<p>{PROSE}</p>")), precision=True) == PROSE
    assert [bool(c.get("favor_recall")) for c in calls] == [False, True]


LEAD = "Two young drivers wrecked a sports car and a delivery van on the bypass on Saturday night, police said."


def _lead_page(description: str, intro: str, body_first: str = "") -> str:
    paragraphs = body_first + "".join(f"<p>{i}. {PROSE}</p>" for i in range(5))
    return (
        "<html><head><title>Crash on the bypass</title><meta property='og:type' content='article'>"
        f"<meta name='description' content='{description}'></head><body><header><h1>Crash on the bypass</h1>"
        f"{intro}</header><article>{paragraphs}</article></body></html>"
    )


def test_standfirst_above_the_body_is_kept():
    """The lead the header sets apart (and the description repeats) opens the text."""
    from parallax.ingest.html import extract_main_text

    text = extract_main_text(_lead_page(LEAD, f"<div class='article-intro'>{LEAD}</div>"))
    assert text is not None and text.split("\n")[0] == LEAD and text.count(LEAD) == 1


def test_standfirst_opening_with_bold_words():
    from parallax.ingest.extract import parse
    from parallax.ingest.standfirst import standfirst

    bold = LEAD.replace("Two young drivers", "<strong>Two young drivers</strong>")
    text = standfirst(parse(_lead_page(LEAD, f"<div class='article-intro'><p>{bold}</p></div>")), [f"0. {PROSE}"])
    assert text == LEAD


def test_standfirst_not_repeated_or_invented():
    from parallax.ingest.html import extract_main_text

    # the description is the first body paragraph: nothing added
    text = extract_main_text(_lead_page(LEAD, "", body_first=f"<p>{LEAD}</p>"))
    assert text is not None and text.count(LEAD) == 1
    # a description no element shows: nothing added
    text = extract_main_text(_lead_page(LEAD, "<div class='article-intro'>Another teaser entirely, about the weather and the roads.</div>"))
    assert text is not None and LEAD not in text


def test_extract_main_text_handles_junk():
    from parallax.ingest.html import extract_main_text

    assert extract_main_text("<html><body></body></html>") is None
    assert extract_main_text("not html at all") in (None, "not html at all")


PROSE = "The minister said the plan would be put to a vote before the end of the month, officials added."


def _page(body: str, article: bool = False) -> str:
    meta = "<meta property='og:type' content='article'>" if article else ""
    return f"<html><head><title>Budget vote</title>{meta}</head><body><nav><a href='/'>Home</a></nav>{body}</body></html>"


def test_split_body_parts_are_joined():
    """An advert row between two parts of the body does not cut the article
    (without the continuation step the extraction stops after part one)."""
    from parallax.ingest.html import extract_main_text

    def part(a: int, b: int) -> str:
        paragraphs = "".join(f"<p>{i}. {PROSE}</p>" for i in range(a, b))
        return f"<div class='grid'><div class='body__container article__body'>{paragraphs}</div><div class='aside'><div class='ad'></div></div></div>"

    advert = "<div class='row ad'><span class='ad-label'>Advertisement</span><div class='ad__slot'></div></div>"
    html = _page(f"<article><header><h1>Budget vote</h1></header>{part(1, 7)}{advert}{part(7, 10)}</article>", article=True)
    text = extract_main_text(html)
    assert text is not None
    assert [line.split(".")[0] for line in text.split("\n")] == [str(i) for i in range(1, 10)]


def test_split_body_stops_at_the_next_item():
    """On a list of posts each body follows its own heading: only the first is taken."""
    from parallax.ingest.extract import parse
    from parallax.ingest.split_body import continuation

    post = "<div class='post'><h2>{t}</h2><div class='entry'>" + f"<p>{PROSE}</p><p>{PROSE} Again.</p>" + "</div></div>"
    tree = parse(_page("<div id='posts'>" + post.format(t="First") + post.format(t="Second").replace("minister", "mayor") + "</div>"))
    assert continuation(tree, [PROSE, PROSE + " Again."]) == []


def test_hover_card_text_is_not_read_inline():
    from parallax.ingest.html import extract_main_text

    card = (
        "<span class='rollover-people'><a href='/p/1'>Jane Doe</a><span class='rollover-people-block'>"
        "<img src='x.jpg'><a href='/p/1'>Jane Doe</a><a href='/a/2'>Unrelated headline one</a>"
        "<a href='/a/3'>Unrelated headline two</a></span></span>"
    )
    html = _page(f"<article><p>A man threatened Rep. {card} on Monday, prosecutors said in a statement.</p><p>{PROSE}</p></article>")
    text = extract_main_text(html)
    assert text is not None and "Rep. Jane Doe on Monday" in text and "Unrelated headline" not in text


def test_embedded_posts_are_kept_as_quotations():
    from parallax.ingest.html import extract_main_text

    tweet = (
        "<div class='social-media-embed'><blockquote class='twitter-tweet'><p lang='en'>We will not back down on the budget, "
        "whatever the opposition says tonight.</p>&mdash; Jane Doe (@janedoe) <a href='https://t.co/x'>May 1</a></blockquote>"
        "<script async src='https://platform.twitter.com/widgets.js'></script></div>"
    )
    paragraphs = "".join(f"<p>{i}. {PROSE}</p>" for i in range(3))
    html = _page(f"<article>{paragraphs}{tweet}{paragraphs.replace('minister', 'mayor')}</article>", article=True)
    text = extract_main_text(html)
    assert text is not None and "We will not back down on the budget" in text
    assert "<script" not in text and "widgets.js" not in text


def test_linked_words_inside_a_sentence_survive_precision_mode():
    """trafilatura's precision mode discards any element with a "link" class; inside a paragraph
    that cut the middle out of a sentence."""
    from parallax.ingest.html import extract_main_text

    para = "<p>An insider reported that <span class='link'><a href='/x'>the league will fine the player</a></span> for his role.</p>"
    paragraphs = "".join(f"<p>{i}. {PROSE}</p>" for i in range(3))
    text = extract_main_text(_page(f"<article>{para}{paragraphs}</article>", article=True))
    assert text is not None and "reported that the league will fine the player for his role" in text


def test_prose_a_block_holds_between_line_breaks_becomes_paragraphs():
    """Some pages hold the body as text right in a block, split by <br>; the extraction can lose the
    run before the first <br> (the opening paragraph) when it picks that block among others."""
    from lxml import html as lxml_html

    from parallax.ingest.page_tree import paragraphs_from_breaks

    lead = "Following the new model, the company plans a smaller one next year, according to sources cited by "
    block = (
        f"<div class='content'>{lead}<em><a href='/x'>a trade paper</a></em>.<br> <br><img src='k.jpg'>"
        f"<center><em>The new keyboard</em></center> <br>{PROSE}<br><br><div class='tag'>Tag: budget</div></div>"
    )
    tree = lxml_html.fromstring(f"<html><body>{block}<div class='short'>Menu<br>Home</div></body></html>")
    paragraphs_from_breaks(tree)
    div = tree.find(".//div[@class='content']")
    assert [c.tag for c in div] == ["p", "img", "center", "p", "div"]
    assert " ".join(div[0].text_content().split()) == f"{lead}a trade paper."
    assert div[3].text_content().strip() == PROSE
    # a block whose own text is a label, not prose, is left alone
    assert [c.tag for c in tree.find(".//div[@class='short']")] == ["br"]


@pytest.mark.parametrize(
    "line",
    ["Mayor furious at council over ferry fare rise [INSIGHT]|", "Rovers vs United: league make final call on replay [VIDEO]"],
)
def test_a_story_link_tagged_by_its_kind_is_furniture(line):
    from parallax.ingest.line_filters import line_reason

    assert line_reason(line) == "related link"


def test_closing_notes_at_the_end_and_bulleted_links_are_furniture():
    from parallax.ingest.extract import clean_lines
    from parallax.ingest.line_filters import line_reason

    bio = "Have a tip? Amy Doe may be reached at adoe@example.com. Follow her on Twitter @AmyDoe or on Facebook."
    related = "- 15 Amazing Images of Stars"
    links = frozenset({"15 Amazing Images of Stars"})
    assert clean_lines(f"{PROSE}\n{related}\n{bio}", links=links) == [PROSE]
    assert clean_lines(f"{PROSE}\n{related}\n{PROSE}", links=links) == [PROSE, PROSE]
    # the note on the writer only at the end: in the story it is left to the other rules
    assert clean_lines(f"{bio}\n{PROSE}", links=links) == [bio, PROSE]
    # a bullet that is not one of the page's links is content; so is a transcript's tag after a full stop
    assert clean_lines(f"{PROSE}\n- The bill raises the tax on fuel", links=links)[-1] == "- The bill raises the tax on fuel"
    assert line_reason("That is all we will say today. [LAUGHTER]") is None
    assert line_reason("Police asked drivers to follow them on Twitter for updates.", is_last=True) is None
    assert line_reason("Her family asked the public to follow her recovery on Facebook, where they post updates.", is_last=True) is None
    assert line_reason('Ruiz told the meeting: "And we will rebuild every home in this valley [APPLAUSE]') is None
    # a list in the story whose names the page also links (topic tags) stays
    assert clean_lines(f"{PROSE}\n- Marr and Sons\n{PROSE}", links=frozenset({"Marr and Sons"})) == [PROSE, "- Marr and Sons", PROSE]


# -------------------------------------------------------------- floors

# Measured on the dev splits (see benchmarks/README.md): Zyte dev 0.980,
# trafilatura dev subset of 250 pages 0.947.  Floors sit a little under.
ZYTE_DEV_FLOOR = 0.972
TRAF_DEV_250_FLOOR = 0.940


@pytest.mark.bench
def test_extraction_floors_on_dev():
    for name in (B.ZYTE, B.TRAF):
        if shared_benchmarks(name) is None:
            pytest.skip(f"benchmark data absent: {B.missing_data_message(name)}")
    zyte = B.evaluate(B.ZYTE, B.parallax_extract, B.load_zyte("dev"))
    traf = B.evaluate(B.TRAF, B.parallax_extract, B.load_trafilatura("dev", limit=250))
    assert zyte["f1"] >= ZYTE_DEV_FLOOR, zyte
    assert traf["f1"] >= TRAF_DEV_250_FLOOR, traf
    assert zyte["failures"] == 0 and traf["failures"] == 0


def test_the_headline_repeated_just_below_the_top_goes_but_what_stands_before_it_stays():
    from parallax.ingest.extract import clean_lines

    titles = ["budget vote"]
    assert clean_lines(f"Kicker\nBudget vote\n{PROSE}", titles) == [PROSE]  # at the top, with its kicker
    opening = "Das Jahr stand für mich unter einem Motto, und vielleicht habt ihr es mitverfolgt."
    assert clean_lines(f"{opening}\n{opening} Mehr.\nBudget vote\n{PROSE}", titles) == [opening, f"{opening} Mehr.", PROSE]
