"""Claims hung on a noun that names no owner, and judgments a subject faced (English dependency parse).

A noun of saying or believing with a "that" clause reports a claim whether or not the sentence says whose
it is: "Despite media pronouncements that the senator won the debate", "amid growing concerns that the
bloc depends on Washington", "the crisis forced a recognition that the borders were weak", "a Daily Ledger
report that the mayor had lost millions".  :func:`.clauses._noun_claims` reads the ones with an owner ("the
senator's warning that ..."); these are the rest.  Attribution corpora (PolNeAR among them) count each as an
attribution, its source a noun before the head ("media", "Daily Ledger"), the subject of the verb whose
preposition holds the noun ("Democrats persisted in arguments that ..."), or no one.

The clause must be the noun's complement, which the parser marks with a "that" of its own ("mark"): in a
relative clause ("the report that he wrote") "that" is the clause's subject or object, and it reports nothing.
"""

from __future__ import annotations

from parallax.analyze.quotes.clauses import CLAIM_NOUNS, _finite, _owner, lemma_of
from parallax.analyze.quotes.cue_subjects import _subject_span
from parallax.analyze.quotes.stances import INTENT_NOUNS

Claim = tuple[int, int, "tuple[int, int] | None", str]

# nouns of saying, reporting and believing whose "that" clause is a claim even with no owner in sight
OWNERLESS_CLAIM_NOUNS = CLAIM_NOUNS | {
    "report", "narrative", "recognition", "agreement", "worry", "suspicion", "notion", "idea", "rumor", "rumour",
    "speculation", "perception", "impression", "consensus", "reminder", "signal", "indication", "word",
    "allegation", "charge", "complaint", "criticism", "doubt", "question", "sentiment", "feeling", "sense",
}  # fmt: skip

# nouns before the head that say whose the claim is, when they name someone ("media pronouncements", "a
# Ledger report"): a name, or one of these
_SOURCE_MODIFIERS = {"media", "press", "police", "government", "official", "intelligence", "campaign", "party", "court"}


def _compound_source(noun) -> tuple[int, int] | None:
    """The words before ``noun`` that name whose the claim is: a run of names ("New York Times" of "a New York
    Times report"), or a noun of :data:`_SOURCE_MODIFIERS` ("media pronouncements")."""
    mods = [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.idx < noun.idx]
    if not mods:
        return None
    first = mods[0].left_edge
    words = [t for t in noun.doc[first.i : noun.i]]
    if all(t.pos_ == "PROPN" or t.dep_ == "punct" or t.lower_ == "the" for t in words) and any(t.pos_ == "PROPN" for t in words):
        start = next(t for t in words if t.pos_ == "PROPN")
        return start.idx, words[-1].idx + len(words[-1].text)
    if len(words) == 1 and lemma_of(words[0]) in _SOURCE_MODIFIERS:
        return words[0].idx, words[0].idx + len(words[0].text)
    return None


