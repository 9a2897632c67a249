"""An archived HTTP response, undone: status line and headers, chunked
transfer encoding, gzip/deflate content encoding (within a byte limit), and
the payload's text in the charset that fits.

Kept apart from the WARC framing because none of it is about WARC: it is what
a crawler stored of the server's answer (see :mod:`parallax.ingest.warc`).
"""

from __future__ import annotations

import codecs
import re
import zlib

from parallax.errors import InputError
from parallax.ingest.decode import decode_bytes, looks_binary
from parallax.ingest.warc_frames import _HEADER_END, _MAX_HEADER, _parse_headers

_STATUS_LINE = re.compile(rb"HTTP/\d(?:\.\d)?[ \t]+(\d{3})[^\n]*\n")
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


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
