"""Who a subject is: people, organisations and pronouns in one article.

:class:`_Attributor` holds the article-level state that attribution needs:
the people named outside quotations (with their fullest names and the
genders the article shows), the subjects that name no person (what an
"it said" or "they wrote" stands for) and the chains of subject pronouns.
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from dataclasses import dataclass

from parallax.analyze import Paragraph
from parallax.analyze.names import FIRST_NAMES as _FIRST_NAMES
from parallax.analyze.names import NAME_PARTICLES
from parallax.analyze.quotes.roles import _DEFINITE_ROLE, _DOCUMENTS, _roles_around
from parallax.analyze.titles import DEFINITE, HONORIFICS, ROLE_GENDER, ROLES, TITLE_WORDS, TITLES
from parallax.letters import LOWER, UPPER
from parallax.records import Article, Entity, Quote

PRONOUNS = {"he", "she", "him", "her", "er", "sie", "il", "elle", "él", "ella", "ele", "ela", "lui", "lei", "hij", "zij", "ze",
            "он", "она", "він", "вона", "on", "ona", "acesta", "aceasta", "ea"}  # (Romanian "a mai spus acesta")


PLURAL_PRONOUNS = {"they", "we", "i", "ils", "elles", "nous", "wir", "ellos", "nosotros"}


_PROPER = re.compile(rf"\b[{UPPER}][{LOWER}’'-]+(?:\s[{UPPER}][{LOWER}’'-]+){{1,3}}\b")


def _entity_at(article: Article, start: int, end: int, labels=("PERSON", "PER")) -> Entity | None:
    best = None
    for e in article.entities:
        if e.label in labels and e.start >= start and e.end <= end:
            best = e  # the last one: "Foreign Ministry spokesperson Zhao Lijian"
    return best


def _last_person_before(article: Article, pos: int) -> Entity | None:
    """The last person named before ``pos``: a PERSON entity, or else a run of
    two or three capitalised words that is no other entity (small models miss names)."""
    best = None
    for e in article.entities:
        if e.label in ("PERSON", "PER") and e.end <= pos:
            best = e
    others = {(e.canonical or e.text) for e in article.entities if e.label not in ("PERSON", "PER", "MISC")}  # MISC: no NER model
    for m in _PROPER.finditer(article.text, 0, pos):
        name = m.group()
        while (t := TITLES.match(name)) and len(name.split()) > 1:
            name = name[t.end() :]
        if len(name.split()) >= 2 and name not in others and (best is None or m.start() > best.start):
            best = Entity(name, "PERSON", m.end() - len(name), m.end(), name)
    return best


_RELATIVE = {"who", "that", "which", "whom"}
_SENTENCE_END = re.compile(r"[.!?…][\"”»’]?\s")
_LONGER_NAME = re.compile(rf"\s(?:[{LOWER}]{{1,4}}\s){{1,2}}[{UPPER}]")  # "... Su ve Kanalizasyon", "... Bank of America"
# a person's name among the runs of capitals an entity stage without a model keeps: two or three
# capitalised words of letters ("Ευτυχία Ζαχαρίου"; not "ΕΛΑΣ", "COVID-19")
_PERSON_LIKE = re.compile(rf"[{UPPER}][{LOWER}]+(?:[’'-][{UPPER}]?[{LOWER}]+)?(?:\s[{UPPER}][{LOWER}]+(?:[’'-][{UPPER}]?[{LOWER}]+)?){{1,2}}")
# a definite description in any language: "the lawyer", "o advogado", "la ministra", "l'élu", "(der) Sprecher"
_DESCRIPTION = re.compile(rf"(?:{DEFINITE}\s?)?(?P<noun>[^\W\d_]{{3,}})", re.I)
# between a description and the name it introduces: nothing ("il sindaco Marco Bianchi") or a short
# complement and a comma ("o advogado dos proprietários, Ricardo Amaral Neto")
_APPOSITION = re.compile(r"\s|(?:\s[\w'’-]+){0,4},\s")
_WORD_STOP = re.compile(r"(?<!\w)\w{4,}[.!?]\s+")  # "Horizonte. " ends a sentence; "Mr. ", "J. ", "Gov. " do not


_DATELINE = re.compile(rf"^[{UPPER}][{UPPER} .,'’-]{{1,40}}\s(?:--|—|–|-)\s?")


def honorific_at(text: str, start: int, end: int | None = None) -> str | None:
    """The honorific ("Mr.", "Mrs.") right before ``start``, or opening ``start:end``:
    it tells a person's gender and keeps "Mr. Obama" from becoming "Michelle Obama"."""
    words = text[max(0, start - 6) : start].split()[-1:] + text[start : start if end is None else end].split()[:1]
    return next((w for w in words if w.lower() in HONORIFICS), None)


