"""A description without a name in one report against the name in the other ("the billionaire" / "Musk").

News prose names a person or a body once with what it is ("billionaire Elon Musk", "Musk, the billionaire,",
"the carmaker Tesla") and then lets the description stand for it.  Another report of the fact may give the name
where this one gives the description: a choice of words (the description characterises), but one that meaning
alone cannot find ("The billionaire" and "Musk" are far apart in e5).  The article itself says who the
description is: the description's noun is written next to exactly one name in it, right before the name or in an
apposition after it.  None or several such names and the description stays unpaired (never a guess); a pronoun
is no description.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from parallax.analyze.nlp import get_nlp
from parallax.records import Article, Sentence

# a definite description opens with the definite article (the one a reader resolves to someone named before)
_DEFINITE = re.compile(r"(?:the|le|la|les|l['’]|der|die|das|el|los|las|il|lo|gli)\b\s*", re.I)
# the names a description stands for: a person's or a body's (a place is described by what lies there: "a visit to")
_NAMED = frozenset({"PERSON", "PER", "ORG"})
# the parts a noun takes under a name that describe its bearer: a title-like noun before it, an apposition
_DESCRIBING = frozenset({"compound", "appos", "nmod"})


@lru_cache(maxsize=2048)
def _parse(lang: str, text: str):
    return get_nlp(lang)(text)


def described_words(art: Article, start: int, end: int) -> set[str]:
    """The nouns an article joins to a name at ``start:end`` by the grammar: a noun before it that the name governs
    ("billionaire Elon Musk", "the carmaker Tesla") and an apposition ("Musk, the billionaire,", "the billionaire,
    Elon Musk,"); a noun that only stands next to it is none ("the moment Trump fired Comey")."""
    return _described_in(art, next((s for s in art.sentences if s.start <= start and end <= s.start + len(s.text)), None), start, end)


def _described_in(art: Article, sent: Sentence | None, start: int, end: int) -> set[str]:
    """:func:`described_words` of the name at ``start:end`` in its sentence ``sent``."""
    if sent is None:
        return set()
    doc = _parse((art.language or "en").split("-")[0].lower(), sent.text)
    lo, hi = start - sent.start, end - sent.start
    name = {t.i for t in doc if lo <= t.idx < hi}
    out: set[str] = set()
    for t in doc:
        if t.i in name or not (t.pos_ == "NOUN" or t.pos_ == "PROPN" and t.is_sent_start):
            continue  # (a title opening the sentence is tagged a name: "Prosecutor Smith spoke")
        if t.head.i in name and t.dep_ in _DESCRIBING or any(doc[k].dep_ == "appos" and doc[k].head.i == t.i for k in name):
            out.add(t.lemma_.lower())
    return out


def _fold(name: str) -> str:
    return " ".join(re.sub(r"[-‐.’']", " ", name.lower()).split())


def _same_name(a: str, b: str) -> bool:
    """One name given in full and short ("Elon Musk" / "Musk"): the same words, or one's last words the other."""
    fa, fb = _fold(a).split(), _fold(b).split()
    short, full = sorted((fa, fb), key=len)
    return bool(short) and full[-len(short) :] == short


# the index of :func:`_names_by_noun` per article's entity list, with what it was built from (see :func:`_names_by_noun`)
_BY_NOUN: dict[int, tuple[list, int, object, object, list, dict[str, set[str]]]] = {}
_KEEP = 8  # indexes kept (the reports of one comparison, a few at once)


def _names_by_noun(art: Article) -> dict[str, set[str]]:
    """The names of ``art``'s people and bodies by each noun it ties to one (:func:`described_words`): read once per
    report, not for each pair of noun phrases compared (that read every entity's sentence again per pair).  Kept for
    the entity list it was read from while that list and the sentences are the same objects, of the same length."""
    ents, sents = art.entities, art.sentences
    first, last = (ents[0], ents[-1]) if ents else (None, None)
    hit = _BY_NOUN.get(id(ents))
    if hit is not None and hit[0] is ents and hit[1] == len(ents) and hit[2] is first and hit[3] is last and hit[4] is sents:
        return hit[5]
    out: dict[str, set[str]] = {}
    starts = [s.start for s in sents]
    for e in ents:
        if e.label in _NAMED:
            # (the sentence that holds the name, found by its start: a scan of all of them per name was quadratic)
            k = bisect_right(starts, e.start) - 1
            sent = sents[k] if k >= 0 and e.end <= sents[k].start + len(sents[k].text) else None
            nouns = _described_in(art, sent, e.start, e.end) if sent is not None else described_words(art, e.start, e.end)
            for noun in nouns:
                out.setdefault(noun, set()).add(e.canonical or e.text)
    while len(_BY_NOUN) >= _KEEP:
        _BY_NOUN.pop(next(iter(_BY_NOUN)))
    _BY_NOUN[id(ents)] = (ents, len(ents), first, last, sents, out)
    return out


def tied_name(art: Article, description: str, head: str, names: frozenset[str]) -> str:
    """The one name of ``names`` (the other report's) that ``art`` ties the definite ``description`` (its head noun's
    lemma ``head``) to, writing the noun next to it; "" where it ties none, or more than one name of its own."""
    if not names or not _DEFINITE.match(description):
        return ""
    tied = _names_by_noun(art).get(head, set())
    own = next(iter(tied), "")
    if not own or any(not _same_name(own, n) for n in tied):
        return ""  # none, or several of the article's names: no guess
    return next((n for n in names if _same_name(own, n)), "")


def tied(art_a: Article, x, art_b: Article, y) -> bool:
    """Whether one of two noun phrases (:class:`.referents.Mention`) is a description its own article ties to the
    name the other phrase holds."""
    if not x.names and y.names:
        return bool(tied_name(art_a, x.text, x.head, y.names))
    return bool(not y.names and x.names and tied_name(art_b, y.text, y.head, x.names))
