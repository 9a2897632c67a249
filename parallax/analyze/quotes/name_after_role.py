"""Where a speaker's name starts when a role stands before it.

A cue's subject is often a role and then a name ("mayor Jan de Vries", "secretário de Estado Rui
dos Santos"): the speaker is the name, and the role words before it are cut (a capitalised title
is :data:`parallax.analyze.titles.TITLES`'; the role words are in :mod:`parallax.analyze.titles`).
"""

from __future__ import annotations

from parallax.analyze.names import NAME_PARTICLES
from parallax.analyze.titles import TITLE_WORDS


def _without_role(name: str) -> str:
    """A subject without the role words in lower case before the name: "mayor Jan de Vries" is Jan
    de Vries, "secretário de Estado Rui dos Santos" Rui dos Santos (a capitalised title is
    :data:`TITLES`'; role words are in :mod:`parallax.analyze.titles`)."""
    words = name.split()
    k = 0
    while k < len(words) - 1 and words[k].lower().strip(",") in TITLE_WORDS and words[k][:1].islower():
        k += 1
        if k < len(words) - 2 and words[k] in ("de", "of", "di", "da", "do", "del", "des", "du") and words[k + 1][:1].isupper():
            k += 2  # "secretário de Estado", "minister of State"
    rest = words[k:]
    if k == 0 or not rest or not all(w[:1].isupper() or w in NAME_PARTICLES for w in rest) or not rest[-1][:1].isupper():
        return name
    return " ".join(rest)
