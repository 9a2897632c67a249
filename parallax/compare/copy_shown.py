"""A near-duplicate's likeness as ``stories.json`` shows it: figures counted, as the comparisons show it.

Detection reads every figure as one placeholder (:mod:`parallax.stories.copy_figures`), so that a wire story republished with "12
people" turned into "14 people" is still found; its MinHash likeness then measures the wording alone, and
``stories.json`` listed that copy as alike at 1.0, over the very change an analyst looks for (the comparison's copies
already showed the lower, figures-counted likeness since stories50, :mod:`parallax.compare.copy_likeness`).  Here
each copy of a group is read against its original with the figures as written: its shown likeness is the lower of
detection's and that one (never above what detection measured), the group's the lowest of its copies', and
``figures_only`` says, per copy, that the two texts differ in their figures alone.  A copy is one of a few per
story, its texts at hand in the store, so reading it exactly costs little.  A text no longer at hand keeps
detection's figure.
"""

from __future__ import annotations

from collections.abc import Callable

from parallax.records import Article


def shown_near_duplicates(groups: list[dict], article: Callable[[str], Article | None]) -> list[dict]:
    """``groups`` (:attr:`parallax.stories.StoriesResult.near_duplicates`) with each copy's ``similarities`` counted
    with figures, the group's ``similarity`` their lowest, and ``figures_only`` per copy; ``article`` looks a text
    up by id."""
    from parallax.compare.copy_likeness import copy_likeness

    out = []
    for group in groups:
        original = article(group["original"])
        alike = dict(group.get("similarities") or {})
        figures_only: dict[str, bool] = dict(group.get("figures_only") or {})  # grouping's, from the signatures
        for aid in group["articles"]:
            if aid == group["original"]:
                continue
            detected = alike.get(aid, group["similarity"])
            copy = article(aid)
            if original is not None and copy is not None:
                exact, figures_only[aid] = copy_likeness(original.text, copy.text)
                detected = min(detected, exact)
            alike[aid] = round(detected, 4)
        row = {**group, "similarities": alike, "figures_only": figures_only}
        if alike:
            row["similarity"] = min(alike.values())
        out.append(row)
    return out
