"""Who a subject span names: the name, pronoun, description or organisation a cue's subject is.

:class:`_SubjectNames` is mixed into :class:`.people._Attributor`, whose state it reads (``article``,
``modifiers``, ``gender``) and whose lookups it combines (``full`` and ``name_of``; the antecedents of
:mod:`.antecedents`; the role holders of :mod:`.roles`).  It lives apart from the attributor's reading
of the article so that each stays small: this is the policy for one span, that is the article state.
"""

from __future__ import annotations

import re

from parallax.analyze.names import FIRST_NAMES as _FIRST_NAMES
from parallax.analyze.quotes.acronym_bodies import acronym_body
from parallax.analyze.quotes.antecedents import _GENDERED, _RELATIVE, PLURAL_PRONOUNS, POSSESSIVES, impersonal, pronouns
from parallax.analyze.quotes.apposed_bodies import body_in_apposition
from parallax.analyze.quotes.apposed_names import holder_after_role, name_after_apposed_role, name_before_its_body
from parallax.analyze.quotes.described import described_person
from parallax.analyze.quotes.indefinite_speakers import indefinite_speaker
from parallax.analyze.quotes.modified_roles import person_after_modifier
from parallax.analyze.quotes.name_after_role import _without_role, name_after_description, role_of_a_body
from parallax.analyze.quotes.oblique_pronouns import nominative
from parallax.analyze.quotes.person_names import (
    _PARTICLE_NAME,
    _entity_at,
    _last_person_before,  # (looked up here at call time: a test replaces subject_names._last_person_before)
    _with_particles,
    role_prefix,
)
from parallax.analyze.quotes.served_people import serves_the_person
from parallax.analyze.span_index import index_of
from parallax.analyze.titles import TITLE_WORDS, TITLES, describes_a_role
from parallax.letters import UPPER
from parallax.records import Article, Entity

# the speaker a cue with an impersonal subject names ("dit-on", "sagt man"): explicitly no one, so
# no weaker evidence (the quote before, the person nearby) may give the quotation a speaker
NOBODY = ""

_WORD_STOP = re.compile(r"(?<!\w)\w{4,}[.!?]\s+")  # "Horizonte. " ends a sentence; "Mr. ", "J. ", "Gov. " do not


_DATELINE = re.compile(rf"^[{UPPER}][{UPPER} .,'’-]{{1,40}}\s(?:--|—|–|-)\s?")


_OWNER = re.compile(r"(?:['’]s|['’])\s+[^\W\d_]")  # "Kelton's mayor": the name owns what speaks

_IN_PHRASE = re.compile(r"(?<!\w)(?:in|of|for|from|at|on|near|with|by|van|bij)\s")  # "Café owners in Sainte-Hélène": no speaker
# the phrase of the medium a body spoke in after its name, a modifier of the verb of saying ("said Acme Motors in a
# statement on Monday", "at a news conference", "in an interview with ..."): no part of the speaker
_MEDIUM = re.compile(
    r",?\s+(?:in|at|on|during)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|post|release|news\s+conference"
    r"|press\s+conference|briefing|message|letter|email|broadcast|video|filing)(?:\s+[\w-]+){0,4}?[\s,.]*"
)
# (and the Romance "of": "el portavoz del Gobierno", "a ministra da Saúde" speak, not the body they speak for)
_ROMANCE_IN_PHRASE = re.compile(
    r"(?<!\w)(?:(?:in|of|for|from|at|on|near|with|by|de|da|do|das|dos|del|della|dello|delle|dei|degli|di|du|des|dal|dalla"
    r"|au|aux|al|alla|ai|agli|ao|aos)\s|d['’])"
)
_ROMANCE = {"fr", "es", "it", "pt", "ca"}

# labels of names that are no person unless a given name opens them (see _SubjectNames._described_then_named)
_NOT_PEOPLE = ("ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW")


