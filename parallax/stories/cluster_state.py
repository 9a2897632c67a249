"""The resumable state of story clustering: what :class:`parallax.stories.cluster.Clusterer` saves and reads back.

:class:`ClusterState` holds everything the streaming loop needs to go on where a run stopped and
serialises it to JSON records plus byte blobs (the centroids, the MinHash signatures) for the store;
:func:`order_key` is the publication order the loop and the state's watermark share.  It is storage
bookkeeping with no decision in it, so it lives apart from :mod:`parallax.stories.cluster` (which had
grown past 330 lines); its names stay importable from there.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field

import numpy as np

from parallax.stories.story import Story

STATE_VERSION = 2  # 2: open stories keep their articles' times (story merging)


def order_key(ts: float | None, article_id: str) -> tuple[float, str]:
    """Publication order; undated articles come last, ties broken by id."""
    return (math.inf if ts is None else ts, article_id)


@dataclass
class ClusterState:
    """Everything needed to go on clustering where a run stopped."""

    fingerprint: str = ""
    watermark: tuple[float, str] | None = None  # order key of the last article processed
    stories: dict[str, Story] = field(default_factory=dict)  # in creation order
    member_story: dict[str, str] = field(default_factory=dict)  # article -> story, articles still indexed
    signatures: dict[str, np.ndarray] = field(default_factory=dict)  # MinHash of indexed articles
    duplicates: dict[str, dict] = field(default_factory=dict)  # original -> {"articles", "similarity"}
    duplicate_of: dict[str, str] = field(default_factory=dict)

    def to_records(self) -> list[tuple[str, str, bytes | None]]:
        """``(key, json, blob)`` rows: one meta row, one per story (open ones
        carry their centroid as a blob), one per indexed MinHash signature."""
        meta = {
            "version": STATE_VERSION,
            "fingerprint": self.fingerprint,
            "watermark": None
            if self.watermark is None
            else [None if math.isinf(self.watermark[0]) else self.watermark[0], self.watermark[1]],
            "stories": list(self.stories),
            "member_story": self.member_story,
            "duplicates": self.duplicates,
            "duplicate_of": self.duplicate_of,
        }
        rows: list[tuple[str, str, bytes | None]] = [("meta", json.dumps(meta), None)]
        for sid, story in self.stories.items():
            rows.append((f"story:{sid}", json.dumps(story.to_dict()), story.vectors()))
        for aid, sig in self.signatures.items():
            rows.append((f"minhash:{aid}", "{}", sig.astype(np.uint64).tobytes()))
        return rows

    @classmethod
    def from_records(cls, rows: list[tuple[str, str, bytes | None]]) -> ClusterState:
        by_key = {k: (j, b) for k, j, b in rows}
        if "meta" not in by_key:
            return cls()
        meta = json.loads(by_key["meta"][0])
        if meta.get("version") != STATE_VERSION:
            return cls()
        state = cls(fingerprint=meta["fingerprint"])
        if meta["watermark"] is not None:
            ts, aid = meta["watermark"]
            state.watermark = order_key(ts, aid)
        for sid in meta["stories"]:
            j, b = by_key[f"story:{sid}"]
            state.stories[sid] = Story.from_dict(json.loads(j), b)
        state.member_story = dict(meta["member_story"])
        state.duplicates = {k: dict(v) for k, v in meta["duplicates"].items()}
        state.duplicate_of = dict(meta["duplicate_of"])
        for key, (_, b) in by_key.items():
            if key.startswith("minhash:") and b is not None:
                state.signatures[key[len("minhash:") :]] = np.frombuffer(b, dtype=np.uint64).copy()
        return state

    def near_duplicates(self) -> list[dict]:
        out = []
        for original, group in self.duplicates.items():
            row = {"articles": list(group["articles"]), "similarity": round(group["similarity"], 4), "original": original}
            if group.get("similarities"):  # each copy's own likeness (a state saved before session 36 has none)
                row["similarities"] = {k: round(v, 4) for k, v in group["similarities"].items()}
            if group.get("figures_only"):  # whether each copy differs in its figures alone (stories52, copy_counted)
                row["figures_only"] = dict(group["figures_only"])
            out.append(row)
        return out
