"""A toll told as a part of a named group: "21 of the 60 workers were injured", "the blast killed 3 of the 12 miners".

:func:`parallax.compare.numbers.numbers` reads "14 of the 27 seats" as a part of its whole, compared with
another outlet's part and under the whole's noun.  A part that went through a casualty (the words of the
whole's clause say so: "21 of the 60 workers were injured") is the toll itself, of people: it meets "23 people
were injured" in the count comparison and in the casualty links, while the whole, who were there, went through
nothing and stays a count of its own.  Only the dead, the injured and the missing: what else happens to a part
of a crowd ("arrested 48 of the 15,000 marchers") is left as it was.
"""

from __future__ import annotations

import re

from parallax.compare.partitives import OF_THE_NUMBER
from parallax.compare.role_words import TOLL_ROLES
from parallax.compare.roles import _role
from parallax.records import Article, Quantity

# a group named as the whole a part is taken from, before its count: "Of the 60 workers", "Von den 60 Arbeitern",
# "De los 60 trabajadores", "Sur les 60 ouvriers", "Из 60 рабочих", "Spośród 60 pracowników"
_OF_THE_GROUP = re.compile(
    r"(?<![\w])(?:(?:out )?of(?: the)?|among(?: the)?|von(?: den)?|unter(?: den)?|de(?: los| las)?|entre(?: los| las)?|sur(?: les)?"
    r"|parmi(?: les)?|d['’]entre(?: les)?|dei|degli|delle|tra(?: i| le| gli)?|dos|das|van(?: de)?|из|среди|з|із|серед|z|spośród)[ \u00a0]+\Z",
    re.I,
)


def part_toll(text: str, whole: Quantity) -> str | None:
    """The casualty a part of ``whole`` went through, read around the whole ("were injured" after "21 of the
    60 workers"), or None."""
    found = _role(text, whole.start, whole.end)
    return found if found in TOLL_ROLES else None


def group_whole(text: str, start: int) -> bool:
    """Whether the count at ``start`` names the group a later part is taken from: "Of the 60 workers on shift,
    21 were injured"."""
    return bool(_OF_THE_GROUP.search(text, max(0, start - 20), start))


def whole_of(art: Article, q: Quantity) -> Quantity | None:
    """The count ``q`` is a part of, right after it ("21 of the 60 workers": 60 workers), or None."""
    m = OF_THE_NUMBER.match(art.text, q.end)
    if not m:
        return None
    return next((w for w in art.quantities if w.start == m.end() and w.unit and w.value is not None), None)
