"""Named entities, with article-level canonical names.

"Stoltenberg" later in an article refers to the "Jens Stoltenberg" named earlier; every mention gets the longest
same-label name it is a part of as ``canonical``, so that comparisons across articles match names, not strings.
Pipelines without NER (languages without a packaged model) fall back to runs of capitalised words, labelled
``MISC``, or ``PER`` where a role title stood before them.

The names are found here; pointing mentions at their canonical names is :mod:`parallax.analyze.canonical_names`,
and relabelling the people and places a small model got wrong is :mod:`parallax.analyze.entity_evidence`.  Every
name those modules took from here is still importable from here.
"""

from __future__ import annotations

import re

from parallax.analyze import Paragraph, component
from parallax.analyze.acronym_regions import join_regional_bodies
from parallax.analyze.body_heads import ROLES_OF_A_BODY
from parallax.analyze.canonical_names import _OF_WORDS as _OF_WORDS
from parallax.analyze.canonical_names import _POSSESSIVE as _POSSESSIVE
from parallax.analyze.canonical_names import _contains_words as _contains_words
from parallax.analyze.canonical_names import _label_family as _label_family
from parallax.analyze.canonical_names import _what_it_is_of as _what_it_is_of
from parallax.analyze.canonical_names import canonical_names as canonical_names
from parallax.analyze.canonical_names import clean_name as clean_name
from parallax.analyze.declined_names import join_declined
from parallax.analyze.english_bodies import CAPS as ENGLISH_BODY_CAPS
from parallax.analyze.english_bodies import LANGS as ENGLISH_BODY_LANGS
from parallax.analyze.entity_evidence import _AGE_AFTER as _AGE_AFTER
from parallax.analyze.entity_evidence import _IMPERSONAL_TOO as _IMPERSONAL_TOO
from parallax.analyze.entity_evidence import _NAME_SHAPE as _NAME_SHAPE
from parallax.analyze.entity_evidence import _NOT_A_PERSON as _NOT_A_PERSON
from parallax.analyze.entity_evidence import _PERSON_WORDS as _PERSON_WORDS
from parallax.analyze.entity_evidence import _PLACE_BEFORE as _PLACE_BEFORE
from parallax.analyze.entity_evidence import _SUBJECT as _SUBJECT
from parallax.analyze.entity_evidence import _people_by_evidence as _people_by_evidence
from parallax.analyze.entity_evidence import _person_evidence as _person_evidence
from parallax.analyze.entity_evidence import _places_by_evidence as _places_by_evidence
from parallax.analyze.firm_entities import firm_entities
from parallax.analyze.german_nouns import _DE_CALENDAR as _DE_CALENDAR
from parallax.analyze.german_nouns import _DE_DETERMINERS as _DE_DETERMINERS
from parallax.analyze.german_nouns import _german_noun
from parallax.analyze.given_name_tags import people_by_name_shape
from parallax.analyze.greek_names import greek_nominative
from parallax.analyze.hausa_offices import run_name_start
from parallax.analyze.hungarian_names import hungarian_person
from parallax.analyze.indonesian_names import LANGS as INDONESIAN
from parallax.analyze.indonesian_names import holder_after, office_before_holder
from parallax.analyze.initials import initial_names
from parallax.analyze.name_forms import polish_nominative
from parallax.analyze.names import FIRST_NAMES
from parallax.analyze.nlp import has_ner
from parallax.analyze.noun_openers import drop_noun_openers
from parallax.analyze.office_holders import office_holders
from parallax.analyze.opening_adverbs import opening_adverb
from parallax.analyze.party_after_name import _ACRONYM as _ACRONYM
from parallax.analyze.party_after_name import acronyms_apart
from parallax.analyze.person_spans import add_lone_surnames, addressee_cut, office_place, with_surname, without_verbs
from parallax.analyze.portfolio_holders import holder_cut, portfolio_before, role_word
from parallax.analyze.quotes.acronym_bodies import acronym_body
from parallax.analyze.reporting_people import given_name_before
from parallax.analyze.state_names import name_states
from parallax.analyze.storm_names import storm_names
from parallax.analyze.titled_names import titled_names
from parallax.analyze.titles import (
    DEFINITE,
    ROLE_COMPOUND,
    TITLE_WORDS,
    TITLES,
    role_after_particle,
    role_opening,
    role_word_before_name,
)
from parallax.letters import UPPER, fold
from parallax.records import Article, Entity

