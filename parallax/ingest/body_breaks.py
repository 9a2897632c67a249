"""Paragraph breaks for a body held as one run of text.

A CMS often flattens the ``articleBody`` it puts in JSON-LD: the paragraphs joined by spaces, no break left
(:mod:`parallax.ingest.embedded_body` reads it where the markup is thin).  As one paragraph it would be analysed as
one: a quotation or a date could reach across what were two paragraphs, and the reports show a wall of text.

The breaks come back from what the page still shows: where the DOM has some of the paragraphs (the first one
over a paywall, a teaser), each ends a paragraph of the body too.  The rest is cut into runs of sentences, as news
writing sets them (a paragraph of one to three sentences): a run ends after :data:`_RUN` sentences.  Session 38.
"""

from __future__ import annotations

import re

from parallax.letters import UPPER

# a sentence's end, then a space and the next one's capital (or its opening quotation mark): not "Mr. Roe" (the
# abbreviation's full stop follows a capital and at most three letters), not "U.S. Army"
_SENTENCE_END = re.compile(
    rf"(?<![{UPPER}][a-z.])(?<![{UPPER}][a-z]{{2}})(?<=[^\W_][^\W\d_]|[^\W_]\d)[.!?…][\"”’»)]?\s+(?=[\"“«‘]?[{UPPER}])"
)
_RUN = 3  # sentences to a paragraph where nothing shows the breaks
_MIN_SHOWN = 40  # a paragraph of the DOM that marks a break: a sentence or more, not a label
_MIN_SENTENCES = 2 * _RUN  # a body shorter than two runs stays as it is


def _sentences(text: str) -> list[str]:
    cuts = [m.end() for m in _SENTENCE_END.finditer(text)]
    bounds = [0, *cuts, len(text)]
    return [p for a, b in zip(bounds, bounds[1:], strict=False) if (p := text[a:b].strip())]


def with_breaks(body: str, shown: list[str]) -> list[str]:
    """``body``, one run of text, as paragraphs: cut after each of the DOM's paragraphs ``shown`` that it holds, and
    each part longer than a run into runs of :data:`_RUN` sentences."""
    parts = [body]
    for line in shown:
        if len(line) < _MIN_SHOWN:
            continue
        for i, part in enumerate(parts):
            at = part.find(line)
            if at >= 0:
                pieces = [part[:at].strip(), line, part[at + len(line) :].strip()]
                parts[i : i + 1] = [p for p in pieces if p]
                break
    out: list[str] = []
    for part in parts:
        sentences = _sentences(part)
        if len(sentences) < _MIN_SENTENCES and part not in shown:
            out.append(part)
            continue
        out += [" ".join(sentences[k : k + _RUN]) for k in range(0, len(sentences), _RUN)]
    return out
