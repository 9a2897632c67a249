"""The self-contained HTML report: content, no external requests, untrusted text escaped."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser
from importlib import resources

import pytest

from parallax.records import Article

PAYLOADS = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "<svg onload=alert(1)>"]


def articles() -> list[Article]:
    return [
        Article(id="alpha", outlet="Alpha News", language="en", published="2026-03-04T06:30:00+00:00", url="https://alpha.example/cable",
                title="Ministers sign cable pact",
                text='Energy ministers signed a pact in Tallinn on Tuesday to protect undersea cables.\n\n'
                     '"We cannot protect what we cannot see," said Anna Lindqvist.\n\nThe fund is worth 240 million euros.'),
        Article(id="beta", outlet='Beta "Post"><script>alert(2)</script>', language="en", published="2026-03-03T20:10:00+00:00",
                url="javascript:alert(1)", title="Deal signed <b>today</b>",
                text='Energy ministers signed an agreement in Tallinn on Monday to protect undersea cables.\n\n'
                     '"We cannot protect what we cannot monitor," said Kaarel Tamm.\n\nThe fund is worth 300 million euros.\n\n'
                     + " ".join(PAYLOADS) + " and a link to javascript:alert(1) here."),
    ]


@pytest.fixture(scope="module")
def comparison():
    import parallax

    return parallax.compare(articles(), parallax.Options(embedder="hashing")).to_dict()


@pytest.fixture(scope="module")
def html(comparison):
    from parallax.report import render

    return render(comparison, "html")


class Collect(HTMLParser):
    """Every start tag with its attributes, and the text inside <script>/<style>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.raw: dict[str, list[str]] = {"script": [], "style": []}
        self._in: str | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in self.raw:
            self._in = tag
            self.raw[tag].append("")

    def handle_endtag(self, tag):
        if tag == self._in:
            self._in = None

    def handle_data(self, data):
        if self._in:
            self.raw[self._in][-1] += data


def parse(html: str) -> Collect:
    p = Collect()
    p.feed(html)
    return p


def test_registered_and_complete(html, comparison):
    from parallax.report import RENDERERS

    assert "html" in RENDERERS
    assert html.startswith("<!doctype html>")
    for section in ("outlets", "matrix", "articles", "conflicts", "quotes", "timeline", "entities", "wording", "method"):
        assert f'id="{section}"' in html, section
    assert "Alpha News" in html and "2026-03-04" in html and ">en<" in html
    assert "0.1.0" in html and "align_threshold" in html and "--embedder hashing" in html


def test_nothing_external(html, comparison):
    doc = parse(html)
    urls = {a["url"] for a in comparison["articles"]}
    for tag, attrs in doc.tags:
        assert tag not in ("iframe", "object", "embed", "img", "base", "form"), tag
        if tag == "link":
            assert attrs == {"rel": "icon", "href": "data:,"}, attrs  # only to stop a favicon request
            continue
        assert "src" not in attrs or attrs["src"].startswith("data:"), (tag, attrs)
        href = attrs.get("href")
        if href and re.match(r"(?i)\s*[a-z][a-z0-9+.-]*:", href):
            assert href in urls and href.startswith("https://"), href
            assert attrs.get("rel") == "noopener noreferrer", attrs
    css = "".join(doc.raw["style"])
    assert "@import" not in css and not re.search(r"url\((?!\s*['\"]?data:)", css)
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", html.replace('href="https://alpha.example/cable"', ""))