# (German "sie" is also "they": after a verb in the singular, "sagt sie", it is a woman)
_GENDERED = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f",
             "er": "m", "il": "m", "elle": "f", "él": "m", "ella": "f", "ele": "m", "ela": "f", "lui": "m", "lei": "f",
             "hij": "m", "zij": "f", "ze": "f", "sie": "f", "он": "m", "она": "f", "він": "m", "вона": "f", "on": "m", "ona": "f",
             "acesta": "m", "aceasta": "f", "ea": "f"}  # fmt: skip


@dataclass
class _Mention:
    """A person named outside quotation marks, for pronoun resolution."""

    name: str
    start: int
    end: int
    subject: bool = False  # the subject of its clause ("Clinton says ...")
    speaker: bool = False  # named as the speaker of a quotation
    embedded: bool = False  # the subject of an embedded clause ("argued that Trump was ..."): less of a topic


class _Attributor:
    """Speaker attribution state for one article.

    A pronoun subject ("she said") goes to the most salient person before it:
    the nearest person named outside quotation marks, where the subject of a
    clause and the speaker of a quotation count as nearer than a mention in
    object position, and a person whose gender the article shows otherwise
    (honorifics, "Clinton said she ...") is skipped."""

    def __init__(self, article: Article, paragraphs: list[Paragraph] | None = None, quote_spans: list[tuple[int, int]] | None = None):
        self.article = article
        self.last_person: Quote | None = None
        self.quote_spans: list[tuple[int, int]] = sorted(quote_spans or [])  # article offsets of quotations
        self.mentions: list[_Mention] = []
        self.gender: dict[str, str] = {}
        self.names: dict[str, str] = {}  # surname -> the fullest name with it
        self.roles: dict[str, dict[str, set[str]]] = {}  # "governor" -> {"Rick Perry": {"texas", "gov."}}
        self.groups: list[tuple[int, str, bool | None]] = []  # (offset, text, plural or None for either) of subjects that are no person
        self.unparsed: list[tuple[int, int]] = []  # article spans of paragraphs without a dependency parse
        if paragraphs:
            self._read(paragraphs)

    def _read(self, paragraphs: list[Paragraph]) -> None:
        """Person mentions outside quotations with their role, and the genders the article shows:
        an honorific ("Mrs. Clinton"), or a sentence naming one person and using pronouns of
        one gender ("Warren said she ...")."""
        art = self.article
        people = [e for e in art.entities if e.label in ("PERSON", "PER") and not self._in_quote(e.start)]
        skip: list[tuple[int, int]] = []
        subj_at: set[int] = set()
        embedded: set[int] = set()
        loose: list = []  # proper nouns outside person entities
        offsets = {id(p.doc): p.offset for p in paragraphs}
        chain: list[tuple[int, str, int]] = []  # subject pronouns outside quotations, in order
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
                if tok.pos_ == "PROPN" and tok.text[:1].isupper() and not _person_at(people, para.offset + tok.idx):
                    loose.append(tok)  # a surname the entity model missed ("But Akin rebuffed calls")
                if tok.dep_ in ("nsubj", "nsubjpass", "nsubj:pass"):
                    subj_at.add(para.offset + tok.idx)
                    for appos in (c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and not tok.pos_ == "PROPN"):
                        # "The energy minister, Ruth Calloway, visited": the name, not the rest of the apposition
                        subj_at.update(para.offset + t.idx for t in (appos, *(c for c in appos.children if c.dep_ in ("compound", "flat"))))
                    if tok.head.dep_ in ("ccomp", "relcl", "acl", "xcomp"):
                        embedded.add(para.offset + tok.idx)  # "argued that Trump was ...": less of a topic
                    self._group(tok, para.offset, people)
                    if tok.lower_ in PRONOUNS and tok.lower_ in _GENDERED and not self._in_quote(para.offset + tok.idx):
                        chain.append((para.offset + tok.idx, tok.lower_, len(tok.text)))
            for tok in doc:
                ent = _person_at(people, para.offset + tok.idx)
                if ent is None:
                    continue
                name = _clean_person(ent.canonical or ent.text)
                # "Spokeswoman Jessica Ditto", "Ditto, a spokeswoman for the campaign"
                for other in (tok.head, *tok.children):
                    g = ROLE_GENDER.get(other.lower_)
                    if g and (other is tok.head and tok.dep_ in ("compound", "appos") or other.dep_ in ("appos", "compound")):
                        vote(name, g, 2)
                # "Clinton says she appreciated ...": a pronoun subject below the verb this person is the subject of
                if tok.dep_ in ("nsubj", "nsubjpass") and tok.head is not tok:
                    verb = tok.head
                    for comp in verb.children:
                        if comp.dep_ != "ccomp" or comp.i < tok.i:
                            continue
                        subs = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
                        if subs and subs[0].lower_ in _GENDERED and not any(t.pos_ == "PROPN" for t in doc[tok.i + 1 : subs[0].i]):
                            vote(name, _GENDERED[subs[0].lower_], 2)
        self.names = _speaker_names([e for e in people if not any(a <= e.start < b for a, b in skip)])
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
        for name in {m.name for m in self.mentions}:
            first = name.split()[0].lower() if len(name.split()) > 1 else ""
            if first in _FIRST_NAMES:
                vote(name, _FIRST_NAMES[first], 2)
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
            name = self.antecedent(pos, pronoun)
            if name:
                insort(self.mentions, _Mention(name, pos, pos + n, True), key=lambda x: x.start)

    def _group(self, tok, offset: int, people: list[Entity]) -> None:
        """Record a subject that names no person ("Donald Trump's campaign", "Critics
        of the program"): what a later "it" or "they" that speaks refers to."""
        if tok.pos_ not in ("NOUN", "PROPN") or self._in_quote(offset + tok.idx) or tok.text.isupper() and len(tok.text) > 3:
            return  # (an upper-case subject is mostly a dateline the parser took in: "WASHINGTON -- ...")
        start, end = offset + tok.left_edge.idx, offset + tok.idx + len(tok.text)
        if any(start <= e.start < end and e.end >= offset + tok.idx for e in people):
            return  # the head is a person: pronoun resolution handles it
        plural: bool | None = tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in tok.children)
        if tok.lower_ in _COLLECTIVE and not plural:
            plural = None  # "the council ... it said", "the campaign ... what they call"
        text = self.article.text[start:end].strip()
        if text:
            self.groups.append((start, text, plural))

    def group_antecedent(self, pos: int, plural: bool) -> str | None:
        """The nearest earlier non-person subject of the right number, within
        :data:`_GROUP_REACH` characters: an organisation's "it", a group's "they"."""
        best = None
        for start, text, pl in self.groups:
            if start >= pos:
                break
            if pl in (plural, None) and pos - start <= _GROUP_REACH:
                best = text
        return best

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
        fuller = self.names.get(words[-1]) if words else None
        if fuller and said and _FIRST_NAMES.get(fuller.split()[0].lower(), said) != said:
            return name
        # (particles compare in any case: "De Vries-Bakker" opening a sentence is "Annemiek de Vries-Bakker")
        return fuller if fuller and [w.lower() for w in fuller.split()[-len(words) :]] == [w.lower() for w in words] else name

    def _in_quote(self, pos: int) -> bool:
        i = bisect_right(self.quote_spans, (pos, 1 << 62))
        return i > 0 and self.quote_spans[i - 1][0] <= pos < self.quote_spans[i - 1][1]

    def antecedent(self, pos: int, pronoun: str) -> str | None:
        """The person a pronoun at ``pos`` refers to (see the class docstring)."""
        want = _GENDERED.get(pronoun)
        best: tuple[float, str] | None = None
        for m in self.mentions:
            if m.end > pos:
                break
            dist = pos - m.end
            if dist > _PRONOUN_REACH or self._in_quote(m.start):
                continue
            g = self.gender.get(m.name)
            if want and g and g != want:
                continue
            score = dist * (W_SPEAKER if m.speaker else W_EMBEDDED if m.embedded else W_SUBJECT if m.subject else W_OTHER)
            if best is None or score <= best[0]:
                best = (score, m.name)
        return best[1] if best else None

    def topic_before(self, pos: int, pronoun: str = "") -> str | None:
        """Whom a paragraph without a parse is about, for a subject left out or a pronoun at ``pos``
        ('Elena Sarti ha preso le distanze. «...», ha spiegato.'): the first person named in the
        last sentence before ``pos`` that names one, of the pronoun's gender.  Without a parse every
        mention weighs as an object in :meth:`antecedent`, so a speaker of an earlier paragraph would
        otherwise win over the person this paragraph just introduced."""
        para = next(((a, b) for a, b in self.unparsed if a <= pos <= b), None)
        if para is None:
            return None
        want = _GENDERED.get(pronoun)
        named = [m for m in self.mentions if para[0] <= m.start and m.end <= pos and not self._in_quote(m.start)
                 and not (want and self.gender.get(m.name, want) != want)]  # fmt: skip
        if not named:
            return None
        text = self.article.text
        ends = list(_SENTENCE_END.finditer(text, para[0], named[-1].start))
        since = ends[-1].end() if ends else para[0]
        return next(m.name for m in named if m.start >= since)

    def subject_before(self, pos: int) -> str | None:
        """The person a paragraph has just made its subject, for a cue with no subject after a
        quotation at ``pos`` ('Η 68χρονη Ευτυχία Ζαχαρίου στέκεται μπροστά στα ερείπια. «...», λέει.'):
        the first name in the last sentence of the paragraph before ``pos`` that names anyone, where
        the sentence (or its clause after a comma) opens with that name, or with at most three
        lower-case words before it (an article, an age, a role).  A name further on is an object
        ("Ο δήμαρχος συνάντησε τη Μαρία Λάμπρου"), and the quotation before keeps its speaker.
        Reads the runs of capitals an entity stage without a model labels MISC too."""
        text = self.article.text
        para = text.rfind("\n", 0, pos) + 1
        named = [
            e for e in self.article.entities
            if para <= e.start and e.end <= pos and not self._in_quote(e.start)
            and (e.label in ("PERSON", "PER") or e.label == "MISC" and _PERSON_LIKE.fullmatch(e.text))
        ]  # fmt: skip
        if not named:
            return None
        ends = list(_SENTENCE_END.finditer(text, para, named[-1].start))
        since = ends[-1].end() if ends else para
        first = next(e for e in named if e.start >= since)
        if _LONGER_NAME.match(text, first.end):
            return None  # "Kızılırmak Belediyesi Su | ve Kanalizasyon İdaresi": part of a longer name
        lead = text[since : first.start]
        lead = lead[max(lead.rfind(","), lead.rfind(";")) + 1 :].split()
        if len(lead) > 3 or any(w[:1].isupper() for w in lead[1:]) or any(q[0] < first.start and q[1] > since for q in self._quotes_in(since, pos)):
            return None
        return self.full(first.canonical or first.text)

    def _quotes_in(self, start: int, end: int) -> list[tuple[int, int]]:
        return [q for q in self.quote_spans if start <= q[0] < end]

    def role_holder(self, text: str) -> str | None:
        """The one person the article gives the role a definite description names:
        "the governor", "the Texas governor", "the four-term congressman" (English)."""
        m = _DEFINITE_ROLE.match(text.strip())
        if not m:
            return None
        role = ROLES.get(m.group("role").lower())
        holders: dict[str, set[str]] = {}
        for name, words in self.roles.get(role or "", {}).items():
            holders.setdefault(self.full(name), set()).update(words)
        if len(holders) > 1:  # "the Texas governor" when the article also names Indiana's
            said = set(text.lower().split()[1:-1])
            holders = {n: w for n, w in holders.items() if said and said <= w}
        return next(iter(holders)) if len(holders) == 1 else None

    def introduced_as(self, text: str, pos: int) -> str | None:
        """The person an article not in English introduced with a description ("o advogado") that
        now speaks for them ('“...”, afirmou o advogado.'): the last mention of its noun before
        ``pos``, outside quotations, with a person's name in apposition ("O advogado dos proprietários,
        Ricardo Amaral Neto, ...", "il sindaco Marco Bianchi", "Ricardo Amaral Neto, o advogado")."""
        m = _DESCRIPTION.fullmatch(text.strip())
        if not m or (self.article.language or "en")[:2] == "en":
            return None  # English descriptions are role_holder's (its role lexicon is English)
        art = self.article.text
        lo = max(0, pos - _PRONOUN_REACH)
        people = [e for e in self.article.entities if e.label in ("PERSON", "PER") and lo <= e.start < pos and not self._in_quote(e.start)]
        compound = r"\w*" if (self.article.language or "")[:2] in ("de", "nl") else ""  # "Innenminister X" ... "der Minister"
        for hit in reversed(list(re.finditer(rf"(?<!\w){compound}{re.escape(m.group('noun'))}(?!\w)", art[lo:pos], re.I))):
            at, end = lo + hit.start(), lo + hit.end()
            if self._in_quote(at):
                continue
            after = next((e for e in people if end <= e.start <= end + 60 and _APPOSITION.fullmatch(art[end : e.start])), None)
            before = next((e for e in reversed(people) if at - 25 <= e.end <= at and re.fullmatch(r",\s\w*\s?", art[e.end : at])), None)
            if after or before:
                return self.name_of(after or before)
        return None

    def author_of(self, text: str, pos: int) -> str | None:
        """Who a document that speaks was from: "the statement continued" after "Trump said in
        a statement" or "Romney released a statement"; the first person named in the sentence
        that last mentioned that document, within :data:`_GROUP_REACH` characters."""
        m = re.fullmatch(r"(?:the|this|that)\s+(?:[\w-]+\s){0,2}?(?P<doc>[a-z]+)", text.strip(), re.I)
        if not m or m.group("doc").lower() not in _DOCUMENTS:
            return None
        art = self.article.text
        hits = list(re.finditer(rf"\b{m.group('doc')}\b", art[max(0, pos - _GROUP_REACH) : pos], re.I))
        if not hits:
            return None
        last = hits[-1]
        at = max(0, pos - _GROUP_REACH) + last.start()
        begin = max(art.rfind(". ", 0, at), art.rfind("\n", 0, at)) + 1
        stop = min((i for i in (art.find(". ", at), art.find("\n", at)) if i >= 0), default=len(art))
        named = [x for x in self.mentions if begin <= x.start < stop and not self._in_quote(x.start)]
        return named[0].name if named else None

    def salient_in(self, start: int, pos: int) -> tuple[str, int, int, str] | None:
        """The last person named as a subject or speaker between ``start`` and ``pos``."""
        for m in reversed(self.mentions):
            if start <= m.start and m.end <= pos and (m.subject or m.speaker) and not self._in_quote(m.start):
                return m.name, m.start, m.end, "near"
        return None

    def spoke(self, name: str, start: int, end: int) -> None:
        """Record ``name`` as a speaker at ``start:end`` (it becomes salient for pronouns)."""
        if name and name[:1].isupper():
            self.mentions.append(_Mention(name, start, end, True, True))
            self.mentions.sort(key=lambda x: x.start)

    def named(self, start: int, end: int, cue: str, pos: int, first: bool = False) -> tuple[str, int, int, str] | None:
        """Speaker for a subject spanning article offsets ``start:end``.  With ``first`` (a span
        that may run past the name: 'said Hester. Michael Mulgrew, ...') the first person wins."""
        art = self.article
        if first:
            people = [e for e in art.entities if e.label in ("PERSON", "PER") and start <= e.start and e.end <= end]
            if people:
                return self.name_of(people[0]), people[0].start, people[0].end, cue
            end = start + len(re.split(r"\.\s|\s(?:of|in|on|at|who|after|before|during)\s", art.text[start:end])[0])
        for stop in _WORD_STOP.finditer(art.text, start, end):
            if stop.end() < end:
                start = stop.end()  # 'em Belo Horizonte. Ela disse que': a lexical span that ran over a sentence end
        if start == end:  # a cue with no subject ('«...», dijo.'): the person the text is about
            name = self.topic_before(start) or self.subject_before(pos) or self.antecedent(start, "")
            if name is None:
                ent = _last_person_before(art, start)
                name = self.full(ent.canonical or ent.text) if ent else None
            return (name, start, end, cue) if name else None
        text = art.text[start:end]
        if inverted := re.match(r"-?t?-(il|elle)\b", art.text[start : start + 8] if text.strip("-").lower() == "t" else text):
            text = inverted.group(1)  # French inversion: the parser's subject of "a-t-il déclaré" is "-t" or "-il"
        if _is_time(art, start, end):
            return None  # "Thursday" is no speaker
        words = text.lower().split()
        if len(words) == 1 and words[0] in PRONOUNS:
            name = self.topic_before(start, words[0]) or self.antecedent(start, words[0])
            if name is None:
                ent = _last_person_before(art, start)
                name = (ent.canonical or ent.text) if ent else None
            return (name, start, end, cue) if name else None
        if len(words) == 1 and words[0] in ("it", "they"):
            group = self.group_antecedent(start, plural=words[0] == "they")
            return (re.sub(r"^(the|a|an)\s+", "", group, flags=re.I), start, end, cue) if group else None
        if len(words) == 1 and (words[0] in PLURAL_PRONOUNS or words[0] in _RELATIVE or words[0] in ("this", "that")):
            return None
        ent = _entity_at(art, start, end)
        if ent:
            ent = _with_particles(art.text, ent)
            both = [e for e in art.entities if e.label in ("PERSON", "PER") and start <= e.start and e.end <= end]
            if len(both) == 2 and re.fullmatch(r",?\s{1,3}(?:and|&|und|et|y|e)\s{1,3}", art.text[both[0].end : both[1].start]):
                # "Anna Berg and Tom Reed said in a joint statement"
                return f"{self.name_of(both[0])} and {self.name_of(both[1])}", both[0].start, both[1].end, cue
            return self.name_of(ent), ent.start, ent.end, cue
        # a role whose holder follows in apposition: 'said the mayor of Springfield, John Doe.'
        after = re.match(r",\s+", art.text[end : end + 3])
        if after:
            named = next((e for e in art.entities if e.label in ("PERSON", "PER") and e.start == end + after.end()), None)
            if named is not None and re.match(r"\s?(?:[,.;]|$)", art.text[named.end : named.end + 2]):
                return self.name_of(named), named.start, named.end, cue
        if holder := self.introduced_as(text, start):
            return holder, start, end, cue  # 'sagte der Sprecher' after 'Der Sprecher des Ministeriums, Max Müller'
        ent = _entity_at(art, start, end, labels=("ORG", "GPE", "NORP", "MISC"))
        if ent and ent.label == "MISC" and _PARTICLE_NAME.fullmatch(text.strip()):
            ent = None  # "Joris van den Berg", which a model-less entity stage cuts into "Joris" and "Berg"
        if ent and len(text.split()) <= 4 and art.text[ent.end : end].strip(" ,.’'s") == "":
            ent = _with_particles(art.text, ent) if ent.label == "MISC" else ent
            return ent.canonical or ent.text, ent.start, ent.end, cue  # "The New York Times", not "WASHINGTON -- President Obama"
        holder = self.role_holder(text) or self.author_of(text, start)
        if holder:
            return holder, start, end, cue  # "the Texas governor continued": Rick Perry, on the words that say so
        cleaned = _DATELINE.sub("", text.strip())
        cleaned = re.sub(r"^(the|a|an|der|die|das|le|la|les|el|los|las)\s+", "", cleaned, flags=re.I)
        while (t := TITLES.match(cleaned)) and len(cleaned.split()) > 1:
            cleaned = cleaned[t.end() :]
        cleaned = _without_role(cleaned)
        return (cleaned, start, end, cue) if cleaned else None


