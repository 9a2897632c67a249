"""A person a role serves, inside a speaker's subject: "a spokesperson for Mayor Tom Reddick", "a lawyer for Ann Bell".

An unnamed official, adviser or lawyer speaks for someone the article names: '"...," a spokeswoman for Mayor Tom
Reddick said.', 'an aide to Senator Paul Verity said', 'said a lawyer for the family of Mark Dunstan'.  The person
entity in such a subject is whom the role works for, not who spoke, so the speaker is the whole description
("spokeswoman for Mayor Tom Reddick"), as "spokesman for the ministry" was already; the last person in the subject
had won, so the mayor was made to say the spokeswoman's words.  A small entity model also tags some bodies as people
("Ferrovías del Norte"), whose spokesperson then became the body.  English only: the Romance "de" and the Dutch "van"
phrases are read by :mod:`.indefinite_roles` and the subject patterns of :mod:`.subject_names`.

The words before the person must be an optional article, a role in lower case (a word of the title lexicon or a
person's noun, :func:`~parallax.analyze.titles.describes_a_role`, perhaps after one or two modifiers: "a senior
aide to"), "for", "to", "of" or "representing", perhaps "the family of" or another noun and "of", then only
capitalised titles ("Prime Minister").  "the mayor of Springfield, John Doe" (a name in apposition) and "President of
the Commission Ursula Lenz" (the role's own body between) stay the person's.
"""

from __future__ import annotations

import re

from parallax.analyze.titles import TITLE_WORDS, describes_a_role

_SERVES = re.compile(
    r"\s*(?:(?i:a|an|the|one|another)\s+)?(?:[a-z][\w-]*\s+){0,2}(?P<role>[a-z][\w-]*)\s+(?:for|to|of|representing)\s+"
    r"(?:(?:the|a|an|his|her|their)\s+)?(?:[a-z][\w-]*\s+(?:of|to)\s+)?(?P<titles>(?:[A-Z][\w.-]*\s+)*)\Z"
)


def serves_the_person(language: str | None, before: str) -> bool:
    """Whether ``before``, the subject's words before a person's name, is a role that serves that person: "a
    spokesperson for Prime Minister " before "Jane Holloway"."""
    if (language or "en")[:2] != "en":
        return False
    m = _SERVES.match(before)
    if m is None or not describes_a_role(m.group("role")):
        return False
    return all(w.lower() in TITLE_WORDS or describes_a_role(w) for w in m.group("titles").split())
