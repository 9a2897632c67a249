"""Hungarian reported speech with the role after the name, or the one told beside the verb.

Hungarian writes a person's role after the name in lower case ("Kovács Péter polgármester", Mayor Péter Kovács) and
the one told in the dative, a case ending on the word rather than a preposition before it ("az MTI-nek", to MTI; "a
sajtónak", to the press), on either side of the verb.  The generic "<name> <verb>, hogy" pattern wants the verb right
after the name, so "Kovács Péter polgármester azt nyilatkozta, hogy ..." was no reported speech; and after a quotation
"– nyilatkozta az MTI-nek Kovács Péter" gave the speaker "MTI-nek Kovács Péter".  Here up to three lower-case words
(the role) may stand between the name and the verb, and one word in the dative ("-nak"/"-nek", its article before it)
before or after the verb; a word in the dative that opens a speaker span after the cue is the one told, not the name.
A name opens on a capital that is no article ("A Fidesz szóvivője azt mondta": the party's spokesman, not a person
"A Fidesz").
"""

from __future__ import annotations

import re

from parallax.letters import LOWER, UPPER

_VERBS = (
    r"mondta|elmondta|közölte|közölték|nyilatkozta|nyilatkozták|hangsúlyozta|jelentette\s++ki|emelte\s++ki|tette\s++hozzá"
    r"|tájékoztatott|tájékoztatta|írta|mondja|közli"
)
# one word in the dative, its article before it: "az MTI-nek", "a sajtónak", "lapunknak"
_TOLD = r"(?:az?\s++)?[\w-]+?(?:nak|nek)"
_INDIRECT = re.compile(
    rf"(?<![\w’'.-])(?!(?:A|Az|Egy)\s)(?P<spk>[{UPPER}][\w-]++(?:\s++[{UPPER}][\w-]++){{1,2}})"
    rf"(?:\s++[{LOWER}][\w-]*+){{0,3}}?(?:\s++{_TOLD})?(?:\s++azt)?\s++(?P<verb>{_VERBS})(?:\s++{_TOLD})?\s*+,?\s++hogy\s++"
)
_DATIVE_WORD = re.compile(r"(?:az?\s+)?[\w-]+?(?:nak|nek)\s+(?=\S)")


def hu_reported(text: str) -> list[tuple[int, int, int, str]]:
    """(clause start, speaker start, speaker end, verb) of each "<name> [role] [azt] <verb> [to whom], hogy" in ``text``."""
    return [(m.end(), m.start("spk"), m.end("spk"), " ".join(m.group("verb").split())) for m in _INDIRECT.finditer(text)]


def past_the_told(text: str, start: int, end: int) -> int:
    """Where the name starts in a speaker span after a Hungarian cue that opens with the one told ("MTI-nek Kovács
    Péter": at "Kovács"), where two words or more stay after it; else ``start``."""
    m = _DATIVE_WORD.match(text, start, end)
    return m.end() if m and len(text[m.end() : end].split()) >= 2 else start
