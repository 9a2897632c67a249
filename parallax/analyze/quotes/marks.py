"""Quotation marks and the spans they enclose.

Done on characters, per paragraph, so that straight, curly, German („…“, »…«),
Dutch („…"), Swedish and Finnish (”…”, »…»), French (« … ») and Chinese and
Japanese (「…」, 『…』) and Hebrew (״…״) marks all work, and an opening mark that is never closed stays
inside its sentence (or its paragraph, when the next paragraph opens with a
quotation mark: the multi-paragraph convention).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from parallax.analyze.quotes.dash_runs import dash_run_limit
from parallax.letters import UNSPACED

# Each opening mark and the marks that may close it, the first being its own (the sentence
# splitter reads that one).  A straight mark may close a curly one and the reverse: news copy
# mixes them ("Oz has ...,” said).  German also quotes »so« (reversed guillemets): outside a
# quotation a » can only open one; Swedish, Finnish and Danish close it with another » (»Det här ...»,
# säger ...).  Dutch writes „...", the low mark closed by a straight one.  Swedish and Finnish also
# open with ” ("”Det här ...”"), which only counts as an opener in a paragraph that never uses “.
# Chinese and Japanese use corner brackets, 『』 for a quotation inside 「」 (or on its own).
QUOTE_PAIRS = {
    "“": "”\"", "„": "“”\"", "«": "»", "‹": "›", "»": "«»", "›": "‹›", '"': '"”', "‘": "’", "'": "'", "‚": "‘’",
    "”": "”\"", "「": "」", "『": "』",
}  # fmt: skip
# Hebrew quotes between gershayim (״…״) too; not a pair for the sentence splitter, which would take the
# gershayim of an acronym ("צה״ל") for a quotation left open
_PAIRS = {**QUOTE_PAIRS, "״": "״\"”"}

# every mark the scan of :func:`find_quote_spans` acts on (an opener, a closer or a gershayim); it steps from one to the
# next (and to the markup and dash-opened dialogue it skips) instead of through every character of the paragraph
_MARK_CHARS = frozenset("".join(_PAIRS) + "".join(_PAIRS.values()))
_MARK = re.compile("[" + re.escape("".join(sorted(_MARK_CHARS))) + "]")

# an apostrophe that elides the start of a word is no opening mark: Dutch 's middags, 't, 'n, 'k,
# English 'em, 'tis ('s-Hertogenbosch), Hausa 'yan and 'yar ("'yan sanda", police; "'yar majalisa") and 'ya'ya; the
# Hausa words are often set with a turned comma (‘yan), which is no opening mark either
_ELISION = re.compile(r"['‘](?:s|t|n|k|em|tis|twas|yan|yar|ya)(?![^\W\d_])", re.I)

# letters of scripts written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar)
_UNSPACED = re.compile(f"[{UNSPACED}]")


# markup written into the prose ('links of the form <a href="javascript:alert(2)">'): the marks
# inside a tag delimit attribute values, not quotations (bounded and without nesting: linear)
_TAG = re.compile(r"</?[A-Za-z][\w:-]{0,20}(?:\s[^<>\n]{0,500})?/?>")

# code written into the prose ('the comment field ran alert("pwned")', "console.log('hi')"): a string literal
# passed to a call, its marks straight against the name's bracket, is no quotation; prose sets a space before
# a bracket ('the term ("dead on arrival")').  Bounded runs, no nesting (linear).
_CODE_CALL = re.compile(r"(?<![\w$.])[A-Za-z_$][\w$]{0,30}(?:\.[A-Za-z_$][\w$]{0,30}){0,3}\(([\"'`])[^\"'`\n]{0,200}\1\)")

# Hebrew writes an acronym's gershayim between its last two letters, as ״ or as a straight " ("צה"ל",
# "מתנ"ס"): between two Hebrew letters neither mark is a quotation mark
_HEBREW_LETTER = re.compile(r"[\u05d0-\u05ea]")


def _gershayim(text: str, i: int) -> bool:
    """Whether the mark at ``i`` stands between two Hebrew letters (an acronym's gershayim)."""
    return 0 < i < len(text) - 1 and bool(_HEBREW_LETTER.match(text[i - 1])) and bool(_HEBREW_LETTER.match(text[i + 1]))


# a paragraph that opens with an em or en dash ("—¿Y ahora?"), or with a hyphen and a space, as Danish copy
# often sets its dialogue ("- Det er en tragedie, siger ..."); its cue after a comma (dash_end) makes it one
_DASH_OPEN = re.compile(r"(?:[—–]|-(?=[ \u00a0]))\s*(?=[\w¿¡])")


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
    déclaré le ministre."); the pattern is the comma (or closing dash) and cue
    that follow.  A sentence inside the paragraph may open with a dash too
    ("... il paese. — Abbiamo sentito un boato — racconta Luigi."); its quotation
    must then end in that sentence."""
    spans: list[_Span] = []
    open_at: int | None = None
    open_ch = ""
    n = len(text)
    i = 0
    dashed: dict[int, int] = {}  # start of a dash-opened quotation -> where quote-mark scanning resumes
    if dash_end is not None:
        for k, (s_start, _) in enumerate(sentences or [(0, n)]):
            # the paragraph's first sentence: its dialogue may run on; a later one to its cue a few sentences on (:mod:`.dash_runs`)
            limit = n if k == 0 else dash_run_limit(text, sentences, k)
            if (dash := _DASH_OPEN.match(text, s_start)) and (end := dash_end.search(text, dash.end(), limit)):
                spans.append(_Span(dash.end(), end.start(), True))
                dashed[s_start] = end.end()
                if k == 0:
                    break  # (as before: the paragraph is that dialogue)

    def unclosed_end(pos: int) -> int:
        if continues:
            return n
        for s, e in sentences:
            if s <= pos < e:
                return e
        return n

    open_w = 1
    same_mark = "“" not in text  # ” may open a quotation (Swedish, Finnish) where “ never does
    tags = {m.start(): m.end() for m in _TAG.finditer(text)} if "<" in text else {}
    if "(" in text:
        tags.update((m.start(1), m.end()) for m in _CODE_CALL.finditer(text))  # a string passed to code: skipped
    stops = sorted({*dashed, *tags})  # where the scan must stop though no mark stands there
    while i < n:
        if open_at is None and i in dashed:
            i = dashed[i]
            continue
        if i in tags:
            i = tags[i]
            continue
        ch = text[i]
        if ch not in _MARK_CHARS:  # (no mark: on to the next one, or to the next place to skip from)
            mark, k = _MARK.search(text, i + 1), bisect_right(stops, i)
            i = min(mark.start() if mark else n, stops[k] if k < len(stops) else n)
            continue
        if ch in '"״' and _gershayim(text, i):
            i += 1
            continue
        prev = text[i - 1] if i else " "
        w = 1
        if ch == "'" and i + 1 < n and text[i + 1] == "'":
            ch, w = '"', 2  # two apostrophes are a double mark (''That makes me smart'')
        nxt = text[i + w] if i + w < n else " "
        if open_at is None:
            if (
                ch in "“„«‹\"「『״"
                or (ch in "»›" and not nxt.isspace())
                or (ch in "‘‚" and not prev.isalnum() and not _ELISION.match(text, i))
                or (ch == "'" and not prev.isalnum() and nxt.isalpha() and not _ELISION.match(text, i))
                or (ch == "”" and same_mark and not prev.isalnum() and prev not in ".,!?;:" and not nxt.isspace())
            ):
                open_at, open_ch, open_w = i, ch, w
        else:
            closers = _PAIRS[open_ch]
            single = open_ch in "‘'‚"
            # (a single mark before a letter is an apostrophe, but not before a letter of a script
            # with no case, where there are none: Korean '‘누리호’가')
            if ch in closers and (not single or not nxt.isalnum() or (nxt.isalpha() and not (nxt.isupper() or nxt.islower()))):
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
    return sorted((t for t in map(lambda s: _trim(text, s), spans) if t.end > t.start), key=lambda t: t.start)


def split_incises(text: str, spans: list[_Span], incise: re.Pattern) -> list[_Span]:
    """The quotations with the attribution that French, Italian, Russian and Ukrainian copy set inside
    the marks taken out: « La situation est sous contrôle, a assuré le préfet. Aucune victime n'est à
    déplorer. », «Ситуация под контролем, — сообщил мэр. — Эвакуация не требуется».  ``incise`` finds
    the attribution (its comma or dash, a cue word, the words after it up to the full stop, comma or
    dash that closes it); what stands before and after it are the two parts of one quotation, each
    of two words or more."""
    out: list[_Span] = []
    for span in spans:
        m = incise.search(text, span.start, span.end)
        if m is None or _words(text[span.start : m.start()]) < 2 or _words(text[m.end() : span.end]) < 2:
            out.append(span)
            continue
        out += [_Span(span.start, m.start(), True), _trim(text, _Span(m.end(), span.end, span.closed))]
    return out


def _trim(text: str, span: _Span) -> _Span:
    s, e = span.start, span.end
    while s < e and text[s] in " \n":
        s += 1
    while e > s and text[e - 1] in " \n,;:“”\"«»„「」『』":
        e -= 1
    return _Span(s, e, span.closed)


def _words(text: str) -> int:
    """Words in ``text``; in a script written without spaces two characters count as one word
    (about a Chinese or Japanese word), so “我们将全力搜救” is a sentence, not one word."""
    unspaced = len(_UNSPACED.findall(text))
    return len(re.findall(r"\w+", _UNSPACED.sub(" ", text))) + unspaced // 2


def _inside(pos: int, spans: list[_Span]) -> bool:
    return any(s.start - 1 <= pos < s.end + 1 for s in spans)
