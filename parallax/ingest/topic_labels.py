"""A dossier or topic label over a link to the outlet's page on the subject: "Dossier: The harbour bridge",
"Topics: Transport, City council", "Schwerpunkt: Hafenbrücke", "Sujet : La réforme des retraites".

The line is the site's navigation set inside the article (a pointer to a page that gathers other stories), not
reporting.  It is told by its label (the word for a dossier, topic, focus or series, and a colon) *and* by what
follows the label: only the whole text of one or more of the page's links, set apart by commas or bars.  A
paragraph that opens with the same word and goes on in words of its own ("Dossier: the ministry's 300-page file
was leaked ...") is prose, and stays even where it closes on a link.
"""

from __future__ import annotations

import re

# the label: dossier, topic(s), focus, special, series, tags (en, de, fr, es, it, nl, pl, pt)
_LABEL = re.compile(
    r"^\W*(?:dossiers?|topics?|related topics|tags?|focus|special|series|in focus|more on|"
    r"themen?|schwerpunkt|spezial|serie|"
    r"sujets?|thèmes?|thématiques?|"
    r"temas?|especial|argomenti|temi|speciale|"
    r"onderwerpen|onderwerp|tematy?|assuntos?)\s?:\s?",
    re.I,
)
_SEPARATOR = re.compile(r"\s*[,|·•/]\s*")
_MAX_WORDS = 25


def topic_label_reason(line: str, links: frozenset[str]) -> str | None:
    """``"related link"`` when ``line`` is a dossier or topic label followed only by the texts of the page's links."""
    if not links or len(line.split()) > _MAX_WORDS:
        return None
    m = _LABEL.match(line)
    if not m:
        return None
    rest = line[m.end() :].strip().rstrip(".")
    if not rest:
        return None
    if rest in links:
        return "related link"
    parts = [p for p in _SEPARATOR.split(rest) if p]
    return "related link" if parts and all(p in links for p in parts) else None
