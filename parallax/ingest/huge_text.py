"""A page whose text runs, without markup, longer than the HTML parser reads.

libxml2 (under lxml) drops a text node over 10,000,000 bytes unless told to read huge trees, which we never tell it
(the limit guards memory), so a page or feed item with a 50 MB paragraph was refused as "no article text found": a
reason that sends the user looking for markup that is not missing.  Such a run is far over any article's length
limit (ten million characters of text), so where no text was found and the page holds one, the refusal names the
real reason.  Only the refusal reads the page for it, so a page that reads pays nothing.
"""

from __future__ import annotations

from parallax.errors import InputError

PARSER_TEXT_LIMIT = 10_000_000  # libxml2's XML_MAX_TEXT_LENGTH, in bytes: a run of as many characters is over it


def longest_text_run(html: str) -> int:
    """The length of the longest stretch of ``html`` between two tags (``<`` to ``<``), in characters."""
    longest, start = 0, 0
    while True:
        end = html.find("<", start)
        stop = len(html) if end < 0 else end
        longest = max(longest, stop - start)
        if end < 0:
            return longest
        start = html.find(">", end)
        if start < 0:
            return longest
        start += 1


def no_text_error(html: str, source: str, reason: str) -> InputError:
    """The refusal of a page or item where no text was found: ``reason``, or the text too long to parse."""
    if len(html) > PARSER_TEXT_LIMIT and longest_text_run(html) > PARSER_TEXT_LIMIT:
        return InputError(
            source, f"a text of the page runs over {PARSER_TEXT_LIMIT:,} characters without markup: longer than the HTML parser reads"
        )
    return InputError(source, reason)
