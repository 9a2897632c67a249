"""Quotation marks and the spans they enclose.

Done on characters, per paragraph, so that straight, curly, German („…“, »…«) and
French (« … ») marks all work, and an opening mark that is never closed stays
inside its sentence (or its paragraph, when the next paragraph opens with a
quotation mark: the multi-paragraph convention).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Each opening mark and the marks that may close it, the first being its own (the sentence
# splitter reads that one).  A straight mark may close a curly one and the reverse: news copy
# mixes them ("Oz has ...,” said).  German also quotes »so« (reversed guillemets): outside a
# quotation a » can only open one.
QUOTE_PAIRS = {"“": "”\"", "„": "“”", "«": "»", "‹": "›", "»": "«", "›": "‹", '"': '"”', "‘": "’", "'": "'", "‚": "‘’"}


_DASH_OPEN = re.compile(r"[—–]\s*(?=\w)")  # a paragraph that opens with an em or en dash


@dataclass
class _Span:
    start: int  # content start, relative to the paragraph
    end: int
    closed: bool


def find_quote_spans(text: str, sentences: list[tuple[int, int]], continues: bool = False, dash_end: re.Pattern | None = None) -> list[_Span]:
    """Content spans (inside the marks) of the quotations of one paragraph.

    ``continues`` says the next paragraph opens with a quotation mark, in which
    case an unclosed quote may run to the end of this paragraph.  ``dash_end``
    finds where a paragraph that opens with a dash stops quoting: French,
    Spanish and Italian set dialogue that way ("— Nous ne reculerons pas, a
    déclaré le ministre."); the pattern is the comma and cue that follow."""
    spans: list[_Span] = []
    open_at: int | None = None
    open_ch = ""
    n = len(text)
    i = 0
    if dash_end is not None and (dash := _DASH_OPEN.match(text)) and (end := dash_end.search(text, dash.end())):
        spans.append(_Span(dash.end(), end.start(), True))
        i = end.end()

    def unclosed_end(pos: int) -> int:
        if continues:
            return n
        for s, e in sentences:
            if s <= pos < e:
                return e
        return n

    open_w = 1
    while i < n:
        ch = text[i]
        prev = text[i - 1] if i else " "
        w = 1
        if ch == "'" and i + 1 < n and text[i + 1] == "'":
            ch, w = '"', 2  # two apostrophes are a double mark (''That makes me smart'')
        nxt = text[i + w] if i + w < n else " "
        if open_at is None:
            if ch in "“„«‹\"" or (ch in "»›" and not nxt.isspace()) or (ch in "‘‚" and not prev.isalnum()) or (ch == "'" and not prev.isalnum() and nxt.isalpha()):
                open_at, open_ch, open_w = i, ch, w
        else:
            closers = QUOTE_PAIRS[open_ch]
            single = open_ch in "‘'‚"
            if ch in closers and (not single or not nxt.isalnum()):
                if open_ch == '"' or not single or (prev.isalnum() or prev in ".,!?;"):
                    spans.append(_Span(open_at + open_w, i, True))
                    open_at = None
            elif not single and ch in "“„«" and ch not in closers:
                # a new opening mark while one is open: the first was never closed
                spans.append(_Span(open_at + open_w, min(unclosed_end(open_at), i), False))
                open_at, open_ch, open_w = i, ch, w
        i += w
    if open_at is not None:
        spans.append(_Span(open_at + open_w, unclosed_end(open_at), False))
    return [_trim(text, s) for s in spans if _trim(text, s).end > _trim(text, s).start]


def _trim(text: str, span: _Span) -> _Span:
    s, e = span.start, span.end
    while s < e and text[s] in " \n":
        s += 1
    while e > s and text[e - 1] in " \n,;:“”\"«»„":
        e -= 1
    return _Span(s, e, span.closed)


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _inside(pos: int, spans: list[_Span]) -> bool:
    return any(s.start - 1 <= pos < s.end + 1 for s in spans)
