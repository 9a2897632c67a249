"""A headline's "<subject> to <verb>" is a plan: "Dockers to strike from Monday" is the Monday ahead.

Headlines write what is to come as a bare infinitive after its subject, with no "will" or "are due": "Port workers
to walk out on Thursday", "Council to vote on budget on Friday".  No cue of the future stands in such a line, so the
nearest-cue rule of :func:`.cues.sentence_tense` found none and a weekday fell back to the past one.  A line of a
headline's shape (one line, no full stop, a question or an exclamation mark closing it, at most 14 words) whose first
"to" comes right after a noun (a word that is no verb of motion or change that takes "to": "Miners return to work on
Monday" is the strike's end, told in the headline present) and before a lower-case word (a verb: not "to the", "to
40", "to Paris") states a plan, and a day in it is ahead.  English only.
"""

from __future__ import annotations

import re

# the verbs of motion, change and result that take "to" before a noun or a figure, in their headline forms: the "to"
# after them is a preposition ("returns to work", "rises to 40", "sentenced to life")
_TO_TAKERS = re.compile(
    r"(?:return|head|go|went|come|came|move|rise|rose|fall|fell|drop|climb|jump|slip|slide|lead|travel|flock|take|took"
    r"|turn|switch|shift|back|up|due|set|plan|vote|agree|seek|want|aim|pledge|vow|expect|hope|face|get|got|push|pull"
    r"|send|sent|fly|flew|flee|fled|rush|run|ran|walk|sail|drive|drove)(?:s|es|ed|d|ing)?"
    r"|\w+ed",
    re.I,
)
# a line of a headline's shape: no sentence mark closing it
_HEADLINE = re.compile(r"[^\n.!?]{3,120}")
# the first "to" in it, the word before it and the lower-case word after it
_TO = re.compile(r"(?<![\w’'-])(?P<before>[\w’'-]+)[ \u00a0]+to[ \u00a0]+(?P<verb>[a-z][a-z-]+)\b")
# words after "to" that are no verb: an article, a possessive, a pronoun, a quantifier
_NOT_VERBS = frozenset("the a an his her its their our my your this that these those all some each every no".split())


def headline_plan(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` stands in a headline-shaped line that states a plan with "<subject> to <verb>"."""
    lo = text.rfind("\n", 0, s) + 1
    hi = text.find("\n", e)
    hi = len(text) if hi < 0 else hi
    line = text[lo:hi].strip()
    if not _HEADLINE.fullmatch(line) or len(line.split()) > 14:
        return False
    m = _TO.search(line)
    if m is None or m.start() == 0 and line[:1].islower():
        return False
    if _TO_TAKERS.fullmatch(m.group("before")) or m.group("verb") in _NOT_VERBS:
        return False
    return lo + text[lo:hi].index(line) + m.end() <= s  # the day comes after the plan's verb
