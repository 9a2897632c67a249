"""The fields ``parallax ingest`` writes that a JSONL reader must keep when the records are read again.

Cleaning takes the dateline ("TALLINN (Continental Wire) —") and the agency credit lines out of the
text and records them beside it (``dateline``, ``dateline_date``, ``agencies``, and the page furniture
it dropped in ``boilerplate_removed``), and marks opinion, analysis and roundups (``kind``).  Read
again (``parallax ingest a.html -o a.jsonl``, then ``parallax compare a.jsonl``), the text no longer
holds what was taken out, so these came back empty: the dateline's date that "today" counts from, the
wire credit and the removed lines the reports name, and a roundup's mark were lost.  A value of
another shape (another tool's "kind" or "agencies") is ignored, as unknown fields are.
"""

from __future__ import annotations

from parallax.ingest.article_kind import ANALYSIS, OPINION
from parallax.ingest.roundups import ROUNDUP
from parallax.records import Article

_KINDS = (OPINION, ANALYSIS, ROUNDUP)
_MAX_AGENCIES = 20
_MAX_REMOVED = 500


def _text(value: object, limit: int = 200) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() and len(value) <= limit else None


def keep_cleaned_fields(article: Article, rec: dict) -> Article:
    """``article`` with the record's own dateline, agencies and kind where its cleaning found none, and
the lines the record says were removed before any its cleaning removed now."""
    dateline = _text(rec.get("dateline"))
    if article.dateline is None and dateline:
        article.dateline = dateline
        offset = rec.get("dateline_offset")
        article.dateline_offset = offset if isinstance(offset, int) and not isinstance(offset, bool) and offset >= 0 else None
    if article.dateline_date is None and (printed := _text(rec.get("dateline_date"), 60)):
        article.dateline_date = printed
    agencies = rec.get("agencies")
    if not article.agencies and isinstance(agencies, list) and len(agencies) <= _MAX_AGENCIES:
        names = [_text(a, 80) for a in agencies]
        if names and all(names):
            article.agencies = list(dict.fromkeys(names))  # type: ignore[arg-type]
    removed = rec.get("boilerplate_removed")
    if isinstance(removed, list) and 0 < len(removed) <= _MAX_REMOVED and all(isinstance(r, str) for r in removed):
        article.boilerplate_removed = removed + [r for r in article.boilerplate_removed if r not in removed]
    if article.kind is None and rec.get("kind") in _KINDS:
        article.kind = rec["kind"]
    return article