def test_csp_pins_the_inline_code(html):
    from parallax.report.assets import csp_hash

    doc = parse(html)
    meta = next(a for t, a in doc.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")["content"]
    assert "default-src 'none'" in meta and "unsafe-inline" not in meta and "unsafe-eval" not in meta
    assert len(doc.raw["script"]) == 1 and len(doc.raw["style"]) == 1
    assert csp_hash(doc.raw["script"][0]) in meta and csp_hash(doc.raw["style"][0]) in meta


def test_untrusted_text_is_escaped(html):
    doc = parse(html)
    for payload in PAYLOADS[:2] + PAYLOADS[3:]:
        assert payload not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html and "&lt;svg onload=alert(1)&gt;" in html
    assert "<script>alert(2)" not in html and "&lt;b&gt;today&lt;/b&gt;" in html
    assert not [a for t, a in doc.tags if any(k.startswith("on") for k in a)], "an event handler attribute got through"
    assert not [a for t, a in doc.tags if any(str(v).strip().lower().startswith("javascript:") for k, v in a.items() if k in ("href", "src", "action"))]
    assert [t for t, _ in doc.tags].count("script") == 1
    assert [t for t, _ in doc.tags].count("svg") == html.count("<svg ")  # every <svg is ours


def test_templates_never_mark_data_safe():
    folder = resources.files("parallax.report").joinpath("templates")
    for f in folder.iterdir():
        if f.name.endswith(".html"):
            assert "|safe" not in f.read_text("utf-8").replace(" ", ""), f.name


def test_aligned_facts_link_across_articles(html, comparison):
    aligned = [f for f in comparison["facts"] if len({s["article"] for s in f["sentences"]}) > 1]
    assert aligned
    for f in aligned:
        spans = re.findall(rf'<span class="s st-{f["status"]} al" data-fact="{f["id"]}"', html)
        assert len(spans) == len(f["sentences"]), f["id"]
    assert 'tabindex="0"' in html


def test_matrix_conflicts_quotes_timeline(html, comparison):
    assert re.search(r'class="c c-conflict"[^>]*><span aria-hidden="true">✕', html)
    assert "✓" in html and "◆" in html and "not reported" in html
    conflict = next(f for f in comparison["facts"] if f["conflicts"])
    assert f'data-fact="{conflict["id"]}"' in html
    assert "240,000,000 €" in html and "300,000,000 €" in html  # (a currency noun is kept as its sign: quantities.money)
    assert "<del>" in html and "<ins>" in html  # see -> monitor
    assert re.search(r"<del>[^<]*see", html) or re.search(r"<ins>[^<]*see", html)
    if any(q["misattributed"] for q in comparison["quotes"]):
        assert "misattributed" in html and "⚠ differs" in html
    assert '<svg class="tl"' in html and "2026-03-02" in html
    wording = html[html.index('<table class="wording">'):]
    assert "“a pact”" in wording and "“an agreement”" in wording


@pytest.mark.parametrize(
    ("value", "days"),
    [
        ("2026-04-07", ("2026-04-07", "2026-04-07")),
        ("2026-04-07T15:00", ("2026-04-07", "2026-04-07")),  # a time of day: its day
        ("2026-04-07TNI", ("2026-04-07", "2026-04-07")),  # a part of the day: its day
        ("2026-W14", ("2026-03-30", "2026-04-05")),
        ("2026-02", ("2026-02-01", "2026-02-28")),
        ("2024-02", ("2024-02-01", "2024-02-29")),
        ("2026", ("2026-01-01", "2026-12-31")),
        ("2026-04-06/2026-04-07", ("2026-04-06", "2026-04-07")),
        ("2026-04-06T22:00/2026-04-07T02:00", ("2026-04-06", "2026-04-07")),  # a range of times: both its days
        ("P2D", None), (None, None), ("", None), ("garbage", None), ("PRESENT_REF", None), ("2026-Q1", None), ("2026-SU", None),
        ("2026-W14-WE", None), ("2026-02-30", None), ("2026-04-06/P2D", None),
    ],
)  # fmt: skip
def test_the_days_a_value_covers_one_function_for_comparison_and_timeline(value, days):
    """compare/dates.py's ``interval`` serves the date conflicts and the report's timeline alike."""
    from parallax.compare.dates import interval
    from parallax.report import timeline

    got = interval(value)
    assert (tuple(d.isoformat() for d in got) if got else None) == days
    assert timeline.interval is interval  # the report has no copy of its own
    loose = interval(value, loose=True)
    assert loose == got  # on every value the analysis writes, the timeline's reading is the comparison's


@pytest.mark.parametrize("value", ["2026-04-07 15:00", "20260407", "2026-04-07Z"])
def test_the_timeline_places_a_value_the_comparison_does_not_compare(value):
    """Only the report's reading (``loose``) takes a value that merely starts with a date: the timeline
    shows whatever it can place, a conflict is read from the forms the analysis writes."""
    from parallax.compare.dates import interval

    assert interval(value) is None
    assert interval(value, loose=True) == (date(2026, 4, 7), date(2026, 4, 7))


def test_word_diff_and_helpers():
    from parallax.report.formatting import safe_url
    from parallax.report.quote_view import word_diff
    from parallax.report.spans import mark_spans

    ops, similar = word_diff("We cannot protect what we cannot see", "We cannot protect what we cannot monitor")
    assert ("del", "see") in ops and ("ins", "monitor") in ops and similar > 0.8
    ops, _ = word_diff("“Quoted,” he said", '"quoted," he said')
    assert all(op == "eq" for op, _ in ops)
    tree = mark_spans("abcdefgh", [{"start": 1, "end": 6, "k": 1}, {"start": 2, "end": 8, "k": 2}, {"start": 3, "end": 3}])
    assert tree[0] == "a" and tree[1]["span"]["k"] == 1 and tree[1]["children"][1]["children"] == ["cdef"] and tree[2] == "gh"
    assert safe_url("https://x.example/a") and not safe_url("javascript:alert(1)") and not safe_url("//evil.example") and not safe_url(None)


def test_minimal_comparison_renders():
    """A comparison with one article and nothing found still renders (no dates, no quotes)."""
    from parallax.report.html import render_html

    doc = {"schema": "parallax.comparison/1", "articles": [{"id": "a", "outlet": None, "title": None, "url": None, "published": None,
           "language": None, "dateline": None, "text": "One line.", "boilerplate_removed": []}],
           "facts": [{"id": "f1", "status": "unique", "articles": ["a"], "sentences": [{"article": "a", "text": "One line.", "start": 0, "end": 9}], "conflicts": []}],
           "quotes": [], "entities": [], "times": [], "word_choices": [], "summary": {"articles": 1, "facts": 1, "shared": 0, "unique": 1, "conflict": 0, "quotes": 0},
           "settings": {}}
    out = render_html(doc)
    assert "No date could be resolved" in out and "One line." in out


# ------------------------------------------------------------ right-to-left text

ARABIC = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")  # Hebrew, Arabic, Syriac, Thaana ... and presentation forms
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class DirCheck(HTMLParser):
    """Every piece of text in a right-to-left script, and the ``dir`` of its enclosing elements.

    SVG has no ``dir`` attribute (its text follows the CSS ``direction``), so text inside
    ``<svg>`` is left out."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []
        self.texts: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append((tag, dict(attrs).get("dir")))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if ARABIC.search(data) and not any(t == "svg" for t, _ in self.stack):
            self.texts.append((data, list(self.stack)))

    def undirected(self) -> list[str]:
        """Texts no enclosing element gives a direction (``auto`` or ``rtl``)."""
        return [f"{data!r} in {'>'.join(t for t, _ in stack)}" for data, stack in self.texts
                if not any(d in ("auto", "rtl") for _, d in stack)]


def rtl_articles() -> list[Article]:
    """Two Arabic reports of one flood: the toll and the quotation differ; one outlet's name is Arabic."""
    return [
        Article(id="watan", outlet="صحيفة الوطن", language="ar", published="2024-04-14T08:00:00+04:00", title="سيول صحار: 12 قتيلا",
                text="لقي 12 شخصا مصرعهم في سيول صحار يوم السبت.\n\nوقال المتحدث: «الوضع تحت السيطرة»."),
        Article(id="oman", outlet="Oman Daily", language="ar", published="2024-04-14T09:30:00+04:00", title="14 قتيلا في سيول صحار",
                text="لقي 14 شخصا مصرعهم في سيول صحار يوم السبت.\n\nوقال المتحدث باسم الشرطة: «الوضع تحت السيطرة تماما»."),
    ]


def test_right_to_left_text_gets_a_direction():
    """Arabic text in every part of the report (article text, headline, outlet, fact cells,
    conflicts, quotes, speakers, dates, entities, word choice) sits in an element with
    dir="auto" or "rtl"; the page keeps lang="en" and the Arabic articles get dir="rtl"."""
    import parallax
    from parallax.report import render
    from parallax.report.assets import asset
    from parallax.report.formatting import text_dir

    comparison = parallax.compare(rtl_articles(), parallax.Options(embedder="hashing")).to_dict()
    assert any(f["status"] == "conflict" for f in comparison["facts"]) and comparison["quotes"]
    # What the analysis of these two lines does not find, filled in so every table shows Arabic text too.
    comparison["quotes"][0]["variants"][0]["speaker"] = "المتحدث"
    day = "يوم السبت"
    comparison["times"] = [{"article": a["id"], "text": day, "start": a["text"].index(day), "end": a["text"].index(day) + len(day),
                            "value": "2024-04-13", "granularity": "day"} for a in comparison["articles"]]
    comparison["entities"] = [{"text": "صحار", "label": "GPE", "articles": ["watan", "oman"]}, {"text": "الشرطة", "label": "ORG", "articles": ["oman"]}]
    comparison["word_choices"] = [{"fact": comparison["facts"][0]["id"], "values": {"watan": "لقي مصرعهم", "oman": "قتل"}}]
    html = render(comparison, "html")

    check = DirCheck()
    check.feed(html)
    assert len(check.texts) > 20
    assert check.undirected() == []
    assert '<html lang="en">' in html
    tags = parse(html).tags
    cols = [attrs for tag, attrs in tags if tag == "article" and "data-article" in attrs]
    assert [(c["lang"], c.get("dir")) for c in cols] == [("ar", "rtl"), ("ar", "rtl")]
    assert sum(1 for tag, attrs in tags if tag == "p" and attrs.get("dir") == "auto") >= 4  # the paragraphs
    assert sum(1 for tag, attrs in tags if tag == "blockquote" and attrs.get("dir") == "auto") == 2
    assert ("table", {"class": "matrix"}) in tags  # the direction is on the cells' text, not the table
    assert not any(tag == "table" and "dir" in attrs for tag, attrs in tags)
    assert "text-align:left" not in asset("report.css")
    assert text_dir("ar") == text_dir("he-IL") == text_dir("fa") == text_dir("UR") == "rtl"
    assert text_dir("en") is None and text_dir(None) is None and text_dir("?") is None
