"""What a word of saying or thinking reports, read in the dependency parse (English, French).

:func:`_reported_clause`, the clause a reporting verb governs (the verbs are listed in
:mod:`.reporting_words`), with the repairs English news prose needs where the tagger or the parser
reads it otherwise:

* a verb the tagger took for a noun ("Trump claims that he should be ..."): a noun takes no subject,
  so a "noun" of this lexicon with a subject and a clausal complement is the verb;
* a complement hung as an adverbial clause ("Okafor said after the vote he would not ..."): a
  finite clause with its own subject and no subordinating word after a verb of saying is what it
  says, since English leaves out the "that" of a reported clause, never the "when" or "because";
* a reporting clause introduced by "as" ("..., as police have said", "As the report noted, ..."):
  the clause it is attached to is what was said;
* a "that" the parser took for the start of a new sentence ("continues to insist, most recently
  in ..., that he ..."), and
* an adjective of certainty ("She was sure the council would ...") or a noun of saying whose owner is
  the subject of a light verb ("The senator issued a warning that ...").

And what reports nothing: a clause before a verb that has an object of its own or after a colon ("We
have been here before: X declared war on ..."); a clause in a direct question or an infinitive of purpose
is told apart by the verb's place (:mod:`.saying_sites`).

The lexicons, those sites, the parse helpers and the repairs of :mod:`.clause_repairs` moved out of this
module to keep it short; every name is still importable from here.
"""

from __future__ import annotations

from parallax.analyze.quotes.bare_objects import REJECTING_LEMMAS, rejected_noun_phrase
from parallax.analyze.quotes.clause_repairs import _after as _after
from parallax.analyze.quotes.clause_repairs import _edge_span as _edge_span
from parallax.analyze.quotes.clause_repairs import _finite as _finite
from parallax.analyze.quotes.clause_repairs import _parenthetical_host as _parenthetical_host
from parallax.analyze.quotes.clause_repairs import _present_tail
from parallax.analyze.quotes.clause_repairs import _told_as_relative as _told_as_relative
from parallax.analyze.quotes.clause_repairs import _topic_clause as _topic_clause
from parallax.analyze.quotes.cue_subjects import _subject_span
from parallax.analyze.quotes.reporting_words import _LEMMA_SLIPS as _LEMMA_SLIPS
from parallax.analyze.quotes.reporting_words import (
    ADDRESSEE_LEMMAS,
    APPEAL_LEMMAS,
    CITING_LEMMAS,
    CLAIM_NOUNS,
    DIRECTIVE_LEMMAS,
    INDIRECT_LEMMAS,
    INTENT_LEMMAS,
    LIGHT_VERBS,
    NAMING_LEMMAS,
    STANCE_ADJECTIVES,
    STATED_OBJECT_LEMMAS,
    TOPIC_LEMMAS,
    lemma_of,
)
from parallax.analyze.quotes.reporting_words import REPORTING_LEMMAS as REPORTING_LEMMAS
from parallax.analyze.quotes.saying_sites import _MEANS_AND_TIME as _MEANS_AND_TIME
from parallax.analyze.quotes.saying_sites import _gerund_subject as _gerund_subject
from parallax.analyze.quotes.saying_sites import _in_question as _in_question
from parallax.analyze.quotes.saying_sites import _unreported_infinitive as _unreported_infinitive
from parallax.analyze.quotes.verdicts import verdict_clause


