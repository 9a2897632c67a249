"""An English sentence that opens "According to X, Y, ..." with Y a name or a role beside X (QA round 53).

"According to the police chief, Mr John Mensah, three suspects were arrested." and "According to Mr John Mensah,
the police chief, three suspects were arrested.": the press of Ghana, Nigeria, Kenya and India names a source with
its role and its name side by side, and the parser, seeing two noun phrases between commas, took the name for the
sentence's root and the claim for a clause on it (no quotation at all), or left the role at the head of the claim.
Between the opening phrase and the claim, a part with no verb that names a person (a name the model tags, or a
title) or a role ("the police chief") is said of the source: the source is both parts, and the claim starts after
the second comma.  A part with a verb, or with neither a name nor a role ("the lowest level in a decade"), is left
to the parse.
"""

from __future__ import annotations

from parallax.analyze.quotes.antecedents import _PERSON_HEADS

_MAX_WORDS = 6  # an apposition is short: "the chief executive of the port authority" is about the longest
_LEAST = 4  # words of a claim after "according to" (the least the caller reads)


def _person(words: list) -> bool:
    return any(t.ent_type_ == "PERSON" for t in words)


def _part(sent, lo: int, hi: int) -> list:
    return [t for t in sent if lo <= t.i < hi]


def _apposition(words: list) -> bool:
    """Whether ``words`` (no punctuation between two commas) name a person or a role, with no verb."""
    if not words or len(words) > _MAX_WORDS or any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    return any(t.ent_type_ == "PERSON" for t in words) or words[-1].lower_ in _PERSON_HEADS


def opening_according(doc) -> list[tuple[int, int, tuple[int, int]]]:
    """(claim start, claim end, source span) of each sentence of ``doc`` that opens "According to X, Y, claim"
    with Y an apposition of X (see the module)."""
    out = []
    for sent in doc.sents:
        toks = [t for t in sent if not t.is_space]
        if len(toks) < 6 or toks[0].lower_ != "according" or toks[1].lower_ != "to":
            continue
        commas = [t.i for t in toks if t.text == ","]
        if len(commas) < 2:
            continue
        first, second = commas[0], commas[1]
        source, appos = _part(sent, toks[1].i + 1, first), _part(sent, first + 1, second)
        claim = [t for t in _part(sent, second + 1, sent.end) if not t.is_punct and not t.is_space]
        if not source or not _apposition(appos) or not any(t.pos_ in ("VERB", "AUX") for t in claim):
            continue
        if any(t.pos_ in ("VERB", "AUX") for t in source) or len(claim) < _LEAST:
            continue  # (a short claim is left to the parse and :mod:`.apposed_sources`: "..., Tan Wei Ling, sales rose")
        if not (_person(source) or source[-1].lower_ in _PERSON_HEADS and _person(appos)):
            continue  # "According to police, John Smith, 34, died": a body's source, and the man it is about
        if claim[0].like_num and claim[0].i + 1 < len(doc) and doc[claim[0].i + 1].text == ",":
            continue  # an age after the name: the name opens the claim
        end_tok = claim[-1]
        out.append((claim[0].idx, end_tok.idx + len(end_tok.text), (source[0].idx, appos[-1].idx + len(appos[-1].text))))
    return out
