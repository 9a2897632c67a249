"""A list the extraction lost after the sentence that announces it.

trafilatura drops the ``<ul>``/``<ol>`` of a body on some templates (a list whose items it scores as a menu, one
in a block with an unlucky class name) while it keeps the paragraph that leads into it: "So schützen Sie sich vor
Einbrechern:", "Diese Tipps machen dir den Umzug leichter:".  The text then ends a paragraph on a colon
and goes on to something else, and the line filters drop the lead-in too when it closes the text (a dangling
label).  The page still holds the list right after the lead-in's element, so it comes back from the tree, as
trafilatura writes list items (``- item``), under its lead-in.

Only a list of :data:`_MIN_ITEMS` items or more, none of them already in the text, and not a list of links (a
rail of teasers or a menu after "Read also:" is links: an item whose text is mostly a link's is no body item).
The line filters judge what comes back as they judge the rest.  Found on the trafilatura set's dev pages (a
police advice page, a blog's tips, an accessibility notice), where trafilatura's recall mode keeps such lists.
"""

from __future__ import annotations

_MIN_ITEMS = 2
_MAX_LINK_SHARE = 0.5  # of an item's characters that are link text
_LIST_TAGS = ("ul", "ol")


def _text(el) -> str:
    return " ".join(el.text_content().split())


def _link_share(item) -> float:
    text = _text(item)
    if not text:
        return 1.0
    return sum(len(_text(a)) for a in item.iter("a")) / len(text)


def _items(lst) -> list[str]:
    """The texts of the list's own items, or ``[]`` when it is a list of links (or too short)."""
    items = [li for li in lst if getattr(li, "tag", None) == "li"]
    texts = [_text(li) for li in items]
    if len(items) < _MIN_ITEMS or not all(texts) or any(_link_share(li) > _MAX_LINK_SHARE for li in items):
        return []
    return texts


def _lead_in(lst):
    """The element right before the list (or before its wrapper, when the list is a block's only child)."""
    el = lst
    while el is not None:
        prev = el.getprevious()
        while prev is not None and not isinstance(prev.tag, str):  # (comments, processing instructions)
            prev = prev.getprevious()
        if prev is not None:
            return prev
        parent = el.getparent()
        if parent is None or _text(parent) != _text(el):  # the wrapper holds more than the list: no lead-in above it
            return None
        el = parent
    return None


def lost_lists(tree, lines: list[str]) -> dict[str, list[str]]:
    """For each line of ``lines`` that ends on a colon and leads into a list the text lacks, the list's items."""
    present = {" ".join(ln.split()) for ln in lines}
    colon_lines = {ln for ln in present if ln.endswith((":", "："))}
    if not colon_lines:
        return {}
    found: dict[str, list[str]] = {}
    for tag in _LIST_TAGS:
        for lst in tree.iter(tag):
            lead = _lead_in(lst)
            if lead is None or lst.getparent() is None:
                continue
            head = _text(lead)
            if head not in colon_lines or head in found:
                continue
            items = _items(lst)
            if items and not any(it in present or f"- {it}" in present for it in items):
                found[head] = [f"- {it}" for it in items]
    return found


def with_lost_lists(tree, lines: list[str]) -> list[str]:
    """``lines`` with the lists :func:`lost_lists` finds put back under their lead-ins (where the text does not
    already go on with list items)."""
    lists = lost_lists(tree, lines)
    if not lists:
        return lines
    out: list[str] = []
    for i, line in enumerate(lines):
        out.append(line)
        key = " ".join(line.split())
        if key in lists and not (i + 1 < len(lines) and lines[i + 1].lstrip().startswith("- ")):
            out.extend(lists.pop(key))
    return out
