"""Cues in the dependency parse: which speech verb introduces a quotation, and its subject.

With a parse (English, French), every speech verb outside the quotations is a candidate
(:func:`_cues`: a lemma of :data:`.cue_lexicon.CUE_LEMMAS`, "according to", "per", "selon"), with
its subject's span (:mod:`.cue_subjects`); :func:`_pick_cue` chooses the one that introduces a
quotation: the cue the quotation depends on in the parse, else the first right after the closing
mark, else the nearest before the opening mark.  A paragraph that ends with "He said:" announces
the speaker of the quotation that opens the next one (:func:`_colon_intro`).

The rest of what finds a speaker lives next door, and the names its users import are re-exported
here: the cue words per language (:mod:`.cue_lexicon`), cue patterns for languages without a
parser (:mod:`.lexical_cues`), a cue's subject and its repairs (:mod:`.cue_subjects`), and
speakers set before a colon or after a dash (:mod:`.name_labels`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parallax.analyze import Paragraph
from parallax.analyze.quotes.cue_lexicon import CUE_LEMMAS, LEXICAL_CUES
from parallax.analyze.quotes.cue_subjects import _can_speak, _clause_subject, _clip_subject, _governing_subjects, _past_dash, _subject_span
from parallax.analyze.quotes.lexical_cues import _NAME, _lexical_speaker
from parallax.analyze.quotes.marks import _inside, _Span
from parallax.analyze.quotes.name_labels import _DASH_NAME, _LEAD_NAME, _headline_speaker
from parallax.analyze.quotes.people import _Attributor
from parallax.analyze.quotes.person_names import _names_outside
from parallax.analyze.quotes.roles import DOCUMENTS
from parallax.letters import UPPER

# what the other modules of the package import from here: the parse cues below, and the names
# that lived here before the modules next door were split off
__all__ = [
    "CUE_LEMMAS", "LEXICAL_CUES", "_DASH_NAME", "_LEAD_NAME", "_NAME", "_Cue", "_can_speak", "_clause_subject", "_clip_subject",
    "_colon_intro", "_cues", "_governing_subjects", "_headline_speaker", "_lexical_speaker", "_names_outside", "_past_dash",
    "_pick_cue", "_region", "_sentence_of", "_subject_span",
]  # fmt: skip


@dataclass
class _Cue:
    pos: int  # character offset in the paragraph
    subj: tuple[int, int] | None  # subject span, paragraph offsets
    text: str
    tok: int = -1  # token index in the paragraph's doc


def _cues(doc, quote_spans: list[_Span]) -> list[_Cue]:
    """Every cue outside quotes, with the span of its subject."""
    out = []
    for tok in doc:
        if _inside(tok.idx, quote_spans):
            continue
        lemma = (tok.lemma_ or tok.text).lower()
        if tok.i + 1 < len(doc) and _document_speaks(doc, doc[tok.i + 1]) is not None:
            continue  # "the ruling states": "ruling" is the document, not a verb of ruling
        if tok.pos_ in ("VERB", "AUX") and (lemma in CUE_LEMMAS or lemma == "put" and any(c.lower_ == "it" for c in tok.children)):
            out.append(_Cue(tok.idx, _subject_span(tok), tok.text, tok.i))
        elif (subj := _document_speaks(doc, tok)) is not None:
            out.append(_Cue(tok.idx, subj, tok.text, tok.i))
        elif tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            if _reports_speech(tok):
                continue  # 'said Trump ..., according to TIME': TIME reports the speech, Trump is its speaker
            to = doc[tok.i + 1]
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if objs:
                o = objs[0]
                out.append(_Cue(tok.idx, (o.left_edge.idx, o.right_edge.idx + len(o.right_edge.text)), "according to", tok.i))
        elif tok.lower_ == "per" and tok.dep_ == "prep" and (objs := [c for c in tok.children if c.dep_ == "pobj"]):
            o = objs[0]  # "per the party's bylaws" (not "per cent", "$5 per hour")
            if o.pos_ == "PROPN" or any(c.dep_ in ("det", "poss") for c in o.children):
                out.append(_Cue(tok.idx, (o.left_edge.idx, o.right_edge.idx + len(o.right_edge.text)), "per", tok.i))
        elif tok.lower_ in ("selon", "según") and tok.i + 1 < len(doc):
            nxt = doc[tok.i + 1]
            if nxt.pos_ == "PRON":  # « Selon elle, ... »: the pronoun, not the clause the parser hung on it
                out.append(_Cue(tok.idx, (nxt.idx, nxt.idx + len(nxt.text)), tok.text, tok.i))
                continue
            end = min(nxt.head.right_edge.idx + len(nxt.head.right_edge.text), _clause_end(doc, nxt))
            out.append(_Cue(tok.idx, (nxt.left_edge.idx, end), tok.text, tok.i))
    return out


# a verb of a document's saying in the present that the parser may take for a plural noun after the document
# ('"...," the ruling states.', "the report notes", "the letter reads"): the ruling states as a noun phrase
_DOCUMENT_VERBS = frozenset({"states", "notes", "reads", "finds", "concludes", "adds", "warns", "says"})


def _document_speaks(doc, tok) -> tuple[int, int] | None:
    """The span of the document that ``tok`` is the verb of, where the parser read the verb as a noun after it
    ('"The company acted recklessly," the ruling states.'): a word of :data:`_DOCUMENT_VERBS` right after a
    document's noun (:data:`.roles.DOCUMENTS`) after "the", closing its clause (a full stop, a comma, a colon)."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ not in _DOCUMENT_VERBS or tok.i < 2 or tok.i + 1 >= len(doc):
        return None
    noun, after = doc[tok.i - 1], doc[tok.i + 1]
    if noun.lower_ not in DOCUMENTS or after.text not in (".", ",", ":", ";"):
        return None
    first = next((t for t in doc[max(0, tok.i - 4) : tok.i - 1] if t.lower_ in ("the", "this", "its", "their")), None)
    return (first.idx, noun.idx + len(noun.text)) if first is not None else None


