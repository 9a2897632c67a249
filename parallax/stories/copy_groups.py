"""Which text of a group of near-duplicates stands for it: the first published, and of copies published at the
same time, the fullest.

A story's comparison reads one text of each group of copies (a copy adds no second voice) and lists the others
with what they added, cut or changed (:mod:`parallax.compare.copy_changes`). The first published is the text a
republisher copied. But where two copies carry the same time (a date with no hour, one wire stamp, no time at
all), which came first is unknown, and the shorter standing for the group would keep out of the comparison what it
cut: a quotation given to another person, a figure only the fuller text reports. So among copies of one time the
text with the most word shingles stands for the group; a later copy never does (what a republisher added to the
original is its own, shown as the copy's ``added`` lines).

Each copy's likeness is read with its figures counted (:mod:`.copy_counted`): a copy that changed a toll is not
shown as identical, and ``figures_only`` says, per copy, that it differs from the original in its figures alone.
"""

from __future__ import annotations

import numpy as np

from parallax.stories.copy_counted import counted_likeness, figures_only
from parallax.stories.dedup import NUM_PERM
from parallax.stories.story import Story


def _shingles(signature: np.ndarray | None) -> int:
    """The number of word shingles a signature counts (0 for one stored without it)."""
    return int(signature[NUM_PERM]) if signature is not None and len(signature) > NUM_PERM else 0


def _time_of(story: Story, article: str) -> tuple[bool, float | None]:
    """Whether ``story`` holds ``article``, and its publication time there."""
    for aid, ts in zip(story.articles, story.article_ts, strict=True):
        if aid == article:
            return True, ts
    return False, None


def add_copy(
    duplicates: dict[str, dict],
    duplicate_of: dict[str, str],
    signatures: dict[str, np.ndarray],
    story: Story,
    copy: tuple[str, float | None, np.ndarray],
    other: str,
    sim: float,
) -> None:
    """Record ``copy`` (id, publication time, signature), found to copy the indexed article ``other`` with
    likeness ``sim``, in its group (``duplicates``: original -> {"articles", "similarity", "similarities"};
    ``duplicate_of``: copy -> original). Where it has the original's time and more shingles, it becomes the
    group's original: the group is keyed anew and each member's likeness is read against it."""
    cid, ts, signature = copy
    original = duplicate_of.get(other, other)
    group = duplicates.setdefault(original, {"articles": [original], "similarity": 1.0})
    if other in signatures:
        sim = min(sim, counted_likeness(signature, signatures[other]))  # figures counted
    own = counted_likeness(signature, signatures[original]) if original in signatures else sim
    held, original_ts = _time_of(story, original)
    if held and original_ts == ts and _shingles(signature) > _shingles(signatures.get(original)):
        old = group.get("similarities") or {}
        members = group["articles"]
        alike = {m: counted_likeness(signatures[m], signature) if m in signatures else old.get(m, own) for m in members}
        alike[original] = own
        only = {m: figures_only(signatures[m], signature) for m in members if m in signatures}
        del duplicates[original]
        duplicates[cid] = {"articles": [cid, *members], "similarity": min(alike.values()), "similarities": alike,
                           "figures_only": {m: v for m, v in only.items() if v is not None}}  # fmt: skip
        for m in members:
            duplicate_of[m] = cid
        return
    group["articles"].append(cid)
    group["similarity"] = min(group["similarity"], sim)
    group.setdefault("similarities", {})[cid] = own
    if original in signatures and (only := figures_only(signature, signatures[original])) is not None:
        group.setdefault("figures_only", {})[cid] = only
    duplicate_of[cid] = original
