"""Cues without a parser: the words around a quotation that say who spoke, per language.

Languages without a dependency parser (all but English and French) find a quotation's speaker by
patterns around it: the cue words of :data:`.cue_lexicon.LEXICAL_CUES` and a capitalised name (:data:`_NAME`)
on either side of them, in the orders news writes them ('«...», ha detto il ministro Marco Bianchi', '“...”,
sagte sie.', 'Según Anna Berg, «...»', 'Vali Ahmet Yıldırım, "..." dedi.', '– Musimy ... – powiedział nam.').  :func:`_lexical_speaker_span` tries the
patterns in order and the first that matches wins, so their order is the policy; the span found is
then cut to the name after the role before it (:mod:`.name_after_role`).  Vietnamese has its own
reader (:mod:`.vietnamese`).  A parsed paragraph whose parse lost the subject uses these too.
"""

from __future__ import annotations

import re

from parallax.analyze.body_heads import heads_a_body
from parallax.analyze.names import FIRST_NAMES, NAME_PARTICLES
from parallax.analyze.quotes.acronym_bodies import ARTICLES, ROLE_OF_ACRONYM
from parallax.analyze.quotes.acronym_owners import acronym_owner_start
from parallax.analyze.quotes.antecedents import impersonal, pronouns
from parallax.analyze.quotes.bare_roles import bare_role_after
from parallax.analyze.quotes.cue_lexicon import LEXICAL_CUES
from parallax.analyze.quotes.definite_speakers import _NORDIC_DEFINITE as _NORDIC_DEFINITE
from parallax.analyze.quotes.definite_speakers import _PLURAL_ARTICLES, _nordic_definite
from parallax.analyze.quotes.definite_speakers import _ROMANIAN_DEFINITE as _ROMANIAN_DEFINITE
from parallax.analyze.quotes.hungarian_reported import past_the_told
from parallax.analyze.quotes.hungarian_roles import hu_owned_role
from parallax.analyze.quotes.indefinite_roles import indefinite_role
from parallax.analyze.quotes.inflection import addressed
from parallax.analyze.quotes.language_name_cuts import _indonesian_name as _indonesian_name
from parallax.analyze.quotes.language_name_cuts import cut_to_name
from parallax.analyze.quotes.marks import _Span
from parallax.analyze.quotes.name_after_role import (
    NORDIC_OWNER_FIRST,
    _after_genitive_owner,
    _past_genitive,
    _role_complement,
    opening_adverb,
)
from parallax.analyze.quotes.separable_subjects import separable_subject
from parallax.analyze.quotes.slavic_body_runs import body_run_end
from parallax.analyze.quotes.timed_roles import before_time
from parallax.analyze.quotes.turkish import tr_subject_before
from parallax.analyze.quotes.vietnamese import vi_speaker
from parallax.analyze.quotes.west_african import west_african_speaker
from parallax.analyze.titles import DEFINITE, DEFINITE_WITH_GREEK, TITLE_WORDS, describes_a_role
from parallax.letters import LOWER, UPPER

# a speaker described in lower case, to the end of the clause ("a felesége": his wife)
_DESCRIBED_AFTER = re.compile(rf"\s{{1,3}}(?P<spk>[{LOWER}][\w-]*+(?:\s[{LOWER}][\w-]*+){{0,3}})\s{{0,3}}(?:[.,;!?]|$)")

# cues that take their source in a case other than the nominative ("podle Novákové", "Virtasen mukaan")
_ACCORDING = {"podle", "mukaan", "szerint", "според", "pasak", "anot", "pēc"}

