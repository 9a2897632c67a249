"""Regular expressions on untrusted text: worst-case inputs, time and growth.

Run from the repository root::

    python -m benchmarks.bench_regex [--n 2000] [--repeat 3] [--budget 2.0]

Every compiled :class:`re.Pattern` that the text-handling modules of
``parallax.ingest``, ``parallax.analyze``, ``parallax.compare`` and
``parallax.stories`` keep at module level (also inside module-level dicts,
lists and tuples) is collected by importing those modules, so a new pattern
is checked without being listed here.

Each pattern is fed adversarial inputs at sizes n, 2n, 4n and 8n characters:
long runs of every character its source names (a backtracking engine is
slowest on a long run of what a repeated group can eat, followed by
something that makes the match fail), runs of generic troublemakers (letters,
spaces, quotes, dots, digits, brackets, newlines, upper-case words, ``a. ``)
and the same runs followed by ``!``.  The time is that of ``finditer`` over the
whole input (what ``search``/``sub``/``findall`` do) plus ``match`` at 0,
the best of ``--repeat`` tries.

The **growth** of one (pattern, input) is the exponent ``k`` in
``time ~ size**k`` between the two largest sizes: about 1 for a linear scan,
2 for a quadratic one; a catastrophic (exponential) pattern shows as a large
``k`` or runs out of ``--budget`` seconds before the largest size.  Timings
below ``MIN_TIME`` seconds are too small to measure a growth from and count
as linear.  ``tests/test_regex.py`` runs this at a smaller n and asserts that
no growth exceeds the quadratic bound (a scaling check, not a timer).

Results go to ``benchmarks/results/regex.json``: per pattern its module,
name, source, the worst input and its times and growth.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import math
import pkgutil
import re
import sys
import time
from dataclasses import dataclass, field
from typing import Any

from benchmarks.common import environment, print_table, write_results

PACKAGES = ("parallax.ingest", "parallax.analyze", "parallax.compare", "parallax.stories")
MIN_TIME = 0.005  # seconds at the largest size: below this a growth ratio is noise
QUADRATIC = 2.5  # growth exponents above this (with noise) mean super-quadratic backtracking
GENERIC = ["a", "A", " ", '"', ".", "1", "(", "\n", "-", "“", "a ", "a. ", "Aa ", "1,", '"a ', "a\n\n"]
SUFFIXES = ("", "!")
MAX_NAMED = 12  # characters taken from a pattern's source
INLINE_FUNCS = ("search", "match", "fullmatch", "findall", "finditer", "sub", "subn", "split", "compile")


@dataclass
class Found:
    module: str
    name: str
    pattern: re.Pattern

    @property
    def key(self) -> str:
        return f"{self.module}.{self.name}"


@dataclass
class Result:
    found: Found
    worst_input: str = ""
    times: list[float] = field(default_factory=list)
    sizes: list[int] = field(default_factory=list)
    growth: float = 1.0
    stopped: bool = False  # ran out of the time budget before the largest size
    inputs: int = 0


def _modules() -> list[Any]:
    mods = []
    for pkg_name in PACKAGES:
        pkg = importlib.import_module(pkg_name)
        mods.append(pkg)
        for info in pkgutil.walk_packages(pkg.__path__, pkg_name + "."):  # sub-packages too (analyze.quotes)
            mods.append(importlib.import_module(info.name))
    return mods


def _warm() -> None:
    """Fill the pattern caches that are built on first use (per language)."""
    from parallax.analyze.timelex import LEXICONS
    from parallax.analyze.times import resolve_text

    for lang in LEXICONS:
        resolve_text("Last month, on Monday March 3, 2026, 12 people aged 30 years old met; next week about 5 more.", lang, "2026-03-04")


def _inline(mod: Any) -> list[tuple[str, re.Pattern]]:
    """Patterns written inline: ``re.search(r"...", text)`` and the like with a literal pattern and flags."""
    import ast
    import inspect

    try:
        tree = ast.parse(inspect.getsource(mod))
    except (OSError, TypeError):
        return []
    out = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re" and node.func.attr in INLINE_FUNCS and node.args):
            continue
        arg = node.args[0]
        if not isinstance(arg, ast.Constant) or not isinstance(arg.value, str | bytes):
            continue
        flags = 0
        flag_node = next((k.value for k in node.keywords if k.arg == "flags"), None)
        if flag_node is None and node.func.attr in ("search", "match", "fullmatch", "findall", "finditer") and len(node.args) > 2:
            flag_node = node.args[2]
        if flag_node is not None:
            try:
                flags = eval(compile(ast.Expression(flag_node), "<flags>", "eval"), {"re": re})  # only re.I | re.M and such
            except Exception:
                flags = 0
        try:
            out.append((f"<line {node.lineno}>", re.compile(arg.value, flags)))
        except re.error:
            continue
    return out


def collect() -> list[Found]:
    """Compiled patterns kept at module level -- also inside dicts, lists,
    tuples and our own objects (the date rules of every language), after the
    per-language caches are filled -- and literal patterns written inline, each once."""
    _warm()
    seen: set[tuple[Any, int]] = set()
    out: list[Found] = []

    def add(module: str, name: str, value: Any, depth: int = 0) -> None:
        if isinstance(value, re.Pattern):
            key = (value.pattern, value.flags)
            if key not in seen:
                seen.add(key)
                out.append(Found(module, name, value))
        elif depth >= 3 or isinstance(value, str | bytes | int | float | type) or callable(value):
            return
        elif isinstance(value, dict):
            for k, v in list(value.items()):
                add(module, f"{name}[{k!r}]", v, depth + 1)
        elif isinstance(value, list | tuple | set | frozenset):
            for i, v in enumerate(value):
                add(module, f"{name}[{i}]", v, depth + 1)
        elif type(value).__module__.startswith("parallax") and hasattr(value, "__dict__"):
            for k, v in vars(value).items():
                add(module, f"{name}.{k}", v, depth + 1)

    for mod in _modules():
        for name, value in sorted(vars(mod).items()):
            if name.startswith("__") or getattr(value, "__name__", None) in sys.modules:
                continue
            add(mod.__name__, name, value)
        for name, pattern in _inline(mod):
            add(mod.__name__, name, pattern)
    return out


def adversarial_units(pattern: re.Pattern) -> list[str]:
    """The repeating units to try: characters named in the source, then the generic set."""
    source = pattern.pattern if isinstance(pattern.pattern, str) else pattern.pattern.decode("latin-1")
    named = []
    for ch in re.sub(r"\\[dDsSwWbBAZ]", "", source):
        if ch not in named and ch not in "\\^$|?*+{}" and (ch.isprintable() or ch in "\n\t"):
            named.append(ch)
    units = named[:MAX_NAMED] + [u for u in GENERIC if u not in named]
    return units


def _run(pattern: re.Pattern, text: Any) -> None:
    for _ in pattern.finditer(text):
        pass
    pattern.match(text)


def _time(pattern: re.Pattern, text: Any, repeat: int) -> float:
    best = math.inf
    for _ in range(repeat):
        t = time.perf_counter()
        _run(pattern, text)
        best = min(best, time.perf_counter() - t)
    return best


def growth(sizes: list[int], times: list[float]) -> float:
    """Exponent of time ~ size**k between the two largest sizes measured (1.0 if too fast to tell)."""
    if len(times) < 2 or times[-1] < MIN_TIME:
        return 1.0
    t0, t1 = max(times[-2], 1e-9), times[-1]
    return max(1.0, math.log(t1 / t0) / math.log(sizes[-1] / sizes[-2]))


def _series(pattern: re.Pattern, unit: str, suffix: str, n: int, repeat: int, budget: float) -> tuple[list[int], list[float], bool]:
    is_bytes = isinstance(pattern.pattern, bytes)
    sizes, times = [], []
    for size in (n, 2 * n, 4 * n, 8 * n):
        text = (unit * (size // len(unit) + 1))[:size] + suffix
        t = _time(pattern, text.encode("utf-8") if is_bytes else text, repeat)
        sizes.append(size)
        times.append(t)
        if t > budget:  # catastrophic: stop growing the input
            return sizes, times, size < 8 * n
    return sizes, times, False


def measure(found: Found, n: int, repeat: int, budget: float, confirm: int = 3) -> Result:
    """The worst (pattern, input) growth over all adversarial inputs.  A
    screening pass times every input once per size; the ``confirm`` inputs
    that grew fastest are timed again (best of ``repeat``, garbage collector
    off), so one scheduling hiccup on a shared machine is not a finding."""
    pattern = found.pattern
    worst = Result(found)
    screened = []
    gc.disable()
    try:
        for unit in adversarial_units(pattern):
            for suffix in SUFFIXES:
                worst.inputs += 1
                sizes, times, stopped = _series(pattern, unit, suffix, n, 1, budget)
                screened.append((math.inf if stopped else growth(sizes, times), times[-1], unit, suffix))
        screened.sort(reverse=True)
        for g0, _t, unit, suffix in screened[:confirm]:
            if g0 <= 1.0:
                break
            sizes, times, stopped = _series(pattern, unit, suffix, n, repeat, budget)
            g = math.inf if stopped else growth(sizes, times)
            if (g, times[-1]) > (worst.growth, worst.times[-1] if worst.times else 0.0):
                worst.worst_input = f"{unit!r}*n+{suffix!r}" if suffix else f"{unit!r}*n"
                worst.sizes, worst.times, worst.growth, worst.stopped = sizes, times, g, stopped
    finally:
        gc.enable()
    if not worst.times:
        _g, _t, unit, suffix = screened[0]
        worst.worst_input = f"{unit!r}*n+{suffix!r}" if suffix else f"{unit!r}*n"
        worst.sizes, worst.times, _ = _series(pattern, unit, suffix, n, 1, budget)
    return worst


def run(n: int = 2000, repeat: int = 3, budget: float = 2.0, progress: bool = False) -> list[Result]:
    results = []
    for f in collect():
        t = time.perf_counter()
        results.append(measure(f, n, repeat, budget))
        if progress:
            print(f"  {f.key}: growth {results[-1].growth:.2f} ({time.perf_counter() - t:.1f} s)", file=sys.stderr, flush=True)
    return results


def _source(pattern: re.Pattern) -> str:
    """The pattern's source, writable as UTF-8 (a class like [\\ud800-\\udfff] holds lone surrogates)."""
    src = pattern.pattern if isinstance(pattern.pattern, str) else pattern.pattern.decode("latin-1")
    return src.encode("utf-8", "backslashreplace").decode("utf-8")


