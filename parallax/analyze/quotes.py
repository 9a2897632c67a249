"""Quotations and who said them.

Finding quotes is done on characters, per paragraph, so that straight, curly,
German („…“) and French (« … ») marks all work and an opening mark that is
never closed stays inside its sentence (or its paragraph, when the next
paragraph opens with a quotation mark: the multi-paragraph convention).

Attribution uses the dependency parse where the language has one: a cue verb
("said", "added", "told", "criticized", "according to", ...) outside the
quote, and its subject; a person's entity inside the subject wins over the
job title around it, and pronouns ("he said") go to the last named speaker or
person.  A quote whose sentence has no cue inherits the speaker of the
previous quote in its paragraph (or of the previous paragraph, when the
paragraph opens with the quote), which is how news prose continues a quote.
Languages without a parser use lexical cue patterns around the quote.
Reported speech without marks ("Stoltenberg said the meeting discussed ...")
becomes an ``indirect`` quote whose text is the reported clause.
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from dataclasses import dataclass

from parallax.analyze import Paragraph, component
from parallax.analyze.entities import TITLES
from parallax.analyze.sentences import paragraph_sentences
from parallax.records import Article, Entity, Quote

CUE_LEMMAS = {
    # English
    "say", "add", "state", "tell", "note", "warn", "write", "argue", "claim", "insist", "ask", "declare", "announce",
    "explain", "accuse", "describe", "urge", "vow", "stress", "emphasise", "emphasize", "reply", "respond",
    "acknowledge", "admit", "deny", "suggest", "predict", "comment", "remark", "criticize", "criticise",
    "tweet", "call", "fume", "exclaim", "snap", "retort", "counter", "boast", "lament", "plead", "demand", "recount", "scoff", "confirm", "recall", "conclude", "complain", "promise", "pledge", "caution", "assert",
    "maintain", "contend", "observe", "point", "reiterate", "indicate", "proclaim", "shout", "testify", "concede",
    "joke", "quip", "mention", "speak", "cite", "quote", "blast", "slam",
    "continue", "report", "sing", "chant", "read", "rule", "mock", "dismiss", "liken", "laud", "praise", "brand", "dub", "label",
    "scold", "grill", "press", "wonder", "muse", "post", "retweet", "allege", "charge", "characterize", "characterise",
    "question", "interject", "reason", "hail", "whisper", "yell", "scream", "chide", "rebuke", "tout",
    # French
    "dire", "déclarer", "affirmer", "ajouter", "estimer", "souligner", "expliquer", "indiquer", "annoncer",
    "assurer", "préciser", "avertir", "insister", "répondre", "confier", "lancer", "rappeler", "dénoncer",
    "prévenir", "marteler", "confirmer", "reconnaître", "admettre", "promettre", "regretter", "juger", "commenter",
    "conclure", "poursuivre", "réagir", "démentir", "exclamer", "interroger", "raconter", "écrire",
    # German / Spanish (used when a parser provides lemmas)
    "sagen", "erklären", "betonen", "fügen", "warnen", "meinen", "mitteilen", "kritisieren", "schreiben", "sprechen",
    "decir", "afirmar", "declarar", "añadir", "asegurar", "explicar", "señalar", "indicar", "advertir", "subrayar",
}
# verbs that take reported speech without quotation marks
INDIRECT_LEMMAS = {
    "say", "tell", "state", "add", "announce", "claim", "warn", "argue", "insist", "note", "explain", "write",
    "confirm", "report", "stress", "acknowledge", "admit", "deny", "predict", "suggest", "dire", "déclarer",
    "affirmer", "annoncer", "estimer", "assurer", "sagen", "erklären", "decir", "afirmar",
    # findings and beliefs are attributed claims too: "a poll shows ...", "the study found ...", "he believes ..."
    "show", "find", "reveal", "indicate", "estimate", "believe", "think", "conclude", "allege", "contend",
}
PRONOUNS = {"he", "she", "him", "her", "er", "sie", "il", "elle", "él", "ella"}
PLURAL_PRONOUNS = {"they", "we", "i", "ils", "elles", "nous", "wir", "ellos", "nosotros"}
# a straight mark may close a curly one and the reverse: news copy mixes them ("Oz has ...,” said)
_OPEN_TO_CLOSE = {"“": "”\"", "„": "“”", "«": "»", "‹": "›", '"': '"”', "‘": "’", "'": "'", "‚": "‘’"}
# words of a lexical cue, for pipelines without a parser
LEXICAL_CUES = {
    "de": r"sagte|sagt|erklärte|erklärt|betonte|betont|meinte|fügte\s+hinzu|warnte|so|schrieb|kritisierte|teilte\s+mit",
    "es": r"dijo|afirmó|declaró|aseguró|añadió|explicó|señaló|indicó|según|advirtió",
    "fr": r"a\s+déclaré|a\s+dit|a\s+affirmé|a\s+ajouté|a\s+souligné|selon|a\s+estimé|a\s+expliqué|a\s+prévenu|a\s+averti"
          r"|a\s+assuré|a\s+indiqué|a\s+précisé|a\s+annoncé|a\s+rappelé|a\s+martelé|déclare|affirme|estime|prévient",
    "it": r"ha\s+detto|ha\s+dichiarato|ha\s+affermato|ha\s+aggiunto|ha\s+spiegato|ha\s+sottolineato|ha\s+commentato|ha\s+scritto"
          r"|ha\s+annunciato|ha\s+avvertito|ha\s+ribadito|secondo|dice|afferma|dichiara|spiega|aggiunge",
    "pt": r"disse|afirmou|declarou|acrescentou|explicou|destacou|ressaltou|escreveu|anunciou|alertou|segundo|diz|afirma|declara",
    "en": r"said|says|added|stated|told|noted|warned|according\s+to|wrote|argued|claimed",
}
_PROPER = re.compile(r"\b[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ’'-]+(?:\s[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ’'-]+){1,3}\b")
_NAME = r"(?P<spk>(?:[A-ZÀ-ÖØ-Þ][\w’'.-]+\s){0,3}[A-ZÀ-ÖØ-Þ][\w’'-]+)"


@dataclass
class _Span:
    start: int  # content start, relative to the paragraph
    end: int
    closed: bool


def find_quote_spans(text: str, sentences: list[tuple[int, int]], continues: bool = False) -> list[_Span]:
    """Content spans (inside the marks) of the quotations of one paragraph.

    ``continues`` says the next paragraph opens with a quotation mark, in which
    case an unclosed quote may run to the end of this paragraph."""
    spans: list[_Span] = []
    open_at: int | None = None
    open_ch = ""
    n = len(text)

    def unclosed_end(pos: int) -> int:
        if continues:
            return n
        for s, e in sentences:
            if s <= pos < e:
                return e
        return n

    i = 0
    open_w = 1
    while i < n:
        ch = text[i]
        prev = text[i - 1] if i else " "
        w = 1
        if ch == "'" and i + 1 < n and text[i + 1] == "'":
            ch, w = '"', 2  # two apostrophes are a double mark (''That makes me smart'')
        nxt = text[i + w] if i + w < n else " "
        if open_at is None:
            if ch in "“„«‹\"" or (ch in "‘‚" and not prev.isalnum()) or (ch == "'" and not prev.isalnum() and nxt.isalpha()):
                open_at, open_ch, open_w = i, ch, w
        else:
            closers = _OPEN_TO_CLOSE[open_ch]
            single = open_ch in "‘'‚"
            if ch in closers and (not single or not nxt.isalnum()):
                if open_ch == '"' or not single or (prev.isalnum() or prev in ".,!?;"):
                    spans.append(_Span(open_at + open_w, i, True))
                    open_at = None
            elif not single and ch in "“„«" and ch not in closers:
                # a new opening mark while one is open: the first was never closed
                spans.append(_Span(open_at + open_w, min(unclosed_end(open_at), i), False))
                open_at, open_ch, open_w = i, ch, w
        i += w
    if open_at is not None:
        spans.append(_Span(open_at + open_w, unclosed_end(open_at), False))
    return [_trim(text, s) for s in spans if _trim(text, s).end > _trim(text, s).start]


def _trim(text: str, span: _Span) -> _Span:
    s, e = span.start, span.end
    while s < e and text[s] in " \n":
        s += 1
    while e > s and text[e - 1] in " \n,;:“”\"«»„":
        e -= 1
    return _Span(s, e, span.closed)


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


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
    others = {(e.canonical or e.text) for e in article.entities if e.label not in ("PERSON", "PER")}
    for m in _PROPER.finditer(article.text, 0, pos):
        name = m.group()
        while (t := TITLES.match(name)) and len(name.split()) > 1:
            name = name[t.end() :]
        if len(name.split()) >= 2 and name not in others and (best is None or m.start() > best.start):
            best = Entity(name, "PERSON", m.end() - len(name), m.end(), name)
    return best


_RELATIVE = {"who", "that", "which", "whom"}
_DATELINE = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .,'’-]{1,40}\s(?:--|—|–|-)\s?")
_HONORIFIC = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "sir": "m", "lady": "f", "lord": "m",
              "herr": "m", "frau": "f", "m.": "m", "mme": "f", "madame": "f", "monsieur": "m", "señor": "m", "señora": "f"}  # fmt: skip
_GENDERED = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f",
             "er": "m", "il": "m", "elle": "f", "él": "m", "ella": "f"}  # fmt: skip


@dataclass
class _Mention:
    """A person named outside quotation marks, for pronoun resolution."""

    name: str
    start: int
    end: int
    subject: bool = False  # the subject of its clause ("Clinton says ...")
    speaker: bool = False  # named as the speaker of a quotation


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
        self.groups: list[tuple[int, str, bool]] = []  # (offset, text, plural) of subjects that are no person
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
                continue
            for tok in doc:
                if tok.dep_ in ("nsubj", "nsubjpass", "nsubj:pass"):
                    subj_at.add(para.offset + tok.idx)
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
                    g = _ROLE_GENDER.get(other.lower_)
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
            prev = art.text[max(0, e.start - 6) : e.start].split()
            if prev and prev[-1].lower() in _HONORIFIC:
                vote(name, _HONORIFIC[prev[-1].lower()], 3)
            # a subject, or a person introduced with their role ("... concerns Henry Crespo,
            # president of the caucus."): both are who the next "he said" is about
            subject = any(p in subj_at for p in range(e.start, e.end)) or bool(_INTRODUCED.match(art.text, e.end))
            self.mentions.append(_Mention(name, e.start, e.end, subject))
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
        plural = tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in tok.children)
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
            if pl == plural and pos - start <= _GROUP_REACH:
                best = text
        return best

    def name_of(self, e: Entity) -> str:
        """A person's name for this article: the fullest form named outside quotations and headlines."""
        return self.full(e.text)

    def full(self, name: str) -> str:
        """"Stoltenberg" -> "Jens Stoltenberg" when the article names him so ("Bill Clinton" stays)."""
        name = _clean_person(name)
        words = name.split()
        fuller = self.names.get(words[-1]) if words else None
        return fuller if fuller and fuller.split()[-len(words) :] == words else name

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
            score = dist * (W_SPEAKER if m.speaker else W_SUBJECT if m.subject else W_OTHER)
            if best is None or score <= best[0]:
                best = (score, m.name)
        return best[1] if best else None

    def spoke(self, name: str, start: int, end: int) -> None:
        """Record ``name`` as a speaker at ``start:end`` (it becomes salient for pronouns)."""
        if name and name[:1].isupper():
            self.mentions.append(_Mention(name, start, end, True, True))
            self.mentions.sort(key=lambda x: x.start)

    def named(self, start: int, end: int, cue: str, pos: int) -> tuple[str, int, int, str] | None:
        """Speaker for a subject spanning article offsets ``start:end``.  With ``cue == "first"``
        (a span that may run past the name: 'said Hester. Michael Mulgrew, ...') the first person wins."""
        art = self.article
        if cue == "first":
            people = [e for e in art.entities if e.label in ("PERSON", "PER") and start <= e.start and e.end <= end]
            if people:
                return self.name_of(people[0]), people[0].start, people[0].end, "said"
            end = start + len(re.split(r"\.\s|\s(?:of|in|on|at|who|after|before|during)\s", art.text[start:end])[0])
            cue = "said"
        text = art.text[start:end]
        if _is_time(art, start, end):
            return None  # "Thursday" is no speaker
        words = text.lower().split()
        if len(words) == 1 and words[0] in PRONOUNS:
            name = self.antecedent(start, words[0])
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
            return self.name_of(ent), ent.start, ent.end, cue
        ent = _entity_at(art, start, end, labels=("ORG", "GPE", "NORP", "MISC"))
        if ent and len(text.split()) <= 4 and art.text[ent.end : end].strip(" ,.’'s") == "":
            return ent.canonical or ent.text, ent.start, ent.end, cue  # "The New York Times", not "WASHINGTON -- President Obama"
        cleaned = _DATELINE.sub("", text.strip())
        cleaned = re.sub(r"^(the|a|an|der|die|das|le|la|les|el|los|las)\s+", "", cleaned, flags=re.I)
        while (t := TITLES.match(cleaned)) and len(cleaned.split()) > 1:
            cleaned = cleaned[t.end() :]
        return (cleaned, start, end, cue) if cleaned else None


