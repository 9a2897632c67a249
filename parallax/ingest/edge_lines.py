"""The page's furniture that a text or JSONL body keeps at its top or bottom, a line each: "Автор: Ирина Соколова",
"26.11.2026, 14:20", "Источник: ТАСС", "Теги: Заречье, взрыв", "Yorumlar (3)".

A plain text joins the lines of a block into one paragraph (its single newlines are hard wraps), so such a block
would read as one long line that no filter knows.  At the text's edges a short block of short lines, one of them
furniture, is its lines instead (:func:`furniture_lines`), and a short paragraph there is judged as the HTML
extractor judges a line of a page (:func:`edge_line_reason`).
"""

from __future__ import annotations

from parallax.ingest.agency_lines import is_agency_line
from parallax.ingest.credit_shapes import is_source_line
from parallax.ingest.line_filters import line_reason

_MAX_FURNITURE_LINES, _MAX_FURNITURE_LINE_WORDS = 6, 12
# the extractor's reasons a text body takes at its edges: a line of the page's metadata, a photo credit, a comment
# counter (its credits and bylines are :mod:`.clean`'s own, narrower: "Reporting by Reuters showed ..." is prose)
_EDGE_REASONS = frozenset({"page metadata", "photo credit", "comment counter"})


def furniture_lines(block: str) -> list[str] | None:
    """The lines of a short block at the text's edge when one of them is the page's furniture on its own
    (:func:`parallax.ingest.line_filters.line_reason`, :data:`_EDGE_REASONS`: a date, tags, a photo credit, a comment
    counter): short lines, which a hard-wrapped paragraph of prose is not made of."""
    lines = [line.strip() for line in block.split("\n") if line.strip()]
    if not 2 <= len(lines) <= _MAX_FURNITURE_LINES or any(len(line.split()) > _MAX_FURNITURE_LINE_WORDS for line in lines):
        return None
    return lines if any(line_reason(line, is_last=True) in _EDGE_REASONS or is_source_line(line) for line in lines) else None


def edge_line_reason(para: str) -> str | None:
    """Why a short paragraph at the text's edge is the page's furniture, as the HTML extractor judges a line of
    it (:func:`parallax.ingest.line_filters.line_reason`: a date, tags, a photo credit, a comment counter)."""
    if len(para.split()) > _MAX_FURNITURE_LINE_WORDS:
        return None
    if is_source_line(para):  # ("Avots: LETA" above the photo credit: the edge goes on past it)
        return "source line"
    if is_agency_line(para):  # "ČTK", "PA Media", "Theo TTXVN" alone on the line (:mod:`.agency_lines`)
        return "source line"
    why = line_reason(para, is_last=True)
    return why if why in _EDGE_REASONS else None
