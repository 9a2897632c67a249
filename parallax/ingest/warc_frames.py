"""WARC record framing: where each record's header and block lie in the data.

Records are found by their ``Content-Length`` without copying, and every
length is checked to land on the blank line that ends its record, so damage
is an error naming the record, after which reading resumes at the next
``WARC/1.x`` line (see :mod:`parallax.ingest.warc`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_VERSION_LINE = re.compile(rb"WARC/1\.\d\r?\n")
_NEXT_RECORD = re.compile(rb"\nWARC/1\.\d\r?\n")
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_RECORD_END = re.compile(rb"\r?\n\r?\n")
_BLANK = re.compile(rb"[\r\n\t ]*")
_MAX_HEADER = 64 * 1024  # a WARC header block is a few hundred bytes; more means damage


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
                error = f"truncated record (Content-Length is {int(length):,} bytes but only {size - head_end.end():,} remain)"
            elif tail is None and data[block_end:].strip():
                error = f"Content-Length ({int(length):,}) does not end at the blank line that closes the record"
        if error:
            yield _Frame(number, start, headers, error=error)
            pos = _resync(data, start)
            continue
        yield _Frame(number, start, headers, head_end.end(), block_end)
        pos = _BLANK.match(data, tail.end() if tail else size).end()
