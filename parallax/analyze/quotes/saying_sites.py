"""Where a verb of saying stands, and what that makes of it (English).

A verb of saying in a gerund of means or time ("responded ... by saying ...") speaks for the subject of the verb
its preposition hangs on; one in an infinitive of purpose ("..., to prove that ...") or in a direct question
("Do you know where ...?") reports nothing.  These read the verb's place in the sentence, not the clause it
governs (:mod:`.clauses`), so they stand apart from it.
"""

from __future__ import annotations

from parallax.analyze.quotes.cue_subjects import _subject_span
from parallax.analyze.quotes.reporting_words import lemma_of

# prepositions that open an adjunct of means or time, whose gerund shares the subject of the verb it hangs
# on ("began by saying", "after telling reporters"); not "without", which also makes idioms with no
# speaker ("It goes without saying that ..."), nor "on" or "in", which a verb or adjective also takes as
# its complement ("let's focus on understanding how ...")
_MEANS_AND_TIME = frozenset({"by", "after", "before", "upon", "while", "when"})


def _gerund_subject(tok) -> tuple[int, int] | None:
    """The subject of a gerund of means or time: that of the verb its preposition hangs on ("Obama
    responded to a mother by saying his refusal ... was a manufactured issue")."""
    prep = tok.head
    if tok.dep_ != "pcomp" or prep.lower_ not in _MEANS_AND_TIME or prep.head.i == prep.i or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return _subject_span(prep.head)


def _unreported_infinitive(tok) -> bool:
    """A verb of saying or knowing in an infinitive of purpose ("let two ferries into the harbour, to show
    that the boats carried no cargo"): the purpose is someone's aim, not what they said."""
    if tok.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    head = tok.head  # (not after "went on" or "proceeded": "went on to explain how ..." is the next thing said)
    return not (lemma_of(head) == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in head.children) or lemma_of(head) == "proceed")


def _in_question(tok) -> bool:
    """A verb in a direct question ("Do you know where his tax returns are?", "would you think she ..."): a
    question asserts nothing, so its clause is no one's report.  The question inverts its subject and
    an auxiliary and ends with a question mark."""
    sent = tok.sent
    if not sent.text.rstrip().endswith("?"):
        return False
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and any(c.dep_ in ("aux", "auxpass") and c.idx < subj.idx for c in tok.children)


# nouns of an utterance or of the occasion for one, on which a gerund of saying reports its owner's words
_UTTERANCES = frozenset({
    "conference", "briefing", "speech", "statement", "interview", "letter", "post", "posting", "tweet", "release",
    "video", "ad", "advertisement", "op-ed", "memo", "message", "email", "e-mail", "remarks", "address", "rally",
})  # fmt: skip


def _utterance_speaker(tok) -> tuple[int, int] | None:
    """The speaker of a gerund of saying that hangs on a noun of an utterance ("she said at a news conference
    announcing that ...", "the council issued a statement calling the test a violation"): the subject of the
    verb that noun is the object of, directly or through a preposition; the one who gave the statement."""
    noun = tok.head
    if tok.dep_ != "acl" or tok.tag_ != "VBG" or noun.i == tok.i or noun.lower_ not in _UTTERANCES:
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ not in ("dobj", "obj"):
        return None
    return _subject_span(verb) if verb.pos_ in ("VERB", "AUX") else None
