"""Sentences from spaCy, repaired where news typography fools it.

spaCy's small models sometimes end a sentence inside a quotation or after an
abbreviation before a capitalised name ("U.S. Secretary"); we merge a split
when the next piece starts in lower case, the split falls inside an open
quotation mark, or the first piece ends on an opening mark or a colon
("Brun a prévenu : « | Nous ne céderons jamais. »"); an opening mark hung on the
end of a finished sentence ("... della Regione. «" | "Con meno ...", '... il paese. "' |
'Non lasceremo ...') moves to the next.

A piece of one or two words is merged too ("No." | "10 Downing Street"), but
words are counted so that scripts written without spaces (Chinese, Japanese)
are not all "one word", a dateline ("ΝΑΞΟΣ." | "12 άνθρωποι ...") stays
apart, and so does a finished sentence of full words ("Remarquablement." |
"Mille deux cents ...").  Text in those scripts is also cut after each
full-width 。！？ outside brackets and quotations, which a pipeline without a
tokenizer for the language (Japanese) never sees.

A piece that ends on a title or rank abbreviation the language's tokenizer does
not know ("asp. sztab." | "Marta Zielińska") is merged with the next.  A live
blog's time stamp at the head of a paragraph ("21 h 10" | "– Les pompiers ...")
stays with the entry it dates (see ``ingest.clean.LIVE_STAMP``).  A full stop between two digits
("1.2万人") ends no sentence, and a Chinese clause that only attributes the quotation closed before it
("“…全碎了。”" | "刘建国说。") stays in that quotation's sentence.

The extra cuts are in :mod:`parallax.analyze.sentence_cuts`, the quotation
mark tests in :mod:`parallax.analyze.sentence_quotes` and the abbreviations in
:mod:`parallax.analyze.sentence_abbreviations`; every name they took from here
is still importable from here.
"""

from __future__ import annotations

import re

from parallax.analyze import Paragraph, component
from parallax.analyze.quotes.marks import _UNSPACED
from parallax.analyze.quotes.marks import QUOTE_PAIRS as QUOTE_PAIRS
from parallax.analyze.quotes.uncased import ZH_ATTRIBUTION
from parallax.analyze.quotes.uncased_cues import zh_simplified
from parallax.analyze.sentence_abbreviations import _ABBREVIATIONS as _ABBREVIATIONS
from parallax.analyze.sentence_abbreviations import _BEFORE_FIGURE as _BEFORE_FIGURE
from parallax.analyze.sentence_abbreviations import _CURRENCY_OPENING, _SCALE_DOT, _ends_on_abbreviation, _short_sentence, zone_after_clock
from parallax.analyze.sentence_abbreviations import _LAST_WORD as _LAST_WORD
from parallax.analyze.sentence_abbreviations import _SHORT_SENTENCE as _SHORT_SENTENCE
from parallax.analyze.sentence_cuts import _BRACKETS as _BRACKETS
from parallax.analyze.sentence_cuts import (
    _FULL_STOPS,
    _ORDINAL_STOP_LANGS,
    _STOP_AFTER_FIGURE,
    _STOP_AFTER_FIGURE_BY_LANG,
    _STOP_AT_CLOSER,
    STOP_AT_LINE_END,
    _split_full_stops,
    _split_where,
    opens_reversed,
)
from parallax.analyze.sentence_quotes import _CLOSERS as _CLOSERS
from parallax.analyze.sentence_quotes import _ENDED as _ENDED
from parallax.analyze.sentence_quotes import _OPEN as _OPEN
from parallax.analyze.sentence_quotes import _dangling_opener, _ends_open, _expected_closer, _inside_quote
from parallax.analyze.sentence_quotes import _quote_state as _quote_state
from parallax.ingest.clean import LIVE_STAMP
from parallax.records import Article, Sentence


def word_count(text: str) -> int:
    """Words in ``text``: space-separated ones, where a run of an unspaced script counts one word
    per two characters (about the length of a Chinese or Japanese word)."""
    unspaced = len(_UNSPACED.findall(text))
    spaced = len(_UNSPACED.sub(" ", text).split())
    return spaced + unspaced // 2


# a dateline that spaCy made a sentence of: one capitalised place name and a full stop
# ("ΝΑΞΟΣ.", "BORLÄNGE."); not an abbreviation with inner dots ("U.S.")
_DATELINE = re.compile(r"\A[^\W\d_]{3,}\.")


# a quotation that ends its own sentence inside the marks ('“…全碎了。”'), and the clause after it that
# only says who spoke ('对面超市店主刘建国说。'): one sentence, per language
_ENDS_QUOTED = re.compile(r"[。！？…][”」』]\s*\Z")
_ATTRIBUTION_AFTER = {"zh": ZH_ATTRIBUTION}


def _attribution_after(prev: str, piece: str, lang: str) -> bool:
    """Whether ``piece`` only attributes the quotation that closes ``prev`` (Chinese '“…。”他说。')."""
    pattern = _ATTRIBUTION_AFTER.get(lang)
    if lang == "zh":
        piece = zh_simplified(piece)  # '「…。」對面超市店主劉建國說。': the cue in traditional characters
    return pattern is not None and _ENDS_QUOTED.search(prev) is not None and pattern.match(piece) is not None


