"""One thing said by one report and its opposite by another, where the two sentences do not align.

"No ransom had been paid, the ministry said." / "A ransom was paid, although officials denied it.",
"The minister denied taking the money." / "The minister admitted taking the money.", "The suspect
was released." / "The suspect remains in custody.": the sentences say opposite things in different
words around them, so meaning alone often leaves them apart, and :mod:`.negation` reads only aligned
sentences (and only English).  Here a clause is read as a claim: what it is about (its content words,
the same in both reports: a person's name counts as the surname, the title left out) and which way it
says it, by a negation (:data:`.opposites.NEGATORS`) or by one word of an antonym pair
(:data:`.opposites.ANTONYMS`: admitted / denied, rejected / accepted, won / lost, released / still in
custody, open / closed, rose / fell), in en, de, fr and es.

An analyst must trust each such conflict, so a claim is read only where the report makes it plainly:
not hedged, to come, in a condition or a question (:data:`.opposites.HEDGES`), not told as a change
over time ("previously", "no longer", "until": :data:`.opposites.SHIFTS`), not inside quotation marks,
not as a denial in both reports, nor a negation under a denial ("denied that no ransom ..."), nor an
affirmation under one ("denied that a ransom was paid").  A sentence that says both poles of a pair
says neither.  Two reports published more than a day apart may tell two moments.  Sentences link
(:func:`negation_links`) where each article holds only one clause about that thing, as
:mod:`.count_links` links each article's only count of a noun; :func:`opposed` then finds the
conflict, in a linked pair as in an aligned one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from parallax.analyze.nlp import get_nlp, has_parser
from parallax.analyze.titles import TITLE_WORDS
from parallax.compare.negation import _parse, parse_many
from parallax.compare.opposites import (
    CLAUSE_MARKS,
    CLAUSE_WORDS,
    COORDINATORS,
    DENIAL,
    FUTURE_ENDING,
    HEDGES,
    LANGUAGES,
    NEEDS_OBJECT,
    NEGATORS,
    NOT_NEGATING,
    POLES,
    PRONOUNS,
    REPORTING,
    SHIFT,
)
from parallax.letters import fold
from parallax.records import Article, Sentence

_APART = timedelta(days=1)  # reports further apart than this may tell two moments of one event
_VERB_FINAL = {"de"}  # languages whose object may stand before the verb ("hat die Vorwürfe bestritten")
_FUNCTION = {"AUX", "DET", "PRON", "ADP", "CCONJ", "SCONJ", "PART", "PUNCT"}  # where a parser tells them
_NEGATED = "not"  # the concept of a plain negation: the same clause, said and denied


@dataclass(frozen=True)
class Claim:
    concept: str  # an antonym pair of :data:`.opposites.ANTONYMS`, or ``"not"``
    pole: int  # which of the pair; for a negation, 1 where negated
    topic: frozenset[str]
    sentence: int
    text: str  # the clause, as shown
    ok: bool  # said plainly (see the module); a claim that is not still counts against linking
    # of a movement (rose / fell) said plainly: the noun nearest before the verb and the figures after it ("share", ("4",))
    mover: str = ""
    figures: tuple[str, ...] = ()


def _lang(art: Article) -> str:
    return (art.language or "en")[:2].lower()


def _near_in_time(a: Article, b: Article) -> bool:
    ta, tb = a.published_at(), b.published_at()
    return ta is None or tb is None or abs(ta - tb) <= _APART


def _plain(art: Article, s: Sentence, words: list[str]) -> bool:
    """Whether the sentence states something as the report's own (or a source's) fact (see the module)."""
    return _asserted(art, s, words) and not SHIFT[_lang(art)].search(s.text)


def _asserted(art: Article, s: Sentence, words: list[str]) -> bool:
    """Whether the sentence is no question and says nothing hedged or to come."""
    lang = _lang(art)
    future = FUTURE_ENDING.get(lang)
    return "?" not in s.text and not any(w in HEDGES[lang] or (future and future.match(w)) for w in words)


def _subject_known(lang: str, clause: list, opened: str, parsed: bool) -> bool:
    """Whether the clause says who or what it tells of: a subject that is no pronoun where a parser
    finds it ("the driver", "no ransom"), else no subject left out after "and" / "but" nor a pronoun first."""
    if parsed:
        return any(t.dep_.startswith("nsubj") and t.pos_ != "PRON" and t.lower_ not in PRONOUNS[lang] for t in clause)
    return opened not in COORDINATORS[lang] and clause[0].lower_ not in PRONOUNS[lang]


# each sentence's claims as read for the comparison under way (:func:`negation_links` reads every sentence of
# the articles that may link, :func:`opposed` then the aligned ones again), by (id of article, sentence); the
# article is held and checked, so that an id reused by a later article finds nothing
_READ: dict[tuple[int, int], tuple[Article, str, list[Claim]]] = {}


def claims(art: Article, si: int) -> list[Claim]:
    """The claims of one sentence, each with its clause (see the module)."""
    hit = _READ.get((id(art), si))
    if hit is not None and hit[0] is art and hit[1] == art.sentences[si].text:
        return list(hit[2])
    out = _read_claims(art, si)
    _READ[(id(art), si)] = (art, art.sentences[si].text, out)
    return list(out)


def _read_claims(art: Article, si: int) -> list[Claim]:
    lang = _lang(art)
    if lang not in LANGUAGES:
        return []
    s = art.sentences[si]
    doc = _parse(lang, s.text)
    stop = get_nlp(lang).Defaults.stop_words
    words = [t.lower_ for t in doc]
    plain = _plain(art, s, words)
    asserted = plain or _asserted(art, s, words)  # a movement "after the announcement" is still a movement
    quoted = [(q.start - s.start, q.end - s.start) for q in art.quotes if q.kind != "indirect" and q.start < s.end and s.start < q.end]
    people = [e for e in art.entities if e.label in ("PERSON", "PER") and s.start <= e.start < s.end]
    poles = {c: [[m.span() for m in p.finditer(s.text)] for p in pair] for c, pair in POLES[lang].items()}
    denial = [m.start() for m in DENIAL[lang].finditer(s.text)]
    # clauses: runs of tokens between punctuation and the words that start another clause
    clauses: list[list] = [[]]
    opener: list[str] = [""]  # the word that opened each clause
    for t in doc:
        if t.text in CLAUSE_MARKS or t.lower_ in CLAUSE_WORDS[lang]:
            clauses.append([])
            opener.append(t.lower_)
        elif not t.is_space and not t.is_punct:
            clauses[-1].append(t)
    opener = [o for o, c in zip(opener, clauses, strict=False) if c]
    clauses = [c for c in clauses if c]
    parsed = has_parser(get_nlp(lang))
    negated = [any(t.lower_ in NEGATORS[lang] for t in c) for c in clauses]
    # "not only", "no more than", "not all": no plain negation; a figure is left to the rules for numbers
    loose = any(t.lower_ in NEGATORS[lang] and (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in NOT_NEGATING[lang]) for t in doc) or any(
        t.like_num for c, n in zip(clauses, negated, strict=False) if n for t in c
    )
    out: list[Claim] = []
    for clause, neg, opened in zip(clauses, negated, opener, strict=False):
        lo, hi = clause[0].idx, clause[-1].idx + len(clause[-1])
        spans = [(c, k, a, b) for c, both in poles.items() for k, found in enumerate(both) for a, b in found if lo <= a < hi]
        named = [e for e in people if e.start - s.start < hi and lo < e.end - s.start]
        topic: dict[str, int] = {}  # content word -> its offset, less the antonyms' words
        full: set[str] = set()  # and with them (a negation of "denied taking" is not "did not take")
        for t in clause:
            if t.lower_ in NEGATORS[lang] or t.pos_ in _FUNCTION or t.lower_ in stop or {t.lower_, t.lemma_.lower()} & REPORTING[lang]:
                continue
            if not any(ch.isalnum() for ch in t.text):
                continue
            person = next((e for e in named if e.start - s.start <= t.idx < e.end - s.start), None)
            if person:  # "Jan Kowal" and "Kowal" are one person
                word = fold((person.canonical or person.text).split()[-1])
            elif named and t.lower_ in TITLE_WORDS:  # "Minister Kowal" and "Kowal" too
                continue
            else:
                word = fold(t.lemma_ or t.text)
            full.add(word)
            if not any(a <= t.idx < b for _, _, a, b in spans):
                topic.setdefault(word, t.idx)
        about = frozenset(topic)
        text = s.text[lo:hi]
        own = plain and not any(a < hi and lo < b for a, b in quoted) and _subject_known(lang, clause, opened, parsed)
        for concept, both in poles.items():
            mine = {k for c, k, _, _ in spans if c == concept}
            if len(mine) != 1 or not about:
                continue
            pole = mine.pop()
            said_both = all(both)  # "one suspect was released, two remain in custody" says neither
            where = next(a for c, _, a, _ in spans if c == concept)
            has_object = len(about) >= 2 if lang in _VERB_FINAL else any(i > where for i in topic.values())
            ok = own and not neg and not said_both and (concept not in NEEDS_OBJECT or has_object)
            # the noun moved names what moves, so "Its shares rose" tells of something known as "Morvane's shares fell" does
            nouns = [t for t in clause if t.idx < where and t.pos_ == "NOUN"] if asserted and not neg and not said_both and not any(
                a < hi and lo < b for a, b in quoted) else []
            figures = tuple(t.text.replace(",", ".") for t in clause if t.idx > where and t.like_num)
            out.append(Claim(concept, pole, about, si, text, ok, fold(nouns[-1].lemma_ or nouns[-1].text) if nouns else "", figures))
        if len(full) >= 2:
            if neg:  # denied here alone, and not under a denial ("denied reports that no ransom was paid")
                ok = own and sum(negated) == 1 and not denial and not loose
            else:  # said with no negation in the sentence, and not under a denial ("denied that a ransom was paid")
                ok = own and not any(negated) and not any(d < lo for d in denial)
            out.append(Claim(_NEGATED, int(neg), frozenset(full), si, text, ok))
    return out


def _against(art_a: Article, x: Claim, art_b: Article, y: Claim) -> bool:
    """Whether two plain claims say one thing in opposite ways."""
    if not (x.ok and y.ok and x.concept == y.concept and x.topic == y.topic and x.pole != y.pole):
        return False
    # a denial told by both ("officials denied ..." / "the ministry denied ...") is one side's word against nobody's
    lang = _lang(art_a)
    sa, sb = art_a.sentences[x.sentence].text, art_b.sentences[y.sentence].text
    return not (DENIAL[lang].search(sa) and DENIAL[lang].search(sb))


def _comparable(art_a: Article, art_b: Article) -> bool:
    return _lang(art_a) == _lang(art_b) and _lang(art_a) in LANGUAGES and _near_in_time(art_a, art_b)


def _moved_apart(x: Claim, y: Claim) -> bool:
    """Two aligned sentences that move one noun by the same figures, one up and one down ("Its shares rose 4% in Paris
    after the announcement" / "The company's shares fell 4% in Paris"): the words around may differ, as aligned
    sentences' do, where the thing moved and by how much do not."""
    return x.concept == y.concept == "rise" and x.pole != y.pole and bool(x.mover) and x.mover == y.mover and bool(x.figures) and x.figures == y.figures


def opposed(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[str, str]]:
    """(clause in a, clause in b) for each thing one sentence says and the other says the opposite of (the two
    sentences are aligned: a movement may be told with other words around it, :func:`_moved_apart`)."""
    if not _comparable(art_a, art_b):
        return []
    mine, theirs = claims(art_a, art_a.sentences.index(sa)), claims(art_b, art_b.sentences.index(sb))
    found: list[tuple[str, str]] = []
    for x in mine:
        for y in theirs:
            once = (
                sum(o.concept == x.concept and o.topic == x.topic for o in mine) == 1
                and sum(o.concept == y.concept and o.topic == y.topic for o in theirs) == 1
            )
            moved = _moved_apart(x, y) and sum(o.concept == "rise" for o in mine) == sum(o.concept == "rise" for o in theirs) == 1
            if (once and _against(art_a, x, art_b, y) or moved) and (x.text, y.text) not in found:
                found.append((x.text, y.text))
    return found


def negation_links(articles: list[Article]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Pairs of (article, sentence) where each article's only clause about one thing says it the other way."""
    found: list[dict[tuple[str, frozenset], list[Claim]]] = []
    _READ.clear()  # (the claims read for the comparison before are let go)
    # only an article with another in its language and day may link: the others are not parsed at all
    paired = {i for i, a in enumerate(articles) for j, b in enumerate(articles) if i != j and _comparable(a, b)}
    by_lang: dict[str, list[str]] = {}
    for i in sorted(paired):
        by_lang.setdefault(_lang(articles[i]), []).extend(s.text for s in articles[i].sentences)
    parse_many(by_lang)  # (one batch per language: the sentences are parsed again for their clauses)
    for i, art in enumerate(articles):
        by_key: dict[tuple[str, frozenset], list[Claim]] = {}
        if i in paired:
            for si in range(len(art.sentences)):
                for c in claims(art, si):
                    by_key.setdefault((c.concept, c.topic), []).append(c)
        found.append(by_key)
    links = []
    for i, mine in enumerate(found):
        for j in range(i + 1, len(found)):
            if not _comparable(articles[i], articles[j]):
                continue
            for key, here in mine.items():
                there = found[j].get(key, [])
                if len(here) == 1 and len(there) == 1 and _against(articles[i], here[0], articles[j], there[0]):
                    links.append(((i, here[0].sentence), (j, there[0].sentence)))
    return links
