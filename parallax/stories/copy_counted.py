"""A near-duplicate's likeness with its figures counted, from the two signatures alone.

Detection reads every figure as one placeholder (:mod:`.copy_figures`), so that a wire story republished with
"12 people" turned into "14 people" is still found; its likeness then measures the wording alone, and
``cluster_articles(...).near_duplicates`` listed that copy as alike at 1.0, over the very change an analyst looks
for (``stories.json`` counted the figures since stories51, reading the two texts, :mod:`parallax.compare.copy_shown`).
The texts are not at hand in a run that resumes from a stored state (the original came in an earlier run), and
what a run gives must not depend on where the stream was cut.  So a signature also carries the MinHash of the text's
shingles with the figures as written (:func:`parallax.stories.dedup.minhash`, after the figures' sketch), and a
copy's likeness is the lower of detection's and the one those hashes estimate; ``figures_only`` says the wording is
the same (the masked hashes all agree) and the figures are not.  A signature stored before it carried these
hashes gives detection's likeness and no ``figures_only``.
"""

from __future__ import annotations

import numpy as np

from parallax.stories.dedup import NUM_PERM, containment, exact_hashes, likeness


def counted_likeness(a: np.ndarray, b: np.ndarray) -> float:
    """How alike two texts are with their figures counted: the lower of :func:`.dedup.likeness` and the same measure
    read on the hashes of the shingles as written (detection's likeness where either signature lacks them)."""
    masked = likeness(a, b)
    ea, eb = exact_hashes(a), exact_hashes(b)
    if ea is None or eb is None:
        return masked
    j = float(np.count_nonzero(ea == eb)) / NUM_PERM
    c = containment(np.concatenate([ea, a[NUM_PERM : NUM_PERM + 1]]), np.concatenate([eb, b[NUM_PERM : NUM_PERM + 1]]))
    return min(masked, max(j, c or 0.0))


def figures_only(a: np.ndarray, b: np.ndarray) -> bool | None:
    """Whether two signatures' texts differ in their figures alone: their wording's hashes all agree and their
    hashes with figures do not (``None`` where either signature lacks them: not known)."""
    ea, eb = exact_hashes(a), exact_hashes(b)
    if ea is None or eb is None:
        return None
    return bool(np.array_equal(a[:NUM_PERM], b[:NUM_PERM]) and not np.array_equal(ea, eb))