_ROLE_GENDER = {
    "spokeswoman": "f", "spokesman": "m", "chairwoman": "f", "chairman": "m", "congresswoman": "f", "congressman": "m",
    "businesswoman": "f", "businessman": "m", "actress": "f", "actor": "m", "mother": "f", "father": "m", "wife": "f",
    "husband": "m", "daughter": "f", "son": "m", "sister": "f", "brother": "m", "widow": "f", "widower": "m",
    "grandmother": "f", "grandfather": "m", "queen": "f", "king": "m", "princess": "f", "prince": "m", "woman": "f", "man": "m",
    "girl": "f", "boy": "m", "aunt": "f", "uncle": "m", "niece": "f", "nephew": "m", "councilwoman": "f", "councilman": "m",
    "anchorwoman": "f", "anchorman": "m", "sprecherin": "f", "sprecher": "m", "porte-parole": "", "portavoz": "",
}  # fmt: skip


# Common given names whose gender is unambiguous, for "she said" after two people were named.
_FEMALE = (
    "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret betty sandra ashley dorothy kimberly "
    "emily donna michelle carol amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen anna "
    "brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie "
    "joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann "
    "teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia "
    "marie diana brittany natalie isabella charlotte rose alexis kayla hillary melania ivanka michelle nancy elaine kamala sonia tina "
    "loretta condoleezza madeleine theresa angela ursula christine marine ségolène anne brigitte hélène sophie nathalie isabelle "
    "sylvie monique françoise valérie céline camille chloé ursula annalena sahra petra andrea katarina jutta birgit sabine claudia "
    "carmen lucía sofía marta cristina pilar dolores rosa elena irene nadia svetlana olga natalia tatiana yulia greta jacinda "
    "benazir indira aung carrie tsai ilhan alexandria nikki kellyanne sarah huckabee jill stacey gretchen kirsten tammy dianne "
    "maxine kristen kristi liz lindsey melanie oprah beyoncé serena venus malala meghan kate camilla"
)
_MALE = (
    "james robert john michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul "
    "andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry "
    "justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry "
    "douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence "
    "dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell "
    "bobby mason philip louis barack bernie mike mitch ted marco rand chris jeb newt rudy reince bill hugh vladimir xi emmanuel "
    "nicolas françois jacques jean pierre olaf friedrich helmut gerhard wolfgang markus jens volodymyr recep narendra boris rishi "
    "keir tony gordon nigel benjamin benny yair mahmoud bashar kim shinzo fumio justin pedro mariano felipe andrés carlos luis "
    "jorge javier manuel miguel antonio josé francisco fernando alejandro diego hugo lula jair mauricio sergei dmitry alexei "
    "viktor mario matteo giuseppe silvio giorgio xavier olivier thierry laurent éric dominique bertrand günter jürgen heiko"
)
_FIRST_NAMES = {**{n: "f" for n in _FEMALE.split()}, **{n: "m" for n in _MALE.split()}}
for _n in ("jordan", "jean", "andrea", "kim", "dominique", "aung", "tsai", "sarah", "huckabee"):
    _FIRST_NAMES.pop(_n, None)  # given to both, or not a given name


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


