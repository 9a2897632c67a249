"""Lines with no words of their own: a photo's caption that repeats the photo's alternative text (``<img
alt="The slimmer bezels of the new laptop">`` and under it a line "The slimmer bezels of the new laptop"), and a
line with no word at all (a rule, a table's empty row).

The alternative text describes an image for a reader who cannot see it; a line of the body that says exactly
the same words is that description printed as a caption (in a ``<span>`` or ``<div>`` no caption class names,
so :func:`parallax.ingest.page_furniture.drop_captions` misses it), not the story's prose.  A heading that an
image repeats (a slideshow's slide titles, a recipe's step photos) stays: it is set as a heading, which a caption
never is.
"""

from __future__ import annotations

import re

from parallax.ingest.clean import norm_words

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def alt_captions(tree) -> frozenset[str]:
    """The alternative texts of the page's images (as :func:`norm_words`), less any text the page sets as a heading."""
    alts = {norm_words(img.get("alt") or "") for img in tree.iter("img")}
    headings = {norm_words(h.text_content()) for h in tree.iter(*_HEADINGS)}
    return frozenset(alts - headings - {""})


# the marks of a rule and of a table's frame; not the underscore (a wire live blog's "___" between entries is its
# text's own, as a word is to a tokenizer), not a writer's emoticon ("=)")
_NO_WORD = re.compile(r"^[\s|:+=*.•·…~#。-]+$")


def without_separators(lines: list[str]) -> list[str]:
    """``lines`` without those that hold only a rule's or a table frame's marks: a rule ("***", "-----", "+++"), a
    table's empty row or its separator ("|  |", "|---|---|"), a lone full stop ("。").  Taken after the line filters, which read
    the text from its end: such a line there still ends the text for them, as it did (never all lines)."""
    return [ln for ln in lines if not _NO_WORD.match(ln)] or lines


def without_alt_captions(lines: list[str], alts: frozenset[str]) -> list[str]:
    """``lines`` without those that repeat an image's alternative text (never all of them)."""
    if not alts:
        return lines
    kept = [ln for ln in lines if norm_words(ln) not in alts or not re.search(r"\w", ln)]
    return kept or lines
