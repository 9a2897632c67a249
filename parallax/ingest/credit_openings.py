"""A photo credit run into the text it stood over: "Photo: Jane Doe/Reuters A man walks across the bridge."

Where a page sets the picture's credit and its caption (or the first paragraph under the picture) in one block,
the extraction reads them as one line that opens on the credit: a photo label, a colon (Polish abbreviates
"Fot."), the photographer's name and, after a slash, the agency ("Foto: Max Muster/dpa", "Fot. Jan Kowalski/PAP").
:func:`parallax.ingest.photo_credits.is_photo_credit` drops such a line only while it is short (the credit alone).
A sentence of reporting does not open on a label, a colon and "Name/Agency" followed by a capital: the slash
between a name and an agency is the credit's own mark ("Photo agencies Reuters and AP ..." opens no credit).

What follows the credit decides what goes: a single sentence is the photo's caption (what a credit heads), so the
line goes; two sentences or more are the report's paragraph that the credit ran into, so only the credit goes.
One sentence that the page's description tag repeats (``lead``: its first words open the sentence, or the
sentence's open the description) is the report's opening paragraph, not a caption: a page sets the lead picture's
credit in the first paragraph's block, and its summary for search engines and feeds is that paragraph, never
the picture's caption; only the credit goes from it.
"""

from __future__ import annotations

import re

# label, colon (or "Fot."), one to four name words, a slash, the agency (one word, or two such as "Getty Images")
_CREDIT = re.compile(r"^(?i:photos?|fotos?|pictures?|images?|bild|zdj[eę]cie|fotografia)\s?:\s?|^(?i:fot|zdj)\.\s")
_WHO = re.compile(
    r"(?:[^\W\d_][\w'’.-]{0,30}[ ]){0,3}[^\W\d_][\w'’.-]{0,30}[ ]?/[ ]?[^\W_][\w.&-]{0,24}"
    r"(?:[ ](?:Images|Photo|Press|Pool|Agency|Agencja|Media))?[ ]"
)
_SENTENCE_END = re.compile(r"[.!?…][\"'”»)]?(?:\s|$)")
_MAX_CAPTION_WORDS = 45
_ECHO_WORDS = 8  # the description's opening words that must open the sentence (or the sentence's, the description)


def credit_opening(line: str) -> tuple[str, str] | None:
    """``(credit, rest)`` where ``line`` opens on a "Label: Name/Agency" credit followed by a capital, else ``None``."""
    label = _CREDIT.match(line)
    if label is None:
        return None
    who = _WHO.match(line, label.end())
    if who is None:
        return None
    rest = line[who.end() :].lstrip()
    if not rest or not (rest[0].isupper() or rest[0] in '„“"«'):
        return None
    return line[: who.end()].strip(), rest


def _echoes(rest: str, lead: str | None) -> bool:
    """Whether ``rest`` and the page's description ``lead`` open with the same words (:data:`_ECHO_WORDS` of them)."""
    if not lead:
        return False
    a, b = rest.split(), lead.split()
    n = min(_ECHO_WORDS, len(a), len(b))
    return n == _ECHO_WORDS and a[:n] == b[:n]


def without_credit_openings(lines: list[str], lead: str | None = None) -> list[str]:
    """``lines`` without the captions a credit opens, and with the credit cut from a paragraph it ran into (see the
    module's docstring; ``lead``: the page's description tag)."""
    out: list[str] = []
    for line in lines:
        found = credit_opening(line)
        if found is None:
            out.append(line)
            continue
        rest = found[1]
        sentences = len(_SENTENCE_END.findall(rest)) or 1
        if sentences == 1 and len(rest.split()) <= _MAX_CAPTION_WORDS and not _echoes(rest, lead):
            continue  # the caption under its credit
        out.append(rest)
    return out or lines
