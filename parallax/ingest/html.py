"""HTML pages: main text via trafilatura, metadata from the page itself.

trafilatura gives the main text and day-precision dates; the publication
*time* comes from the page's own ``article:published_time`` / JSON-LD
``datePublished`` / ``<time datetime>`` when present, which is what the
date resolver needs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from copy import deepcopy

from parallax.config import Options
from parallax.errors import InputError
from parallax.ingest import reader
from parallax.ingest.article_kind import article_kind
from parallax.ingest.authors import page_byline
from parallax.ingest.clean import normalize
from parallax.ingest.decode import decode_bytes
from parallax.ingest.huge_text import no_text_error
from parallax.ingest.json_ld import ld_items
from parallax.ingest.language import language_tag
from parallax.ingest.link_only import only_link_text
from parallax.ingest.logo_heading import headline_heading
from parallax.ingest.own_date import guessed_published, own_ld_published
from parallax.ingest.page_limit import check_page_length
from parallax.ingest.printed_byline import printed_byline
from parallax.ingest.shown_time import with_shown_time
from parallax.ingest.text import article_from_text
from parallax.ingest.text_limit import check_text_length
from parallax.ingest.timeparse import parse_published
from parallax.ingest.unshown import INVISIBLE_TAGS, UNSHOWN_TAGS  # a browser shows none of their content as text
from parallax.records import Article

_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]{0,200}\?>")
_META_TIME = (
    "article:published_time",
    "og:published_time",
    "datePublished",
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
    "DC.date.issued",
    "sailthru.date",
)


# where a page lists other stories' times (a ticker, a "most read" rail, navigation, related
# links) or readers' (comments): class and id words that start so
_ELSEWHERE_TAGS = {"header", "nav", "aside", "footer"}
_ELSEWHERE = re.compile(
    r"^(?:ticker|rail|most-?read|popular|trending|related|sidebar|teaser|recommend|menu|breaking|comment|nav(?:bar|igation)?(?:$|[-_]))",
    re.I,
)
_PUBLISHED_HINT = re.compile(r"publish|byline|dateline|article-?date|posted|pubdate|entry-?date", re.I)


def _marked(elements, pattern: re.Pattern) -> bool:
    return any(pattern.search(word) for a in elements for word in f"{a.get('class') or ''} {a.get('id') or ''}".split())


def _published_time(tree) -> str | None:
    """The ``<time datetime>`` of the article itself, not of a ticker, a rail of other stories or
    a comment: one marked as the publication time (``itemprop="datePublished"``, ``pubdate``, a
    "published" or byline class), else the first inside ``<article>``, else the first outside
    headers, navigation, asides, footers and story lists; ``None`` leaves the choice to htmldate.
    Inside an ``<article>`` its own header and footer hold the byline, so only its asides and
    navigation are elsewhere."""
    candidates = []
    for el in tree.iter("time"):
        when = (el.get("datetime") or "").strip()
        if not when:
            continue
        chain = [el, *el.iterancestors()]
        if (el.get("itemprop") or "").lower() == "datepublished" or el.get("pubdate") is not None:
            return when
        inner = chain[: next((i for i, a in enumerate(chain) if a.tag == "article"), len(chain))]
        in_article = len(inner) < len(chain)
        tags = {"nav", "aside"} if in_article else _ELSEWHERE_TAGS  # an article's own header and footer hold its dates
        # a header that holds the headline (<h1>) is the story's own, not the site's
        elsewhere = any(a.tag in tags and not (a.tag == "header" and a.find(".//h1") is not None) for a in inner) or _marked(
            chain, _ELSEWHERE
        )
        hinted = any(_PUBLISHED_HINT.search(f"{a.get('class') or ''} {a.get('id') or ''}") for a in inner)
        candidates.append((hinted and not elsewhere, in_article and not elsewhere, not elsewhere, when))
    for rank in range(3):
        if found := next((c[3] for c in candidates if c[rank]), None):
            return found
    return None


def _refines(when: str, current: str) -> bool:
    """Whether ``when`` gives the time of day of the day ``current`` names alone: a ``<meta name="date">``
    of "2026-03-10" and the article's ``<time datetime="2026-03-10T18:05+02:00">`` are one publication,
    and the date resolver needs the hour ("tonight", a weekday's evening still to come)."""
    day, precise = parse_published(current), parse_published(when)
    return bool(day and precise) and len(day) == 10 and len(precise) > 10 and precise[:10] == day


def _page_metadata(tree) -> dict:
    from parallax.ingest.extract import title_candidates

    meta: dict = {}
    for el in tree.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop") or ""
        content = (el.get("content") or "").strip()
        if not content:
            continue
        if key in _META_TIME and "published" not in meta:
            meta["published"] = content
        elif key in ("og:site_name", "application-name") and "outlet" not in meta:
            meta["outlet"] = content
        elif key in ("og:url",) and "url" not in meta:
            meta["url"] = content
        elif key in ("og:title", "twitter:title") and "title" not in meta:
            meta["title"] = content
        elif key in ("og:locale", "language", "content-language") and "language" not in meta and language_tag(content):
            meta["language"] = language_tag(content)
    if "published" not in meta and (own := own_ld_published(tree, title_candidates(tree))):
        meta["published"] = own  # the page's own article's, not a related story's item (:mod:`.own_date`)
    for item in ld_items(tree):
        if item.get("datePublished") and ("published" not in meta or _refines(str(item["datePublished"]), meta["published"])):
            meta["published"] = str(item["datePublished"])
        if item.get("headline") and "title" not in meta:
            meta["title"] = str(item["headline"])
        pub = item.get("publisher")
        if isinstance(pub, dict) and pub.get("name") and "outlet" not in meta:
            meta["outlet"] = str(pub["name"])
    if (when := _published_time(tree)) and ("published" not in meta or _refines(when, meta["published"])):
        meta["published"] = when
    for el in tree.iter("link"):
        if (el.get("rel") or "").lower() == "canonical" and el.get("href") and "url" not in meta:
            meta["url"] = el.get("href")
    html_el = tree if tree.tag == "html" else tree.find(".//html")
    if html_el is not None and language_tag(html_el.get("lang")) and "language" not in meta:
        meta["language"] = language_tag(html_el.get("lang"))
    t = tree.find(".//title")
    title_tag = squeeze(t.text) if t is not None and t.text else None
    if words := headline_heading(tree, meta.get("outlet"), _shown_text):  # not a logo's <h1>
        meta["h1"] = words
    if "title" not in meta:
        meta["title"] = meta.get("h1") or title_tag
    if "outlet" not in meta and meta.get("h1") and title_tag:
        _, site = _without_site_name(title_tag, None, meta["h1"])  # "<h1> – Cronache del Lago"
        if site:
            meta["outlet"] = site
    return meta




def _shown_text(el) -> str:
    """An element's text as a reader sees it: ``text_content()`` takes an inner ``<script>`` too ("Pact alert(1) signed")."""
    from lxml import etree

    shown = el
    if el.xpath("|".join(f".//{tag}" for tag in UNSHOWN_TAGS)):
        shown = deepcopy(el)
        etree.strip_elements(shown, *UNSHOWN_TAGS, with_tail=False)
    return squeeze(shown.text_content())


# runs of white space, but not the ideographic space (U+3000): Japanese and Chinese headlines set it as a
# separator between phrases ("東京都　新たに312人感染"), which ``str.split`` would turn into a Latin space (ext45)
_WHITE_RUN = re.compile(r"[^\S\u3000]++")


def squeeze(text: str) -> str:
    """``text`` with each run of white space made one space and its ends trimmed, CJK spacing kept as written."""
    return _WHITE_RUN.sub(" ", text).strip()


_SITE_SEPARATOR = re.compile(r"(?<!\s)\s++[|\-–—·•»]\s+")  # "Headline | Site", "Headline - Site"; linear


def _without_site_name(title: str | None, outlet: str | None, h1: str | None) -> tuple[str | None, str | None]:
    """The title without the site name that pages append ("... | Diario del Estrecho"), and the
    outlet: the part after the last separator goes when it is the outlet, or when what precedes
    it is the page's own headline (then it names the outlet, if none is known)."""
    if not title:
        return title, outlet
    cut = None
    for sep in _SITE_SEPARATOR.finditer(title):
        cut = sep  # the last one
    if cut is None:
        return title, outlet
    head, site = title[: cut.start()].strip(), title[cut.end() :].strip()
    if outlet and _fold(site) == _fold(outlet):
        return head, outlet
    if h1 and _fold(head) == _fold(h1) and 0 < len(site.split()) <= 6:
        return head, outlet or site
    return title, outlet


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _checked_language(declared: str | None, body: str) -> str | None:
    """The page's declared language, unless its text is clearly in another one (a theme left
    ``lang="en-US"`` on an Italian page)."""
    if not declared:
        return None
    from parallax.config import Options
    from parallax.ingest.language import detect_language_scored

    detected, sure = detect_language_scored(body, Options().languages, Options().more_languages)
    return detected if detected and detected != declared and sure >= 0.95 and len(body) >= 200 else declared


def extract_main_text(html: str, limit: Callable[[str], None] | None = None) -> str | None:
    """The article body of a page, paragraphs separated by newlines, or ``None``.

    Body only: the headline is not repeated at the top (it goes to
    ``Article.title``).  See :mod:`parallax.ingest.extract` for how, and
    ``benchmarks/README.md`` for the measured accuracy."""
    from parallax.ingest.extract import main_text

    return main_text(html, limit)


def article_from_html(html: str, ident: str, source: str, max_chars: int | None = None, **given) -> Article:
    """A page as an article; ``max_chars``: the length limit, checked on the extracted body before its line filters."""
    import lxml.html

    # lxml refuses a str that still carries its XML declaration (XHTML pages); the bytes are decoded already
    html = _XML_DECLARATION.sub("", html, count=1)
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise InputError(source, f"malformed HTML ({exc})") from None
    check_page_length(tree, html, source, max_chars)  # before the walks over its tree (:mod:`.page_limit`)
    meta = _page_metadata(tree)
    body = extract_main_text(html, lambda text: check_text_length(text, source, max_chars))
    if not body or not body.strip() or only_link_text(tree, body):  # a row of menu links is no article
        raise no_text_error(html, source, "no article text found in the HTML page")  # or a text too long to parse
    title, outlet = _without_site_name(given.pop("title", None) or meta.get("title"), meta.get("outlet"), meta.get("h1"))
    # trafilatura may repeat the headline as the first line of the body
    lines = body.split("\n")
    if title and lines and lines[0].strip() == title.strip():
        body = "\n".join(lines[1:])
    published = given.pop("published", None) or parse_published(meta.get("published"))
    guessed = not published and bool(published := guessed_published(tree))  # from the page's text, not its metadata
    language = _checked_language(meta.get("language"), body)
    published = with_shown_time(published, tree, given.get("language") or language)  # "Veröffentlicht am 20.11.2026, 14:32 Uhr"
    fields = {
        "outlet": outlet,
        "url": meta.get("url"),
        "language": language,
        "published": published,
        "kind": article_kind(tree, given.get("url") or meta.get("url") or (source if "://" in source else None)),
        "byline": page_byline(tree) or printed_byline(tree, body),
    }
    fields.update({k: v for k, v in given.items() if v is not None})
    article = article_from_text(body, ident, source, title=title or "", **fields)
    article.boilerplate_removed[:0] = dropped_blocks(tree, body, title or "")
    if guessed:
        article.published_from = "guessed"  # a re-read that finds the time in the metadata records the better source
    return article


_BLOCKS = (
    "p",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "td",
    "th",
    "dt",
    "dd",
    "blockquote",
    "figcaption",
    "caption",
    "pre",
    "address",
    "summary",
    "div",
    "section",
    "aside",
    "nav",
    "header",
    "footer",
)
_SPACE_BEFORE_MARK = re.compile(r" ([,.;:!?)])")
MAX_DROPPED, DROPPED_CHARS = 60, 120  # what an analyst needs to audit the extraction, not a copy of the page


def dropped_blocks(tree, body: str, title: str = "") -> list[str]:
    """The page's text blocks that the extracted body left out (navigation, cookie banners,
    related links, footers ...), in page order, each cut to :data:`DROPPED_CHARS` characters and
    at most :data:`MAX_DROPPED` of them, so that ``boilerplate_removed`` shows what was stripped."""
    kept = "".join(f"{body} {title}".split())  # compared without spaces: inline tags split a block's text at odd places
    out: list[str] = []
    seen: set[str] = set()
    for el in tree.iter(*_BLOCKS):
        if any(a.tag in INVISIBLE_TAGS for a in el.iterancestors()) or any(True for _ in el.iter(*[b for b in _BLOCKS if b != el.tag])):
            continue  # a container: its blocks speak for it
        text = _SPACE_BEFORE_MARK.sub(r"\1", " ".join(" ".join(t for t in el.itertext()).split()))  # "<a>weeks</a>, and"
        # read as the body was cleaned (:func:`parallax.ingest.clean.normalize`): a kept sentence with a bidi override or a
        # zero-width space in it is no dropped block, and a listed block's controls cannot turn the report's text around
        text = normalize(text)
        if len(text) < 3 or text in seen or "".join(text.split()) in kept:
            continue
        seen.add(text)
        out.append(text if len(text) <= DROPPED_CHARS else text[: DROPPED_CHARS - 1] + "…")
        if len(out) >= MAX_DROPPED:
            break
    return out


@reader(".html", ".htm", ".xhtml")
def read_html(data: bytes, source: str, stem: str, options: Options) -> Iterator[Article]:
    html = decode_bytes(data, source, html=True)
    yield article_from_html(html, stem, source, max_chars=options.max_text_chars, published=None)
