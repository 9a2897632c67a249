"""An English vote taken by a body, or counted, is the body's decision, not anyone's speech (QA round 53).

"Senator Smith voted against the crime bill" reports one person's position, and stays a stance (:mod:`.stances`:
PolNeAR's annotators count a politician's vote as an attribution).  "The council voted 4-2 for the reduction",
"Councillors voted unanimously against the plan" report what a body decided: its members spoke with ballots, the
option chosen is a noun phrase that claims nothing, and the decision is a fact the reports of a story compare as a
fact (its tally is a number of its own, :mod:`parallax.analyze.quantities`).  So a vote for or against a thing whose
subject is a body (a collective noun, or a name the model tags an organisation) or that carries its count ("4-2",
"by 30 votes to 12") or its unanimity is no reported speech.  A vote with an infinitive ("A Senate committee voted
on Tuesday to hold the port director in contempt") states what the body resolved as a clause, as "decided to" does, and
stays an attribution: PolNeAR's annotators mark it one, and dropping it lowered the benchmark's dev scores.
"""

from __future__ import annotations

from parallax.analyze.quotes.clauses import lemma_of

# nouns of bodies that decide by a vote (the collective nouns of :mod:`.antecedents` that vote, and the chambers,
# courts and meetings of the English-language press: "the assembly", "the bench", "the house", "the cabinet")
_BODIES = {
    "council", "board", "committee", "panel", "senate", "house", "assembly", "parliament", "congress", "cabinet",
    "legislature", "chamber", "commission", "jury", "court", "bench", "union", "party", "caucus", "members",
    "shareholders", "councillors", "councilors", "lawmakers", "legislators", "delegates", "senators", "mps", "judges",
    "justices", "directors", "trustees", "governors", "regents", "workers", "residents", "voters",
}  # fmt: skip
# words that say a vote was counted or was one voice: "voted 4-2", "voted unanimously", "voted overwhelmingly"
_COUNTED = {"unanimously", "overwhelmingly", "narrowly", "overwhelming", "unanimous"}


def _counted(tok) -> bool:
    """Whether vote ``tok`` carries its count or its unanimity ("voted 4-2", "by 30 votes to 12", "unanimously")."""
    for c in tok.children:
        if c.lower_ in _COUNTED or c.pos_ == "NUM" and c.dep_ in ("npadvmod", "dobj", "obj", "nummod", "advmod"):
            return True
        if c.dep_ == "prep" and c.lower_ == "by" and any(g.pos_ == "NUM" or g.lower_ in ("majority", "margin") for g in c.subtree):
            return True
    return False


def a_body_vote(tok) -> bool:
    """Whether English verb ``tok`` is a vote a body took, or a counted one (see the module)."""
    if lemma_of(tok) != "vote" or any(c.dep_ == "xcomp" for c in tok.children):
        return False  # (not "voted to hold him in contempt": see the module)
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and tok.dep_ == "conj":
        subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    body = subj is not None and (subj.lower_ in _BODIES or subj.ent_type_ == "ORG" and subj.pos_ != "PRON")
    return body or _counted(tok)
