"""copies37: what a near-duplicate copy adds, cuts or changes; each copy's own likeness; counts in the
singular; the kind of article (opinion, analysis) read from the page."""

from __future__ import annotations

from parallax.config import Options

WIRE = (
    "A magnitude 6.2 earthquake struck southern Peru on Tuesday, officials said. "
    "At least 14 people were killed and dozens were injured in the town of Arequipa. "
    "Rescue teams searched collapsed buildings through the night. "
    "The president declared a state of emergency in three provinces."
)


def _analysed(ident: str, text: str):
    from parallax.analyze import Analyzer
    from parallax.ingest import content_hash
    from parallax.records import Article

    art = Article(id=ident, text=text, published="2026-12-01", content_hash=content_hash(text), language="en", outlet=ident)
    Analyzer(Options(embedder="hashing")).analyze_all([art])
    return art


def test_a_copy_names_what_it_added_left_out_and_changed() -> None:
    from parallax.compare.copy_changes import copy_changes

    original = _analysed("wire", WIRE)
    edited = WIRE.replace("At least 14 people", "At least 41 people").replace(
        "Rescue teams searched collapsed buildings through the night. ", ""
    )
    copy = _analysed("copy", edited + " Sign up for our newsletter to get the latest news every morning.")
    changes = copy_changes(original, copy)
    assert [s["text"] for s in changes["added"]] == ["Sign up for our newsletter to get the latest news every morning."]
    assert [s["text"] for s in changes["left_out"]] == ["Rescue teams searched collapsed buildings through the night."]
    (changed,) = changes["changed"]
    assert changed["original"].startswith("At least 14") and changed["text"].startswith("At least 41")
    assert [c["kind"] for c in changed["conflicts"]] == ["number"]
    assert changed["conflicts"][0]["values"]["wire"] != changed["conflicts"][0]["values"]["copy"]


def test_a_word_for_word_copy_changes_nothing() -> None:
    from parallax.compare.copy_changes import copy_changes

    assert copy_changes(_analysed("wire", WIRE), _analysed("copy", WIRE)) == {"added": [], "left_out": [], "changed": []}


SUMMARY = {
    "articles": 2,
    "facts": 0,
    "shared": 0,
    "unique": 0,
    "conflict": 0,
    "conflicts": 0,
    "quotes": 0,
    "quote_fidelity": {},
    "misattributed": 0,
    "word_choices": 0,
    "corroborated_share": {},
}


def _comparison(copy: dict) -> dict:
    article = {
        "id": "wire",
        "outlet": "Global Wire",
        "title": "Quake",
        "url": None,
        "published": "2026-12-01",
        "language": "en",
        "dateline": None,
        "text": "x",
        "boilerplate_removed": [],
    }
    other = {**article, "id": "es", "outlet": "El Sur"}
    return {
        "schema": "parallax.comparison/3",
        "articles": [article, other],
        "facts": [],
        "quotes": [],
        "entities": [],
        "times": [],
        "word_choices": [],
        "headlines": [],
        "summary": SUMMARY,
        "limits": [],
        "settings": {"copies": [copy]},
    }


COPY = {
    "id": "ct",
    "outlet": "Coastal Times",
    "title": "Quake",
    "url": None,
    "published": "2026-12-01",
    "of": "wire",
    "similarity": 0.93,
    "added": [{"text": "Sign up today.", "sentence": 4}],
    "left_out": [{"text": "Rescue teams searched.", "sentence": 2}],
    "changed": [
        {
            "text": "At least 41 people died.",
            "sentence": 1,
            "original": "At least 14 people died.",
            "original_sentence": 1,
            "conflicts": [{"kind": "number", "values": {"wire": 14.0, "ct": 41.0}, "unit": "people"}],
        }
    ],
}


def test_the_reports_and_schema_carry_a_copys_changes() -> None:
    import io

    import jsonschema

    from parallax.report import render, schema
    from parallax.report.text import print_text

    comparison = _comparison(COPY)
    jsonschema.validate(comparison, schema())
    page = render(comparison, "html")
    assert "(93% alike)" in page and "number: 14 people → 41 people" in page
    assert "Sign up today." in page and "Rescue teams searched." in page
    out = io.StringIO()
    print_text(comparison, file=out)
    text = out.getvalue()
    assert "93% alike" in text and "changed:" in text and "added:" in text and "left out:" in text


def test_each_copy_keeps_its_own_likeness_to_the_original() -> None:
    from parallax.stories.dedup import DuplicateIndex, minhash

    words = " ".join(f"w{i}" for i in range(300))
    index = DuplicateIndex(0.5)
    index.add("wire", minhash(words))
    own = index.likeness(minhash(words), "wire", 0.5)
    assert own == 1.0  # an identical copy is 100% alike, not its group's lowest
    assert index.likeness(minhash(words), "gone", 0.7) == 0.7


def test_a_copy_group_lists_each_copys_similarity() -> None:
    from parallax.stories.cluster import ClusterState

    state = ClusterState()
    state.duplicates["wire"] = {"articles": ["wire", "a", "b"], "similarity": 0.9, "similarities": {"a": 1.0, "b": 0.9}}
    (group,) = state.near_duplicates()
    assert group["similarity"] == 0.9 and group["similarities"] == {"a": 1.0, "b": 0.9}


def test_counts_are_singular_for_one() -> None:
    from parallax.report.formatting import counted
    from parallax.web.charts import bar_chart

    assert counted(1, "story", "stories") == "1 story" and counted(1.0, "story", "stories") == "1 story"
    assert counted(2.0, "story", "stories") == "2 stories" and counted(0, "fact", "facts") == "0 facts"
    chart = bar_chart("Outlets per story", [("1", 1.0), ("2", 3.0)], ("story", "stories"))
    assert [b["tip"] for b in chart["bars"]] == ["1: 1 story", "2: 3 stories"]  # was "1: 1 stories"


