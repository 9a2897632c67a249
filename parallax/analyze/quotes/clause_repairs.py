"""The parse helpers of :mod:`.clauses` and its repairs where the parser hung a reported clause elsewhere than on
its verb of saying: a parenthetical verb hung on the subject of the clause it stands in ("The difference now, he told
me, is that ..."), a "that" clause hung on the one told as a relative clause ("told a meeting of leaders that few
people understood ..."), and the topic a verb of talking names after a preposition ("commented on the ruling").  They
moved out of :mod:`.clauses` to keep it short; every name is still importable from there.
"""

from __future__ import annotations

from parallax.analyze.quotes.reporting_words import ADDRESSEE_LEMMAS, lemma_of


def _after(tok, deps: tuple[str, ...]):
    """The first child of ``tok`` after it with one of ``deps``."""
    return next((c for c in tok.children if c.dep_ in deps and c.idx > tok.idx), None)


def _edge_span(first, last) -> tuple[int, int]:
    return first.left_edge.idx, last.right_edge.idx + len(last.right_edge.text)


def _finite(verb) -> bool:
    """A verb with tense: a past or present form, or an auxiliary or modal that carries it ("would", "has")."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBD", "VBZ", "VBP") for c in verb.children
    )


def _parenthetical_host(tok):
    """The clause a parenthetical verb of saying stands in: its head verb, or the verb whose subject the
    parser hung it on ("What has changed, she told me on Monday, is that ..."). Its own object is no
    complement when it is the one told ("told me")."""
    obj = _after(tok, ("dobj", "obj"))
    if _after(tok, ("xcomp",)) is not None or obj is not None and lemma_of(tok) not in ADDRESSEE_LEMMAS:
        return None
    head = tok.head
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX") and head.head.idx > tok.idx:
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


# nouns of what is told, not of whom: their "that" clause is a relative one ("the story that he told")
_TOLD_THINGS = {"story", "joke", "lie", "truth", "tale", "secret", "news", "anecdote", "version", "account", "fact"}


def _told_as_relative(tok) -> tuple[int, int] | None:
    """What a verb of telling reports when the parser hung its "that" clause on the one told as a relative
    clause ("she told a meeting of harbour workers that few of them grasped ..."): a relative clause
    opened by the conjunction "that" (not the pronoun, which is its subject or object) and with a subject of
    its own is a complete clause, the told content.  Not when the object is itself what was told ("told the
    story that his father had told him"), whose relative clause has a gap.  The one told may be the object
    of "to" after any verb of saying ("screaming to the guards that her brother was unarmed")."""
    obj = _after(tok, ("dobj", "obj")) if lemma_of(tok) in ADDRESSEE_LEMMAS else None
    if obj is None and (to := next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" and c.idx > tok.idx), None)):
        obj = _after(to, ("pobj",))
    if obj is None or lemma_of(obj) in _TOLD_THINGS:
        return None
    for rel in obj.subtree:
        if rel.dep_ != "relcl" or rel.idx < obj.idx:
            continue
        mark = next((m for m in rel.children if m.dep_ == "mark" and m.lower_ == "that" and m.i == rel.left_edge.i), None)
        if mark is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" for c in rel.children):
            return rel.doc[mark.i + 1].idx, rel.right_edge.idx + len(rel.right_edge.text)
    return None


def _topic_clause(tok) -> tuple[int, int] | None:
    """A clause with its own subject after the verb's "about", "on", "over" or "of" ("spoke about how the
    fight for justice had shaped her life"): what was said about it.  A noun or a gerund there is the
    topic, what the talk was about, which attribution corpora count as its content too ("Clinton talked
    about bringing communities together", "commented on the ruling", "spoke of a new era"); not "over",
    which as often measures time ("talked over dinner")."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("about", "on", "over", "of") or prep.idx < tok.idx:
            continue
        clause = next((c for c in prep.children if c.dep_ == "pcomp"), None)
        if clause is not None and _finite(clause) and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            return _edge_span(clause, clause)
        if prep.lower_ in _TOPIC_PREPS.get(lemma_of(tok), ("about",)) and (obj := _after(prep, ("pobj", "pcomp"))) is not None:
            return _edge_span(obj, obj)
    return None


# the prepositions a verb of talking names its topic with, besides "about" ("on" of "commented on" is no time)
_TOPIC_PREPS = {"comment": ("about", "on"), "weigh": ("on",), "speak": ("about", "of"), "testify": ("about", "on")}


def closing_cue_as_noun(tok) -> tuple[int, int, tuple[int, int]] | None:
    """A verb of saying that closes its sentence after its subject, which the parser read as a plural noun ("...,
    the candidate's former doctor maintains.": "maintains" a noun with "doctor" its compound): the clause before the
    comma and the subject between, as (clause start, clause end, subject span) in character offsets; else None."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if tok.tag_ != "NNS" or not tok.text.endswith("s") or nxt is not None and nxt.text not in (".", "!"):
        return None
    comma = next((t for t in reversed(tok.doc[max(tok.sent.start, tok.i - 9) : tok.i]) if t.text == ","), None)
    subject = tok.doc[comma.i + 1 : tok.i] if comma is not None else []
    if not subject or any(t.pos_ in ("VERB", "AUX", "PUNCT", "CCONJ") for t in subject) or comma.i - tok.sent.start < 4:
        return None  # no subject of its own before it after a comma, or no clause of four words before the comma
    first, start = subject[0], tok.sent.start_char
    return start, comma.idx, (first.idx, tok.doc[tok.i - 1].idx + len(tok.doc[tok.i - 1].text))


_PAST = frozenset({"VBD"})
_PRESENT = frozenset({"VBZ", "VBP"})


def _present_tail(verb, comp) -> int | None:
    """Where a reported clause ends when the parser hung its adverbial tail on the past verb of saying: an
    adverbial clause right after the complement (a comma or a closing mark between them) whose verb is in the
    present, 'Okoro said there is still a "wide gap between the big firms and the courts," when it
    comes to how many clerks they employ ...'.  A present verb cannot tell when a past saying happened, so the
    clause is part of what was said; one in the past ("..., when she spoke in Ohio") may be the saying's."""
    if verb.tag_ not in _PAST or comp.i < verb.i:
        return None  # (a complement before the verb ends at it: "The plan fails, X said, when ...")
    end = comp.right_edge.i
    for c in verb.children:
        if c.dep_ != "advcl" or c.i <= end or c.tag_ not in _PRESENT:
            continue
        between = verb.doc[end + 1 : c.left_edge.i]
        if all(t.is_punct for t in between) and not any(t.text in (";", ":", "—", "–") for t in between):
            return c.right_edge.idx + len(c.right_edge.text)
    return None
