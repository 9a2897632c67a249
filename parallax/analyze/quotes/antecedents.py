"""Antecedents: who a pronoun, a left-out subject, or an "it" / "they" stands for.

News prose names a speaker once and then writes '“...,” she said', or, in a language whose verb
carries the person, leaves the subject out ('«...», ha spiegato.'); an organisation speaks as "it"
and a campaign as "they".  Which person or group that is depends on everything the article said
before, so the state lives on :class:`.people._Attributor`, which reads the article once; this
module holds the pronoun lexicons, the salience weights and the lookups that read that state
(:class:`_Antecedents`, mixed into the attributor), so the policy can be read in one place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parallax.analyze.quotes.within_reach import first_reaching, mentions_near
from parallax.analyze.span_index import SpanIndex
from parallax.analyze.titles import PERSON_NOUNS, ROLE_GENDER, ROLES, TITLE_WORDS
from parallax.letters import LOWER, UPPER
from parallax.records import Entity

# the pronouns of one person, per language: a word is a pronoun only in its own language ("on" is
# Polish and Czech "he" but French "one", "dit-on"; "il" is French "he" but the Italian article)
PRONOUNS_OF = {
    "en": {"he", "she", "him", "her"}, "de": {"er", "sie"}, "fr": {"il", "elle"}, "es": {"él", "ella"},
    "pt": {"ele", "ela"}, "it": {"lui", "lei"}, "nl": {"hij", "zij", "ze"}, "ru": {"он", "она"}, "uk": {"він", "вона"},
    "pl": {"on", "ona"}, "cs": {"on", "ona"}, "sk": {"on", "ona"}, "bg": {"той", "тя"}, "hu": {"ő"}, "fi": {"hän"},
    "ro": {"acesta", "aceasta", "ea", "el"}, "ca": {"ell", "ella"}, "sv": {"han", "hon"}, "da": {"han", "hun"},
    "no": {"han", "hun"}, "el": {"αυτός", "αυτή"},
    "hr": {"on", "ona"}, "bs": {"on", "ona"}, "sr": {"on", "ona", "он", "она"}, "sl": {"on", "ona"},
    "lt": {"jis", "ji"}, "lv": {"viņš", "viņa"}, "af": {"hy", "sy"}, "ha": {"shi", "ita", "ya", "ta"}, "yo": {"ó", "o"},
}  # fmt: skip
# Norwegian records may say Bokmål or Nynorsk ("nb", "nn"), whose pronouns of one person are Norwegian's
# (Nynorsk writes "ho" for "she")
PRONOUNS_OF |= {"nb": PRONOUNS_OF["no"], "nn": PRONOUNS_OF["no"] | {"ho"}}
PRONOUNS = set().union(*PRONOUNS_OF.values())  # every language's (a language without an entry reads English's)

# the impersonal subject of a cue, which names no one: French "dit-on", German "sagt man"
IMPERSONAL_OF = {"fr": {"on"}, "de": {"man"}, "nl": {"men"}, "sv": {"man"}, "da": {"man"}, "no": {"man"}, "nb": {"man"}, "nn": {"man"}}


def pronouns(lang: str | None) -> set[str]:
    """The pronouns of one person in ``lang`` (English's for a language without its own)."""
    return PRONOUNS_OF.get((lang or "en")[:2], PRONOUNS_OF["en"])


def impersonal(lang: str | None) -> set[str]:
    """The impersonal subjects of ``lang`` ("on", "man"): a cue with one names no speaker."""
    return IMPERSONAL_OF.get((lang or "en")[:2], set())


# English possessive determiners and the subject pronoun whose owner they name: "His promises to cut taxes" are his,
# "its plan to ..." its; the owner of a claim noun is resolved as that pronoun would be
POSSESSIVES = {"his": "he", "its": "it", "their": "they"}


PLURAL_PRONOUNS = {"they", "we", "i", "ils", "elles", "nous", "wir", "ellos", "nosotros"}


_RELATIVE = {"who", "that", "which", "whom"}


# (German "sie" is also "they": after a verb in the singular, "sagt sie", it is a woman)
_GENDERED = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f",
             "er": "m", "il": "m", "elle": "f", "él": "m", "ella": "f", "ele": "m", "ela": "f", "lui": "m", "lei": "f",
             "hij": "m", "zij": "f", "ze": "f", "sie": "f", "он": "m", "она": "f", "він": "m", "вона": "f", "on": "m", "ona": "f",
             "acesta": "m", "aceasta": "f", "ea": "f", "el": "m", "той": "m", "тя": "f", "ell": "m", "han": "m", "hon": "f", "hun": "f", "ho": "f",
             "αυτός": "m", "αυτή": "f", "הוא": "m", "היא": "f", "jis": "m", "ji": "f", "viņš": "m", "viņa": "f", "shi": "m", "ita": "f", "ya": "m", "ta": "f"}  # fmt: skip