def verdict(r: Result) -> str:
    if r.stopped or r.growth > QUADRATIC:
        return "CATASTROPHIC"
    if r.growth > 1.5:
        return "quadratic"
    return "linear"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="smallest input size in characters (then 2n, 4n, 8n)")
    parser.add_argument("--repeat", type=int, default=3, help="best of this many timings")
    parser.add_argument("--budget", type=float, default=2.0, help="seconds after which an input stops growing (catastrophic)")
    parser.add_argument("--progress", action="store_true", help="print each pattern's result as it is measured")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    results = run(args.n, args.repeat, args.budget, progress=args.progress)
    rows = []
    for r in sorted(results, key=lambda r: (-r.growth, r.found.key)):
        rows.append([r.found.key, r.worst_input, r.times[-1] * 1000 if r.times else None, r.growth, verdict(r)])
    print_table(f"Regular expressions on untrusted text: worst input at n={args.n}..{8 * args.n} chars",
                ["pattern", "worst input", f"ms at {8 * args.n}", "growth k", "verdict"], rows)
    worst = max(results, key=lambda r: r.growth)
    summary = {
        "patterns": len(results),
        "inputs_per_pattern": max(r.inputs for r in results),
        "timings": sum(r.inputs for r in results) * 4,
        "worst_growth": round(worst.growth, 2),
        "worst_pattern": worst.found.key,
        "catastrophic": [r.found.key for r in results if verdict(r) == "CATASTROPHIC"],
        "quadratic": [r.found.key for r in results if verdict(r) == "quadratic"],
        "seconds": round(time.perf_counter() - start, 1),
    }
    payload = {
        "benchmark": "regex",
        "settings": {"n": args.n, "sizes": [args.n, 2 * args.n, 4 * args.n, 8 * args.n], "repeat": args.repeat, "budget_s": args.budget,
                     "min_time_s": MIN_TIME, "quadratic_bound": QUADRATIC},
        "summary": summary,
        "patterns": [
            {"pattern": r.found.key, "source": _source(r.found.pattern),
             "worst_input": r.worst_input, "sizes": r.sizes, "seconds": [round(t, 6) for t in r.times],
             "growth": None if math.isinf(r.growth) else round(r.growth, 3), "verdict": verdict(r)}
            for r in results
        ],
        "environment": environment(),
    }
    path = write_results("regex", payload)
    print(f"{summary['patterns']} patterns, {summary['timings']:,} timings; worst growth {summary['worst_growth']} ({summary['worst_pattern']}); "
          f"catastrophic: {len(summary['catastrophic'])}, quadratic: {len(summary['quadratic'])}; wrote {path}")
    return 1 if summary["catastrophic"] else 0


if __name__ == "__main__":
    sys.exit(main())
