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

A monarchy named by its month ("the July Monarchy", "la monarchie de Juillet") is a name as those are.  A crisis is
named by its month too, but "the October crisis" is as often this year's: it is a name only where the sentence
dates it to another time, by a year in figures or a word of the past ("the October crisis of 1970", "decades
ago").  A season is written in lower case in the languages that read it (German, which capitalises every noun,
aside): one with a capital inside a sentence is a name ("the Prague Spring", "la Primavera Árabe").
"""

from __future__ import annotations

import re

from parallax.analyze.timelex import month_adjectives

# nouns (their stems) of events that history names by a month: revolution, uprising, war, putsch
_EVENT = (
    r"revolution\w*|revoluc\w*|revolúci\w*|revolucij\w*|rewolucj\w*|révolution\w*|rivoluzion\w*|revolução|revoluç\w*|"
    r"революц\w*|революці\w*|forradalom\w*|forradalm\w*|uprising\w*|insurrection\w*|insurrezion\w*|insurrección\w*|"
    r"levantamiento\w*|aufstand\w*|aufständ\w*|powstani\w*|povstání\w*|povstanie\w*|felkelés\w*|восстани\w*|"
    r"war|wars|wojn\w*|válk\w*|vojn\w*|háború\w*|guerre|guerra|войн\w*|putsch\w*|puč\w*|pucs\w*|путч\w*|"
    r"monarch\w*|monarqu\w*|монархи\w*"
)
# a crisis, named by its month only where the sentence sets it in another time (see the module)
_CRISIS = r"cris[ie]s|crise|crisi|krise|kryzys\w*|kriz\w*|кризис\w*|криз\w*|válság\w*"
_CRISIS_AFTER = re.compile(rf"\s{{1,3}}(?:{_CRISIS})(?!\w)", re.I)
_CRISIS_BEFORE = re.compile(rf"(?<!\w)(?:{_CRISIS})\s+(?:(?:of|de|del|d['’]|di|do|da)\s*)?\Z", re.I)
_ANOTHER_TIME = re.compile(
    r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)|(?<!\w)(?:ago|decades?|centur(?:y|ies)|anniversary|historic\w*|history|il y a|hace|fa|há|vor)(?!\w)", re.I
)
# the event noun after the month, up to two words (adjectives, never an article: "in October the war ended") between:
# "říjnová socialistická revoluce"
_ARTICLE = r"(?:the|a|an|this|that|der|die|das|den|dem|ein|eine|le|la|les|un|une|el|los|las|il|lo|gli|o|os|as|az|a)(?!\w)"
_EVENT_AFTER = re.compile(rf"(?:\s{{1,3}}(?!{_ARTICLE})[^\W\d_]{{1,30}}){{0,2}}?\s{{1,3}}(?:{_EVENT})(?!\w)", re.I)  # bounded runs: linear
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
    if _CRISIS_AFTER.match(text, e) or _CRISIS_BEFORE.search(text, max(0, s - 20), s):
        lo, hi = text.rfind(".", 0, s) + 1, text.find(".", e)
        return bool(_ANOTHER_TIME.search(text[lo:s] + " " + text[e : hi if hi >= 0 else len(text)]))
    word = text[s:e]
    return word.lower() in _ADJECTIVES and word[:1].isupper() and not _SENTENCE_START.search(text, max(0, s - 10), s)


def names_a_season(text: str, s: int, e: int) -> bool:
    """Whether the season at ``text[s:e]``, in a language that writes seasons in lower case, is written with a capital
    inside a sentence: a proper name ("the Prague Spring", "la Primavera Árabe"), not a season of a year."""
    return text[s:s + 1].isupper() and not _SENTENCE_START.search(text, max(0, s - 10), s)
