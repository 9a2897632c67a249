"""RSS and Atom feeds (``.rss``, ``.atom``, ``.xml``, ``.feed``): one article per item.

Security first.  A feed is XML from someone else's server, and XML can
declare entities that expand a kilobyte into gigabytes ("billion laughs") or
pull in local files and URLs (external entities, XXE).  So before anything
else the bytes go through :mod:`defusedxml`'s expat parser, which builds no
tree here and refuses any document type declaration: feeds do not need
DTDs, and refusing them outright refuses every entity trick with them.  Such
a file is an :class:`InputError` saying so ("XML entity declarations are not
allowed"), raised at the declaration, before any expansion.  The same pass
rejects input that is not well-formed XML and XML whose root is not a feed
(``<rss>``, Atom ``<feed>`` or RSS 1.0 ``<rdf:RDF>``).  Only then does
feedparser read the items, from a stream (handed a ``bytes`` object it would
try it as a file name first) and with its HTML sanitiser on.

Items: the body is ``content:encoded`` / Atom ``content`` when present (the
full article), else ``description`` / ``summary``.  HTML bodies are turned
into text with scripts, styles and embeds dropped (their content is never
text of the article, and no markup survives into ``Article.text``); a body
with enough text for main-text extraction goes through
:func:`~parallax.ingest.html.article_from_html` like a page, which also drops
share links and similar furniture, unless that would lose much of the text.
WordPress's "The post ... appeared first on ..." footer, which ends the items
of a large share of news feeds, is removed and recorded in
``boilerplate_removed``.  Plain-text bodies go through
:func:`~parallax.ingest.text.article_from_text`.

Metadata: item title, ``link`` -> ``url``, ``published`` (else ``updated``)
-> ISO 8601 keeping the feed's UTC offset, the feed's title -> ``outlet``,
``guid`` / ``id`` -> the article id (sanitised to a file-name-safe slug).
An item with no text is an :class:`InputError` naming ``file:item N``; with
``skip_bad`` it is yielded (``load_paths`` reports it) and the next item is
read.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterator
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from parallax.config import Options
from parallax.errors import InputError
from parallax.ingest import reader
from parallax.ingest.authors import feed_byline
from parallax.ingest.drops import drop_all
from parallax.ingest.feed_bytes import feed_bytes
from parallax.ingest.feed_limit import items_over_limit, without_bodies
from parallax.ingest.feed_links import item_url
from parallax.ingest.feed_outlet import feed_outlet
from parallax.ingest.html import article_from_html
from parallax.ingest.huge_text import no_text_error
from parallax.ingest.text import article_from_text
from parallax.ingest.text_limit import check_text_length
from parallax.ingest.timeparse import parse_published
from parallax.ingest.warc import short_hash, url_id
from parallax.records import Article

_FEED_ROOTS = {"rss", "feed", "RDF"}
_HTML_TYPES = ("text/html", "application/xhtml+xml")
# Elements whose content is never article text: dropped with their content.
_DROP = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "form", "button", "select")
_BLOCKS = {
    "p", "div", "section", "article", "header", "footer", "aside", "main", "blockquote", "pre", "figure", "figcaption",
    "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "address",
}  # fmt: skip
# Below this much text an HTML body is a teaser: main-text extraction is tuned
# for pages and tends to throw short fragments away whole.
_MIN_EXTRACT_CHARS = 400
# Extraction must keep at least this share of the body's text to be trusted.
_MIN_EXTRACT_SHARE = 0.6
# The footer WordPress appends to every feed item.
_WP_FOOTER = re.compile(r"(?:^|(?<!\n)\n+)(The post .{1,300}? appeared first on .{1,200}?)\s*$")


# ------------------------------------------------------------------ safety


class _RootTag:
    """A parser target that only remembers the root element: the safety pass
    needs well-formedness and the root, not a tree in memory."""

    def __init__(self) -> None:
        self.root: str | None = None

    def start(self, tag: str, attrib: dict) -> None:
        if self.root is None:
            self.root = tag

    def end(self, tag: str) -> None:
        pass

    def data(self, data: str) -> None:
        pass

    def close(self) -> str | None:
        return self.root


def check_feed_xml(data: bytes, source: str) -> str:
    """Parse ``data`` with a hardened parser and return the root's local name.

    Raises :class:`InputError` for DTDs and entity declarations (before any
    expansion), external references, XML that is not well-formed and XML
    whose root is not a feed."""
    from defusedxml import DefusedXmlException, DTDForbidden, EntitiesForbidden
    from defusedxml.ElementTree import DefusedXMLParser, ParseError

    if not data.strip():
        raise InputError(source, "empty input")
    parser = DefusedXMLParser(target=_RootTag(), forbid_dtd=True, forbid_entities=True, forbid_external=True)
    try:
        parser.feed(data)
        root = parser.close()
    except (DTDForbidden, EntitiesForbidden):
        if re.search(rb"<!ENTITY", data, re.I) or re.search(rb"<\x00!\x00E\x00N\x00T\x00I\x00T\x00Y", data):
            raise InputError(
                source, "XML entity declarations are not allowed (they enable entity-expansion and external-entity attacks)"
            ) from None
        raise InputError(source, "XML document type declarations (<!DOCTYPE>) are not allowed (feeds do not need them)") from None
    except DefusedXmlException as exc:  # external references and anything defusedxml adds later
        raise InputError(source, f"unsafe XML refused ({exc.__class__.__name__})") from None
    except LookupError as exc:  # an encoding in the XML declaration that Python does not know
        raise InputError(source, f"unknown character encoding declared ({' '.join(str(exc).split())})") from None
    except ParseError as exc:
        raise InputError(source, f"not well-formed XML ({' '.join(str(exc).split())})") from None
    local = (root or "").rsplit("}", 1)[-1]
    if local not in _FEED_ROOTS:
        raise InputError(source, f"XML but not an RSS or Atom feed (root element <{local}>)")
    return local


# ------------------------------------------------------------------ fields


def safe_id(value: str | None, limit: int = 80) -> str | None:
    """A feed's ``guid``/``id`` as a file-name-safe id: URLs become
    :func:`~parallax.ingest.warc.url_id` slugs, other ids (``tag:`` URIs,
    numbers) keep ASCII letters, digits, dots and dashes.  Over-long ids get
    a hash of the original so distinct ids stay distinct; ids that fold to the
    same slug are numbered by ``load_paths``."""
    if not value or not str(value).strip():
        return None
    value = str(value).strip()
    if re.match(r"(?i)https?://", value):
        return url_id(value, limit)
    folded = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"\.{2,}", ".", re.sub(r"[^A-Za-z0-9.]+", "-", folded)).strip(".-")
    if not slug:
        return "id-" + short_hash(value)
    if len(slug) > limit:
        slug = slug[: limit - 9].rstrip("-.") + "-" + short_hash(value)
    return slug


def feed_time(value: str | None) -> str | None:
    """A feed date as ISO 8601: Atom's RFC 3339 or RSS's RFC 822, keeping the
    outlet's UTC offset (the local date is what "on Thursday" is read against)."""
    if not value or not str(value).strip():
        return None
    text = str(value).strip()
    iso = parse_published(text)
    if iso:
        return iso
    try:
        dt = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return parse_published(dt.isoformat())


