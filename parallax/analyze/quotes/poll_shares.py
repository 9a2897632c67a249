"""A poll's respondents by their share, read from the words (English).

:func:`.impersonal.poll_preferences` reads "46 percent would choose Clinton" in the parse, but a poll result
packs several shares into one sentence ("41 percent would pick Mercer and 39 percent would back Alvarez,
while 6 percent prefer Lund and 2 percent support Okoro"), and the small English model loses all but the
first: it hangs "back" as an adverb and "Lund" as a subject.  The shape is fixed, so this reads it from
the words: a share ("44 percent", "5%", "a majority of voters"), an optional "would" or "will", a verb of
preferring, and what is preferred up to the next comma, clause or share.  Each is the share's attribution
(source the share), as attribution corpora (PolNeAR among them) count it.
"""

from __future__ import annotations

import re

Claim = tuple[int, int, "tuple[int, int] | None", str]

_SHARE = r"(?:\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)|(?:a|the)\s+(?:majority|plurality|minority))(?:\s+of\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)?"
_VERB = (
    r"(?:would\s+|will\s+|still\s+|now\s+)?(?:choose|chose|back|backed|prefer|preferred|support|supported|favou?r|favou?red|oppose|opposed"
    r"|approve\s+of|approved\s+of|disapprove\s+of|disapproved\s+of|trust|trusted|pick|picked|vote\s+for|voted\s+for|rate|rated)"
)
# (not a preposition: "85 percent support among black voters" is the noun "support")
_WHAT = r"(?!(?:among|of|from|in|for|with|on|at|by)\b)(?P<what>[^,;.?!]+?)"
_STOP = r"(?=\s*[,;.?!]|\s+(?:and|but|while|whereas)\s+(?:\d|a\s+majority|the\s+rest)|\s*$)"
_PATTERN = re.compile(rf"(?<![\w.])(?P<share>{_SHARE})\s+(?P<verb>{_VERB})\s+{_WHAT}{_STOP}", re.I)


def poll_shares(text: str) -> list[Claim]:
    """Every "<share> (would) <prefer> <what>" of ``text``: (start, end, share span, verb)."""
    out: list[Claim] = []
    for m in _PATTERN.finditer(text):
        if len(m.group("what").split()) > 12:
            continue  # a long run is a sentence, not a name or a plan
        out.append((m.start("what"), m.end("what"), (m.start("share"), m.end("share")), m.group("verb").split()[-1]))
    return out