# a circumstance after an inverted subject: '», a déclaré le ministre à sa sortie', '», dijo el alcalde ante la prensa'
# (and the particle that closes a Dutch separable cue: '", voegde de minister eraan toe.')
_CIRCUMSTANCE = "à|au|aux|lors|devant|dans|après|avant|a|al|ante|tras|durante|en|ao|na|no|em|dopo|davanti|durante|nach|vor|bei|im|am|tijdens|bij|eraan|toe|uit|op"
# (Russian and Ukrainian: to whom or where, after a bare role: '«...», — заявил губернатор журналистам.')
_CIRCUMSTANCE += "|журналистам|корреспонденту|репортерам|в|во|на|после|перед|журналістам|кореспонденту|у|після"
_CIRCUMSTANCE += "|i|på|till|til|vid|ved|inför|efter|etter|in|nel|nella|sul|sulla"  # ('– ..., skriver hovrätten i domen.')
_CIRCUMSTANCE += "|num|numa|pelo|pela"  # Portuguese "em"/"por" with the article: '", afirmou o ministro num comunicado.'
# a place a locative governs between the cue and a name, perhaps after its noun: "in piazza Bra", "en la plaza Mayor"
_WHERE_BEFORE = re.compile(r"(?<!\w)(?:in|nel|nella|sul|sulla|en|em|no|na|dans|sur)\s+(?:[^\W\d_]+\s+){0,2}\Z", re.I)
# an adjective of office after the role: '"...", afirmou a prefeita eleita na noite de domingo.', "il sindaco uscente"
_OFFICE_ADJECTIVE = "eleit[oa]|elect[oa]|elett[oa]|uscente|saliente|cessante|estadual|federal|municipal|interin[oa]|adjunt[oa]|aggiunt[oa]"


# particles between the words of a name (:data:`NAME_PARTICLES`), and the article joined to an
# Arabic name ("al-Assad")
_PARTICLE = rf"(?:{'|'.join(sorted(NAME_PARTICLES, key=len, reverse=True))})"
_NAME_WORD = rf"(?:(?:al|el|as|ash|ad|ar|an|az|at)-)?[{UPPER}]"
# a name of up to four capitalised words, with particles between them ("Josélia Pereira da Silva"),
# never ending on a particle (not opening on an acronym: "МЧС Андрей Петров", "UN envoy": the
# organisation, not the person's name)
# (a word before the last ends with a full stop only as an initial, "J." or "Ch.": "Karim Benhadj. Le
# parquet" is a name and the next sentence)
_NAME = rf"(?P<spk>(?![{UPPER}]{{2,}}\s)(?:{_NAME_WORD}(?:[\w’'-]+|[\w’'-]?\.)\s(?:{_PARTICLE}\s){{0,3}}){{0,3}}{_NAME_WORD}[\w’'-]+)"


_NAME_ONLY = re.compile(_NAME)
_APPOSED = re.compile(rf",\s(?P<spk>(?:[{UPPER}][\w’'.-]+\s){{1,3}}?[{UPPER}][\w’'-]+)(?=\s*(?:[,.;]|$))")


# what a role is of, after it ("da polícia", "del Gobierno", "della Protezione civile"): at most three words
# (or what it is in charge of: "ministre délégué au Numérique", "ministro al Turismo", "secretário aos Transportes")
_OF_WHAT = (
    r"(?:\s(?:de|da|do|das|dos|del|della|dello|delle|dei|degli|di|du|des|au|aux|al|alla|ai|agli|ao|aos)\s(?:la\s|l['’])?"
    r"[\w-]+(?:\s[\w-]+){0,2}?)"
)
# a cue, an article, a role (of one or two words) and a single capitalised word after what the role is of, or what it
# is in charge of ("le ministre délégué au Numérique", "il ministro al Turismo"), closing the clause
_ONLY_WHAT_IT_IS_OF = re.compile(
    rf"\A\W{{0,3}}\s*(?:[—–-]\s*)?\S+(?:\s\S+)?\s{DEFINITE}\s?[{LOWER}][\w-]+(?:\s[{LOWER}][\w-]+|\sd['’][{UPPER}][\w-]+)?"
    rf"\s(?:de|da|do|das|dos|del|della|dello|delle|dei|degli|di|du|des|au|aux|al|alla|ai|agli|ao|aos)\s(?:la\s|l['’])?[{UPPER}][\w-]+\Z"
)

_OPENS_NEXT = re.compile(r"\A[^\w,;:]{0,3}[^,;:“”\"«»]+[,:]\s*[“\"„«‘]")