def _holder_by_preposition(noun) -> tuple[int, int] | None:
    """The subject of the verb a preposition hangs the noun on: "Democrats persisted in arguments that ...",
    "The senator spoke of her fear that ..." (not "despite" or "amid": those set the scene)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "into", "of", "with", "on", "about") or prep.head.pos_ != "VERB":
        return None
    return _subject_span(prep.head)


# what a verb completes when it lacks no object: a relative clause's verb lacks the one "that" stands for
_COMPLETE = ("dobj", "obj", "attr", "acomp", "ccomp", "xcomp", "oprd", "auxpass", "dative")


def _complement(clause) -> bool:
    """Whether ``clause`` is a finite "that" clause that completes its noun ("the report that Smith had lost
    millions"), not one that qualifies it ("the report that Smith wrote").  The small English model hangs
    both as relative (or adjectival) clauses and may call either "that" a mark; a complement has its own subject and lacks
    no object."""
    if not _finite(clause) or not any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
        return False
    if clause.dep_ == "ccomp":
        return True
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl") and c.lower_ != "that"), None)
    return clause.dep_ in ("acl", "relcl") and subj is not None and any(c.dep_ in _COMPLETE for c in clause.children)


def ownerless_claims(doc) -> list[Claim]:
    """Every "that" clause of a claim noun of :data:`OWNERLESS_CLAIM_NOUNS` with no owner: (start, end,
    source span or None, noun)."""
    out: list[Claim] = []
    for tok in doc:
        if tok.pos_ != "NOUN" or lemma_of(tok) not in OWNERLESS_CLAIM_NOUNS:
            continue
        clause = next((c for c in tok.children if c.idx > tok.idx and _complement(c)), None)
        if clause is None or _owner(tok) is not None:
            continue
        start, end = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text)
        if doc.text[start:end].split()[0].lower() == "that":
            start += 5
        out.append((start, end, _compound_source(tok) or _holder_by_preposition(tok), tok.text))
    return out


# nouns of an agreed or proposed course with its infinitive ("an agreement to curb emissions", "a motion to unseal
# the records", "a Dutch-Belgian idea to build a depot"); :func:`.stances.intent_claims` reads the owned ones
OWNERLESS_INTENT_NOUNS = INTENT_NOUNS | {"idea", "motion", "bid", "petition", "request", "resolution", "initiative"}


def _object_holder(noun) -> tuple[int, int] | None:
    """The subject of the verb ``noun`` is the object of ("The two ports signed a pact to ...",
    "The papers filed a motion to ..."): who holds the course the noun names."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return None
    return _subject_span(verb)


def ownerless_intents(doc) -> list[Claim]:
    """Every infinitive of a noun of :data:`OWNERLESS_INTENT_NOUNS` with no owner but someone who holds it: the
    subject of the verb it is the object of, or a name before it: (start, end, source span, noun)."""
    out: list[Claim] = []
    for tok in doc:
        if tok.pos_ != "NOUN" or lemma_of(tok) not in OWNERLESS_INTENT_NOUNS or _owner(tok) is not None:
            continue
        inf = next(
            (
                c
                for c in tok.children
                if c.dep_ in ("acl", "relcl") and c.idx > tok.idx and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            ),
            None,
        )
        if inf is None:
            continue
        source = _compound_source(tok) or _object_holder(tok) or _holder_by_preposition(tok)
        if source is None:
            continue  # ("the decision to release", "a plan to rule them all": a course no one is named for)
        out.append((inf.left_edge.idx, inf.right_edge.idx + len(inf.right_edge.text), source, tok.text))
    return out


# nouns of others' judging that a subject faces or draws ("has faced questions about", "came under criticism for",
# "is drawing criticism", "faced heavy criticism from the press")
_JUDGING_NOUNS = {
    "criticism", "question", "scrutiny", "ridicule", "backlash", "condemnation", "praise", "accusation", "complaint",
    "outrage", "derision", "mockery", "rebuke", "censure", "fire",
}  # fmt: skip
_FACING = {"face", "draw", "receive", "attract", "endure", "weather", "come", "spark", "prompt"}


def faced_judgments(doc) -> list[Claim]:
    """What a subject was judged for when it "faced criticism for ...", "came under fire over ...", "has faced
    questions about ...": the grounds after the noun, or, with none, the one judged; said by the noun's "from"
    phrase ("from Democrats"), or by no one: (start, end, source span or None, noun)."""
    out: list[Claim] = []
    for tok in doc:
        if tok.pos_ != "NOUN" or lemma_of(tok) not in _JUDGING_NOUNS or tok.lower_ == "question":
            continue  # ("is facing this question": one to answer, not others' doubts)
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "under" else tok.head
        if verb.pos_ != "VERB" or lemma_of(verb) not in _FACING or lemma_of(tok) == "fire" and tok.head.lower_ != "under":
            continue
        if (lemma_of(verb) == "come") != (tok.dep_ == "pobj") or tok.dep_ not in ("dobj", "obj", "pobj"):
            continue  # "came under criticism", "faced criticism" (not "came with criticism")
        heads = (tok, verb)
        grounds = next(
            (p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("for", "about", "over", "of") and p.idx > tok.idx),
            None,
        )
        source = next((p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "from" and p.idx > tok.idx), None)
        src_obj = next((c for c in source.children if c.dep_ == "pobj"), None) if source is not None else None
        src = (src_obj.left_edge.idx, src_obj.right_edge.idx + len(src_obj.right_edge.text)) if src_obj is not None else None
        obj = next((c for c in grounds.children if c.dep_ in ("pobj", "pcomp")), None) if grounds is not None else None
        if obj is None:
            obj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if obj is None or obj.pos_ == "PRON":
                continue
        out.append((obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text), src, tok.text))
    return out
