"""The open stories as arrays: the clusterer's shortlist and closing check.

Kept apart from :mod:`parallax.stories.cluster` because it is pure bookkeeping
(rows, growth, removal by swapping the last row in) with no decision in it.
"""

from __future__ import annotations

import numpy as np


class OpenSet:
    """Centroids and last-article times of the open stories, as arrays, so the
    shortlist and the closing check are one vector operation each."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.rows: dict[str, int] = {}
        self.mat = np.zeros((0, 0), dtype=np.float32)
        self.last = np.zeros(0, dtype=np.float64)

    def put(self, sid: str, centroid: np.ndarray, last_ts: float | None) -> None:
        row = self.rows.get(sid)
        if row is None:
            row = len(self.ids)
            if row == len(self.mat):  # grow by doubling
                size = max(16, 2 * row)
                self.mat = (
                    np.concatenate([self.mat, np.zeros((size - row, centroid.shape[0]), dtype=np.float32)])
                    if row
                    else np.zeros((size, centroid.shape[0]), dtype=np.float32)
                )
                self.last = np.concatenate([self.last, np.zeros(size - row)])
            self.ids.append(sid)
            self.rows[sid] = row
        self.mat[row] = centroid
        self.last[row] = np.nan if last_ts is None else last_ts

    def remove(self, sid: str) -> None:
        row = self.rows.pop(sid)
        last = len(self.ids) - 1
        if row != last:
            moved = self.ids[last]
            self.ids[row], self.mat[row], self.last[row] = moved, self.mat[last], self.last[last]
            self.rows[moved] = row
        self.ids.pop()

    def stale(self, before: float) -> list[str]:
        n = len(self.ids)
        with np.errstate(invalid="ignore"):
            idx = np.nonzero(self.last[:n] < before)[0]
        return sorted(self.ids[i] for i in idx)

    def shortlist(self, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        n = len(self.ids)
        if not n:
            return []
        cos = self.mat[:n] @ vector
        if n > k:
            idx = np.argpartition(-cos, k - 1)[:k]
            # widen by ties at the cut so the result does not depend on row order
            idx = np.nonzero(cos >= cos[idx].min())[0]
        else:
            idx = np.arange(n)
        ranked = sorted(((self.ids[i], float(cos[i])) for i in idx), key=lambda t: (-t[1], t[0]))
        return ranked[:k]
