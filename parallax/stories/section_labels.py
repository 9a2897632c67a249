"""A section's label is no part of the event: left out of what story grouping embeds.

An opinion piece or an analysis often carries its section's name on its headline ("Opinion | After Memphis, we
cannot look away again", "Comment: Bailey is right to wait", "Kommentar: …", "… | Opinion") or alone on the first
line of its text ("Opinion", "Tribune"). The embedding of title and lead (:func:`parallax.stories.features.lead_text`)
read that word as part of what the article tells, and it drew the piece away from the reports of its event: a
column on a supermarket shooting in Memphis, whose names and day matched the story's, scored 0.28 against it (the
join threshold is 0.3) with the label and 0.33 without. The label is known by the same rules ingest reads a page's
kind with (:func:`parallax.ingest.article_kind.label_kind`: a section name whole, so "Opinion poll: …" keeps its
words), and only the label goes: the headline's own words stay.
"""

from __future__ import annotations

from parallax.ingest.article_kind import label_kind
from parallax.ingest.opinion_signals import _TITLE_HEAD, _TITLE_TAIL


def unlabelled_title(title: str) -> str:
    """``title`` without a section label at its head ("Opinion | …", "Comment: …") or its tail ("… | Opinion")."""
    if (m := _TITLE_HEAD.search(title)) and label_kind(m.group("label")):
        rest = title[m.end() - 1 :].strip()
        if rest:
            title = rest
    if (m := _TITLE_TAIL.search(title)) and label_kind(m.group("label")):
        title = title[: m.start() + 1].strip()
    return title


def is_label(sentence: str) -> bool:
    """Whether a sentence of the lead is a section's label alone ("Opinion", "Tribune", "Kommentar")."""
    return len(sentence) <= 40 and label_kind(sentence) is not None
