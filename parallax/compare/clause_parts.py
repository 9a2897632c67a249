"""The clauses of one quoted sentence, as another outlet may print them apart.

One outlet prints '"We have kept our promise, and we will finish the bridge by spring," Ruiz said.'; another
cuts it in two: 'Ruiz said the council had "kept our promise".' and '"We will complete the bridge by spring,"
Ruiz said.'  The first part joins the whole as a trim; the second could not join too, since its article would
then hold two quotations of one group (read as two statements), and a quotation of one sentence has no
parts to match them one by one (:func:`.split_quotes.part_matches`).  Its clauses are those parts: the
sentence cut where a comma or semicolon is followed by a coordinating conjunction, each side of three words
or more, so a list ("schools, hospitals, and roads") stays whole.  English only: other languages' conjunctions
and commas follow other rules.
"""

from __future__ import annotations

import re

# a comma and "and"/"but"/"so", or a semicolon, between two clauses of one sentence
_CLAUSE_GAP = re.compile(r"(?:,[ \u00a0]+(?:and|but|so)|;)[ \u00a0]+", re.IGNORECASE)
_LEAST = 3  # words of each side


def clause_parts(text: str, language: str | None) -> list[str]:
    """The coordinated clauses of one English quoted sentence, or ``[text]`` where it has none."""
    if (language or "en")[:2] != "en":
        return [text]
    parts = [p.strip() for p in _CLAUSE_GAP.split(text)]
    if len(parts) < 2 or any(len(p.split()) < _LEAST for p in parts):
        return [text]
    return parts
