"""A subject cut short before the role and the name it modifies: "said Social Democrat transport spokesman Tobias Kehl".

English writes a person's party, nation or body before their role and name as a modifier of one noun phrase ("Labour
MP Anna Berg", "Social Democrat transport spokesman Tobias Kehl", "Republican Senator Tom Reed").  The parser may take
the capitalised modifier for the whole subject and leave the role and the name outside it; the speaker was then the
party ("Social Democrat"), and a comparison with a report that names the person called the quotation misattributed.
Where the subject holds no person and the words right after it are lower-case role words (at least one of them a role
or a person's noun) and then a person's name closing the noun phrase, the name is the speaker.
"""

from __future__ import annotations

import re

from parallax.analyze.span_index import index_of
from parallax.analyze.titles import describes_a_role
from parallax.records import Article, Entity

# one to three lower-case words (the role, perhaps after its field: "transport spokesman") then the name
_ROLE_WORDS = re.compile(r"[ \u00a0]+((?:[a-z][\w-]*[ \u00a0]+){1,3})")


def person_after_modifier(article: Article, start: int, end: int) -> Entity | None:
    """The person whose role the subject ``start:end`` (no person in it) modifies, named right after the role."""
    index = index_of(article.entities)
    if any(e.label in ("PERSON", "PER") for e in index.inside(start, end)):
        return None
    m = _ROLE_WORDS.match(article.text, end)
    if m is None or not describes_a_role(m.group(1)):
        return None
    at = m.end()
    person = next((e for e in index.starting(at, at) if e.label in ("PERSON", "PER") and e.start == at), None)
    if person is None or not re.match(r"\s*(?:[.,;:!?]|$)", article.text[person.end : person.end + 2]):
        return None  # (the name closes the noun phrase: "... spokesman Tobias Kehl." / ", who ...")
    return person
