"""Feelings about a fact, and avowals with "make it clear" (English dependency parse).

News reports a person's reaction to a fact with an adjective or a passive participle of feeling and a
"that" clause: "Protesters were frustrated that the police released only some of the footage", "she is
pleased that the council agreed", "aides were surprised that ...".  The clause is what the subject holds to
be so, as the clause after "sure" or "worried" is (:func:`.clauses._stance_claims`), and attribution corpora
(PolNeAR among them) count it as the subject's.  "X made it clear (that) ..." ("made it plain", "made it
known") is a way of stating the clause.  An expletive subject ("It is surprising that ...") holds nothing,
and a participle in the active voice ("the result surprised him") has a thing for its subject.
"""

from __future__ import annotations

from parallax.analyze.quotes.cue_subjects import _subject_span
from parallax.analyze.quotes.reporting_words import lemma_of

Claim = tuple[int, int, tuple[int, int], str]

# adjectives and participles of feeling that take a "that" clause of the fact felt about
FEELINGS = {
    "frustrated", "angry", "upset", "pleased", "happy", "unhappy", "disappointed", "glad", "proud", "relieved",
    "outraged", "furious", "alarmed", "troubled", "thrilled", "delighted", "surprised", "shocked", "dismayed",
    "encouraged", "grateful", "thankful", "sorry", "annoyed", "irritated", "incensed", "horrified", "appalled",
    "stunned", "amazed", "astonished", "disturbed", "saddened", "heartened", "insistent", "emphatic",
}  # fmt: skip

# subjects that name no one: "It is disappointing that ...", "That was surprising"
_EXPLETIVES = {"it", "this", "that", "there", "what", "which"}

# adjectives of "make it clear that ...": the subject states the clause
_AVOWALS = {"clear", "plain", "known", "evident", "obvious"}


def _clause_after(word):
    """The finite clause after ``word`` that states its fact: a clausal complement, or the clause without
    "that" the parser hung on it as an adverbial one (which no "because" or "when" opens).  After "so" the
    "that" clause is a result ("so angry that he left"), no fact felt about."""
    if any(m.dep_ == "advmod" and m.lower_ in ("so", "such", "too") for m in word.children):
        return None
    for c in word.children:
        if c.idx < word.idx:
            continue
        marks = [m.lower_ for m in c.children if m.dep_ == "mark"]
        if c.dep_ in ("ccomp", "advcl") and marks in ([], ["that"]):
            if any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children):
                return c
    return None


def _span(clause) -> tuple[int, int]:
    """The clause's characters without its "that"."""
    first = clause.left_edge
    if first.lower_ == "that" and first.dep_ == "mark":
        first = clause.doc[first.i + 1]
    return first.idx, clause.right_edge.idx + len(clause.right_edge.text)


def feelings(doc) -> list[Claim]:
    """Each clause after an adjective or passive participle of :data:`FEELINGS` with a subject that names
    someone, and each after "make it clear": (start, end, subject span, cue word)."""
    out: list[Claim] = []
    for tok in doc:
        word = tok.lower_
        if word in FEELINGS:
            if tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "oprd"):
                holder = tok.head  # "she is pleased that": the subject is the linking verb's
            elif tok.pos_ == "VERB" and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children):
                holder = tok  # "Protesters were frustrated that ...": a passive participle holds its own subject
            else:
                continue
        elif word in _AVOWALS and tok.dep_ in ("ccomp", "oprd", "xcomp") and lemma_of(tok.head) == "make":
            if not any(c.lower_ == "it" and c.i < tok.i for c in tok.children) and not any(
                c.lower_ == "it" and c.dep_ in ("dobj", "nsubj") for c in tok.head.children
            ):
                continue  # "made clear" with no "it" is read as a verb of stating elsewhere
            holder = tok.head
        else:
            continue
        clause = _clause_after(tok)
        subj = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if clause is None or subj is None or subj.lower_ in _EXPLETIVES:
            continue
        source = _subject_span(holder)
        if source is not None:
            out.append((*_span(clause), source, tok.text))
    return out
