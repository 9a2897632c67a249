"""A live blog's entry times, kept with their entries.

A live blog heads each entry with its time, often in a ``<time>`` inside the entry's ``<header>``; trafilatura drops
headers as page furniture, and with them every entry's time, so "this morning" in an entry has no clock to read by
and the entries blur into one text.  Here each such time's shown text ("09:15", "14.10 Uhr", "10:15 a.m.") is lifted
out, on a paragraph of its own before its header, where the cleaning joins a stamp standing alone to the entry after
it, "09:15 – Entry", as it does for a text's own stamps (:func:`parallax.ingest.clean._attach_stamps`).

Only a page with :data:`_MIN_ENTRIES` times or more, each a bare clock time, counts as a live blog: one or two are
the page's own publication and update times, which :mod:`parallax.ingest.html` reads from the metadata.  Session 37.
"""

from __future__ import annotations

from lxml import etree

from parallax.ingest.clean import LIVE_STAMP

_MIN_ENTRIES = 3
_HEADER_DEPTH = 3  # the header above a time: "<header><div class="meta"><time>"


def _anchor(time):
    """The element the stamp goes before: the entry's header holding the time, else the time's own block."""
    for depth, el in enumerate(time.iterancestors()):
        if depth >= _HEADER_DEPTH:
            break
        if el.tag == "header" or "header" in (el.get("class") or "").lower():
            return el
    return time


def lift_entry_times(tree) -> int:
    """Put each live-blog entry's ``<time>`` on a paragraph of its own before the entry's header; the number lifted."""
    stamps = [(t, " ".join(t.text_content().split())) for t in tree.iter("time")]
    stamps = [(t, shown) for t, shown in stamps if LIVE_STAMP.match(shown)]
    if len(stamps) < _MIN_ENTRIES:
        return 0
    for time, shown in stamps:
        anchor = _anchor(time)
        if anchor.getparent() is None:
            continue
        para = etree.Element("p")
        para.text = shown
        anchor.addprevious(para)
        if anchor is time:  # (the time's own text is now the paragraph's; what follows it stays)
            time.drop_tree()
    return len(stamps)
