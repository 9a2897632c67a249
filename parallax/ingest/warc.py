"""WARC web archives (``.warc``, ``.warc.gz``): one article per archived page.

Crawls are where many news collections live, so a WARC is read directly
instead of asking users to unpack it.  What becomes an article:

* ``response`` records with HTTP status 200 and an HTML payload (or plain
  text; see :data:`_NOT_ARTICLES`), and ``resource`` records with an HTML or
  plain-text block.  Everything else -- requests, metadata, ``warcinfo``,
  revisits, redirects, 404s, images, scripts, DNS -- is skipped, because a
  crawl is mostly such records and none of them is an error; one warning line
  per file counts them by reason (:func:`skipped_line`), so a crawl of 404s
  or of revisits does not lose its pages unseen.
* An HTML page from which no article text can be extracted (a section front,
  a login wall) is skipped with a log message, not an error: that is a
  property of the page, not damage to the archive.  A WARC with no article
  at all is an :class:`InputError`.

Metadata: ``WARC-Target-URI`` is the article's ``url`` and the source of its
id (:func:`url_id`: host plus a path slug, stable across runs).  The
publication time comes from the page itself (meta tags, JSON-LD,
``<time>``); only when the page gives none is the user's ``--published`` used,
and failing that the record's ``WARC-Date``.  The capture time is an upper
bound on the publication time, usually within hours for news crawls, and
relative dates ("on Thursday") cannot be resolved without some anchor; a
page captured long after it appeared should carry its own date anyway.

Damage is reported per record: a record whose framing is broken (no
``WARC/1.x`` line, no ``Content-Length``, a length that runs past the end or
does not land on the blank line that ends the record), whose HTTP header is
garbage or whose payload cannot be decoded is an :class:`InputError` naming
``file:record N (offset X)``.  Offsets count bytes of the uncompressed WARC.
With ``skip_bad`` the error is yielded (``load_paths`` reports it) and
reading resumes at the next ``WARC/1.x`` line, so one bad record does not
cost the rest of the crawl.

Memory: the input arrives as bytes already capped by ``max_file_bytes``
(``read_file`` inflates ``.gz`` files, whether gzipped whole or record by
record as is standard, within that cap; a gzipped WARC under a plain
``.warc`` name is inflated here with the same cap).  Records are found by
their ``Content-Length`` without copying; only record types that can hold a
page are copied, one at a time, and a ``Content-Encoding: gzip`` body is
inflated with the same cap, which defuses compression bombs inside records.

The records are read here rather than with warcio's ``ArchiveIterator``
(warcio writes the test archives): on a bad ``Content-Length`` or a corrupt
compressed body warcio writes warnings to stderr and truncates or misreads
silently, where Parallax's contract is one error line naming the record.
HTTP ``Transfer-Encoding: chunked`` and ``Content-Encoding`` gzip/deflate are
undone; brotli and other encodings are reported as unsupported.

The work is split by seam: :mod:`parallax.ingest.warc_frames` finds the
records, :mod:`parallax.ingest.http_response` undoes the archived HTTP
response, :mod:`parallax.ingest.url_ids` names the page; this module decides
which records are articles and reads them.  Every name those modules took
from here is still importable from here.
"""

from __future__ import annotations

import logging
import re
import zlib
from collections import Counter
from collections.abc import Iterator
from urllib.parse import urlsplit

from parallax.config import Options
from parallax.errors import InputError
from parallax.ingest import reader
from parallax.ingest.decode import gunzip_limited
from parallax.ingest.html import article_from_html
from parallax.ingest.http_response import _BOMS as _BOMS
from parallax.ingest.http_response import _STATUS_LINE as _STATUS_LINE
from parallax.ingest.http_response import _dechunk as _dechunk
from parallax.ingest.http_response import _decode as _decode
from parallax.ingest.http_response import _inflate as _inflate
from parallax.ingest.http_response import _media_type as _media_type
from parallax.ingest.http_response import _sniff_html as _sniff_html
from parallax.ingest.http_response import _split_http as _split_http
from parallax.ingest.text import article_from_text
from parallax.ingest.text_limit import check_text_length
from parallax.ingest.timeparse import parse_published
from parallax.ingest.url_ids import _ascii_words as _ascii_words
from parallax.ingest.url_ids import short_hash as short_hash
from parallax.ingest.url_ids import url_id as url_id
from parallax.ingest.warc_frames import _BLANK as _BLANK
from parallax.ingest.warc_frames import _HEADER_END as _HEADER_END
from parallax.ingest.warc_frames import _MAX_HEADER as _MAX_HEADER
from parallax.ingest.warc_frames import _NEXT_RECORD as _NEXT_RECORD
from parallax.ingest.warc_frames import _RECORD_END as _RECORD_END
from parallax.ingest.warc_frames import _VERSION_LINE as _VERSION_LINE
from parallax.ingest.warc_frames import _Frame as _Frame
from parallax.ingest.warc_frames import _frames as _frames
from parallax.ingest.warc_frames import _parse_headers as _parse_headers
from parallax.ingest.warc_frames import _resync as _resync
from parallax.records import Article

log = logging.getLogger("parallax.ingest.warc")

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TEXT_TYPES = ("text/plain",)
# Plain-text files every site serves that a crawler archives and that are never articles.
_NOT_ARTICLES = re.compile(r"^/(robots|ads|app-ads|humans|security|llms)\.txt$|^/\.well-known/", re.I)


