"""Parallax: compare news reports of one event fact by fact.

Library use (works in a notebook)::

    import parallax
    articles = parallax.load(["a.html", "b.txt"])
    comparison = parallax.compare(articles)
    comparison.to_dict()["summary"]
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from parallax.startup import guard_start

guard_start()  # Ctrl-C while the ``parallax`` command starts: one line, no traceback (startup.py)

__version__ = "0.1.0"

# The stage sub-packages are imported before the functions below are defined:
# importing a sub-package sets an attribute of the same name on this package,
# and the functions must win (``parallax.compare(...)`` in a notebook).
try:
    import parallax.analyze
    import parallax.compare
    import parallax.ingest  # noqa: F401
except KeyboardInterrupt:  # Ctrl-C while the command starts: one line, not a traceback (startup.py)
    from parallax.startup import interrupted_on_import

    interrupted_on_import()
    raise
from parallax.config import Options  # noqa: E402 (after guard_start: see startup.py)
from parallax.errors import InputError, ParallaxError  # noqa: E402 (after guard_start: see startup.py)
from parallax.records import Article, Comparison  # noqa: E402 (after guard_start: see startup.py)

__all__ = ["Article", "Comparison", "InputError", "Options", "ParallaxError", "analyze", "compare", "load", "__version__"]


def load(paths: str | os.PathLike | Iterable[str | os.PathLike], options: Options | None = None, **overrides) -> list[Article]:
    """Read files, folders or JSONL into cleaned :class:`Article` records.

    ``paths`` is one path or a list of them; ``overrides`` are :class:`Options` fields
    (``default_published="2022-04-08"``).  A bad input raises :class:`InputError`."""
    from parallax.ingest import load_paths

    return list(load_paths(paths, options or Options(), **overrides))


def _records(articles: Iterable[Article], call: str) -> list[Article]:
    """``articles`` as a list, each checked to be an :class:`Article`: a path given where records belong
    ("a.txt", the way :func:`load` is called) failed deep inside with "'str' object has no attribute
    'analyzed'"; it is named here with the way to read it."""
    if isinstance(articles, str | os.PathLike | bytes):
        articles = [articles]  # type: ignore[list-item]
    out = list(articles)
    for item in out:
        if not isinstance(item, Article):
            hint = (
                f": read files with parallax.load first, parallax.{call}(parallax.load([...]))"
                if isinstance(item, str | os.PathLike)
                else ""
            )
            raise TypeError(f"parallax.{call} takes Article records, not {type(item).__name__} {str(item)[:80]!r}{hint}")
    return out


def analyze(articles: Iterable[Article], options: Options | None = None) -> list[Article]:
    """Add the analysis layers (sentences, entities, quotes, times, numbers)."""
    from parallax.analyze import Analyzer

    return Analyzer(options or Options()).analyze_all(_records(articles, "analyze"))


def compare(articles: Iterable[Article], options: Options | None = None) -> Comparison:
    """Compare articles taken as one story; analyses them first if needed.  No articles
    raise :class:`ParallaxError` (also a ``ValueError``); anything but Article records a ``TypeError``."""
    from parallax.compare import compare_articles

    return compare_articles(_records(articles, "compare"), options or Options())
