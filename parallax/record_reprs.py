"""Short reprs of the records a notebook shows: an Article, a Comparison, a Story.

A dataclass's own repr prints every field: an analysed Article's was its whole text and every sentence, entity and
quote (tens of thousands of characters for one report), a Comparison's every article and fact, a Story's its
embedding vectors.  In a notebook, where a cell's last value is printed, that buried the one line the user wanted.
The reprs here (and :meth:`parallax.stories.story.Story.__repr__`, kept in its module so that grouping imports
nothing more) say what a record is in one line: its id, where it came from and what it holds, counted; the fields
themselves stay attributes, and ``to_dict()`` gives them all.
"""

from __future__ import annotations

from typing import Any

_TITLE = 60  # characters of a headline shown


def _short(text: str | None) -> str | None:
    if text is None:
        return None
    text = " ".join(text.split())  # a line separator in a headline stays out of the one line
    return text if len(text) <= _TITLE else text[: _TITLE - 1] + "…"


def _counted(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def article_repr(article: Any) -> str:
    """``Article('id', outlet='Wire', published='2026-11-30', title='…', 1,234 chars, 12 sentences, …)``."""
    parts = [repr(article.id)]
    for name in ("outlet", "published", "language"):
        if getattr(article, name):
            parts.append(f"{name}={getattr(article, name)!r}")
    if article.title:
        parts.append(f"title={_short(article.title)!r}")
    parts.append(f"{len(article.text):,} chars")
    if article.analyzed:
        layers = ("sentences", "entities", "quotes", "times", "quantities")
        parts += [_counted(len(getattr(article, name)), name[:-1] if name != "entities" else "entity", name) for name in layers]
    else:
        parts.append("not analysed")
    return f"Article({', '.join(parts)})"


def comparison_repr(comparison: Any) -> str:
    """``Comparison(2 articles ('a', 'b'), 12 facts: 5 shared, 6 unique, 1 in conflict, 2 quotes)``."""
    ids = [a.id for a in comparison.articles]
    shown = ", ".join(repr(i) for i in ids[:3]) + (", …" if len(ids) > 3 else "")
    status = {"shared": 0, "unique": 0, "conflict": 0}
    for fact in comparison.facts:
        status[fact.status] = status.get(fact.status, 0) + 1
    facts = ", ".join(f"{n} {'in conflict' if name == 'conflict' else name}" for name, n in status.items())
    return (
        f"Comparison({_counted(len(ids), 'article', 'articles')} ({shown}), {_counted(len(comparison.facts), 'fact', 'facts')}: "
        f"{facts}, {_counted(len(comparison.quotes), 'quote', 'quotes')})"
    )
