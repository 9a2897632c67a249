"""A closing list of other stories' headlines typed as text lines, each after a dash: "- Council approves new
budget for schools", "- Ferry operator wins contract for harbour route" (no link, no list markup).

An editor who pastes the rail of related stories into the article's text field types each headline on a line of
its own after a dash; with no link on them, the rules that know a rail by its links
(:mod:`parallax.ingest.closing_link_items`) do not see it, and the headlines stayed as the article's last lines.
Three things tell the rail from the article's own closing list of points:

* each item is a headline: it opens on a capital or a figure, runs :data:`_MIN_WORDS` to :data:`_MAX_WORDS` words
  and ends on no stop or colon; points the article makes as sentences end on their full stop;
* the line before the run is no lead-in ending on a colon ("The plan has three parts:"), which makes the lines
  its points, and no dashed line of another shape: the run is then the tail of a longer list of the article's
  (a test's spec list, "- Länge: 2,44 Meter" ... "- Preis: 159,90 Euro"); an item that is a field, its label
  and a colon first ("Transportlänge: 127 Zentimeter"), is no headline either;
* the items are typed, not set as a list (``<li>``, which the extraction prints with a dash too): a list the page
  marks up is part of the article's structure, a typed rail is pasted after it.

Three items at least, at the very end of the text: two dashed lines may close a story's own summary.
"""

from __future__ import annotations

import re

_ITEM = re.compile(r"^[-–—][ \t\u00a0]+(\S.*)$")
# a headline may run long: a tabloid's, or a headline with its line of summary typed after it ("Council approves new
# budget for schools after a long night of debate …"), as many words as a rail's list item
# (:data:`parallax.ingest.label_rails._MAX_ITEM_WORDS`); a point of the article's that long ends on its stop
_MIN_WORDS, _MAX_WORDS, _MIN_RUN = 3, 32, 3
_FIELD = re.compile(r"^\S+(?: \S+)?\s?:\s")  # "Länge: 2,44 Meter", "Guide rings: nine"
_STOPS = (".", ":", ";", ",", "!", "…")


def _headline(line: str, list_items: frozenset[str]) -> bool:
    m = _ITEM.match(line.strip())
    if not m:
        return False
    item = m.group(1).strip()
    return (
        _MIN_WORDS <= len(item.split()) <= _MAX_WORDS
        and (item[0].isupper() or item[0].isdigit())
        and not item.endswith(_STOPS)
        and not _FIELD.match(item)
        and " ".join(item.split()) not in list_items
    )


def list_texts(tree) -> frozenset[str]:
    """The texts of the page's list items (``<li>``), spaces normalised."""
    return frozenset(" ".join(li.text_content().split()) for li in tree.iter("li"))


def without_typed_headlines(lines: list[str], list_items: frozenset[str]) -> list[str]:
    """``lines`` without a closing run of typed "- Headline" lines (see the module's docstring)."""
    end = len(lines)
    while end > 0 and _headline(lines[end - 1], list_items):
        end -= 1
    if len(lines) - end < _MIN_RUN or end == 0 or lines[end - 1].rstrip().endswith(":") or _ITEM.match(lines[end - 1].strip()):
        return lines
    return lines[:end]
