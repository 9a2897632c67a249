"""Readers' comments under the article with no comment heading the line rules know: "Tom says: ...", "Reply".

A blog or a small paper prints its comments as paragraphs: the commenter's name with "says:" ("Tom says: Great
piece", "Klaus schreibt: ...", "Pierre a dit : ..."), perhaps its time, and a "Reply" button, under a heading of the
theme's own ("Responses", "What readers say") or none.  The extraction keeps them as the article's last lines.
A report quotes people with "says:" too, but no "Reply" button stands alone on a line after its quotation, so the
rule is the pair: from a line that opens with a name and a verb of saying and a colon (:data:`_SAYS`) to the end,
a "Reply" button among the lines (:data:`_REPLY`), near the end (:data:`_TAIL_LINES`); a short heading just above
goes with them, and the article above always stays, longer than the comments.
"""

from __future__ import annotations

import re

_SAYS = re.compile(
    r"^(?-i:[A-ZÀ-Ý])[\w.'’-]{0,20}(?:[ ][\w.'’-]{1,20}){0,3}[ ]"
    r"(?:says|said|wrote|writes|sagt|schreibt|schrieb|meint|dit|a dit|écrit|a écrit|dice|scrive|ha scritto|dijo|escribió|escribe|diz|disse)"
    r"(?:[ ](?:on|am|le|il|el|em)[ ][^:]{1,40})?[ ]?:",
    re.I,
)
_REPLY = re.compile(r"^[\W_]{0,3}(?:reply|antworten|répondre|rispondi|responder|responda|odpowiedz|beantwoorden)[\W_]{0,3}$", re.I)
_TAIL_LINES = 20
_MAX_HEADING_WORDS = 4


def without_comment_run(lines: list[str]) -> list[str]:
    """``lines`` without a closing run of readers' comments (see the module's docstring)."""
    start = next((i for i in range(max(1, len(lines) - _TAIL_LINES), len(lines)) if _SAYS.match(lines[i])), None)
    if start is None or not any(_REPLY.match(ln) for ln in lines[start + 1 :]):
        return lines
    if start > 1 and len(lines[start - 1].split()) <= _MAX_HEADING_WORDS and not lines[start - 1].endswith((".", "!", "?")):
        start -= 1  # the theme's heading: "Responses", "3 Antworten"
    if sum(len(ln.split()) for ln in lines[:start]) <= sum(len(ln.split()) for ln in lines[start:]):
        return lines
    return lines[:start]