W_SPEAKER, W_SUBJECT, W_OTHER = 0.3, 0.3, 100.0
_PRONOUN_REACH = 1500  # characters back to look for a pronoun's antecedent
_INTRODUCED = re.compile(r",\s(?:the\s|a\s|an\s)?(?:[a-z][\w-]*\s){0,3}(?:of|for|at|with|to)\s")  # ", president of", ", a spokeswoman for"
_GROUP_REACH = 600  # characters back to look for what "it" or "they" refers to


def _is_headline(text: str) -> bool:
    """A short title-case line ("Obama Says Museum Will Tell of 'Suffering and Delight.'")."""
    words = re.findall(r"[A-Za-z][\w’'-]*", text)
    if not 3 <= len(words) <= 25:
        return False
    return sum(1 for w in words if w[0].isupper()) / len(words) >= 0.6


def _subject_span(tok) -> tuple[int, int] | None:
    """Character span of the subject of cue token ``tok`` (climbing conjunctions).

    A passive cue takes its agent ("was written by Springsteen"); a relative
    pronoun subject ("anybody who complains") takes the noun it refers to."""
    head = tok
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if tok.tag_ == "VBG" and prev is not None and prev.pos_ == "PROPN" and prev.ent_type_ in ("PERSON", "PER", "ORG"):
        # "footage of Hillary Clinton asking, “...”", "Trump saying during the debate"
        left = prev
        while left.i > 0 and left.doc[left.i - 1].pos_ == "PROPN" and left.doc[left.i - 1].ent_type_ == prev.ent_type_:
            left = left.doc[left.i - 1]
        return left.idx, prev.idx + len(prev.text)
    for _ in range(3):
        agent = [c for c in head.children if c.dep_ == "agent"]
        if agent and list(agent[0].children):
            pobj = list(agent[0].children)[-1]
            return pobj.left_edge.idx, pobj.right_edge.idx + len(pobj.right_edge.text)
        subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")]
        if subj:
            sub = subj[0]
            if sub.lower_ in _RELATIVE and head.dep_ in ("relcl", "acl:relcl") and head.head is not head:
                noun = head.head
                return noun.left_edge.idx, noun.idx + len(noun.text)
            left = sub.left_edge.idx
            right = sub.right_edge.idx + len(sub.right_edge.text)
            # drop a relative clause or apposition after the name: "X, who ..., said",
            # but keep an apposition that names the person: "Estonia's minister, Kaarel Tamm, said"
            for c in sub.children:
                if c.dep_ in ("relcl", "acl", "appos", "punct") and c.idx > sub.idx and not _names_someone(c):
                    right = min(right, c.left_edge.idx)
            return left, right
        # a subject after the cue: « ... », a déclaré le maire Jean Dupont
        after = [c for c in head.children if c.dep_ in ("obj", "dobj", "nsubj:inv") and c.idx > head.idx]
        if after and any(t.pos_ == "PROPN" for t in after[0].subtree):
            sub = after[0]
            return sub.left_edge.idx, sub.right_edge.idx + len(sub.right_edge.text)
        if head.dep_ in ("conj", "xcomp", "advcl", "ccomp") and head.head is not head:
            head = head.head
        else:
            break
    return None


