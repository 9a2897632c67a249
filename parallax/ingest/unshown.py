"""The elements whose content a page never shows as words, named once for every module that walks a page's tree.

A script's code, a style sheet, a template not yet rendered and a ``noscript`` fallback are in the markup but are no
words of the article (:data:`UNSHOWN_TAGS`); an inline drawing and the document's head hold no text of the body either
(:data:`INVISIBLE_TAGS`, for walks that look for visible blocks).
"""

from __future__ import annotations

UNSHOWN_TAGS: tuple[str, ...] = ("script", "style", "noscript", "template")
INVISIBLE_TAGS: tuple[str, ...] = (*UNSHOWN_TAGS, "svg", "head")
