"""``make bench``: run every benchmark module in turn, each printing its table.

Accuracy benchmarks report the test splits (settings were chosen on dev);
speed benchmarks run on the bundled demo corpus.  A benchmark whose gold data
is absent says so and is skipped.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys

BENCHMARKS = [
    ("bench_compare", []),
    ("bench_extraction", ["--split", "test", "--bootstrap", "0"]),
    ("bench_temporal", ["--split", "test"]),
    ("bench_quotes", ["--split", "test"]),
    ("bench_speakers", ["--split", "test"]),
    ("bench_alignment", ["--split", "test"]),
    ("bench_framing", ["--split", "test"]),
    ("bench_stories", []),
    ("bench_scaling", []),
    ("bench_regex", []),
]


def main() -> int:
    failed = []
    for name, args in BENCHMARKS:
        if importlib.util.find_spec(f"benchmarks.{name}") is None:
            continue
        print(f"\n=== {name} {' '.join(args)}", flush=True)
        rc = subprocess.call([sys.executable, "-m", f"benchmarks.{name}", *args])
        if rc:
            failed.append(name)
    if failed:
        print(f"benchmarks that failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
