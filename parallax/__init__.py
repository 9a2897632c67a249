"""Parallax: compare news reports of one event fact by fact.

Library use (works in a notebook)::

    import parallax
    articles = parallax.load(["a.html", "b.txt"])
    comparison = parallax.compare(articles)
    comparison.to_dict()["summary"]
"""

from __future__ import annotations

__version__ = "0.1.0"

# The stage sub-packages are imported before the functions below are defined:
# importing a sub-package sets an attribute of the same name on this package,
# and the functions must win (``parallax.compare(...)`` in a notebook).
import parallax.analyze
import parallax.compare
import parallax.ingest  # noqa: F401
from parallax.config import Options
from parallax.errors import InputError
from parallax.records import Article, Comparison

__all__ = ["Article", "Comparison", "InputError", "Options", "analyze", "compare", "load", "__version__"]


def load(paths, options: Options | None = None, **overrides):
    """Read files, folders or JSONL into cleaned :class:`Article` records."""
    from parallax.ingest import load_paths

    return list(load_paths(paths, options or Options(), **overrides))


def analyze(articles, options: Options | None = None):
    """Add the analysis layers (sentences, entities, quotes, times, numbers)."""
    from parallax.analyze import Analyzer

    return Analyzer(options or Options()).analyze_all(articles)


def compare(articles, options: Options | None = None) -> Comparison:
    """Compare articles taken as one story; analyses them first if needed."""
    from parallax.compare import compare_articles

    return compare_articles(list(articles), options or Options())
