"""One act named by a verb in one report and by a noun in the other ("sued" / "lawsuit", "suspended" / "the halt").

Two reports of one fact name its act in two parts of speech as often as in two verbs: one writes that a company
"suspended production", the other reports "the halt of production".  The word-level diff (:mod:`.wording`) sees
the verb and the noun at two places and pairs neither, or pairs the verb with the light verb that carries the
noun ("sued" / "filed").  Here a verb of one sentence pairs with a noun of the other when, by rules of the
language rather than of any text:

* the noun names an act: a verb's own form (English zero derivation, from the lemmatizer's verb index: "halt",
  "assault") or a noun of an act's suffix ("-tion", "-ment", "-ance" …, per language);
* neither word is in the other sentence (the other report did not use it too), and the two are not one word in
  two forms ("suspended" / "suspension" is no choice of words);
* the rest of the two sentences align around them: a participant of the verb (its subject, object or a
  prepositional object) stands in the noun's phrase or beside it under the verb that carries it;
* the verb and the noun mean alike (e5 of the two lemmas): a verb and an unrelated noun that shares its
  participants ("cut jobs" / "cut gates") do not.

Only where a dependency parser reads the language (English, French).
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from parallax.compare.wording import _same_stem

# the suffixes that make a noun of an act from a verb, per language read with a parser
_ACT_SUFFIX = {
    "en": re.compile(r"(?:tion|sion|ment|ance|ence|ure|al|age)s?$"),
    "fr": re.compile(r"(?:tion|sion|ment|age|ure|ade|ance|ence)s?$"),
}
_ARGS = {"nsubj", "nsubjpass", "nsubj:pass", "dobj", "obj", "obl", "agent", "pobj", "obl:arg", "obl:agent", "obl:mod"}
# how alike (e5 of the lemmas, rescaled) a verb and a noun must be to name one act: "suspend" / "halt" 0.66,
# "sue" / "lawsuit" 0.73, above "cut" / "gate" 0.61 and "announce" / "decision" 0.66 needs its participants too
NEAR_ACT = 0.65


@lru_cache(maxsize=8)
def _verbs(nlp) -> frozenset[str]:
    """The verb lemmas the lemmatizer knows (English's index): a noun among them is the verb's own form."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
        return frozenset(table["verb"])
    except (KeyError, ValueError, AttributeError):
        return frozenset()


def _act_noun(tok, lang: str, verbs: frozenset[str]) -> bool:
    """Whether a noun names an act: a verb's own form ("halt"), a compound closing on one ("lawsuit") or a noun of one
    of an act's suffixes ("suspension")."""
    lemma = tok.lemma_.lower()
    suffix = _ACT_SUFFIX.get(lang)
    if len(lemma) <= 3:
        return False
    return lemma in verbs or any(lemma[k:] in verbs for k in range(3, len(lemma) - 3)) or bool(suffix and suffix.search(lemma))


# the endings of an infinitive, left out before a verb is compared with a noun made of it ("suspendre" / "suspension")
_INFINITIVE = re.compile(r"(?:er|ir|re|ar|are|ere|ire|en)$")


def _derived(verb: str, noun: str) -> bool:
    """Whether a noun is the verb's own (one word in two parts of speech, no choice of words): the verb's stem, all
    but its last two letters and four at least, opens the noun ("suspend" / "suspension", "decide" / "decision")."""
    stem = _INFINITIVE.sub("", verb) if len(verb) > 5 else verb
    n = len(os.path.commonprefix([stem, noun]))
    return _same_stem(verb, noun) or (n >= 4 and n >= len(stem) - 2) or n == len(stem) >= 3  # "add" / "addition"


def _main(tok) -> bool:
    """Whether a verb is its sentence's main one (or conjoined to it): the act the sentence reports, not one a
    clause inside it tells of ("said the two had talks")."""
    return tok.dep_ == "ROOT" or (tok.dep_ == "conj" and tok.head.dep_ == "ROOT")


def _main_noun(tok) -> bool:
    """Whether a noun is the act its sentence reports: the subject or object of the main verb, or a headline's head."""
    return tok.dep_ == "ROOT" or (tok.dep_ in {"nsubj", "nsubjpass", "dobj", "obj"} and _main(tok.head))


def _core(tok) -> set[str]:
    """The lemmas of a verb's subject and object (nouns and names): who acts and on whom."""
    return {c.lemma_.lower() for c in tok.children if c.dep_ in _ARGS - {"obl", "obl:mod"} and c.pos_ in {"NOUN", "PROPN"}}


def _participants(tok) -> set[str]:
    """The lemmas of a verb's participants: its subject, object and the objects of its prepositions."""
    out: set[str] = set()
    for child in tok.children:
        if child.dep_ in {"prep", "agent"}:
            out |= {g.lemma_.lower() for g in child.children if g.pos_ in {"NOUN", "PROPN"}}
        elif child.dep_ in _ARGS and child.pos_ in {"NOUN", "PROPN"}:
            out.add(child.lemma_.lower())
    return out


def _around(noun) -> tuple[set[str], object | None]:
    """The lemmas in a noun's phrase and, where a verb not its own carries it ("filed a lawsuit"), that verb's
    participants too; with the carrying verb (None where the noun stands alone or as a subject)."""
    near = {t.lemma_.lower() for t in noun.subtree if t.i != noun.i and t.pos_ in {"NOUN", "PROPN"}}
    carrier = noun.head if noun.dep_ in {"dobj", "obj"} and noun.head.pos_ == "VERB" else None
    if carrier is not None:
        near |= _participants(carrier)
    elif noun.dep_ in {"nsubj", "nsubjpass"}:
        near |= _participants(noun.head)
    return near, carrier


_CARRIER_GAP = 4  # words at most between a verb and the phrase of the noun it carries ("filed on Monday a lawsuit")


def _shown_noun(noun, carrier, lemmas_other: set[str]) -> str | None:
    """The noun as shown: with its determiner and modifiers before it ("the halt"), and with the verb that carries
    it where the other report has no such verb ("filed a lawsuit").  None where the verb stands far from the noun's
    phrase, past a comma or more than :data:`_CARRIER_GAP` words: no verb carries a noun so, the parse took an aside
    for its object ("kept its main lending rate unchanged at 4.25 percent on Thursday, the fourth pause" had been
    shown whole against "left")."""
    left = [c for c in noun.lefts if c.dep_ in {"det", "amod", "compound"}]
    start = left[0].i if left else noun.i
    if carrier is not None and carrier.i < start:
        gap = noun.doc[carrier.i + 1 : start]
        if len(gap) > _CARRIER_GAP or any(t.is_punct for t in gap):
            return None
    if carrier is not None and carrier.i < start and carrier.lemma_.lower() not in lemmas_other:
        start = carrier.i
    doc = noun.doc
    return doc[start : noun.i + 1].text


def act_pairs(lang: str, nlp, doc_v, doc_n, near) -> list[tuple[str, str]]:
    """The acts a verb of ``doc_v`` names that a noun of ``doc_n`` names: (verb as written, noun phrase).
    ``near(verb_lemma, noun_lemma)`` says whether the two mean alike (asked only of pairs whose participants align)."""
    verbs = _verbs(nlp)
    lemmas_v = {t.lemma_.lower() for t in doc_v}
    lemmas_n = {t.lemma_.lower() for t in doc_n}
    out: list[tuple[str, str]] = []
    used: set[int] = set()
    for v in doc_v:
        if v.pos_ != "VERB" or not _main(v) or v.lemma_.lower() in lemmas_n or any(c.dep_ in {"ccomp", "xcomp"} for c in v.children):
            continue  # a verb the other used too, or one that reports or governs another (no act of its own)
        core = _core(v)
        if not core:
            continue
        for n in doc_n:
            ln = n.lemma_.lower()
            if n.i in used or n.pos_ != "NOUN" or not _main_noun(n) or ln in lemmas_v or not _act_noun(n, lang, verbs):
                continue
            if _derived(v.lemma_.lower(), ln):
                continue  # one word in two forms ("suspended" / "suspension")
            around, carrier = _around(n)
            if not (core & around) or not near(v.lemma_.lower(), ln):
                continue
            shown = _shown_noun(n, carrier, lemmas_v)
            if shown is None:
                continue
            used.add(n.i)
            out.append((v.text, shown))
            break
    return out
