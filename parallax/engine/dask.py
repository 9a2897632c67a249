"""The Dask engine: ingest and analysis in partitions on Dask workers.

``parallax run INPUT... --engine dask [--workers N | --scheduler ADDRESS] [--work DIR]``

1. The driver (the ``parallax run`` process) plans the partitions
   (:func:`parallax.engine.parquet.plan_partitions`: consecutive input files,
   keyed by their paths, sizes, mtimes and the analysis options).
2. Every partition whose Parquet file is missing is sent to a worker, which
   reads, cleans and analyses its files and writes ``part-<key>.parquet``
   atomically (:mod:`parallax.engine.parquet`).  Partitions already on disk
   are not computed again: an interrupted run resumes where it stopped.
3. The driver reads the dataset in plan order, gives repeated ids the same
   ``~2`` suffixes a local run gives, and adds the articles to the store in
   batches (texts the store holds are skipped, so there are no duplicates).
4. Story grouping runs in the driver as in the local engine; the stories that
   need a new comparison are compared on the workers, and the driver saves
   and writes them in story order.

Without ``--scheduler`` a ``LocalCluster`` of ``--workers`` single-threaded
worker processes is started when first needed (a re-run with nothing new to
analyse or compare starts none) and closed at the end.  With ``--scheduler``
the workers must see the input files and the dataset folder at the same paths
(a shared file system) and have Parallax installed.

A bad input on a worker is reported back, not raised there: without
``--skip-bad`` the driver cancels the other partitions and stops with the
usual one-line error (exit status 2); with it, the input is skipped with a
warning and recorded in the partition file, so a resumed run warns again.

What runs on a worker (analysing a partition, comparing a story) is in
:mod:`parallax.engine.dask_worker`; its names stay importable from here.
"""

from __future__ import annotations

import json
import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from parallax.config import Options
from parallax.engine import IngestStats, engine, progress_bar
from parallax.engine.dask_worker import _ANALYZERS, _analyzer, analyse_partition, compare_job, process_usage  # noqa: F401  (moved)
from parallax.engine.parquet import (
    PARTITION_FILES,
    Partition,
    PartitionReport,
    clean_temporaries,
    dataset_dir,
    is_complete,
    iter_rows,
    plan_partitions,
    read_column,
    read_skipped,
    write_manifest,
)
from parallax.errors import InputError, ParallaxError
from parallax.records import Article

log = logging.getLogger("parallax.engine.dask")


def plan_inputs(inputs: list[Path], options: Options, partition_files: int, on_skip: Callable[[InputError], None]) -> list[Partition]:
    """The partitions of the files the local engine reads, by its walk (:func:`parallax.ingest.walk_each`): a
    walk of its own stopped the run on a given path that could not be walked, even with ``--skip-bad``."""
    from parallax.ingest import walk_each

    return plan_partitions(list(walk_each([str(p) for p in inputs], options, on_skip)), options, partition_files)


# ------------------------------------------------------------------ driver side


def _result(future, doing: str):
    """A task's result; a worker that died on it (out of memory, killed) becomes one clear error."""
    from distributed import KilledWorker

    try:
        return future.result()
    except KilledWorker as exc:
        raise ParallaxError(f"a Dask worker died while {doing} ({exc}); give the workers more memory or use smaller partitions") from None


