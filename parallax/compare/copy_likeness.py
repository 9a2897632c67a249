"""How alike a near-duplicate is to its original, as the reports show it: figures counted.

Near-duplicate detection reads every figure as one placeholder (:mod:`parallax.stories.copy_figures`), so that a
copy with a changed toll is still found; its MinHash likeness then measures the wording alone, and a wire story
republished with "12 people" turned into "14 people" read "100% alike" in the report, over the very change the
report lists under it.  The reports show instead the likeness of the two texts as written: the same measure as
detection (word 5-shingles; the Jaccard similarity, or for a shortened copy the share of its shingles found in the
original where that is higher, :func:`parallax.stories.dedup.likeness`), computed exactly on the two texts (a copy
is one of a few per story, its texts at hand), with the figures as they are.  A changed figure then costs the
shingles it sits in.  ``figures_only`` says the texts differ in their figures alone (the likeness with figures
masked is whole, the one with figures is not), which the reports print as "identical except figures".
"""

from __future__ import annotations

import re

from parallax.letters import WORD
from parallax.stories.copy_figures import mask
from parallax.stories.dedup import MIN_SHINGLES, SHINGLE
from parallax.stories.features import fold

_WORD = re.compile(WORD)


def _shingles(words: list[str]) -> set[str]:
    return {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}


def _likeness(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    shared = len(a & b)
    contained = shared / min(len(a), len(b)) if min(len(a), len(b)) >= MIN_SHINGLES else 0.0
    return max(shared / len(a | b), contained)


def copy_likeness(original: str, copy: str) -> tuple[float, bool]:
    """The likeness of ``copy`` to ``original`` with their figures as written (rounded to four places), and whether
    they differ in their figures only (see the module docstring)."""
    words_a = [fold(w) for w in _WORD.findall(original)]
    words_b = [fold(w) for w in _WORD.findall(copy)]
    exact = _likeness(_shingles(words_a), _shingles(words_b))
    masked = _likeness(_shingles([mask(w) for w in words_a]), _shingles([mask(w) for w in words_b]))
    return round(exact, 4), exact < 1.0 and masked == 1.0
