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
"""

from __future__ import annotations

import re

from parallax.analyze import Paragraph, component
from parallax.analyze.quotes.marks import _UNSPACED, QUOTE_PAIRS
from parallax.analyze.quotes.uncased import ZH_ATTRIBUTION
from parallax.ingest.clean import LIVE_STAMP
from parallax.records import Article, Sentence

_OPEN = "“„«‹「『"


def word_count(text: str) -> int:
    """Words in ``text``: space-separated ones, where a run of an unspaced script counts one word
    per two characters (about the length of a Chinese or Japanese word)."""
    unspaced = len(_UNSPACED.findall(text))
    spaced = len(_UNSPACED.sub(" ", text).split())
    return spaced + unspaced // 2


# a dateline that spaCy made a sentence of: one capitalised place name and a full stop
# ("ΝΑΞΟΣ.", "BORLÄNGE."); not an abbreviation with inner dots ("U.S.")
_DATELINE = re.compile(r"\A[^\W\d_]{3,}\.")


# titles, ranks and address words that stand with a full stop before a name or a number, per
# language, where the tokenizer of a pipeline without a parser does not know them and its
# sentencizer ends a sentence on their full stop ("asp. sztab." | "Marta Zielińska", "Dña." | "Rosa")
_ABBREVIATIONS = {
    lang: frozenset(words.split())
    for lang, words in {
        # aspirant (sztabowy), (nad-, pod-)komisarz, (pod-)inspektor, młodszy, starszy, sierżant, chorąży,
        # kapral, plutonowy, (pod-)porucznik, kapitan, major, (pod-)pułkownik, generał, doktor (habilitowany),
        # profesor, magister, inżynier, ksiądz, biskup, ulica, aleja, plac, osiedle, imienia, tak zwany, według;
        # the fire service's brygadier, ogniomistrz, druh, sekcyjny; minister, poseł, senator; godzina and około
        # before a figure ("o godz. 15", "ok. 300 osób"); w sprawie
        "pl": "asp sztab kom nadkom podkom insp podinsp mł st sierż chor kpr plut por ppor kpt mjr ppłk płk gen "
        "dr hab prof mgr inż ks bp abp ul al pl os im tzw wg bryg nadbryg ogn dh sekc min pos godz ok ws",
        "de": "hr hrn fr dr prof insp kom kpt st",
        "fr": "m mm mme mmes mlle dr pr me mgr st ste",
        "es": "sr sra srta sres d dña dª dr dra lic ing gral sto sta",
        "it": "sig sigg sig.ra sig.na dott dott.ssa avv ing prof on geom arch mons sen rag",
        "pt": "sr sra srs dr dra eng prof",
        "nl": "dhr mevr mw ir drs dr prof",
        "ru": "г гг ул д т.е им пр просп пер пл св",
        "uk": "м вул д ім просп пл",
        "en": "mr mrs ms dr prof st gen lt col capt sgt gov sen rep lieut jr sr inc corp ltd co",
        # cirka and klockan before a figure ("ca. 40 personer", "kl. 14"), which the Swedish tokenizer splits off
        "sv": "ca kl",
        # Lithuanian: profesorius, docentas, daktaras, habilituotas, generolas, pulkininkas, majoras, kapitonas,
        # leitenantas, ponas/ponia, gydytojas, akademikas; an address's prospektas, gatvė, alėja and numeris before
        # the house number ("Gedimino pr. 11", "Vilniaus g. 5"), telefonas
        "lt": "prof doc dr habil gen plk mjr kpt ltn p gyd akad pr g al nr tel",
        # Latvian: profesors, docents, doktors, ģenerālis, pulkvedis, kapteinis, leitnants; pulksten and apmēram before
        # a figure ("plkst. 14.30", "apm. 200 cilvēku"), numurs, tālrunis
        "lv": "prof doc dr ģen pulk kpt ltn plkst apm nr tālr",
    }.items()
}
# abbreviations that stand before a figure where they do not end the sentence: Lithuanian "val." (valanda, o'clock)
# ends a sentence on a clock time ("apie 14 val." | "Policija ..."), but not before its minutes ("14 val." | "20 min.")
_BEFORE_FIGURE = {"lt": frozenset({"val"})}
# a scale abbreviation before the currency it sums ("1,5 mld. Kč", "300 tys. zł", "2 млн. грн"): the sentencizer ends a
# sentence on the scale's full stop and leaves the currency to open the next one
_SCALE_DOT = re.compile(r"(?<!\w)(?:mld|mil|tis|mln|tys|mio|mrd|млн|млрд|тыс|тис|хил|мил)\.\Z", re.I)
_CURRENCY_OPENING = re.compile(r"(?:Kč|Sk|zł|Ft|Eur|EUR|USD|CZK|PLN|HUF|лв|грн|руб|din|KM|€|\$)\.?(?!\w)")
_LAST_WORD = re.compile(r"(?:\A|(?<=[\s(„“\"«]))(?P<word>[^\W\d_]+(?:\.[^\W\d_]+)*)\.\Z")


def _ends_on_abbreviation(piece: str, lang: str, after: str = "") -> bool:
    """Whether ``piece`` ends on the full stop of a title or rank abbreviation of ``lang``, or on one that
    stands before a figure (:data:`_BEFORE_FIGURE`) when ``after`` opens with a figure."""
    m = _LAST_WORD.search(piece.rstrip())
    if not m:
        return False
    word = m.group("word").casefold()
    return word in _ABBREVIATIONS.get(lang, ()) or (after[:1].isdigit() and word in _BEFORE_FIGURE.get(lang, ()))


# a sentence of one or two full words: "Remarquablement.", "Bienvenida sea.", "Przyjechała policja."
_SHORT_SENTENCE = re.compile(r"\A[^\W\d_][\w'’-]*(?:[ ][^\W\d_][\w'’-]*)?\.\Z")


def _short_sentence(prev: str, piece: str, lang: str, article_start: bool) -> bool:
    """Whether ``prev``, a piece of one or two words, is a finished sentence and ``piece`` the next
    one: full words (one of five letters or more; not "No.", "Gov.", "Acme Corp.", not a known
    abbreviation) and a full stop, then a capital.  One capitalised word opening the article stays
    with what follows: German papers open on the place ("Lindenhain. Noch zwei Tage ...")."""
    prev = prev.strip()
    if not _SHORT_SENTENCE.match(prev) or _ends_on_abbreviation(prev, lang):
        return False
    words = prev[:-1].split()
    if len(words[-1]) <= 3 and words[-1][0].isupper() or max(len(w) for w in words) < 5:
        return False
    if article_start and len(words) == 1:
        return False
    first = piece.lstrip("\"“”'‘’«»„ ")[:1]
    return first.isalpha() and first.isupper()


def _inside_quote(text: str, same_mark: bool = False) -> bool:
    """Whether ``text`` ends inside an unclosed quotation (each opening mark waits for its own
    closer: „...“ and »...« in German, “...” in English, « ... » in French)."""
    opened, straight = _quote_state(text, same_mark)
    return opened is not None or straight


_ENDED = re.compile(r"[.!?…।॥۔؟][”»’\"]?\s*$")  # Devanagari and Arabic-script full stops too


# each opening mark and the marks that close it; a straight or low single mark is too ambiguous to
# wait for, and ” opens only in some languages (see paragraph_sentences).  A “ waits for its ”: English
# copy that closes it with a straight mark ("“... borders," he said.") counts that mark with the
# straight ones, which pair up on their own.
_CLOSERS = {opener: closers.replace('"', "") if opener == "“" else closers for opener, closers in QUOTE_PAIRS.items() if opener not in "\"'‚”"}


def _quote_state(text: str, same_mark: bool = False) -> tuple[str | None, bool]:
    """The curly (or angle, or corner) opening mark still open at the end of ``text``, and whether a
    straight quotation is open; a straight mark that closes a low one („..." in Dutch) is no straight
    quotation of its own.  With ``same_mark`` a ” that closes nothing counts like a straight mark."""
    opened, straight = None, False
    for ch in text:
        if opened is not None and ch in _CLOSERS[opened]:
            opened = None
        elif ch == '"' or same_mark and ch == "”":
            straight = not straight
        elif opened is None and ch in _CLOSERS:
            opened = ch
    return opened, straight


def _expected_closer(text: str) -> str | None:
    """The mark that would close the quotation still open at the end of ``text`` („ → “, « → », » → «,
    「 → 」); any of its closers closes it („..." in Dutch, »...» in Swedish)."""
    opened = _quote_state(text)[0]
    return _CLOSERS[opened][0] if opened is not None else None


def _ends_open(piece: str) -> bool:
    """Whether ``piece`` ends on a colon or on a mark that opens a quotation (not one that closes
    it: German „...“ ends on “)."""
    body = piece.rstrip()
    return body[-1:] == ":" or (body[-1:] in _OPEN and _expected_closer(body[:-1]) != body[-1:])


def _dangling_opener(piece: str, same_mark: bool = False) -> int | None:
    """Offset of an opening quotation mark that ends ``piece`` after a finished sentence, else None.
    A mark that closes the quotation open in ``piece`` stays (German „...“, French «... »)."""
    body = piece.rstrip()
    if len(body) < 2 or body[-1] not in _OPEN + "‘»\"”'—–―":
        return None
    if body[-1] in "\"”'" and (
        not body[-2].isspace()
        or (body[-1] == '"' and _quote_state(body[:-1])[1])
        or (body[-1] == "”" and (not same_mark or _quote_state(body[:-1], same_mark)[1]))
    ):
        return None  # a straight (or Swedish ”) mark that closes the one open before it
    if _expected_closer(body[:-1]) == body[-1] or body[-1] in "»" and _expected_closer(body[:-1]) is not None:
        return None
    # a dash after a finished sentence opens the next one's dialogue ("... il paese. —" | "Abbiamo ...")
    return len(body) - 1 if _ENDED.search(body[:-1]) else None


_FULL_STOPS = "。！？"
# a quotation that ends its own sentence inside the marks ('“…全碎了。”'), and the clause after it that
# only says who spoke ('对面超市店主刘建国说。'): one sentence, per language
_ENDS_QUOTED = re.compile(r"[。！？…][”」』]\s*\Z")
_ATTRIBUTION_AFTER = {"zh": ZH_ATTRIBUTION}


def _attribution_after(prev: str, piece: str, lang: str) -> bool:
    """Whether ``piece`` only attributes the quotation that closes ``prev`` (Chinese '“…。”他说。')."""
    pattern = _ATTRIBUTION_AFTER.get(lang)
    return pattern is not None and _ENDS_QUOTED.search(prev) is not None and pattern.match(piece) is not None


def _inside_number(text: str, prev_end: int, start: int) -> bool:
    """Whether a cut falls between the digits of a number ('居民1.' | '2万人。'): a full stop or comma
    between two digits never ends a sentence, in any language."""
    return prev_end == start and 2 <= start < len(text) and text[start - 1] in ".," and text[start - 2].isdigit() and text[start].isdigit()
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
}


def _split_where(pattern: re.Pattern, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut at each match of ``pattern`` (the match, a space, belongs to neither piece)."""
    out, begin = [], start
    for m in pattern.finditer(text, start, end):
        out.append((begin, m.start()))
        begin = m.end()
    out.append((begin, end))
    return out


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
                or _ends_on_abbreviation(prev, lang, piece)  # "asp. sztab." | "Marta Zielińska"
                or (prev_start == 0 and LIVE_STAMP.match(prev.strip()))  # a live blog's "21 h 10" | "– Entry ..."
                or piece[:1] in ",;:)”»"
                or _ends_open(prev)  # nothing ends on an opening quote mark or a colon
                or (parsed and _unfinished(prev) and "\n" not in text[prev_start + len(prev.rstrip()) : start])  # "la présidente Claire" | "Mondésir ..."
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
