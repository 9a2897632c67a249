"""The days of a sport report's "UP NEXT" box are the teams' coming games.

AP ends a game story with a box: a heading "UP NEXT" (or "Next up", "Up next:") and one line per team, "Lakers: Host
Denver on Saturday night.", "Celtics: At New York on Sunday.", with no verb of tense.  A bare weekday in a sentence
with no tense is read as the latest one on or before publication, so the box put each team's next game on a day gone,
a week early, against another outlet's "will visit New York on Sunday" (a false date conflict).  What follows such
a heading lists fixtures, all ahead: the heading alone in its paragraph turns every later paragraph's weekdays ahead
(the box closes the story), and one that opens a paragraph ("Up next: Celtics at New York on Monday.") that
paragraph's.  The headings are English only; other languages' boxes keep the default.
"""

from __future__ import annotations

import re

# a fixtures heading: alone in its paragraph (a colon at most after it), or opening it with a colon
_HEADING = re.compile(r"[ \t]*+(?:up[ \t]next|next[ \t]up|next[ \t]games?|next[ \t]fixtures?)[ \t]*+(?P<colon>:)?", re.I)


def fixtures_heading(paragraph: str, language: str) -> tuple[bool, bool]:
    """(whether ``paragraph`` is under a fixtures heading of its own, whether the paragraphs after it are too)."""
    if language != "en" or (m := _HEADING.match(paragraph)) is None:
        return False, False
    if not paragraph[m.end() :].strip():
        return True, True  # "UP NEXT" alone: the box's lines follow
    return bool(m.group("colon")), False
