"""A weekday in a language whose present names what is to come: ahead unless its sentence says otherwise.

Hungarian marks every past form ("-tt", "-t", "lett", "történt") and writes the future in the present: "Pénteken 12
forinttal emelkedik a benzin ára", in a report dated Thursday, is the next day, and was read as the last Friday, a
week back, against a second report's Friday (a false date conflict).  Where the lexicon says so
(:attr:`Lexicon.present_ahead`), a weekday in a sentence with no tense cue is ahead; and the reporting clause that
closes the sentence ("– közölte a portál.", ", mondta Kovács Péter.") tells when it was said, not when the rise
comes, so its past is no cue for what comes before it.
"""

from __future__ import annotations

import re

from parallax.analyze.timelex import Lexicon
from parallax.analyze.times.cues import sentence_tense
from parallax.analyze.times.final_verbs import final_verb_tense

# a short closing clause after a comma or a dash, up to the sentence's end: "– közölte a Holtankolnék.hu."
_CLOSING = re.compile(r"(?:,|[ \t][–—-])[ \t]++[^\s,!?–—]++(?:[ \t]++[^\s,!?–—]++){0,5}+(?=[.!?]?(?:\s|\Z))")


def weekday_tense(lex: Lexicon, text: str, s: int, e: int) -> str | None:
    """The tense of the sentence of a weekday at ``text[s:e]`` (see the module): 'future', 'past' or None."""
    tense = final_verb_tense(lex, text, s, e) or sentence_tense(lex, text, s, e)  # Turkish: the verb after it (:mod:`.final_verbs`)
    if not lex.present_ahead or tense == "future":
        return tense
    if tense == "past":
        end = re.compile(r"[.!?\n]").search(text, e)
        stop = end.start() if end else len(text)
        closing = next((c for c in _CLOSING.finditer(text, e, min(len(text), stop + 1)) if c.end() >= stop - 1), None)
        if closing is None or sentence_tense(lex, text[: closing.start()], s, e) == "past":
            return "past"
    return "future"