def _clause_subject(doc, start: int, end: int) -> tuple[int, int] | None:
    """Subject of the clause that introduces a quote with a colon or dash:
    'But Mayor Rosa Delgado hit back: "..."'."""
    subjects = [t for t in doc if start <= t.idx < end and t.dep_ in ("nsubj", "nsubjpass") and t.head.idx < end]
    if not subjects:
        return None
    sub = subjects[-1]
    right = sub.right_edge.idx + len(sub.right_edge.text)
    for c in sub.children:
        if c.dep_ in ("relcl", "acl", "appos", "punct") and c.idx > sub.idx and not _names_someone(c):
            right = min(right, c.left_edge.idx)
    return sub.left_edge.idx, right


def _names_someone(tok) -> bool:
    """An apposition that is a proper name (not a relative clause or a description)."""
    return tok.dep_ == "appos" and tok.pos_ == "PROPN"


def _inside(pos: int, spans: list[_Span]) -> bool:
    return any(s.start - 1 <= pos < s.end + 1 for s in spans)


@dataclass
class _Cue:
    pos: int  # character offset in the paragraph
    subj: tuple[int, int] | None  # subject span, paragraph offsets
    text: str
    tok: int = -1  # token index in the paragraph's doc


def _cues(doc, quote_spans: list[_Span]) -> list[_Cue]:
    """Every cue outside quotes, with the span of its subject."""
    out = []
    for tok in doc:
        if _inside(tok.idx, quote_spans):
            continue
        lemma = (tok.lemma_ or tok.text).lower()
        if tok.pos_ in ("VERB", "AUX") and (lemma in CUE_LEMMAS or lemma == "put" and any(c.lower_ == "it" for c in tok.children)):
            out.append(_Cue(tok.idx, _subject_span(tok), tok.text, tok.i))
        elif tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            to = doc[tok.i + 1]
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if objs:
                o = objs[0]
                out.append(_Cue(tok.idx, (o.left_edge.idx, o.right_edge.idx + len(o.right_edge.text)), "according to", tok.i))
        elif tok.lower_ in ("selon", "según") and tok.i + 1 < len(doc):
            nxt = doc[tok.i + 1]
            out.append(_Cue(tok.idx, (nxt.left_edge.idx, nxt.head.right_edge.idx + len(nxt.head.right_edge.text)), tok.text, tok.i))
    return out


