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
    assert "parallax.ingest.datelines.DATELINE_GLUED" in found
    assert any(k.startswith("parallax.analyze.timelex.EN.rules") for k in found)


@pytest.mark.bench
@pytest.mark.timeout(2400)  # every pattern of the package, timed at growing sizes: 13 minutes alone on 2 cores
def test_no_pattern_grows_faster_than_quadratic():
    results = bench_regex.run(n=500, repeat=3, budget=2.0)
    flagged = [r for r in results if bench_regex.verdict(r) == "CATASTROPHIC"]
    # a flagged pattern is timed once more, best of five: a pattern that is catastrophic is so again, while a
    # scheduling hiccup on a shared machine (one run in a few flags a different linear pattern) is not
    again = [bench_regex.measure(r.found, n=500, repeat=5, budget=2.0) for r in flagged]
    bad = [(r.found.key, r.worst_input, round(r.growth, 2)) for r in again if bench_regex.verdict(r) == "CATASTROPHIC"]
    assert not bad, bad


def test_a_run_of_glued_number_words_is_read_in_linear_time():
    """'achttien' is one number word and also 'acht' + 'tien': a pattern that retried every split
    of a long glued run took time exponential in its length.  A scaling bound, not a time."""
    import time

    from parallax.analyze.quantities import find_quantities

    def cost(n: int) -> float:
        best = float("inf")
        for _ in range(3):
            t = time.perf_counter()
            find_quantities("achttien" * n + "x " + " two hundred and" * n, "nl", [])
            best = min(best, time.perf_counter() - t)
        return best

    assert cost(96) < 40 * max(cost(24), 1e-4)
