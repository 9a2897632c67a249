"""A live blog's entry times and headings, kept with their entries.

A live blog heads each entry with its time, often in a ``<time>`` inside the entry's ``<header>``; trafilatura drops
headers as page furniture, and with them every entry's time, so "this morning" in an entry has no clock to read by
and the entries blur into one text.  Here each such time's shown text ("09:15", "14.10 Uhr", "10:15 a.m.") is lifted
out, on a paragraph of its own before its header, where the cleaning joins a stamp standing alone to the entry after
it, "09:15 – Entry", as it does for a text's own stamps (:func:`parallax.ingest.clean._attach_stamps`).

The entry's heading goes with its time (ext45): trafilatura drops it with the header or the meta block that holds it
("<div class="entry-meta"><time>10:40</time><h2>Power cut for 12,000 homes</h2></div>"), or as a link when the
heading is the entry's permalink ("<h2><a href="#post-2">…</a></h2>"), or, on a short blog whose entries are a
heading and one paragraph each, every heading after the first (trafilatura 2.3 reads such entry blocks as divs); so
the heading in the entry's header block, or the one right after its time, is set as a plain paragraph after the
lifted time, and the entry reads "10:40 – Power cut for 12,000 homes", then its text.  The header block is the widest element above the time (up to
:data:`_HEADER_DEPTH`) that holds no paragraph and no other entry's time.

Only a page with :data:`_MIN_ENTRIES` times or more, each a bare clock time, counts as a live blog: one or two are
the page's own publication and update times, which :mod:`parallax.ingest.html` reads from the metadata.  Session 37.
"""

from __future__ import annotations

from lxml import etree

from parallax.ingest.clean import LIVE_STAMP

_MIN_ENTRIES = 3
_HEADER_DEPTH = 3  # the header above a time: "<header><div class="meta"><time>"
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_TEXT_BLOCKS = ("p", "blockquote", "ul", "ol", "table", "figure", "article")
_MAX_HEADING_WORDS = 25  # a heading, not a paragraph set in a heading tag


def _anchor(time, times: set) -> etree._Element:
    """The element the stamp goes before: the entry's header block holding the time, else the time's own block."""
    anchor = time
    for depth, el in enumerate(time.iterancestors()):
        if depth >= _HEADER_DEPTH or el.tag in ("body", "main", "article"):
            break
        if el.tag == "header" or "header" in (el.get("class") or "").lower():
            return el
        if next(el.iter(*_TEXT_BLOCKS), None) is not None or any(t in times for t in el.iter("time") if t is not time):
            break  # the entry itself (its text) or a list of entries
        anchor = el
    return anchor


def _headings(anchor) -> list:
    """The entry's heading: those inside its header block, else the heading right after the block."""
    inside = [h for h in anchor.iter(*_HEADINGS)] if anchor.tag != "time" else []
    if inside:
        return inside
    after = anchor.getnext()
    return [after] if after is not None and after.tag in _HEADINGS else []


def _lift_heading(para, heading) -> None:
    text = " ".join(heading.text_content().split())
    if not text or len(text.split()) > _MAX_HEADING_WORDS:
        return
    lifted = etree.Element("p")
    lifted.text = text
    para.addnext(lifted)
    heading.drop_tree()  # (its tail stays)


def lift_entry_times(tree) -> int:
    """Put each live-blog entry's ``<time>`` on a paragraph of its own before the entry's header, its heading after
    it; the number lifted."""
    stamps = [(t, " ".join(t.text_content().split())) for t in tree.iter("time")]
    stamps = [(t, shown) for t, shown in stamps if LIVE_STAMP.match(shown)]
    if len(stamps) < _MIN_ENTRIES:
        return 0
    times = {t for t, _ in stamps}
    for time, shown in stamps:
        anchor = _anchor(time, times)
        if anchor.getparent() is None:
            continue
        para = etree.Element("p")
        para.text = shown
        anchor.addprevious(para)
        for heading in reversed(_headings(anchor)):
            _lift_heading(para, heading)
        if anchor is time:  # (the time's own text is now the paragraph's; what follows it stays)
            time.drop_tree()
    return len(stamps)
