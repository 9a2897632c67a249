"""Tagalog reported speech, the verb first: "Sinabi ni Gobernador Melchor Diclas na magpapadala ..." (Governor
Melchor Diclas said that ... will send), "Iginiit ng pulisya na ..." (the police insisted that ...).

The verb of saying opens the clause in its completed aspect, then its doer after "ni" (a person), "nina"
(people) or "ng" (a body), then the linker "na" and what was said.  The languages whose subject comes first
are read by :data:`parallax.analyze.quotes.lexical_reported._LEXICAL_INDIRECT`; this is that pattern turned round.
A title may follow the place or body it serves ("Sinabi ni Romblon Governor Jose Riano na ...", as English writes
"Romblon Governor"): the speaker span then opens at the title, so that the name after it is the person, not the
province.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from parallax.analyze.titles_sw_tl import TITLES
from parallax.letters import UPPER

_VERBS = r"[Ss]inabi|[Ii]nihayag|[Ii]giniit|[Ii]pinaliwanag|[Ii]dinagdag|[Bb]inigyang-diin|[Ii]sinaad|[Ii]binunyag|[Ii]ginigiit|[Ss]inasabi"
_NAME = rf"[{UPPER}][\w'’.-]*(?:[ \u00a0][{UPPER}][\w'’.-]*){{0,5}}"
_REPORTED = re.compile(
    rf"(?<!\w)(?P<cue>(?:{_VERBS})[ \u00a0]+(?:ni|nina|ng))[ \u00a0]+(?P<spk>{_NAME}),?[ \u00a0]+na[ \u00a0]+(?P<clause>[^.!?]+)"
)


# a title inside the speaker span, after a place's or a body's name ("Romblon Governor Jose Riano")
_INNER_TITLE = re.compile(
    r"(?<=[ \u00a0])(?:" + "|".join(re.escape(t) for t in sorted(TITLES["tl"], key=len, reverse=True)) + r")(?=[ \u00a0])"
)


def tl_reported(sentence: str) -> Iterator[tuple[int, int, int, int, str]]:
    """(clause start, clause end, speaker start, speaker end, cue) of the reported speech in one Tagalog sentence
    (offsets in ``sentence``); the speaker span still holds its titles."""
    if m := _REPORTED.search(sentence):
        title = _INNER_TITLE.search(sentence, m.start("spk"), m.end("spk"))
        spk_start = title.start() if title else m.start("spk")  # "Romblon Governor Jose Riano": from the title on
        yield m.start("clause"), m.end("clause"), spk_start, m.end("spk"), " ".join(m.group("cue").split())
