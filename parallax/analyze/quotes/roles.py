"""Who a description names: roles and documents.

"The Texas governor continued" names the one person the article gave that
role ("Texas Gov. Rick Perry", "Perry, the governor"); "the statement
continued" speaks for whoever the article said issued the statement; "o
advogado" (a description in a language other than English) is the person the
article introduced with it.  This module holds the patterns (the role words
are in :mod:`parallax.analyze.titles`) and the lookups (:class:`_RoleHolders`,
mixed into :class:`.people._Attributor`, which keeps which person has which
role in one article).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from parallax.analyze.quotes.antecedents import _GROUP_REACH, _PRONOUN_REACH
from parallax.analyze.quotes.holder_index import TitleHolders
from parallax.analyze.quotes.within_reach import _start
from parallax.analyze.span_index import index_of
from parallax.analyze.titles import DEFINITE_WITH_GREEK, ROLES
from parallax.letters import LOWER, UPPER

# documents that speak for their authors ("the statement continued", "A report found")
DOCUMENTS = {
    "report", "study", "statement", "letter", "memo", "survey", "poll", "analysis", "review", "audit", "ruling",
    "complaint", "lawsuit", "filing", "indictment", "release", "ad", "advertisement", "tweet", "post", "email",
    "bylaws", "rules", "guidelines", "law", "bill", "order", "resolution", "platform", "manifesto", "document", "paper",
}  # fmt: skip


# a document that speaks itself ("the report said", "the statement found"), or is cited ("according to
# the report"): no author in that sentence
_DOCUMENT_SPEAKS = re.compile(
    r"\s{1,3}(?:(?:also|further|previously)\s{1,3})?(?:said|says|found|finds|showed|shows|stated|states|noted|notes|added|adds|warned"
    r"|warns|concluded|concludes|estimated|estimates|reported|reports|revealed|reveals|read|reads|claimed|claims|argued|argues)\b"
)
_OPENS = re.compile(r"\s*(?:the\s+)?", re.I)  # what may stand before the body that opens a sentence
_CITED = re.compile(r"(?:according\s+to|cited\s+in|quoted\s+in|per)\s+(?:the|a|an|this|that)\s+(?:[\w-]+\s+){0,2}\Z", re.I)


_ROLE_BEFORE = re.compile(r"((?:[A-Z][\w.’'-]{0,20}\s(?:of\s)?){1,3})$")  # "Texas Gov. ", "Secretary of State " before the name
_ROLE_APPOSED_BEFORE = re.compile(r"(?<!\w)(?:the|The)\s((?:[\w’'-]+\s){0,3}[\w-]+),\s\Z")  # "The energy minister, " before the name
_ROLE_AFTER = re.compile(r",\s(?:the|a|an|who\sis\sthe)\s((?:[\w’'-]+\s?){1,5})")  # ", the governor of Indiana"
# (a role held before, "the ex-commissioner", "the then-governor", is the role the article gave: "a former commissioner")
_DEFINITE_ROLE = re.compile(r"(?:the|The)\s(?:[\w’'-]+\s){0,3}?(?:(?:ex|then)-)?(?P<role>[A-Za-z.]+)(?:\s(?:of|for|from)\s.*)?$")


def _roles_around(text: str, start: int, end: int) -> dict[str, set[str]]:
    """Roles a person's mention gives them, each with the words around it: a title before
    the name ("Texas Gov. Rick Perry", "Secretary of State John Kerry"), a description in
    apposition before it ("The energy minister, Ruth Calloway") or after it ("Pence, the
    governor of Indiana")."""
    out: dict[str, set[str]] = {}
    line_start = max(text.rfind("\n", 0, start) + 1, start - 40)
    if m := _ROLE_BEFORE.search(text, line_start, start):
        words = m.group(1).lower().split()
        for w in words:
            if w in ROLES:
                out.setdefault(ROLES[w], set()).update(words)
    if m := _ROLE_APPOSED_BEFORE.search(text, line_start, start):
        words = m.group(1).lower().split()
        if words and words[-1] in ROLES:
            out.setdefault(ROLES[words[-1]], set()).update(words)
    if m := _ROLE_AFTER.match(text, end, min(len(text), end + 60)):
        words = m.group(1).lower().split()
        head = re.split(r"\s(?:of|for|from|in|at|on|who|and)\s", m.group(1).lower())[0].split()[-1:]
        for w in head:
            if w in ROLES:
                out.setdefault(ROLES[w], set()).update(words)
    return out


# a definite description in any language: "the lawyer", "o advogado", "la ministra", "l'élu", "(der) Sprecher"
_DESCRIPTION = re.compile(rf"(?:{DEFINITE_WITH_GREEK}\s?)?(?P<noun>[^\W\d_]{{3,}})", re.I)
# between a description and the name it introduces: nothing ("il sindaco Marco Bianchi") or a short
# complement and a comma ("o advogado dos proprietários, Ricardo Amaral Neto")
_APPOSITION = re.compile(r"\s|(?:\s[\w'’-]+){0,4},\s")
# ... or the place or body the office is of, with no comma: capitalised words and the particles that link them
# ("ο υπουργός Πολιτικής Προστασίας Γιώργος Αντωνίου", "minister van Infrastructuur Karin de Boer") ...
_OF_LINK = r"(?:van|voor|de|der|des|du|di|del|della|do|da|dos|das|of|for|von|für|d['’])"
# (an elided article joins a capitalised body: "le ministre de l'Intérieur Paul Durand", "il ministro dell'Interno")
_BODY_OF = re.compile(rf"(?:\s(?:[{UPPER}][\w'’-]*|{_OF_LINK}|[{LOWER}]{{1,4}}['’][{UPPER}][\w'’-]*))+\s")
# ... in Russian and Ukrainian also in lower case, a genitive ("губернатор области Сергей Волков", "міністр охорони
# здоров'я Олег Савчук"), up to three words, none shaped as a verb (a past tense, an infinitive, a present's third
# person: "мэр встретил губернатора Сергея Волкова" names the one met, not the mayor)
_SLAVIC_BODY_OF = re.compile(rf"(?:\s[{LOWER}{UPPER}][\w'’-]*){{1,3}}\s")
_SLAVIC_VERB = re.compile(r"(?:л|ла|ли|ло|лся|лась|лись|ть|ться|ет|ит|ют|ят|ут|ать|ав|ив|ув|яв)$")


def _names_the_holder(between: str, lang: str) -> bool:
    """Whether ``between`` (the text from a description's noun to a person's name) joins the two as an
    office and its holder (:data:`_APPOSITION`, :data:`_BODY_OF`, :data:`_SLAVIC_BODY_OF`)."""
    if _APPOSITION.fullmatch(between) or len(between) <= 60 and _BODY_OF.fullmatch(between):
        return True
    if lang in _LATIN_SLAVIC:  # "Ministr dopravy Martin Kupka", "rzecznik policji Anna Nowak": a genitive, no verb
        return bool(_SLAVIC_BODY_OF.fullmatch(between)) and not any(_LATIN_SLAVIC_VERB.search(w) for w in between.split())
    return lang in ("ru", "uk") and bool(_SLAVIC_BODY_OF.fullmatch(between)) and not any(_SLAVIC_VERB.search(w) for w in between.split())


# the Slavic languages in Latin letters, and the endings of their verbs' past tense and infinitive ("odsoudil", "spotkała",
# "řekli", "zatrzymać"): a word so shaped between the role and the name is a clause, not the body the office is of
_LATIN_SLAVIC = frozenset({"cs", "sk", "pl", "sl", "hr", "bs", "sr"})
_LATIN_SLAVIC_VERB = re.compile(r"(?:l|la|li|lo|ly|ł|ła|ło|ły|ć|t|ti|ať|at|it)$")


# languages that decline a role, so that the description that speaks ("по словам губернатора", "σύμφωνα με τον
# δήμαρχο") and the one that introduced the person ("губернатор ... Сергей Волков", "ο δήμαρχος ...") differ in
# their ending: the stem without the case ending is matched
_DECLINED = frozenset("ru uk be pl cs sk bg hr bs sr sl el lt lv".split())
_DECLENSION = re.compile(r"(?:[аяоеуюиыіїєьъ]|ой|ей|ом|ем|ою|ею|ами|ями|ов|ев|ах|ях|ου|ων|ος|ός|ης|ής|ας|άς|α|ά|ο|ό|η|ή|ε|έ|ι|ί|ους)$")


class _RoleHolders:
    """Who a description that speaks stands for, mixed into :class:`.people._Attributor` (whose state
    it reads: ``article``, ``roles``, ``mentions``, ``title_holders``; and its ``_in_quote``, ``full`` and ``name_of``)."""

    def role_holder(self, text: str) -> str | None:
        """The one person the article gives the role a definite description names:
        "the governor", "the Texas governor", "the four-term congressman" (English)."""
        m = _DEFINITE_ROLE.match(text.strip())
        if not m:
            return None
        role = ROLES.get(m.group("role").lower()) or ""
        # (the holders of each title are read once: a read of all of them per description was quadratic, :mod:`.holder_index`)
        if role not in self.title_holders:
            self.title_holders[role] = TitleHolders.of(self.roles.get(role, {}), self.full)
        # (the words before the role single one holder out: "the Texas governor" when the article also names Indiana's)
        return self.title_holders[role].holder(set(text.lower().split()[1:-1]))

    def introduced_as(self, text: str, pos: int) -> str | None:
        """The person an article not in English introduced with a description ("o advogado") that
        now speaks for them ('“...”, afirmou o advogado.'): the last mention of its noun before
        ``pos``, outside quotations, with a person's name in apposition ("O advogado dos proprietários,
        Ricardo Amaral Neto, ...", "il sindaco Marco Bianchi", "Ricardo Amaral Neto, o advogado")."""
        m = _DESCRIPTION.fullmatch(text.strip())
        if not m or (self.article.language or "en")[:2] == "en":
            return None  # English descriptions are role_holder's (its role lexicon is English)
        art, lang = self.article.text, (self.article.language or "")[:2]
        lo = max(0, pos - _PRONOUN_REACH)
        # (the entities starting in lo:pos, in order: a scan of all of them per description was quadratic)
        people = [
            e for e in index_of(self.article.entities).starting(lo, pos - 1) if e.label in ("PERSON", "PER") and not self._in_quote(e.start)
        ]
        compound = r"\w*" if (self.article.language or "")[:2] in ("de", "nl") else ""  # "Innenminister X" ... "der Minister"
        noun = re.escape(m.group("noun"))
        if lang in _DECLINED and len(stem := _DECLENSION.sub("", m.group("noun"))) >= 3:
            noun = re.escape(stem) + r"\w{0,3}"  # "По словам губернатора" after "губернатор области Сергей Волков"
        for hit in reversed(list(re.finditer(rf"(?<!\w){compound}{noun}(?!\w)", art[lo:pos], re.I))):
            at, end = lo + hit.start(), lo + hit.end()
            if self._in_quote(at):
                continue
            after = next((e for e in people if end <= e.start <= end + 60 and _names_the_holder(art[end : e.start], lang)), None)
            before = next((e for e in reversed(people) if at - 25 <= e.end <= at and re.fullmatch(r",\s\w*\s?", art[e.end : at])), None)
            if after or before:
                return self.name_of(after or before)
        return None

    def author_of(self, text: str, pos: int) -> str | None:
        """Who a document that speaks was from: "the statement continued" after "Trump said in
        a statement" or "Romney released a statement"; the first person named in the sentence
        that last mentioned that document as someone's, within :data:`_GROUP_REACH` characters.
        A mention where the document itself speaks ("..., the report said", "according to the
        report") says nothing of its author: in a long paragraph the person it would give is
        whoever that other sentence quoted ("Paul Grady said the dam was safe, the report said")."""
        m = re.fullmatch(r"(?:the|this|that)\s+(?:[\w-]+\s){0,2}?(?P<doc>[a-z]+)", text.strip(), re.I)
        if not m or m.group("doc").lower() not in DOCUMENTS:
            return None
        art = self.article.text
        lo = max(0, pos - _GROUP_REACH)
        for last in reversed(list(re.finditer(rf"\b{m.group('doc')}\b", art[lo:pos], re.I))):
            at, end = lo + last.start(), lo + last.end()
            if self._in_quote(at) or _DOCUMENT_SPEAKS.match(art, end) or _CITED.search(art, max(0, at - 30), at):
                continue
            begin = max(art.rfind(". ", 0, at), art.rfind("\n", 0, at)) + 1
            stop = min((i for i in (art.find(". ", at), art.find("\n", at)) if i >= 0), default=len(art))
            # (not a name that only modifies a noun: in "the pilots of an Aeroline Express plane ... investigators said in
            # a report" the airline wrote nothing)
            # (the mentions are in order of their start: those of the sentence found by bisection, not by a scan of all)
            first = bisect_left(self.mentions, begin, key=_start)
            named = [x for x in self.mentions[first : bisect_left(self.mentions, stop, lo=first, key=_start)]
                     if not self._in_quote(x.start) and not self._modifies(x, stop)]  # fmt: skip
            return named[0].name if named else self._body_opening(begin, at)
        return None

    def _body_opening(self, begin: int, at: int) -> str | None:
        """The organisation that opens the sentence of a document's mention, its subject: "The Rail Accident
        Investigation Branch said in a report ..." wrote the report (a body named further in may only modify a
        noun: "The pilots of an Aeroline Express plane ... said in a report")."""
        art = self.article.text
        for e in index_of(self.article.entities).starting(begin, at - 1):  # (the entities starting in begin:at, in order)
            if e.label == "ORG" and _OPENS.fullmatch(art[begin : e.start]):
                return e.canonical or e.text
        return None
