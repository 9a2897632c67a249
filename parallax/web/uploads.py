"""Turn uploaded files, pasted text and API records into :class:`Article` records.

Everything goes through :func:`parallax.ingest.load_paths`, the same readers
as the command line, so an upload is cleaned, size-checked and refused
exactly like a file on disk.  Uploads are written to a fresh temporary folder
under names we make (``<sanitised stem><known suffix>``): the client's file
name is never used as a path, only shown back (escaped) in messages.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass
from typing import Any

from parallax.config import Options
from parallax.errors import InputError, TooLarge
from parallax.records import Article


def suffixes() -> tuple[str, ...]:
    """Every suffix the command line reads (the ingest reader registry: text, HTML,
    JSONL, RSS/Atom, WARC), longest first so ``.ndjson`` wins over a shorter match.
    Taken from the registry, so a new reader is uploadable without touching the web app."""
    from parallax.ingest import READERS

    return tuple(sorted(READERS, key=lambda s: (-len(s), s)))


@dataclass(frozen=True)
class Limits:
    """How much one request may bring in."""

    max_files: int = 20
    max_file_bytes: int = 5 * 1024 * 1024
    max_request_bytes: int = 25 * 1024 * 1024
    max_text_chars: int = 500_000  # pasted text, and each API record's text/html
    max_articles: int = 200  # articles one request may add (JSONL files hold many)

    def accept(self) -> str:
        """The file input's ``accept`` list: every readable suffix, and ``.gz``."""
        return ",".join(sorted(suffixes()) + [".gz"])

    def describe(self) -> str:
        return (
            f"up to {self.max_files} files of at most {self.max_file_bytes // (1024 * 1024)} MB each "
            f"({self.max_request_bytes // (1024 * 1024)} MB in all), at most {self.max_articles} articles"
        )


class UploadError(Exception):
    """A problem with what the client sent; ``status`` is the HTTP status to answer with.
    ``refused`` lists each input refused (``{"input", "error", "status"}``) when none was read."""

    def __init__(self, message: str, status: int = 400, refused: list[dict[str, Any]] | None = None):
        super().__init__(message)
        self.status = status
        self.refused = refused or []


@dataclass
class Upload:
    """What one request brought in: the articles of every input that could be read, and each
    refused input (a file, the pasted text or an API record) with its reason and HTTP status.
    One bad file must not cost the other nine: the good ones are stored, the bad ones named."""

    articles: list[Article]
    refused: list[dict[str, Any]]


def display_name(client_name: str | None) -> str:
    """The client's file name for messages only: last path part, printable, short."""
    name = re.split(r"[\\/]", client_name or "")[-1]
    name = "".join(ch for ch in name if ch.isprintable())[:120]
    return name or "(unnamed file)"


def safe_name(client_name: str | None, index: int) -> str:
    """A file name we control: the client's stem reduced to ``[A-Za-z0-9_-]`` and
    a known suffix (``.gz`` kept).  Raises :class:`UploadError` for other types."""
    shown = display_name(client_name)
    lower = shown.lower()
    gz = lower.endswith(".gz")
    base = shown[:-3] if gz else shown
    known = suffixes()
    suffix = next((s for s in known if base.lower().endswith(s)), None)
    if suffix is None:
        raise UploadError(f"{shown}: unsupported file type (use {', '.join(sorted(known))}, optionally gzipped)", 415)
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", base[: -len(suffix)]).strip("-_")[:60] or f"upload-{index}"
    return f"{stem}{suffix}{'.gz' if gz else ''}"


def _unique(folder: str, name: str) -> str:
    path, n = os.path.join(folder, name), 1
    while os.path.exists(path):
        n += 1
        stem, dot, rest = name.partition(".")
        path = os.path.join(folder, f"{stem}-{n}{dot}{rest}")
    return path


def load_uploads(
    files: list[tuple[str | None, bytes]], records: list[dict[str, Any]], options: Options, limits: Limits, pasted: bool = False
) -> Upload:
    """Read uploaded ``(client name, bytes)`` files and JSON ``records`` (the form's pasted
    text when ``pasted``, else API input) into articles.  Each file and each record stands
    alone: a bad one is refused with its reason (naming the file, "pasted text", or the API
    record by position and id) and the others are read.  Raises :class:`UploadError` for a
    request that is wrong as a whole (too many files, nothing sent) or when nothing could be
    read (with the status of the first refusal and every refusal in ``refused``)."""
    if len(files) > limits.max_files:
        raise UploadError(f"too many files: {len(files)} (the limit is {limits.max_files})", 413)
    if not files and not records:
        raise UploadError("nothing to add: choose a file or paste a text")
    refused: list[dict[str, Any]] = []
    units: list[tuple[str, str, bool]] = []  # (our temporary path, the name the user knows, a record?)
    with tempfile.TemporaryDirectory(prefix="parallax-upload-") as folder:
        for i, (client, data) in enumerate(files, 1):
            try:
                units.append((_write_file(folder, client, data, i, limits), display_name(client), False))
            except UploadError as err:
                refused.append(_refusal(display_name(client), str(err), err.status))
        for i, rec in enumerate(records, 1):
            label = record_label(i, rec, pasted)  # before an id is made up
            try:
                units.append((_write_record(folder, rec, label, limits), label, True))
            except UploadError as err:
                refused.append(_refusal(label, str(err), err.status))
        articles = _read_units(units, options, limits, refused)
    if not articles and refused:
        raise UploadError("; ".join(r["error"] for r in refused), refused[0]["status"], refused)
    return Upload(articles, refused)


