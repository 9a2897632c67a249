"""A verdict in a small clause is a court's act, not its speech: "The court found him guilty of fraud".

"find" reports a finding with a that-clause ("the panel found that the pilots had ignored the warnings"), and the
parser hangs a verdict on it the same way, as a clause of its own: a subject and an adjective with no verb ("him
guilty of fraud", "the builder not guilty", "the company liable for the spill").  Read as reported speech it made
the court a speaker of "him guilty of fraud", a quotation set against other outlets' quotations.  Such a clause, its
head an adjective of a verdict with no verb, copula or "that" of its own, is reported by no verb of saying
(:func:`parallax.analyze.quotes.clauses._reported_clause`).  A finding with a verb ("found that he was guilty") is
still one.
"""

from __future__ import annotations

# the adjectives of a court's, a jury's or a tribunal's verdict on a person or a body
VERDICT_ADJECTIVES = frozenset(
    """guilty innocent liable culpable negligent responsible unfit insane incompetent blameless""".split()
)


def verdict_clause(clause) -> bool:
    """Whether the spaCy token ``clause``, a verb's clausal complement, is a verdict's verbless small clause ("him
    guilty of fraud")."""
    return (
        clause.pos_ == "ADJ"
        and clause.lower_ in VERDICT_ADJECTIVES
        and not any(c.dep_ in ("aux", "auxpass", "cop", "mark") for c in clause.children)
    )
