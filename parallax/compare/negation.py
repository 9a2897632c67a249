"""One act affirmed by one report and denied by another: "Grusin attended but did not sign the accord" /
"Grusin signed the accord", "The bank did not rule out further cuts" / "The bank ruled out further cuts".

Such sentences align (they share nearly every word), carry no differing number, date or name, and so
passed as a shared fact although they say opposite things.  The rule reads the dependency parse of both
aligned sentences and finds one verb (with its particle: "rule out") and one object head ("accord",
"cuts") negated on one side ("not", "n't", "never" hang on the verb, or "no" on the object: "paid no
ransom", "no ransom was paid") and affirmed on the other, with
subjects that can be the same actor (two proper names must share a word; "officials" and "the
authorities" can be one).  A passive clause counts its subject as the object ("the accord was signed").

What it leaves alone, because the two sides do not contradict:

* a negation bounded in time ("did not declare an emergency until the descent", "prior to this spring
  the agency did not recognise ...");
* what is to come against what was or is ("will be recognised" / "did not recognise");
* an infinitive, or a verb in a clause of one ("urged him not to declare", "planned to declare");
* a verb in a question or condition, or in a clause of one ("whether he signed", "if it is approved",
  "whether he will step down or seek a second term");
* words inside quotation marks (a quotation's wording is compared as a quotation);
* a side that also affirms the act with the same actor, or denies it too.

Only pipelines whose parser labels negation (``neg``, the English one) take part; other languages
find nothing here rather than something wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from parallax.analyze.nlp import get_nlp, has_parser
from parallax.analyze.titles import TITLE_WORDS
from parallax.records import Article, Sentence

_BOUNDED = {"until", "till", "before", "prior", "unless"}  # "did not X until Y": X happened, later
_FUTURE = {"will", "would", "shall", "'ll", "wo"}  # "wo" of "won't"
_OPEN = {"if", "whether"}  # a question or a condition asserts nothing
_RELATIVE = {"which", "that", "who", "whom"}
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you"}
NAME_LABELS = {"PERSON", "PER", "ORG", "NORP", "GPE", "LOC", "FAC"}
_ACTORS = {"PERSON", "PER", "ORG"}


@dataclass(frozen=True)
class Act:
    """One verb's statement: ``key`` is (verb lemma with particle, object head lemma)."""

    key: tuple[str, str]
    negated: bool
    future: bool  # "will (not) sign": what is to come does not deny what was done
    subject: frozenset[str]  # lower-cased proper-name words of the subject, or its head lemma
    named: bool  # whether ``subject`` holds proper names
    start: int  # offset in the sentence of the phrase shown
    end: int


@cache  # one answer per language (a multilingual batch asks for several)
def _labels_negation(lang: str) -> bool:
    nlp = get_nlp(lang)
    return has_parser(nlp) and "neg" in nlp.get_pipe("parser").labels


# sentences parsed in one batch for the comparison under way (:func:`parse_many`), read before parsing one alone
_BATCH: dict[tuple[str, str], object] = {}


def parse_many(by_lang: dict[str, list[str]]) -> None:
    """Parse a comparison's sentences in one batch per language (spaCy's ``pipe`` is about twice as fast as one
    call per sentence), for :func:`_parse` to read; the batch of the comparison before is let go."""
    _BATCH.clear()
    for lang, texts in by_lang.items():
        _parse_batch(lang, list(dict.fromkeys(texts)))


# The rules read tags, lemmas and the dependency parse, never the parse's own entities (names come from the
# article's entity stage): the entity recogniser, with its own token vectors in the packaged pipelines, is
# skipped, which leaves every other annotation as it was and takes about 40 % off the parse.
_UNREAD = ("ner",)


def _parse_batch(lang: str, todo: list[str]) -> None:
    docs = get_nlp(lang).pipe(todo, batch_size=64, disable=_UNREAD)
    _BATCH.update(((lang, t), doc) for t, doc in zip(todo, docs, strict=True))


def _parse(lang: str, text: str):
    doc = _BATCH.get((lang, text))
    return doc if doc is not None else _parse_one(lang, text)


@lru_cache(maxsize=2048)
def _parse_one(lang: str, text: str):
    return get_nlp(lang)(text, disable=_UNREAD)


def _infinitive(verb) -> bool:
    """Whether the verb, or a clause it stands in, is an infinitive: what someone planned, urged or was
    expected to do ("planned to veto the budget and call an inquiry", "urged her not to call an
    inquiry", "is expected to say that she will not run again") is no act reported as done."""
    return any(t.dep_ == "xcomp" or any(c.tag_ == "TO" for c in t.children) for t in (verb, *verb.ancestors))


def _noun_of(tok):
    """A relative pronoun stands for the noun its clause hangs on ("the accord, which was signed")."""
    if tok.lower_ in _RELATIVE and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


def _subject_of(verb):
    for child in verb.children:
        if child.dep_ in ("nsubj", "agent"):
            if child.dep_ == "agent":
                pobj = [c for c in child.children if c.dep_ == "pobj"]
                if pobj:
                    return pobj[0]
                continue
            return _noun_of(child)
    if verb.dep_ == "conj":  # "Grusin attended ... but did not sign": the first verb's subject
        return _subject_of(verb.head)
    return None