def _refusal(name: str, message: str, status: int) -> dict[str, Any]:
    return {"input": name, "error": message, "status": status}


def _write_file(folder: str, client: str | None, data: bytes, index: int, limits: Limits) -> str:
    """Check one uploaded file's type and size and write it under a name we make."""
    if len(data) > limits.max_file_bytes:
        raise UploadError(f"{display_name(client)}: larger than {limits.max_file_bytes // (1024 * 1024)} MB", 413)
    if not data.strip():
        raise UploadError(f"{display_name(client)}: the file is empty")
    path = _unique(folder, safe_name(client, index))
    with open(path, "wb") as fh:
        fh.write(data)
    return path


def _write_record(folder: str, rec: dict[str, Any], label: str, limits: Limits) -> str:
    """One JSON record as a one-line JSONL file of its own, so that it is read (and refused) alone."""
    if not rec.get("id"):  # a stable id: the same text pasted twice is a duplicate, not a new article
        body = str(rec.get("text") or rec.get("html") or "")
        rec["id"] = "pasted-" + hashlib.sha256(body.encode("utf-8")).hexdigest()[:12]
    for key in ("text", "html"):
        if isinstance(rec.get(key), str) and len(rec[key]) > limits.max_text_chars:
            raise UploadError(f"{label}: longer than {limits.max_text_chars:,} characters", 413)
    path = _unique(folder, "record.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(rec) + "\n")  # ASCII escapes: a lone surrogate ("\\ud800") is not writable as UTF-8
    return path


def _read_units(units: list[tuple[str, str, bool]], options: Options, limits: Limits, refused: list[dict[str, Any]]) -> list[Article]:
    """Read each written input through the command line's readers, alone; ids stay unique
    across inputs (:func:`parallax.ingest.unique_id`, as within one), and
    an input that would take the request past ``max_articles`` is refused whole.  A bad line
    of a JSONL file (a record of a feed or WARC file) is refused by its number, "bad.jsonl:2",
    and the file's good records are read, as ``--skip-bad`` reads them on the command line."""
    from parallax.ingest import load_paths, unique_id

    opts = options.with_(
        max_file_bytes=limits.max_file_bytes, max_text_chars=min(options.max_text_chars, limits.max_text_chars * 4), skip_bad=True
    )
    articles: list[Article] = []
    seen: dict[str, int] = {}
    for path, name, record in units:
        got: list[Article] = []
        bad: list[InputError] = []
        try:
            for article in load_paths([path], opts, on_skip=bad.append):
                got.append(article)
                if len(articles) + len(got) > limits.max_articles:
                    raise UploadError(f"{name}: too many articles: the limit is {limits.max_articles} per upload", 413)
        except UploadError as err:
            refused.append(_refusal(name, str(err), err.status))
            continue
        refused.extend(_refused_part(err, path, name, record, limits) for err in bad)
        for a in got:
            a.source = _mask(a.source or "", path, name, record)
            articles.append(unique_id(a, seen))
    return articles


def _refused_part(err: InputError, path: str, name: str, record: bool, limits: Limits) -> dict[str, Any]:
    """The refusal of a whole input (named as the user knows it) or of one of its lines or records
    (named by its number: "bad.jsonl:2")."""
    where = _mask(err.source, path, name, record)
    if isinstance(err, TooLarge):  # a gzipped upload inflating past the limit: the web's limit, not --max-bytes
        return _refusal(where, f"{where}: larger than {limits.max_file_bytes:,} bytes once decompressed", 413)
    return _refusal(where, _mask(str(err), path, name, record), 400)


def record_label(position: int, rec: dict[str, Any], pasted: bool) -> str:
    """How messages name a JSON record: the form's one pasted text is "pasted text"; an API
    record is "record N" (its place in the request) with the id the client gave, if any."""
    if pasted:
        return "pasted text"
    given = rec.get("id")
    return f"record {position} (id {str(given)[:80]!r})" if isinstance(given, str) and given else f"record {position}"


def _mask(text: str, path: str, name: str, record: bool) -> str:
    """Replace our temporary path by the name the user knows; for a record (written alone as a
    one-line JSONL file) ``<path>:1``, the JSONL reader's line, is the record's label too."""
    if record:
        text = re.sub(re.escape(path) + r"(?::\d+)?", lambda _m: name, text)
    return text.replace(path, name)