class _Warmer:
    """While the workers analyse, the idle driver loads what story grouping
    will need for the languages seen so far (spaCy's stop lists: importing
    ``spacy.lang.fr`` alone takes seconds), so grouping does not pay it later."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def __call__(self, path: Path) -> None:
        from parallax.stories.features import stop_words

        try:
            languages = set(read_column(path, "language")) - self.seen - {None}
        except Exception:  # noqa: BLE001  (only an optimisation: the file is read again, with checks, later)
            return
        for lang in sorted(languages):
            self.seen.add(lang)
            stop_words(lang)


@engine("dask")
class DaskEngine:
    name = "dask"

    def __init__(
        self,
        workers: int | None = None,
        scheduler: str | None = None,
        work: str | os.PathLike | None = None,
        partition_files: int = PARTITION_FILES,
        **_settings: Any,
    ) -> None:
        self.workers = workers or os.cpu_count() or 1
        self.scheduler = scheduler
        self.work = work
        self.partition_files = partition_files
        self._client = None
        self._cluster = None

    # -------------------------------------------------------------- cluster

    def __enter__(self) -> DaskEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        client, cluster = self._client, self._cluster
        self._client = self._cluster = None
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()

    @property
    def client(self):
        """The Dask client, connecting or starting the local cluster on first use."""
        if self._client is None:
            from distributed import Client, LocalCluster

            if self.scheduler:
                try:
                    self._client = Client(self.scheduler, timeout="20s")
                except (OSError, TimeoutError) as exc:
                    raise ParallaxError(f"cannot reach the Dask scheduler at {self.scheduler}: {exc}") from None
            else:
                self._cluster = LocalCluster(
                    n_workers=self.workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    silence_logs=logging.ERROR,
                )
                self._client = Client(self._cluster)
        return self._client

    def nthreads(self) -> int:
        return sum(self.client.nthreads().values()) or 1

    def worker_usage(self) -> dict[str, dict[str, float]]:
        """Peak memory and CPU seconds of each worker process so far, by address (for benchmarks)."""
        if self._client is None:
            return {}
        return self._client.run(process_usage)

    # -------------------------------------------------------------- ingest

    def ingest(self, inputs: list[Path], options: Options, db, batch: int) -> IngestStats:
        from distributed import as_completed

        from parallax.cli.common import CountedSkips

        location = getattr(db, "location", None)
        if not self.work and (not location or location == ":memory:" or "://" in location):
            raise ParallaxError("the dask engine needs --work DIR with an in-memory or PostgreSQL store")
        folder = dataset_dir(location, self.work).resolve()
        folder.mkdir(parents=True, exist_ok=True)
        clean_temporaries(folder)
        skips = CountedSkips()
        plan = plan_inputs(inputs, options, self.partition_files, skips)
        todo = [p for p in plan if not is_complete(folder / p.filename, p.key)]
        worker_seconds = 0.0
        if todo:
            client = self.client
            futures = [
                client.submit(analyse_partition, p, options, str(folder), key=f"parallax-partition-{p.key}", pure=False) for p in todo
            ]
            errors: dict[int, tuple[str, str]] = {}
            index = {f.key: p.index for f, p in zip(futures, todo, strict=True)}
            warm = _Warmer()
            with progress_bar() as bar:
                task = bar.add_task("Analysing partitions", total=len(todo))
                for fut in as_completed(futures):
                    report: PartitionReport = _result(fut, f"analysing partition {index[fut.key]}")
                    bar.advance(task)
                    worker_seconds += report.seconds
                    if report.error:
                        errors[index[fut.key]] = report.error
                        break
                    warm(folder / f"part-{report.key}.parquet")
            if errors:
                for fut in futures:
                    fut.cancel()
                source, reason = errors[min(errors)]
                raise InputError(source, reason)
        # skipped inputs, in input order; a file skipped under --skip-bad is an error without it
        for p in plan:
            for kind, source, reason in read_skipped(folder / p.filename):
                err = InputError(source, reason)
                if kind == "file" and not options.skip_bad:
                    raise err
                skips(err)
        paths = [folder / p.filename for p in plan]
        try:
            hashes = [h for path in paths for h in read_column(path, "content_hash")]
        except Exception as exc:  # noqa: BLE001  (a damaged file that still has a valid footer)
            raise ParallaxError(f"{folder}: a partition file cannot be read ({exc}); delete it and run again") from None
        from parallax.engine.intake import Intake

        intake = Intake(db)  # the local engine's decisions, corrections of stored texts included
        rows: dict[str, int] = {}
        seen: dict[str, int] = {}
        pending: list[Article] = []
        with progress_bar() as bar:
            task = bar.add_task("Storing", total=len(hashes))
            for p, path in zip(plan, paths, strict=True):
                count = 0
                for row in iter_rows(path):
                    count += 1
                    bar.advance(task)
                    aid = row["id"]
                    n = seen.get(aid, 0)  # the same run-wide renaming as parallax.ingest.load_paths
                    seen[aid] = n + 1
                    article = Article.from_dict(json.loads(row["record_json"]))
                    if n:
                        article.id = f"{aid}~{n + 1}"
                    if not intake.take(article):
                        continue
                    pending.append(article)
                    if len(pending) >= batch:
                        db.add_articles(pending, edits=True)
                        pending = []
                rows[p.key] = count
            if pending:
                db.add_articles(pending, edits=True)
        write_manifest(folder, plan, rows)
        return intake.stats(
            skipped=skips.count,
            skipped_sources=skips.sources,
            partitions=len(plan),
            computed=len(todo),
            extra={"dataset": str(folder), "worker_seconds": round(worker_seconds, 3)},
        )

    # -------------------------------------------------------------- compare

    def map_compare(self, jobs: Iterable[tuple[Any, list[Article] | None]], options: Options) -> Iterator[tuple[Any, dict | None]]:
        """Compare on the workers, a bounded number of stories in flight, results in job order."""
        window: deque[tuple[Any, Any]] = deque()
        in_flight = 0
        limit = None
        for tag, members in jobs:
            future = None
            if members is not None:
                if limit is None:
                    limit = 2 * self.nthreads()
                future = self.client.submit(compare_job, members, options, pure=False)
                in_flight += 1
            window.append((tag, future))
            while window and (window[0][1] is None or in_flight > limit):
                tag0, fut0 = window.popleft()
                if fut0 is not None:
                    in_flight -= 1
                    yield tag0, _result(fut0, "comparing a story")
                else:
                    yield tag0, None
        while window:
            tag0, fut0 = window.popleft()
            yield tag0, (_result(fut0, "comparing a story") if fut0 is not None else None)
