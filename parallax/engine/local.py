"""The local engine: ingest, analysis and comparisons in this process, one article at a time.

Reads every input, analyses the texts the store does not hold yet and commits
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
        from parallax.analyze import Analyzer
        from parallax.cli.common import load_inputs

        articles = load_inputs(inputs, options)
        new = [a for a in articles if not db.has_hash(a.content_hash)]
        analyzer = Analyzer(options)
        with progress_bar() as bar:
            task = bar.add_task("Analysing", total=len(new))
            # analysed texts are committed batch by batch: an interrupted run keeps them
            for start in range(0, len(new), batch):
                chunk = new[start : start + batch]
                for a in chunk:
                    analyzer.analyze(a)
                    bar.advance(task)
                db.add_articles(chunk)
        return IngestStats(read=len(articles), new=len(new))

    def map_compare(self, jobs: Iterable[tuple[Any, list[Article] | None]], options: Options) -> Iterator[tuple[Any, dict | None]]:
        from parallax.compare import compare_articles

        for tag, members in jobs:
            yield tag, (compare_articles(members, options).to_dict() if members is not None else None)
