"""A disputed count's figures from outside its fact, and the outlets silent on it, in words.

A number conflict lists every outlet's figure for the count (:mod:`parallax.compare.every_outlet`), some read
from a sentence that did not align with the fact (``outside``), and names the outlets that give no such figure
(``silent``).  A reader sees the fact's sentences beside the figures, so a figure from elsewhere must say where
it came from, and an outlet missing from the figures must read as silent, not overlooked.  Shared by the text
report and the HTML view.
"""

from __future__ import annotations

from typing import Any

OUTSIDE_NOTE = "not aligned with this fact"


def outside_sentences(conflict: dict[str, Any], label: dict[str, str]) -> list[tuple[str, str]]:
    """(outlet label, sentence) of each figure read from a sentence that is not the fact's."""
    outside = conflict.get("outside")
    if not isinstance(outside, dict):
        return []
    return [(label.get(k, k), str(v)) for k, v in outside.items() if isinstance(v, str)]


def silent_outlets(conflict: dict[str, Any], label: dict[str, str]) -> list[str]:
    """The labels of the outlets that give no figure of the disputed count."""
    silent = conflict.get("silent")
    return [label.get(k, k) for k in silent if isinstance(k, str)] if isinstance(silent, list) else []


def unaligned_lines(conflict: dict[str, Any], label: dict[str, str]) -> list[str]:
    """The text report's lines under a conflict's figures: where each figure from elsewhere came from, and the
    outlets that give none."""
    lines = [f"{who}'s figure is from a sentence {OUTSIDE_NOTE}: “{text}”" for who, text in outside_sentences(conflict, label)]
    if silent := silent_outlets(conflict, label):
        lines.append("no such figure: " + ", ".join(silent))
    return lines
