"""Whether a page's data scripts hold prose its extraction lacks: a cheap test before any of them is parsed.

:func:`parallax.ingest.embedded_body.embedded_body` takes a body from the page's data only where the markup is thin:
the extraction holds under half the words of the data body, a body of 500 characters or more.  So the data can win
only where some 250 characters of its prose are missing from the extraction.  Prose in JSON sits in string
literals; reading them with one regular expression, and looking each of their sentences up in the extraction's text,
costs a fraction of a ``json.loads`` of every script and a walk of the objects it gives (a Next.js state blob of
200 kB: ~60 ms against ~3 ms).  Where every sentence of the data is already in the extraction, as on the common page
whose DOM shows its body, nothing is parsed.  Session 38.
"""

from __future__ import annotations

import html
import json
import re

# a JSON string of some length, where a paragraph or a whole articleBody is kept: a quotation mark that 60 other
# characters follow (or an escape before them), then the string (the unrolled loop: linear, and the look-ahead spares
# the many short strings, keys and ids, a match each)
_LITERAL = re.compile(r'"(?=[^"\n]{60}|[^"\n]{0,59}\\)([^"\\\n]*(?:\\.[^"\\\n]*)*)"')
_MIN_LITERAL = 60
_TAG = re.compile(r"<[^<>]{0,400}>")
_SENTENCE = re.compile(r"(?<=[.!?…。！？])\s+")
_MIN_SENTENCE = 20  # shorter pieces ("Read more.", "AP") say nothing of the body
# the scripts a page keeps its data in: JSON-LD, JSON state (Next.js, Nuxt 3); and Arc's state assigned in a script
_DATA_TYPES = {"application/ld+json", "application/json"}


def _prose(literal: str) -> str:
    """A JSON string literal's text: escapes decoded, tags and entities gone, spaces collapsed."""
    text = literal
    if "\\" in literal:
        try:
            text = json.loads(f'"{literal}"')
        except ValueError:
            pass
    if "<" in text:
        text = _TAG.sub(" ", text)
    return " ".join(html.unescape(text).split())


def may_hold_more(tree, lines: list[str], missing_chars: float) -> bool:
    """Whether the page's data scripts hold ``missing_chars`` or more characters of sentences (of their string
    literals) that the extraction's ``lines`` do not contain."""
    scripts = [
        el.text
        for el in tree.iter("script")
        if el.text
        and len(el.text) >= missing_chars
        and ((el.get("type") or "").strip().lower() in _DATA_TYPES or "Fusion.globalContent" in el.text)
    ]
    if not scripts:
        return False
    have = " ".join(" ".join(lines).split())
    known = set(_SENTENCE.split(have))  # looked up first: a set, not a scan of the text for each sentence
    missing = 0
    for script in scripts:
        for m in _LITERAL.finditer(script):
            if len(m.group(1)) < _MIN_LITERAL:
                continue
            text = _prose(m.group(1))
            if " " not in text:  # a URL, an id, a token: no prose
                continue
            for sentence in _SENTENCE.split(text):
                if len(sentence) >= _MIN_SENTENCE and sentence not in known and sentence not in have:
                    missing += len(sentence)
                    if missing >= missing_chars:
                        return True
    return False