# particles a name may open with when written without its given name ("De Santis", "Van der Meulen")
# or that the entity model leaves at its end ("Ursula von der" | "Leyen"): :data:`NAME_PARTICLES`
# (not "La", "Le", "Do", "Der": an article or a verb opening a sentence: "La Meloni ha detto", "Do Trump voters ...")
_LEAD_PARTICLES = {"da", "de", "dos", "das", "del", "della", "di", "du", "des", "van", "von", "ter", "ten", "bin", "ibn"}
_CAPITALISED = re.compile(rf"\s(?P<word>[{UPPER}][\w’'-]+)")


_PARTICLE_NAME = re.compile(
    rf"\A[{UPPER}][\w’'-]+(?:\s[{UPPER}][\w’'-]+)*(?:\s(?:{'|'.join(sorted(NAME_PARTICLES))})){{1,3}}\s[{UPPER}][\w’'-]+"
)  # a name with particles: "Joris van den Berg", "Rui dos Santos"


def _with_particles(text: str, ent: Entity) -> Entity:
    """A person entity with the particles of its name the entity model cut: a capitalised particle
    before it ("De Santis" tagged "Santis") and the surname after particles it ends on ("Ursula von
    der" tagged, "Leyen" left out)."""
    start, end = ent.start, ent.end
    words = text[start:end].split()
    if len(words) > 1 and words[-1].lower() in NAME_PARTICLES and (m := _CAPITALISED.match(text, end)):
        end = m.end("word")
    before = text[max(0, start - 12) : start]
    if m := re.search(r"(?:^|\s)((?:[A-Z][a-z]{1,3})(?:\s[a-z]{2,3})?)\s$", before):
        lead = m.group(1).split()
        if lead[0].lower() in _LEAD_PARTICLES and all(w.lower() in NAME_PARTICLES for w in lead):
            start -= len(m.group(1)) + 1
    if (start, end) == (ent.start, ent.end):
        return ent
    return Entity(text[start:end], ent.label, start, end, text[start:end])


