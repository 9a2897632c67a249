"""The Dask engine's worker side: what runs on a Dask worker, apart from the driver.

These functions are sent to the workers by reference (module and name), so
they live in a small module of their own that a worker imports without the
driver's cluster and ingest code; :mod:`parallax.engine.dask` (which had grown
past 330 lines) imports them back, so ``parallax.engine.dask.analyse_partition``
and the others keep working.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from parallax.config import Options
from parallax.engine.parquet import Partition, PartitionReport, analysis_options, is_complete, write_partition
from parallax.errors import InputError
from parallax.records import Article

_ANALYZERS: dict[str, Any] = {}


def _analyzer(options: Options):
    from parallax.analyze import Analyzer

    key = json.dumps(analysis_options(options), sort_keys=True, default=str)
    if key not in _ANALYZERS:
        _ANALYZERS[key] = Analyzer(options)
    return _ANALYZERS[key]


def analyse_partition(partition: Partition, options: Options, directory: str) -> PartitionReport:
    """Read, clean and analyse one partition's files and write its Parquet file
    (runs on a worker).  Reading follows :func:`parallax.ingest.load_paths`
    exactly, except that ids are left as the readers made them (the driver
    makes them unique across the whole run)."""
    from parallax.engine.analysis_failure import AnalysisFailed, analysed
    from parallax.ingest import finish, read_file

    start = time.perf_counter()
    folder = Path(directory)
    if is_complete(folder / partition.filename, partition.key):  # another run got here first
        return PartitionReport(partition.key, reused=True)
    analyzer = _analyzer(options)
    articles: list[Article] = []
    skipped: list[tuple[str, str, str]] = []
    for f in partition.files:
        try:
            for article in read_file(f.path, options):
                if isinstance(article, InputError):  # a reader reporting a bad record it skipped
                    skipped.append(("record", article.source, article.reason))
                    continue
                finish(article, options)
                try:
                    analysed(analyzer, article)  # a failure names its article (analysis_failure.py)
                except AnalysisFailed as err:
                    if not options.skip_bad:
                        raise
                    skipped.append(("record", err.source, err.reason))  # this article alone, not its file
                    continue
                articles.append(article)
        except InputError as err:
            if not options.skip_bad:
                return PartitionReport(partition.key, skipped=skipped, error=(err.source, err.reason))
            skipped.append(("file", err.source, err.reason))
    write_partition(folder, partition, articles, skipped, options)
    return PartitionReport(partition.key, rows=len(articles), seconds=time.perf_counter() - start, skipped=skipped)


def compare_job(members: list[Article], options: Options) -> dict:
    """One story's comparison (runs on a worker)."""
    from parallax.compare import compare_articles

    return compare_articles(members, options).to_dict()


def process_usage() -> dict[str, float]:
    """Peak resident memory (``VmHWM``, MiB) and CPU seconds of the calling process so far."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    peak = usage.ru_maxrss / 1024
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    peak = int(line.split()[1]) / 1024
    except OSError:
        pass
    return {"peak_rss_mb": round(peak, 1), "cpu_s": round(usage.ru_utime + usage.ru_stime, 3)}