def _pick_cue(doc, span: _Span, cues: list[_Cue], region: tuple[int, int], spans: list[_Span]) -> _Cue | None:
    """The cue that introduces the quotation ``span``, among the cues of ``region`` (the
    sentences the quotation spans, with the rest of the sentence it closes in).

    First a cue the quotation depends on in the parse ("said" governing the
    quoted clause); then the first cue right after the closing mark
    (", said X" / ", X said"); then the nearest cue before the opening mark."""
    cands = [c for c in cues if region[0] <= c.pos < region[1]]
    if not cands:
        return None
    by_tok = {c.tok: c for c in cands if c.tok >= 0}
    best: tuple[int, _Cue] | None = None
    for tok in doc:
        if not span.start <= tok.idx < span.end or span.start <= tok.head.idx < span.end or tok.head is tok:
            continue
        node, steps = tok.head, 1
        while steps <= 4:
            if node.i in by_tok:
                if best is None or steps < best[0]:
                    best = (steps, by_tok[node.i])
                break
            if node.head is node:
                break
            node, steps = node.head, steps + 1
    if best:
        return best[1]
    after = [c for c in cands if c.pos >= span.end]
    if after:
        first = min(after, key=lambda c: c.pos)
        gap = doc.text[span.end : first.pos]
        if len(gap) <= 60 and not any(ch in gap for ch in "“„«\"") and not any(span.end < s.start < first.pos for s in spans):
            return first
    before = [c for c in cands if c.pos < span.start]
    if before:
        return max(before, key=lambda c: c.pos)
    if not after:
        return None
    first = min(after, key=lambda c: c.pos)
    gap = doc.text[span.end : first.pos]
    if len(gap) > 60 and re.search(r"[.!?…][”\"’'»]*\s+[A-ZÀ-ÖØ-Þ]", doc.text[span.end - 3 : first.pos]):
        return None  # far off, past the end of a sentence: that cue belongs to the next one
    return first


_LEAD_NAME = re.compile(
    r"(?:(?:Said|Says|Added|Asked|Wrote|Continued|Tweeted)\s+)?(?P<spk>(?:[A-ZÀ-ÖØ-Þ][\w’'.-]*\s){0,3}[A-ZÀ-ÖØ-Þ][\w’'-]+)\s?:(?=\s|$)"
)
_DASH_NAME = re.compile(r"[”\"’»]?[\s,]{0,2}[―—–]\s?(?P<spk>(?:[A-ZÀ-ÖØ-Þ][\w’'.-]*\s){0,3}[A-ZÀ-ÖØ-Þ][\w’'-]+)")


def _clip_subject(subj: tuple[int, int] | None, spans: list[_Span], text: str) -> tuple[int, int] | None:
    """A subject span without the quotation the parser hung on it: '“...,” Flynn said'."""
    if not subj:
        return None
    s, e = subj
    for q in spans:
        if q.start - 1 <= s < q.end + 1 or q.start < e <= q.end:
            if q.end + 1 < e:
                s = q.end + 1
            else:
                return None
    while s < e and not (text[s].isalnum() or text[s] in "«"):
        s += 1
    return (s, e) if s < e else None


_AFTER_DASH = re.compile(r"\s*(?:--|[―—–])\s*(?P<name>(?:[A-ZÀ-ÖØ-Þ][\w.’'-]*\s?){1,4})")


def _past_dash(text: str, subj: tuple[int, int] | None) -> tuple[int, int] | None:
    """The name after a dash when the parser ended the subject at it: in 'were made
    public ― Trump boasted' or 'WASHINGTON -- President Obama, ..., said' the subject
    it returns is 'public ―' or 'WASHINGTON'."""
    if not subj:
        return subj
    s, e = subj
    stripped = text[s:e].rstrip()
    if stripped.endswith(("--", "―", "—", "–")):
        at = s + len(stripped) - (2 if stripped.endswith("--") else 1)
    elif stripped.isupper():  # a dateline place, "WASHINGTON"
        at = s + len(stripped)
    else:
        return subj
    m = _AFTER_DASH.match(text, at)
    if not m:
        return subj
    return m.start("name"), m.start("name") + len(m.group("name").rstrip())


_APPOSED = re.compile(r",\s(?P<spk>(?:[A-ZÀ-ÖØ-Þ][\w’'.-]+\s){1,3}?[A-ZÀ-ÖØ-Þ][\w’'-]+)(?=\s*(?:[,.;]|$))")