def _subject_pronouns(lang: str) -> str:
    """The subject pronouns of ``lang`` after a cue ("sagte sie", "estime-t-il"), and its impersonal
    subject ("dit-on", "sagt man": no one), as an alternation."""
    return "|".join(sorted((pronouns(lang) - {"him", "her"}) | impersonal(lang)))


_FR_INVERTED = re.compile(r"\s?[^\w\s]{0,3}\s{0,3}(?P<cue>a-t-(?P<pro>il|elle)\s{1,3}\w+)(?!\s{1,3}[A-ZÀ-Þ])")  # "a-t-il déclaré (mardi)."


# languages whose verb carries the person, so a cue often has no subject at all
_PRO_DROP = {"es", "it", "pt", "ca", "pl", "ru", "uk", "el", "tr", "ro"}
_PRO_DROP |= {"sk", "hr", "bs", "sr", "sl"}  # '„...,“ dodala.', '„...“, rekao je.', '»...,« je dodal.'
_PRO_DROP |= {"lt", "lv", "id", "ms"}  # '„...“, – sakė.', '"...," teica.', '"...," katanya dalam kenyataan.'
# around a cue: to whom or where it was said, to the end of the sentence (no capitalised name after it).
# Lower-case words that start otherwise describe the speaker ("– mówi rzeczniczka policji"): no match
_TO_WHOM = (
    r"nam|mi|mu|jej|im|w|we|na|po|podczas|przed|dziennikarzom|reporterom|mediom|dziennikarzowi|нам|мне|ему|ей|им|в|во|на|по|журналистам"
    r"|корреспонденту|a|al|ante|en|durante|tras|ao|à|no|em|perante|ai|alla|in|davanti|la|în|pentru|după|στους|στο|σε"
    r"|žurnalistams|per|žurnālistiem|preses|intervijā|dalam|kepada|ketika|semasa|di|pada|menerusi|selepas|saat|usai|seusai"
)
_NO_SUBJECT_LEAD = r"\W{0,3}\s*(?:[—–-]\s*)?"
# (the one word to whom may close it: '" – powiedział dziennikarzom.')
_NO_SUBJECT_TAIL = rf"\s+(?:{_TO_WHOM})(?:\s[^{UPPER}\n.;!?]{{0,60}})?(?:[.;!?]|$)"


# to whom a cue's words went, before the outlet's name: '», spiega a Repubblica Marco Bianchi', '», explique à
# Ouest-France Jean Dupont', '», dijo a El País Ana Ruiz'
_TOLD_TO = re.compile(r"(?<!\w)(?:a|à|al|alla|allo|ai|au|aux|to)\s+\Z", re.I)


def _past_the_outlet(text: str, start: int, end: int) -> int:
    """Where the name starts in a speaker span that opens with the outlet told: at the first known given name after
    the span's first word (else at its last two words), when a preposition of "to" stands right before the span ("a
    Repubblica Marco Bianchi")."""
    if not _TOLD_TO.search(text, max(0, start - 6), start):
        return start
    words = list(re.finditer(r"\S+", text[start:end]))
    for w in words[1:-1]:
        if w.group().lower() in FIRST_NAMES:
            return start + w.start()
    return start + words[-2].start() if len(words) >= 3 else start  # else a name's two words close it


def _cue_words(m: re.Match) -> str:
    """The cue a lexical pattern matched, spaces normalised: "sagte", "ha detto"."""
    return " ".join(m.group("cue").split())


