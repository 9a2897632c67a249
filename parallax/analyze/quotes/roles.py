"""Who a description names: roles and documents.

"The Texas governor continued" names the one person the article gave that
role ("Texas Gov. Rick Perry", "Perry, the governor"); "the statement
continued" speaks for whoever the article said issued the statement.  This
module holds the patterns (the role words are in :mod:`parallax.analyze.titles`);
:class:`.people._Attributor` keeps which person has which role in one article.
"""

from __future__ import annotations

import re

from parallax.analyze.titles import ROLES

# documents that speak for their authors ("the statement continued", "A report found")
_DOCUMENTS = {
    "report", "study", "statement", "letter", "memo", "survey", "poll", "analysis", "review", "audit", "ruling",
    "complaint", "lawsuit", "filing", "indictment", "release", "ad", "advertisement", "tweet", "post", "email",
    "bylaws", "rules", "guidelines", "law", "bill", "order", "resolution", "platform", "manifesto", "document", "paper",
}  # fmt: skip


_ROLE_BEFORE = re.compile(r"((?:[A-Z][\w.’'-]{0,20}\s(?:of\s)?){1,3})$")  # "Texas Gov. ", "Secretary of State " before the name
_ROLE_APPOSED_BEFORE = re.compile(r"(?<!\w)(?:the|The)\s((?:[\w’'-]+\s){0,3}[\w-]+),\s\Z")  # "The energy minister, " before the name
_ROLE_AFTER = re.compile(r",\s(?:the|a|an|who\sis\sthe)\s((?:[\w’'-]+\s?){1,5})")  # ", the governor of Indiana"
_DEFINITE_ROLE = re.compile(r"(?:the|The)\s(?:[\w’'-]+\s){0,3}?(?P<role>[A-Za-z.]+)(?:\s(?:of|for|from)\s.*)?$")


def _roles_around(text: str, start: int, end: int) -> dict[str, set[str]]:
    """Roles a person's mention gives them, each with the words around it: a title before
    the name ("Texas Gov. Rick Perry", "Secretary of State John Kerry"), a description in
    apposition before it ("The energy minister, Ruth Calloway") or after it ("Pence, the
    governor of Indiana")."""
    out: dict[str, set[str]] = {}
    line_start = max(text.rfind("\n", 0, start) + 1, start - 40)
    if m := _ROLE_BEFORE.search(text, line_start, start):
        words = m.group(1).lower().split()
        for w in words:
            if w in ROLES:
                out.setdefault(ROLES[w], set()).update(words)
    if m := _ROLE_APPOSED_BEFORE.search(text, line_start, start):
        words = m.group(1).lower().split()
        if words and words[-1] in ROLES:
            out.setdefault(ROLES[words[-1]], set()).update(words)
    if m := _ROLE_AFTER.match(text, end, min(len(text), end + 60)):
        words = m.group(1).lower().split()
        head = re.split(r"\s(?:of|for|from|in|at|on|who|and)\s", m.group(1).lower())[0].split()[-1:]
        for w in head:
            if w in ROLES:
                out.setdefault(ROLES[w], set()).update(words)
    return out