def _clause_end(doc, tok) -> int:
    """Where the phrase starting at ``tok`` ends at the latest: the first comma or colon after it."""
    for t in doc[tok.i :]:
        if t.text in (",", ":", ";", "«", "“"):
            return t.idx
    return len(doc.text)


def _introduces_next(text: str, span: _Span, cue: _Cue, spans: list[_Span]) -> bool:
    """'“... on today.” Harbour board spokesman Tom Hale added, “The harbour office ...”': after a
    quotation that ends its sentence, a cue followed by ", “" or ": “" opens the next quotation."""
    if not re.search(r"[.!?…]$", text[span.start : span.end].rstrip()):
        return False
    word_end = cue.pos + len(cue.text)
    return any(0 < s.start - word_end <= 4 and re.fullmatch(r"\s?[,:]\s{0,2}\W?", text[word_end : s.start]) for s in spans)


def _reports_speech(according) -> bool:
    """Whether an "according to" cites the report of a speech its sentence already attributes:
    a speech verb with a subject in the same sentence ("X said ..., according to Z")."""
    for tok in according.sent:
        lemma = (tok.lemma_ or tok.text).lower()
        if tok.pos_ in ("VERB", "AUX") and lemma in CUE_LEMMAS and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return True
    return False


def _pick_cue(doc, span: _Span, cues: list[_Cue], region: tuple[int, int], spans: list[_Span]) -> _Cue | None:
    """The cue that introduces the quotation ``span``, among the cues of ``region`` (the
    sentences the quotation spans, with the rest of the sentence it closes in).

    First a cue the quotation depends on in the parse ("said" governing the
    quoted clause); then the first cue right after the closing mark
    (", said X" / ", X said"); then the nearest cue before the opening mark."""
    text = doc.text  # read once: spaCy joins it from every token on each read
    cands = [c for c in cues if region[0] <= c.pos < region[1] and not (c.pos > span.end and _introduces_next(text, span, c, spans))]
    if _ends_inside_its_sentence(text, region[0], span):
        cands = [c for c in cands if c.pos < span.end]
    if not cands:
        return None
    by_tok = {c.tok: c for c in cands if c.tok >= 0}
    best: tuple[int, _Cue] | None = None
    for tok in doc:
        if not span.start <= tok.idx < span.end or span.start <= tok.head.idx < span.end or tok.head.i == tok.i:
            continue
        node, steps = tok.head, 1
        while steps <= 4:
            if node.i in by_tok:
                if best is None or steps < best[0]:
                    best = (steps, by_tok[node.i])
                break
            if node.head.i == node.i:
                break
            node, steps = node.head, steps + 1
    if best:
        return _own_subject_nearer(text, span, best[1], cands)
    after = [c for c in cands if c.pos >= span.end]
    if after:
        first = min(after, key=lambda c: c.pos)
        gap = text[span.end : first.pos]
        if len(gap) <= 60 and not any(ch in gap for ch in "“„«\"") and not any(span.end < s.start < first.pos for s in spans):
            return first
    # a cue whose sentence ended before the opening mark ('..., where Mrs. Clinton also spoke. “Tolerance ...')
    before = [c for c in cands if c.pos < span.start and not re.search(r"[.!?]\s+\W?$", text[c.pos + len(c.text) : span.start])]
    if before:
        return max(before, key=lambda c: c.pos)
    if not after:
        return None
    first = min(after, key=lambda c: c.pos)
    gap = text[span.end : first.pos]
    if len(gap) > 60 and re.search(rf"[.!?…][”\"’'»]*\s+[{UPPER}]", text[span.end - 3 : first.pos]):
        return None  # far off, past the end of a sentence: that cue belongs to the next one
    return first


