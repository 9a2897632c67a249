"""A judged thing named and nothing more: the bare object of a verb of judging.

"Unions condemned the plan" reports that a stance was taken, not what it says: read as reported speech its
content is "the plan", two words that any report of the event repeats and that a comparison then grades as a
quotation.  A judging verb's object says something of its own only with words beyond its determiner and head
noun ("condemned the killing of three protesters", "praised the rescuers' quick response") or with the grounds
after it ("blamed the council for the delays", :mod:`.stances`).  A name stays a stance ("criticised Smith"),
as :func:`.stances.stance_words` counts it.

A verb of denying says as little with a bare object, and the object may take a pronoun's phrase or the noun's own
compound: "denied the charges against him", "denied the fraud claims", "denied all wrongdoing" report that a
charge was denied, not words of the speaker's; a noun or a clause of its own in it ("denied any involvement in the
attack", "denied plans to close the pool") says what, and stays reported speech.
"""

from __future__ import annotations

# determiners and possessive pronouns that add nothing to the noun they stand before
_EMPTY = {"DET", "PRON"}


def bare_noun(obj) -> bool:
    """Whether object token ``obj`` is a common noun with at most a determiner or possessive pronoun before it
    ("the plan", "their decision", "this move")."""
    if obj.pos_ != "NOUN":
        return False
    words = [t for t in obj.subtree if not t.is_punct and t.i != obj.i]
    return all(t.pos_ in _EMPTY and t.dep_ in ("det", "poss") for t in words)


# verbs of denying: their object is what someone else said or did (not "reject" or "dispute", whose object the
# attribution corpora count as a stance: "rejected the argument")
REJECTING_LEMMAS = frozenset({"deny", "disavow", "refute", "rebut"})


def rejected_noun_phrase(obj) -> bool:
    """Whether object token ``obj`` of a verb of rejecting is a common noun with only determiners, adjectives, its
    compound nouns and a pronoun's phrase beside it ("the charges against him", "all wrongdoing", "the fraud
    claims"): what was rejected, nothing the speaker said."""
    if obj.pos_ != "NOUN":
        return False
    for t in obj.subtree:
        if t.i == obj.i or t.is_punct or t.pos_ in ("DET", "PRON", "ADJ", "ADP") or t.dep_ == "compound" and t.head.i == obj.i:
            continue
        return False
    return True