def _parsed_time(struct) -> str | None:
    """feedparser's own parse (UTC) for formats neither RFC covers."""
    if not struct:
        return None
    try:
        return parse_published(datetime(*struct[:6], tzinfo=UTC).isoformat())
    except (TypeError, ValueError):
        return None


def html_to_text(html: str) -> str:
    """Visible text of an HTML fragment, one paragraph per block, blank lines
    between.  Scripts, styles and embeds go with their content; nothing is
    run and no markup is kept."""
    import lxml.html
    from lxml import etree

    if not html or not html.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ValueError, etree.ParserError):
        return ""
    drop_all(list(root.iter(*_DROP)))
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "br":
            el.tail = "\n" + (el.tail or "")
        elif el.tag in _BLOCKS:
            el.text = "\n\n" + (el.text or "")
            el.tail = "\n\n" + (el.tail or "")
    text = root.text_content()
    paras = []
    for block in re.split(r"\n\s*\n", text):
        lines = [" ".join(line.split()) for line in block.split("\n")]
        para = " ".join(line for line in lines if line)
        if para:
            paras.append(para)
    return "\n\n".join(paras)


def _is_html(detail) -> bool:
    return (getattr(detail, "get", lambda *_: None)("type") or "text/html").lower() in _HTML_TYPES


def _plain(value: str | None, detail) -> str | None:
    if not value:
        return None
    text = html_to_text(value) if _is_html(detail) and ("<" in value or "&" in value) else value
    text = " ".join(text.split())
    return text or None


def _body(entry) -> tuple[str, bool] | None:
    """The item's fullest body and whether it is HTML."""
    best = None
    for content in entry.get("content") or []:
        value = content.get("value") or ""
        if value.strip() and (best is None or len(value) > len(best[0])):
            best = (value, _is_html(content))
    if best:
        return best
    summary = entry.get("summary") or ""
    if summary.strip():
        return summary, _is_html(entry.get("summary_detail"))
    return None


