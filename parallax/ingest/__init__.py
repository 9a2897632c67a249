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
import stat
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


Skip = Callable[[InputError], None]


def walk(paths: str | os.PathLike | Iterable[str | os.PathLike], on_skip: Skip | None = None) -> Iterator[str]:
    """Yield files under ``paths`` in a stable order, without listing whole trees at once.

    Only regular files are read: a FIFO would block the run forever, and a folder's link
    back to itself (``sub/up -> ..``) would be walked until the path is too long, so each
    folder is walked once.  A path given that cannot be read is an :class:`InputError`
    (one line, exit status 2); inside a folder, a dangling link, a FIFO or a socket is
    skipped and reported to ``on_skip`` (the command line's "parallax: warning: skipped ..."
    line; a logged warning when none is given), as a file of an unknown type is skipped."""
    on_skip = on_skip or _log_skip
    if isinstance(paths, (str, bytes, os.PathLike)):  # one path, not its characters: "a.html" iterated
        paths = [paths]  # was "a", ".", "h", ...: "/" among them walked the whole disk
    seen: set[tuple[int, int]] = set()
    for path in paths:
        path = os.fsdecode(path)
        info = _stat(path)
        if info is None:
            reason = "a symbolic link that leads nowhere (its target is missing, or it loops)"
            raise InputError(readable(path), reason if os.path.lexists(path) else "no such file or folder")
        if stat.S_ISDIR(info.st_mode):
            yield from _walk_folder(path, info, seen, on_skip)
        elif stat.S_ISREG(info.st_mode):
            yield path
        else:
            raise InputError(readable(path), "not a regular file (a FIFO, socket or device), so it cannot be read as an article")


def _stat(path: str) -> os.stat_result | None:
    try:
        return os.stat(path)
    except (OSError, ValueError):  # missing, a link loop, a name the system refuses
        return None


def _log_skip(err: InputError) -> None:
    log.warning("skipped %s", err)


def _walk_folder(path: str, info: os.stat_result, seen: set[tuple[int, int]], on_skip: Skip) -> Iterator[str]:
    key = (info.st_dev, info.st_ino)
    if key in seen:  # a link back to a folder already walked
        return
    seen.add(key)
    try:
        with os.scandir(path) as it:
            names = sorted(e.name for e in it if not e.name.startswith("."))
    except OSError as err:
        raise InputError(readable(path), f"cannot read the folder ({err.strerror or err})") from None
    for name in names:
        child = os.path.join(path, name)
        child_info = _stat(child)
        if child_info is not None and stat.S_ISDIR(child_info.st_mode):
            yield from _walk_folder(child, child_info, seen, on_skip)
        elif _suffix_and_stem(child)[0] not in READERS:
            continue
        elif child_info is not None and stat.S_ISREG(child_info.st_mode):
            yield child
        else:
            on_skip(InputError(readable(child), "not a regular file, or a link that leads nowhere"))


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def readable(name: str) -> str:
    """A file name as text that can be stored and printed.  A name that is not UTF-8 on disk
    ("caf\\xe9.txt", written under Latin-1) reaches Python with lone surrogates, which SQLite,
    JSON files and the terminal refuse (a traceback in ``parallax run``); such a name is read
    as Windows-1252, the usual encoding of old Western names, else its bad bytes become U+FFFD."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        raw = os.fsencode(name)
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("utf-8", errors="replace")


def read_file(path: str, options: Options) -> Iterator[Article]:
    suffix, stem = _suffix_and_stem(path)
    label = readable(path)  # the article's id and source come from the name: both must be text
    fn = READERS.get(suffix)
    if fn is None:
        raise InputError(label, f"unsupported file type '{suffix or os.path.basename(label)}' (supported: {', '.join(sorted(READERS))})")
    try:
        data = read_limited(path, options.max_file_bytes)
    except InputError as err:
        raise type(err)(label, err.reason) from None
    yield from fn(data, label, readable(stem), options)


def unique_id(article: Article, seen: dict[str, int]) -> Article:
    """The article with an id not in ``seen`` (counted there): the second "a" is "a~2", the third "a~3"."""
    n = seen.get(article.id, 0)
    seen[article.id] = n + 1
    if n:
        article.id = f"{article.id}~{n + 1}"
    return article


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
    on_skip = on_skip or _log_skip
    seen: dict[str, int] = {}
    for path in walk_each(paths, options, on_skip):
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
                yield unique_id(article, seen)
        except InputError as err:
            if not options.skip_bad:
                raise
            on_skip(err)


def walk_each(paths, options: Options, on_skip: Skip | None = None) -> Iterator[str]:
    """:func:`walk` one given path at a time, so that with ``skip_bad`` a path that cannot be
    read (missing, a FIFO, a link that loops, a folder without permission) is skipped like a
    bad file, not the end of the run.  Every engine walks its inputs with this, so the local
    and the Dask engine read, skip and report the same files."""
    on_skip = on_skip or _log_skip
    if isinstance(paths, (str, bytes, os.PathLike)):
        paths = [paths]
    for given in paths:
        try:
            yield from walk([given], on_skip)
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
    """Checks and fields every reader shares: size, language, hash, and ``default_published``
    (``--published``) for an article that carries no date.  The text, feed and WARC readers set
    it themselves, but an HTML page without a date, or a JSONL record without "published", kept
    none: ``compare page.html --published 2022-04-08`` left "on Tuesday" unresolved."""
    from parallax.ingest.language import detect_language

    if not article.published and options.default_published:
        article.published, article.published_from = options.default_published, "given"

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