NAME_LABELS = {"PERSON", "PER", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART", "MISC"}
# capitalised words, with name particles only between two of them ("Ursula von der Leyen", "Banco de España", "Maria do
# Rosário Ramalho", "Ministério do Trabalho"), never dangling at the end ("Parlamento la")
# (an Arabic article in lower case joined to a later word of the name by a hyphen is the name's: "Muhammed el-Huleyfi",
# "Ahmed al-Sharaa"); a combining accent is its word's (:data:`parallax.letters.MARKS`: Yoruba "Adébáyọ̀", a tone after ọ)
_CAPS = re.compile(
    rf"\b[{UPPER}][\w\u0300-\u036f’'-]+(?:\s+(?:(?:van\s+den|de|von|van|der|la|le|du|al|da|di|del|do|dos|das)\s+){{0,2}}"
    rf"(?:(?:al|el|as|ash|ad|ar|an|az|at|ul|ud)-)?[{UPPER}][\w\u0300-\u036f’'-]+)*(?![\w\u0300-\u036f])"
)
# Indonesian and Malay names have no lower-case particles but "bin" and "binti": "di" is "at", so "Johanis di Gedung
# Merah Putih" is a person and a building, not one name
_CAPS_ID = re.compile(rf"\b[{UPPER}][\w’'-]+(?:\s+(?:(?:bin|binti)\s+)?[{UPPER}][\w’'-]+)*\b")
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
    # and the Indonesian and Malay ones: "Menurut Johanis" (according to Johanis), "Selain Hendra" (besides Hendra) ...
    r"|Menurut|Selain|Kepada|Terhadap|Sejak"
    # and the Dutch and Nordic "according to": "Volgens Visser", "Enligt Klarfors", "Ifølge Hansen"
    r"|Volgens|Enligt|Ifølge"
    r"|Ông|Bà"  # and the Vietnamese honorific opening a sentence, Mr or Mrs: "Ông Trần Văn Minh cho biết" is Trần Văn Minh
    r"|(?:Per|Al)(?=\s+(?:il|lo|la|le|gli|i)\s))\s+"
    r"(?:(?:der|die|das|den|dem|des|il|lo|la|le|gli|i|el|los|las|o|a|os|as)\s+)?"  # an opening preposition
    # an elided article and the common noun it opens: "L'azienda Gtt" (the company Gtt); "L'Aquila" is a name
    r"|^L['’][a-zà-ÿ]\w*\s+"
)
# the scripts of languages that put the place an office is of in the genitive between the title and the name
# ("мер Вельдани Штефан Лупу", "ο δήμαρχος Μαντουδίου Νίκος Παππάς"): a capital of Cyrillic or Greek
_GENITIVE_SCRIPT = re.compile(r"[А-ЯЁЄІЇҐΑ-ΩΆΈΉΊΌΎΏ]")
# ... and the Slavic languages written in Latin letters: "Župan Kranja Matjaž Rakovec", "gradonačelnik Zagreba",
# "burmistrz Krakowa", "starosta Brna", "primátor Košíc": the town is no part of the name
_GENITIVE_PLACE = frozenset({"sl", "hr", "bs", "sr", "cs", "sk", "pl"})
# a patronymic in any case ("Викторович", "Викторовича", "Петровной", "Петрівни"): in "Сергея Викторовича Лаврова"
# the patronymic holds the given name before it in the person's name
_PATRONYMIC = re.compile(r"(?:вич|вна|чна|ич|ьич)$|(?:ович|евич|овн|евн|ічн|ичн|івн|ьич)\w{1,3}$")
# an East Slavic surname's shape ("Галущенко", "Ковальчук", "Лисицький", "Цивилев"): it tells that the unknown
# capitalised word before it is a given name the lexicon lacks, so a genitive place before both is cut
_EAST_SLAVIC_SURNAME = re.compile(r"(?:енко|[чю]?ук|ський|цький|зький|ська|цька|зька|ов|ова|ев|ева|єв|єва|ін|іна|ин|ина|як|чак)$")
# markup written into the prose ('<a href="javascript:alert(2)">click here</a>'), which a model may
# tag as a name: no name has these characters
_MARKUP = re.compile(r"[<>=\"{}]")


