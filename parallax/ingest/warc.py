"""WARC web archives (``.warc``, ``.warc.gz``): one article per archived page.

Crawls are where many news collections live, so a WARC is read directly
instead of asking users to unpack it.  What becomes an article:

* ``response`` records with HTTP status 200 and an HTML payload (or plain
  text; see :data:`_NOT_ARTICLES`), and ``resource`` records with an HTML or
  plain-text block.  Everything else -- requests, metadata, ``warcinfo``,
  revisits, redirects, 404s, images, scripts, DNS -- is skipped silently,
  because a crawl is mostly such records and none of them is an error.
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
"""

from __future__ import annotations

import codecs
import hashlib
import logging
import re
import unicodedata
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from parallax.config import Options
from parallax.errors import InputError
from parallax.ingest import reader
from parallax.ingest.decode import decode_bytes, gunzip_limited, looks_binary
from parallax.ingest.html import article_from_html
from parallax.ingest.text import article_from_text
from parallax.ingest.timeparse import parse_published
from parallax.records import Article

log = logging.getLogger("parallax.ingest.warc")

_VERSION_LINE = re.compile(rb"WARC/1\.\d\r?\n")
_NEXT_RECORD = re.compile(rb"\nWARC/1\.\d\r?\n")
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_STATUS_LINE = re.compile(rb"HTTP/\d(?:\.\d)?[ \t]+(\d{3})[^\n]*\n")
_RECORD_END = re.compile(rb"\r?\n\r?\n")
_BLANK = re.compile(rb"[\r\n\t ]*")
_MAX_HEADER = 64 * 1024  # a WARC header block is a few hundred bytes; more means damage
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TEXT_TYPES = ("text/plain",)
# Plain-text files every site serves that a crawler archives and that are never articles.
_NOT_ARTICLES = re.compile(r"^/(robots|ads|app-ads|humans|security|llms)\.txt$|^/\.well-known/", re.I)
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


# ------------------------------------------------------------------ ids


def _ascii_words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.findall(r"[A-Za-z0-9]+", folded)


def short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def url_id(url: str | None, limit: int = 80) -> str | None:
    """A short, stable, file-name-safe id for a URL: ``host-path-words``.

    Ids must not change between runs (stored comparisons refer to them) and
    should tell a reader which page they are.  A query string, a path that
    folds to nothing in ASCII, or a slug over ``limit`` characters gets an
    8-character hash of the whole URL appended, so distinct pages keep
    distinct ids; exact duplicates are numbered by ``load_paths``."""
    if not url or not url.strip():
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError:
        parts, host = None, ""
    if parts is None or not host:
        return None
    host = host.removeprefix("www.")
    path = re.sub(r"(?i)\.(s?html?|php\d?|aspx?|jsp|cfm)$", "", unquote(parts.path))
    words = _ascii_words(path)
    slug = "-".join([host, *words])
    if parts.query or len(slug) > limit or (path.strip("/") and not words):
        slug = slug[: limit - 9].rstrip("-") + "-" + short_hash(url)
    return slug


# ------------------------------------------------------------------ framing


@dataclass
class _Frame:
    """One record's place in the data: the header starts at ``offset``, the
    block is ``data[block_start:block_end]``; ``error`` is set when the
    framing itself is broken."""

    number: int
    offset: int
    headers: dict[str, str]
    block_start: int = 0
    block_end: int = 0
    error: str | None = None


def _parse_headers(block: bytes) -> dict[str, str]:
    """``Name: value`` lines (names lower-cased, folded lines joined)."""
    headers: dict[str, str] = {}
    last = None
    for line in block.decode("utf-8", "replace").splitlines():
        if line[:1] in (" ", "\t") and last:  # folded continuation line
            headers[last] += " " + line.strip()
            continue
        name, sep, value = line.partition(":")
        if sep:
            last = name.strip().lower()
            headers.setdefault(last, value.strip())
    return headers


def _resync(data: bytes, pos: int) -> int:
    """Where the next record starts after damage at ``pos`` (or the end)."""
    m = _NEXT_RECORD.search(data, pos + 1)
    return m.start() + 1 if m else len(data)


