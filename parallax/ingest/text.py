"""Plain text: an optional headline on the first line, then paragraphs."""

from __future__ import annotations

from collections.abc import Iterator

from parallax.config import Options
from parallax.ingest import reader
from parallax.ingest.agencies import credited_agencies, dateline_agency
from parallax.ingest.article_kind import text_kind, url_kind
from parallax.ingest.clean import (
    byline_reason,
    clean_paragraphs,
    looks_like_title,
    norm_words,
    normalize,
    split_paragraphs,
    without_controls,
)
from parallax.ingest.decode import decode_bytes
from parallax.ingest.edge_lines import edge_line_reason
from parallax.ingest.text_byline import byline_line_names, byline_tail, split_opening_byline
from parallax.ingest.text_limit import check_text_length
from parallax.records import Article


def article_from_text(raw: str, ident: str, source: str, title: str | None = None, **meta) -> Article:
    """Clean a plain text body; if no title is given, a headline-like first line becomes it, and if no
    outlet is given, the agency its dateline names ("PARIS (AFP) —") becomes it."""
    text = normalize(raw)
    title = without_controls(title) if title else title  # a feed's, a page's or a JSON line's headline, as the text
    if meta.get("outlet"):  # and its outlet, shown beside the headline: an override there turned the row around
        meta["outlet"] = without_controls(meta["outlet"]).strip() or None
    lines = text.strip("\n").split("\n")
    if title is None and len(lines) > 1 and looks_like_title(lines[0]) and not byline_line_names(lines[0]):
        title = lines[0].strip()
        text = "\n".join(lines[1:])
    elif title and len(lines) > 1 and norm_words(lines[0]) == norm_words(title):
        # a JSON line's or a feed's text that repeats its headline on top: the headline is the title, not the
        # body's first paragraph, and the dateline under it opens the body ("LONDON (Reuters) -", "Husum. Der …")
        text = "\n".join(lines[1:])
    paragraphs, under_deck = _lines_under_deck(split_paragraphs(text))
    names = next((n for line in under_deck if (n := byline_line_names(line))), [])
    if not names:  # "By Jane Doe" under the headline: its names are the byline, the line leaves the text
        paragraphs, by_line, names = split_opening_byline(paragraphs)
        under_deck += [by_line] if by_line else []
    cleaned = clean_paragraphs(paragraphs)
    cleaned.removed[:0] = under_deck
    if names and not meta.get("byline"):
        meta["byline"] = names
    agency = dateline_agency(cleaned.agency, cleaned.text)  # not a region in brackets: "SELENKA (Karvelia) —"
    if not meta.get("outlet") and agency:
        meta["outlet"] = agency  # a wire story's dateline names its outlet: "LONDON (Reuters) -"
    tails = [t for line in under_deck if byline_line_names(line) and (t := byline_tail(line))]  # "Von Max Muster, dpa"
    meta.setdefault("agencies", credited_agencies([*cleaned.removed, *tails], agency))
    if not meta.get("kind") and (kind := url_kind(meta.get("url")) or text_kind(title, cleaned.text, cleaned.removed)):
        meta["kind"] = kind  # a feed's or a JSON line's address ".../opinion/...", a title's label "Opinion | …", a roundup
    return Article(
        id=ident,
        text=cleaned.text,
        title=title,
        dateline=cleaned.dateline,
        dateline_offset=cleaned.dateline_offset,
        dateline_date=cleaned.dateline_date,
        boilerplate_removed=cleaned.removed,
        source=source,
        **meta,
    )


_MAX_DECK = 2  # a subheadline, perhaps a second line of it


def _lines_under_deck(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """The paragraphs less the byline and date lines that stand under the deck (the subheadline below
    the title: "Passengers describe scramble for the slides" / "By Owen Pratt, Aviation Correspondent" /
    "Wednesday 6 May 2026"), and those lines.  The cleaning takes such lines only where they open the
    text; a deck above them, a headline line that is no sentence, would keep them as reporting."""
    deck = 0
    while (
        deck < min(_MAX_DECK, len(paragraphs) - 1) and looks_like_title(paragraphs[deck]) and not byline_reason(paragraphs[deck], "first")
    ):
        deck += 1
    end = deck
    while deck and end < len(paragraphs) - 1 and (byline_reason(paragraphs[end], "first") or edge_line_reason(paragraphs[end])):
        end += 1
    if not any(byline_reason(p, "first") for p in paragraphs[deck:end]):
        return paragraphs, []  # a date line alone under a headline-like line may be the story's own
    return paragraphs[:deck] + paragraphs[end:], paragraphs[deck:end]


@reader(".txt", ".text")
def read_text(data: bytes, source: str, stem: str, options: Options) -> Iterator[Article]:
    raw = decode_bytes(data, source)
    check_text_length(raw, source, options.max_text_chars)  # before the cleaning (:mod:`.text_limit`)
    article = article_from_text(raw, stem, source, published=options.default_published)
    article.published_from = "given" if article.published and article.published == options.default_published else None
    yield article