def _lexical_speaker(text: str, span: _Span, sent: tuple[int, int], lang: str) -> tuple[int, int, str] | None:
    """Speaker by cue patterns around the quote, for pipelines without a parser."""
    cues = LEXICAL_CUES.get(lang, LEXICAL_CUES["en"])
    after = text[span.end : sent[1]]
    # '», ha detto il ministro dell'Economia Marco Bianchi': up to four lower-case words
    # (article, role, "dell'Economia"-like attachments) between the cue and the name
    m = re.match(rf"\W{{0,3}}\s*(?:{cues})\s+(?:(?:\w+['’])?\w+\s+){{0,4}}?{_NAME}", after)
    if m:
        cue = m.group().split()[0] if m.group().split() else ""
        # a role then the person in apposition: 'disse o ministro das Finanças, João Almeida,'
        app = _APPOSED.match(after, m.end("spk"))
        if app:
            return span.end + app.start("spk"), span.end + app.end("spk"), cue
        return span.end + m.start("spk"), span.end + m.end("spk"), cue
    m = re.match(rf"\W{{0,3}}\s*{_NAME}\s+(?:{cues})\b", after)
    if m:
        return span.end + m.start("spk"), span.end + m.end("spk"), "cue"
    before = text[sent[0] : max(sent[0], span.start - 1)]
    m = re.search(rf"{_NAME}\s+(?:{cues})\b[^\"“„«]{{0,80}}$", before)
    if m:
        return sent[0] + m.start("spk"), sent[0] + m.end("spk"), "cue"
    m = re.search(rf"(?:{cues})\s+{_NAME}[^\"“„«]{{0,40}}$", before)
    if m:
        return sent[0] + m.start("spk"), sent[0] + m.end("spk"), "cue"
    # a subject with a role in lower case: '...,” Tulsa police Chief Chuck Jordan said', '...,” said Del. Stacey Plaskett of ...'
    m = re.match(rf"[^\w\n]{{0,3}}\s*(?P<spk>[A-ZÀ-ÖØ-Þ][^,;:!?“”\"«»\n]{{0,70}}?)\s(?:{cues})\b", after)
    if m:
        return span.end + m.start("spk"), span.end + m.end("spk"), "cue"
    m = re.match(rf"[^\w\n]{{0,3}}\s*(?:{cues})\s(?P<spk>[A-ZÀ-ÖØ-Þ][^,;:!?“”\"«»\n]{{0,70}})", after)
    if m:
        return span.end + m.start("spk"), span.end + m.end("spk"), "first"
    return None


def _governing_subject(doc, span: _Span) -> tuple[int, int] | None:
    """Subject of the verb a quoted phrase hangs on, when no speech verb
    introduces it: the one who used the words ("The two presidents introduced
    the “War On Drugs”")."""
    for tok in doc:
        if not span.start <= tok.idx < span.end or span.start <= tok.head.idx < span.end or tok.head is tok:
            continue
        node = tok.head
        for _ in range(3):
            if node.pos_ in ("VERB", "AUX"):
                return _subject_span(node)
            if node.head is node:
                break
            node = node.head
        return None
    return None


def _names_outside(article: Article, para: Paragraph, spans: list[_Span]) -> bool:
    """The paragraph names a person outside its quotations (who may be its new speaker);
    names inside the quoted words are what is said, not who says it."""
    for e in article.entities:
        if e.label in ("PERSON", "PER") and para.offset <= e.start < para.offset + len(para.text):
            if not _inside(e.start - para.offset, spans):
                return True
    return False


def _can_speak(article: Article, start: int, end: int) -> bool:
    """A subject that can have used words: it names a person or an organisation,
    or is a personal pronoun ("The Trends Are 'Terrifying'" has no speaker, nor
    has the "it" of "it's crucial to “protect our values”")."""
    words = article.text[start:end].lower().split()
    if len(words) == 1 and words[0] in PRONOUNS:
        return True
    return _entity_at(article, start, end, ("PERSON", "PER", "ORG", "NORP")) is not None


def _headline_speaker(attrib: _Attributor, para: Paragraph, before: str) -> tuple[str, int, int, str] | None:
    """The speaker a headline names before a colon: "Rush Limbaugh: Hillary ... ‘Reeks of Fear’",
    "A lesson from Loretta Lynch: ‘Be the voice ...’"."""
    colon = before.rfind(":")
    if colon < 0:
        return None
    start, end = para.offset, para.offset + colon
    ent = _entity_at(attrib.article, start, end)
    if ent is not None:
        return attrib.name_of(ent), ent.start, ent.end, ":"
    lead = _LEAD_NAME.match(before)
    if lead and lead.end("spk") == colon:
        return attrib.named(para.offset + lead.start("spk"), para.offset + lead.end("spk"), ":", end)
    return None


def _sentence_of(pos: int, sents: list[tuple[int, int]]) -> tuple[int, tuple[int, int]]:
    for i, (s, e) in enumerate(sents):
        if s <= pos < e:
            return i, (s, e)
    return len(sents) - 1, sents[-1] if sents else (0, 0)


def _region(span: _Span, sents: list[tuple[int, int]], n: int) -> tuple[int, int]:
    """From the sentence where the quotation opens to the end of the sentence where it closes,
    or a little past the closing mark (the parser often ends a sentence at '?”' before 'Graham asked')."""
    _, first = _sentence_of(span.start, sents)
    _, last = _sentence_of(min(span.end, n - 1), sents)
    return first[0], max(first[1], last[1], min(n, span.end + 60))


def _colon_intro(attrib: _Attributor, para: Paragraph, sents: list[tuple[int, int]], cues: list[_Cue]) -> tuple[str, int, int, str] | None:
    """The speaker announced by a paragraph that ends with a colon ("He said:"), for the
    quotation that opens the next paragraph."""
    text = para.text.rstrip()
    if not text.endswith(":") or not sents:
        return None
    last = sents[-1]
    in_last = [c for c in cues if last[0] <= c.pos < last[1] and c.subj]
    subj = max(in_last, key=lambda c: c.pos).subj if in_last else _clause_subject(para.doc, last[0], len(text))
    if not subj:
        return None
    return attrib.named(para.offset + subj[0], para.offset + subj[1], ":", para.offset + len(text))


