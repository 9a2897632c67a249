"""Plain text: an optional headline on the first line, then paragraphs."""

from __future__ import annotations

from collections.abc import Iterator

from parallax.config import Options
from parallax.ingest import reader
from parallax.ingest.clean import clean_paragraphs, looks_like_title, normalize, split_paragraphs
from parallax.ingest.decode import decode_bytes
from parallax.records import Article


def article_from_text(raw: str, ident: str, source: str, title: str | None = None, **meta) -> Article:
    """Clean a plain text body; if no title is given, a headline-like first line becomes it, and if no
    outlet is given, the agency its dateline names ("PARIS (AFP) —") becomes it."""
    text = normalize(raw)
    lines = text.strip("\n").split("\n")
    if title is None and len(lines) > 1 and looks_like_title(lines[0]):
        title = lines[0].strip()
        text = "\n".join(lines[1:])
    cleaned = clean_paragraphs(split_paragraphs(text))
    if not meta.get("outlet") and cleaned.agency:
        meta["outlet"] = cleaned.agency  # a wire story's dateline names its outlet: "LONDON (Reuters) -"
    return Article(
        id=ident,
        text=cleaned.text,
        title=title,
        dateline=cleaned.dateline,
        dateline_offset=cleaned.dateline_offset,
        boilerplate_removed=cleaned.removed,
        source=source,
        **meta,
    )


@reader(".txt", ".text")
def read_text(data: bytes, source: str, stem: str, options: Options) -> Iterator[Article]:
    raw = decode_bytes(data, source)
    yield article_from_text(raw, stem, source, published=options.default_published)
