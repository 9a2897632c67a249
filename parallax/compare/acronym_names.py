"""A body named in full in one report and by its initials in another is one name.

Australian, Indian, Nigerian and South African papers write an agency or a union in full ("the State Emergency
Service", "the National Union of Mineworkers") where another report of the same story, or a later paragraph,
gives only its initials ("the SES", "the NUM"); read as two names at the same place of a sentence, they made a
name conflict.  An acronym stands for a name when its letters are the initials of the name's words, with or
without the small words English and the Romance languages leave out of acronyms ("of", "the", "and", "de", "la").
Only a word of two to six capitals is read as an acronym; a name is no acronym of itself.

An acronym whose letters are not the name's initials ("SIA" for an airline of two words, a union's acronym in its
own language) is still the name where a report of the story defines it in brackets: "Norvik Air (NVA) grounded 14
jets" makes another report's or a headline's "NVA" that airline, where the initials rule made a name conflict.  The
definitions of every article of the story, its titles too, are read once per comparison (:func:`story_acronyms`, set
by :func:`parallax.compare.compare_articles`) and held for its pairs of sentences (:data:`STORY_ACRONYMS`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextvars import ContextVar
from functools import wraps
from typing import TypeVar

from parallax.letters import UPPER

T = TypeVar("T")
_ACRONYM = re.compile(rf"[{UPPER}](?:\.?[{UPPER}]){{1,5}}\.?")
_SMALL_WORDS = frozenset("of the and for on in at to de del la le les des du et y e di da do dos das van von für und".split())


# a name of one to six capitalised words (small words between them), then its acronym in brackets, or the other way
_WORD = rf"[{UPPER}][\w’'&.-]*"
_NAMED = rf"{_WORD}(?:[ \u00a0]+(?:(?:of|the|and|for|de|la)[ \u00a0]+)?{_WORD}){{0,5}}"
_DEFINED_AFTER = re.compile(rf"(?P<name>{_NAMED})[ \u00a0]+\((?P<short>[{UPPER}]{{2,6}})\)")
_DEFINED_BEFORE = re.compile(rf"(?<![\w’'-])(?P<short>[{UPPER}]{{2,6}})[ \u00a0]+\((?P<name>{_NAMED})\)")
# the story's bracketed definitions, (acronym, name in lower case), for the comparison running now (None: none runs)
STORY_ACRONYMS: ContextVar[frozenset[tuple[str, str]] | None] = ContextVar("story_acronyms", default=None)


def story_acronyms(texts) -> frozenset[tuple[str, str]]:
    """Every "Name (ACR)" and "ACR (Name)" of ``texts``, as (acronym, the name in lower case without "the")."""
    out = set()
    for text in texts:
        for pattern in (_DEFINED_AFTER, _DEFINED_BEFORE):
            for m in pattern.finditer(text or ""):
                name = re.sub(r"^the\s+", "", m.group("name").strip(), flags=re.I).lower()
                if len(name.split()) >= 2 or len(name) > len(m.group("short")):
                    out.add((m.group("short"), name))
    return frozenset(out)


def with_story_acronyms(compare: Callable[..., T]) -> Callable[..., T]:
    """``compare(art_a, sa, art_b, sb)`` reading the definitions of its two articles where no comparison set the
    story's (a direct call of the public :func:`.conflicts.sentence_conflicts`), so that it answers as a comparison
    of those two reports does."""

    @wraps(compare)
    def reading(art_a, sa, art_b, sb) -> T:
        if STORY_ACRONYMS.get() is not None:
            return compare(art_a, sa, art_b, sb)
        token = STORY_ACRONYMS.set(story_acronyms(t for a in (art_a, art_b) for t in (a.title, a.text)))
        try:
            return compare(art_a, sa, art_b, sb)
        finally:
            STORY_ACRONYMS.reset(token)

    return reading


def _defined(short: str, full: str) -> bool:
    """Whether the story defines an acronym in ``short`` as the name ``full`` (or a name ending with it)."""
    defs = STORY_ACRONYMS.get()
    if not defs:
        return False
    name = re.sub(r"^the\s+", "", full.strip(), flags=re.I).lower()
    words = short.split()
    return any(acr in words and (name == named or named.endswith(" " + name) or name.endswith(" " + named)) for acr, named in defs)


def _initials(words: list[str]) -> set[str]:
    """The initials of ``words``: all of them, and without the small words."""
    return {"".join(w[0] for w in words).upper(), "".join(w[0] for w in words if w.lower() not in _SMALL_WORDS).upper()}


def acronym_of(a: str, b: str) -> bool:
    """Whether one of the names ``a`` and ``b`` holds an acronym whose letters are the other's initials ("SES" /
    "State Emergency Service", "NSW SES" / "the State Emergency Service")."""
    for short, full in ((a, b), (b, a)):
        words = [w for w in re.split(r"[\s-]+", full.strip()) if w and w[0].isalpha()]
        if len(words) < 2 or not any(w[0].isupper() for w in words):
            continue
        inits = _initials(words if words[0].lower() != "the" else words[1:])
        if any(_ACRONYM.fullmatch(w) and w.replace(".", "") in inits for w in short.split()):
            return True
    return _defined(a, b) or _defined(b, a)