def _word_before(text: str, pos: int) -> str:
    """The word before ``pos``, without the comma of an apposition ("El alcalde, Ramiro Uceda")."""
    words = text[max(0, pos - 30) : pos].lower().split()
    return role_word(words[-1]).removesuffix(",") if words else ""  # (not its elided article: "l'assessore")


def _shaped_given_name(words: list[str], text: str, pos: int) -> bool:
    """Whether three capitalised words after a lower-case role's complement are a genitive place, then a given
    name and a surname known by its shape ("енергетики України Герман Галущенко"); a patronymic in the middle
    ("Юлія Володимирівна Тимошенко") or a known given name first keeps them one person's name."""
    before = _word_before(text, pos)
    return (
        before.isalpha()
        and before.islower()
        and words[0].lower() not in FIRST_NAMES
        and bool(_EAST_SLAVIC_SURNAME.search(words[2]))
        and not _PATRONYMIC.search(words[1])
        and not _EAST_SLAVIC_SURNAME.search(words[1])
    )


_ROMANCE_OF = re.compile(r"(?:de|da|di|do|del|della|dos|das)\s")


# a title, what it is of and a comma before a name: "O ministro da Saúde, Armindo Tiago", "el ministro de Sanidad, ..."
_TITLE_OF_APPOSED = re.compile(r"(?<!\w)([\w-]+)\s(?:de|do|da|dos|das|di|del|della|des|du|of|for)\s[^,;.!?]{1,40},\s\Z")


def _title_of_before(text: str, pos: int) -> bool:
    """Whether a title and its portfolio or body stand before ``pos``, set off by a comma (the name in apposition)."""
    m = _TITLE_OF_APPOSED.search(text, max(0, pos - 70), pos)
    return bool(m) and m.group(1).lower().removeprefix("ex-") in ROLES_OF_A_BODY


def _role_after(text: str, pos: int) -> bool:
    """Whether a role follows ``pos`` in apposition: ", Sprecherin der Gruppe", ", ministre de ..."."""
    m = re.match(rf",\s+(?:(?:{DEFINITE}|een)\s+)?([\w-]+)", text[pos : pos + 40])
    if not m:
        return False
    word = m.group(1)
    return word.lower() in TITLE_WORDS or bool(ROLE_COMPOUND.match(word + " "))


def _of_the_place(name: str) -> int | None:
    """Where the place an office is of starts in a titled run of capitals, Dutch "van" after a full name
    ("burgemeester Annelies Bakker van Voorne", "wethouder Sandra de Boer van Oosterhout"), or None.  The word before "van" is a surname, not a second given
    name: "minister Jan Peter van Dijk" is one name."""
    words = name.split(" ")
    # the first "van" after a full name, with the particles of a surname before it ("Sandra de Boer van Oosterhout")
    at = next((i for i in range(2, len(words) - 1) if words[i] == "van"), None)
    # (or the body after its article: "woordvoerster Sanne de Vries van de Inspectie Leefomgeving")
    body = at + 2 if at is not None and at + 2 < len(words) and words[at + 1] in ("de", "het") else (at or 0) + 1
    if at is None or not words[body][:1].isupper() or not words[at - 1][:1].isupper() or words[at - 1].lower() in FIRST_NAMES:
        return None
    return len(" ".join(words[:at]))


