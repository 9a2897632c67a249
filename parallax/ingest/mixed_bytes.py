"""Pages that are not valid UTF-8 but are mostly it, or are windows-1252 that a detector misreads.

Two shapes of mislabelled Western pages (ext44's hostile inputs):

* a UTF-8 page with a paragraph pasted from a windows-1252 source ("café" as UTF-8, then
  "“€5 million”" as single bytes 0x93 0x80 ...): strict UTF-8 fails, and a single-byte decoding of the
  whole page turns every UTF-8 letter into mojibake ("cafÃ©").  Where the valid multi-byte UTF-8
  sequences are at least a quarter as many as the stray bytes, the page is read as UTF-8 and each stray byte as windows-1252
  (:func:`mixed_utf8`);
* a windows-1252 page declared UTF-8 (or not declared) whose few high bytes are curly quotes and
  a euro sign: on a short page charset_normalizer ranks DOS and Baltic code pages first
  ("“we will invest €5 million”" came out as "ōwe will invest Ć5 millionö", cp775) and may not list
  windows-1252 at all.  DOS code pages (cp437, cp775, cp850 ...) and the Mac ones are not web encodings;
  where the detector picks one and windows-1252 decodes the bytes, windows-1252 is taken
  (:func:`web_code_page`).
"""

from __future__ import annotations

import codecs
import re

# a valid UTF-8 sequence of two to four bytes (lead byte, then continuation bytes)
_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH = re.compile(rb"[\x80-\xff]")
_STRAY_PER_SEQUENCE = 4
_NOT_WEB = re.compile(r"^(?:cp(?:437|7\d\d|8\d\d|1006|1125)|mac[_-]?\w*|ibm\d+|kz1048|ptcp154|hp[_-]roman8)$", re.I)


def _cp1252_byte(error: UnicodeDecodeError) -> tuple[str, int]:
    bad = error.object[error.start : error.start + 1]
    return bad.decode("cp1252", "replace"), error.start + 1


codecs.register_error("parallax-cp1252", _cp1252_byte)


def mixed_utf8(data: bytes) -> str | None:
    """``data`` read as UTF-8 with each byte that is not part of a valid sequence read as windows-1252,
    where the stray high bytes are at most :data:`_STRAY_PER_SEQUENCE` times as many as the valid multi-byte
    sequences (a Cyrillic or Central European single-byte page holds hundreds of stray bytes and a valid
    sequence only by chance); else None."""
    sequences = _MULTIBYTE.findall(data)
    stray = len(_HIGH.findall(data)) - sum(len(s) for s in sequences)
    if not sequences or stray > _STRAY_PER_SEQUENCE * len(sequences):
        return None
    return data.decode("utf-8", "parallax-cp1252")


def web_code_page(encoding: str, data: bytes) -> str:
    """``encoding``, or windows-1252 where ``encoding`` is a DOS or Mac code page and windows-1252
    decodes ``data`` (no page is written in those code pages; a detector guesses them on short text)."""
    if not _NOT_WEB.match(encoding):
        return encoding
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return encoding
    return "cp1252"