_STOP_AFTER_MARK = re.compile(r"[\s\u00a0]*[”\"’'»]+[\s\u00a0]*[.!?]\s")


def _ends_inside_its_sentence(text: str, sentence_start: int, span: _Span) -> bool:
    """Whether a quotation stands inside a sentence of the writer's, which its full stop closes after the
    mark ("Delorme a qualifié l'accord de « plancher, pas de plafond ». Les ONG jugent ..."): a cue after
    that stop is the next sentence's ("Les ONG jugent"), not this quotation's.  ('"It is over." Smith
    said' keeps its stop inside the marks, and its cue.)"""
    return len(text[sentence_start : span.start].split()) >= 3 and _STOP_AFTER_MARK.match(text, span.end) is not None


_SAYING = frozenset({"saying", "telling", "declaring", "adding", "asking", "writing", "tweeting", "shouting", "chanting"})


def _own_subject_nearer(text: str, span: _Span, cue: _Cue, cands: list[_Cue]) -> _Cue:
    """The parser hangs a quotation on the main verb of its sentence, but a later cue with a subject of its
    own stands between them and introduces it: "The ad concludes with footage of Trump saying, “...”" is
    Trump's (the subject of "saying"), not the ad's ("concludes").  Only a verb of saying in "-ing" right
    after its subject: "tweets accusing Machado" or "anybody who complains" introduce nothing."""
    if cue.pos >= span.start:
        return cue
    nearer = [
        c for c in cands
        if cue.pos < c.pos < span.start and c.text.lower() in _SAYING and c.subj and c.subj[0] >= cue.pos + len(cue.text)
        and not text[c.subj[1] : c.pos].strip()
        and not re.search(r"[.!?;]\s", text[c.pos : span.start])
    ]  # fmt: skip
    return max(nearer, key=lambda c: c.pos) if nearer else cue


def _sentence_of(pos: int, sents: list[tuple[int, int]]) -> tuple[int, tuple[int, int]]:
    for i, (s, e) in enumerate(sents):
        if s <= pos < e:
            return i, (s, e)
    return len(sents) - 1, sents[-1] if sents else (0, 0)


def _region(span: _Span, sents: list[tuple[int, int]], n: int) -> tuple[int, int]:
    """From the sentence where the quotation opens to the end of the sentence where it closes,
    or a little past the closing mark where that sentence ends at the mark (the parser often ends a sentence at '?”'
    before 'Graham asked').  A sentence that goes on past the mark is whole: '« C'est un choc », a réagi un ouvrier.
    Pour Julien Morel, « … »' held the next sentence's name, which the lexical cue then gave the worker's words."""
    _, first = _sentence_of(span.start, sents)
    _, last = _sentence_of(min(span.end, n - 1), sents)
    if last[1] > span.end + _MARK_AND_STOP:
        return first[0], max(first[1], last[1])
    return first[0], max(first[1], last[1], min(n, span.end + 60))


_MARK_AND_STOP = 3  # characters from a quotation's end to its sentence's end where the parser cut at the mark: '?”', ' »


def _colon_intro(attrib: _Attributor, para: Paragraph, sents: list[tuple[int, int]], cues: list[_Cue]) -> tuple[str, int, int, str] | None:
    """The speaker announced by a paragraph that ends with a colon ("He said:"), for the
    quotation that opens the next paragraph."""
    text = para.text.rstrip()
    if not text.endswith(":") or not sents:
        return None
    last = sents[-1]
    in_last = [c for c in cues if last[0] <= c.pos < last[1] and c.subj]
    subj = max(in_last, key=lambda c: c.pos).subj if in_last else _clause_subject(para.doc, last[0], len(text))
    if not subj:
        return None
    return attrib.named(para.offset + subj[0], para.offset + subj[1], ":", para.offset + len(text))
