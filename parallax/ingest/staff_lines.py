"""Newsroom-collective bylines over a story: "Manchester Evening Post staff", "Reuters staff and agencies",
"Guardian staff reporter", "Staff and agencies".

Why a module of its own: :mod:`.bylines` names writers (a person's name, a name and a post); a paper that signs a
story for the newsroom as a whole names the outlet and the word "staff" instead, a line with no verb and no stop that
no report opens with.  Left in, it becomes a "unique fact" of that outlet.
"""

from __future__ import annotations

import re

from parallax.letters import UPPER

# the outlet's name: one to five capitalised words ("The Irish Times", "AP", "Manchester Evening Post"), "&" allowed
_OUTLET = rf"(?:[{UPPER}][\w.'’&-]*)(?:[ ](?:[{UPPER}][\w.'’&-]*|&|of|the|de|du)){{0,4}}"
_STAFF = re.compile(
    rf"^(?:[Bb]y[ ])?(?:{_OUTLET}[ ])?(?:[Ss]taff|STAFF)"
    r"(?:[ ](?:writers?|reporters?|correspondents?)|[ ](?:and|&)[ ](?:agencies|wires|news[ ]agencies))?$"
)


def is_staff_byline(line: str) -> bool:
    """Whether ``line`` signs the story for a newsroom rather than a writer ("Manchester Evening Post staff").
    A bare "Staff" is a label, not a byline, so the outlet or the "and agencies" tail is required."""
    line = line.strip()
    return bool(_STAFF.match(line)) and line.lower() not in {"staff", "by staff"}


# a writer's name and the outlet after a comma, alone on the line over the story: "Jurga Petrauskaitė, LRT.lt",
# "Mari Tamm, ERR News" -- the outlet as a web address, an acronym or capitalised words (an acronym of three letters
# or more: "Kansas City, MO" is a place)
_NAME = rf"[{UPPER}][^\W\d_]+(?:-[{UPPER}][^\W\d_]+)?"
_NAME_OUTLET = re.compile(rf"^{_NAME}(?:[ ]{_NAME}){{1,3}},[ ](?:[\w-]+\.[a-z]{{2,6}}|[{UPPER}]{{3,6}}(?:[ ][{UPPER}][\w-]*)?)$")


def is_outlet_byline(line: str) -> bool:
    """Whether ``line``, standing over the story, is a writer and the outlet: no report opens with a name, a comma and
    an address.  (An agency's acronym alone, "LETA", is left: a dateline in capitals, "ROMA", has its shape.)"""
    line = line.strip()
    return bool(_NAME_OUTLET.match(line))


# an outlet's newsroom signing as its news service, the language's word for "news" after the name: "ERR uudised",
# "Yle Uutiset", "LRT naujienos", "Delfi ziņas", "N1 vijesti", "RTV Slovenija novice", "ERT ειδήσεις"
_NEWS_WORDS = (
    "news|uudised|uutiset|naujienos|ziņas|vijesti|novice|вести|вијести|ειδήσεις|notícies|noticias|notícias|nachrichten|"
    "nieuws|nyheter|nyheder|notizie|wiadomości|zprávy|správy|hírek|știri|новости|новини"
)
_OUTLET_NEWS = re.compile(rf"^[{UPPER}][\w.'’&-]*(?:[ ][{UPPER}][\w.'’&-]*){{0,2}}[ ](?i:{_NEWS_WORDS})$")


def is_newsroom_line(line: str) -> bool:
    """Whether ``line``, standing over the story, names an outlet's news service and nothing else ("ERR uudised"):
    a name and the word for news, no verb, no stop."""
    return bool(_OUTLET_NEWS.match(line.strip()))
