"""A feed in a legacy encoding it does not declare: decoded by detection, as a text or HTML file is.

XML without an encoding declaration (or declaring UTF-8) must be UTF-8 or UTF-16, and the parser refuses anything
else at its first accented byte ("not well-formed XML (invalid token)"), a message that names no encoding problem.
Feeds written by old publishing systems in Latin-1 or windows-1252 without saying so are common, and every other
input kind reads such bytes by detection (:func:`.decode.decode_bytes`).  So a feed whose bytes are not UTF-8, with
no byte-order mark and no declaration of another encoding, is decoded the same way and handed to the parser as
UTF-8 (its declaration, if any, then says UTF-8 truly); bytes that cannot be decoded are refused naming the
encoding problem.  A declared encoding other than UTF-8 is left to the parser, which honours it.
"""

from __future__ import annotations

import codecs
import re

from parallax.errors import InputError
from parallax.ingest.decode import _TEXT_CONTROL, decode_bytes, looks_binary

_DECLARED = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.-]+)""", re.I)
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def feed_bytes(data: bytes, source: str) -> bytes:
    """``data`` as the XML parser can read it (see the module docstring)."""
    if data.startswith(_BOMS):
        return data
    if data[:2] in (b"<\x00", b"\x00<") and _utf16(data):  # UTF-16 that the parser detects itself
        return data
    if looks_binary(data):
        raise InputError(source, "binary data, not text")
    declared = _DECLARED.match(data[:1024])
    if declared and declared.group(1).decode("ascii").lower().replace("_", "-") not in ("utf-8", "utf8"):
        return data
    try:
        data.decode("utf-8")
        return data
    except UnicodeDecodeError:
        pass
    return decode_bytes(data, source).encode("utf-8")


def _utf16(data: bytes) -> bool:
    """Whether ``data`` (opening with "<" in UTF-16) decodes as UTF-16 text free of control characters."""
    encoding = "utf-16-le" if data[:1] == b"<" else "utf-16-be"
    try:
        return not _TEXT_CONTROL.search(data.decode(encoding))
    except UnicodeDecodeError:
        return False
