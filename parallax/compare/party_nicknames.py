"""Parties' nicknames written for their names: "the Tories" are the Conservatives, "the GOP" the Republicans.

A list of results names each party as its outlet's house style does: British and Irish papers write "the Tories" as
often as "the Conservatives", American ones "the GOP" and "Dems" for the Republicans and the Democrats, Canadian and
Australian ones "the Grits" and "the Libs" for the Liberals.  :func:`.holders.same_holder` pairs two holders by
their words, their roots, their sounds or an acronym's letters, none of which ties a nickname to its party, so one
party's share under two names met nothing and a swap of two parties' shares went unseen.  Each nickname here is
written for the name it stands for before the holders are compared; only nicknames that name one party wherever
English is written are listed.
"""

from __future__ import annotations

import re

NICKNAMES = {
    "tories": "Conservatives", "tory": "Conservative", "gop": "Republicans", "dems": "Democrats",
    "grits": "Liberals", "libs": "Liberals",
}  # fmt: skip
_NICKNAME = re.compile(r"(?<!\w)(?:tories|tory|gop|dems|grits|libs)(?!\w)", re.I)


def party_name(holder: str) -> str:
    """``holder`` with each party nickname in it written as the party's name ("the Tories" -> "the Conservatives")."""
    return _NICKNAME.sub(lambda m: NICKNAMES[m.group().lower()], holder)
