"""Intentions stated with an adjective and an infinitive (English dependency parse).

News reports what someone means to do with a verb ("Trump refuses to release ..."), a noun ("his promise
to cut taxes") or, as often, an adjective after "be": "Obama is determined to warn his supporters", "some
the board was willing to press ahead with a smaller budget", "the union is ready to strike", "aides were
reluctant to change course".  Attribution corpora (PolNeAR among them) count each as the subject's position,
its content the infinitive.  :mod:`.clauses` reads the verbs and :mod:`.stances` the nouns; this module reads
the adjectives.  An expletive or a thing as subject states no one's intention ("it is ready to ship").
"""

from __future__ import annotations

from parallax.analyze.quotes.clauses import _infinitive
from parallax.analyze.quotes.cue_subjects import _subject_span

Claim = tuple[int, int, tuple[int, int], str]

# adjectives of will and readiness that take an infinitive of what their subject means to do
INTENT_ADJECTIVES = {
    "determined", "willing", "unwilling", "ready", "eager", "reluctant", "prepared", "keen", "loath", "loth",
    "resolved", "intent", "desperate", "anxious", "hesitant", "committed", "unprepared",
}  # fmt: skip

# verbs of being that link a subject to such an adjective ("is determined", "seemed eager", "remain ready")
_LINKS = {"be", "seem", "appear", "remain", "become", "look", "sound"}


def intent_adjectives(doc) -> list[Claim]:
    """Every infinitive after an adjective of :data:`INTENT_ADJECTIVES` whose linking verb has a subject:
    (start, end, subject span, adjective)."""
    out: list[Claim] = []
    for tok in doc:
        if tok.lower_ not in INTENT_ADJECTIVES or tok.dep_ not in ("acomp", "oprd", "xcomp"):
            continue
        link = tok.head
        if link.i == tok.i or (link.lemma_ or "").lower() not in _LINKS:
            continue
        inf = next((c for c in tok.children if c.dep_ == "xcomp" and c.idx > tok.idx and _infinitive(c)), None)
        subj = next((c for c in link.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if inf is None or subj is None or subj.lower_ in ("it", "this", "that", "there", "what"):
            continue
        source = _subject_span(link)
        if source is not None:
            out.append((inf.left_edge.idx, inf.right_edge.idx + len(inf.right_edge.text), source, tok.text))
    return out
