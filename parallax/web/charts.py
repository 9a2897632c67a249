"""Small bar charts drawn by the server as SVG geometry.

The server computes every coordinate and the template only writes the
numbers into ``<rect>``/``<text>`` elements: no chart library, no script, and
the charts print and work with JavaScript off.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from parallax.report.formatting import counted
from parallax.web.service import StoryEntry, day_of

WIDTH, HEIGHT = 360, 190
LEFT, BOTTOM, TOP, RIGHT = 34, 40, 14, 8


def bar_chart(title: str, pairs: list[tuple[str, float]], unit: tuple[str, str], every: int = 1, xlabel: str = "") -> dict:
    """Geometry of a bar chart of ``(label, value)`` pairs; every ``every``-th label is printed. ``unit`` is the
    counted noun, singular and plural, so a bar of one reads "1 story", not "1 stories"."""
    top = max((v for _, v in pairs), default=0) or 1
    step = _nice_step(top)
    top = step * -(-top // step)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / max(1, len(pairs))
    widest = max((len(label) for label, _ in pairs), default=1) * 6.0 + 8  # px at the 10px axis font
    every = max(every, -int(-widest // slot))  # print only as many labels as fit side by side
    bars = []
    for i, (label, value) in enumerate(pairs):
        h = plot_h * value / top
        bars.append({
            "x": round(LEFT + i * slot + slot * 0.12, 1), "w": round(max(1.0, slot * 0.76), 1),
            "y": round(TOP + plot_h - h, 1), "h": round(h, 1),
            "label": label, "value": value, "tip": f"{label}: {counted(value, *unit)}",
            "show_label": i % every == 0, "lx": round(LEFT + i * slot + slot / 2, 1),
        })
    grid = [{"y": round(TOP + plot_h - plot_h * v / top, 1), "v": f"{v:g}"} for v in _range(0, top, step)]
    return {"title": title, "unit": unit[1], "xlabel": xlabel, "width": WIDTH, "height": HEIGHT, "bars": bars, "grid": grid,
            "left": LEFT, "right": WIDTH - RIGHT, "base": TOP + plot_h, "empty": not pairs}


def _nice_step(top: float) -> float:
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000):
        if top / step <= 5:
            return step
    return 10 ** len(str(int(top)))


def _range(lo: float, hi: float, step: float) -> list[float]:
    out, v = [], lo
    while v <= hi + 1e-9:
        out.append(v)
        v += step
    return out


def _buckets(counts: dict[date, float], max_days: int = 31) -> tuple[str, list[tuple[str, float]]]:
    """Counts per day over a short span, per week (labelled by its Monday) over a longer one (at most a year)."""
    if not counts:
        return "day", []
    hi, lo = max(counts), min(counts)
    if (hi - lo).days < max_days:
        unit, step, start = "day", timedelta(days=1), lo
    else:
        unit, step = "week", timedelta(days=7)
        start = max(lo - timedelta(days=lo.weekday()), hi - timedelta(days=hi.weekday() + 7 * 51))
    out, d = [], start
    while d <= hi:
        out.append((f"{d.day} {d:%b}", sum(v for k, v in counts.items() if d <= k < d + step)))
        d += step
    return unit, out


def charts(stories: list[StoryEntry]) -> list[dict]:
    """Stories per day, outlets per story, conflicts over time."""
    per_day: Counter[date] = Counter()
    conflicts: Counter[date] = Counter()
    for s in stories:
        d = day_of(s.first_published)
        if d:
            per_day[d] += 1
            if s.compared:
                conflicts[d] += s.conflicts
    outlets = Counter(len(s.outlets) for s in stories)
    by_outlets = [(str(k), float(outlets.get(k, 0))) for k in range(1, max(outlets, default=0) + 1)]
    unit, days = _buckets(per_day)
    c_unit, conflict_days = _buckets(conflicts) if conflicts else ("day", [])
    return [
        bar_chart(f"Stories per {unit}", days, ("story", "stories"), max(1, len(days) // 6), f"{unit} of the first report"),
        bar_chart("Outlets per story", by_outlets, ("story", "stories"), max(1, len(by_outlets) // 8), "number of outlets"),
        bar_chart("Conflicts over time", conflict_days, ("conflict", "conflicts"), max(1, len(conflict_days) // 6), f"{c_unit} of the story's first report"),
    ]