def _given_name_opens(text: str, lang: str) -> bool:
    """Whether a given name of the lexicon opens ``text``, in Polish also in the genitive ("Tadeusza Wiśniewskiego"),
    in Greek also in the genitive or accusative ("του Νίκου Δημητρίου", "τον Γιώργο Παπαδόπουλο")."""
    read = polish_nominative(text) if lang == "pl" else greek_nominative(text) if lang == "el" else text
    first = read.split()[0].lower()
    return first in FIRST_NAMES or lang == "yo" and fold(first) in FIRST_NAMES  # Yoruba tone marks: "Túndé" is "Tunde"


_LONGEST_NAME_WORD = 64  # letters in a word of a name: the longest place names run under 60 ("Llanfairpwllgwyngyll…gogogoch", 58)


@component("entities")
def add_entities(article: Article, paragraphs: list[Paragraph]) -> None:
    lang = (article.language or "")[:2]
    for para in paragraphs:
        doc = para.doc
        if has_ner(_nlp_of(doc)):
            per_label = "PER" if "PER" in _nlp_of(doc).get_pipe("ner").labels else "PERSON"
            taken: set[int] = set()
            mark = len(article.entities)  # this paragraph's come after it: the paragraphs are read in order
            for ent in doc.ents:
                if ent.label_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"):
                    continue
                text = ent.text
                if len(max(text.split(), key=len, default="")) > _LONGEST_NAME_WORD:
                    continue  # a run of letters no name has ("AAAA…" from a broken or hostile page)
                s = para.offset + ent.start_char
                if ent.label_ in ("PERSON", "PER") and (kept := without_verbs(ent)) != (ent.start_char, ent.end_char):
                    if kept is None:
                        continue
                    text, s = para.text[kept[0] : kept[1]], para.offset + kept[0]  # "Obama Says" -> "Obama"
                # drop a trailing possessive from the span
                m = _POSSESSIVE.search(text)
                if m and ent.label_ != "NORP":
                    text = text[: m.start()]
                label = ent.label_
                if cut := holder_cut(para.text, text, ent.start_char, label in ("PERSON", "PER")):
                    # "le secrétaire d'État aux Transports Jean Dupont", "assessore all'Interno Tomás Bellver": the
                    # portfolio (and the office), then the person from the given name on (:mod:`.portfolio_holders`)
                    text, s, label = text[cut:], s + cut, per_label
                if para.offset + ent.start_char in taken:
                    continue  # the surname a person's span before it took up
                if ent.label_ in ("PERSON", "PER"):
                    if (longer := with_surname(doc, ent, text)) != text:
                        text = longer
                        taken.add(para.offset + doc[ent.end].idx)
                    while (t := TITLES.match(text)) and len(text.split()) > 1:
                        text = text[t.end() :]
                        s += t.end()
                    if cut := role_word_before_name(text, article.text):  # "Farmer Alan Whitby", "Vendor Joy Okafor"
                        text, s = text[cut:], s + cut
                    if cut := addressee_cut(article.text, s, text):  # "explique à Ouest-France Jeanne Morel"
                        text, s = text[cut:], s + cut
                if not clean_name(text) or _MARKUP.search(text):
                    continue
                article.entities.append(Entity(text, label, s, s + len(text)))
            found = [e for e in article.entities[mark:] if para.offset <= e.start < para.offset + len(para.text)]
            _people_by_evidence(found, doc, para.offset, per_label)
        else:
            for m in (_CAPS_ID if lang in INDONESIAN else ENGLISH_BODY_CAPS if lang in ENGLISH_BODY_LANGS else _CAPS).finditer(para.text):
                text, s = m.group(), para.offset + m.start()
                opener = _OPENERS.match(text) or opening_adverb(text, lang)  # "Poi Ferretti" (:mod:`.opening_adverbs`)
                if opener:  # "Il Consiglio" -> "Consiglio"
                    text, s = text[opener.end() :], s + opener.end()
                # "МЧС Андрей Петров", "Markus Feld von der CDU": an acronym beside the name is its own (:mod:`.party_after_name`)
                acronyms, text, s = acronyms_apart(text, s)
                article.entities += acronyms
                label = "MISC"
                if (cut := run_name_start(text, para.text, m.span(), lang)) is not None:
                    # "Kepala BPBD Garut Asep Mulyana": the role, its body and place, then the person
                    label = "PER" if TITLES.match(text) or lang == "ha" else label  # (Hausa: the holder of an office)
                    text, s = text[cut:], s + cut
                if cut := holder_cut(para.text, text, s - para.offset, False):
                    text, s, label = text[cut:], s + cut, "PER"  # "assessore all'Interno Tomás Bellver" (:mod:`.portfolio_holders`)
                words = text.split()
                given = next((i for i, w in enumerate(words[:-1]) if i and w.lower() in FIRST_NAMES), None)
                pre = para.text[max(0, m.start() - 3) : m.start()].rstrip()
                opens = not pre or pre[-1] in '.!?"“„«—–'  # the run opens a sentence or a quotation
                # a title before the run, or the one an elided article opened it with: "L'assessore Tomás Bellver"
                title_before = _word_before(para.text, m.start() + (len(opener.group()) if opener else 0)) in TITLE_WORDS
                titled = words[0].lower() in TITLE_WORDS or title_before
                genitive = lang in _GENITIVE_PLACE or all(_GENITIVE_SCRIPT.match(w) for w in words)
                if given is None and len(words) == 3 and genitive and _shaped_given_name(words, para.text, m.start()):
                    given = 1  # "міністр енергетики України Герман Галущенко": a given name the lexicon lacks
                if given is None and titled and len(words) >= 3 and genitive:
                    given = len(words) - 2  # "мер Вельдани Штефан Лупу": a place in the genitive, then first name and surname
                owned = _word_before(para.text, m.start()) == "на"  # Bulgarian "кметът на Перник Георги Петров": of Pernik
                owned = owned or portfolio_before(para.text, m.start())  # "a ex-secretária de Saúde Marta Queiroz"
                # "министр энергетики России Сергей Цивилев": a place in the genitive, then a given name and a surname that
                # ends the run (not a patronymic: "Иванов Сергей Петрович" is one person, surname first)
                owned = owned or (genitive and given == len(words) - 2 and not _PATRONYMIC.search(words[-1]))
                # ... or a given name, a patronymic and the surname: "министр иностранных дел России Сергей Викторович Лавров"
                owned = owned or (genitive and given == len(words) - 3 and bool(_PATRONYMIC.search(words[-2])))
                if given and words[0].lower() not in FIRST_NAMES and (opens or titled or owned):
                    # "Сейсмологиня Ірина Васько", "(мэр) Верхнеозёрска Пётр Гаврилов", "адвокатът на Петров Николай
                    # Димитров": the person starts at the given name
                    cut = len(" ".join(words[:given])) + 1
                    text, s = text[cut:], s + cut
                    if titled and len(words) - given >= 2:
                        label = "PER"  # a title held it: "Župan Kranja Matjaž Rakovec" is a person's name after the town
                if cut := role_after_particle(text):  # "Angaben von Verkehrsminister Jonas Weber": from the role on
                    text, s = text[cut:], s + cut
                # (not a Romance "of" after the role: "Ministrul de Interne" is the role and its portfolio; a German
                # "von Arnsberg" is a surname)
                while (role := role_opening(text)) and len(text[role.end() :].split()) >= 2 and not _ROMANCE_OF.match(text, role.end()):
                    text, s = text[role.end() :], s + role.end()  # "Ministerin Anna Berg" -> "Anna Berg"
                    label = "PER"
                if label == "PER" and (office_place(doc.text, s - para.offset, text) or office_before_holder(doc.text, m.span(), lang)):
                    label = "MISC"  # "Der Bürgermeister von Husum, Torsten Albrecht": the mayor's town
                if cut := role_word_before_name(text):  # "Ärztin Miriam Vogt", "Sprecherin Lea Brandt"
                    text, s, label = text[cut:], s + cut, "PER"
                of_place = None
                if titled and (place := _of_the_place(text)):
                    at = place + len(" van ")  # "burgemeester Annelies Bakker van Voorne": the mayor of Voorne
                    of_place = Entity(text[at:], "MISC", s + at, s + len(text))
                    text = text[:place]
                if 2 <= len(text.split()) <= 4 and _given_name_opens(text, lang):
                    label = "PER"  # a given name opens it: "Anna Berg" (or "Jana Kowalskiego", in the genitive)
                elif 2 <= len(text.split()) <= 4 and title_before:
                    label = "PER"  # a title in lower case before it: "la ministra Ana Ruiz"
                elif 2 <= len(text.split()) <= 4 and (_title_of_before(doc.text, m.start()) or holder_after(doc.text, m.start(), lang)):
                    label = "PER"  # "O ministro da Saúde, Armindo Tiago": the holder of the office before it
                elif 2 <= len(text.split()) <= 4 and _role_after(doc.text, m.end()):
                    label = "PER"  # a role in apposition after it: "Lea Brandstätter, Sprecherin der Gruppe"
                elif lang == "hu" and hungarian_person(text, doc.text[m.end() : m.end() + 40]):
                    label = "PER"  # family name first, the role after it: "Nagy Péter polgármester" (:mod:`.hungarian_names`)
                if label == "PER" and acronym_body(text) and not _given_name_opens(text, lang):
                    label = "MISC"  # (session 42) "глава Минздрава России": a body and its country, both genitive
                # skip a capitalised sentence opening that is a single common word
                if " " not in text and opens and not opener:
                    continue
                if label == "MISC" and lang == "de" and _german_noun(text, doc.text, s - para.offset):
                    continue
                article.entities.append(Entity(text, label, s, s + len(text)))
                if of_place is not None:
                    article.entities.append(of_place)
    drop_noun_openers(article, lang)  # "Turnout was low": no person (:mod:`.noun_openers`)
    storm_names(article)  # "Storm Bronagh", "Typhoon Kristine": no person (:mod:`.storm_names`)
    office_holders(article, lang)  # "Superintendent of Police Sakshi Verma" (:mod:`.office_holders`)
    titled_names(article, lang)  # "District Collector Meenal Varkari", tagged a body: a person (:mod:`.titled_names`)
    initial_names(article)  # "Judge A K Menon", "Mr P Chidambaram" (:mod:`.initials`)
    parsed = bool(paragraphs) and has_ner(_nlp_of(paragraphs[0].doc))
    if parsed:  # "Ana | Reyes" tagged a body, "Ms Reyes" a work: a person (:mod:`.given_name_tags`)
        people_by_name_shape(article, "PER" if "PER" in _nlp_of(paragraphs[0].doc).get_pipe("ner").labels else "PERSON")
    given_name_before(article)  # "Priya Lakshmi Venkataraman", not "Lakshmi Venkataraman" (:mod:`.reporting_people`)
    firm_entities(article)  # "Captain Cook Cruises": a firm, no person (:mod:`.firm_entities`)
    add_lone_surnames(article, paragraphs, parsed, (lambda text, pos: lang == "de" and _german_noun(text[pos:].split()[0], text, pos)))
    _places_by_evidence(article)
    join_regional_bodies(article, lang)  # "ГУ МЧС по Москве" (:mod:`.acronym_regions`)
    canonical_names(article.entities, article.language)
    join_declined(article.entities, lang)  # "Иваном Сергеевым" is the "Иван Сергеев" the article names
    name_states(article)  # "помогла Турция", "власти Турции": a place, the state "Турция" (:mod:`.state_names`)


def _nlp_of(doc):
    from parallax.analyze.nlp import get_nlp

    return get_nlp(doc.lang_)
