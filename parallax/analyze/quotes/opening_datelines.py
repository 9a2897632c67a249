"""A dateline that opens an article's text is no part of the reported speech its first sentence opens with.

Ingest sets the dateline apart from the first paragraph ("LAHORE: A fire ...", "ABUJA — The central bank ...",
"SINGAPORE (Reuters) - ...": :func:`parallax.ingest.datelines.split_dateline`) and records it on the article; an
article built in code (``Article(text=...)``, the library's own entry) keeps it in its text.  The content of reported
speech that opens the sentence ('LAHORE: A fire at a textile factory killed 14 workers, police said') then began with
the place, which no speaker said and which made two outlets' statements differ by a word.  Where the article has no
dateline of its own and its first paragraph opens with one, a quotation that starts inside it starts after it.  And
where the entity model tags the upper-case place an organisation ("NAIROBI: The toll rose to 14."), a headline's
source label (:func:`.name_labels.headline_label`: "Pence: ...") made the place the speaker of the whole sentence:
a claim whose speaker is the dateline is none (a word that labels a source, "POLL:", stays one).  The dateline shapes are ingest's, with their guards against ordinary prose (a known place, an upper-case run).
"""

from __future__ import annotations

from parallax.analyze.quotes.name_labels import SOURCE_LABELS
from parallax.ingest.datelines import split_dateline
from parallax.records import Article


def drop_opening_dateline(article: Article) -> None:
    """Start each quotation of ``article`` that opens inside a dateline leading its text after the dateline."""
    if article.dateline or not article.quotes:
        return
    text = article.text
    lead = len(text) - len(text.lstrip())
    first = text[lead : text.find("\n", lead) if "\n" in text[lead:] else len(text)]
    line = split_dateline(first)
    if line is None or line.before or not line.place:
        return
    end = lead + len(first) - len(line.after)
    end += len(text[end:]) - len(text[end:].lstrip(" \u00a0"))
    if line.place.lower() not in SOURCE_LABELS:
        article.quotes[:] = [q for q in article.quotes if not (q.cue == ":" and q.speaker_start is not None and lead <= q.speaker_start < end)]
    for q in article.quotes:
        if q.kind == "indirect" and lead <= q.start < end < q.end:
            q.start = end
            q.text = text[end : q.end]
