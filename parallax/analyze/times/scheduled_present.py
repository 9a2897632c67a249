"""A weekday of an English fixture or appointment told in the present simple: the coming one.

"The Tigers take on the Lions on Sunday", in a report published on a Saturday, has no tense cue (neither a past
form nor a "will"), so Sunday read as the last one, six days back, against another report's "will face the Lions on
Sunday" (a false date conflict).  English tells a timetable in the present simple ("the teams meet on Wednesday",
"the unions hold a rally on Thursday", "the magistrate adjourns the case to Monday"), and the press tells a past act
in the past: so a weekday after such a verb, in the same clause, is ahead where nothing else in its sentence gives a
tense, or only a closing reporting clause does ("..., coach Bola Adeyemi said.": it tells when it was said).

The verb is one of the acts a timetable holds (a match, a meeting, a hearing, a rally, a start or a return), in its
plain or "-s" form, with no determiner before it (a noun: "the start on Monday"); a weekday that hangs on a noun after
"of", "after", "since" or "from" ("survivors of the collapse on Tuesday") is that noun's, told as past.  And a case
"adjourned to" a weekday, in any tense, is adjourned to one ahead, as one adjourned "until" it is (:mod:`.cues`).
A headline, a line with no full stop, tells a past act in the present ("Miners return to work on Monday"): it
keeps the rule of its tense cues.
"""

from __future__ import annotations

import re

from parallax.analyze.timelex import LEXICONS, Lexicon
from parallax.analyze.times.cues import sentence_tense

_EVENT_VERBS = (
    r"take[sn]?\s+on|meets?|faces?|plays?|hosts?|visits?|welcomes?|travels?\s+to|heads?\s+to|clash(?:es)?|battles?"
    r"|squares?\s+off|tips?\s+off|kicks?\s+off|opens?|reopens?|starts?|begins?|resumes?|holds?|stages?|launch(?:es)?"
    r"|returns?|sits?|hears?|rules?|sentences?|votes?|debates?|decides?|wraps?\s+up|concludes?|ends?|closes?"
    r"|adjourns?|releases?|publish(?:es)?|reports?\s+(?:earnings|results)|unveils?|marks?|celebrates?|buries|bury"
)
_DETERMINERS = ("the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "every", "each", "of", "to")
_NOT_AFTER = "".join(rf"(?<!\b{d} )" for d in _DETERMINERS)
# the verb, then words of its clause up to the weekday: no comma, no relative pronoun, no preposition that hangs the
# weekday on a noun of its own
_SCHEDULED = re.compile(
    rf"{_NOT_AFTER}(?<![\w'’-])(?:{_EVENT_VERBS})\b"
    r"(?:[ \u00a0](?!(?:of|after|since|from|following|before|who|which|that|when|where|than)\b)[\w'’.-]+){0,7}?"
    r"[ \u00a0](?:(?:on|to|till|until)[ \u00a0])?\Z",
    re.I,
)
# a court's adjournment to a day, in any tense: "the case was adjourned to Wednesday", "adjourned the trial to Monday"
_ADJOURNED_TO = re.compile(r"(?<!\w)(?:adjourned|stood\s+down|postponed|deferred)\b[^.;!?,]{0,50}?[ \u00a0]to[ \u00a0]\Z", re.I)
# a short closing clause of saying, after a comma, to the sentence's end: ", coach Bola Adeyemi said."
_CLOSING_SAID = re.compile(
    r",[ \u00a0](?:[\w'’.-]+[ \u00a0]){0,5}?(?:said|says|told\s+[\w'’-]+|added|reported|announced|confirmed)[ \u00a0]?"
    r"(?:[\w'’.-]+[ \u00a0]?){0,4}[.!?]?(?=\s|\Z)"
)
_WINDOW = 90  # characters read back from the weekday


def scheduled_present(lex: Lexicon, text: str, s: int, e: int) -> bool:
    """Whether the English weekday at ``text[s:e]`` is the coming one as the day of a fixture told in the present, or
    the day a case was adjourned to (see the module)."""
    if lex is not LEXICONS["en"]:
        return False
    back = max(0, s - _WINDOW)
    if _ADJOURNED_TO.search(text, back, s):
        return True
    if not _SCHEDULED.search(text, back, s):
        return False
    end = re.compile(r"[.!?\n]").search(text, e)
    stop = end.start() if end else len(text)
    if stop >= len(text) or text[stop] == "\n":
        return False  # a headline tells a past act in the present: "Miners return to work on Monday"
    tense = sentence_tense(lex, text, s, e)
    if tense == "past":
        closing = _CLOSING_SAID.search(text, e, min(len(text), stop + 1))
        if closing is None or closing.end() < stop:
            return False
        tense = sentence_tense(lex, text[: closing.start()], s, e)
    return tense is None