def _reported_clause(tok) -> tuple[int, int, bool] | None:
    """Character span of what speech verb ``tok`` reports: its clausal complement,
    before or after it ("X said the plan failed", "The plan failed, X said"), or,
    for a parenthetical verb, the clause around it ("The museum, Bush said, celebrated ..."),
    what an appeal asks for ("called for a ban on ...", "urged voters to stay home",
    "called on Trump to apologize"), what a name-giving verb says of its object ("called
    the charges unsubstantiated"), what someone cited ("cited remarks Trump had made") or the intention an infinitive states ("wants to triple ...").
    The flag says whether the verb is also common without a speaker ("people want to ..."), so
    that only a subject that can speak (:func:`_an_actor`) makes it reported speech."""
    lemma = lemma_of(tok)
    if lemma in NAMING_LEMMAS and (obj := _after(tok, ("dobj", "obj"))) is not None:
        if (pred := _after(tok, ("oprd", "xcomp", "ccomp"))) is not None and pred.idx > obj.idx and pred.dep_ == "oprd":
            return obj.left_edge.idx, pred.right_edge.idx + len(pred.right_edge.text), True
    if lemma in CITING_LEMMAS:
        obj = _after(tok, ("dobj", "obj"))
        return (*_edge_span(obj, obj), True) if obj is not None else None
    if lemma in APPEAL_LEMMAS:
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "on", "upon") and c.idx > tok.idx), None)
        xcomp = _after(tok, ("xcomp",))
        if prep is not None and list(prep.children):
            first = min(prep.children, key=lambda c: c.i)
            last = xcomp.right_edge if xcomp is not None and xcomp.idx > prep.idx else prep.right_edge  # "for contestants to wear ..."
            return first.left_edge.idx, last.idx + len(last.text), False
        obj = _after(tok, ("dobj", "obj"))
        if xcomp is not None and obj is not None and _infinitive(xcomp):
            return obj.left_edge.idx, xcomp.right_edge.idx + len(xcomp.right_edge.text), False
        return None
    if lemma in DIRECTIVE_LEMMAS and (obj := _after(tok, ("dobj", "obj"))) is not None:
        xcomp = _after(tok, ("xcomp", "ccomp"))
        if xcomp is not None and xcomp.idx > obj.idx and _infinitive(xcomp):
            return obj.left_edge.idx, xcomp.right_edge.idx + len(xcomp.right_edge.text), False
    if lemma in INTENT_LEMMAS and not any(c.dep_ == "ccomp" for c in tok.children):
        xcomp = _after(tok, ("xcomp",))
        if xcomp is not None and (_infinitive(xcomp) or xcomp.tag_ == "VBG"):
            return (*_edge_span(xcomp, xcomp), True)
        return None
    comp = [c for c in tok.children if c.dep_ == "ccomp"]
    if tok.pos_ == "NOUN":  # a verb tagged as a noun (:func:`_acts_as_verb`)
        comp = [c] if (c := _noun_clause(tok)) is not None else []
    if comp:
        c = next((c for c in comp if c.idx > tok.idx), comp[0])
        if verdict_clause(c):
            return None  # "found him guilty of fraud": a verdict, no speech (:mod:`.verdicts`)
        if c.idx < tok.idx and any(m.dep_ == "mark" for m in tok.children):
            return None  # a subordinate verb ("..., that he wants to ...") reports no clause before it: a misparse
        if c.idx < tok.idx and lemma not in ADDRESSEE_LEMMAS and _after(tok, ("dobj", "obj")) is not None:
            return None  # "We have been here before: X declared war on ...": a verb with its own object reports no clause before it
        if c.idx < tok.idx and ":" in tok.doc.text[c.right_edge.idx : tok.idx]:
            return None  # a clause that ends in a colon announces what follows it, it reports nothing after it
        if c.left_edge.idx < tok.idx < c.idx:
            # a wh-word or relative pronoun the clause fronted past the verb ("what Trump says his plan would
            # do", "the mine, which Clarke says he is keeping open"): the clause is what follows the verb
            words = [t for t in c.subtree if t.idx > tok.idx]
            while len(words) > 1 and (words[-1].dep_ in ("cc", "punct") or words[-1].lower_ in ("and", "or", "but")):
                words.pop()  # (not the "and" the parser hung on it: "what Trump says his plan would do and how ...")
            return words[0].idx, words[-1].idx + len(words[-1].text), False
        return c.left_edge.idx, _present_tail(tok, c) or c.right_edge.idx + len(c.right_edge.text), False
    if tok.dep_ == "parataxis" and (head := _parenthetical_host(tok)) is not None:
        # a parenthetical verb, with no complement of its own ("declared war on ..." is none)
        return head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text), False
    if lemma in ADDRESSEE_LEMMAS | INDIRECT_LEMMAS and (told := _told_as_relative(tok)) is not None:
        return (*told, False)
    if lemma in INDIRECT_LEMMAS:
        found = _bare_clause(tok) or _as_clause(tok) or _that_further_on(tok)
        if found:
            return (*found, False)
    if lemma in STATED_OBJECT_LEMMAS and (obj := _after(tok, ("dobj", "obj"))) is not None and obj.pos_ == "NOUN":
        # (not what was denied, a noun phrase alone: "denied the charges against him", :mod:`.bare_objects`)
        return None if lemma in REJECTING_LEMMAS and rejected_noun_phrase(obj) else (*_edge_span(obj, obj), True)
    if lemma in TOPIC_LEMMAS and (topic := _topic_clause(tok)) is not None:
        return (*topic, True)
    return None


