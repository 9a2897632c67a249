"""Geometry of the report's timeline and the table of resolved dates.

Computed in Python so the template only draws: one lane per article, a mark
per resolved day or range, publication days as triangles.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from parallax.compare.dates import interval
from parallax.report.time_reading import time_reading


def _pub_day(value: str | None) -> date | None:
    try:
        return datetime.fromisoformat(value).date() if value else None
    except ValueError:
        return None


def _ticks(lo: date, hi: date) -> list[tuple[date, str]]:
    span = (hi - lo).days
    out = []
    if span <= 16:
        d = lo
        while d <= hi:
            out.append((d, f"{d.day} {d:%b}"))
            d += timedelta(days=1)
    elif span <= 120:
        d = lo + timedelta(days=(7 - lo.weekday()) % 7)
        while d <= hi:
            out.append((d, f"{d.day} {d:%b}"))
            d += timedelta(days=7)
    elif span <= 1500:
        d = date(lo.year, lo.month, 1)
        step = 1 if span <= 400 else 3
        while d <= hi:
            if d >= lo:
                out.append((d, d.strftime("%b %Y")))
            m = d.month - 1 + step
            d = date(d.year + m // 12, m % 12 + 1, 1)
    else:
        for y in range(lo.year + 1, hi.year + 1):
            out.append((date(y, 1, 1), str(y)))
    return out


FOCUS_BEFORE, FOCUS_AFTER = 90, 150  # days around the publication dates the timeline shows at scale


def timeline(comparison: dict, label: dict[str, str], width: int = 960) -> dict | None:
    """Geometry of the timeline SVG: one lane per article, a dot per resolved
    day, a bar per month/week/range, a triangle at publication.

    The axis spans the news window (a few months around publication); a date
    far outside it (a background year, a misresolved month) is drawn as an
    arrow at the edge with its value, so it cannot squash everything else."""
    arts = comparison["articles"]
    items = [(t, iv) for t in comparison.get("times") or [] if (iv := interval(t.get("value"), loose=True))]
    if not items:
        return None
    pubs = {a["id"]: _pub_day(a.get("published")) for a in arts}
    pub_days = [d for d in pubs.values() if d]
    days = [d for _, iv in items for d in iv] + pub_days
    lo, hi = min(days), max(days) + timedelta(days=1)
    if pub_days:
        lo = max(lo, min(pub_days) - timedelta(days=FOCUS_BEFORE))
        hi = min(hi, max(pub_days) + timedelta(days=FOCUS_AFTER))
    pad = max(1, (hi - lo).days // 30)
    lo, hi = lo - timedelta(days=pad), hi + timedelta(days=pad)
    left, right, lane = 170, 28, 34
    span = (hi - lo).days or 1

    def x(d: date) -> float:
        d = min(max(d, lo), hi)
        return round(left + (width - left - right) * (d - lo).days / span, 1)

    lanes = []
    for n, a in enumerate(arts):
        y = 30 + n * lane
        marks, labels_at, arrows = [], [], []
        last_end = -1.0
        for t, (a0, a1) in sorted((it for it in items if it[0]["article"] == a["id"]), key=lambda it: it[1][0]):
            reading = time_reading(t.get("value"), t.get("granularity"))
            tip = f"{label.get(a['id'], a['id'])}: “{t.get('text')}” → {t.get('value')}" + (f" ({reading})" if reading else "")
            text = str(t.get("text") or "")[:24]
            if a1 < lo or a0 >= hi:  # outside the window: an arrow at the edge
                before = a1 < lo
                arrows.append({"x": left - 4 if before else width - right + 4, "y": y, "before": before, "title": tip})
                continue
            x0, x1 = x(a0), x(a1 + timedelta(days=1))
            cx = round((x0 + x1) / 2, 1)
            marks.append({"point": a0 == a1, "x": x0, "w": max(3.0, round(x1 - x0, 1)), "cx": cx, "y": y, "title": tip})
            if cx - 2 > last_end:
                labels_at.append({"x": cx, "y": y - 8, "text": text})
                last_end = cx + 6.2 * len(text)
        pub = pubs.get(a["id"])
        lanes.append({
            "y": y,
            "label": label.get(a["id"], a["id"]),
            "marks": marks,
            "labels": labels_at,
            "arrows": arrows,
            "pub": {"x": round((x(pub) + x(pub + timedelta(days=1))) / 2, 1), "title": f"{label.get(a['id'], a['id'])} published {a.get('published')}"} if pub else None,
        })
    height = 30 + len(arts) * lane + 30
    ticks = [{"x": x(d), "label": text} for d, text in _ticks(lo, hi)]
    return {"width": width, "height": height, "left": left, "right": width - right, "axis_y": height - 24, "lanes": lanes, "ticks": ticks}


def times_table(comparison: dict, label: dict[str, str]) -> list[dict]:
    """Resolved dates grouped by value: which outlets said what for the same day."""
    rows: dict[str, dict] = {}
    for t in comparison.get("times") or []:
        # (a set apart from a length of the same value: "daily" is every day, "one day" a day long; both are P1D)
        key = (t.get("value") or "") + ("/set" if t.get("granularity") == "set" else "")
        row = rows.setdefault(key, {"value": t.get("value"), "granularity": t.get("granularity"), "by": {}})
        row["by"].setdefault(t["article"], []).append(t.get("text") or "")
    return sorted(rows.values(), key=lambda r: (r["value"] is None, str(r["value"])))
