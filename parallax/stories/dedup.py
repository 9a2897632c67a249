"""Near-duplicates: the same wire story under another headline, with a
sign-up line appended, cut after a few paragraphs, or with a figure changed.

MinHash over word 5-shingles estimates the Jaccard similarity of two texts;
LSH (datasketch) finds the candidates without comparing all pairs.  A copy
is a text whose similarity reaches the threshold, or a shortened reprint:
nearly all of its shingles are in the other text (containment, estimated from
the similarity and the two texts' shingle counts, which the signature carries
after its hash values).  Only articles of open stories are indexed, so the
index stays as small as the clusterer's working set.  The shingles read
every figure as one placeholder and the signature carries a sketch of the
figures after the count, so a copy with a changed figure is still found and a
report written to a template on another day is not (:mod:`.copy_figures`); last come the hashes of the shingles
with the figures as written, which say how alike a copy is with its figures counted (:mod:`.copy_counted`).
"""

from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH

from parallax.letters import WORD
from parallax.stories.copy_figures import FIGURES, figures_agree, mask, number_words, sketch
from parallax.stories.features import fold

NUM_PERM = 128
SHINGLE = 5
SEED = 1  # fixed: the same text always gets the same signature
SCHEME = "affine32"  # datasketch's hashing scheme, named so stored signatures stay readable
CONTAINED = 0.9  # share of a shortened copy's shingles found in the original
MIN_SHINGLES = 40  # a shorter text (a headline, a one-line brief) is contained too easily to count
CANDIDATES = 0.4  # the LSH threshold: low enough to find shortened copies, whose Jaccard is low
_WORD = re.compile(WORD)


def minhash(text: str, language: str = "") -> np.ndarray:
    """MinHash signature of the word 5-shingles of ``text`` (figures masked, and the number words of ``language``):
    the hash values, the number of shingles, the figures' sketch (:func:`.copy_figures.sketch`), then the hash values
    of the shingles with the figures as written (:func:`exact_hashes`)."""
    spelled = number_words((language or "").lower()[:2])
    folded = [fold(w) for w in _WORD.findall(text)]
    words = [mask(w, spelled) for w in folded]
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    exact = {" ".join(folded[i : i + SHINGLE]) for i in range(max(1, len(folded) - SHINGLE + 1))}
    figures = sketch(text, (spelled[w] for w in folded if w in spelled))
    return np.concatenate([_hashes(shingles), np.array([len(shingles)], dtype=np.uint64), figures, _hashes(exact)])


def _hashes(shingles: set[str]) -> np.ndarray:
    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    m.update_batch([s.encode("utf-8") for s in shingles])
    return m.hashvalues.astype(np.uint64)


def figure_sketch(sig: np.ndarray) -> np.ndarray:
    """The figures' sketch of a signature (empty for one stored without it)."""
    if len(sig) <= NUM_PERM + 1:
        return sig[:0]
    return sig[NUM_PERM + 1 : NUM_PERM + 2 + min(int(sig[NUM_PERM + 1]), FIGURES)]


def exact_hashes(sig: np.ndarray) -> np.ndarray | None:
    """The hash values of the shingles with the figures as written (``None`` for a signature stored without them)."""
    rest = sig[NUM_PERM + 1 + len(figure_sketch(sig)) :] if len(sig) > NUM_PERM + 1 else sig[:0]
    return rest if len(rest) == NUM_PERM else None


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a[:NUM_PERM] == b[:NUM_PERM])) / NUM_PERM


def containment(a: np.ndarray, b: np.ndarray) -> float | None:
    """Estimated share of the smaller text's shingles that are in the other text (``None`` for a
    signature stored without its count, or a text too short to tell)."""
    if len(a) <= NUM_PERM or len(b) <= NUM_PERM:
        return None
    na, nb = int(a[NUM_PERM]), int(b[NUM_PERM])
    if min(na, nb) < MIN_SHINGLES:
        return None
    j = similarity(a, b)
    return min(1.0, j * (na + nb) / (1 + j) / min(na, nb))


def likeness(a: np.ndarray, b: np.ndarray) -> float:
    """How alike two texts are: the similarity, or for a shortened copy the containment where that is higher."""
    return max(similarity(a, b), containment(a, b) or 0.0)


class DuplicateIndex:
    """LSH index of the signatures of the articles still in play."""

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=min(threshold, CANDIDATES), num_perm=NUM_PERM)
        self.signatures: dict[str, np.ndarray] = {}

    def _minhash(self, sig: np.ndarray) -> MinHash:
        return MinHash(num_perm=NUM_PERM, seed=SEED, hashvalues=sig[:NUM_PERM], scheme=SCHEME)

    def best_match(self, sig: np.ndarray) -> tuple[str, float] | None:
        """The indexed article ``sig`` copies, with how much: the most similar at or above the
        threshold, else the one that holds most of a shortened copy (ties by id), or ``None``."""
        best: tuple[str, float] | None = None
        shortened: tuple[str, float] | None = None
        for key in sorted(self._lsh.query(self._minhash(sig))):
            other = self.signatures[key]
            if not figures_agree(figure_sketch(sig), figure_sketch(other)):
                continue  # the same words with other figures: a report written to a template, no copy
            sim = similarity(sig, other)
            if sim >= self.threshold and (best is None or sim > best[1]):
                best = (key, sim)
            elif (c := containment(sig, other)) is not None and c >= CONTAINED and (shortened is None or c > shortened[1]):
                shortened = (key, c)
        return best or shortened

    def likeness(self, sig: np.ndarray, key: str, default: float) -> float:
        """How alike ``sig`` is to the indexed article ``key``: the similarity, or for a shortened copy
        the containment where that is higher; ``default`` where ``key`` is no longer indexed."""
        other = self.signatures.get(key)
        return default if other is None else likeness(sig, other)

    def add(self, key: str, sig: np.ndarray) -> None:
        if key not in self.signatures:
            self.signatures[key] = sig
            self._lsh.insert(key, self._minhash(sig))

    def remove(self, key: str) -> None:
        if self.signatures.pop(key, None) is not None:
            self._lsh.remove(key)
