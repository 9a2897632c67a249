"""A Lithuanian or Latvian speaker described, not named, before the reporting verb: "Policijas pārstāvji norādīja,
ka ...", "Bendrovės atstovai teigė, kad ...".

The reporting pattern of :mod:`.lexical_reported` wants a name right before the verb ("Jānis Bērziņš norādīja, ka",
"Policija norādīja, ka").  Neither language has articles and both set the body a role belongs to before it in the
genitive, so a described speaker opens the sentence with that body (capitalised as the first word) and the role in
lower case ("policijas pārstāvji", the police's representatives).  Read so only when the words hold a role in any of
its forms (:func:`parallax.analyze.titles.describes_a_role`): "Vakar policija norādīja" opens with a day.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from parallax.analyze.titles import describes_a_role
from parallax.letters import LOWER, UPPER

LANGS = frozenset({"lt", "lv"})


@lru_cache(maxsize=4)
def _pattern(verbs: str, that: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?P<spk>[{UPPER}][\w-]*+(?:\s[{LOWER}][\w-]*+){{1,3}}?)\s+(?P<cue>{verbs})\s?,\s+(?:{that})\s+"
    )


def described_subjects(text: str, sents: list[tuple[int, int]], verbs: str, that: str) -> Iterator[tuple[int, int, int, str]]:
    """(clause start, speaker start, speaker end, verb) of each sentence of ``text`` that opens with a described
    speaker, its reporting verb and "that" (see the module)."""
    pattern = _pattern(verbs, that)
    for s, _ in sents:
        if (m := pattern.match(text, s)) and describes_a_role(m.group("spk")):
            yield m.end(), m.start("spk"), m.end("spk"), m.group("cue").split()[-1]
