"""A closing list of other stories whose items carry a date or a source after the link: "- Ferry service to start in
March (12.03.2026)", "Mayor faces inquiry over bridge | Reuters", "Engineers warn of cracks, 2 hours ago".

:func:`parallax.ingest.closing_lines.without_closing_links` takes a closing run of three lines or more that are each the
whole text of one of the page's links: a rail of other headlines.  A rail that prints each story's date or source
beside its link left lines that are no link's whole text, and the run stayed.  An item here is a link's text
(a headline of three words or more) followed only by a short tail set off by brackets or a separator; an item
whose link is a few words inside a sentence of its own ("The engineers' report found cracks in two supports")
opens with no link and is a point of the article's list, which stays.
"""

from __future__ import annotations

import re

_BULLET = re.compile(r"^[-•·*▪►»›][ \t\u00a0]+")
# where a tail may start after the link's text: a bracket, a dash or bar set off by spaces, a comma
_TAIL_START = re.compile(r" \(| [–—|·-] |, ")
_MIN_LINK_WORDS, _MAX_TAIL_WORDS = 3, 5


def _tail(rest: str) -> bool:
    """Whether ``rest`` (after the link's text) is a short tail: a bracket closing at the line's end, or a few words
    after a separator."""
    rest = rest.strip()
    if rest.startswith("("):
        return rest.endswith(")") and rest.count("(") == 1 and len(rest.split()) <= _MAX_TAIL_WORDS
    body = rest.lstrip("–—|·-,").strip()
    return bool(body) and len(body.split()) <= _MAX_TAIL_WORDS and not body.endswith((".", "?", "!", ":"))


def link_item(line: str, links: frozenset[str]) -> bool:
    """Whether ``line`` is an item of a closing list of other stories: a link's whole text, after a bullet or not,
    with a short tail of its date or source or none (see the module's docstring)."""
    line = _BULLET.sub("", line.strip(), count=1)
    if line in links:
        return True
    for m in _TAIL_START.finditer(line):
        head = line[: m.start()]
        if len(head.split()) >= _MIN_LINK_WORDS and head in links:
            return _tail(line[m.start() :])
    return False