def _infinitive(verb) -> bool:
    """A "to" infinitive, negated or not ("to raise", "not to raise", "never to return")."""
    return (
        verb.left_edge.lower_ == "to"
        or verb.left_edge.lower_ in ("not", "never")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _bare_clause(tok) -> tuple[int, int] | None:
    """A reported clause without "that" which the parser hung on the verb as an adverbial clause,
    because words came between them ("Okafor said after the vote he would not accept ..."):
    a finite clause after the verb, with its own subject and no subordinating word.  An adverbial
    clause opens with one ("when", "because", "if"); only a reported clause may leave out its "that"."""
    for c in tok.children:
        if c.dep_ != "advcl" or c.idx < tok.idx or any(m.dep_ == "mark" for m in c.children) or not _finite(c):
            continue
        subj = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.idx < c.idx), None)
        if subj is not None:
            return subj.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)
    return None


def _as_clause(tok) -> tuple[int, int] | None:
    """The clause an "as" attribution hangs on: "the driver was armed, as police have said", "As the
    report noted, turnout fell".  The "as" clause has its own subject (not "as expected") and says
    nothing else (not "as he said goodbye"); the clause it hangs on, without it, is what was said.
    (An "as" clause in the middle of its clause is left alone.)"""
    head = tok.head
    if tok.dep_ != "advcl" or head.i == tok.i or not any(m.dep_ == "mark" and m.lower_ == "as" for m in tok.children):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in tok.children):
        return None
    if any(c.dep_ in ("dobj", "obj", "xcomp") and c.idx > tok.idx for c in tok.children) and lemma_of(tok) != "tell":
        return None  # ("as she told reporters": the object of "tell" is whom she told)
    start, end = _edge_span(head, head)
    own_start, own_end = _edge_span(tok, tok)
    text = tok.doc.text
    if own_start <= start + 1:  # "As the report noted, turnout fell"
        start = own_end
    elif own_end >= len(text[:end].rstrip(" .!?")) - 1:  # "the driver was armed, as police have said."
        end = own_start
    else:
        return None
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip(" ,;:—–-"))
    return start + lead, start + len(piece.rstrip(" ,;:—–-"))


def _that_further_on(tok) -> tuple[int, int] | None:
    """A "that" clause set off from its verb by a phrase in commas, which the parser hung elsewhere
    ("The mayor keeps insisting, most lately in a radio interview, that she wants to ..."): on the
    verb that "insist" completes ("continue" takes no "that" clause), or as the main clause, with
    "continues" its complement.  From that "that" on is what was said."""
    node = tok.head if tok.dep_ == "xcomp" else tok
    if node.i != tok.i:
        for c in node.children:
            if c.dep_ in ("ccomp", "advcl") and c.idx > tok.idx and (mark := _that_of(c, tok)) is not None:
                return mark.idx, c.right_edge.idx + len(c.right_edge.text)
    head = node.head
    if node.dep_ != "ccomp" or head.i == node.i or head.idx < tok.idx or (mark := _that_of(head, tok)) is None:
        return None
    return mark.idx, head.right_edge.idx + len(head.right_edge.text)


def _that_of(verb, after):
    """The "that" that opens the clause of ``verb``, when it comes after token ``after``."""
    return next((m for m in verb.children if m.dep_ == "mark" and m.lower_ == "that" and m.idx > after.idx), None)


