"""Lines with no words of their own: a photo's caption that repeats the photo's alternative text (``<img
alt="The slimmer bezels of the new laptop">`` and under it a line "The slimmer bezels of the new laptop"), and a
line with no word at all (a rule, a table's empty row).

The alternative text describes an image for a reader who cannot see it; a line of the body that says exactly
the same words is that description printed as a caption (in a ``<span>`` or ``<div>`` no caption class names,
so :func:`parallax.ingest.page_furniture.drop_captions` misses it), not the story's prose.  A heading that an
image repeats (a slideshow's slide titles, a recipe's step photos) stays: it is set as a heading, which a caption
never is.  A caption may also run on from the alternative text ("Heaven benchmark results" under it "Heaven
benchmark results for the new laptop"): a short line with no sentence's stop that opens on an alternative text of
three words or more and adds three more goes too (:func:`_runs_on_from_alt`); a sentence that opens on those words
stays, and so does a list's item ("- Jane Doe Smith 12", the name a photo's alt text too).
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


_MIN_OPENING_ALT_WORDS, _MIN_RUN_ON_WORDS, _MAX_RUN_ON_WORDS = 3, 3, 16
_ITEM = re.compile(r"^[-–•*]\s")  # a list's item ("- Jane Doe 12", a name and a score), no caption
_SENTENCE_END = re.compile(r"[.!?。！？:;\"”»)]\s*$")


def _runs_on_from_alt(line: str, words: str, by_opening: dict[str, list[str]]) -> bool:
    """Whether ``line`` (``words`` its :func:`norm_words`) is a short caption that opens on an image's alternative
    text of three words or more and runs on after it, with no sentence's stop at its end."""
    if len(words.split()) > _MAX_RUN_ON_WORDS or _SENTENCE_END.search(line) or _ITEM.match(line):
        return False
    opening = " ".join(words.split()[:_MIN_OPENING_ALT_WORDS])
    return any(
        words.startswith(alt + " ") and len(words.split()) - len(alt.split()) >= _MIN_RUN_ON_WORDS for alt in by_opening.get(opening, ())
    )


def without_alt_captions(lines: list[str], alts: frozenset[str]) -> list[str]:
    """``lines`` without those that repeat an image's alternative text, or run on from one (never all of them)."""
    if not alts:
        return lines
    by_opening: dict[str, list[str]] = {}
    for alt in alts:
        if len(alt.split()) >= _MIN_OPENING_ALT_WORDS:
            by_opening.setdefault(" ".join(alt.split()[:_MIN_OPENING_ALT_WORDS]), []).append(alt)
    kept = []
    for ln in lines:
        words = norm_words(ln)
        if re.search(r"\w", ln) and (words in alts or _runs_on_from_alt(ln, words, by_opening)):
            continue
        kept.append(ln)
    return kept or lines
