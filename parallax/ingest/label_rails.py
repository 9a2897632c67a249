"""A rail of other stories' headlines typed under a read-also label, with no link on them: "More on this story" /
"Council approves new budget for schools" / "Ferry operator wins contract for harbour route", "Lesen Sie auch:" /
"- Stadtrat beschließt neuen Haushalt", "Czytaj także" over a list of headlines.

The rules that know such a rail by its links (:func:`parallax.ingest.related_links.without_related_runs`,
:mod:`parallax.ingest.related_boxes`) do not see headlines an editor typed into the text, and the label itself is
often gone before they run (trafilatura drops "More on this story" as boilerplate), so the headlines stood in the
body as the article's own lines.  The page still shows the rail: a block whose whole text is a read-also label
(:data:`parallax.ingest.related_links.RELATED`, alone, perhaps with its colon) and after it, block by block, only
headlines: a capital or a figure first, :data:`_MIN_WORDS` to :data:`_MAX_WORDS` words (list items
up to :data:`_MAX_ITEM_WORDS`), no sentence's stop at the end.  The rail ends at the first block of another shape (a sentence: the article resumes).  Two headlines at least:
one short line under such a label may be the article's own crosshead ("Lesen Sie auch:" / "Die Fähre als Ersatz" /
the paragraph).  A label that introduces sentences introduces no rail, and crossheads with no label above them
stay.  :func:`rail_headlines` reads the rail from the page, :func:`without_rail_headlines` drops its lines from the
text, wherever the extraction left them (the label goes with the line filters).  Where the page sets the label and
the first headline in one block ("Lesen Sie auch: Stadtrat beschließt neuen Haushalt"), the block opens the rail with
that headline, and goes whole, where two headlines at least follow it (one such block is most often an inline
read-also link above the article's next crosshead: dw.com, plantcaretoday.com on the trafilatura set's dev pages).
"""

from __future__ import annotations

import re

from parallax.ingest.related_links import RELATED
from parallax.ingest.unshown import INVISIBLE_TAGS

_BLOCKS = frozenset({"p", "div", "li", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "td", "blockquote", "section"})
_BULLET = re.compile(r"^[-–—•·*▪►][ \t\u00a0]+")
_STOPS = (".", ":", ";", ",", "!", "…")
# a label run into a headline is most often one inline read-also link ("Read more: Looted art: ..."), followed by the
# article's own crosshead, which is headline-shaped too: such a block opens a rail only with two headlines after it
_MIN_WORDS, _MAX_WORDS, _MAX_LABEL_WORDS, _MIN_RAIL, _MIN_GLUED_RAIL = 3, 16, 8, 2, 3
# a rail set as a list: its items are the rail's own blocks, so a long headline there (a teaser's headline and its
# line of summary run together, "Council approves new budget for schools after a long debate over teacher pay …") is
# one too, up to this many words; a paragraph of that length with no stop is more likely the article's own
_MAX_ITEM_WORDS = 32
_LEAD = " \t\u00a0:–—-|»›"


def _leaf_blocks(tree):
    """``(text, tag)`` of the page's innermost blocks in document order, spaces normalised (hidden elements skipped)."""
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag not in _BLOCKS:
            continue
        if any(anc.tag in INVISIBLE_TAGS for anc in el.iterancestors()):
            continue
        if any(isinstance(d.tag, str) and d.tag in _BLOCKS for d in el.iterdescendants()):
            continue
        text = " ".join(el.text_content().split())
        if text:
            yield text, el.tag


def _norm(line: str) -> str:
    return _BULLET.sub("", " ".join(line.split()), count=1)


def _is_label(text: str) -> bool:
    m = RELATED.match(text)
    return m is not None and not text[m.end() :].strip() and len(text.split()) <= _MAX_LABEL_WORDS


def _is_headline(text: str, tag: str = "") -> bool:
    item = _norm(text)
    return (
        _MIN_WORDS <= len(item.split()) <= (_MAX_ITEM_WORDS if tag == "li" else _MAX_WORDS)
        and (item[0].isupper() or item[0].isdigit())
        and not item.endswith(_STOPS)
        and not _is_label(item)
    )


def _glued_headline(text: str) -> str | None:
    """The headline a read-also label runs into in one block ("Lesen Sie auch: Stadtrat beschließt ..."), or ``None``."""
    m = RELATED.match(text)
    if m is None or len(text[: m.end()].split()) > _MAX_LABEL_WORDS:
        return None
    rest = text[m.end() :].lstrip(_LEAD)
    return rest if rest and rest != text and _is_headline(rest) else None


def rail_headlines(tree) -> frozenset[str]:
    """The headlines of the rails the page types under a read-also label (see the module's docstring), bullets off;
    where the label runs into the first headline in one block, that block's whole text as well."""
    out: set[str] = set()
    rail: list[str] | None = None
    block = ""  # the label's block where it runs into the first headline
    for text, tag in [*_leaf_blocks(tree), ("", "")]:  # ("": closes a rail that ends the page)
        if rail is not None and text and _is_headline(text, tag):
            rail.append(_norm(text))
            continue
        if rail is not None and len(rail) >= (_MIN_GLUED_RAIL if block else _MIN_RAIL):
            out.update([*rail, block] if block else rail)
        glued = _glued_headline(text) if text else None
        rail, block = ([], "") if _is_label(text) else ([_norm(glued)], text) if glued else (None, "")
    return frozenset(out)


def without_rail_headlines(lines: list[str], headlines: frozenset[str]) -> list[str]:
    """``lines`` without the lines that are one of the rail's ``headlines`` (a list item's dash aside)."""
    if not headlines:
        return lines
    return [ln for ln in lines if _norm(ln) not in headlines]
