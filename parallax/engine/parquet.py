"""The per-article results dataset of the Dask engine: one Parquet file per partition.

Layout (default ``<store dir>/<store stem>.parquet/``, or ``--work DIR``)::

    <dataset>/part-<key>.parquet      one per partition, named by its key
    <dataset>/_manifest.json          the partitions of the last run, in input order

A partition is a run of consecutive input files (in the order ``parallax run``
walks them, see :func:`plan_partitions`).  Its **key** is a hash of the files'
absolute paths, sizes and ``mtime_ns``, of the options that change ingest or
analysis (:func:`analysis_options`), of the code and models that read and analyse
(:func:`parallax.stamps.read_and_analysis_stamp`) and of
:data:`DATASET_VERSION`; a partition whose file already exists and is readable
is not computed again.  Files are written under a temporary name and moved
into place with ``os.replace``, so a file under the final name is always whole;
left-over ``*.tmp`` files of an interrupted run are removed by the next one.
Partition files of other inputs (an older version of a file, another folder)
are kept, as a cache; ``_manifest.json`` says which ones the last run used.

Schema (:data:`SCHEMA`), one row per article in reading order:

============== ============ ===========================================================
column         type         meaning
============== ============ ===========================================================
partition      string       the partition key (also the file name)
ordinal        int32        position of the article in the partition (reading order)
id             string       article id as the reader made it (``parallax run`` adds the
                            run-wide ``~2``, ``~3`` suffixes for repeated ids itself)
content_hash   string       ``sha256(text)[:20]``: what the store deduplicates on
source         string       file (and line or record) the article came from
outlet         string?      outlet name
url            string?      canonical URL
title          string?      headline
published      string?      ISO 8601 date or date-time
language       string?      ISO 639-1 code
record_json    large_string the analysed article: ``json.dumps(Article.to_dict())``,
                            read back with ``Article.from_dict(json.loads(...))``
============== ============ ===========================================================

Schema metadata of each file (UTF-8 bytes keys and values):
``parallax.dataset_version``, ``parallax.version``, ``parallax.partition`` (the
key), ``parallax.rows``, ``parallax.inputs`` (JSON list of ``[path, size,
mtime_ns]``), ``parallax.options`` (JSON of :func:`analysis_options`) and
``parallax.skipped`` (JSON list of ``[kind, source, reason]``: inputs the
readers refused; ``kind`` is ``record`` for one bad record a reader skipped,
``file`` for a whole file skipped under ``--skip-bad``).  A resumed run prints
these warnings again, as a local re-run would.

Read a whole dataset with ``pyarrow.dataset.dataset(path, format="parquet")``
or one file with ``pyarrow.parquet.read_table``; the helpers that read the
files back are in :mod:`parallax.engine.parquet_read`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from parallax.config import Options
from parallax.engine.parquet_read import iter_rows, read_column, read_metadata, read_skipped  # noqa: F401  (moved)
from parallax.records import Article

DATASET_VERSION = "1"
MANIFEST = "_manifest.json"
PARTITION_FILES = 16  # target files per partition (content-defined cuts, see plan_partitions)
PARTITION_BYTES = 64 * 1024 * 1024  # a partition is closed once its inputs reach this size

_SCHEMA = None


def schema():
    """The documented pyarrow schema (without the per-file metadata)."""
    global _SCHEMA
    if _SCHEMA is None:
        import pyarrow as pa

        _SCHEMA = pa.schema(
            [
                pa.field("partition", pa.string(), nullable=False),
                pa.field("ordinal", pa.int32(), nullable=False),
                pa.field("id", pa.string(), nullable=False),
                pa.field("content_hash", pa.string(), nullable=False),
                pa.field("source", pa.string()),
                pa.field("outlet", pa.string()),
                pa.field("url", pa.string()),
                pa.field("title", pa.string()),
                pa.field("published", pa.string()),
                pa.field("language", pa.string()),
                pa.field("record_json", pa.large_string(), nullable=False),
            ]
        )
    return _SCHEMA


METADATA_KEYS = (
    "parallax.dataset_version",
    "parallax.version",
    "parallax.partition",
    "parallax.rows",
    "parallax.inputs",
    "parallax.options",
    "parallax.skipped",
)


# ------------------------------------------------------------------ planning


@dataclass(frozen=True)
class InputFile:
    path: str  # absolute
    size: int
    mtime_ns: int


@dataclass(frozen=True)
class Partition:
    index: int  # position in this run's plan
    key: str
    files: tuple[InputFile, ...]

    @property
    def filename(self) -> str:
        return f"part-{self.key}.parquet"


@dataclass
class PartitionReport:
    """What a worker sends back for one partition."""

    key: str
    rows: int = 0
    reused: bool = False
    seconds: float = 0.0
    skipped: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, source, reason)
    error: tuple[str, str] | None = None  # (source, reason) of a bad input without --skip-bad


def analysis_options(options: Options) -> dict[str, Any]:
    """The options that change what ingest and analysis produce (and so the
    partition key).  ``skip_bad`` is one because readers skip bad records
    only under it (without it they raise); the embedder and the story and
    comparison settings only matter after the dataset."""
    return {
        "skip_bad": options.skip_bad,
        "max_file_bytes": options.max_file_bytes,
        "max_text_chars": options.max_text_chars,
        "default_published": options.default_published,
        "languages": list(options.languages),
        "spacy_batch_size": options.spacy_batch_size,
        "extra": options.extra,
    }


def _stat(path: str) -> InputFile:
    st = os.stat(path)
    return InputFile(os.path.abspath(path), st.st_size, st.st_mtime_ns)


def _cut_after(path: str, every: int) -> bool:
    """Content-defined boundary: depends on the file's name only, so adding or
    removing a file changes the partition it falls in, not all later ones."""
    digest = hashlib.sha256(os.path.basename(path).encode("utf-8", "surrogateescape")).digest()
    return int.from_bytes(digest[:8], "big") % every == 0


def partition_key(files: Iterable[InputFile], options: Options) -> str:
    from parallax.stamps import read_and_analysis_stamp

    h = hashlib.sha256()
    h.update(json.dumps([DATASET_VERSION, read_and_analysis_stamp(), analysis_options(options)], sort_keys=True, default=str).encode())
    for f in files:
        h.update(json.dumps([f.path, f.size, f.mtime_ns]).encode("utf-8", "surrogateescape"))
    return h.hexdigest()[:20]


def plan_partitions(paths: Iterable[str], options: Options, files_per_partition: int = PARTITION_FILES,
                    bytes_per_partition: int = PARTITION_BYTES) -> list[Partition]:
    """Split the input files into partitions, deterministically.

    Files come in the order ``parallax run`` reads them (:func:`parallax.ingest.walk`:
    arguments in order, folders sorted by name, recursively).  A file is never
    split.  A partition ends after a file whose name hashes to 0 modulo
    ``files_per_partition`` (so partitions hold that many files on average and
    a new file only changes its own partition), after ``2 * files_per_partition``
    files, or once its files reach ``bytes_per_partition`` bytes (a large JSONL,
    WARC or feed file is then a partition of its own).  ``files_per_partition=1``
    gives one partition per file."""
    from parallax.ingest import walk

    every = max(1, int(files_per_partition))
    groups: list[list[InputFile]] = []
    current: list[InputFile] = []
    size = 0
    for path in walk(paths):
        f = _stat(path)
        current.append(f)
        size += f.size
        if _cut_after(path, every) or len(current) >= 2 * every or size >= bytes_per_partition:
            groups.append(current)
            current, size = [], 0
    if current:
        groups.append(current)
    return [Partition(i, partition_key(g, options), tuple(g)) for i, g in enumerate(groups)]


# ------------------------------------------------------------------ files


def dataset_dir(store: str | os.PathLike, work: str | os.PathLike | None = None) -> Path:
    """``work`` if given, else ``<store dir>/<store stem>.parquet``."""
    if work:
        return Path(work)
    location = str(store)
    if location.startswith("sqlite:///"):
        location = location[len("sqlite:///"):]
    p = Path(location).expanduser()
    return p.with_name(p.stem + ".parquet")


def clean_temporaries(directory: Path) -> int:
    """Remove half-written files of an interrupted run; returns how many."""
    removed = 0
    if directory.is_dir():
        for p in directory.iterdir():
            if ".tmp" in p.name:
                with contextlib.suppress(FileNotFoundError):
                    p.unlink()
                    removed += 1
    return removed


def is_complete(path: Path, key: str) -> bool:
    """The partition file exists, is readable Parquet and is the one for ``key``.
    An unreadable file is removed (it will be computed again)."""
    import pyarrow.parquet as pq

    if not path.is_file():
        return False
    try:
        meta = pq.read_metadata(path)
        kv = meta.metadata or {}
        ok = kv.get(b"parallax.partition") == key.encode() and int(kv.get(b"parallax.rows", b"-1")) == meta.num_rows
    except Exception:  # noqa: BLE001  (any unreadable file: truncated, not Parquet)
        ok = False
    if not ok:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    return ok


def write_partition(directory: Path, partition: Partition, articles: list[Article], skipped: list[tuple[str, str, str]],
                    options: Options) -> Path:
    """Write one partition file atomically (temporary name, fsync, ``os.replace``)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from parallax import __version__

    rows = [
        {
            "partition": partition.key,
            "ordinal": i,
            "id": a.id,
            "content_hash": a.content_hash,
            "source": a.source,
            "outlet": a.outlet,
            "url": a.url,
            "title": a.title,
            "published": a.published,
            "language": a.language,
            "record_json": json.dumps(a.to_dict(), ensure_ascii=False),
        }
        for i, a in enumerate(articles)
    ]
    meta = {
        "parallax.dataset_version": DATASET_VERSION,
        "parallax.version": __version__,
        "parallax.partition": partition.key,
        "parallax.rows": str(len(rows)),
        "parallax.inputs": json.dumps([[f.path, f.size, f.mtime_ns] for f in partition.files], ensure_ascii=False),
        "parallax.options": json.dumps(analysis_options(options), sort_keys=True, default=str),
        "parallax.skipped": json.dumps([list(s) for s in skipped], ensure_ascii=False),
    }
    table = pa.Table.from_pylist(rows, schema=schema()).replace_schema_metadata(meta)
    directory.mkdir(parents=True, exist_ok=True)
    final = directory / partition.filename
    tmp = directory / f"{partition.filename}.{os.getpid()}.tmp"
    with open(tmp, "wb") as fh:
        pq.write_table(table, fh, compression="zstd")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, final)
    return final


def write_manifest(directory: Path, partitions: list[Partition], rows: dict[str, int]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    data = {
        "dataset_version": DATASET_VERSION,
        "partitions": [
            {"index": p.index, "key": p.key, "file": p.filename, "rows": rows.get(p.key),
             "inputs": [[f.path, f.size, f.mtime_ns] for f in p.files]}
            for p in partitions
        ],
    }
    path = directory / MANIFEST
    tmp = directory / (MANIFEST + f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)
    return path
