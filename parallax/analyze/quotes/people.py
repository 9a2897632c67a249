"""Who a subject is: people, organisations and pronouns in one article.

:class:`_Attributor` holds the article-level state that attribution needs:
the people named outside quotations (with their fullest names and the
genders the article shows), the subjects that name no person (what an
"it said" or "they wrote" stands for) and the chains of subject pronouns.
It reads the article once, then answers for any subject span who it names
(:meth:`_Attributor.named`).  The lookups it is built from live next door:

- :mod:`.subject_names`: who one subject span names (:meth:`_Attributor.named`), from the lookups below;
- :mod:`.person_names`: which entity a span names, and the fullest form of a name;
- :mod:`.antecedents`: who "she", "it", "they" or a left-out subject stands for;
- :mod:`.roles`: who "the governor", "o advogado" or "the statement" stands for;
- :mod:`.name_after_role`: the name after the role words before it ("mayor Jan de Vries").
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort

from parallax.analyze import Paragraph
from parallax.analyze.given_name_press import may_be_given_name
from parallax.analyze.names import FIRST_NAMES as _FIRST_NAMES
from parallax.analyze.names import given_name_gender
from parallax.analyze.quotes.antecedents import (
    _COLLECTIVE,
    _GENDERED,
    PRONOUNS,
    _Antecedents,
    _Description,
    _Mention,
    pronouns,
)
from parallax.analyze.quotes.cue_subjects import _subject_end
from parallax.analyze.quotes.firm_names import names_a_firm
from parallax.analyze.quotes.holder_index import TitleHolders, full_names_by_given
from parallax.analyze.quotes.inflection import declines, nominative
from parallax.analyze.quotes.person_names import (
    _clean_person,
    _entity_at,
    _speaker_names,
    honorific_at,
    people_by_offset,
)
from parallax.analyze.quotes.roles import _RoleHolders, _roles_around
from parallax.analyze.quotes.subject_names import NOBODY, _SubjectNames
from parallax.analyze.quotes.within_reach import Orders, mentions_near
from parallax.analyze.span_index import SpanIndex, index_of
from parallax.analyze.storm_names import names_a_storm
from parallax.analyze.titles import HONORIFICS, ROLE_GENDER
from parallax.records import Article, Entity, Quote

# what the other modules of the package import from here
__all__ = ["NOBODY", "PRONOUNS", "_COLLECTIVE", "_Attributor", "_entity_at", "_is_headline", "has_parser_doc", "honorific_at"]

SURNAME_FIRST = {"hu"}  # languages with Latin names written family name first (the East Asian ones are uncased.py's)

_MAYBE_PEOPLE = ("ORG", "MISC", "PRODUCT", "WORK_OF_ART", "EVENT", "FAC")  # labels a small model gives some people
_ACRONYM = re.compile(r"[A-Z]{3,}")  # "CNN", "BBC": no given name is written so ("JD", "AJ" are initials)

_INTRODUCED = re.compile(r",\s(?:the\s|a\s|an\s)?(?:[a-z][\w-]*\s){1,3}(?:of|for|at|with|to)\s")  # ", president of", ", a spokeswoman for"


class _Attributor(_SubjectNames, _Antecedents, _RoleHolders):
    """Speaker attribution state for one article.

    A pronoun subject ("she said") goes to the most salient person before it
    (:class:`.antecedents._Antecedents`), a description to the person the
    article gave it (:class:`.roles._RoleHolders`)."""

    def __init__(self, article: Article, paragraphs: list[Paragraph] | None = None, quote_spans: list[tuple[int, int]] | None = None):
        self.article = article
        self.last_person: Quote | None = None
        self.quote_spans: list[tuple[int, int]] = sorted(quote_spans or [])  # article offsets of quotations
        self.mentions: list[_Mention] = []
        self.longest_mention = 0  # characters of the longest mention: the pronouns' lookups bisect by it (:mod:`.within_reach`)
        self.orders: Orders = {}  # the order of the descriptions and groups, for those lookups
        self.gender: dict[str, str] = {}
        self.names: dict[str, str] = {}  # surname -> the fullest name with it
        self.full_by_given: dict[str, set[str]] = {}  # given name -> the full names it opens (:mod:`.holder_index`)
        self.roles: dict[str, dict[str, set[str]]] = {}  # "governor" -> {"Rick Perry": {"texas", "gov."}}
        self.title_holders: dict[str, TitleHolders] = {}  # the same by fullest name, read from ``roles`` once asked for
        self.groups: list[tuple[int, str, bool | None]] = []  # (offset, text, plural or None for either) of subjects that are no person
        self.descriptions: list[_Description] = []  # subjects that are a person the article does not name
        self.unparsed: list[tuple[int, int]] = []  # article spans of paragraphs without a dependency parse
        self.modifiers: set[int] = set()  # article offsets of names that modify a common noun ("Café owners", "Kelton's mayor")
        if paragraphs:
            self._read(paragraphs)

    def _read(self, paragraphs: list[Paragraph]) -> None:
        """Person mentions outside quotations with their role, and the genders the article shows:
        an honorific ("Mrs. Clinton"), or a sentence naming one person and using pronouns of
        one gender ("Warren said she ...")."""
        art = self.article
        own = pronouns(art.language)
        # (a firm the model tagged a person, "Okafor Holdings", is none: :mod:`.firm_names`)
        people = [e for e in art.entities if e.label in ("PERSON", "PER") and not self._in_quote(e.start) and not names_a_firm(e.text)]
        person_at = people_by_offset(people)
        people_index = SpanIndex(people)  # (the subjects ask which person starts in them: a scan of all was quadratic)
        skip: list[tuple[int, int]] = []
        subj_at: set[int] = set()
        embedded: set[int] = set()
        loose: list = []  # proper nouns outside person entities
        offsets = {id(p.doc): p.offset for p in paragraphs}
        chain: list[tuple[int, str, int]] = []  # subject pronouns outside quotations, in order
        since: list[int] = []  # for each, where the sentence before it starts
        votes: dict[str, dict[str, int]] = {}

        def vote(name: str, g: str, n: int = 1) -> None:
            votes.setdefault(name, {}).setdefault(g, 0)
            votes[name][g] += n

        for para in paragraphs:
            doc = para.doc
            if para.index == 0 and _is_headline(para.text):
                skip.append((para.offset, para.offset + len(para.text)))  # "Obama Says ..." is no person
                continue
            if not has_parser_doc(doc):
                self.unparsed.append((para.offset, para.offset + len(para.text)))
                continue
            for tok in doc:
                if tok.pos_ == "PROPN" and tok.text[:1].isupper() and para.offset + tok.idx not in person_at:
                    loose.append(tok)  # a surname the entity model missed ("But Akin rebuffed calls")
                if tok.dep_ in ("poss", "compound", "nmod:poss") and tok.head.pos_ == "NOUN" and tok.head.i > tok.i:
                    self.modifiers.add(para.offset + tok.idx)
                if tok.dep_ in ("nsubj", "nsubjpass", "nsubj:pass"):
                    subj_at.add(para.offset + tok.idx)
                    for appos in (c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and not tok.pos_ == "PROPN"):
                        # "The energy minister, Ruth Calloway, visited": the name, not the rest of the apposition
                        subj_at.update(para.offset + t.idx for t in (appos, *(c for c in appos.children if c.dep_ in ("compound", "flat"))))
                    if tok.head.dep_ in ("ccomp", "relcl", "acl", "xcomp") and tok.head.i > tok.head.head.i:
                        # "argued that Trump was ...": less of a topic; not a clause before the verb it hangs on,
                        # the parse of a sentence opening "Ms. LaBelle got a roar when ... she added"
                        embedded.add(para.offset + tok.idx)
                    self._group(tok, para.offset, people_index, para.offset + _subject_end(tok))
                    if tok.lower_ in own and tok.lower_ in _GENDERED and not self._in_quote(para.offset + tok.idx):
                        chain.append((para.offset + tok.idx, tok.lower_, len(tok.text)))
                        before = doc[tok.sent.start - 1].sent.start_char if tok.sent.start > 0 else tok.sent.start_char
                        since.append(para.offset + before)
            for tok in doc:
                ent = person_at.get(para.offset + tok.idx)
                if ent is None:
                    continue
                name = _clean_person(ent.canonical or ent.text)
                # "Spokeswoman Jessica Ditto", "Ditto, a spokeswoman for the campaign"
                for other in (tok.head, *tok.children):
                    g = ROLE_GENDER.get(other.lower_)
                    if g and (other.i == tok.head.i and tok.dep_ in ("compound", "appos") or other.dep_ in ("appos", "compound")):
                        vote(name, g, 2)
                # "Clinton says she appreciated ...": a pronoun subject below the verb this person is the subject of
                if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i != tok.i:
                    verb = tok.head
                    for comp in verb.children:
                        if comp.dep_ != "ccomp" or comp.i < tok.i:
                            continue
                        subs = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
                        if subs and subs[0].lower_ in _GENDERED and not any(t.pos_ == "PROPN" for t in doc[tok.i + 1 : subs[0].i]):
                            vote(name, _GENDERED[subs[0].lower_], 2)
        self.names = _speaker_names(
            [e for e in people if not any(a <= e.start < b for a, b in skip)],
            self._surname_first,
            (lambda n: nominative(art.language, n, art.text)) if declines(art.language) else None,
        )
        for surname, name in _speaker_names(self._mislabelled_names(skip), self._surname_first).items():
            self.names.setdefault(surname, name)  # a person's name the model labelled otherwise, after the persons
        self.full_by_given = full_names_by_given(self.names)  # (a scan of all names per given name alone was quadratic)
        for e in people:
            if any(a <= e.start < b for a, b in skip):
                continue
            name = self.name_of(e)
            if hon := honorific_at(art.text, e.start):
                vote(name, HONORIFICS[hon.lower()], 3)
            # a subject, or a person introduced with their role ("... concerns Henry Crespo,
            # president of the caucus."): both are who the next "he said" is about
            subject = any(p in subj_at for p in range(e.start, e.end)) or bool(_INTRODUCED.match(art.text, e.end))
            self.mentions.append(_Mention(name, e.start, e.end, subject, embedded=any(p in embedded for p in range(e.start, e.end))))
            for role, words in _roles_around(art.text, e.start, e.end).items():
                self.roles.setdefault(role, {}).setdefault(name, set()).update(words)
        for tok in loose:
            full = self.names.get(tok.text)
            start = offsets[id(tok.doc)] + tok.idx
            if full and not self._in_quote(start) and not any(a <= start < b for a, b in skip):
                self.mentions.append(_Mention(full, start, start + len(tok.text), tok.dep_ in ("nsubj", "nsubjpass")))
        self.mentions.sort(key=lambda x: x.start)
        self.longest_mention = max((m.end - m.start for m in self.mentions), default=0)
        for (pos, pronoun, _), begin in zip(chain, since, strict=True):
            # "Sadia Kern, 34, said her sister ... “...,” she said.": the one person this sentence and
            # the one before make a subject is the pronoun's, which shows the article's gender for her
            # (of the mentions and names that start between the two: a scan of all of them per pronoun was quadratic)
            named = {m.name for m in mentions_near(self.mentions, 0, begin, pos) if begin <= m.start and m.end <= pos and m.subject}
            # (a name the model gave another label may be the pronoun's too: then no one's gender shows)
            others = [e for e in index_of(art.entities).inside(begin, pos) if e.label in _MAYBE_PEOPLE]
            if len(named) == 1 and not others:
                vote(named.pop(), _GENDERED[pronoun], 1)
        for name in {m.name for m in self.mentions}:
            first = name.split()[0].lower() if len(name.split()) > 1 else ""
            if g := given_name_gender(first, art.language):
                vote(name, g, 2)
        merged: dict[str, dict[str, int]] = {}
        for name, v in votes.items():
            key = self.full(name)
            for g, n in v.items():
                merged.setdefault(key, {}).setdefault(g, 0)
                merged[key][g] += n
        for name, v in merged.items():
            m, f = v.get("m", 0), v.get("f", 0)
            if m != f:
                self.gender[name] = "m" if m > f else "f"
        self.mentions.sort(key=lambda x: x.start)
        # A subject pronoun continues its person's chain ("Lynch ... She recently called ...
        # She said ..."): resolved in order, each counts as a mention, so a person stays
        # salient through paragraphs that only say "she".
        for pos, pronoun, n in chain:
            name = None if self.description_antecedent(pos, pronoun) else self.antecedent(pos, pronoun)
            if name:  # (a pronoun that takes up a description continues no person's chain)
                self._mention(_Mention(name, pos, pos + n, True, gender=_GENDERED[pronoun]))

    def _mislabelled_names(self, skip: list[tuple[int, int]]) -> list[Entity]:
        """Two-word names outside quotations and headlines that the entity model labelled as no person
        ("Maren Holt's Civic Alliance" tagged an organisation): the fullest form of a surname that speaks
        alone later ("Holt said") when no person's name ends with it.  Two capitalised words of letters,
        as a given name and a surname are ("Civic Alliance" is one too, but no speaker is called "Alliance").
        Only where an entity model labelled them (:data:`parallax.analyze.nlp.MODELS`): elsewhere the labels
        are the rules' own, and a capitalised run may open with any word ("Volgens Rijkswaterstaat").  No given
        name is an acronym: "In an interview with CNN Sanders said" joins the outlet told to the name, which is
        "Sanders" alone."""
        from parallax.analyze.nlp import MODELS

        if (self.article.language or "en")[:2] not in MODELS:
            return []
        return [
            e
            for e in self.article.entities
            if e.label in _MAYBE_PEOPLE and not self._in_quote(e.start) and not any(a <= e.start < b for a, b in skip)
            and len(words := _clean_person(e.text).split()) == 2 and all(w[:1].isupper() and w.isalpha() for w in words)
            and not _ACRONYM.fullmatch(words[0]) and not names_a_firm(e.text) and not names_a_storm(e.text)
        ]

    def name_of(self, e: Entity) -> str:
        """A person's name for this article: the fullest form named outside quotations and headlines."""
        hon = honorific_at(self.article.text, e.start)
        return self.full(f"{hon} {e.text}" if hon else e.text)

    def full(self, name: str) -> str:
        """"Stoltenberg" -> "Jens Stoltenberg" when the article names him so ("Bill Clinton" stays),
        but "Mr. Obama" is not "Michelle Obama": an honorific and a given name of the other gender."""
        first = name.split()[0].lower() if name.split() else ""
        said = HONORIFICS.get(first) if len(name.split()) > 1 else None
        name = _clean_person(name)
        words = name.split()
        if self._surname_first:  # Hungarian "Kovács" is "Kovács Péter"
            fuller = self.names.get(words[0]) if words else None
            return fuller if fuller and fuller.split()[: len(words)] == words else name
        fuller = self.names.get(words[-1]) if words else None
        if fuller is None and len(words) == 1 and may_be_given_name(words[0], self.article.language):
            # a given name alone ("disse Marta", as the Brazilian press calls a politician; "kata Andi" in Indonesian,
            # :mod:`parallax.analyze.given_name_press`): the one person named so
            given = self.full_by_given.get(words[0], set())
            return next(iter(given)) if len(given) == 1 else name
        if fuller and said and _FIRST_NAMES.get(fuller.split()[0].lower(), said) != said:
            return name
        # (particles compare in any case: "De Vries-Bakker" opening a sentence is "Annemiek de Vries-Bakker")
        return fuller if fuller and [w.lower() for w in fuller.split()[-len(words) :]] == [w.lower() for w in words] else name

    @property
    def _surname_first(self) -> bool:
        """Whether the article's language writes the family name first (Hungarian "Kovács Péter")."""
        return (self.article.language or "")[:2] in SURNAME_FIRST

    def _in_quote(self, pos: int) -> bool:
        i = bisect_right(self.quote_spans, (pos, 1 << 62))
        return i > 0 and self.quote_spans[i - 1][0] <= pos < self.quote_spans[i - 1][1]

    def spoke(self, name: str, start: int, end: int) -> None:
        """Record ``name`` as a speaker at ``start:end`` (it becomes salient for pronouns)."""
        if name and name[:1].isupper():
            said_as = _GENDERED.get(self.article.text[start:end].lower())  # '"...," she said': a "she" from now on
            # (in its place among the mentions, which are in order: a sort of all of them per speaker was quadratic)
            self._mention(_Mention(name, start, end, True, True, gender=said_as))

    def _mention(self, m: _Mention) -> None:
        """Put ``m`` in its place among the mentions, which are in order of their start."""
        insort(self.mentions, m, key=lambda x: x.start)
        self.longest_mention = max(self.longest_mention, m.end - m.start)


def _is_headline(text: str) -> bool:
    """A short title-case line ("Mayor Says Archive Will Show a 'Tale of Hardship and Joy.'")."""
    words = re.findall(r"[A-Za-z][\w’'-]*", text)
    if not 3 <= len(words) <= 25:
        return False
    return sum(1 for w in words if w[0].isupper()) / len(words) >= 0.6


def has_parser_doc(doc) -> bool:
    return doc.has_annotation("DEP")
