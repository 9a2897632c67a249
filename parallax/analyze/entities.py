"""Named entities, with article-level canonical names.

"Stoltenberg" later in an article refers to the "Jens Stoltenberg" named
earlier; every mention gets the longest same-label name it is a part of as
``canonical``, so that comparisons across articles match names, not strings.
Pipelines without NER (languages without a packaged model) fall back to runs
of capitalised words, labelled ``MISC``, or ``PER`` when a role title stood
before them ("Ministerin Anna Berg") or a common given name opens them.
"""

from __future__ import annotations

import re

from parallax.analyze import Paragraph, component
from parallax.analyze.name_forms import polish_nominative
from parallax.analyze.names import FIRST_NAMES
from parallax.analyze.nlp import has_ner
from parallax.analyze.person_spans import add_lone_surnames, addressee_cut, without_verbs
from parallax.analyze.timelex import LEXICONS
from parallax.analyze.titles import (
    DEFINITE,
    HONORIFICS,
    PERSON_NOUNS,
    ROLE_COMPOUND,
    ROLE_GENDER,
    ROLES,
    TITLE_WORDS,
    TITLES,
    role_after_particle,
    role_word_before_name,
)
from parallax.letters import UPPER
from parallax.records import Article, Entity

NAME_LABELS = {"PERSON", "PER", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART", "MISC"}
# capitalised words, with name particles only between two of them ("Ursula von der Leyen",
# "Banco de España"), never dangling at the end ("Parlamento la")
_CAPS = re.compile(rf"\b[{UPPER}][\w’'-]+(?:\s+(?:(?:de|von|van|der|la|le|du|al|da|di|del|dos|das)\s+){{0,2}}[{UPPER}][\w’'-]+)*\b")
# capitalised function words that open a sentence, not a name ("Il Consiglio", "Der Minister"), and the German
# "Nach Angaben der", "Laut Angaben des" (according to), whose noun is no part of the name after it
_OPENERS = re.compile(
    r"^(?:(?:Nach|Laut)\s+Angaben|The|A|An|This|These|Il|Lo|La|Le|Les|Gli|I|Un|Una|Uno|Der|Die|Das|Ein|Eine|El|Los|Las|O|Os|As|Um|Uma|De|Het|Een|Dans|Nel|Nella|En|Em|No|Na|Im|Am"
    r"|In|Laut|Vor|Nach|Bei|Seit|Mit|Aus|Zum|Zur|Vom|Beim|Auf|Für|Über|Unter|Wegen|Trotz"
    # the Romance prepositions that open a sentence, and an article after one: "Secondo Rinaldi", "Según la Generalitat"
    # (not "Da", "Del", "Della", "Dos": they open surnames, "Del Piero", "Dos Santos"; "Per" and "Al" only before an
    # article, "Per la Gtt": "Per Holm" and "Al Gore" are names)
    r"|Secondo|Según|Segundo|Selon|Para|Por|Pelo|Pela|Con|Com|Dalla|Alla|Sul|Sulla|Tra|Entre|Sobre|Ao|Aos"
    # and the Slavic "according to", before a name in the genitive: "Według Jana Kowalskiego", "Podle Evy Novákové"
    r"|Według|Zdaniem|Podle|Podľa|Prema"
    r"|(?:Per|Al)(?=\s+(?:il|lo|la|le|gli|i)\s))\s+"
    r"(?:(?:der|die|das|den|dem|des|il|lo|la|le|gli|i|el|los|las|o|a|os|as)\s+)?"  # an opening preposition
    # an elided article and the common noun it opens: "L'azienda Gtt" (the company Gtt); "L'Aquila" is a name
    r"|^L['’][a-zà-ÿ]\w*\s+"
)
# the scripts of languages that put the place an office is of in the genitive between the title and the name
# ("мер Вельдани Штефан Лупу", "ο δήμαρχος Μαντουδίου Νίκος Παππάς"): a capital of Cyrillic or Greek
_GENITIVE_SCRIPT = re.compile(r"[А-ЯЁЄІЇҐΑ-ΩΆΈΉΊΌΎΏ]")
_ACRONYM = re.compile(rf"[{UPPER}]{{2,12}}\s+")  # bounded: linear
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
# markup written into the prose ('<a href="javascript:alert(2)">click here</a>'), which a model may
# tag as a name: no name has these characters
_MARKUP = re.compile(r"[<>=\"{}]")


def _word_before(text: str, pos: int) -> str:
    """The word before ``pos``, without the comma of an apposition ("El alcalde, Ramiro Uceda")."""
    words = text[max(0, pos - 30) : pos].lower().split()
    return words[-1].removesuffix(",") if words else ""


def _with_surname(doc, ent, text: str) -> str:
    """A person span the model ended on a given name takes the proper noun after it:
    "Chief Superintendent Helen | Marsh" (small models cut names after a long title)."""
    last = doc[ent.end - 1]
    if ent.end < len(doc) and last.text.lower() in FIRST_NAMES:
        nxt = doc[ent.end]
        if nxt.pos_ == "PROPN" and nxt.ent_iob_ == "O" and nxt.text[:1].isupper() and nxt.idx == last.idx + len(last.text) + 1:
            return text + " " + nxt.text
    return text


def _role_after(text: str, pos: int) -> bool:
    """Whether a role follows ``pos`` in apposition: ", Sprecherin der Gruppe", ", ministre de ..."."""
    m = re.match(rf",\s+(?:(?:{DEFINITE}|een)\s+)?([\w-]+)", text[pos : pos + 40])
    if not m:
        return False
    word = m.group(1)
    return word.lower() in TITLE_WORDS or bool(ROLE_COMPOUND.match(word + " "))


def _of_the_place(name: str) -> int | None:
    """Where the place an office is of starts in a titled run of capitals, Dutch "van" after a full name
    ("burgemeester Annelies Bakker van Voorne"), or None.  The word before "van" is a surname, not a second given
    name: "minister Jan Peter van Dijk" is one name."""
    words = name.split(" ")
    if len(words) < 4 or words[2] != "van" or words[1].lower() in FIRST_NAMES or not words[3][:1].isupper():
        return None
    return len(" ".join(words[:2]))


def clean_name(text: str) -> str:
    text = _POSSESSIVE.sub("", text.strip())
    return re.sub(r"^(the|The)\s+", "", text).strip(" .,;:")


def canonical_names(entities: list[Entity]) -> None:
    """Point short mentions at the longest name of the same label containing them."""
    by_label: dict[str, list[str]] = {}
    for e in entities:
        by_label.setdefault(_label_family(e.label), []).append(clean_name(e.text))
    people = by_label.get("PERSON", [])
    for e in entities:
        name = clean_name(e.text)
        words = name.split()
        best = name
        if e.label not in ("PERSON", "PER") and len(words) == 1:
            # a surname the model mislabelled: "Stoltenberg" (ORG) after "Jens Stoltenberg"
            full = [p for p in people if len(p.split()) > 1 and p.split()[-1] == name]
            if full:
                e.label = "PERSON"
        for other in by_label.get(_label_family(e.label), []):
            ow = other.split()
            if len(ow) > len(best.split()) and words and _contains_words(ow, words) and not _what_it_is_of(ow, words, e.label):
                best = other
        e.canonical = best


def _given_name_opens(text: str, lang: str) -> bool:
    """Whether a given name of the lexicon opens ``text``, in Polish also in the genitive ("Tadeusza Wiśniewskiego")."""
    first = (polish_nominative(text) if lang == "pl" else text).split()[0].lower()
    return first in FIRST_NAMES


def _label_family(label: str) -> str:
    return "PERSON" if label in ("PERSON", "PER") else label


# the words that link a name to the place or body it is of: "Câmara Municipal de Braga", "Bank of England",
# "Universität von Wien", "Comune di Torino", "Urząd Miasta w Gdańsku"
_OF_WORDS = frozenset({"de", "da", "do", "das", "dos", "del", "della", "di", "du", "des", "of", "von", "van", "w", "we", "in"})


def _what_it_is_of(haystack: list[str], needle: list[str], label: str) -> bool:
    """Whether a shorter name stands in a longer one only after a linking word ("Braga" in "Câmara Municipal de
    Braga"): the place or body the longer name is of, never its short form (the city, not its council).  A person's
    name keeps its particles ("Ursula von der Leyen", "Lula da Silva": the surname is the short form)."""
    if _label_family(label) == "PERSON":
        return False
    n = len(needle)
    at = [i for i in range(len(haystack) - n + 1) if haystack[i : i + n] == needle]
    return bool(at) and all(i > 0 and haystack[i - 1].lower() in _OF_WORDS for i in at)


def _contains_words(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


@component("entities")
def add_entities(article: Article, paragraphs: list[Paragraph]) -> None:
    lang = (article.language or "")[:2]
    for para in paragraphs:
        doc = para.doc
        if has_ner(_nlp_of(doc)):
            for ent in doc.ents:
                if ent.label_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"):
                    continue
                text = ent.text
                s = para.offset + ent.start_char
                if ent.label_ in ("PERSON", "PER") and (kept := without_verbs(ent)) != (ent.start_char, ent.end_char):
                    if kept is None:
                        continue
                    text, s = doc.text[kept[0] : kept[1]], para.offset + kept[0]  # "Obama Says" -> "Obama"
                # drop a trailing possessive from the span
                m = _POSSESSIVE.search(text)
                if m and ent.label_ != "NORP":
                    text = text[: m.start()]
                if ent.label_ in ("PERSON", "PER"):
                    text = _with_surname(doc, ent, text)
                    while (t := TITLES.match(text)) and len(text.split()) > 1:
                        text = text[t.end():]
                        s += t.end()
                    if cut := role_word_before_name(text):  # "Farmer Alan Whitby"
                        text, s = text[cut:], s + cut
                    if cut := addressee_cut(article.text, s, text):  # "explique à Ouest-France Jeanne Morel"
                        text, s = text[cut:], s + cut
                if not clean_name(text) or _MARKUP.search(text):
                    continue
                article.entities.append(Entity(text, ent.label_, s, s + len(text)))
            found = [e for e in article.entities if para.offset <= e.start < para.offset + len(para.text)]
            _people_by_evidence(found, doc, para.offset, "PER" if "PER" in _nlp_of(doc).get_pipe("ner").labels else "PERSON")
        else:
            for m in _CAPS.finditer(doc.text):
                text, s = m.group(), para.offset + m.start()
                opener = _OPENERS.match(text)
                if opener:  # "Il Consiglio" -> "Consiglio"
                    text, s = text[opener.end() :], s + opener.end()
                acronym = _ACRONYM.match(text)
                if acronym and len(text[acronym.end() :].split()) >= 2:  # "МЧС Андрей Петров": an organisation, then a person
                    article.entities.append(Entity(acronym.group().strip(), "MISC", s, s + len(acronym.group().strip())))
                    text, s = text[acronym.end() :], s + acronym.end()
                label = "MISC"
                words = text.split()
                given = next((i for i, w in enumerate(words[:-1]) if i and w.lower() in FIRST_NAMES), None)
                pre = doc.text[max(0, m.start() - 3) : m.start()].rstrip()
                opens = not pre or pre[-1] in '.!?"“„«—–'  # the run opens a sentence or a quotation
                titled = words[0].lower() in TITLE_WORDS or _word_before(doc.text, m.start()) in TITLE_WORDS
                if given is None and titled and len(words) >= 3 and all(_GENITIVE_SCRIPT.match(w) for w in words):
                    given = len(words) - 2  # "мер Вельдани Штефан Лупу": a place in the genitive, then first name and surname
                if given and words[0].lower() not in FIRST_NAMES and (opens or titled):
                    # "Сейсмологиня Ірина Васько", "(мэр) Верхнеозёрска Пётр Гаврилов": the person starts at the given name
                    cut = len(" ".join(words[:given])) + 1
                    text, s = text[cut:], s + cut
                if cut := role_after_particle(text):  # "Angaben von Verkehrsminister Jonas Weber": from the role on
                    text, s = text[cut:], s + cut
                while (role := TITLES.match(text) or ROLE_COMPOUND.match(text)) and len(text[role.end() :].split()) >= 2:
                    text, s = text[role.end() :], s + role.end()  # "Ministerin Anna Berg" -> "Anna Berg"
                    label = "PER"
                if cut := role_word_before_name(text):  # "Ärztin Miriam Vogt", "Sprecherin Lea Brandt"
                    text, s, label = text[cut:], s + cut, "PER"
                of_place = None
                if titled and (place := _of_the_place(text)):
                    at = place + len(" van ")  # "burgemeester Annelies Bakker van Voorne": the mayor of Voorne
                    of_place = Entity(text[at:], "MISC", s + at, s + len(text))
                    text = text[:place]
                if 2 <= len(text.split()) <= 4 and _given_name_opens(text, lang):
                    label = "PER"  # a given name opens it: "Anna Berg" (or "Jana Kowalskiego", in the genitive)
                elif 2 <= len(text.split()) <= 4 and _word_before(doc.text, m.start()) in TITLE_WORDS:
                    label = "PER"  # a title in lower case before it: "la ministra Ana Ruiz"
                elif 2 <= len(text.split()) <= 4 and _role_after(doc.text, m.end()):
                    label = "PER"  # a role in apposition after it: "Lea Brandstätter, Sprecherin der Gruppe"
                # skip a capitalised sentence opening that is a single common word
                if " " not in text and opens and not opener:
                    continue
                if label == "MISC" and lang == "de" and _german_noun(text, doc.text, s - para.offset):
                    continue
                article.entities.append(Entity(text, label, s, s + len(text)))
                if of_place is not None:
                    article.entities.append(of_place)
    parsed = bool(paragraphs) and has_ner(_nlp_of(paragraphs[0].doc))
    add_lone_surnames(article, paragraphs, parsed, (lambda text, pos: lang == "de" and _german_noun(text[pos:].split()[0], text, pos)))
    _places_by_evidence(article)
    canonical_names(article.entities)


# German capitalises every noun: a single capitalised word after an article, a contraction or a
# number is a noun ("die Fliegerbombe", "im Umkreis", "300 Menschen"), not a name; so are the
# calendar and clock words.  Acronyms ("die EZB") stay.
_DE_DETERMINERS = frozenset(
    "der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner im am zum zur vom beim ins ans "
    "jeder jede jedes jeden diese dieser diesen diesem dieses alle viele mehrere sein seine seinen seinem seiner ihr ihre "
    "ihren ihrem ihrer unser unsere unseren unserem rund etwa laut".split()
)
_DE_CALENDAR = frozenset(LEXICONS["de"].weekdays) | frozenset(LEXICONS["de"].dayparts) | {"uhr", "mittag"}


def _german_noun(word: str, text: str, pos: int) -> bool:
    if word.isupper() or " " in word:
        return False
    if word.lower() in _DE_CALENDAR:
        return True
    before = text[max(0, pos - 20) : pos].split()
    return bool(before) and (before[-1].lower() in _DE_DETERMINERS or before[-1].rstrip(".,").isdigit())


def _nlp_of(doc):
    from parallax.analyze.nlp import get_nlp

    return get_nlp(doc.lang_)


# ------------------------------------------------------------------- people the model labelled otherwise
# A small model tags some names of people as organisations ("Marcus Ellery", "Ruaridh MacLeod") and
# some places as people ("Carrick Point", "Kelton"), and the quote stage then resolves "he said" to a
# place.  What the article itself says settles it: a title or a person's noun before the name, an age
# after it, "he" or "she" taking it up; a place preposition before it, or the same name labelled a
# place elsewhere.  Only spans shaped like a person's name change label.

_NAME_SHAPE = re.compile(rf"(?<![\w’'-])[{UPPER}][\w’'-]*+(?<=[^\W\d_])(?:\s[{UPPER}][\w’'-]*+(?<=[^\W\d_])){{1,2}}")  # (linear)
_AGE_AFTER = re.compile(r",\s\d{1,3}(?:,|\.|;|\s(?:and|who)\b)|\s\(\d{1,3}\)")  # "Sadia Kern, 34,", "Sadia Kern (34)"
_PERSON_WORDS = TITLE_WORDS | set(ROLES) | set(ROLE_GENDER) | set(HONORIFICS) | PERSON_NOUNS
_SUBJECT = ("nsubj", "nsubjpass", "nsubj:pass")
_PLACE_BEFORE = re.compile(r"(?<!\w)(?:in|at|near|off|outside|on|into|across|along|around)\s(?:the\s)?\Z", re.I)
_IMPERSONAL_TOO = {"il"}
# words that head the name of an organisation or a place, never a person's ("Republican National
# Committee", "Westisles Ferries", "Carrick Point"): such a name stays what the model said
_NOT_A_PERSON = frozenset(
    """committee council party ministry department company group bank association union university college school
    agency office service services institute foundation corporation corp inc ltd llc plc board commission court
    authority police army force forces navy airline airlines airways ferries railway railways times news post press
    club team hospital church centre center museum trust fund network media partners holdings industries systems
    street road lane avenue square bridge station airport port harbour harbor point island bay river lake park hall
    tower house city county state republic kingdom""".split()
)  # French "il" is also the impersonal subject ("il faut", "il y a")


def _person_evidence(e: Entity, doc, others: list[Entity], quoted: list[tuple[int, int]]) -> str | None:
    """Why the span ``e`` (paragraph offsets of ``doc``) is a person's name, or None: a title,
    honorific or person's noun before it, an age after it, or a gendered pronoun outside the
    ``quoted`` spans that takes it up as the next name (of ``others``) it could refer to."""
    text = doc.text
    before = text[max(0, e.start - 40) : e.start].split()
    if before and before[-1].lower().rstrip(".,") in _PERSON_WORDS:
        return "title"
    if _AGE_AFTER.match(text, e.end):
        return "age"
    span = doc.char_span(e.start, e.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    if not (root.dep_ in _SUBJECT or root.dep_ == "appos" and root.head.dep_ in _SUBJECT):
        return None
    sent = span.sent
    stop = doc[sent.end].sent.end_char if sent.end < len(doc) else sent.end_char  # this sentence and the next
    for tok in doc[span.end :]:
        if tok.idx >= stop or any(n.start <= tok.idx < n.end for n in others):
            return None  # another name comes first: the pronoun may be its
        if tok.pos_ != "PRON" or any(a <= tok.idx < b for a, b in quoted):
            continue
        gender = tok.morph.get("Gender")
        if tok.morph.get("Person") == ["3"] and tok.morph.get("Number") == ["Sing"] and gender:
            if gender == ["Neut"]:
                return None  # "it said": an organisation
            if tok.lower_ not in _IMPERSONAL_TOO:
                return "pronoun"
    return None


def _people_by_evidence(found: list[Entity], doc, offset: int, person: str = "PERSON") -> None:
    """Relabel, in one paragraph (at article offset ``offset``), the names of people a model tagged
    otherwise (organisation, place, work) with the model's ``person`` label when the paragraph says
    they are people (:func:`_person_evidence`)."""
    local = [Entity(e.text, e.label, e.start - offset, e.end - offset) for e in found]
    quoted: list[tuple[int, int]] | None = None
    for e, here in zip(found, local, strict=True):
        if e.label in ("PERSON", "PER", "NORP") or not _NAME_SHAPE.fullmatch(e.text) or _NOT_A_PERSON & set(e.text.lower().split()):
            continue
        if quoted is None:
            from parallax.analyze.quotes.marks import find_quote_spans  # (the quote stage imports this package)

            quoted = [(q.start, q.end) for q in find_quote_spans(doc.text, [(0, len(doc.text))])]
        if _person_evidence(here, doc, [n for n in local if n is not here], quoted):
            e.label = person


def _places_by_evidence(article: Article) -> None:
    """Relabel as places the PERSON mentions of a name the article also labels a place ("Kelton's
    mayor" after "floods in Kelton"), or whose every mention follows a place preposition ("off
    Carrick Point", "on Mill Lane").  A mention with a title or an honorific before it stays a person."""
    text = article.text
    places: dict[str, list[str]] = {}
    people: dict[str, list[Entity]] = {}
    for e in article.entities:
        if e.label in ("GPE", "LOC", "FAC"):
            places.setdefault(clean_name(e.text), []).append(e.label)
        elif e.label in ("PERSON", "PER"):
            people.setdefault(clean_name(e.text), []).append(e)
    for name, mentions in people.items():
        titled = any(
            (text[max(0, e.start - 40) : e.start].split() or [""])[-1].lower().rstrip(".,") in _PERSON_WORDS for e in mentions
        )
        if titled or any(len(other) > len(name) and other.endswith(" " + name) for other in people):
            continue  # "Clinton" after "Hillary Clinton" is her, whatever "Clinton County" is
        if len(places.get(name, ())) >= len(mentions):
            label = places[name][0]
        elif all(_PLACE_BEFORE.search(text, max(0, e.start - 12), e.start) for e in mentions):
            label = "LOC"
        else:
            continue
        for e in mentions:
            e.label = label
