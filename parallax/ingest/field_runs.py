"""A closing run of a page template's fields: "PP:", "PC:", "items_count:", "FI slug:", "FI name: Abril 2022".

Some templates print their own variables under the article, labels with nothing or a token after the colon, often
with the page's address on a line of its own above them.  The extraction keeps them as short lines at the end of
the text.  One empty label is a dangling label (:mod:`parallax.ingest.boilerplate` drops it when it is last); a run
of them, with a filled one among them, is the template's field list, which no report prints: a report's closing
lines are sentences, and a fact box ("Population: 2,300", "Area: 12 km²") fills every label it prints.
"""

from __future__ import annotations

import re

# a label of one to three words (letters, digits, "_", ".", "-"), a colon, perhaps a value of a few words
_FIELD = re.compile(r"^(?P<label>[^\W\d][\w.-]*(?:[ ][\w.-]+){0,2})[ ]?:(?P<value>(?:[ ]?\S+){0,4})[ ]?$")
# the page's address alone on a line, with or without its scheme: "example.org/es/202204/story.htm"
_BARE_URL = re.compile(r"^(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}/\S*$", re.I)
_MIN_EMPTY_FIELDS = 3


def without_closing_fields(lines: list[str]) -> list[str]:
    """``lines`` without a closing run of template fields, :data:`_MIN_EMPTY_FIELDS` of them or more empty (the
    page's bare address just above the run goes with it)."""
    end, empty = len(lines), 0
    while end > 1 and (m := _FIELD.match(lines[end - 1])):
        empty += not m.group("value").strip()
        end -= 1
    if empty < _MIN_EMPTY_FIELDS:
        return lines
    if end > 1 and _BARE_URL.match(lines[end - 1]):
        end -= 1
    return lines[:end]
