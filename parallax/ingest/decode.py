"""Bytes to text: size limits, binary detection and encoding detection.

Every failure raises :class:`InputError` naming the input and the reason, so
the CLI can print one line and exit 2.
"""

from __future__ import annotations

import codecs
import gzip
import io
import re
import zlib

from parallax.errors import InputError, TooLarge
from parallax.ingest.mixed_bytes import mixed_utf8, web_code_page

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.-]+)""", re.I)
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def read_limited(path: str, limit: int) -> bytes:
    """Read a file (transparently gunzipping ``.gz``) refusing more than ``limit`` bytes.

    The limit applies to the decompressed size, which defuses gzip bombs: we
    stop reading at ``limit + 1`` bytes instead of inflating everything."""
    try:
        if path.endswith(".gz"):
            with gzip.open(path, "rb") as fh:
                data = fh.read(limit + 1)
        else:
            with open(path, "rb") as fh:
                data = fh.read(limit + 1)
    except gzip.BadGzipFile:
        raise InputError(path, "not gzip data, though the name ends in .gz") from None
    except EOFError:  # the stream stops before gzip's end marker: a cut download or copy
        raise InputError(path, "truncated gzip data (the file ends before the compressed stream does)") from None
    except zlib.error as exc:
        raise InputError(path, f"corrupt gzip data ({exc})") from None
    except OSError as exc:
        raise InputError(path, f"cannot read ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise TooLarge(path, f"larger than the limit of {limit:,} bytes (see --max-bytes)")
    return data


def gunzip_limited(data: bytes, source: str, limit: int) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
            out = fh.read(limit + 1)
    except EOFError:  # the stream stops before gzip's end marker, as :func:`read_limited` says of a named .gz
        raise InputError(source, "truncated gzip data (the file ends before the compressed stream does)") from None
    except (OSError, zlib.error) as exc:
        raise InputError(source, f"corrupt gzip data ({exc})") from None
    if len(out) > limit:
        raise TooLarge(source, f"decompresses to more than the limit of {limit:,} bytes")
    return out


def looks_binary(data: bytes) -> bool:
    """Binary if it has NUL bytes in quantity or many control characters."""
    sample = data[:65536]
    if not sample:
        return False
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if sample.count(b"\x00") > max(1, len(sample) // 1000):
        return True
    return len(_CONTROL.findall(sample)) > len(sample) * 0.05


_TEXT_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ud800-\udfff\ue000-\uf8ff\ufffe\uffff]")


def utf16_without_bom(data: bytes) -> str | None:
    """The text of UTF-16 written without a byte-order mark (Windows tools and some exporters
    do), or None.  Text in one script keeps its code points in one Unicode block, so one byte
    of every pair (the high byte) takes one or two values (00 for Latin and punctuation, 04
    for Cyrillic, 06 for Arabic) while the other varies; single-byte text and binary data
    spread both positions over many values.  The decoded text must then hold no control,
    surrogate or private-use character.  Scripts spread over many blocks (Han) are not
    recognised this way and stay refused as binary."""
    sample = data[:65536]
    if len(sample) < 8 or len(data) % 2:
        return None
    for high, encoding in ((1, "utf-16-le"), (0, "utf-16-be")):
        values = sample[high::2]
        common = sorted((values.count(bytes([b])) for b in set(values)), reverse=True)[:2]
        if sum(common) < 0.95 * len(values) or sample[1 - high :: 2].count(0) > len(values) // 100:
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            return None
        return None if _TEXT_CONTROL.search(text) else text
    return None


_WESTERN = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "windows-1252", "cp1252", "iso-8859-15", "latin-9", "us-ascii", "ascii"}
_HIGH_RUN = re.compile("[\u0080-\u00ff]{3,}")


def _misdeclared_western(declared: str, text: str) -> bool:
    """Whether a page that says it is Latin-1 (or windows-1252) is in fact in another encoding:
    every byte decodes in Latin-1, so a GBK or Shift_JIS page comes out as runs of accented
    letters ("ÑÎ³Ç»¯¹¤³§"), which Western text almost never has."""
    if declared.lower() not in _WESTERN:
        return False
    high = sum(1 for c in text if "\u0080" <= c <= "\u00ff")
    return high >= 20 and sum(len(r) for r in _HIGH_RUN.findall(text)) > 0.5 * high


# The Windows code page each language was written in before UTF-8 (others: windows-1252); a language
# written in two scripts had one for each: Serbian pages were windows-1251 in Cyrillic, windows-1250 in Latin.
_CODE_PAGES = {
    **dict.fromkeys("cs sk pl hu sl hr bs ro sq".split(), ("cp1250",)),
    **dict.fromkeys("ru uk bg be mk".split(), ("cp1251",)),
    "sr": ("cp1251", "cp1250"),
    "el": ("cp1253",), "tr": ("cp1254",), "az": ("cp1254",), "he": ("cp1255",),
    **dict.fromkeys("ar fa ur".split(), ("cp1256",)),
    **dict.fromkeys("lt lv et".split(), ("cp1257",)),
    "vi": ("cp1258",), "th": ("cp874",),
}  # fmt: skip
_WORD = re.compile(r"[^\W\d_]{2,}")


def _reads_as_its_script(text: str) -> bool:
    """Whether ``text`` is written as a script is, not as a wrong decoding writes it: no word mixes
    Cyrillic and Latin letters (Latin Serbian read as windows-1251 puts "и" for "č" inside Latin words:
    "Рokoviж"), and most Latin letters are plain ASCII (Cyrillic read as windows-1250 is all accented
    letters: "Ďđĺäńĺäíčę").  A word or two of the other kind (a brand, a misprint) is tolerated."""
    words = _WORD.findall(text)
    mixed = sum(1 for w in words if any("\u0400" <= c <= "\u04ff" for c in w) and any(c.isascii() for c in w))
    latin = [c for w in words for c in w if c.isascii() or "\u00c0" <= c <= "\u024f"]
    accented = sum(1 for c in latin if not c.isascii())
    return mixed <= max(1, len(words) // 50) and accented * 2 <= len(latin)


def _detected(matches, data: bytes):
    """The detector's best guess, or among the guesses that decode as cleanly (the same chaos), the code
    page of the text's language.  Short text decodes cleanly in several single-byte encodings (0xE8 is
    "è" in windows-1252 and "č" in windows-1250) and the detector's order between them, by how like a
    language the letters are, is arbitrary on a sentence or two ("Председник" read as Mac Cyrillic,
    "ѕредседник"); the language, which a few wrong letters do not change, decides: French names in
    an English text stay "Hélène", a Czech text keeps "Předseda".  Of a language's two code pages (Serbian
    Cyrillic and Latin) the one whose decoding reads as its script (:func:`_reads_as_its_script`) wins."""
    best = matches.best()
    if best is None:
        return None
    ties = {m.encoding: m for m in matches if m.chaos == best.chaos}
    if len(ties) < 2:
        return best
    import py3langid

    language = py3langid.classify(data[:20_000].decode(best.encoding, "replace"))[0]
    for page in _CODE_PAGES.get(language, ("cp1252",)):
        if page in ties and _reads_as_its_script(data[:20_000].decode(page, "replace")):
            return ties[page]
    return best


def decode_bytes(data: bytes, source: str, html: bool = False) -> str:
    """Decode ``data``: BOM, then UTF-8, then a declared charset, then detection."""
    if not data.strip():
        raise InputError(source, "empty input")
    if looks_binary(data):
        text = utf16_without_bom(data)
        if text is None:
            raise InputError(source, "binary data, not text")
        return text
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                raise InputError(source, f"invalid {enc} despite its byte-order mark") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = None
    if html:
        m = _META_CHARSET.search(data[:4096]) or _XML_ENCODING.search(data[:1024])
        declared = m.group(1).decode("ascii", "ignore") if m else None
    mixed = mixed_utf8(data) if (declared or "utf-8").lower().replace("_", "-") in ("utf-8", "utf8") else None
    if mixed is not None:  # UTF-8 with a windows-1252 paste in it
        return mixed
    if declared:
        try:
            text = data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
        else:
            if not _misdeclared_western(declared, text):
                return text
    from charset_normalizer import from_bytes

    best = _detected(from_bytes(data[:1_000_000]), data)
    if best is None or best.encoding is None:
        raise InputError(source, "undecodable text (not UTF-8 and no encoding detected)")
    try:
        text = data.decode(web_code_page(best.encoding, data))
    except (LookupError, UnicodeDecodeError):
        raise InputError(source, f"undecodable text (detected {best.encoding} but decoding failed)") from None
    if text.count("\ufffd") > len(text) * 0.01:
        raise InputError(source, "undecodable text (too many invalid characters)")
    return text
