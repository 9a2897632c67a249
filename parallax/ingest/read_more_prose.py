"""A sentence of the report that opens on "Read more about the …", which is no "Read more" lead-in.

The furniture rules take a paragraph opening "Read more" for the lead-in of a link to another story
(:data:`parallax.ingest.boilerplate._CTA`, "advertisement or link"): "Read more about the storm", "Read more about
the closure here.", "Read more about the plans in our explainer."  A writer also opens a sentence of the report so:
"Read more about the bridge's past, and a pattern emerges: the council closed it twice before, in 1978 and 1994."
Such a sentence runs on: it is long (:data:`_MIN_WORDS`), closes on a full stop, points nowhere (no "here",
"below", "link", no "our" or "you", no address) and is not itself one of the page's links (the HTML line filters
check that, :func:`parallax.ingest.line_filters.line_reason`).  Only the English "Read more about"/"Read more on"
opening is judged here; the lead-ins of other languages keep their rules.
"""

from __future__ import annotations

import re

_OPENING = re.compile(r"^[\W_]*read more (?:about|on) ", re.I)
# where a pointer sends the reader: a place on the page or the site, the outlet or the reader, a link or an address
_POINTS = re.compile(
    r"\b(?:here|below|above|link|links|click|tap|our|ours|us|we|you|your|website|site|page|app|newsletter|"
    r"explainer|guide|live blog|coverage)\b|https?://|www\.|[:|›»>]\s*$",
    re.I,
)
_MIN_WORDS = 14
_STOP = (".", "!", "?", ".”", '."', "!”", "?”")


def is_read_more_prose(sentence: str) -> bool:
    """Whether ``sentence`` opens on "Read more about …" as a sentence of the report (see the module's docstring)."""
    text = sentence.strip()
    return (
        _OPENING.match(text) is not None
        and len(text.split()) >= _MIN_WORDS
        and text.endswith(_STOP)
        and _POINTS.search(text) is None
    )


def is_read_more_link(line: str, links: frozenset[str]) -> bool:
    """Whether ``line`` is a whole link of the page that opens on "Read more about …" (a pointer however long)."""
    return line in links and _OPENING.match(line) is not None
