"""The page's soft hyphens put back into the main text, which trafilatura strips of them.

A soft hyphen (U+00AD, ``&shy;``) marks where a long word may break ("Bundes\u00adkanzlerin"); it is part of the
page's text, and both extraction sets' gold bodies keep it.  trafilatura keeps only printable characters, so the
extracted lines lose it.  Carried through the extraction as a printable mark (as :mod:`parallax.ingest.joiners`
does for the zero-width joiners), it split words for the line rules that compare lines with the page's tree and
cost body paragraphs on a dev page; so the main text is finished without it, and :func:`with_soft_hyphens` then
writes each word the page spells with soft hyphens back as the page spells it.  A word the page also spells
without them, or with them in two ways, is left as extracted.  The article's text drops soft hyphens again with
the other invisible characters before offsets are taken (:func:`parallax.ingest.clean.normalize`), so only the
main text as extracted keeps them.
"""

from __future__ import annotations

import html as html_lib
import re

_SHY = "\u00ad"
_ENTITY = re.compile(r"&(?:shy|#173|#x0*ad);", re.I)
_HYPHENATED = re.compile(r"\w+(?:\u00ad\w+)+")  # (the soft hyphen is no word character: one way to match)
_WORD = re.compile(r"\w+")


def soft_hyphen_words(page: str) -> dict[str, str]:
    """Each word the page spells with soft hyphens, by its spelling without them ({} for most pages)."""
    if _SHY not in page and not _ENTITY.search(page):
        return {}
    text = html_lib.unescape(page)
    spelled: dict[str, str | None] = {}
    for m in _HYPHENATED.finditer(text):
        word = m.group()
        plain = word.replace(_SHY, "")
        spelled[plain] = word if spelled.get(plain, word) == word else None  # two spellings: neither
    plain_words = set(_WORD.findall(text))  # a word the page also prints whole stays whole
    return {plain: word for plain, word in spelled.items() if word is not None and plain not in plain_words}


def with_soft_hyphens(text: str, words: dict[str, str]) -> str:
    """``text`` with the words of :func:`soft_hyphen_words` spelled as the page spells them."""
    return _WORD.sub(lambda m: words.get(m.group(), m.group()), text) if words else text