# nouns for groups of people, which English refers to as "they" ("Clinton's campaign ... what they call")
_COLLECTIVE = {"campaign", "team", "staff", "committee", "government", "administration", "party", "group", "coalition",
               "family", "panel", "council", "board", "union", "organization", "organisation", "police", "ministry"}  # fmt: skip


# nouns that make a subject one person the article does not name ("a police spokesman", "the
# minister", "un porte-parole"): "he" or "she" after it may stand for it
_PERSON_HEADS = PERSON_NOUNS | TITLE_WORDS | set(ROLES) | {w for w, g in ROLE_GENDER.items() if g} | {"official", "spokesperson", "porte-parole", "portavoz"}


# a mention's distance is multiplied by the weight of the part it plays: a speaker or the subject of
# a clause counts as much nearer than a name in passing (so "she" goes to the topic, not to the last
# name), the subject of an embedded clause in between
W_SPEAKER, W_SUBJECT, W_EMBEDDED, W_OTHER = 0.3, 0.3, 3.0, 100.0


_PRONOUN_REACH = 1500  # characters back to look for a pronoun's antecedent


_GROUP_REACH = 600  # characters back to look for what "it" or "they" refers to


_SENTENCE_END = re.compile(r"[.!?…][\"”»’]?\s")
_LONGER_NAME = re.compile(rf"\s(?:[{LOWER}]{{1,4}}\s){{1,2}}[{UPPER}]")  # "... Su ve Kanalizasyon", "... Bank of America"
# a person's name among the runs of capitals an entity stage without a model keeps: two or three
# capitalised words of letters ("Ευτυχία Ζαχαρίου"; not "ΕΛΑΣ", "COVID-19")
_PERSON_LIKE = re.compile(rf"[{UPPER}][{LOWER}]+(?:[’'-][{UPPER}]?[{LOWER}]+)?(?:\s[{UPPER}][{LOWER}]+(?:[’'-][{UPPER}]?[{LOWER}]+)?){{1,2}}")


_OWNER_BEFORE = frozenset({"на", "of"})  # "адвокатът на Петров Николай Димитров": the lawyer of Petrov, Nikolay Dimitrov


# articles and prepositions that put the name after them in an oblique case, an object and no subject: Greek "τη Σοφία
# Καραλή", "τον Γιώργο Παπαδόπουλο", "του Νίκου" (a name in the nominative has "ο" or "η", or none)
_OBJECT_BEFORE = frozenset("τη την τον του της των στον στη στην στο στους στις".split())


def _group_start(group: tuple[int, str, bool | None]) -> int:
    return group[0]


def _end(d: _Description) -> int:
    return d.end


def _object(text: str, since: int, first) -> bool:
    """Whether a case-marking article before ``first`` makes it an object (see :data:`_OBJECT_BEFORE`)."""
    before = text[since : first.start].split()
    return bool(before) and before[-1].lower() in _OBJECT_BEFORE


def _past_owner(text: str, named: list, first, since: int):
    """``first`` of the people ``named`` (entities or mentions, in order), or where an "of" puts it as the owner of a
    noun before it the name right after it, which the noun is ("Адвокатът на Петров Николай Димитров заяви"); None
    when no name follows it."""
    if text[since : first.start].split()[-1:] and text[since : first.start].split()[-1].lower() in _OWNER_BEFORE:
        return next((e for e in named if e.start > first.start and not text[first.end : e.start].strip()), None)
    return first


