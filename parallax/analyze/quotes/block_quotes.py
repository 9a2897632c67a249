"""A quotation set as a paragraph of its own without quotation marks, after "X added:" (English).

Opinion pieces and transcripts of broadcasts set a long quotation as a block: a paragraph that ends with its
speaker and a colon ("The governor added:", "Limbaugh said on his show:"), then the words, unmarked, in the
next paragraph.  :func:`.cues._colon_intro` finds who the colon announces; this module takes the next paragraph
as what they said when it has no quotation marks of its own.  With no marks the text does not show the words
as verbatim, so the quote is ``indirect`` (as attribution corpora, PolNeAR among them, count it).  Only a verb
of saying right before the colon announces a quotation: "The plan includes:" announces a list.
"""

from __future__ import annotations

import re

from parallax.analyze import Paragraph
from parallax.records import Quote

# the verb of saying (and an optional short phrase after it) that ends a paragraph announcing a block quotation
_ANNOUNCES = re.compile(
    r"\b(?:said|says|added|adds|wrote|writes|continued|continues|explained|explains|argued|argues|declared|stated|"
    r"told\s+\S+(?:\s+\S+)?|tweeted|posted|responded|replied|warned|insisted)(?:\s+(?:on|in|at|during|later|then)\b[^:]{0,40})?\s*:$",
    re.I,
)


def announces_block(text: str) -> bool:
    """Whether a paragraph ends by announcing a quotation set below it ("The governor added:")."""
    return bool(_ANNOUNCES.search(text.rstrip()))


def block_quote(para: Paragraph, intro: tuple, sentence: int) -> Quote | None:
    """The paragraph as the quotation ``intro`` (the speaker the previous paragraph's colon announced:
    name, start, end, cue) announced, if it is prose of some length."""
    text = para.text.strip()
    if len(text.split()) < 4:
        return None
    start = para.text.index(text)
    content = text.rstrip()
    return Quote(
        content, para.offset + start, para.offset + start + len(content), "indirect", intro[0], intro[1], intro[2], intro[3], sentence
    )
