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
    """A problem with what the client sent; ``status`` is the HTTP status to answer with."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


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
) -> list[Article]:
    """Read uploaded ``(client name, bytes)`` files and JSON ``records`` (the form's
    pasted text when ``pasted``, else API input) into articles; all or nothing,
    errors name the input: the file, "pasted text", or the API record by position and id."""
    from parallax.ingest import load_paths

    if len(files) > limits.max_files:
        raise UploadError(f"too many files: {len(files)} (the limit is {limits.max_files})", 413)
    if not files and not records:
        raise UploadError("nothing to add: choose a file or paste a text")
    labels = [record_label(i, rec, pasted) for i, rec in enumerate(records, 1)]  # before ids are made up
    for label, rec in zip(labels, records, strict=True):
        if not rec.get("id"):  # a stable id: the same text pasted twice is a duplicate, not a new article
            body = str(rec.get("text") or rec.get("html") or "")
            rec["id"] = "pasted-" + hashlib.sha256(body.encode("utf-8")).hexdigest()[:12]
        for key in ("text", "html"):
            if isinstance(rec.get(key), str) and len(rec[key]) > limits.max_text_chars:
                raise UploadError(f"{label}: longer than {limits.max_text_chars:,} characters", 413)
    shown: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="parallax-upload-") as folder:
        for i, (client, data) in enumerate(files, 1):
            if len(data) > limits.max_file_bytes:
                raise UploadError(f"{display_name(client)}: larger than {limits.max_file_bytes // (1024 * 1024)} MB", 413)
            if not data.strip():
                raise UploadError(f"{display_name(client)}: the file is empty")
            path = _unique(folder, safe_name(client, i))
            with open(path, "wb") as fh:
                fh.write(data)
            shown[path] = display_name(client)
        if records:
            path = _unique(folder, "pasted.jsonl")
            with open(path, "w", encoding="utf-8") as fh:
                for rec in records:
                    fh.write(json.dumps(rec) + "\n")  # ASCII escapes: a lone surrogate ("\\ud800") is not writable as UTF-8
            shown[path] = "pasted text" if pasted else "records"
        opts = options.with_(
            max_file_bytes=limits.max_file_bytes, max_text_chars=min(options.max_text_chars, limits.max_text_chars * 4), skip_bad=False
        )
        try:
            articles = []
            for article in load_paths(list(shown), opts):
                articles.append(article)
                if len(articles) > limits.max_articles:
                    raise UploadError(f"too many articles: the limit is {limits.max_articles} per upload", 413)
        except TooLarge as err:  # a gzipped upload inflating past the limit: the web's limit, not --max-bytes
            raise UploadError(
                _mask(f"{err.source}: larger than {limits.max_file_bytes:,} bytes once decompressed", shown, labels), 413
            ) from None
        except InputError as err:
            raise UploadError(_mask(str(err), shown, labels)) from None
    for a in articles:
        a.source = _mask(a.source or "", shown, labels)
    return articles


def record_label(position: int, rec: dict[str, Any], pasted: bool) -> str:
    """How messages name a JSON record: the form's one pasted text is "pasted text"; an API
    record is "record N" (its place in the request) with the id the client gave, if any."""
    if pasted:
        return "pasted text"
    given = rec.get("id")
    return f"record {position} (id {str(given)[:80]!r})" if isinstance(given, str) and given else f"record {position}"


def _mask(text: str, shown: dict[str, str], labels: list[str]) -> str:
    """Replace our temporary paths by the names the user knows; ``<records file>:N`` (the
    JSONL reader's line N, which is record N) by that record's label."""
    for path, name in shown.items():
        if name in ("pasted text", "records"):
            text = re.sub(re.escape(path) + r"(?::(\d+))?", lambda m, name=name: _label_of(m[1], labels, name), text)
        text = text.replace(path, name)
    return text


def _label_of(line: str | None, labels: list[str], fallback: str) -> str:
    n = int(line) if line else 0
    return labels[n - 1] if 0 < n <= len(labels) else fallback