@dataclass
class _Mention:
    """A person named outside quotation marks, for pronoun resolution."""

    name: str
    start: int
    end: int
    subject: bool = False  # the subject of its clause ("Clinton says ...")
    speaker: bool = False  # named as the speaker of a quotation
    embedded: bool = False  # the subject of an embedded clause ("argued that Trump was ..."): less of a topic
    gender: str | None = None  # a pronoun's mention ("he" taken for this person): never the antecedent of "she"


@dataclass
class _Description:
    """A subject that describes one person the article does not name ("A police spokesman")."""

    start: int
    end: int
    gender: str | None  # the one its noun tells ("spokeswoman"), if any
    weight: float  # its salience weight (a subject, or the subject of an embedded clause)
    new: bool  # indefinite ("a spokesman"): someone new, not a person named before


class _Antecedents:
    """Pronoun and subject resolution, mixed into :class:`.people._Attributor` (whose state it reads:
    ``article``, ``mentions``, ``longest_mention``, ``gender``, ``groups``, ``descriptions``, ``orders``, ``unparsed``,
    ``quote_spans``; and its
    ``_in_quote`` and ``full``).

    A pronoun subject ("she said") goes to the most salient person before it:
    the nearest person named outside quotation marks, where the subject of a
    clause and the speaker of a quotation count as nearer than a mention in
    object position, and a person whose gender the article shows otherwise
    (honorifics, "Clinton said she ...") is skipped."""

    def _group(self, tok, offset: int, people: SpanIndex[Entity], subject_end: int) -> None:
        """Record a subject that names no person ("Donald Trump's campaign", "Critics
        of the program"): what a later "it" or "they" that speaks refers to; and one that
        describes a person the article does not name ("A police spokesman", up to
        ``subject_end``, where a speaker's subject ends): what a later "he" or "she" may."""
        if tok.pos_ not in ("NOUN", "PROPN") or self._in_quote(offset + tok.idx) or tok.text.isupper() and len(tok.text) > 3:
            return  # (an upper-case subject is mostly a dateline the parser took in: "WASHINGTON -- ...")
        start, end = offset + tok.left_edge.idx, offset + tok.idx + len(tok.text)
        if any(e.start < end and e.end >= offset + tok.idx for e in people.starting(start, end)):
            return  # the head is a person: pronoun resolution handles it
        plural: bool | None = tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in tok.children)
        if tok.lower_ in _COLLECTIVE and not plural:
            plural = None  # "the council ... it said", "the campaign ... what they call"
        text = self.article.text[start:end].strip()
        if text:
            self.groups.append((start, text, plural))
        if not plural and tok.lower_ in _PERSON_HEADS and tok.pos_ == "NOUN":
            # "a police spokesman" brings in someone new; "the president", "his son" mostly take up
            # someone the article named, whom a pronoun means first
            new = any(c.dep_ == "det" and (c.morph.get("Definite") == ["Ind"] or c.lower_ == "another") for c in tok.children)
            weight = W_EMBEDDED if tok.head.dep_ in ("ccomp", "relcl", "acl", "xcomp") else W_SUBJECT
            self.descriptions.append(_Description(start, max(end, subject_end), ROLE_GENDER.get(tok.lower_) or None, weight, new))

    def group_antecedent(self, pos: int, plural: bool) -> str | None:
        """The nearest earlier non-person subject of the right number, within
        :data:`_GROUP_REACH` characters: an organisation's "it", a group's "they"."""
        best = None
        for start, text, pl in self.groups[first_reaching(self.groups, _group_start, pos - _GROUP_REACH, self.orders) :]:
            if start >= pos:
                break
            if pl in (plural, None) and pos - start <= _GROUP_REACH:
                best = text
        return best

    def antecedent(self, pos: int, pronoun: str) -> str | None:
        """The person a pronoun at ``pos`` refers to (see the class docstring)."""
        best = self._person_antecedent(pos, pronoun)
        return best[1] if best else None

    def description_antecedent(self, pos: int, pronoun: str) -> tuple[int, int] | None:
        """The span of the description a pronoun at ``pos`` refers to, where the article gave it
        no name: a subject whose head is a person's noun ("A police spokesman said the road was
        closed. He said: ..."), of the pronoun's gender where the noun tells one ("a spokeswoman"
        is no "he"); an indefinite one ("a spokesman", someone new) when it is nearer by the
        salience weights than any person named before, a definite one ("the minister", "his
        son") only when no person is.  Such a description is the speaker where it speaks itself
        ('"...," a police spokesman said'), so it is the speaker where a pronoun takes it up."""
        want = _GENDERED.get(pronoun)
        person = self._person_antecedent(pos, pronoun)
        # a person of the pronoun's gender named after the description, in any part of a sentence, is
        # nearer to it ("A fire service spokesman said ... reported by neighbour John Mills. He said:")
        # (only those within reach: a description further back is out of it; :mod:`.within_reach`)
        near = mentions_near(self.mentions, self.longest_mention, pos - _PRONOUN_REACH, pos)
        named = [m.end for m in near if m.end <= pos and not self._in_quote(m.start) and not (want and self.gender.get(m.name) not in (None, want))]
        best: tuple[float, int, int] | None = None
        for d in self.descriptions[first_reaching(self.descriptions, _end, pos - _PRONOUN_REACH, self.orders) :]:
            if d.end > pos:
                break
            dist = pos - d.end
            if dist > _PRONOUN_REACH or self._in_quote(d.start) or (want and d.gender and d.gender != want):
                continue
            if any(d.end < end for end in named):
                continue
            if person is not None and not d.new:
                continue  # "the president" after a president named: him
            if best is None or dist * d.weight <= best[0]:
                best = (dist * d.weight, d.start, d.end)
        if best is None or person is not None and person[0] <= best[0]:
            return None
        return best[1], best[2]

    def _person_antecedent(self, pos: int, pronoun: str) -> tuple[float, str] | None:
        """The best-scored person for a pronoun at ``pos``, with its score (lower is more salient)."""
        want = _GENDERED.get(pronoun)
        best: tuple[float, str] | None = None
        for m in mentions_near(self.mentions, self.longest_mention, pos - _PRONOUN_REACH, pos):
            if m.end > pos:
                break
            dist = pos - m.end
            if dist > _PRONOUN_REACH or self._in_quote(m.start):
                continue
            g = self.gender.get(m.name)
            if want and (g and g != want or m.gender and m.gender != want):
                continue
            score = dist * (W_SPEAKER if m.speaker else W_EMBEDDED if m.embedded else W_SUBJECT if m.subject else W_OTHER)
            if best is None or score <= best[0]:
                best = (score, m.name)
        return best

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
        first = _past_owner(text, named, next(m for m in named if m.start >= since), since)
        return first.name if first is not None and not _object(text, since, first) else None

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
        first = _past_owner(text, named, next(e for e in named if e.start >= since), since)
        if first is None:
            return None
        if _LONGER_NAME.match(text, first.end):
            return None  # "Kızılırmak Belediyesi Su | ve Kanalizasyon İdaresi": part of a longer name
        lead = text[since : first.start]
        lead = lead[max(lead.rfind(","), lead.rfind(";")) + 1 :].split()
        if len(lead) > 3 or any(w[:1].isupper() for w in lead[1:]) or any(q[0] < first.start and q[1] > since for q in self._quotes_in(since, pos)):
            return None
        return self.full(first.canonical or first.text)

    def _quotes_in(self, start: int, end: int) -> list[tuple[int, int]]:
        return [q for q in self.quote_spans if start <= q[0] < end]

    def salient_in(self, start: int, pos: int) -> tuple[str, int, int, str] | None:
        """The last person named as a subject or speaker between ``start`` and ``pos``."""
        for m in reversed(self.mentions):
            if start <= m.start and m.end <= pos and (m.subject or m.speaker) and not self._in_quote(m.start):
                return m.name, m.start, m.end, "near"
        return None