def _record_payload(data: bytes, frame: _Frame, where: str, limit: int) -> tuple[bytes, str, str | None] | str:
    """(payload, media type, charset) of an archived page, or why the record is none (wrong type, not
    HTTP 200, not HTML or text), as the summary of skipped records counts it (:func:`skipped_line`)."""
    kind = frame.headers.get("warc-type", "").lower()
    if kind not in ("response", "resource"):
        return f"{kind or 'untyped'} record"
    block = data[frame.block_start : frame.block_end]  # one record's copy
    declared, charset = _media_type(frame.headers.get("content-type"))
    if kind == "resource":
        media, payload = declared, block
    elif declared == "application/http" or (not declared and block.startswith(b"HTTP/")):
        status, http, body = _split_http(block, where)
        if status != 200:
            return "redirect" if 300 <= status < 400 else f"HTTP {status}"
        media, charset = _media_type(http.get("content-type"))
        if media and media not in _HTML_TYPES + _TEXT_TYPES:
            return "not HTML or text"
        if "chunked" in http.get("transfer-encoding", "").lower():
            body = _dechunk(body, where)
        payload = _inflate(body, http.get("content-encoding", ""), where, limit)
    else:
        return "not HTTP"  # a response that is not HTTP (dns:, whois:, ...)
    if media and media not in _HTML_TYPES + _TEXT_TYPES:
        return "not HTML or text"
    if not payload.strip():
        return "empty"
    if not media:
        if not _sniff_html(payload):
            return "not HTML or text"  # no declared type and not recognisably HTML
        media = "text/html"
    return payload, media, charset


def _record_article(data: bytes, frame: _Frame, where: str, stem: str, options: Options) -> Article | str:
    """The article in one record, or why the record holds none."""
    found = _record_payload(data, frame, where, options.max_file_bytes)
    if isinstance(found, str):
        return found
    payload, media, charset = found
    is_html = media in _HTML_TYPES
    url = frame.headers.get("warc-target-uri", "").strip().strip("<>").replace(" ", "%20") or None
    if not is_html and url and _NOT_ARTICLES.search(urlsplit(url).path or ""):
        return "site file (robots.txt, ads.txt, ...)"
    ident = url_id(url) or f"{stem}-{frame.number}"
    text = _decode(payload, where, charset, html=is_html)
    if is_html:
        try:
            article = article_from_html(text, ident, where, max_chars=options.max_text_chars, url=url, published=None)
        except InputError as err:
            if err.reason.startswith("no article text"):  # a section front, a login wall: not damage
                log.info("%s: %s (%s): skipped", where, err.reason, url)
                return "no article text"
            raise InputError(where, err.reason) from None
    else:
        check_text_length(text, where, options.max_text_chars)
        article = article_from_text(text, ident, where, url=url)
    if not article.text.strip():
        log.info("%s: no article text after cleaning (%s): skipped", where, url)
        return "no article text"
    if not article.published:
        article.published = options.default_published or parse_published(frame.headers.get("warc-date"))
        article.published_from = ("given" if options.default_published else "capture") if article.published else None
    return article


def skipped_line(source: str, records: int, skipped: Counter[str]) -> str:
    """The one line that says how many records of a WARC were no article and why, most frequent reason first:
    "crawl.warc: 7 of 10 records held no article (request record: 3, HTTP 404: 2, redirect: 1, revisit record: 1)"."""
    reasons = ", ".join(f"{reason}: {n:,}" for reason, n in sorted(skipped.items(), key=lambda kv: (-kv[1], kv[0])))
    return f"{source}: {sum(skipped.values()):,} of {records:,} records held no article ({reasons})"


@reader(".warc")
def read_warc(data: bytes, source: str, stem: str, options: Options) -> Iterator[Article]:
    """Articles from a WARC file, one record at a time (see the module docstring)."""
    if data[:2] == b"\x1f\x8b":  # gzipped records under a name without .gz
        try:
            data = gunzip_limited(data, source, options.max_file_bytes)
        except zlib.error as exc:
            raise InputError(source, f"corrupt gzip data ({exc})") from None
    if not data.strip():
        raise InputError(source, "empty input")
    if not _VERSION_LINE.match(data, _BLANK.match(data, 0).end()):
        raise InputError(source, "not a WARC file (it does not start with a 'WARC/1.x' record)")
    articles = errors = records = 0
    skipped: Counter[str] = Counter()
    for frame in _frames(data):
        records += 1
        where = f"{source}:record {frame.number} (offset {frame.offset})"
        try:
            if frame.error:
                raise InputError(where, frame.error)
            article = _record_article(data, frame, where, stem, options)
        except InputError as err:
            if not options.skip_bad:
                raise
            errors += 1
            yield err  # type: ignore[misc]  # reported and skipped by load_paths
            continue
        if isinstance(article, str):
            skipped[article] += 1
        else:
            articles += 1
            yield article
    if skipped and articles:  # one line for the whole file, never one per record (a crawl is mostly such records)
        log.warning("%s", skipped_line(source, records, skipped))
    if not articles and not errors:
        raise InputError(source, f"no article pages among its {records:,} records (HTTP 200 HTML or text with article text)")
