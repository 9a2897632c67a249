"""A body's short form in brackets after its name is no part of the speaker.

"the Energy and Water Utilities Regulatory Authority (EWURA) said on Tuesday": the press gives a body's acronym in
brackets the first time it names the body; the parser's subject runs into the bracket and stops before its close
("… Authority (EWURA"), and the name of the speaker then held a bracket no other report writes (and the step that
finds a fuller name cut it further, to "and Water Utilities …").  The speaker is the name before the bracket.
"""

from __future__ import annotations

import re

from parallax.analyze.span_index import index_of
from parallax.records import Article

# a name, then its short form in brackets at the end (closed or not): capitals, digits and "&" ("EWURA", "BPBD", "P&O")
_SHORT_AFTER = re.compile(r"\([A-Z][A-Za-z0-9&.-]{1,11}\)?\Z")


def drop_bracketed_short_forms(article: Article) -> None:
    """Cut each speaker at the bracket that gives its short form (see the module)."""
    for q in article.quotes:
        if q.speaker and (m := _SHORT_AFTER.search(q.speaker)) and q.speaker[: m.start()].strip():
            q.speaker = q.speaker[: m.start()].rstrip()
            if q.speaker_start is not None and q.speaker_end is not None:
                q.speaker_end = q.speaker_start + len(article.text[q.speaker_start : q.speaker_end].split("(")[0].rstrip())


def names_a_body(article: Article, start: int | None, end: int | None) -> bool:
    """Whether the speaker at ``start:end`` is all of an organisation's name the entity stage found ("the Energy and
    Water Utilities Regulatory Authority"): a body's name, which the fitting of a person's name must leave whole (it
    read "Energy" as a role before a name and cut it)."""
    if start is None or end is None:
        return False
    # (by the entities' index: a scan of every entity for each speaker grew as the square of a long article)
    return any(
        e.label == "ORG" and e.start <= start + 4 and end <= e.end and len(e.text.split()) > 2
        for e in index_of(article.entities).reaching(end, start + 4)
    )
