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

A short windows-1252 page holds a valid UTF-8 sequence by chance (ext45): a capital accented letter or "Ã" before a
quote mark or a symbol is one ("„Gruß“" holds ß“, 0xDF 0x93, which UTF-8 reads as the N'Ko letter "ߓ"; "CAFÉ»" holds
"ɻ"; a page that shows mojibake, "« Ã© »", holds "é"), and one such sequence beside three stray bytes made the
whole page UTF-8.  So a sequence counts as evidence of UTF-8 only when it reads as a character that text is written
in (:func:`_plausible`: a Latin, Greek, Cyrillic, Hebrew or Arabic letter or sign, or any character of three or four
bytes), and a single one decides only where the stray bytes are no more than it: a page with one valid sequence and
several stray bytes is single-byte text.
"""

from __future__ import annotations

import codecs
import re

# a valid UTF-8 sequence of two to four bytes (lead byte, then continuation bytes)
_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH = re.compile(rb"[\x80-\xff]")
_STRAY_PER_SEQUENCE = 4
# the characters of two UTF-8 bytes that text is written in: Latin-1's letters and signs, Latin Extended-A and -B
# (up to U+024F), Greek, Cyrillic, Hebrew letters, Arabic; not C1 controls, IPA, modifiers, combining marks,
# Armenian, Syriac, Thaana or N'Ko, which a capital letter and a quote mark in windows-1252 make
_PLAUSIBLE_TWO_BYTE = ((0x00A0, 0x024F), (0x0370, 0x04FF), (0x05D0, 0x05EA), (0x0600, 0x06FF))
_NOT_WEB = re.compile(r"^(?:cp(?:437|7\d\d|8\d\d|1006|1125)|mac[_-]?\w*|ibm\d+|kz1048|ptcp154|hp[_-]roman8)$", re.I)


def _cp1252_byte(error: UnicodeDecodeError) -> tuple[str, int]:
    bad = error.object[error.start : error.start + 1]
    return bad.decode("cp1252", "replace"), error.start + 1


codecs.register_error("parallax-cp1252", _cp1252_byte)


def _plausible(sequence: bytes) -> bool:
    """Whether a valid UTF-8 ``sequence`` reads as a character of written text (see :data:`_PLAUSIBLE_TWO_BYTE`)."""
    if len(sequence) > 2:
        return True
    code = ord(sequence.decode("utf-8"))
    return any(low <= code <= high for low, high in _PLAUSIBLE_TWO_BYTE)


def mixed_utf8(data: bytes) -> str | None:
    """``data`` read as UTF-8 with each byte that is not part of a valid sequence read as windows-1252,
    where the stray high bytes are at most :data:`_STRAY_PER_SEQUENCE` times as many as the valid multi-byte
    sequences (a Cyrillic or Central European single-byte page holds hundreds of stray bytes and a valid
    sequence only by chance); else None.  Of those pages, one whose sequences are no evidence of UTF-8 (too few
    read as text, see the module's docstring) is read as windows-1252 where it decodes so (a detector ranks
    Big5 first on a line of German: "„Gruß“ aus Köln" came out "凣ru邠 aus K鰈n")."""
    sequences = _MULTIBYTE.findall(data)
    stray = len(_HIGH.findall(data)) - sum(len(s) for s in sequences)
    if not sequences or stray > _STRAY_PER_SEQUENCE * len(sequences):
        return None
    evidence = sum(1 for s in sequences if _plausible(s))
    if evidence and stray <= _STRAY_PER_SEQUENCE * evidence and (evidence > 1 or stray <= 1):
        return data.decode("utf-8", "parallax-cp1252")
    try:
        return data.decode("cp1252")  # windows-1252 text holding a valid sequence by chance
    except UnicodeDecodeError:
        return None


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