def _noun_claims(doc) -> list[tuple[int, int, tuple[int, int], str]]:
    """Claims hung on a noun with its owner: "Keller's claim that there have been ...",
    "the senator's warning that ...", "warnings from his attorney that ...", or the subject of a light
    verb the noun is the object of ("The senator issued a warning that ..."): (start, end, owner span, noun)."""
    out = []
    for tok in doc:
        if tok.pos_ != "NOUN" or lemma_of(tok) not in CLAIM_NOUNS:
            continue
        clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp") and c.idx > tok.idx
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)  # fmt: skip
        owner = _owner(tok) if clause is not None else None
        if owner is None:
            continue
        start, end = _edge_span(clause, clause)
        if doc.text[start:end].split()[0].lower() == "that":
            start += 5
        out.append((start, end, owner, tok.text))
    return out


def _owner(noun) -> tuple[int, int] | None:
    """Whose a claim noun is: its possessor ("Donald Trump" of "Donald Trump's claim"), the object of its
    "from" or "by" ("warnings from his attorney"), or the subject of the light verb it is the object of."""
    poss = next((c for c in noun.children if c.dep_ == "poss" and c.idx < noun.idx), None)
    if poss is not None:
        return poss.left_edge.idx, poss.idx + len(poss.text)
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by") and prep.idx > noun.idx:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.idx < next((c.idx for c in noun.children if c.dep_ in ("acl", "ccomp")), len(noun.doc.text)):
                return obj.left_edge.idx, obj.idx + len(obj.text)
    verb = noun.head
    if noun.dep_ in ("dobj", "obj") and lemma_of(verb) in LIGHT_VERBS and not any(c.dep_ == "neg" for c in verb.children):
        return _subject_span(verb)
    return None


def _stance_claims(doc) -> list[tuple[int, int, tuple[int, int], str]]:
    """A clause after an adjective of certainty or worry, held by the subject of its verb ("She was sure
    the council would approve ...", "Aides are confident that ..."): (start, end, subject span, adjective).
    An expletive subject holds nothing ("It is certain that ...")."""
    out = []
    for tok in doc:
        if tok.pos_ != "ADJ" or tok.lower_ not in STANCE_ADJECTIVES or tok.dep_ not in ("acomp", "oprd"):
            continue
        clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.idx > tok.idx), None)
        subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if clause is None or subj is None or subj.lower_ in ("it", "this", "that", "there"):
            continue
        start, end = _edge_span(clause, clause)
        if doc.text[start:end].split()[0].lower() == "that":
            start += 5
        out.append((start, end, _subject_span(tok.head) or (subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)), tok.text))
    return out


def _acts_as_verb(tok) -> bool:
    """A verb, or a verb the tagger took for a noun ("Harris claims that she should be exempt",
    "But Costa charges that the deal is dead"): a noun has no subject and takes no clause, so one with
    both is the verb, and so is one that heads a sentence with no verb but its clause, after a name."""
    if tok.pos_ == "VERB":
        return True
    if tok.pos_ == "NOUN" and lemma_of(tok) in INTENT_LEMMAS and any(c.dep_ == "xcomp" and _infinitive(c) for c in tok.children):
        return any(c.dep_ == "nsubj" for c in tok.children)  # "The campaign plans to employ ...": a verb with its infinitive
    if tok.pos_ != "NOUN" or _noun_clause(tok) is None:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) or _name_before(tok) is not None


def _noun_clause(tok):
    """The clause a noun read as a verb governs: its clausal complement, or a "that" clause hung on it."""
    return next((c for c in tok.children if c.idx > tok.idx and (c.dep_ == "ccomp" or c.dep_ == "acl" and _that_of(c, tok))), None)


def _name_before(tok) -> tuple[int, int] | None:
    """The proper name the parser made a modifier of a sentence's only "noun" ("Costa" of "Costa
    charges that ..."): the subject of that noun read as a verb."""
    if tok.dep_ != "ROOT":
        return None
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" and c.idx < tok.idx]
    return (mods[0].left_edge.idx, mods[-1].idx + len(mods[-1].text)) if mods else None
