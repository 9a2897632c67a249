"""Reading the Dask engine's partition files back: their metadata, one column, the rows in order.

Apart from :mod:`parallax.engine.parquet` (which had grown past 330 lines and
keeps the layout, the planning and the writing) because the driver only reads:
these helpers need pyarrow and a file path, nothing of the plan.  Their names
stay importable from :mod:`parallax.engine.parquet`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def read_metadata(path: Path) -> dict[str, str]:
    import pyarrow.parquet as pq

    kv = pq.read_metadata(path).metadata or {}
    return {k.decode(): v.decode() for k, v in kv.items() if k.startswith(b"parallax.")}


def read_skipped(path: Path) -> list[tuple[str, str, str]]:
    return [tuple(s) for s in json.loads(read_metadata(path).get("parallax.skipped", "[]"))]


def read_column(path: Path, column: str) -> list[Any]:
    import pyarrow.parquet as pq

    return pq.read_table(path, columns=[column]).column(column).to_pylist()


def iter_rows(path: Path, columns: tuple[str, ...] = ("ordinal", "id", "content_hash", "record_json"),
              batch_rows: int = 256) -> Iterator[dict[str, Any]]:
    """Rows of one partition file in reading order (by ``ordinal``), streamed by row group batches."""
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(path)
    expected = 0
    for batch in pf.iter_batches(batch_size=batch_rows, columns=list(columns)):
        for row in batch.to_pylist():
            if row["ordinal"] != expected:  # written in order; anything else is a damaged file
                raise ValueError(f"{path}: rows out of order at {expected}")
            expected += 1
            yield row
