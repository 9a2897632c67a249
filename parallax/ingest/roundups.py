"""A roundup: one article that sums up several events or a running story, not one report of one event.

A morning briefing covers unrelated events; a "What we know" piece, a live blog and its summary list a story's
points as they came.  Either way the article is no second report of one event beside the others: grouped with
stories it may carry the words and names of two of them and so bridge them (:mod:`parallax.stories.cluster` lets
a roundup join one story but never merge stories around it), and compared its sentences about other events align
with nothing (they stay ``unique``; the reports mark the outlet "roundup" so a reader weighs them so).

Known by what a reader sees:

* the title says so, at its head or after a label: "What we know", "Morning briefing", "Live updates", "As it
  happened", "News roundup", "Ce que l'on sait", "L'essentiel", "En direct", "Was wir wissen", "Liveblog", "Das
  Wichtigste", "Lo que sabemos", "En directo", "Cosa sappiamo", "In diretta", "O que se sabe", "Ao vivo";
* or the body is a live blog: four entries or more, each under its time stamp ("07:30 – …", joined by
  :func:`parallax.ingest.clean._attach_stamps`).

"Última hora" and "Breaking" head a single report of one event, so they are no roundup's words.
"""

from __future__ import annotations

import re

from parallax.ingest.clean import _CLOCK
from parallax.ingest.stamp_lines import zoned

ROUNDUP = "roundup"

_PHRASES = (
    # en
    r"what\swe\s(?:know|knew)(?:\s(?:so\sfar|now))?|what\swe\sdon['’]t\sknow|\d+\sthings\sto\sknow(?:\stoday|\sthis\s(?:morning|week))"
    r"|(?:morning|evening|afternoon|daily|weekly|weekend|news)\s(?:briefing|brief|digest|roundup|round-up|wrap)|briefing:"
    r"|news\sin\sbrief|the\sweek\sin\sreview|live\s(?:updates?|blog|coverage)|as\sit\shappened|the\slatest:|catch\sup:|live:"
    # fr
    r"|ce\squ['’](?:on|il\sfaut)\s(?:sait|savoir|retenir)|ce\sque\sl['’]on\ssait|l['’]essentiel\sde\sl['’]actu|les\sinfos\sà\sretenir"
    r"|en\sdirect|revue\sde\spresse"
    # de
    r"|was\s(?:wir|man)\s(?:wissen|weiß|bisher\swissen)|was\sbisher\sbekannt\sist|das\swichtigste\s(?:in\skürze|des\stages|am\smorgen|im\süberblick)"
    r"|(?:news|live)-?(?:blog|ticker)|nachrichten\sam\s(?:morgen|abend)|der\stag\sim\süberblick"
    # es, it, pt
    r"|lo\sque\s(?:sabemos|se\ssabe)|en\sdirecto|minuto\sa\sminuto|resumen\sde\s(?:noticias|la\sjornada)"
    r"|(?:cosa|quello\sche)\ssappiamo|in\sdiretta|le\snotizie\sdel\sgiorno"
    r"|o\sque\s(?:se\ssabe|sabemos)|ao\svivo|em\sdireto|resumo\sdo\sdia"
)
# the phrase opens the title, or follows a label, a colon, a bar or a dash ("Bondi attack: what we know"), or ends it
_TITLE = re.compile(rf"(?:^|[:|–—-]\s?|\s-\s)\s*(?:{_PHRASES})(?=\W|$)|(?:{_PHRASES})\s*[.?!]?$", re.I)
_ENTRY = re.compile(rf"^{zoned(_CLOCK)}[ ]–[ ]\S")
_MIN_ENTRIES = 4


def roundup_title(title: str | None) -> bool:
    """Whether a title names a roundup ("Morning briefing: …", "Flooding in Valencia: what we know")."""
    return bool(title and _TITLE.search(title.strip()))


def is_live_blog(text: str) -> bool:
    """Whether the cleaned text is a live blog's run of stamped entries (four or more: "07:30 – …")."""
    return sum(1 for para in text.split("\n\n") if _ENTRY.match(para)) >= _MIN_ENTRIES


def is_roundup(title: str | None, text: str) -> bool:
    """Whether the article is a roundup, by its title or its live-blog entries."""
    return roundup_title(title) or is_live_blog(text)
