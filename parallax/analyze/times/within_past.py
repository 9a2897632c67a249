"""Czech and Slovak "za" with a count and a verb in the past: a length of time, not a day ahead.

"za dva dny" is "in two days" (from now) in a sentence about what is to come ("Most otevřou za dva dny"), but
"within two days" in one about what happened ("Za jeden den napadlo 40 centimetrů sněhu", "Za týden zemřelo 12
lidí"): the count measures the time something took, and the report names no day by it.  The past is told by the
verb right after the span, whose l-participle ("napadlo", "zemřelo", "padl", "vzrostly", Slovak "napadlo", "zomrelo")
comes first in such a sentence; the ordinary past cues of the language miss the participles of stems in "-d", "-s",
"-t" ("napadlo", "vzrostlo", "kleslo"), which nouns share ("letadlo", "číslo") elsewhere but not right after a
count of days.  A reflexive "se"/"sa" may stand between ("za den se prodalo").
"""

from __future__ import annotations

import re

_LANGS = frozenset({"cs", "sk"})
_PARTICIPLE_NEXT = re.compile(r"[ \u00a0]+(?:(?:se|sa|si)[ \u00a0]+)?\w{2,}l[aoiy]?(?!\w)", re.I)


def within_past(lang: str | None, text: str, end: int) -> bool:
    """Whether the "za" + count span ending at ``end`` of ``text`` is followed by a verb in the past (Czech, Slovak)."""
    return (lang or "")[:2] in _LANGS and bool(_PARTICIPLE_NEXT.match(text, end))


def length_value(n: int, unit: str) -> str:
    """The ISO 8601 duration of ``n`` ``unit``s ("day", "week", "month", "year")."""
    return f"P{n}{unit[0].upper()}"
