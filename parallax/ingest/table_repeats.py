"""A table's footer that repeats its header row, dropped.

Long tables repeat the header row in ``<tfoot>`` so that it shows again under the last row; the markup puts
``<tfoot>`` before ``<tbody>`` (as HTML 4 required), and the extraction, reading in source order, set the header row
twice on top ("| Pos | Player | Plays | % | Stats |" two times over a team's snap counts, a Zyte dev page).  A footer
whose text is the header's says nothing new: it goes.  A footer with its own text (totals, a source note) stays.
"""

from __future__ import annotations


def _words(el) -> str:
    return " ".join(" ".join(el.itertext()).split())


def drop_repeated_footers(tree) -> int:
    """Remove each ``<tfoot>`` whose text is its table's ``<thead>`` text; the number removed."""
    doomed = []
    for table in tree.iter("table"):
        head = next((c for c in table if c.tag == "thead"), None)
        if head is None:
            continue
        heading = _words(head)
        doomed += [c for c in table if c.tag == "tfoot" and heading and _words(c) == heading]
    for el in doomed:
        el.drop_tree()
    return len(doomed)
