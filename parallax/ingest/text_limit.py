"""The article length limit (``Options.max_text_chars``), checked before the cleaning, not after it.

The limit was checked on the finished article (:func:`parallax.ingest.finish`), after the cleaning had read every
line against a hundred furniture rules: a 50 MB text on one line took about 100 s on a loaded machine to be refused.
So each reader checks the text as soon as it has it (a text file once decoded, a JSON record's text once parsed, a
page's body once trafilatura has extracted it, before the line filters) and refuses it there.

The text as read is longer than the article the cleaning makes of it: runs of whitespace become one space, and
furniture lines go.  So only characters other than whitespace count here: a text whose letters, digits and marks
alone exceed the limit is over it unless the cleaning took more than the excess away as furniture, and furniture (a
byline, a share row, a closing note) is lines of a few hundred characters, not millions.  Whitespace padding never
refuses a text that the limit on the finished article lets through, which stays checked as before.
"""

from __future__ import annotations

from parallax.errors import InputError

_SPACES = (" ", "\n", "\t", "\r", "\xa0", "\u3000", "\x0b", "\x0c")


def visible_chars(text: str) -> int:
    """The characters of ``text`` other than whitespace (each count is one pass in C: linear, no copy)."""
    return len(text) - sum(text.count(space) for space in _SPACES)


def check_text_length(text: str, source: str, limit: int | None) -> None:
    """Refuse ``text`` (read from ``source``) where its characters other than whitespace exceed ``limit``
    (``None``: no limit given, the finished article is still checked)."""
    if limit is not None and len(text) > limit and visible_chars(text) > limit:
        raise InputError(source, f"article text longer than the limit of {limit:,} characters")