def _html_article(html: str, ident: str, where: str, max_chars: int | None, **meta) -> Article:
    text = html_to_text(html)
    check_text_length(text, where, max_chars)  # the item's whole text, before extraction walks it (:mod:`.text_limit`)
    if not text.strip():
        raise no_text_error(html, where, "item has no text (its HTML holds no visible text)")
    if len(text) >= _MIN_EXTRACT_CHARS:
        page = f"<html><body><article>{html}</article></body></html>"
        try:
            article = article_from_html(page, ident, where, **meta)
        except InputError:
            article = None
        if article is not None and len(article.text) >= _MIN_EXTRACT_SHARE * len(text):
            return article
    meta["title"] = meta.get("title") or None
    return article_from_text(text, ident, where, **meta)


def _item_article(
    entry, n: int, where: str, stem: str, outlet: str | None, options: Options, site: str | None = None
) -> Article:
    body = _body(entry)
    if body is None:
        raise InputError(where, "item has no text (no content, description or summary)")
    value, is_html = body
    title = _plain(entry.get("title"), entry.get("title_detail"))
    url = item_url(entry, site)  # a path on the site is resolved against it; an id (tag:...) is no address
    published = (
        feed_time(entry.get("published"))
        or feed_time(entry.get("updated"))
        or _parsed_time(entry.get("published_parsed"))
        or _parsed_time(entry.get("updated_parsed"))
    )
    ident = safe_id(entry.get("id")) or url_id(url) or f"{stem}-{n}"
    # an aggregator's item names its own outlet (RSS <source>, Atom <source><title>): that outlet
    # wrote it, not the feed
    source = entry.get("source") or {}
    own = _plain(source.get("title"), source.get("title_detail")) if hasattr(source, "get") else None
    meta = {"title": title, "url": url, "outlet": own or outlet, "published": published}
    if is_html:
        article = _html_article(value, ident, where, options.max_text_chars, **meta)
    else:
        if not value.strip():
            raise InputError(where, "item has no text")
        check_text_length(value, where, options.max_text_chars)
        article = article_from_text(value, ident, where, **meta)
    footer = _WP_FOOTER.search(article.text)
    if footer:
        article.text = article.text[: footer.start()]
        article.boilerplate_removed.append(footer.group(1))
    if not article.text.strip():
        raise InputError(where, "item has no text after cleaning")
    if not article.published and options.default_published:
        article.published, article.published_from = options.default_published, "given"
    article.byline = feed_byline(entry) or article.byline  # the item's author, else its HTML body's
    return article


@reader(".rss", ".atom", ".xml", ".feed")
def read_feed(data: bytes, source: str, stem: str, options: Options) -> Iterator[Article]:
    """Articles from an RSS or Atom feed, one per item (see the module docstring)."""
    import feedparser

    data = feed_bytes(data, source)  # a Latin-1 feed that does not say so, decoded by detection
    check_feed_xml(data, source)
    over = items_over_limit(data, options.max_text_chars)  # before feedparser's sanitiser reads them (:mod:`.feed_limit`)
    if over and not options.skip_bad:
        raise InputError(f"{source}:item {over[0]}", f"article text longer than the limit of {options.max_text_chars:,} characters")
    data = without_bodies(data, over)  # --skip-bad: the items skipped below are not sanitised first
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=False)
    if not parsed.get("version"):
        raise InputError(source, "XML but not an RSS or Atom feed (feedparser does not recognise it)")
    if not parsed.entries:
        raise InputError(source, "feed has no items")
    # the feed's web address names its outlet too (feedparser gives an Atom feed's id as its link: "urn:...")
    site = next((u for u in (parsed.feed.get("link"), parsed.entries[0].get("link")) if str(u or "").startswith("http")), None)
    outlet = feed_outlet(_plain(parsed.feed.get("title"), parsed.feed.get("title_detail")), site)  # not "- Top News"
    for n, entry in enumerate(parsed.entries, 1):
        where = f"{source}:item {n}"
        try:
            if n in over:
                raise InputError(where, f"article text longer than the limit of {options.max_text_chars:,} characters")
            article = _item_article(entry, n, where, stem, outlet, options, site)
        except InputError as err:
            if not options.skip_bad:
                raise
            yield err  # type: ignore[misc]  # reported and skipped by load_paths
            continue
        yield article
