"""Hebrew reported speech whose source is a pronoun or a body, not a subject before a verb of saying.

"לדבריו, העבודות יסתיימו עד סוף החודש." (according to him, …): "לדבריו/לדבריה/לדבריהם" is "לדברי X" (according to X)
with the pronoun suffixed, so the source is the one who spoke last, as English "According to him" takes up the
person just quoted; with no one quoted before, no one is named and nothing is read.

"ממשרד הבריאות נמסר כי …" (from the health ministry it was reported that …), "במשטרה נמסר כי …" (at the police it was
reported), "נמסר מהמשטרה כי …": the impersonal passive names no person; the body the sentence names after "מ" (from) or
"ב" (at) is the source.  The prefix goes and, after "ב", a lone noun gets back the article it swallowed ("במשטרה" is
ב+ה+משטרה, "המשטרה"), while a construct chain carries its article on its last word ("במשרד הבריאות", "משרד הבריאות").
"עוד נמסר כי …" (it was further reported) with no body names no one: nothing is read, never the person quoted before.
"""

from __future__ import annotations

import re

from parallax.analyze.quotes.hebrew import _WORD
from parallax.records import Quote

_START = r"(?:^|(?<=[.!?;]\s)|(?<=\n))"
_CLAUSE = r"(?P<clause>[^\"”״]{8,})"
# "לדבריו, …": the pronoun form of "לדברי" (according to), a comma after it
_ACCORDING_PRONOUN = re.compile(rf"{_START}(?:ו?עוד\s++)?(?P<cue>לדבריו|לדבריה|לדבריהם|לדבריהן),\s*+{_CLAUSE}")
_REPORTED = r"נמסר|נמסרה|נמסרו"
_THAT = r"(?:כי\s++|ש(?=[\u05d0-\u05ea]))"
# the body before the passive ("ממשרד הבריאות נמסר כי") or after it ("נמסר מהמשטרה כי"); up to four words
_BODY = rf"(?P<body>[מב]{_WORD}(?:\s{_WORD}){{0,3}}?)"
_BODY_FIRST = re.compile(rf"{_START}(?:ו?עוד\s++)?{_BODY}\s++(?P<cue>{_REPORTED})\s++{_THAT}{_CLAUSE}")
_BODY_AFTER = re.compile(rf"{_START}(?:ו?עוד\s++)?(?P<cue>{_REPORTED})\s++{_BODY}\s++{_THAT}{_CLAUSE}")


def _body_name(phrase: str) -> str:
    """The body a prefixed phrase names: "ממשרד הבריאות" → "משרד הבריאות", "במשטרה" → "המשטרה", "מהמשטרה" → "המשטרה"."""
    prefix, rest = phrase[0], phrase[1:]
    if prefix == "ב" and " " not in rest and not rest.startswith("ה"):
        return "ה" + rest  # (ב swallows the article of a lone noun; a construct chain has it on its last word)
    return rest


def he_sources(article, para, sents: list[tuple[int, int]], spans, sent_base: int, para_quotes: list[Quote]) -> list[Quote]:
    """Reported speech of the paragraph ``para`` opened by "לדבריו," (the last speaker's) or told in the impersonal
    "נמסר כי" after the body it came from; none where a quotation holds the clause or no one is named."""
    text, off = para.text, para.offset
    out: list[Quote] = []
    for si, (lo, hi) in enumerate(sents):
        m = _ACCORDING_PRONOUN.match(text, lo, hi) or _BODY_FIRST.match(text, lo, hi) or _BODY_AFTER.match(text, lo, hi)
        if m is None or any(q.start < hi and lo < q.end for q in spans):
            continue
        start, end = m.start("clause"), len(text[: min(hi, m.end("clause"))].rstrip(" .!?"))
        if "body" in m.re.groupindex:
            spk, s_, e_ = _body_name(m.group("body")), off + m.start("body"), off + m.end("body")
        else:
            before = [q for q in [*article.quotes, *para_quotes] if q.speaker and q.start < off + lo]
            if not before:
                continue
            last = max(before, key=lambda q: q.start)
            spk, s_, e_ = last.speaker, last.speaker_start, last.speaker_end
        out.append(Quote(text[start:end], off + start, off + end, "indirect", spk, s_, e_, m.group("cue"), sent_base + si))
    return out
