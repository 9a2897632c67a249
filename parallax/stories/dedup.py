"""Near-duplicates: the same wire story under another headline or with a
sign-up line appended.

MinHash over word 5-shingles estimates the Jaccard similarity of two texts;
LSH (datasketch) finds the candidates without comparing all pairs.  Only
articles of open stories are indexed, so the index stays as small as the
clusterer's working set.
"""

from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH

from parallax.stories.features import fold

NUM_PERM = 128
SHINGLE = 5
SEED = 1  # fixed: the same text always gets the same signature
SCHEME = "affine32"  # datasketch's hashing scheme, named so stored signatures stay readable
_WORD = re.compile(r"\w+", re.U)


def minhash(text: str) -> np.ndarray:
    """MinHash signature (hash values) of the word 5-shingles of ``text``."""
    words = [fold(w) for w in _WORD.findall(text)]
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    m.update_batch([s.encode("utf-8") for s in shingles])
    return m.hashvalues.copy()


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


class DuplicateIndex:
    """LSH index of the signatures of the articles still in play."""

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.signatures: dict[str, np.ndarray] = {}

    def _minhash(self, sig: np.ndarray) -> MinHash:
        return MinHash(num_perm=NUM_PERM, seed=SEED, hashvalues=sig, scheme=SCHEME)

    def best_match(self, sig: np.ndarray) -> tuple[str, float] | None:
        """The indexed article most similar to ``sig`` at or above the
        threshold (ties by id), or ``None``."""
        best: tuple[str, float] | None = None
        for key in sorted(self._lsh.query(self._minhash(sig))):
            sim = similarity(sig, self.signatures[key])
            if sim >= self.threshold and (best is None or sim > best[1]):
                best = (key, sim)
        return best

    def add(self, key: str, sig: np.ndarray) -> None:
        if key not in self.signatures:
            self.signatures[key] = sig
            self._lsh.insert(key, self._minhash(sig))

    def remove(self, key: str) -> None:
        if self.signatures.pop(key, None) is not None:
            self._lsh.remove(key)
