"""The zero-width joiners of a page kept through trafilatura, which drops them.

trafilatura keeps only printable characters (``str.isprintable``), and the zero-width non-joiner (U+200C) and
joiner (U+200D) are format characters, so it removes them from every line it extracts.  In Persian and the Indic
scripts they are part of a word's spelling: "سه‌شنبه" (Tuesday) came out "سهشنبه", "آتش‌سوزی" (fire) "آتشسوزی",
so a standfirst read from the tree with its joiners and the same sentence from trafilatura without them were two
sentences, and a quotation did not meet its other outlet's copy from a text file.  :func:`hide_joiners` writes
each joiner as a pair of variation selectors, printable combining marks that never follow each other in text,
before the page is parsed; :func:`restore_joiners` puts the joiners back in what was extracted.
"""

from __future__ import annotations

import re

_MARKS = {"\u200c": "\U000e0100\U000e0101", "\u200d": "\U000e0100\U000e0102"}
_BACK = {mark: joiner for joiner, mark in _MARKS.items()}
# a joiner as a character or a character reference: "&zwnj;", "&#8204;", "&#x200C;", "&zwj;", "&#8205;", "&#x200D;"
_JOINER = re.compile(r"\u200c|&zwnj;|&#8204;|&#x0*200c;|(?P<zwj>\u200d|&zwj;|&#8205;|&#x0*200d;)", re.I)
_MARK = re.compile("|".join(_BACK))


def hide_joiners(html: str) -> str:
    """``html`` with each zero-width (non-)joiner written as its printable mark."""
    if "\u200c" not in html and "\u200d" not in html and "&" not in html:
        return html
    return _JOINER.sub(lambda m: _MARKS["\u200d" if m.group("zwj") else "\u200c"], html)


def restore_joiners(text: str) -> str:
    """``text`` with the marks of :func:`hide_joiners` back as the joiners they stand for."""
    return _MARK.sub(lambda m: _BACK[m.group(0)], text) if "\U000e0100" in text else text
