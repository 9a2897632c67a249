"""A Polish or Czech role whose body and place stand between it and the person: "powiedział przewodniczący
Solidarności w zakładzie Andrzej Kowal", "řekla předsedkyně odborů Kovo v podniku Jana Veselá".

:func:`.name_after_role.slavic_name` passes over a one-word body to the name after it, but in Polish and Czech
not where a preposition stands between ("powiedział Zieliński w rozmowie z Janem Kowalskim": the later name is
someone spoken with), and the body ("Solidarności") became the speaker.  Where a role in lower case stands right
before that body, the words after it are the role's complement, and a place in it ("w zakładzie", "v podniku") is
where the role is held: the name that closes the clause is the person's, unless a preposition or conjunction stands
right before it ("… w rozmowie z Janem Kowalskim").
"""

from __future__ import annotations

import re

from parallax.analyze.titles import describes_a_role
from parallax.letters import LOWER

# up to three words in lower case right before the body: the role and its own complement ("předsedkyně odborů")
_ROLE_BEFORE = re.compile(rf"((?:[{LOWER}][\w-]{{0,40}}+\s{{1,3}}+){{1,3}})\Z")


def role_holder_after_place(text: str, start: int, name: int, not_before: frozenset[str]) -> bool:
    """Whether the name at ``name`` is the holder of a role written right before the body at ``start``: a role
    stands before it, and no word of ``not_before`` (prepositions, conjunctions) right before the name."""
    before = _ROLE_BEFORE.search(text, max(0, start - 60), start)
    if before is None or not describes_a_role(before.group(1)):
        return False
    last = text[start:name].split()
    return bool(last) and last[-1].lower() not in not_before
