"""Removing a set of elements from a page's tree, named once for every module that edits the tree.

The cleaning passes first collect the elements they condemn (editing a tree while iterating it skips nodes), then
remove them.  One condemned element may sit inside another already removed, or the same element may be listed
twice; :func:`drop_all` removes each one that is still attached, keeping its tail text (``drop_tree``), so the
words after a removed block stay with the page.
"""

from __future__ import annotations

from collections.abc import Iterable


def drop_all(elements: Iterable) -> int:
    """Remove every element of ``elements`` that still has a parent (with its content, not its tail); the number
    of elements given."""
    count = 0
    for el in elements:
        count += 1
        if el.getparent() is not None:
            el.drop_tree()
    return count