@component("quotes")
def add_quotes(article: Article, paragraphs: list[Paragraph]) -> None:
    lang = (article.language or "en")[:2]
    all_sents, all_spans = [], []
    for k, para in enumerate(paragraphs):
        sents = paragraph_sentences(para) or [(0, len(para.text))]
        nxt = paragraphs[k + 1].text.lstrip() if k + 1 < len(paragraphs) else ""
        all_sents.append(sents)
        all_spans.append(find_quote_spans(para.text, sents, continues=bool(nxt[:1]) and nxt[0] in "“„«\"‘"))
    quoted = [(p.offset + s.start, p.offset + s.end) for p, spans in zip(paragraphs, all_spans, strict=True) for s in spans]
    attrib = _Attributor(article, paragraphs, quoted)
    sent_base = 0
    prev_para_last: Quote | None = None
    intro: tuple[str, int, int, str] | None = None  # "He said:" at the end of the previous paragraph
    for k, para in enumerate(paragraphs):
        text = para.text
        sents, spans = all_sents[k], all_spans[k]
        parsed = has_parser_doc(para.doc)
        cues = _cues(para.doc, spans) if parsed else []
        used_cues: set[int] = set()
        para_quotes: list[Quote] = []
        for span in spans:
            si, sent = _sentence_of(span.start, sents)
            content = text[span.start : span.end]
            before = text[sent[0] : max(sent[0], span.start - 1)].strip()
            kind = "direct" if not before or before.endswith((":", ",")) or _words(content) >= 12 and not before else "partial"
            speaker = None
            if parsed:
                cue = _pick_cue(para.doc, span, cues, _region(span, sents, len(text)), spans)
                if cue is not None:
                    used_cues.add(cue.pos)
                    subj = _past_dash(text, _clip_subject(cue.subj, spans, text))
                    if subj:
                        speaker = attrib.named(para.offset + subj[0], para.offset + subj[1], cue.text, para.offset + span.start)
                if speaker is None and (lead := _LEAD_NAME.match(before)):
                    # "Said Ellis: “...”", a headline "Pat Caddell: ... ‘in Their Heads’"
                    spk = para.offset + sent[0] + lead.start("spk"), para.offset + sent[0] + lead.end("spk")
                    speaker = attrib.named(spk[0], spk[1], ":", para.offset + span.start)
                if speaker is None and before.endswith((":", "—", "–", " -")):
                    subj = _clause_subject(para.doc, sent[0], span.start)
                    if subj:
                        speaker = attrib.named(para.offset + subj[0], para.offset + subj[1], ":", para.offset + span.start)
            if speaker is None:
                # no parser, or a parse that lost the subject: cue words around the quotation
                found = _lexical_speaker(text, span, _region(span, sents, len(text)) if parsed else sent, lang)
                if found:
                    speaker = attrib.named(para.offset + found[0], para.offset + found[1], found[2], para.offset + span.start)
            if speaker is None and (dash := _DASH_NAME.match(text, span.end)):
                # a list of reactions: “...” ― Martha Aguilar
                spk = para.offset + dash.start("spk"), para.offset + dash.end("spk")
                speaker = attrib.named(spk[0], spk[1], "―", para.offset + span.start)
            if speaker is None and span.start <= 1 and intro:
                speaker = intro
            if speaker is None and parsed and si > 0 and before == "":
                # a quotation on its own after a sentence that names a speaker:
                # 'Cummings called him a master at deals. "He showed again and again ..."'
                prev_sent = sents[si - 1]
                said = [c for c in cues if prev_sent[0] <= c.pos < prev_sent[1] and c.subj and not _inside(c.pos, spans)]
                subj = _clip_subject(said[-1].subj, spans, text) if said else None
                if subj:
                    speaker = attrib.named(para.offset + subj[0], para.offset + subj[1], said[-1].text, para.offset + span.start)
            if speaker is None and parsed and before and _words(content) >= 3:
                # a phrase quoted inside a clause: 'Trump attacked “the hateful ideology ...”'
                subj = _clip_subject(_governing_subject(para.doc, span), spans, text)
                if subj and _can_speak(article, para.offset + subj[0], para.offset + subj[1]):
                    speaker = attrib.named(para.offset + subj[0], para.offset + subj[1], "quoted", para.offset + span.start)
            if speaker is None and k == 0 and (_is_headline(text) or len(sents) == 1 and _words(text) <= 25):
                speaker = _headline_speaker(attrib, para, text[: span.start])
            if speaker is None and _words(content) < 3:
                continue  # a scare-quoted term, not a quotation
            if speaker is None:
                if para_quotes and para_quotes[-1].speaker and para_quotes[-1].kind != "indirect":
                    prev = para_quotes[-1]
                    speaker = (prev.speaker, prev.speaker_start, prev.speaker_end, prev.cue)
                elif span.start <= 1 and prev_para_last and prev_para_last.speaker and not _names_outside(article, para, spans):
                    prev = prev_para_last
                    speaker = (prev.speaker, prev.speaker_start, prev.speaker_end, prev.cue)
            q = Quote(
                text=content,
                start=para.offset + span.start,
                end=para.offset + span.end,
                kind=kind,
                speaker=speaker[0] if speaker else None,
                speaker_start=speaker[1] if speaker else None,
                speaker_end=speaker[2] if speaker else None,
                cue=speaker[3] if speaker else None,
                sentence=sent_base + si,
            )
            para_quotes.append(q)
            if q.speaker and q.speaker[:1].isupper() and _entity_at(article, q.speaker_start or 0, q.speaker_end or 0, ("ORG", "GPE", "NORP")) is None:
                attrib.last_person = q
                attrib.spoke(q.speaker, q.speaker_start or q.start, q.speaker_end or q.start)
        # reported speech without quotation marks
        if parsed:
            for q in _indirect(article, para, sents, spans, used_cues, attrib, sent_base):
                para_quotes.append(q)
        para_quotes.sort(key=lambda q: q.start)
        article.quotes.extend(para_quotes)
        if para_quotes:
            prev_para_last = para_quotes[-1] if para_quotes[-1].kind != "indirect" else prev_para_last
        else:
            prev_para_last = None
        intro = _colon_intro(attrib, para, sents, cues) if parsed else None
        sent_base += len(sents)
    _canonical_speakers(article, attrib)