def _frames(data: bytes) -> Iterator[_Frame]:
    """Find records by their ``Content-Length`` without copying them,
    checking that each length lands on the blank line that ends the record.

    This is done here rather than by warcio's ``ArchiveIterator`` because on
    such damage warcio writes a warning to stderr, reads payload bytes as the
    next record's header and cannot resume; here a bad record is an error
    with its number and offset, and reading resumes at the next record."""
    size = len(data)
    pos = _BLANK.match(data, 0).end()
    number = 0
    while pos < size:
        number += 1
        start = pos
        error = None
        headers: dict[str, str] = {}
        head_end = _HEADER_END.search(data, start, min(size, start + _MAX_HEADER))
        if not _VERSION_LINE.match(data, start):
            line = data[start : start + 40].split(b"\n", 1)[0].decode("utf-8", "replace")
            error = f"no 'WARC/1.x' line where a record should start (found {line!r})"
        elif head_end is None:
            error = "record header is not ended by a blank line"
        else:
            headers = _parse_headers(data[start : head_end.start()])
            length = headers.get("content-length", "")
            valid = length.isascii() and length.isdigit() and len(length) <= 18  # "²" is a digit to isdigit(), not to int()
            block_end = head_end.end() + int(length) if valid else 0
            tail = _RECORD_END.match(data, block_end) if valid and block_end <= size else None
            if not valid:
                error = f"missing or invalid Content-Length ({length!r})"
            elif block_end > size:
                error = f"truncated: Content-Length is {int(length):,} bytes but only {size - head_end.end():,} remain"
            elif tail is None and data[block_end:].strip():
                error = f"Content-Length ({int(length):,}) does not end at the blank line that closes the record"
        if error:
            yield _Frame(number, start, headers, error=error)
            pos = _resync(data, start)
            continue
        yield _Frame(number, start, headers, head_end.end(), block_end)
        pos = _BLANK.match(data, tail.end() if tail else size).end()


# ------------------------------------------------------------------ HTTP


def _media_type(content_type: str | None) -> tuple[str, str | None]:
    """``text/html; charset=ISO-8859-1`` -> (``text/html``, ``ISO-8859-1``)."""
    if not content_type:
        return "", None
    kind, *params = content_type.split(";")
    charset = None
    for p in params:
        key, _, value = p.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return kind.strip().lower(), charset


def _split_http(block: bytes, where: str) -> tuple[int, dict[str, str], bytes]:
    """An archived HTTP response: (status, headers, raw body)."""
    status = _STATUS_LINE.match(block)
    if status is None:
        line = block[:60].split(b"\n", 1)[0].decode("utf-8", "replace").strip()
        raise InputError(where, f"malformed HTTP status line {line!r}")
    end = _HEADER_END.search(block, status.start(), _MAX_HEADER)
    if end is None:
        if block[status.end() :].strip():
            raise InputError(where, "HTTP header is not ended by a blank line")
        return int(status.group(1)), _parse_headers(block[status.end() :]), b""
    return int(status.group(1)), _parse_headers(block[status.end() : end.start()]), block[end.end() :]


def _dechunk(body: bytes, where: str) -> bytes:
    """Undo ``Transfer-Encoding: chunked``.  Some crawlers store the body
    already de-chunked but keep the header, so a body that does not start
    with a chunk size is taken as it is."""
    parts: list[bytes] = []
    pos = 0
    while True:
        eol = body.find(b"\n", pos)
        size_text = body[pos:eol].split(b";", 1)[0].strip() if eol >= 0 else b""
        try:
            if not re.fullmatch(rb"[0-9A-Fa-f]{1,16}", size_text):  # int() also takes "-5", "0x5" and "_"
                raise ValueError(size_text)
            size = int(size_text, 16)
        except ValueError:
            if not parts:
                return body
            raise InputError(where, f"malformed chunked transfer encoding at body byte {pos}") from None
        pos = eol + 1
        if size == 0:
            return b"".join(parts)
        if pos + size > len(body):
            raise InputError(where, "truncated chunked transfer encoding")
        parts.append(body[pos : pos + size])
        pos += size
        pos += 2 if body.startswith(b"\r\n", pos) else 1 if body.startswith(b"\n", pos) else 0


