"""A photo's caption set by layout alone: a short line in italics, in a block of its own right under an image.

Blogs and small sites (WordPress's classic editor, Blogger) print a picture as a paragraph that holds only the
image (``<p><a><img></a></p>``, Blogger's ``<div class="separator">``) and its caption as the next paragraph, in
italics and with no class that names it a caption (``<p><em>Night lights by Keller Studio</em></p>``), so
:func:`parallax.ingest.page_furniture.drop_captions` misses it and the extraction keeps it as a line of the text.
Its place and its type make it one: the block right after an image-only block (empty spacer blocks between them
aside), its whole text in ``<em>``/``<i>``, a few words with no sentence's stop.  A sentence in italics there
(an editor's note, "Names have been changed.") stays, and so do italics with no picture above them (a subheading)
and a caption's words set in plain type.
"""

from __future__ import annotations

import re

from parallax.ingest.drops import drop_all

_BLOCKS = ("p", "div")
_ITALIC = ("em", "i")
_MAX_CAPTION_WORDS = 12
_MAX_SPACERS = 2
_STOP = re.compile(r"[.!?。！？:;]\s*$")


def _text(el) -> str:
    return " ".join(el.text_content().split())


def _image_only(el) -> bool:
    """Whether ``el`` holds an image and no text."""
    return next(el.iter("img"), None) is not None and not _text(el)


def _spacer(el) -> bool:
    return not _text(el) and next(el.iter("img"), None) is None


def _all_italic(el) -> bool:
    """Whether every word of ``el`` sits inside an ``<em>`` or ``<i>`` (counted over the outermost ones)."""
    outermost = [i for i in el.iter(*_ITALIC) if i is not el and not _inside_italic(i, el)]
    words = sum(len(i.text_content().split()) for i in outermost)
    return bool(outermost) and words == len(el.text_content().split())


def _inside_italic(node, block) -> bool:
    for parent in node.iterancestors():
        if parent is block:
            return False
        if parent.tag in _ITALIC:
            return True
    return False


def _under_image(el) -> bool:
    """Whether the block before ``el`` (past up to two empty spacers) holds only an image."""
    prev = el.getprevious()
    for _ in range(_MAX_SPACERS + 1):
        if prev is None or not isinstance(prev.tag, str):
            return False
        if _image_only(prev):
            return True
        if not _spacer(prev):
            return False
        prev = prev.getprevious()
    return False


def _italic_caption(el) -> bool:
    text = _text(el)
    if not text or len(text.split()) > _MAX_CAPTION_WORDS or _STOP.search(text) or next(el.iter("img"), None) is not None:
        return False
    return _all_italic(el) and _under_image(el)


def drop_italic_captions(tree) -> None:
    """Remove the italic captions set under their images (the module's docstring)."""
    drop_all([el for el in tree.iter(*_BLOCKS) if _italic_caption(el)])
