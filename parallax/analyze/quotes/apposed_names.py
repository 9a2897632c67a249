"""A person's name set off by a comma from the role or body around it, where no person entity marks the name.

"« ... », explique le secrétaire fédéral de SUD-Rail, Fabien Villedieu", "Fabien Villedieu, de SUD-Rail, a
assuré", "Le secrétaire fédéral de SUD-Rail, Fabien Villedieu, a dénoncé": the speaker is the name.  A small
entity model tags some surnames as places (a surname that is also a town's name), so the name is no person
entity, and the speaker came out as the whole subject with its role ("secrétaire fédéral de SUD-Rail, Fabien
Villedieu") or as the role alone.  Two to four capitalised words in apposition to a role (a word of the titles'
lexicon or a person's noun, :func:`parallax.analyze.titles.describes_a_role`), or before a comma and "of" and
the body the person is from, are that person's name.  "its parent company, General Motors" holds no role, so
it names no one.
"""

from __future__ import annotations

import re

from parallax.analyze.names import NAME_PARTICLES
from parallax.analyze.titles import describes_a_role
from parallax.letters import LOWER, UPPER

_WORD = rf"[{UPPER}][{LOWER}'’-]+"
# the particles inside a name are :data:`parallax.analyze.names.NAME_PARTICLES` ("Rui dos Santos", "Omar bin Saleh")
_PARTICLE = "(?:" + "|".join(re.escape(p) for p in sorted(NAME_PARTICLES, key=lambda p: (-len(p), p))) + ")"
# two to four capitalised words, particles between them ("Rui dos Santos"), in lower case after the first letter
# (an acronym, "SUD-Rail", "CGT", is a body)
_NAME = rf"{_WORD}(?:[ \u00a0](?:{_PARTICLE}[ \u00a0]){{0,2}}{_WORD}){{1,3}}"
# the role, a comma, the name closing the subject
_ROLE_THEN_NAME = re.compile(rf",[ \u00a0]+(?P<name>{_NAME})[ \u00a0]*\Z")
# the name, a comma and "of" the body: "Fabien Villedieu, de SUD-Rail", "Ana Ruiz, del PSOE", "Tom Reed, of Unite"
_NAME_THEN_BODY = re.compile(
    rf"\A(?P<name>{_NAME}),[ \u00a0]+(?:de|du|des|del|della|dello|dei|di|da|do|dos|das|of|from)[ \u00a0]+(?:la[ \u00a0]+|l['’])?[{UPPER}]"
    r"|\A(?P<elided>" + _NAME + r"),[ \u00a0]+d['’][" + UPPER + "]"
)
# a word that opens a place's or a body's name, not a person's: "Le Havre", "La Rochelle", "The Hague"
_NOT_GIVEN = frozenset("le la les el los las il lo the der die das de du des".split())
# the name after the role's comma, up to the next comma or the end of the clause
_HOLDER_AFTER = re.compile(rf",[ \u00a0]+(?P<name>{_NAME})(?=[ \u00a0]*(?:[,.;:!?]|\Z))")


def _a_name(name: str) -> bool:
    return name.split()[0].lower() not in _NOT_GIVEN


def name_after_apposed_role(text: str) -> tuple[int, int] | None:
    """Where the name is in a subject that gives a role, a comma and the name ("le secrétaire fédéral de SUD-Rail,
    Fabien Villedieu"), or None when no role stands before the comma."""
    m = _ROLE_THEN_NAME.search(text)
    if m is None or not _a_name(m.group("name")) or not describes_a_role(text[: m.start()]):
        return None
    return m.start("name"), m.end("name")


def name_before_its_body(text: str) -> tuple[int, int] | None:
    """Where the name is in a subject that gives the name, a comma and "of" a body ("Fabien Villedieu, de
    SUD-Rail", "Fabien Villedieu, de SUD-Rail, lundi"), or None."""
    m = _NAME_THEN_BODY.match(text)
    if m is None:
        return None
    group = "name" if m.group("name") else "elided"
    return (m.start(group), m.end(group)) if _a_name(m.group(group)) else None


def holder_after_role(role: str, text: str, end: int) -> tuple[int, int] | None:
    """The name in apposition right after a subject that is a role ("Le secrétaire fédéral de SUD-Rail" and then
    ", Fabien Villedieu,"): its span in ``text``, or None."""
    if not describes_a_role(role):
        return None
    m = _HOLDER_AFTER.match(text, end)
    return (m.start("name"), m.end("name")) if m and _a_name(m.group("name")) else None