def _inflate(body: bytes, codings: str, where: str, limit: int) -> bytes:
    """Undo ``Content-Encoding`` (gzip, deflate), never producing more than
    ``limit`` bytes: a compressed page must not be a decompression bomb.  A
    body that is not actually compressed (crawlers that store the decoded
    body under the original header) is taken as it is."""
    for coding in reversed([c.strip().lower() for c in codings.split(",") if c.strip()]):
        if coding in ("identity", "none"):
            continue
        if coding in ("gzip", "x-gzip"):
            if not body.startswith(b"\x1f\x8b"):
                continue
            attempts = (zlib.MAX_WBITS | 16,)
        elif coding == "deflate":
            attempts = (zlib.MAX_WBITS, -zlib.MAX_WBITS)
        else:
            raise InputError(where, f"unsupported Content-Encoding {coding!r}")
        for n, wbits in enumerate(attempts, 1):
            inflater = zlib.decompressobj(wbits)
            try:
                out = inflater.decompress(body, limit + 1)
            except zlib.error as exc:
                if n < len(attempts):
                    continue
                if coding == "deflate":
                    out = body  # not deflated after all
                    break
                raise InputError(where, f"corrupt {coding} Content-Encoding ({exc})") from None
            if len(out) > limit or inflater.unconsumed_tail:
                raise InputError(where, f"payload decompresses to more than the limit of {limit:,} bytes")
            break
        body = out
    return body


def _sniff_html(payload: bytes) -> bool:
    head = payload[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head


def _decode(payload: bytes, where: str, charset: str | None, html: bool) -> str:
    """The HTTP ``charset`` decides only when the bytes are not UTF-8: servers
    often label UTF-8 pages ISO-8859-1, never the other way round."""
    if charset and not payload.startswith(_BOMS) and not looks_binary(payload):
        try:
            payload.decode("utf-8")
        except UnicodeDecodeError:
            try:
                return payload.decode(charset)
            except (LookupError, UnicodeDecodeError):
                pass
    return decode_bytes(payload, where, html=html)


# ------------------------------------------------------------------ records


def _record_payload(data: bytes, frame: _Frame, where: str, limit: int) -> tuple[bytes, str, str | None] | None:
    """(payload, media type, charset) of an archived page, ``None`` for a
    record that is not one (wrong type, not HTTP 200, not HTML or text)."""
    kind = frame.headers.get("warc-type", "").lower()
    if kind not in ("response", "resource"):
        return None
    block = data[frame.block_start : frame.block_end]  # one record's copy
    declared, charset = _media_type(frame.headers.get("content-type"))
    if kind == "resource":
        media, payload = declared, block
    elif declared == "application/http" or (not declared and block.startswith(b"HTTP/")):
        status, http, body = _split_http(block, where)
        if status != 200:
            return None
        media, charset = _media_type(http.get("content-type"))
        if media and media not in _HTML_TYPES + _TEXT_TYPES:
            return None
        if "chunked" in http.get("transfer-encoding", "").lower():
            body = _dechunk(body, where)
        payload = _inflate(body, http.get("content-encoding", ""), where, limit)
    else:
        return None  # a response that is not HTTP (dns:, whois:, ...)
    if media and media not in _HTML_TYPES + _TEXT_TYPES:
        return None
    if not payload.strip():
        return None
    if not media:
        if not _sniff_html(payload):
            return None  # no declared type and not recognisably HTML
        media = "text/html"
    return payload, media, charset


def _record_article(data: bytes, frame: _Frame, where: str, stem: str, options: Options) -> Article | None:
    """The article in one record, ``None`` for a record that holds none."""
    found = _record_payload(data, frame, where, options.max_file_bytes)
    if found is None:
        return None
    payload, media, charset = found
    is_html = media in _HTML_TYPES
    url = frame.headers.get("warc-target-uri", "").strip().strip("<>").replace(" ", "%20") or None
    if not is_html and url and _NOT_ARTICLES.search(urlsplit(url).path or ""):
        return None
    ident = url_id(url) or f"{stem}-{frame.number}"
    text = _decode(payload, where, charset, html=is_html)
    if is_html:
        try:
            article = article_from_html(text, ident, where, url=url, published=None)
        except InputError as err:
            if err.reason.startswith("no article text"):  # a section front, a login wall: not damage
                log.info("%s: %s (%s): skipped", where, err.reason, url)
                return None
            raise InputError(where, err.reason) from None
    else:
        article = article_from_text(text, ident, where, url=url)
    if not article.text.strip():
        log.info("%s: no article text after cleaning (%s): skipped", where, url)
        return None
    if not article.published:
        article.published = options.default_published or parse_published(frame.headers.get("warc-date"))
    return article


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
        if article is not None:
            articles += 1
            yield article
    if not articles and not errors:
        raise InputError(source, f"no article pages among its {records:,} records (HTTP 200 HTML or text with article text)")