def _without_role(name: str) -> str:
    """A subject without the role words in lower case before the name: "mayor Jan de Vries" is Jan
    de Vries, "secretário de Estado Rui dos Santos" Rui dos Santos (a capitalised title is
    :data:`TITLES`'; role words are in :mod:`parallax.analyze.titles`)."""
    words = name.split()
    k = 0
    while k < len(words) - 1 and words[k].lower().strip(",") in TITLE_WORDS and words[k][:1].islower():
        k += 1
        if k < len(words) - 2 and words[k] in ("de", "of", "di", "da", "do", "del", "des", "du") and words[k + 1][:1].isupper():
            k += 2  # "secretário de Estado", "minister of State"
    rest = words[k:]
    if k == 0 or not rest or not all(w[:1].isupper() or w in NAME_PARTICLES for w in rest) or not rest[-1][:1].isupper():
        return name
    return " ".join(rest)


def _is_time(article: Article, start: int, end: int) -> bool:
    """Whether ``start:end`` is a temporal expression ("Thursday", "last week")."""
    return any(t.start <= start and end <= t.end + 1 for t in article.times)


def _clean_person(name: str) -> str:
    name = re.sub(r"(?:'s|’s|'|’)$", "", name.strip())
    while (t := TITLES.match(name)) and len(name.split()) > 1:
        name = name[t.end() :]
    return name.strip(" ,.")


