"""Values as people read them: dates, figures with their units, outlet labels, links, text direction.

Shared by the HTML report, the text report and the web app, so one value reads
the same everywhere.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from parallax.publication_times import hours_later
from parallax.records import headline_key
from parallax.report.unit_plurals import counted_unit


def safe_url(url: Any) -> str | None:
    """``url`` if it is an absolute http(s) URL, else ``None`` (no ``javascript:`` links)."""
    if not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur", "ps", "yi"})


def text_dir(language: str | None) -> str | None:
    """``"rtl"`` for an article in a right-to-left language (``ar``, ``ar-EG``...), else
    ``None``.  Where the language is unknown or wrong, the ``dir="auto"`` on each
    text-bearing element still picks the direction from the text itself."""
    if not isinstance(language, str):
        return None
    return "rtl" if language.strip().lower().replace("_", "-").split("-")[0] in RTL_LANGUAGES else None


def fmt_published(value: str | None) -> str:
    if not value:
        return "date unknown"
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        return value
    day = f"{dt:%a} {dt.day} {dt:%b %Y}"
    if "T" not in value:
        return day
    zone = dt.strftime("%z")
    return f"{day}, {dt:%H:%M}" + (f" UTC{zone[:3]}:{zone[3:]}" if zone else "")


def fmt_value(value: Any, unit: str | None = None, language: str | None = None) -> str:
    """A conflict value for people: lists joined, floats without noise, a unit if known (an age
    reads "aged 61", not "61 age"), an English report's counted noun in the plural ("12 workers":
    :mod:`.unit_plurals`)."""
    if isinstance(value, list):
        return "; ".join(fmt_value(v, unit, language) for v in value) or "—"
    if isinstance(value, float):
        text = f"{value:,.0f}" if value.is_integer() else f"{value:,.3g}"
        if unit == "age":
            return f"aged {text}"
        return f"{text} {counted_unit(unit, value, language)}" if unit else text
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,} {counted_unit(unit, value, language)}" if unit else f"{value:,}"
    if value is None:
        return "—"
    return str(value)


def conflict_unit(conflict: dict, article: str) -> str | None:
    """The counted noun of one article's value in a number conflict: the conflict's shared ``unit``, or the
    article's own in ``units`` ("23 people" / "31 rioters").  Both sit beside ``values`` (schema /2), so an
    article whose id is "unit" is one more article."""
    units = conflict.get("units")
    if isinstance(units, dict) and isinstance(units.get(article), str):
        return units[article]
    unit = conflict.get("unit")
    return unit if isinstance(unit, str) else None


def own_labels(label: dict[str, str], article: str) -> dict[str, str]:
    """Labels for a headline's conflict with its own body: its value under :func:`~parallax.records.headline_key`,
    the body's under the id."""
    name = label.get(article, article)
    return {article: f"{name} (text)", headline_key(article): f"{name} (headline)"}


def labels(articles: list[dict]) -> dict[str, str]:
    """A short, unique label per article: the outlet, numbered when an outlet repeats."""
    base = {a["id"]: (a.get("outlet") or a["id"]) for a in articles}
    counts: dict[str, int] = {}
    for v in base.values():
        counts[v] = counts.get(v, 0) + 1
    seen: dict[str, int] = {}
    out = {}
    for a in articles:
        name = base[a["id"]]
        if counts[name] > 1:
            seen[name] = seen.get(name, 0) + 1
            name = f"{name} ({seen[name]})"
        out[a["id"]] = name
    return out


def counted(n: float, one: str, many: str) -> str:
    """``1 story``, ``5 stories``: a count in English grammar wherever a report or page prints one
    (the charts said "1 stories"); a whole float prints as an integer."""
    return f"{n:g} {one if n == 1 else many}" if isinstance(n, float) else f"{n} {one if n == 1 else many}"


def warning_text(warning: dict[str, Any], label: dict[str, str]) -> str:
    """A fact's warning in words, for the text and HTML reports: whose slip it is and what it is."""
    who = label.get(warning.get("article", ""), warning.get("article", ""))
    if warning.get("kind") == "weekday_mismatch":
        return f"{who}: “{warning.get('text')}”: {warning.get('value')} is a {warning.get('weekday')}, not the weekday written"
    return f"{who}: {warning.get('kind')} “{warning.get('text')}”"


def _span(hours: float) -> str:
    """A gap between two publication times in words: "1 hour", "7 hours", "3 days" (two days or more)."""
    n = max(1, round(hours))
    if n >= 48:
        return counted(round(hours / 24), "day", "days")
    return counted(n, "hour", "hours")


def update_note(conflict: dict, label: dict[str, str], published: dict[str, str | None]) -> str | None:
    """A number conflict whose larger figure came later (``later``, :mod:`parallax.compare.updates`) in words:
    "likely an update: The Ledger reported the larger figure 7 hours later than Wire"; None for any other conflict.
    ``published`` maps article id -> its ``published``; a bare date makes the gap a least one ("at least 8 hours")."""
    later = conflict.get("later")
    if not isinstance(later, str):
        return None
    earlier = next((k for k in conflict.get("values") or {} if k != later), None)
    who, than = label.get(later, later), label.get(earlier, earlier) if earlier else None
    gap = hours_later(published.get(earlier), published.get(later)) if earlier else None
    when = "later" if gap is None else f"{'' if gap[1] else 'at least '}{_span(gap[0])} later"
    if than == who:  # one outlet's two reports (a wire's morning and evening stories): "... in a report 14 hours later"
        return f"likely an update: {who} reported the larger figure in a report {when}"
    return f"likely an update: {who} reported the larger figure {when}" + (f" than {than}" if than else "")