def _lexical_speaker(text: str, span: _Span, sent: tuple[int, int], lang: str) -> tuple[int, int, str, bool] | None:
    """Speaker by cue patterns around the quote, for pipelines without a parser:
    (start, end, cue words, whether the span may run past the name); in Turkish without the titles
    before the name."""
    if lang == "vi":  # the subject before the verb, after the quotation too ('“…”, ông Phạm Văn Tùng nói.')
        found_vi = vi_speaker(text, span.start - 1, span.end, *sent)
        return (*found_vi, False) if found_vi else None
    if lang in ("ha", "yo") and (found_wa := west_african_speaker(text, (span.start, span.end), sent, lang)):
        return found_wa  # Yoruba '"…," ni <name> sọ.', a pronoun and its verb: 'Ó ní: "…"', 'Ya ce: "…"' (:mod:`.west_african`)
    # (a Hungarian role its body owns, "– közölte a rendőrség szóvivője", first: :mod:`.hungarian_roles`)
    found = (hu_owned_role(text, span.end, sent[1]) if lang == "hu" else None) or _lexical_speaker_span(text, span, sent, lang)
    if found is not None and opening_adverb(text[found[0] : found[1]], lang):
        return None  # a capitalised adverb opening the sentence is no name: 'Poi ha parlato di «…»', 'Dann sagte er'
    if found is not None and addressed(lang, text[found[0] : found[1]]) and found[2].lower() not in _ACCORDING:
        # "– mondta Kovácsnak a felesége": said to Kovács, by the words after him
        by = _DESCRIBED_AFTER.match(text, found[1], sent[1])
        return (by.start("spk"), by.end("spk"), found[2], False) if by else None
    if found is None:
        return None
    found = cut_to_name(text, found, sent, lang)
    # "сообщили в Государственной горной службе": the body's name in small letters after its first (:mod:`.slavic_body_runs`)
    found = (found[0], body_run_end(text, found[0], found[1], sent[1], lang), *found[2:])
    # "сообщили в ГСЧС Украины": the body its acronym names, not the country it is of (:mod:`.acronym_owners`)
    return (acronym_owner_start(text, found[0], found[1], span.end), *found[1:])


def _clause_end(text: str, pos: int) -> int:
    """Where the clause from ``pos`` ends: its first full stop, semicolon or mark, past the point of an abbreviated
    title, which opens a name there ('alisema Mkuu wa EWURA, Dkt. Juma Ali.', 'dijo el director, Dr. Luis Mora.')."""
    for m in re.finditer(r"[.;!?]", text[pos:]):
        word = re.search(r"(\w+)\Z", text[max(pos, pos + m.start() - 12) : pos + m.start()])  # (titles are short)
        if m.group() == "." and word and word.group(1).lower() in TITLE_WORDS and text[pos + m.end() : pos + m.end() + 1].isspace():
            continue
        return pos + m.start()
    return len(text)


