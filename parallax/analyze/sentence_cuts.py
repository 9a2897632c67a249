"""Sentence cuts the tokenizer never sees: after a full-width 。！？, a full
stop against a closing quotation mark, and a figure's full stop where the
language writes no ordinal with one.

Some pipelines make one token of what holds a sentence's end (an unspaced
Japanese run, Arabic "هنا».", Danish "40."), so their sentencizer cannot cut
there; :func:`parallax.analyze.sentences.paragraph_sentences` cuts with these
before it merges.
"""

from __future__ import annotations

import re

_FULL_STOPS = "。！？"
_BRACKETS = {"「": "」", "『": "』", "“": "”", "（": "）", "(": ")", "《": "》", "【": "】"}


def _split_full_stops(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut after each full-width 。！？ outside brackets and quotations (with the
    marks that close right after it): a pipeline without a tokenizer for the language (Japanese
    under the multilingual blank model) makes one token of a whole unspaced sentence run, so its
    sentencizer never sees the full stop."""
    out, depth, begin = [], [], start
    i = start
    while i < end:
        ch = text[i]
        if depth and ch == depth[-1]:
            depth.pop()
        elif ch in _BRACKETS:
            depth.append(_BRACKETS[ch])
        elif ch in _FULL_STOPS and not depth:
            j = i + 1
            while j < end and text[j] in _FULL_STOPS + "」』”）)":
                j += 1
            if text[j:end].strip():
                out.append((begin, j))
                begin = j
            i = j
            continue
        i += 1
    out.append((begin, end))
    return out


# a full stop against a closing quotation mark, then the next sentence: '«...هنا». «لن ...»'.  The
# rule-based tokenizers of Arabic and Persian keep "هنا»." as one token, so the sentencizer never
# sees that full stop
_STOP_AT_CLOSER = re.compile(r"(?:(?<=[»”\"’][.!?؟۔।])|(?<=[.!?؟۔।][»”\"’]))\s+(?=[«“„\"]|[^\W\d_](?<![a-zà-ÿа-я]))")


# A full stop (or ! ? …), with a closing quotation mark or not, at the end of a line before a capital or an opening
# quotation mark ends the sentence (not after a lone letter, an initial or "z. B."): plain text written one sentence a line, where a parser can hold "en Savoie.\nDeux
# skieurs ont été tués." as one sentence (session 50).  An abbreviation at a line's end ("z. B.\nBerlin") is joined
# again by the merge rules after the cut (:func:`parallax.analyze.sentences.paragraph_sentences`)
# (the opening mark may be "»", which opens in Slovenian, Czech, Danish and German books' style, »...«, or "”", which
# opens and closes in Swedish and Finnish; "«" then closes)
STOP_AT_LINE_END = re.compile(r"(?<![\s.][^\W\d_]\.)(?:(?<=[.!?…])|(?<=[.!?…][»«”\"’]))[^\S\n]*+\n\s*+(?=[«»“”„\"]?[^\W\d_](?<![a-zà-ÿа-я]))")


# Danish and Norwegian write an ordinal with a full stop ("12. mai", "3. divisjon") and their tokenizers keep any
# figure with its stop ("40.", "kl. 14.30."), so a sentence that ends on a figure is never cut.  Both write nouns
# and months in lower case, and a stop is not doubled at a sentence's end: a figure's stop before a capital
# ends the sentence ("Antallet steg til 40. Politiet ...", "Møtet startet kl. 10. Det varte ...")
_ORDINAL_STOP_LANGS = frozenset({"da", "nb", "no", "nn"})
_STOP_AFTER_FIGURE = re.compile(r"(?<=\d\.)[^\S\n]+(?=[«“\"”]?[A-ZÆØÅ])")
# Greek and Arabic tokenizers keep a figure with its full stop too ("5,4%.", "σκοτώθηκαν 5."), yet neither language
# writes an ordinal so (Greek "5η", "12ος"): a figure's stop before the next sentence's first letter (a Greek capital,
# any Arabic letter) or its opening quotation mark ends the sentence
_STOP_AFTER_FIGURE_BY_LANG = {
    "el": re.compile(r"(?<=[\d%]\.)\s+(?=[«“\"]?[Α-ΩΆΈΉΊΌΎΏ])"),
    "ar": re.compile(r"(?<=[\d%٪]\.)\s+(?=[«“\"]?[\u0621-\u064a])"),
    # German writes an ordinal with a full stop ("am 3. Oktober") but no ordinal of a year: a year's stop before a
    # capital ends the sentence ("schließt das Werk bis Ende 2027. Betroffen sind ...")
    "de": re.compile(r"(?<=(?<![\d.])(?:1[89]|20)\d\d\.)[^\S\n]+(?=[«»„“\"]?[A-ZÄÖÜ])"),
}


def _split_where(pattern: re.Pattern, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut at each match of ``pattern`` (the match, a space, belongs to neither piece)."""
    out, begin = [], start
    for m in pattern.finditer(text, start, end):
        out.append((begin, m.start()))
        begin = m.end()
    out.append((begin, end))
    return out


# the marks that open a quotation in the languages whose "closing" mark opens it: "»" in Slovenian, Czech, Danish and
# German books (»...«), "”" in Swedish and Finnish (”...”), each with the mark that closes it
_REVERSED_OPENERS = {"»": "«", "”": "”"}


def opens_reversed(piece: str) -> bool:
    """Whether ``piece`` opens on a quotation in one of those styles: "»Take vode ...,« je dejala." -- the mark right
    against a letter and its closer later in the piece.  A French closing "»" stands before a space or a mark ("» a
    dit"), so a piece that starts with one is the end of the sentence before."""
    closer = _REVERSED_OPENERS.get(piece[:1])
    return closer is not None and piece[1:2].isalpha() and closer in piece[2:]