def _inside_number(text: str, prev_end: int, start: int) -> bool:
    """Whether a cut falls between the digits of a number ('居民1.' | '2万人。'): a full stop or comma
    between two digits never ends a sentence, in any language."""
    return prev_end == start and 2 <= start < len(text) and text[start - 1] in ".," and text[start - 2].isdigit() and text[start].isdigit()


def _unfinished(piece: str) -> bool:
    """Whether ``piece`` stops on a word or figure, with no mark at all: a parser's sentence boundary
    inside a name ("a déclaré la présidente Claire" | "Mondésir en lisant le jugement.", where the
    small French model takes "Claire" for an adjective and "Mondésir" for a new root), which no
    sentence of news prose ends on (a line break does, and stays a cut)."""
    body = piece.rstrip()
    return bool(body) and body[-1].isalnum()


def paragraph_sentences(para: Paragraph) -> list[tuple[int, int]]:
    """(start, end) of the sentences of one paragraph, relative to the paragraph."""
    doc = para.doc
    spans = [(s.start_char, s.end_char) for s in doc.sents] if len(doc) else []
    if any(ch in doc.text for ch in _FULL_STOPS):
        spans = [cut for start, end in spans for cut in _split_full_stops(doc.text, start, end)]
    if "\n" in doc.text:  # one sentence a line (:data:`STOP_AT_LINE_END`)
        spans = [cut for start, end in spans for cut in _split_where(STOP_AT_LINE_END, doc.text, start, end)]
    if not doc.has_annotation("DEP"):  # a parsed language's parser places these itself
        spans = [cut for start, end in spans for cut in _split_where(_STOP_AT_CLOSER, doc.text, start, end)]
    if doc.lang_ in _ORDINAL_STOP_LANGS:
        spans = [cut for start, end in spans for cut in _split_where(_STOP_AFTER_FIGURE, doc.text, start, end)]
    if figure_stop := _STOP_AFTER_FIGURE_BY_LANG.get(doc.lang_):
        spans = [cut for start, end in spans for cut in _split_where(figure_stop, doc.text, start, end)]
    merged: list[tuple[int, int]] = []
    text = doc.text
    # Swedish and Finnish open and close a quotation with the same ” ("”Det här ...”"), in a paragraph
    # that never uses “ (where ” only closes)
    same_mark = "“" not in text
    lang = doc.lang_
    parsed = doc.has_annotation("DEP")
    for start, end in spans:
        piece = text[start:end].strip()
        if not piece:
            continue
        if merged:
            prev_start, prev_end = merged[-1]
            prev = text[prev_start:prev_end]
            mark = _dangling_opener(prev, same_mark)
            if mark is not None:
                # "... ‘onacceptabel’. ‘" | "Niemand ...": the sentencizer hung the next quotation's
                # opening mark on the sentence before; it opens the next one
                merged[-1] = (prev_start, prev_start + mark)
                start = prev_start + mark
                prev_start, prev_end = merged[-1]
                prev = text[prev_start:prev_end]
            closer = _expected_closer(prev)
            if closer and text[start : start + 1] == closer and closer in "“«”»」』":
                # "„... verfolgen." | "“ Gegen ...": the closing mark of the sentence before
                merged[-1] = (prev_start, start + 1)
                start += 1
                piece = text[start:end].strip()
                prev_start, prev_end = merged[-1]
                prev = text[prev_start:prev_end]
                if not piece:
                    continue
            if _SCALE_DOT.search(prev.rstrip()) and (cur := _CURRENCY_OPENING.match(text, start)):
                # "1,5 mld." | "Kč. Čtyři ...": the currency ends the sentence of its sum
                merged[-1] = (prev_start, cur.end())
                start = cur.end()
                piece = text[start:end].strip()
                prev_start, prev_end = merged[-1]
                prev = text[prev_start:prev_end]
                if not piece:
                    continue
                start = end - len(text[start:end].lstrip())
            if _inside_number(text, prev_end, start) or _attribution_after(prev, piece, lang):
                merged[-1] = (prev_start, end)
                continue
            first = piece.lstrip("\"“”'‘’«» ")[:1]
            # the quote test last: it reads the merged text so far, which would make
            # a paragraph of many merged pieces quadratic
            if (
                (first and first.islower())
                or (
                    word_count(prev) <= 2
                    and not (prev_start == 0 and _DATELINE.fullmatch(prev.strip()) and prev.strip().isupper())
                    and not _short_sentence(prev, piece, lang, para.offset == 0 and prev_start == 0)
                )
                # ("Dkt." | "Juma Hassan" in Swahili, whose doc the multilingual pipeline marks "xx": the article's language)
                or _ends_on_abbreviation(prev, para.lang if lang == "xx" and para.lang else lang, piece)  # "asp. sztab." | "Marta"
                or zone_after_clock(prev, piece)  # "at 4:20 a.m." | "MT near Libby"
                or (prev_start == 0 and LIVE_STAMP.match(prev.strip()))  # a live blog's "21 h 10" | "– Entry ..."
                or (piece[:1] in ",;:)”»" and not opens_reversed(piece))
                or _ends_open(prev)  # nothing ends on an opening quote mark or a colon
                or (
                    parsed and _unfinished(prev) and "\n" not in text[prev_start + len(prev.rstrip()) : start]
                )  # "la présidente Claire" | "Mondésir ..."
                or (_inside_quote(text[prev_start:start], same_mark) and not _inside_quote(text[prev_start:end], same_mark))
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