def _canonical_speakers(article: Article, attrib: _Attributor | None = None) -> None:
    """Map "Stoltenberg" to "Jens Stoltenberg" when the article names him in full
    (outside quotations and headlines: "Crooked Hillary Clinton" is no one's name)."""
    if attrib is not None and attrib.names:
        for q in article.quotes:
            if q.speaker and q.speaker[:1].isupper():
                q.speaker = attrib.full(q.speaker)
        return
    people = sorted({e.canonical or e.text for e in article.entities if e.label in ("PERSON", "PER")}, key=len, reverse=True)
    for q in article.quotes:
        if not q.speaker:
            continue
        words = q.speaker.split()
        for name in people:
            nw = name.split()
            if len(nw) > len(words) and any(nw[i : i + len(words)] == words for i in range(len(nw) - len(words) + 1)):
                q.speaker = name
                break


def has_parser_doc(doc) -> bool:
    return doc.has_annotation("DEP")


def _reported_clause(tok) -> tuple[int, int] | None:
    """Character span of what speech verb ``tok`` reports: its clausal complement,
    before or after it ("X said the plan failed", "The plan failed, X said"), or,
    for a parenthetical verb, the clause around it ("The museum, Bush said, celebrated ...")."""
    comp = [c for c in tok.children if c.dep_ == "ccomp"]
    if comp:
        c = next((c for c in comp if c.idx > tok.idx), comp[0])
        return c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)
    if tok.dep_ == "parataxis" and tok.head.pos_ in ("VERB", "AUX"):
        head = tok.head
        return head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text)
    return None


def _according_to(doc) -> list[tuple[int, int, tuple[int, int]]]:
    """Clauses attributed with "according to X" (before or after them): (start, end, source span)."""
    out = []
    for tok in doc:
        if tok.lower_ != "according" or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
            continue
        objs = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
        head = tok.head
        if not objs or head is tok or head.pos_ not in ("VERB", "AUX"):
            continue
        src = (objs[0].left_edge.idx, objs[0].right_edge.idx + len(objs[0].right_edge.text))
        phrase_start, phrase_end = tok.idx, src[1]
        start, end = head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text)
        if phrase_start <= start + 1:  # "According to X, the plan ..."
            start = phrase_end
        elif phrase_end >= end - 1:  # "the plan ..., according to X"
            end = phrase_start
        else:
            continue  # in the middle: leave it
        text = doc.text[start:end]
        lead = len(text) - len(text.lstrip(" ,;:—–-"))
        out.append((start + lead, start + len(text.rstrip(" ,;:—–-")), src))
    return out


def _indirect(article, para, sents, spans, used_cues, attrib, sent_base):
    """Reported speech: a speech verb's clause, with the verb's subject as speaker.
    A clause that is mostly a quotation is left to the quotation; one that only
    carries a quoted phrase ('He said that her “only experience” was ...') is
    reported speech all the same."""
    doc = para.doc
    for tok in doc:
        lemma = (tok.lemma_ or tok.text).lower()
        if lemma not in INDIRECT_LEMMAS or tok.pos_ != "VERB" or _inside(tok.idx, spans):
            continue
        clause = _reported_clause(tok)
        if clause is None:
            continue
        start, end = clause
        if start <= tok.idx < end and tok.dep_ != "parataxis":
            continue  # the verb inside its own complement: a parse error
        quoted = sum(max(0, min(end, q.end) - max(start, q.start)) for q in spans)
        if quoted > 0.5 * (end - start) or (tok.idx in used_cues and not quoted) or _words(doc.text[start:end]) < 4:
            continue
        if doc.text[start:end].split()[0].lower() in ("that", "que", "dass"):
            start += len(doc.text[start:end].split()[0]) + 1
        subj = _subject_span(tok)
        if not subj:
            continue
        speaker = attrib.named(para.offset + subj[0], para.offset + subj[1], tok.text, para.offset + start)
        if not speaker:
            continue
        content = doc.text[start:end].rstrip(" .,;")
        si, _ = _sentence_of(start, sents)
        yield Quote(content, para.offset + start, para.offset + start + len(content), "indirect", speaker[0], speaker[1], speaker[2], speaker[3], sent_base + si)
    for start, end, src in _according_to(doc):
        quoted = sum(max(0, min(end, q.end) - max(start, q.start)) for q in spans)
        if quoted > 0.5 * (end - start) or _words(doc.text[start:end]) < 4:
            continue
        speaker = attrib.named(para.offset + src[0], para.offset + src[1], "according to", para.offset + start)
        if not speaker:
            continue
        content = doc.text[start:end].rstrip(" .,;")
        si, _ = _sentence_of(start, sents)
        yield Quote(content, para.offset + start, para.offset + start + len(content), "indirect", speaker[0], speaker[1], speaker[2], speaker[3], sent_base + si)