def _object_of(verb):
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            return _noun_of(child)
    return None


def _subject_words(art: Article, s: Sentence, tok) -> tuple[frozenset[str], bool]:
    """The words naming a subject: its people's names where the entity stage found any ("Defence Minister
    Ilse Brandt" is "ilse", "brandt", not "minister"), else its other names, else its proper nouns less
    titles; where it names none, its head noun."""
    if tok is None or tok.lower_ in _PRONOUNS:
        return frozenset(), False
    lo, hi = s.start + tok.left_edge.idx, s.start + tok.right_edge.idx + len(tok.right_edge)
    head = s.start + tok.idx
    # actors: people and organisations anywhere in it, a country or a group only as its head ("Russia did
    # not sign"), not as a modifier ("French investigators", "Investigators from the BEA" may be one)
    inside = [
        e
        for e in art.entities
        if e.start < hi and lo < e.end and (e.label in _ACTORS or e.label in NAME_LABELS and e.start <= head < e.end)
    ]
    people = [e for e in inside if e.label in ("PERSON", "PER")]
    names = " ".join((e.canonical or e.text) for e in (people or inside))
    words = {w.lower() for w in names.split()} or {t.lower_ for t in tok.subtree if t.pos_ == "PROPN"}
    words -= TITLE_WORDS
    return (frozenset(words), True) if words else (frozenset({tok.lemma_.lower()}), False)


def acts(art: Article, s: Sentence) -> list[Act]:
    """The verb-object statements of one sentence outside quotation marks."""
    lang = (art.language or "en")[:2]
    if not _labels_negation(lang):
        return []
    quoted = [(q.start - s.start, q.end - s.start) for q in art.quotes if q.kind != "indirect" and q.start < s.end and s.start < q.end]
    out = []
    for verb in _parse(lang, s.text):
        if verb.pos_ not in ("VERB", "AUX") or any(a <= verb.idx < b for a, b in quoted):
            continue
        obj = _object_of(verb)
        if obj is None or obj.pos_ == "PRON":
            continue
        # the verb or a clause it stands in is a question or condition ("announces whether he will ... or seek")
        marks = {c.lower_ for t in (verb, *verb.ancestors) for c in t.children if c.dep_ == "mark"}
        bounded = {c.lower_ for c in verb.children if c.dep_ in ("prep", "mark", "advmod")} | {
            m.lower_ for c in verb.children if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark"
        }
        if marks & _OPEN or _infinitive(verb):
            continue
        # "not", "never" on the verb, or "no" on its object: "paid no ransom", "no ransom was paid"
        negs = [c for c in verb.children if c.dep_ == "neg"] + [c for c in obj.children if c.dep_ == "det" and c.lower_ == "no"]
        if negs and bounded & _BOUNDED:
            continue
        particle = " ".join(c.lower_ for c in verb.children if c.dep_ == "prt")
        key = (f"{verb.lemma_.lower()} {particle}".strip(), obj.lemma_.lower())
        subject, named = _subject_words(art, s, _subject_of(verb))
        lead = [c for c in verb.children if c.dep_ in ("aux", "neg", "auxpass") and c.i < verb.i]
        first = min([verb, *lead], key=lambda t: t.i)
        ends = [verb.idx + len(verb), *(c.idx + len(c) for c in verb.children if c.dep_ == "prt")]
        if obj.i > verb.i:  # "did not sign the accord": up to the object's head, not its relative clause
            ends.append(obj.idx + len(obj))
        else:  # "the accord was not signed"
            first = obj.left_edge
        out.append(
            Act(key, bool(negs), any(c.lower_ in _FUTURE for c in verb.children if c.dep_ == "aux"), subject, named, first.idx, max(ends))
        )
    return out


def _may_be_one(x: Act, y: Act) -> bool:
    """Two subjects that can name one actor: no subject, or a pronoun, on either side; two proper names
    sharing a word; a name and a description ("Grusin" / "the minister"); two descriptions."""
    if not x.subject or not y.subject:
        return True
    if x.named and y.named:
        return bool(x.subject & y.subject)
    return True


def _same(x: Act, y: Act) -> bool:
    """Two subjects that surely name one actor: a shared proper name, or one head noun."""
    return bool(x.subject & y.subject) or not x.subject or not y.subject


def negation_conflicts(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[str, str]]:
    """(phrase in a, phrase in b) for each act one sentence denies and the other affirms."""
    if (art_a.language or "en")[:2] != (art_b.language or "en")[:2]:
        return []
    side_a, side_b = acts(art_a, sa), acts(art_b, sb)
    found: list[tuple[str, str]] = []
    for x in side_a:
        for y in side_b:
            if x.key != y.key or x.negated == y.negated or x.future != y.future or not _may_be_one(x, y):
                continue
            no, yes = (x, y) if x.negated else (y, x)
            no_side, yes_side = (side_a, side_b) if x.negated else (side_b, side_a)
            # the denying side affirms it too for this actor, or the affirming side denies it too: no contradiction
            if any(o.key == no.key and not o.negated and _same(o, yes) for o in no_side):
                continue
            if any(o.key == yes.key and o.negated for o in yes_side):
                continue
            pair = (sa.text[x.start : x.end], sb.text[y.start : y.end])
            if pair not in found:
                found.append(pair)
    return found
