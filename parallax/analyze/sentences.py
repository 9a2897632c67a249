"""Sentences from spaCy, repaired where news typography fools it.

spaCy's small models sometimes end a sentence inside a quotation or after an
abbreviation before a capitalised name ("U.S. Secretary"); we merge a split
when the next piece starts in lower case, the split falls inside an open
quotation mark, or the first piece ends on an opening mark or a colon
("Brun a prévenu : « | Nous ne céderons jamais. »"); an opening mark hung on the
end of a finished sentence ("... della Regione. «" | "Con meno ...") moves to the next.
"""

from __future__ import annotations

import re

from parallax.analyze import Paragraph, component
from parallax.analyze.quotes.marks import QUOTE_PAIRS
from parallax.records import Article, Sentence

_OPEN = "“„«‹"


def _inside_quote(text: str) -> bool:
    """Whether ``text`` ends inside an unclosed quotation (each opening mark waits for its own
    closer: „...“ and »...« in German, “...” in English, « ... » in French)."""
    return _expected_closer(text) is not None or text.count('"') % 2 == 1


_ENDED = re.compile(r"[.!?…][”»’\"]?\s*$")


# each opening mark and its own closer; a straight or low single mark is too ambiguous to wait for
_CLOSER = {opener: closers[0] for opener, closers in QUOTE_PAIRS.items() if opener not in "\"'‚"}


def _expected_closer(text: str) -> str | None:
    """The mark that would close the quotation still open at the end of ``text`` („ → “, « → », » → «)."""
    want = None
    for ch in text:
        if want is not None and ch == want:
            want = None
        elif want is None and ch in _CLOSER:
            want = _CLOSER[ch]
    return want


def _ends_open(piece: str) -> bool:
    """Whether ``piece`` ends on a colon or on a mark that opens a quotation (not one that closes
    it: German „...“ ends on “)."""
    body = piece.rstrip()
    return body[-1:] == ":" or (body[-1:] in _OPEN and _expected_closer(body[:-1]) != body[-1:])


def _dangling_opener(piece: str) -> int | None:
    """Offset of an opening quotation mark that ends ``piece`` after a finished sentence, else None.
    A mark that closes the quotation open in ``piece`` stays (German „...“, French «... »)."""
    body = piece.rstrip()
    if len(body) < 2 or body[-1] not in _OPEN + "‘»":
        return None
    if _expected_closer(body[:-1]) == body[-1]:
        return None
    return len(body) - 1 if _ENDED.search(body[:-1]) else None


def paragraph_sentences(para: Paragraph) -> list[tuple[int, int]]:
    """(start, end) of the sentences of one paragraph, relative to the paragraph."""
    doc = para.doc
    spans = [(s.start_char, s.end_char) for s in doc.sents] if len(doc) else []
    merged: list[tuple[int, int]] = []
    text = doc.text
    for start, end in spans:
        piece = text[start:end].strip()
        if not piece:
            continue
        if merged:
            prev_start, prev_end = merged[-1]
            prev = text[prev_start:prev_end]
            mark = _dangling_opener(prev)
            if mark is not None:
                # "... ‘onacceptabel’. ‘" | "Niemand ...": the sentencizer hung the next quotation's
                # opening mark on the sentence before; it opens the next one
                merged[-1] = (prev_start, prev_start + mark)
                start = prev_start + mark
                prev_start, prev_end = merged[-1]
                prev = text[prev_start:prev_end]
            closer = _expected_closer(prev)
            if closer and text[start : start + 1] == closer and closer in "“«”»":
                # "„... verfolgen." | "“ Gegen ...": the closing mark of the sentence before
                merged[-1] = (prev_start, start + 1)
                start += 1
                piece = text[start:end].strip()
                prev_start, prev_end = merged[-1]
                prev = text[prev_start:prev_end]
                if not piece:
                    continue
            first = piece.lstrip("\"“”'‘’«» ")[:1]
            # the quote test last: it reads the merged text so far, which would make
            # a paragraph of many merged pieces quadratic
            if (
                (first and first.islower())
                or len(prev.split()) <= 2
                or piece[:1] in ",;:)”»"
                or _ends_open(prev)  # nothing ends on an opening quote mark or a colon
                or (_inside_quote(text[prev_start:start]) and not _inside_quote(text[prev_start:end]))
            ):
                merged[-1] = (prev_start, end)
                continue
        merged.append((start, end))
    out = []
    for start, end in merged:
        seg = text[start:end]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg) - len(seg.rstrip())
        out.append((start + lead, end - trail))
    return out


@component("sentences")
def add_sentences(article: Article, paragraphs: list[Paragraph]) -> None:
    for para in paragraphs:
        for start, end in paragraph_sentences(para):
            s, e = para.offset + start, para.offset + end
            article.sentences.append(Sentence(s, e, article.text[s:e], para.index))
