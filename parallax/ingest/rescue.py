"""Prose that trafilatura's precision mode dropped from inside the article body.

Precision mode (:func:`parallax.ingest.extract.is_article_page`) keeps teasers, link rails and sign-up boxes
out, but on unseen templates it also drops paragraphs of the body itself: a paragraph whose links weigh too
much for it, one in a block with an unlucky class name.  The default mode keeps them.  A paragraph that the
default mode finds *between* two paragraphs the precision mode kept, and that reads as prose (a sentence of
some length, ending as sentences do), is part of the body run: furniture sits around the body, or is short
(a label, a headline, a button), and the line filters judge what comes back as they judge the rest.

A question set on a line of its own there comes back too: an interview's question ("What was your first week
at the paper like?") or a subheading that asks one, which precision mode drops as it drops headings.  A teaser's headline
that asks a question is a link to its story, so a line that is one of the page's links stays out.  So does a
list there, three bulleted items or more in a row, each some words and none a link's text (a rail of teasers is
links): the body's own list, which precision mode drops with the link lists it is meant to drop.
"""

from __future__ import annotations

import re

from parallax.ingest.clean import norm_words

_MIN_PROSE_WORDS = 12  # a sentence of reporting, longer than a teaser's headline
_SENTENCE_END = (".", "!", "?", "…", '"', "”", "»", "'", "’", ")", ":")


def is_prose(line: str) -> bool:
    """Whether ``line`` reads as a paragraph of running text: enough words, ending as a sentence ends."""
    line = line.strip()
    return len(line.split()) >= _MIN_PROSE_WORDS and line.endswith(_SENTENCE_END)


_MIN_QUESTION_WORDS, _MAX_QUESTION_WORDS = 4, 30


def is_question(line: str, links: frozenset[str] = frozenset()) -> bool:
    """Whether ``line`` is a question of a few words set on its own line, and no link's text."""
    line = line.strip()
    return (
        line.endswith(("?", "？"))
        and _MIN_QUESTION_WORDS <= len(line.split()) <= _MAX_QUESTION_WORDS
        and " ".join(line.split()) not in links
    )


_BULLET = re.compile(r"^[ \t]*(?:[-–•*]|\d{1,2}[.)])[ \t]+")
_MIN_LIST_ITEMS, _MIN_ITEM_WORDS = 3, 2


def _list_runs(gap: list[str], links: frozenset[str]) -> set[int]:
    """Positions in ``gap`` of the lines in runs of :data:`_MIN_LIST_ITEMS` bulleted items or more, none a link."""
    found: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*gap, ""]):
        m = _BULLET.match(line)
        item = " ".join(line[m.end() :].split()) if m else ""
        if m and len(item.split()) >= _MIN_ITEM_WORDS and item not in links:
            run.append(i)
            continue
        if len(run) >= _MIN_LIST_ITEMS:
            found.update(run)
        run = []
    return found


def with_rescued_prose(precise: str, fuller: str | None, links: frozenset[str] = frozenset()) -> str:
    """``precise`` with the prose lines of ``fuller`` that stand between two of its own lines put back in place.

    Only between two lines both extractions share, in the same order: what the default mode adds before the
    body's first line or after its last is the page around the article, which precision mode is there to drop."""
    if not fuller:
        return precise
    kept = precise.split("\n")
    full = fuller.split("\n")
    where: dict[str, int] = {}
    for i, line in enumerate(full):
        where.setdefault(norm_words(line), i)
    out: list[str] = []
    last = None  # position in ``full`` of the last kept line found there
    have = {norm_words(line) for line in kept}
    for line in kept:
        pos = where.get(norm_words(line))
        if pos is not None and line.strip():
            if last is not None and pos > last + 1:
                gap = full[last + 1 : pos]
                items = _list_runs(gap, links)
                out += [
                    ln for i, ln in enumerate(gap) if norm_words(ln) not in have and (is_prose(ln) or is_question(ln, links) or i in items)
                ]
            if last is None or pos > last:
                last = pos
        out.append(line)
    return "\n".join(out)
