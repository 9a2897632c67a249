"""A text's own introduction, told from the outlet's note that may open a page.

The note at the top of a page ("Start your morning with the Harbour Brief ... Sign up for the free daily
newsletter.") is dropped as a whole when a sentence after its first is a call to the reader
(:func:`parallax.ingest.line_filters.is_house_note`).  A blog's or a newsletter roundup's first paragraph often
has the same calls ("Follow us to stay up to date ...", "... and subscribe to our channel") around the sentence
that presents what follows: "In this edition of our roundup: the bridge, the ferry and the bill", "In this
article we look at ...".  That sentence speaks of the text itself, which no note on the outlet's offers does: the
paragraph is the text's opening and stays.

:func:`introduces_text` looks for such a sentence: "in this" (or "in today's", "in this week's") and a name for a
piece of writing, in the languages the extraction's other rules know.
"""

from __future__ import annotations

import re

# "in this edition", "in this week's roundup", "in today's post", "in diesem Artikel", "dans cet article",
# "en esta entrega", "in questo numero", "neste artigo", "in deze aflevering" (not "newsletter": a note on the
# newsletter speaks of the offer, "In this newsletter you get ...")
_THIS_TEXT = re.compile(
    r"\b(?:in (?:this|today['’]s|this week['’]s|this month['’]s) (?:\w+ )?(?:edition|issue|article|post|blog post|piece|round-?up|guide|episode|"
    r"instalment|installment|column|update|report|review|overview|briefing|series|story)|"
    r"in (?:dieser|der heutigen) (?:ausgabe|folge)|in diesem (?:artikel|beitrag|text|blog(?:beitrag|post)?|überblick|rückblick)|"
    r"dans (?:cet|ce|cette) (?:article|billet|numéro|édition|épisode|dossier|revue|chronique)|"
    r"en (?:este|esta) (?:artículo|entrega|edición|número|post|episodio|resumen|reportaje)|"
    r"in (?:questo|questa) (?:articolo|post|numero|edizione|puntata|rassegna)|"
    r"nest[ea] (?:artigo|post|edição|número|episódio|reportagem)|"
    r"in (?:dit|deze) (?:artikel|stuk|blog|aflevering|editie))\b",
    re.I,
)


def introduces_text(paragraph: str) -> bool:
    """Whether ``paragraph`` holds a sentence presenting the text it opens ("In this edition of our roundup: ...")."""
    return _THIS_TEXT.search(paragraph) is not None
