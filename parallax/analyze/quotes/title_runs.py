"""A speaker read after a cue that is the title alone, where the title holds lower-case words: Swahili names the
office's body after "wa" ("amesema Mkuu wa Mkoa Neema Kalinga", said the regional commissioner Neema Kalinga), so
the run of capitalised words after the cue stops at "Mkuu" and the title spoke.  The person is the name after the
whole title (:data:`parallax.analyze.titles.TITLES`, which lists the common ones whole).
"""

from __future__ import annotations

import re

from parallax.analyze.titles import TITLES
from parallax.letters import UPPER

LANGS = frozenset({"sw"})
_NAME_RUN = re.compile(rf"[{UPPER}][\w'’-]*(?:[ \u00a0][{UPPER}][\w'’-]*)*")


def past_title(text: str, start: int, end: int) -> tuple[int, int]:
    """The name after a title opening ``text[start:end]`` (up to the end of its capitalised run), else the span."""
    title = TITLES.match(text[start : start + 80])
    name = _NAME_RUN.match(text, start + title.end()) if title else None
    return (name.start(), name.end()) if name else (start, end)
