"""The local engine: ingest, analysis and comparisons in this process, one article at a time.

Streams the inputs, analyses the texts the store does not hold yet and commits
them batch by batch (an interrupted run keeps the batches already committed);
comparisons run one after the other as the caller asks for them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from parallax.config import Options
from parallax.engine import IngestStats, engine, progress_bar
from parallax.records import Article


@engine("local")
class LocalEngine:
    name = "local"

    def __init__(self, **_settings: Any) -> None:
        pass  # nothing to start; ``workers`` / ``scheduler`` mean nothing here

    def __enter__(self) -> LocalEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def ingest(self, inputs: list[Path], options: Options, db, batch: int) -> IngestStats:
        """Stream the inputs: read, analyse and commit ``batch`` new texts at a
        time, so memory holds one batch, not the input (a folder of any size).
        A bad input found late stops the run after the batches before it are
        committed: nothing is lost, and a re-run skips what is stored."""
        from parallax.analyze import Analyzer
        from parallax.cli.common import CountedSkips
        from parallax.engine.analysis_failure import AnalysisFailed, analysed
        from parallax.engine.intake import Intake
        from parallax.ingest import load_paths

        analyzer = Analyzer(options)
        intake = Intake(db)
        skips = CountedSkips()
        chunk: list[Article] = []
        with progress_bar() as bar:
            task = bar.add_task("Reading and analysing", total=None)
            for article in load_paths([str(p) for p in inputs], options, on_skip=skips):
                bar.advance(task)
                if not intake.take(article):  # stored already (its corrections taken), or read twice in this run
                    continue
                try:
                    chunk.append(analysed(analyzer, article))  # a failure names its article (analysis_failure.py)
                except AnalysisFailed as err:
                    if not options.skip_bad:
                        raise
                    skips(err)
                if len(chunk) >= batch:
                    db.add_articles(chunk, edits=True)
                    chunk = []
            if chunk:
                db.add_articles(chunk, edits=True)
        return intake.stats(skipped=skips.count, skipped_sources=skips.sources)

    def map_compare(self, jobs: Iterable[tuple[Any, list[Article] | None]], options: Options) -> Iterator[tuple[Any, dict | None]]:
        from parallax.compare import compare_articles

        for tag, members in jobs:
            yield tag, (compare_articles(members, options).to_dict() if members is not None else None)