def _speaker_names(people: list[Entity]) -> dict[str, str]:
    """Surname -> the one full name ending with it ("Stoltenberg" -> "Jens Stoltenberg"); a surname
    two people share ("Barack Obama", "Michelle Obama") maps to nobody."""
    full: dict[str, set[str]] = {}
    for e in people:
        name = _clean_person(e.text)
        words = name.split()
        if len(words) >= 2 and len(words) <= 4:
            full.setdefault(words[-1], set()).add(name)
    out = {}
    for last, names in full.items():
        longest = max(names, key=len)
        # "Jens Stoltenberg" and "Jens Stoltenberg Jr." are one person; "Bill Clinton" and "Hillary Clinton" two
        if all(longest.endswith(n) or set(n.split()) <= set(longest.split()) for n in names):
            out[last] = longest
    return out


def _person_at(people: list[Entity], pos: int) -> Entity | None:
    for e in people:
        if e.start <= pos < e.end:
            return e
    return None


W_SPEAKER, W_SUBJECT, W_EMBEDDED, W_OTHER = 0.3, 0.3, 3.0, 100.0


_PRONOUN_REACH = 1500  # characters back to look for a pronoun's antecedent


_INTRODUCED = re.compile(r",\s(?:the\s|a\s|an\s)?(?:[a-z][\w-]*\s){1,3}(?:of|for|at|with|to)\s")  # ", president of", ", a spokeswoman for"


# nouns for groups of people, which English refers to as "they" ("Clinton's campaign ... what they call")
_COLLECTIVE = {"campaign", "team", "staff", "committee", "government", "administration", "party", "group", "coalition",
               "family", "panel", "council", "board", "union", "organization", "organisation", "police", "ministry"}  # fmt: skip


_GROUP_REACH = 600  # characters back to look for what "it" or "they" refers to


def _is_headline(text: str) -> bool:
    """A short title-case line ("Obama Says Museum Will Tell of 'Suffering and Delight.'")."""
    words = re.findall(r"[A-Za-z][\w’'-]*", text)
    if not 3 <= len(words) <= 25:
        return False
    return sum(1 for w in words if w[0].isupper()) / len(words) >= 0.6


def has_parser_doc(doc) -> bool:
    return doc.has_annotation("DEP")