def test_report_templates_count_in_english() -> None:
    import io

    from parallax.report import render
    from parallax.report.assets import environment
    from parallax.report.text import print_text

    assert environment().from_string("{{ 1|counted('report', 'reports') }}").render() == "1 report"
    comparison = _comparison(COPY)
    comparison["summary"] = {**SUMMARY, "facts": 1, "quotes": 1}
    out = io.StringIO()
    print_text(comparison, file=out)
    assert "1 fact:" in out.getvalue() and "1 quotation;" in out.getvalue()
    assert "2 reports" in render(comparison, "html")


BODY = "".join(
    f"<p>{s}</p>"
    for s in (
        "The city council approved the new tram line on Tuesday after a long debate about its cost.",
        "In my view the council has made a grave mistake that future residents will pay for.",
        "The money would have been better spent on buses, which reach every district of the city.",
    )
)


def _page(head: str = "", before: str = "") -> str:
    return f"<html lang='en'><head><title>Tram line</title>{head}</head><body><article>{before}<h1>Tram line</h1>{BODY}</article></body></html>"


def _kind(html: str, url: str | None = None):
    from parallax.ingest.html import article_from_html

    return article_from_html(html, "a", "a.html", url=url).kind


def test_the_page_says_it_is_an_opinion_piece() -> None:
    ld = '<script type="application/ld+json">{"@type": "OpinionNewsArticle", "headline": "Tram line"}</script>'
    assert _kind(_page(ld)) == "opinion"
    ld = '<script type="application/ld+json">{"@graph": [{"@type": ["AnalysisNewsArticle"]}]}</script>'
    assert _kind(_page(ld)) == "analysis"
    assert _kind(_page('<meta property="article:section" content="Meinung">')) == "opinion"
    assert _kind(_page(), "https://news.example/opini%C3%B3n/2026/tranvia.html") == "opinion"
    assert _kind(_page(), "https://news.example/commento/tram") == "opinion"
    assert _kind(_page(before='<span class="article-kicker">Kommentar</span>')) == "opinion"


def test_a_report_has_no_kind() -> None:
    assert _kind(_page('<meta property="og:type" content="article"><meta property="article:section" content="Politics">')) is None
    assert _kind(_page(), "https://news.example/politics/opinion-poll-shows-lead") is None  # the page's own name is no folder
    menu = '<nav><a class="section-name" href="/opinion/">Opinion</a></nav>'
    assert _kind(_page(before=menu)) is None  # the menu names a section, not this article's kind


def test_a_json_line_with_an_opinion_address_is_an_opinion_piece() -> None:
    from parallax.ingest.text import article_from_text

    art = article_from_text("The council approved the tram line on Tuesday.", "x", "x.txt", url="https://ex.example/meinung/tram")
    assert art.kind == "opinion" and art.to_dict()["kind"] == "opinion"
    from parallax.records import Article

    assert Article.from_dict(art.to_dict()).kind == "opinion"  # stored with the record


def test_an_opinion_pieces_own_sentences_are_not_unique_facts() -> None:
    import io

    import jsonschema

    from parallax.compare import compare_articles
    from parallax.ingest import content_hash
    from parallax.records import Article
    from parallax.report import render, schema
    from parallax.report.text import print_text

    report = "The city council approved the new tram line on Tuesday after a long debate about its cost."
    view = report + " In my view the council has made a grave mistake that future residents will pay for."
    arts = [
        Article(id="r", text=report, outlet="Daily", language="en", published="2026-12-01", content_hash=content_hash(report)),
        Article(id="o", text=view, outlet="Weekly", language="en", published="2026-12-01", content_hash=content_hash(view), kind="opinion"),
    ]
    out = compare_articles(arts, Options(embedder="hashing")).to_dict()
    jsonschema.validate(out, schema())
    mine = [f for f in out["facts"] if f["articles"] == ["o"]]
    assert mine and all(f["opinion"] and f["status"] == "unique" for f in mine)
    assert all("opinion" not in f for f in out["facts"] if f["articles"] != ["o"])
    assert out["summary"]["opinion"] == len(mine) and out["summary"]["unique"] == 0
    assert out["articles"][1]["kind"] == "opinion" and "kind" not in out["articles"][0]
    page = render(out, "html")
    assert '<span class="badge kind">opinion</span>' in page and "❝ opinion" in page
    buf = io.StringIO()
    print_text(out, file=buf)
    assert "Weekly (opinion)" in buf.getvalue() and f"{len(mine)} opinion" in buf.getvalue()


def test_a_copys_house_spelling_and_typography_are_no_change() -> None:
    from parallax.compare.copy_changes import copy_changes

    text = 'The train passed through the 11.4-kilometre tunnel. "We have built a new portal," Berger said.'
    styled = "The train passed through the 11.4-kilometer tunnel. “We have built a new portal,” Berger said."
    assert copy_changes(_analysed("wire", text), _analysed("copy", styled))["changed"] == []
    swapped = text.replace("tunnel", "rail tunnel")  # a word added is an edit, named though no fact changed
    (changed,) = copy_changes(_analysed("wire", text), _analysed("copy", swapped))["changed"]
    assert changed["conflicts"] == [] and "rail tunnel" in changed["text"]


def test_a_label_of_another_story_is_not_this_ones_kind() -> None:
    box = '<div class="more"><ul><li><span class="kicker">Opinion</span> <a href="/x">Why trams fail</a></li></ul></div>'
    html = f"<html><head><title>Tram</title></head><body><div><div><header><h1>Tram line</h1></header>{BODY}</div></div>{box}</body></html>"
    assert _kind(html) is None
