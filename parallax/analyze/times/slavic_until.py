"""The Slavic "until" before a weekday: "do ponedjeljka", "do poniedziałku", "do pondělí", "до понедельника".

The Slavic languages say "until Monday" with "do" / "до" and the weekday in the genitive.  The shared pattern of
"until" words leaves "do" out, since Portuguese "do" is "of the"; so "Cesta 13 zatvorena je do ponedjeljka" (the road
is closed until Monday), out on a Saturday, read as the Monday gone, and another report's "stengt til mandag" showed a
false date conflict.  Here "do" / "до" counts only right before a weekday in the genitive (Bulgarian, which declines
none, before the weekday itself): no Portuguese weekday has these forms.
"""

from __future__ import annotations

import re

_GENITIVE_DAYS = (
    # Croatian, Bosnian, Serbian (both scripts); Slovenian
    "ponedjeljka|ponedeljka|utorka|srijede|srede|četvrtka|petka|subote|nedjelje|nedelje|торка|уторка|среде|четвртка|петка|суботе|недеље"
    "|понедељка|torka|četrtka|sobote"
    # Polish; Czech; Slovak
    "|poniedziałku|wtorku|środy|czwartku|piątku|soboty|niedzieli|pondělí|úterý|středy|čtvrtka|pátku|neděle"
    "|pondelka|stredy|štvrtka|piatku|nedele"
    # Russian; Ukrainian; Bulgarian (no case)
    "|понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья|понеділка|вівторка|середи|п['’]ятниці|суботи|неділі"
    "|понеделник|вторник|сряда|четвъртък|петък|събота|неделя"
)
_DAY = re.compile(rf"(?:{_GENITIVE_DAYS})(?!\w)", re.I)
_DO = re.compile(r"(?<!\w)(?:do|до)\s+\Z", re.I)


def slavic_until(text: str, start: int, end: int) -> re.Match | None:
    """The "do" / "до" right before the weekday in the genitive at ``text[start:end]``, or None."""
    if not _DAY.match(text, start, end):
        return None
    return _DO.search(text, max(0, start - 6), start)
