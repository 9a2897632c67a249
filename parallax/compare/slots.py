"""Two wordings are one thing said two ways only where they fill one slot of the act: a subject is no object.

The word-level diff pairs whatever stands between the words two sentences share; where the sentences run out of
step it pairs the doer of one with the thing done of the other ("A wildfire ... has burned about 12,000 hectares" /
"The Pine Creek fire has scorched 29,650 acres": "wildfire" / "acres", the figures between them blocked).  Two
nouns that are each their verb's subject, or each its object, may name one thing; a subject against an object
names two.  The deep role counts: a passive's subject is its object ("homes were destroyed"), a passive's "by"
phrase its subject ("destroyed by the blaze"), so a sentence turned round keeps its pairs.

A wording is shown without the quotation marks at its edges: the parser may take in a quotation's closing mark.
"""

from __future__ import annotations

_SUBJECT = {"nsubj", "csubj"}
_OBJECT = {"dobj", "obj", "nsubjpass", "nsubj:pass"}
_NOMINAL = {"NOUN", "PROPN"}


def _deep_role(tok) -> str:
    """"subj", "obj" or "" for a nominal token: its part in its verb's act, a passive read as active."""
    if tok.pos_ not in _NOMINAL:
        return ""
    if tok.dep_ in _SUBJECT:
        return "subj"
    if tok.dep_ in _OBJECT:
        return "obj"
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        return "subj"
    return ""


def _head_role(doc, text: str, wording: str) -> str:
    """The deep role of the head of a wording found in its parsed sentence ("" where not found or not nominal)."""
    i = text.find(wording)
    if i < 0:
        return ""
    inside = [t for t in doc if i <= t.idx < i + len(wording)]
    heads = [t for t in inside if not (i <= t.head.idx < i + len(wording)) or t.head.i == t.i]
    return _deep_role(heads[0]) if len(heads) == 1 else ""


def same_slot(doc_a, text_a: str, wording_a: str, doc_b, text_b: str, wording_b: str) -> bool:
    """Whether two wordings can fill one slot: False only where one heads a subject and the other an object."""
    ra, rb = _head_role(doc_a, text_a, wording_a), _head_role(doc_b, text_b, wording_b)
    return not (ra and rb and ra != rb)


_QUOTE_MARKS = "\"“”„«»‹›「」『』 \u00a0"


def unquoted(phrase: str) -> str:
    """A wording as shown without the quotation marks at its edges: the parser may take a quotation's closing mark
    into the noun phrase after it ('today," Harlow Water spokeswoman Dana Pike said' gave the phrase
    '" Harlow Water spokeswoman Dana Pike'), and a mark is no word of the choice."""
    return phrase.strip(_QUOTE_MARKS)
