"""Positions held, with no verb of saying: "Graham has been critical of Trump", "Reed, a staunch opponent of the
ferry tolls, ...".  A noun of a person by the position they hold, or an adjective of a position, with the
preposition of what it is held on; the holder is the subject of the copula it completes, or the name it stands in
apposition to.  (The verbs and nouns of positions taken are :mod:`.stances`'s.)
"""

from __future__ import annotations

from parallax.analyze.quotes.clauses import lemma_of

__all__ = ["HOLDER_ADJECTIVES", "HOLDER_NOUNS", "held_stances"]

# nouns of a person by the position they hold, with the preposition of what they hold it on: "a staunch
# opponent of the ferry tolls", "an outspoken supporter of NATO", "a vocal critic of the deal"
HOLDER_NOUNS = {
    "opponent": ("of",), "supporter": ("of",), "critic": ("of",), "advocate": ("of", "for"), "proponent": ("of",),
    "champion": ("of",), "defender": ("of",), "backer": ("of",), "foe": ("of",), "detractor": ("of",), "admirer": ("of",),
    "skeptic": ("of",), "sceptic": ("of",), "booster": ("of",), "cheerleader": ("for", "of"),
}  # fmt: skip

# adjectives of a position held on something, with their preposition: "Graham has been critical of Trump",
# "she is skeptical of the plan", "they are opposed to the merger"
HOLDER_ADJECTIVES = {
    "critical": ("of",), "supportive": ("of",), "skeptical": ("of", "about"), "sceptical": ("of", "about"),
    "dismissive": ("of",), "opposed": ("to",), "wary": ("of",), "contemptuous": ("of",), "hostile": ("to", "toward"),
    "sympathetic": ("to", "toward"), "suspicious": ("of",), "disdainful": ("of",), "scornful": ("of",),
    "enthusiastic": ("about",), "worried": ("about",), "concerned": ("about",), "optimistic": ("about",),
    "pessimistic": ("about",),
    # telling little or much about a thing, and expecting of it ("aides were coy about ...", "vague about", "bearish on")
    "coy": ("about",), "vague": ("about", "on"), "silent": ("on", "about"), "vocal": ("about", "on"), "outspoken": ("about", "on"),
    "candid": ("about",), "adamant": ("about",), "bearish": ("on", "about"), "bullish": ("on", "about"), "hopeful": ("about", "of"),
}  # fmt: skip

_BE = {"be", "become", "remain", "seem", "appear"}


def held_stances(doc) -> list[tuple[int, int, tuple[int, int], str]]:
    """A position held, with no verb of saying: "Graham has been critical of Trump", "Reed, a staunch
    opponent of the ferry tolls, ..." (start, end, holder span, cue).  The holder is the subject of the
    copula the noun or adjective completes, or the name the noun stands in apposition to."""
    out = []
    for tok in doc:
        lemma = lemma_of(tok)
        preps = (
            HOLDER_NOUNS.get(lemma) if tok.pos_ == "NOUN" else HOLDER_ADJECTIVES.get(tok.lower_) if tok.pos_ in ("ADJ", "VERB") else None
        )
        if not preps:
            continue
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps and c.idx > tok.idx), None)
        topic = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        if topic is None or topic.pos_ == "PRON":
            continue
        holder = None
        if tok.dep_ in ("attr", "acomp", "oprd") and lemma_of(tok.head) in _BE:
            subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.lower_ not in ("it", "this", "that", "there", "what"):
                holder = (subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text))
        elif tok.dep_ == "appos" and tok.head.pos_ in ("PROPN", "NOUN"):
            head = tok.head
            holder = (head.left_edge.idx, head.idx + len(head.text))
        if holder is None or any(c.dep_ == "neg" for c in tok.head.children):
            continue
        last = prep.right_edge
        out.append((topic.left_edge.idx, last.idx + len(last.text), holder, tok.text))
    return out
