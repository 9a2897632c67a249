"""The byline a plain text prints under its headline: "By Jane Doe", "Von Max Muster, dpa", "Por Ana Ruiz | Madrid".

A text file carries no metadata, so the only byline it has is the line its writer set above the story.  Cleaning
removed the plain shapes of that line but lost the names with it (the article had no byline, and the web app and a
store query by author found nothing), and left the shapes it does not know in the text ("Von Max Muster, dpa"),
where the line became a unique fact of one report.  Here the opening lines (above the first long paragraph, under
the headline and its deck) are read for a line that opens with a word for "by" (:data:`parallax.ingest.authors._LEAD`)
and then names people: one to five capitalised words each, no figure, no month or weekday ("By Monday, the dam
…" is a sentence), a role, agency or place after a comma or bar dropped ("By Jane Doe, Science Correspondent").
That line leaves the text and its names are the byline.
"""

from __future__ import annotations

import re

from parallax.ingest.authors import _LEAD, byline_names

_MAX_LINE_WORDS = 14
_MAX_NAME_WORDS = 5
_LONG_PARAGRAPH_WORDS = 20  # a paragraph this long is the story: no byline is looked for below it
_OPENING = 4  # paragraphs looked at
# what follows the names: a role, an agency or a place after a comma, bar or dash; or "in <Place>" at the end
_AFTER_NAMES = re.compile(r"\s*+[,|·•–—]\s*+.*$|\s++-\s++.*$|\s*+\([^()]{1,60}\)$|\s++(?:in|en|aus|à|a|em)\s++\w[\w.-]*+$")
_SEPARATORS = " ,|·•–—-()"
_PARTICLES = frozenset({"de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "du", "dos", "das", "bin", "al", "el", "y"})
_SENTENCE_END = re.compile(r"[.!?]\s*+$")


def byline_line_names(line: str) -> list[str]:
    """The names of ``line`` where it is an opening byline line, else ``[]``."""
    from parallax.ingest.date_lines import _calendar_words

    line = " ".join(line.split())
    lead = _LEAD.match(line)
    if lead is None or not line[:1].isupper() or len(line.split()) > _MAX_LINE_WORDS:
        return []
    names_part = _AFTER_NAMES.sub("", line[lead.end():])
    if not names_part or _SENTENCE_END.search(names_part) and not re.search(r"\b\w\.$", names_part):
        return []
    names = byline_names(names_part)
    calendar = _calendar_words()
    for name in names:
        words = name.split()
        if not 1 <= len(words) <= _MAX_NAME_WORDS or any(c.isdigit() for c in name):
            return []
        if any(w.lower().strip(".,") in calendar for w in words):
            return []
        if not all(w[:1].isupper() or w.lower() in _PARTICLES for w in words) or not words[-1][:1].isupper():
            return []
    return names


def byline_tail(line: str) -> str:
    """What a byline line sets after its names ("dpa" in "Von Max Muster, dpa", "EFE" in "Por Ana Ruiz (EFE)"), for
    the agencies it credits (:func:`parallax.ingest.agencies.credited_agencies` reads it as a line of its own)."""
    line = " ".join(line.split())
    lead = _LEAD.match(line)
    tail = _AFTER_NAMES.search(line[lead.end():]) if lead else None
    return tail.group().strip(_SEPARATORS) if tail else ""


def split_opening_byline(paragraphs: list[str]) -> tuple[list[str], str | None, list[str]]:
    """``paragraphs`` less their opening byline line, that line (or ``None``) and its names."""
    for i, paragraph in enumerate(paragraphs[:_OPENING]):
        if names := byline_line_names(paragraph):
            return paragraphs[:i] + paragraphs[i + 1:], paragraph, names
        if len(paragraph.split()) >= _LONG_PARAGRAPH_WORDS:
            break
    return paragraphs, None, []