def _lexical_speaker_span(text: str, span: _Span, sent: tuple[int, int], lang: str) -> tuple[int, int, str, bool] | None:
    cues = f"(?i:{LEXICAL_CUES.get(lang, LEXICAL_CUES['en'])})"  # "Según Anna Berg, «...»" opens a sentence
    after = text[span.end : sent[1]]
    if re.search(r"[.!?…]$", text[span.start : span.end].rstrip()):
        # '“... situation.” Tom Hale added, “The harbour office ...”': that cue opens the next quotation
        if _OPENS_NEXT.match(after):
            after = ""
    if (nobody := impersonal(lang)) and (m := re.match(rf"\W{{0,3}}\s*(?P<cue>{cues})(?:\s+|-t-|-)(?P<pro>{'|'.join(nobody)})(?!\w)", after)):
        return span.end + m.start("pro"), span.end + m.end("pro"), _cue_words(m), False  # "sagt man im Ministerium": no one
    # a pronoun after the cue, then where, when or to whom in lower case: '„...“, sagte sie am Mittwoch in Hannover.'
    if lang != "en" and (m := re.match(rf"\W{{0,3}}\s*(?:[—–-]\s*)?(?P<cue>{cues})\s+(?P<pro>(?i:{'|'.join(pronouns(lang) - {'him', 'her'})}))\s+(?=[{LOWER}])", after)):
        return span.end + m.start("pro"), span.end + m.end("pro"), _cue_words(m), False
    if (bracketed := separable_subject(after, lang) or indefinite_role(after, cues, lang)) is not None:
        return span.end + bracketed[0], span.end + bracketed[1], bracketed[2], False  # (:mod:`.separable_subjects`, :mod:`.indefinite_roles`)
    # '», ha detto il ministro dell'Economia Marco Bianchi': up to six lower-case words
    # (article, role, "dell'Economia"-like attachments, "tenente-coronel") between the cue and
    # the name, the last of them may end with a comma ('dijo el patrón mayor de la cofradía, Manuel Rendón')
    # (a rank abbreviated in lower case may stand before the name: "– poinformowała asp. sztab. Marta Zielińska")
    # (the role may name its organisation in quotation marks: '— сказал председатель совета директоров «УралТрубМаш» Игорь Демин')
    named = rf"\W{{0,3}}\s*(?:[—–-]\s*)?(?P<cue>{cues})\s+(?:[«„“\"]?(?:\w+['’])?[\w-]+[»“”\"]?\s+|[{LOWER}][\w-]*\.\s+){{0,6}}?(?:(?:\w+['’])?[\w-]+,\s+)?{_NAME}"
    m = re.match(named, after)
    if m and "," in after[m.end("cue") : m.start("spk")] and (cut := before_time(after, lang)) is not None and not after[len(cut) : m.start("spk")].strip():
        m = re.match(named, cut)  # '", ujar Bahlil, Kamis.': the word after the comma is when it was said, not a name
    # (a role stands between the cue and what it is of: a genitive right after a cue that ends in "words" is the
    # person's, '— наводить агентство слова Івана Петренка', whose "-енка" reads like a country's "Туреччини"; an
    # article alone is the body's own, '", meldt de NS.')
    role_between = bool(set(after[m.end("cue") : m.start("spk")].lower().split()) - ARTICLES) if m else False
    if m and role_between and (_ONLY_WHAT_IT_IS_OF.search(after, 0, m.end("spk")) or ROLE_OF_ACRONYM.search(after, 0, m.end("spk"))) and re.match(rf"\s*(?:[.;!?]|$)|\s(?:{_CIRCUMSTANCE})\s", after[m.end("spk") :]):
        m = None  # 'dijo el portavoz del Gobierno.': the name is what the role is of; the description below speaks
    if m and (role := bare_role_after(after, cues, lang)) and role[1] >= m.end("spk"):
        m = None  # '», — сказал глава МИД России.': the name is the country the role serves (:mod:`.bare_roles`)
    if m and (_WHERE_BEFORE.search(after, 0, m.start("spk")) or lang == "hu" and " " not in m.group("spk") and after[m.end("cue") : m.start("spk")].split()):
        m = None  # '», ha detto la neosindaca in piazza Bra.': where it was said ('– mondta a polgármester Győrben.': a lone word after a description is a place's case in Hungarian, which names a person in full there)
    if m and lang in NORDIC_OWNER_FIRST and re.search(r"\s(?:till|til)\s+\Z", after[: m.start("spk")]):
        m = None  # '– ..., säger polisen till TT.': told to the agency; the description below speaks
    if m:
        cue = _cue_words(m)
        # a role then the person in apposition: 'disse o ministro das Finanças, João Almeida,',
        # 'sagte der Sprecher des Ministeriums, Max Müller.' (German capitalises the role)
        clause_end = _clause_end(after, m.end("spk"))
        app = _APPOSED.search(after, m.end("spk"), min(clause_end + 1, m.end("spk") + 80))
        if app and app.group("spk").split()[0].lower() not in TITLE_WORDS:  # not the role after a name: 'ujar Asep Mulyana, Kepala BPBD Garut.'
            return span.end + app.start("spk"), span.end + app.end("spk"), cue, False
        s_, e_ = _role_complement(after, m.start("spk"), m.end("spk"))
        s_ = _past_the_outlet(after, s_, e_) if lang != "hu" else past_the_told(after, s_, e_)  # "MTI-nek Kovács Péter" (:mod:`.hungarian_reported`)
        if later := _past_genitive(after, s_, e_):
            s_, e_ = later
        s_ = _after_genitive_owner(after, s_, e_)
        return span.end + s_, span.end + e_, cue, False
    m = re.match(rf"\W{{0,3}}\s*(?:[—–-]\s*)?{_NAME}\s+(?P<cue>{cues})\b", after)
    if m:
        return span.end + m.start("spk"), span.end + m.end("spk"), _cue_words(m), False
    # Finnish keeps the subject before the verb after a quotation too, its role in lower case before the name:
    # '"...", pormestari Anna Virtanen sanoi.', '"...", Kokoomuksen valtuutettu Mikko Laine kertoi.'
    if lang == "fi" and (m := re.match(rf"\W{{0,3}}\s*(?:[{UPPER}][\w-]*\s+)?(?:[{LOWER}][\w-]*\s+){{1,3}}?{_NAME}\s+(?P<cue>{cues})\b", after)):
        return span.end + m.start("spk"), span.end + m.end("spk"), _cue_words(m), False
    # a name with its role in apposition: '...,” Brandt, a senior union organiser, said Tuesday'
    m = re.match(rf"\W{{0,3}}\s*(?:[—–-]\s*)?{_NAME},\s[^,;:!?“”\"«»\n]{{1,80}},\s+(?P<cue>{cues})\b", after)
    if m:
        return span.end + m.start("spk"), span.end + m.end("spk"), _cue_words(m), False
    before = text[sent[0] : max(sent[0], span.start - 1)]
    # whose view it is, opening the sentence: 'Pour Jean Dupont, « ... »', 'Per Marco Bianchi «...»', 'Para Ana Ruiz, "..."', with a role
    # and a clause of what the view is of: 'Pour le ministre français Paul Mercier, ce texte adresse « ... »' (a role, not "la France");
    # a head of a body (:mod:`..body_heads`) before its body's name: 'Per il leader della Filt Marco Bianchi «...»', or its acronym:
    # 'Para el líder de CCOO Unai Sordo, «...»'
    if lang in ("fr", "it", "es", "pt", "ca") and (m := re.match(rf"\W{{0,3}}(?P<cue>Pour|Per|Para)\s+(?P<role>(?:(?:\w+['’])?[{LOWER}][\w-]*\s+){{0,4}}?(?:[{UPPER}]{{2,6}}\s+)?){_NAME}(?:\s*,?\s*[«„“\"]?\s*$|,\s[^\"“„«»\n]{{1,60}}[«„“\"]?\s*$)", before)) and (not m.group("role") or describes_a_role(m.group("role")) or heads_a_body(m.group("role"))):
        s_, e_ = _role_complement(before, m.start("spk"), m.end("spk"))  # 'Per il leader della Fiom Carla Neri': past the body
        return sent[0] + s_, sent[0] + e_, _cue_words(m), False
    m = re.search(rf"{_NAME}\s+(?:[{LOWER}][\w-]{{3,}}\s+)?(?P<cue>{cues})\b[^\"“„«]{{0,80}}$", before)  # (an adverb between: "Захарова ранее называла")
    if m and not opening_adverb(m.group("spk"), lang):  # 'Как сказал министр Иван Петров, «…»': the name after the cue
        return sent[0] + m.start("spk"), sent[0] + m.end("spk"), _cue_words(m), False
    # Hungarian sets a person's role after the name, in apposition opened by the article and often left without its closing comma:
    # 'Kovács Péter, a Mozdonyvezetők Szakszervezetének elnöke azt mondta: „...”'
    # (a person's name is two words, family name first: "Budapesten, a pályaudvaron" is a place)
    if lang == "hu" and (m := re.search(rf"{_NAME},\s+az?\s[^,;:!?“”\"«»„\n]{{1,80}}?,?\s+(?:azt\s+)?(?P<cue>{cues})\s*:?\s*$", before)) and " " in m.group("spk"):
        return sent[0] + m.start("spk"), sent[0] + m.end("spk"), _cue_words(m), False
    # or writes the role after the name with no comma, and announces the quotation with "azt" (that) before the verb:
    # 'Szabó Anna polgármester kedden azt mondta: „...”' (lower-case words only between the name and the verb)
    if lang == "hu" and (m := re.search(rf"{_NAME}(?:\s+[{LOWER}][\w-]*+){{1,4}}?\s+(?P<cue>{cues})\s*:?\s*$", before)):
        return sent[0] + m.start("spk"), sent[0] + m.end("spk"), _cue_words(m), False
    # the name with its role in apposition before the cue: 'Carmen Villalobos, portavoz del Gobierno, dijo que «...»'
    # (or a relative clause: 'Albuquerque, que governou a cidade por dois mandatos antes de ir para a Assembleia, disse que')
    m = re.search(rf"(?<![\w’'.-]){_NAME},\s(?P<app>[^,;:!?“”\"«»\n]{{1,120}}),\s+(?P<cue>{cues})\b[^\"“„«]{{0,80}}$", before)
    if m and not _NAME_ONLY.fullmatch(m.group("app")):  # ('A ministra do Trabalho, Maria Ramalho, disse': hers, below)
        return sent[0] + m.start("spk"), sent[0] + m.end("spk"), _cue_words(m), False
    # the name in apposition after its role, then the cue: 'O presidente da câmara, Rui Fonseca, garantiu que "..."'
    m = re.search(rf",\s{_NAME},\s+(?P<cue>{cues})\b[^\"“„«]{{0,80}}$", before)
    if m:
        return sent[0] + m.start("spk"), sent[0] + m.end("spk"), _cue_words(m), False
    m = re.search(rf"(?P<cue>{cues})\s+{_NAME}[^\"“„«]{{0,40}}$", before)
    if m:
        return sent[0] + m.start("spk"), sent[0] + m.end("spk"), _cue_words(m), False
    # a role, then the name in apposition: 'Según el jefe de bomberos, Andrés Gil, «...»'
    m = re.search(rf"(?<!\w)(?P<cue>{cues})\s+(?:(?:\w+['’])?[\w-]+\s+){{0,6}}?(?:\w+['’])?[\w-]+,\s+{_NAME},?\s*$", before)
    if m:
        return sent[0] + m.start("spk"), sent[0] + m.end("spk"), _cue_words(m), False
    # a role, then the name, the quotation after a comma: 'Secondo il prefetto Marco Bellandi, «...»',
    # 'Selon la ministre Anne Roux, « ... »', 'Volgens burgemeester Jan Smit: "..."' (the body's acronym after the role: 'Według rzecznika PKP Jana Nowaka „...”')
    m = re.search(rf"(?<!\w)(?P<cue>{cues})\s+(?:(?:\w+['’])?[{LOWER}][\w-]*\s+){{0,6}}?(?:[{UPPER}]{{2,6}}\s+)?{_NAME}(?:\s?[,:]?\s*$|,\s[^\"“„«»\n]{{1,60}}[«„“\"]?\s*$)", before)
    if m:
        s_, e_ = _role_complement(before, m.start("spk"), m.end("spk"))
        return sent[0] + s_, sent[0] + e_, _cue_words(m), False
    # a subject with a role in lower case: '...,” Kelton fire Chief Ana Ruiz said', '...,” said Del. Stacey Plaskett of ...'
    m = re.match(rf"[^\w\n]{{0,3}}\s*(?P<spk>[{UPPER}][^,;:!?“”\"«»\n]{{0,70}}?)\s(?P<cue>{cues})\b", after)
    if m:
        return span.end + m.start("spk"), span.end + m.end("spk"), _cue_words(m), False
    m = re.match(rf"[^\w\n]{{0,3}}\s*(?P<cue>{cues})\s(?P<spk>[{UPPER}][^,;:!?“”\"«»\n]{{0,70}})", after)
    if m:  # a span that may run past the name ('said Hester. Michael Mulgrew, ...'): its first person
        return span.end + m.start("spk"), span.end + m.end("spk"), _cue_words(m), True
    # a pronoun, or no subject at all, after the cue: '“...”, sagte sie.', '«...», dijo.', '«...», ha detto.'
    # a description after the cue: '“...”, afirmou o advogado.' (the person it introduced, see people.introduced_as)
    # (with what the role is of: '«...», disse o porta-voz da polícia.', '«...», dijo el portavoz del Gobierno.'; a language
    # without articles names the role bare: '«...», — добавил губернатор.', a word of the titles' lexicon; an age may
    # be the description: 'sagte der 34-Jährige', 'ha detto il 34enne')
    articles = DEFINITE_WITH_GREEK[:-1] + (f"|{_PLURAL_ARTICLES[lang]})" if lang in _PLURAL_ARTICLES else ")")
    described = rf"\W{{0,3}}\s*(?:[—–-]\s*)?(?P<cue>{cues})\s+(?P<spk>(?P<art>{articles}\s?)?(?:\d{{1,3}}-?)?[^\W\d_]{{3,}}(?:-[^\W\d_]+)?(?:\s(?:{_OFFICE_ADJECTIVE}))?(?:\s(?:[{LOWER}][\w-]+|d['’][{UPPER}][\w-]+)(?={_OF_WHAT}))?{_OF_WHAT}?)"
    # (or when it was said, with no preposition: '– mondta a polgármester péntek este.', :mod:`.timed_roles`)
    closed = described + rf"(?:\s?[.,;!?]|$|\s(?:{_CIRCUMSTANCE})\b)"
    m = re.match(closed, after) or ((cut := before_time(after, lang)) is not None and re.match(closed, cut)) or None
    if m and lang != "en" and (m.group("art") or m.group("spk").split()[0].lower() in TITLE_WORDS or _nordic_definite(m.group("spk"), lang)):
        return span.end + m.start("spk"), span.end + m.end("spk"), _cue_words(m), False
    if role := bare_role_after(after, cues, lang):  # '"…," je povedala predsednica vlade.' (:mod:`.bare_roles`)
        return span.end + role[0], span.end + role[1], role[2], False
    if lang == "tr" and (m := re.match(rf"\W{{0,3}}\s*(?P<cue>{cues})\b", after)):
        # the verb closes the sentence and its subject opens it: 'Vali Ahmet Yıldırım, "..." dedi.' (:mod:`.turkish`)
        if (subj := tr_subject_before(before)) is not None:
            return (sent[0] + subj[0], sent[0] + subj[1], _cue_words(m), False) if subj[0] >= 0 else None
    if lang == "fr" and (m := _FR_INVERTED.match(after)):  # '« ... », a-t-il lancé.'
        return span.end + m.start("pro"), span.end + m.end("pro"), _cue_words(m), False
    # (French inverts the pronoun: '« ... », estime-t-il.')
    m = re.match(rf"\W{{0,3}}\s*(?:[—–-]\s*)?(?P<cue>{cues})(?:(?:\s+|-t-|-)(?P<pro>(?i:{_subject_pronouns(lang)})))?\s?(?:[.,;!?]|$)", after)
    if m:
        at = span.end + (m.start("pro") if m.group("pro") else m.end())
        return at, span.end + m.end("pro") if m.group("pro") else at, _cue_words(m), False
    # the pronoun before the cue, where the language keeps the subject first after a quotation too: Finnish
    # '”...”, hän sanoo.', '– ..., hän kertoi.' (English "he said" is the parser's)
    personal = "|".join(sorted(pronouns(lang) - {"him", "her"}))
    if lang != "en" and (m := re.match(rf"\W{{0,3}}\s*(?:[—–-]\s*)?(?P<pro>(?i:{personal}))\s+(?P<cue>{cues})\s?(?:[.,;!?]|$)", after)):
        return span.end + m.start("pro"), span.end + m.end("pro"), _cue_words(m), False
    # a language that leaves the subject out, the cue followed by where or to whom it was said:
    # '– Musimy ... – powiedział nam w ratuszu.', '«...», dijo a la prensa.': the person the text is about
    if lang in _PRO_DROP and (m := re.match(rf"{_NO_SUBJECT_LEAD}(?P<cue>{cues}){_NO_SUBJECT_TAIL}", after)):
        return span.end + m.end("cue"), span.end + m.end("cue"), _cue_words(m), False
    return None
