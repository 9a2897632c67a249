"""Whether two stretches a word-level diff paired can be one thing said two ways: their word classes.

A word-level diff pairs whatever stands between the words two sentences share, and where the sentences run
out of step it pairs words that play different parts: an adverb against a noun ("secretly" / "pick",
"altogether" / "site").  Two wordings of one thing are
words of one class, or a verb and a noun for one act ("visit" / "traveled", "influence" / "sway"): a
reporter may name an act by its verb or by its noun, but an adverb is a manner or a circumstance, never the thing
or the act itself.  The classes come from the parse (languages with a dependency parser).
"""

from __future__ import annotations

# the parser's coarse classes, grouped by what they can name: a thing or an act (nouns, names, verbs), a
# quality (adjectives), a manner or a circumstance (adverbs)
_GROUP = {"NOUN": "n", "PROPN": "n", "VERB": "n", "ADJ": "a", "ADV": "r"}


def classes(doc, start: int, end: int) -> frozenset[str]:
    """The groups of the content words of a parsed sentence between two character offsets."""
    return frozenset(_GROUP[t.pos_] for t in doc if start <= t.idx < end and t.pos_ in _GROUP)


def alike(doc_a, text_a: str, wording_a: str, doc_b, text_b: str, wording_b: str) -> bool:
    """Whether two wordings (each found in its sentence's text) share a word group; True where either
    has none the parse can tell (a function word's construction, a wording not found)."""
    ia, ib = text_a.find(wording_a), text_b.find(wording_b)
    if ia < 0 or ib < 0:
        return True
    ca, cb = classes(doc_a, ia, ia + len(wording_a)), classes(doc_b, ib, ib + len(wording_b))
    # (an adjective against a noun stays: a quality may stand for its bearer, "the radical" / "the activist", and on
    # BASIL dev dropping those lost two biased words of 89 for no precision)
    # (one side of function words only, the other of content words: a change of construction the diff paired out of
    # step, "that binds" / "between")
    if bool(ca) != bool(cb) and _function_only(doc_a if not ca else doc_b, ia if not ca else ib, len(wording_a if not ca else wording_b)):
        return False
    return not ca or not cb or bool(ca & cb) or ("r" not in ca and "r" not in cb)


_FUNCTION_POS = {"ADP", "SCONJ", "CCONJ", "DET", "PRON", "AUX", "PART"}


def _function_only(doc, start: int, length: int) -> bool:
    """Whether the words of a parsed sentence in a stretch are all function words (prepositions, conjunctions,
    determiners, pronouns, auxiliaries)."""
    toks = [t for t in doc if start <= t.idx < start + length and not t.is_punct]
    return bool(toks) and all(t.pos_ in _FUNCTION_POS for t in toks)


_SUBJECTS = {"nsubj", "nsubjpass", "nsubj:pass", "csubj"}


def clause(doc, text: str, wording: str) -> bool:
    """Whether a wording (found in its sentence's text) holds a verb and its subject: a clause's core says who did
    what, two things, and the diff paired it out of step with a phrase of one ("lawsuit alleges" / "presidential
    campaign", "Protesters attacked" / "The attack").  False where the wording is not found."""
    i = text.find(wording)
    if i < 0:
        return False
    inside = {t.i for t in doc if i <= t.idx < i + len(wording)}
    # (a pronoun subject names nothing: "he will suspend" / "the halt" is the verb's choice)
    return any(
        doc[k].dep_ in _SUBJECTS and doc[k].pos_ != "PRON" and doc[k].head.i in inside and doc[k].head.pos_ in ("VERB", "AUX")
        for k in inside
    )
