"""The source's name set beside its role after "according to" is no part of the content it is the source of.

"According to the Managing Director, Akosua Boateng, demand from housing projects drove the growth": Ghanaian,
Nigerian and Singaporean papers name the role first and the person in apposition to it, then the content.  The
cue's reading takes the name for the source and began the content at the name itself ("Akosua Boateng, demand ..."),
so the same statement read differently from another report's ("Boateng said demand ... drove the growth").  An
indirect quotation whose content opens with its own speaker's span and a comma starts after them: no one is quoted
saying their own name as the subject of an apposition.
"""

from __future__ import annotations

from parallax.records import Article


def drop_apposed_source(article: Article) -> None:
    """Start each indirect quotation that opens with its own speaker's name and a comma after them."""
    text = article.text
    for q in article.quotes:
        if q.kind != "indirect" or q.speaker_start != q.start or q.speaker_end is None or q.speaker_end >= q.end:
            continue
        rest = text[q.speaker_end : q.end]
        if not rest.startswith(","):
            continue
        start = q.speaker_end + 1 + (len(rest) - 1 - len(rest[1:].lstrip()))
        if start < q.end:
            q.start, q.text = start, text[start : q.end]
