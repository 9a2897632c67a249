"""A relative day inside a quotation counts from the day the quotation was said, where the report says it.

'"We announced today that we will appeal," Keane told reporters on Thursday', published on Friday: the speaker's
"today" is Thursday, the day the report gives the statement, not the day the report appeared.  A reporter's own
"today" counts from the publication (or dateline) day; a speaker's counts from the day the sentence that quotes
it names outside the quotation marks ("said on Thursday", "told reporters yesterday").  Where the sentence names
no day, a day earlier in the paragraph that a verb of saying takes ("dijo el martes que …. «Hoy …», añadió") is
the day; else the quotation keeps the publication day: the report says nothing better.

A clock time or a part of the day ("this morning") inside the quotation that names no day ('"Crews finished the repair at 8 a.m.," Pike said on
Tuesday'), in a quotation that names no day of its own, is on the day it was said too: it had taken the
publication day (or the one carried from an earlier paragraph), and met another outlet's "8 a.m. on Tuesday" with
a false date conflict.
"""

from __future__ import annotations

import re
from datetime import date
from operator import itemgetter

from parallax.analyze.sorted_offsets import first_holding, inside_any
from parallax.analyze.span_index import SpanIndex
from parallax.analyze.timelex import Lexicon
from parallax.analyze.times.cues import _names_a_day
from parallax.analyze.times.said_on import saying_day
from parallax.records import Sentence

# a quotation in the marks the press uses: each closes before a line break, with no nested mark of its own kind
# (and the dash a Spanish or Portuguese speaker's words open with after a colon: 'declaró el lunes: —Hoy firmamos ...')
_QUOTED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"|«[^»\n]*»|„[^“”\"\n]*[“”\"]|「[^」\n]*」|(?<=:[ \u00a0])[—―][^—―\n]+")
# the colon that introduces a quotation, with the line breaks before the quotation's paragraph ('dijo el lunes:\n\n«Hoy ...»')
_INTRODUCED = re.compile(r":[ \u00a0]*\n\s*\Z")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_CLOCK = re.compile(r"\d{4}-\d{2}-\d{2}T")  # a time of day: a clock time or a part of the day

Found = list[tuple[int, int, str | None, str]]


def _relative(text: str, lex: Lexicon) -> bool:
    """Whether an expression holds one of the language's relative day words ("today", "yesterday afternoon")."""
    low = text.lower()
    return any(re.search(rf"(?<!\w){re.escape(w.lower())}(?!\w)", low) for w in lex.relative_days)


def said_days(text: str, sentences: list[Sentence], found: Found, lex: Lexicon, ref: date | None) -> Found:
    """``found`` with each relative day inside a quotation moved to count from the day its sentence names outside
    the quotation marks (the nearest such day; the quotation may run over several sentences, so the sentence
    opening it and the one closing it both count)."""
    if ref is None or not lex.relative_days or not found:
        return found
    out = list(found)
    quoted = [q.span() for q in _QUOTED.finditer(text)]
    # (each quotation asked which expressions and which sentence lie where by scanning them all: the square of a long
    # report's length; the offsets stay as they are, only the values move: :mod:`parallax.analyze.span_index`)
    starts = SpanIndex(out, itemgetter(0), itemgetter(1))
    in_quoted, sentence_at = inside_any(quoted), first_holding(sentences)
    for qs, qe in quoted:
        within = [i for i in starts.positions(qs, qe) if out[i][1] <= qe and (v := out[i][2]) and _DAY.match(v)]
        inside = [i for i in within if _relative(text[out[i][0] : out[i][1]], lex)]
        # a clock time naming no day, in a quotation that names no day but relative ones (see the module)
        clocks = [i for i in within if _CLOCK.match(out[i][2] or "") and not _names_a_day(text[out[i][0] : out[i][1]], lex)]
        if all(i in inside or i in clocks for i in within):
            inside += [i for i in clocks if i not in inside]
        if not inside:
            continue
        # (a quotation that opens its paragraph after a colon is said in the sentence the colon closes)
        opener = _INTRODUCED.search(text, max(0, qs - 12), qs)
        first, last = sentence_at(opener.start() if opener else qs), sentence_at(qe - 1)
        lo, hi = (first.start if first else qs), (last.end if last else qe)
        outside = [
            (min(abs(s - qs), abs(s - qe)), v)
            for s, e, v, _ in (out[i] for i in starts.positions(lo, hi - 1))
            if v and _DAY.match(v) and not in_quoted(s)
        ]
        if not outside:
            # (the quotation's sentence names no day: the day of a verb of saying earlier in its paragraph, "dijo el
            # martes que …. «Hoy …», añadió": one speaker's statement told over two sentences, :mod:`.said_on`)
            para = text.rfind("\n", 0, lo) + 1
            outside = [
                (lo - s, v)
                for s, e, v, _ in (out[i] for i in starts.positions(para, lo - 1))
                if v and _DAY.match(v) and not in_quoted(s) and saying_day(lex, text, s)
            ]
        if not outside:
            continue
        said = date.fromisoformat(min(outside)[1][:10])
        for i in inside:
            s, e, v, g = out[i]
            assert v is not None
            if i not in clocks:
                day = said + (date.fromisoformat(v[:10]) - ref)
            else:
                day = said
            out[i] = (s, e, day.isoformat() + v[10:], g)
    return out
