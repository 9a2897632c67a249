"""Helpers shared by the benchmark scripts in this folder.

* :func:`shared_benchmarks` finds the gold data: ``$PARALLAX_SHARED/benchmarks``
  when the variable is set, otherwise ``../shared/benchmarks`` next to the repo
  root.  The data is never copied into the repository.
* :func:`print_table` prints one result table (``rich`` when it is installed,
  plain aligned text otherwise); :func:`format_row` formats one plain row.
* :func:`write_results` writes ``benchmarks/results/<name>.json`` atomically.
* :class:`Stopwatch`, :func:`peak_rss_mb` and :func:`environment` record how
  fast, how big and on what a benchmark ran.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
RESULTS_DIR = Path(__file__).resolve().parent / "results"


# ------------------------------------------------------------------ data


def shared_dir() -> Path:
    """The shared folder: ``$PARALLAX_SHARED`` or ``<repo>/../shared``."""
    env = os.environ.get("PARALLAX_SHARED")
    return Path(env).expanduser().resolve() if env else (REPO_ROOT.parent / "shared").resolve()


def shared_benchmarks(name: str | None = None) -> Path | None:
    """``<shared>/benchmarks[/name]`` if it exists, else ``None``."""
    path = shared_dir() / "benchmarks"
    if name:
        path = path / name
    return path if path.is_dir() else None


def missing_data_message(name: str) -> str:
    return (
        f"benchmark data {name!r} not found under {shared_dir() / 'benchmarks'}; set PARALLAX_SHARED to the folder that holds benchmarks/"
    )


def splits(choice: str) -> list[str]:
    """``dev`` | ``test`` | ``all`` -> the list of split folders to score."""
    if choice == "all":
        return ["dev", "test"]
    if choice not in ("dev", "test"):
        raise ValueError(f"unknown split {choice!r} (dev, test or all)")
    return [choice]


# ---------------------------------------------------------------- output


def _cell(value: Any, digits: int = 3) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def format_row(cells: Sequence[Any], widths: Sequence[int]) -> str:
    """One plain-text table row: first column left-aligned, the rest right-aligned."""
    out = []
    for i, (cell, width) in enumerate(zip(cells, widths, strict=False)):
        text = _cell(cell)
        out.append(text.ljust(width) if i == 0 else text.rjust(width))
    return "  ".join(out)


def print_table(title: str, columns: Sequence[str], rows: Iterable[Sequence[Any]], plain: bool = False) -> None:
    """Print a table; ``rich`` if importable and ``plain`` is false."""
    rows = [list(r) for r in rows]
    if not plain:
        try:
            from rich.console import Console
            from rich.table import Table
        except ImportError:
            plain = True
    if not plain:
        table = Table(title=title)
        for i, col in enumerate(columns):
            table.add_column(col, justify="left" if i == 0 else "right")
        for row in rows:
            table.add_row(*(_cell(c) for c in row))
        console = Console()
        if not console.is_terminal:  # keep rows on one line in logs and pipes
            console = Console(width=max(console.width, 150))
        console.print(table)
        return
    widths = [max([len(str(c)) for c in columns] + [len(_cell(r[i])) for r in rows]) for i, c in enumerate(columns)]
    print(title)
    print(format_row(columns, widths))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(format_row(row, widths))


def write_results(name: str, payload: dict[str, Any], directory: Path | None = None) -> Path:
    """Write ``<directory>/<name>.json`` (default ``benchmarks/results``) atomically."""
    directory = directory or RESULTS_DIR
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{name}.json"
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(payload, indent=2, ensure_ascii=False, sort_keys=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return path


def finish(name: str, argv: Sequence[str] | None, *, write: bool, packages: Sequence[str], print_rss: bool = True, **fields: Any) -> None:
    """The end of a benchmark run: peak memory on stderr and, when ``write``,
    ``results/<name>.json`` with the command that made it, ``fields``, the
    environment (``packages`` versions) and the peak memory."""
    rss = peak_rss_mb()
    if print_rss:
        print(f"peak RSS {rss:.0f} MiB", file=sys.stderr)
    if not write:
        return
    command = " ".join([f"python -m benchmarks.bench_{name}", *(argv if argv is not None else sys.argv[1:])])
    payload = {"benchmark": name, "command": command, **fields, "environment": environment(packages), "peak_rss_mb": round(rss, 1)}
    print(f"wrote {write_results(name, payload)}", file=sys.stderr)


# ------------------------------------------------------- timing and memory


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


class Stopwatch:
    """Accumulate wall-clock and CPU time over several ``with`` blocks.

    >>> sw = Stopwatch()
    >>> with sw:
    ...     pass
    >>> sw.count
    1
    """

    def __init__(self) -> None:
        self.wall = 0.0
        self.cpu = 0.0
        self.count = 0

    def __enter__(self) -> Stopwatch:
        self._wall = time.perf_counter()
        self._cpu = time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall += time.perf_counter() - self._wall
        self.cpu += time.process_time() - self._cpu
        self.count += 1

    def rate(self) -> float | None:
        """Items per wall-clock second."""
        return self.count / self.wall if self.wall > 0 else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "items": self.count,
            "wall_s": round(self.wall, 3),
            "cpu_s": round(self.cpu, 3),
            "items_per_s": round(self.rate(), 2) if self.rate() else None,
        }


def _git_commit() -> str | None:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO_ROOT, capture_output=True, text=True, timeout=5, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


def environment(packages: Sequence[str] = ()) -> dict[str, Any]:
    """Where and with what a benchmark ran, for the results file."""
    from importlib import metadata

    versions = {}
    for name in packages:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "git_commit": _git_commit(),
        "packages": versions,
    }
