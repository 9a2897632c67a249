"""Regular expressions on untrusted text: no catastrophic backtracking.

Runs :mod:`benchmarks.bench_regex` over every pattern it collects from
``parallax.ingest``/``analyze``/``compare``/``stories`` at a small size and
asserts a *scaling* bound (time grows at most about quadratically per doubling
of the input), never an absolute time.  ``python -m benchmarks.bench_regex``
gives the full table and ``benchmarks/results/regex.json``.
"""

from __future__ import annotations

import pytest

from benchmarks import bench_regex


def test_patterns_are_collected():
    found = {f.key for f in bench_regex.collect()}
    assert len(found) >= 100  # module-level, per-language date rules and inline literals
    assert "parallax.ingest.clean.DATELINE_GLUED" in found
    assert any(k.startswith("parallax.analyze.timelex.EN.rules") for k in found)


@pytest.mark.bench
def test_no_pattern_grows_faster_than_quadratic():
    results = bench_regex.run(n=500, repeat=3, budget=2.0)
    bad = [(r.found.key, r.worst_input, round(r.growth, 2)) for r in results if bench_regex.verdict(r) == "CATASTROPHIC"]
    assert not bad, bad
