"""Ingest: files, folders and records in; cleaned :class:`Article` records out.

A reader is a function ``(data: bytes, source: str, stem: str, options) ->
Iterator[Article]`` registered for file suffixes with :func:`reader`; adding a
format means adding one module that registers itself (see ``text.py``).
Folders are walked lazily, so a folder of any size streams.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable, Iterable, Iterator

from parallax.config import Options
from parallax.errors import InputError
from parallax.ingest.decode import read_limited
from parallax.records import Article

log = logging.getLogger("parallax.ingest")

Reader = Callable[[bytes, str, str, Options], Iterator[Article]]
READERS: dict[str, Reader] = {}


def reader(*suffixes: str) -> Callable[[Reader], Reader]:
    """Register a reader for file suffixes (lower case, with the dot)."""

    def register(fn: Reader) -> Reader:
        for s in suffixes:
            READERS[s] = fn
        return fn

    return register


def _suffix_and_stem(path: str) -> tuple[str, str]:
    name = os.path.basename(path)
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
        name = name[:-3]
    for suffix in sorted(READERS, key=len, reverse=True):
        if lower.endswith(suffix):
            return suffix, name[: -len(suffix)]
    return os.path.splitext(lower)[1], os.path.splitext(name)[0]


def walk(paths: Iterable[str]) -> Iterator[str]:
    """Yield files under ``paths`` in a stable order, without listing whole trees at once."""
    for path in paths:
        path = os.fspath(path)
        if os.path.isdir(path):
            with os.scandir(path) as it:
                entries = sorted((e.name, e.is_dir()) for e in it if not e.name.startswith("."))
            for name, is_dir in entries:
                child = os.path.join(path, name)
                if is_dir:
                    yield from walk([child])
                elif _suffix_and_stem(child)[0] in READERS:
                    yield child
        elif os.path.exists(path):
            yield path
        else:
            raise InputError(path, "no such file or folder")


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def read_file(path: str, options: Options) -> Iterator[Article]:
    suffix, stem = _suffix_and_stem(path)
    fn = READERS.get(suffix)
    if fn is None:
        raise InputError(path, f"unsupported file type '{suffix or os.path.basename(path)}' (supported: {', '.join(sorted(READERS))})")
    data = read_limited(path, options.max_file_bytes)
    yield from fn(data, path, stem, options)


def load_paths(
    paths: Iterable[str],
    options: Options | None = None,
    on_skip: Callable[[InputError], None] | None = None,
    **overrides,
) -> Iterator[Article]:
    """Read every input; with ``options.skip_bad`` bad inputs are reported to
    ``on_skip`` (default: a logged warning) and skipped, otherwise the first
    one raises :class:`InputError`.  Ids are made unique in input order."""
    options = _checked_default_published((options or Options()).with_(**overrides) if overrides else (options or Options()))
    on_skip = on_skip or (lambda err: log.warning("skipped %s", err))
    seen: dict[str, int] = {}
    for path in walk(paths):
        try:
            for article in read_file(path, options):
                if isinstance(article, InputError):  # a reader reporting a bad record it skipped
                    on_skip(article)
                    continue
                try:
                    finish(article, options)
                except InputError as err:  # one bad record: with skip_bad the file's later records still count
                    if not options.skip_bad:
                        raise
                    on_skip(err)
                    continue
                n = seen.get(article.id, 0)
                seen[article.id] = n + 1
                if n:
                    article.id = f"{article.id}~{n + 1}"
                yield article
        except InputError as err:
            if not options.skip_bad:
                raise
            on_skip(err)


def _checked_default_published(options: Options) -> Options:
    """``default_published`` normalised to ISO 8601, or an error.  The command line checks
    ``--published``, but the library (``parallax.load(..., default_published=...)``) took any
    string, and "8 April 2022" became every plain text's publication time: an invalid date in
    the output that resolves no "on Monday"."""
    from parallax.ingest.timeparse import parse_published

    value = options.default_published
    if value is None:
        return options
    parsed = parse_published(value)
    if parsed is None:
        raise InputError("default_published", f"not an ISO 8601 date: {str(value)[:40]!r}")
    return options if parsed == value else options.with_(default_published=parsed)


def finish(article: Article, options: Options) -> None:
    """Checks and fields every reader shares: size, language, hash."""
    from parallax.ingest.language import detect_language

    if not article.text.strip():
        raise InputError(article.source or article.id, "no article text after cleaning")
    if len(article.text) > options.max_text_chars:
        raise InputError(article.source or article.id, f"article text longer than the limit of {options.max_text_chars:,} characters")
    if not article.language:
        article.language = detect_language(article.text, options.languages, options.more_languages)
    article.content_hash = content_hash(article.text)


# Register the built-in readers.
from parallax.ingest import feed as _feed  # noqa: E402,F401
from parallax.ingest import html as _html  # noqa: E402,F401
from parallax.ingest import jsonl as _jsonl  # noqa: E402,F401
from parallax.ingest import text as _text  # noqa: E402,F401
from parallax.ingest import warc as _warc  # noqa: E402,F401
