"""A judged thing named and nothing more: the bare object of a verb of judging.

"Unions condemned the plan" reports that a stance was taken, not what it says: read as reported speech its
content is "the plan", two words that any report of the event repeats and that a comparison then grades as a
quotation.  A judging verb's object says something of its own only with words beyond its determiner and head
noun ("condemned the killing of three protesters", "praised the rescuers' quick response") or with the grounds
after it ("blamed the council for the delays", :mod:`.stances`).  A name stays a stance ("criticised Smith"),
as :func:`.stances.stance_words` counts it.
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
