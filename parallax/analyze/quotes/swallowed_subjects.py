"""A speech verb's subject swallowed by the phrase that opens its sentence.

News copy often sets a phrase of time or place before the subject without a comma ("In an interview with
CNN Sanders said the party must change", "At a rally in Ohio Clinton said that ..."), and the small English
parser then reads the name as the end of that phrase: "CNN Sanders" the object of "with", the verb left
with no subject, so the reported clause had no speaker and was dropped.  English puts the subject of a
finite verb before it, so a proper noun right before a finite verb with no subject, at the end of the
phrase that opens the sentence on that verb, is the subject the parser took into the phrase.
"""

from __future__ import annotations

_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "agent"})
# a participle's clause opens the sentence as a phrase does: "Speaking to NBC News Warren said ...", "Asked by
# the BBC Sunak said ..."
_PARTICIPLES = frozenset({"VBG", "VBN"})
_IN_PHRASE = frozenset({"pobj", "compound", "appos"})  # how the parser hangs the name on the phrase


def swallowed_subject(verb) -> tuple[int, int] | None:
    """Character span of the name the opening phrase took from finite ``verb``, or ``None``: the PERSON
    entity that ends right before the verb, or else that one proper noun alone ("the Washington Post
    Trump", one ORG to the model, gives "Trump"; :mod:`.people` then finds the full name)."""
    if verb.tag_ not in _FINITE or verb.i == 0 or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    last = verb.doc[verb.i - 1]
    if last.pos_ != "PROPN" or last.dep_ not in _IN_PHRASE or not last.text[:1].isupper():
        return None
    node = last  # up to the phrase on the verb
    while node.head.i != verb.i and node.head.i != node.i:
        node = node.head
    opening = node.dep_ == "prep" or (node.dep_ == "advcl" and node.tag_ in _PARTICIPLES)
    if node.head.i != verb.i or not opening or node.left_edge.i != verb.sent.start:
        return None  # only the phrase that opens the sentence ("In an interview with CNN", "Speaking to NBC News")
    first = last
    if last.ent_type_ == "PERSON":
        while first.ent_iob_ == "I" and first.i > node.i + 1:
            first = verb.doc[first.i - 1]
    return first.idx, last.idx + len(last.text)
