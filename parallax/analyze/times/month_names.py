"""A month inside the name of a historical event ("the October Revolution", "Velká říjnová socialistická revoluce").

History names revolutions, uprisings, wars and putsches by the month they broke out in, and the name keeps the
month long after its year: "the October Revolution" is 1917's, "októberi forradalom" 1956's, "Powstanie
Styczniowe" 1863's.  Read as a month alone, such a name would date a report to this year's October and conflict
with another report's month.  Two signs tell the name, both rules of the languages rather than of a text:

* the month stands next to a noun of such an event: before it, with up to two adjectives between ("říjnová
  socialistická revoluce", "the October Revolution"), or after it, joined by "of" or its equivalent ("la
  Révolution d'octobre", "la Revolución de Octubre", "Rewolucja Październikowa");
* a month adjective of a language that writes those in lower case (Czech, Slovak, Polish, Croatian) is written
  with a capital inside a sentence ("Rewolucja Październikowa", "Powstanie Listopadowe"): a proper name.
"""

from __future__ import annotations

import re

from parallax.analyze.timelex import month_adjectives

# nouns (their stems) of events that history names by a month: revolution, uprising, war, putsch
_EVENT = (
    r"revolution\w*|revoluc\w*|revolúci\w*|revolucij\w*|rewolucj\w*|révolution\w*|rivoluzion\w*|revolução|revoluç\w*|"
    r"революц\w*|революці\w*|forradalom\w*|forradalm\w*|uprising\w*|insurrection\w*|insurrezion\w*|insurrección\w*|"
    r"levantamiento\w*|aufstand\w*|aufständ\w*|powstani\w*|povstání\w*|povstanie\w*|felkelés\w*|восстани\w*|"
    r"war|wars|wojn\w*|válk\w*|vojn\w*|háború\w*|guerre|guerra|войн\w*|putsch\w*|puč\w*|pucs\w*|путч\w*"
)
# the event noun after the month, up to two words (adjectives, never an article: "in October the war ended") between:
# "říjnová socialistická revoluce"
_ARTICLE = r"(?:the|a|an|this|that|der|die|das|den|dem|ein|eine|le|la|les|un|une|el|los|las|il|lo|gli|o|os|as|az|a)(?!\w)"
_EVENT_AFTER = re.compile(rf"(?:\s+(?!{_ARTICLE})[^\W\d_]+){{0,2}}?\s+(?:{_EVENT})(?!\w)", re.I)
# ... or before it, joined by "of" or directly: "Révolution d'octobre", "Revolución de Octubre", "Rewolucja Październikowa"
_EVENT_BEFORE = re.compile(rf"(?<!\w)(?:{_EVENT})\s+(?:(?:of|de|del|d['’]|di|do|da)\s*)?\Z", re.I)
# a preposition of time right before the month: "in October war broke out", "W październiku wojna się skończyła"
_GOVERNED = re.compile(
    r"(?<!\w)(?:in|im|en|w|we|v|ve|u|na|od|do|since|until|by|seit|bis|depuis|dès|desde|hasta|nel|dal|em|в|во|у|с|до|з|від)\s+\Z", re.I
)
_ADJECTIVES = {w.lower() for table in (month_adjectives.CS, month_adjectives.SK, month_adjectives.PL, month_adjectives.SH) for w in table}
# where a sentence starts: the text's start, a stop and its closing marks, a quotation mark or a bracket opened
_SENTENCE_START = re.compile(r"(?:\A|[.!?…:]\s*|[\"'„“”«»(\[]\s*)\Z")


def names_an_event(text: str, s: int, e: int, governed: bool = False) -> bool:
    """Whether the month at ``text[s:e]`` is part of a historical event's name, not a date.  A month a preposition
    governs ("in October war broke out") is a date whatever follows it."""
    governed = governed or bool(_GOVERNED.search(text, max(0, s - 12), s))
    if not governed and _EVENT_AFTER.match(text, e) or _EVENT_BEFORE.search(text, max(0, s - 40), s):
        return True
    word = text[s:e]
    return word.lower() in _ADJECTIVES and word[:1].isupper() and not _SENTENCE_START.search(text, max(0, s - 10), s)