class _SubjectNames:
    """The speaker a subject span names (:meth:`named`), mixed into :class:`.people._Attributor`."""

    def _modifies(self, ent: Entity, end: int) -> bool:
        """Whether a name in a subject ending at ``end`` only modifies the noun after it: an owner
        ("Kelton's mayor has warned"), or a noun's modifier in the parse ("Café owners ... told")."""
        if _OWNER.match(self.article.text, ent.end, end):
            return True
        last = self.article.text.rfind(" ", ent.start, ent.end) + 1 or ent.start
        return max(last, ent.start) in self.modifiers

    def _described_then_named(self, text: str, start: int, end: int) -> tuple[str, int, int] | None:
        """The name closing a subject that first describes its person ("Kovač's chief negotiator, Marko
        Petrić": :func:`.name_after_role.name_after_description`), when no person entity marks it (a small
        model tags some such names as places).  A name the model calls a place, an organisation or a
        nationality counts only when a common given name opens it: "its parent company, General Motors"
        and "the agency, Health Canada" are no people."""
        cut = name_after_description(text, (self.article.language or "en")[:2])
        if cut is None:
            return None
        s = start + cut
        if any(e.start < s and e.end >= end and e.label not in ("PERSON", "PER") for e in index_of(self.article.entities).reaching(end, s)):
            return None  # the tail of a longer name: "Local Government" of the Department of the Interior and ...
        other = _entity_at(self.article, s, end, labels=_NOT_PEOPLE)
        if other is not None and self.article.text[s:end].split()[0].lower() not in _FIRST_NAMES:
            return None
        return self.full(self.article.text[s:end]), s, end

    def _holder_of_body_role(self, text: str, start: int) -> str | None:
        """The person introduced with a role whose body follows it in the genitive ("τον υπουργό Πολιτικής
        Προστασίας" after "Ο υπουργός Πολιτικής Προστασίας Γιάννης Κεφαλάς"): :meth:`introduced_as` of the role."""
        lead = re.match(rf"[^{UPPER}]+", text)
        if not lead or not role_of_a_body(lead.group(), text[lead.end() :], (self.article.language or "")[:2]):
            return None
        return self.introduced_as(lead.group().strip(), start)

    def _newcomer(self, pos: int) -> tuple[str, int, int] | None:
        """A described newcomer who spoke before a pronoun at ``pos`` in a paragraph without a parse, with no person
        named between (:mod:`.indefinite_speakers`): the description less its article ("passagier")."""
        para = next(((a, b) for a, b in self.unparsed if a <= pos <= b), None)
        if para is None:
            return None
        art = self.article
        named = any(e.start < pos and e.label in ("PERSON", "PER") for e in index_of(art.entities).starting(para[0], pos))
        span = indefinite_speaker(art.text, art.language, para[0], pos, named)
        if span is None:
            return None
        words = art.text[span[0] : span[1]].split(maxsplit=1)
        return words[-1], span[0] + len(art.text[span[0] : span[1]]) - len(words[-1]), span[1]

    def named(self, start: int, end: int, cue: str, pos: int, first: bool = False) -> tuple[str, int, int, str] | None:
        """Speaker for a subject spanning article offsets ``start:end``.  With ``first`` (a span
        that may run past the name: 'said Hester. Michael Mulgrew, ...') the first person wins."""
        art = self.article
        if first:
            people = _people_in(art, start, end)
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
        if len(words) == 1 and (art.language or "en")[:2] == "en" and words[0] in POSSESSIVES:
            words = [POSSESSIVES[words[0]]]  # the owner of "His promises to ...": who "he" is
        if len(words) == 1:
            words = [nominative(words[0], art.language)]  # "podle ní": who "ona" is (:mod:`.oblique_pronouns`)
        if len(words) == 1 and words[0] in impersonal(art.language):
            return NOBODY, start, end, cue  # "« ... », dit-on": a cue that names no one
        if len(words) == 1 and words[0] in pronouns(art.language):
            if (desc := self.description_antecedent(start, words[0])) and (found := self.named(*desc, cue, pos)):
                return found[0], start, end, cue  # "A police spokesman said ... He said:": the description
            if found := self._newcomer(start):
                return found[0], start, end, cue  # "Een passagier vertelde ... dat ... «...», zei hij.": the passenger
            name = self.topic_before(start, words[0]) or self.antecedent(start, words[0])
            if name is None:  # (not one whose gender the article shows is the other: "he" is no "she")
                want = _GENDERED.get(words[0])
                ent = _last_person_before(art, start, lambda n: not want or self.gender.get(self.full(n), want) == want)
                name = (ent.canonical or ent.text) if ent else None
            return (name, start, end, cue) if name else None
        if len(words) == 1 and words[0] in ("it", "they"):
            group = self.group_antecedent(start, plural=words[0] == "they")
            return (re.sub(r"^(the|a|an)\s+", "", group, flags=re.I), start, end, cue) if group else None
        if len(words) == 1 and (words[0] in PLURAL_PRONOUNS or words[0] in _RELATIVE or words[0] in ("this", "that")):
            return None
        # the last person in the subject, but not one who only modifies a noun ("Kelton's mayor", "Café
        # owners", "an adviser to the Clinton campaign"): the noun speaks, not the name before it
        # (nor one a role in the subject works for: "a spokeswoman for Mayor Tom Reddick", :mod:`.served_people`)
        ent = next(
            (
                e
                for e in reversed(_people_in(art, start, end))
                if not self._modifies(e, end) and not serves_the_person(art.language, art.text[start : e.start])
            ),
            None,
        )
        if ent and role_of_a_body(art.text[start : ent.start], ent.text, (art.language or "")[:2]):
            ent = None  # "сказал глава МИД России": the entity stage's person is the body the role serves
        if ent:
            ent = _with_particles(art.text, ent)
            both = _people_in(art, start, end)
            if len(both) == 2 and re.fullmatch(r",?\s{1,3}(?:and|&|und|et|y|e)\s{1,3}", art.text[both[0].end : both[1].start]):
                # "Anna Berg and Tom Reed said in a joint statement"
                return f"{self.name_of(both[0])} and {self.name_of(both[1])}", both[0].start, both[1].end, cue
            return self.name_of(ent), ent.start, ent.end, cue
        if person := person_after_modifier(art, start, end):  # "said Social Democrat transport spokesman Tobias Kehl"
            return self.name_of(person), person.start, person.end, cue  # (:mod:`.modified_roles`)
        # a role whose holder follows in apposition: 'said the mayor of Springfield, John Doe.'
        after = re.match(r",\s+", art.text[end : end + 3])
        if after:
            at = end + after.end()
            named = next((e for e in index_of(art.entities).starting(at, at) if e.label in ("PERSON", "PER")), None)
            if (
                named is not None
                and re.match(r"\s?(?:[,.;]|$)", art.text[named.end : named.end + 2])
                and not (named.start == pos and not describes_a_role(text))
            ):
                # (but "According to police, John Smith, 34, died": a name that opens the reported clause after a
                # source that is no person, a body or "police", is what the clause is about, not who told it)
                return self.name_of(named), named.start, named.end, cue
            if named is None and (held := holder_after_role(text, art.text, end)):
                return self.full(art.text[held[0] : held[1]]), held[0], held[1], cue  # 'Le secrétaire de SUD-Rail, Fabien Villedieu, a dit'
        if cut := name_after_apposed_role(text) or name_before_its_body(text):
            return self.full(text[cut[0] : cut[1]]), start + cut[0], start + cut[1], cue  # (:mod:`.apposed_names`)
        if (found := self._described_then_named(text, start, end)) is not None:
            return (*found, cue)  # "said Kovač's chief negotiator, Marko Petrić", whatever the model labelled the name
        if holder := self.introduced_as(text, start) or self._holder_of_body_role(text, start):
            return holder, start, end, cue  # 'sagte der Sprecher' after 'Der Sprecher des Ministeriums, Max Müller'
        if holder := described_person(self, text, start):
            return holder, start, end, cue  # "the 34-year-old said", "sagte der Trainer": the one person so described
        ent = _entity_at(art, start, end, labels=("ORG", "GPE", "NORP", "MISC"))
        if ent and ent.label == "MISC" and _PARTICLE_NAME.fullmatch(text.strip()):
            ent = None  # "Joris van den Berg", which a model-less entity stage cuts into "Joris" and "Berg"
        if ent and role_of_a_body(art.text[start : ent.start], ent.text, (art.language or "")[:2]):
            ent = None  # "τον υπουργό Πολιτικής Προστασίας": the minister speaks, not the ministry
        # (the medium it spoke in, which the parser may hang on the name: "said Acme Cruises in a statement")
        medium = ent is not None and _MEDIUM.fullmatch(art.text, ent.end, end) is not None
        if (
            ent
            and (len((art.text[start : ent.end] if medium else text).split()) <= 4 or body_in_apposition(art.text[start : ent.start]))
            and (medium or art.text[ent.end : end].strip(" ,.’'s") == "")
            and not (_ROMANCE_IN_PHRASE if (art.language or "")[:2] in _ROMANCE else _IN_PHRASE).search(art.text, start, ent.start)
        ):
            ent = _with_particles(art.text, ent) if ent.label == "MISC" else ent
            if ent.label == "MISC" and (cut := role_prefix(ent.text)):
                # a name no entity model read, after its role: "sagte Chefvolkswirt Sommer" is Sommer's
                return self.full(ent.text[cut:]), ent.start + cut, ent.end, cue
            return ent.canonical or ent.text, ent.start, ent.end, cue  # "The New York Times", not "WASHINGTON -- President Obama"
        holder = self.role_holder(text) or self.author_of(text, start)
        if holder:
            return holder, start, end, cue  # "the Texas governor continued": Rick Perry, on the words that say so
        cleaned = _DATELINE.sub("", text.strip())
        # (not "A" before an initial: "A K Menon, the judge, said" is a name, Indian style, as "A. R. Rahman" is)
        cleaned = re.sub(r"^(the|a(?!\s+(?-i:[A-Z])\.?\s)|an|der|die|das|le|la|les|el|los|las)\s+", "", cleaned, flags=re.I)
        cleaned = re.sub(r"^(?:o|os|as|il|lo|gli|i)\s+", "", cleaned)  # (in lower case only: "O Globo" is a name)
        # (a title is cut before a name, not before what it is the title of: "ministra da Saúde" stays whole)
        # (nor before the rest of a role with no name: "Prime Minister", "Foreign Secretary" stay whole)
        while (
            (t := TITLES.match(cleaned))
            and len(cleaned.split()) > 1
            and not _opens_a_name(art, art.text.find(cleaned, start, end + 1), t.end())
            and not cleaned[t.end() :][:1].islower()
            and not _role_alone(cleaned[t.end() :])
            and not acronym_body(cleaned[t.end() :])  # "глава МЧС": the head of the ministry, not the ministry
        ):
            cleaned = cleaned[t.end() :]
        described = re.split(r"\s(?:[—–]|--)\s", cleaned)[0]  # (not a parenthesis: "Café owners on Hartley Road — where ...")
        cleaned = _without_role(described)
        if (art.language or "")[:2] in _ROMANCE and _ROMANCE_IN_PHRASE.match(cleaned):
            cleaned = described  # "ministra da Saúde" is the minister, not "da Saúde"
        return (cleaned, start, end, cue) if cleaned else None


def _role_alone(words: str) -> bool:
    """Whether what follows a title is only more of the role ("Minister" after "Prime"), no name."""
    return bool(words.split()) and all(w.lower().strip(".,") in TITLE_WORDS for w in words.split())


def _opens_a_name(article: Article, pos: int, length: int) -> bool:
    """Whether the title-like word at ``pos`` is the first word of a name that is no person's: "Premier" in "the
    Premier League club" (a league, not a premier), "General" in "General Motors"."""
    return pos >= 0 and any(
        e.end > pos + length and e.label not in ("PERSON", "PER") for e in index_of(article.entities).starting(pos, pos)
    )


def _people_in(article: Article, start: int, end: int) -> list[Entity]:
    """The person entities inside ``start:end``, in order."""
    return [e for e in index_of(article.entities).inside(start, end) if e.label in ("PERSON", "PER")]


def _is_time(article: Article, start: int, end: int) -> bool:
    """Whether ``start:end`` is a temporal expression ("Thursday", "last week")."""
    return any(t.start <= start and end <= t.end + 1 for t in index_of(article.times).reaching(end - 1, start))
