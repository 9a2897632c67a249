"""Turn scraped text into clean paragraphs.

Three jobs, each by rules meant to generalise rather than by listing strings:

* :func:`normalize` removes characters that only cause trouble (NULs, zero
  width and bidi controls) and unifies line ends and spaces;
* :func:`split_dateline` separates a dateline ("LONDON --", "BRUSSELS
  (Reuters) -") from the body, also when a scraper glued it to the
  standfirst ("...will become focus.LONDON -- NATO members...");
* :func:`boilerplate_reason` recognises web furniture that survives
  extraction: paywall notes, newsletter and sign-up calls, consent lines,
  share buttons, copyright lines and dangling labels ("Source:").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from parallax.ingest.calls import call_reason
from parallax.ingest.edge_lines import edge_line_reason, furniture_lines
from parallax.ingest.notes import note_reason
from parallax.letters import LOWER, MARKS, UPPER

_INVISIBLE = re.compile("[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# the zero-width (non-)joiner is part of a word's spelling in Persian and the Indic scripts ("زمین‌لرزه");
# anywhere else (alone, or around a space) it only hides text
_LETTER = f"(?:[^\\W\\d_]|[{MARKS}])"
_LONE_JOINER = re.compile(f"(?<!{_LETTER})[\u200c\u200d]+|[\u200c\u200d]+(?!{_LETTER})")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _LONE_JOINER.sub("", _INVISIBLE.sub("", text))
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def norm_words(text: str) -> str:
    """Text as its lower-cased words, for comparing lines whatever their
    punctuation, spacing or Unicode forms."""
    return " ".join(re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold()))


def split_paragraphs(text: str) -> list[str]:
    """Blank lines separate paragraphs when the text has any (then single
    newlines are hard wraps); otherwise every line is a paragraph."""
    text = text.strip("\n")
    if re.search(r"\n\s*\n", text):
        blocks = re.split(r"\n\s*\n", text)
        paras = [" ".join(line.strip() for line in b.split("\n") if line.strip()) for b in blocks]
        credit = _closing_credit_line(blocks[-1])
        if credit:
            paras[-1:] = [paras[-1][: -len(credit)].rstrip(), credit]
        # a block of the page's furniture at an edge, a line each ("Автор: Ирина Соколова" / "26.11.2026, 14:20";
        # "Источник: ТАСС" / "Теги: ..."), is its lines, each judged alone (not one furniture whole: "Читайте также:"
        # and the headline it links)
        for i in sorted({0, *(() if credit else (len(blocks) - 1,))}, reverse=True):  # (a credit split off is the last line's)
            if not boilerplate_reason(paras[i], is_last=True) and (lines := furniture_lines(blocks[i])):
                paras[i : i + 1] = lines
    else:
        paras = [line.strip() for line in text.split("\n")]
    return [p for p in paras if p]


def _closing_credit_line(block: str) -> str | None:
    """The last line of the text's last block when it is a credit on a line of its own after a finished
    sentence ("... in 2008.\nReporting by Olena Marchuk"), which joining the block's hard wraps would glue
    to that sentence; a wrapped sentence's last line ("... said\navec AFP") is no credit."""
    lines = [line.strip() for line in block.split("\n") if line.strip()]
    if len(lines) > 1 and re.search(r"[.!?\"”»)]$", lines[-2]) and _is_credit(lines[-1]):
        return lines[-1]
    return None


# ------------------------------------------------------------------ dateline

# An upper-case place ("LONDON", "WASHINGTON, D.C.", "SÃO PAULO"), optionally an
# agency in parentheses, then a dash.  Upper case is what tells a dateline from
# an ordinary sentence opening.
_PLACE = rf"[{UPPER}][{UPPER}.'’-]+(?:[ ][{UPPER}][{UPPER}.'’-]+){{0,3}}(?:,[ ]?[A-Z][A-Za-z.]+(?:[ ][A-Z][A-Za-z.]+)?)?"
_AGENCY = r"(?:[ ]?\((?P<agency>[^()\n]{1,40})\))?"
_DASH = rf"(?:[ ]?(?:--|—|–|-|:)[ ]|\.[ ](?=[{UPPER}]))"  # German papers end a dateline with a full stop: "BRENNTAL. Am ..."
# The report after the dash opens a sentence, so not on a lower-case word: "UNICEF – the United Nations
# children's agency – said" sets a name apart between dashes
DATELINE_AT_START = re.compile(rf"^(?P<place>{_PLACE}){_AGENCY}{_DASH}(?=\S)(?![{LOWER}])")
# Dateline glued to the previous sentence: "focus.LONDON -- NATO"
DATELINE_GLUED = re.compile(rf"(?<=[a-z0-9)\]][.!?])(?P<place>{_PLACE}){_AGENCY}{_DASH}(?=[A-Z0-9\"“‘'])")


@dataclass
class Dateline:
    place: str
    agency: str | None
    before: str  # text that stood before the dateline in its paragraph (a glued standfirst)
    after: str  # the rest of the paragraph


# The wire forms, where the agency (or a date) tells the dateline from a sentence and the place
# may be in any case: "LONDON, March 22 (Reuters) -", "Paris (AFP) -", "Hamburg (dpa/lno) -",
# "Sevilla, 15 mar (EFE).-", "Villanueva de la Sierra (Cáceres), 15 mar (EFE).-", the agency first:
# "(ANSA) – COMO, 14 MAR –", and the Russian form with a full stop: "МОСКВА, 3 ноября. /ТАСС/."
_CAP = UPPER
_PLACE_PARTICLE = r"(?:de|del|la|las|los|el|di|da|do|dos|das|des|du|le|les|sur|en|am|an|der|im|bei|upon|on|y|i|nad|pod)"
_ANY_PLACE = rf"[{_CAP}][\w.'’-]+(?:[ ](?:{_PLACE_PARTICLE}[ ]){{0,2}}[{_CAP}][\w.'’-]+){{0,3}}(?:[ ]\([{_CAP}][\w.'’-]+(?:[ ][\w.'’-]+){{0,2}}\))?"
# a day and a month ("March 22", "15 mar", "14 MAR", "2. Mai", "3 ноября"): the month word is checked
# against the month names of the date lexicons (see _is_month)
# Hungarian writes the year first and often the weekday after: "Pécs, 2026. március 6., péntek (MTI) –"
_WIRE_DATE = (
    r"(?:(?:(?P<month>[^\W\d_]{3,12})\.?[ ]\d{1,2}\.?|\d{1,2}\.?[ ](?P<month2>[^\W\d_]{3,12})\.?)(?:[ ]\d{4})?"
    r"|\d{4}\.[ ](?P<month3>[^\W\d_]{3,12})[ ]\d{1,2}\.(?:,[ ][^\W\d_]{3,12})?)"
)
_WIRE_AGENCY = r"(?:\((?P<agency>[\w][\w./& -]{0,24})\)|/(?P<agency_sl>[\w][\w.& -]{0,24})/)"  # "(Reuters)", "(dpa/lno)", "/ТАСС/"
_WIRE_DASH = r"[ ]?(?:\.?[-–—]|--)[ ]?"
_STARTS = rf"(?=[{_CAP}0-9\"“„«‘'])"  # the report itself starts after it: "Berlin (Germany) - the capital" is prose
# an agency named in capitals without brackets, after a date: "Екатеринбург. 18 марта. INTERFAX-REGION -"
_CAPS_AGENCY = rf"(?P<agency_caps>[{_CAP}]{{2,12}}(?:[-.][{_CAP}]{{2,12}}){{0,2}})"
# the date after the place: "LONDON, March 22", "Rybníkov 15. dubna" (Czech writes no comma), "Kővárhely, április 9.",
# "Екатеринбург. 18 марта."; the agency's signature ends in a dash, or in a full stop ("Ужгород, 8 липня.
# /Укрінформ-Захід/. Text"), which split_dateline only takes after a date or a slashed agency
DATELINE_WIRE = re.compile(
    rf"^(?P<place>{_ANY_PLACE})(?:(?:,?[ ]?|\.[ ]){_WIRE_DATE})?"
    rf"(?:\.?[ ]?{_WIRE_AGENCY}|\.?[ ]{_CAPS_AGENCY})(?:{_WIRE_DASH}|(?P<stop>\.[ ])){_STARTS}"
)
DATELINE_AGENCY_FIRST = re.compile(rf"^{_WIRE_AGENCY}{_WIRE_DASH}(?P<place>{_ANY_PLACE})(?:,[ ]?{_WIRE_DATE})?{_WIRE_DASH}{_STARTS}")
# "LONDON, March 22 -", "МОСКВА, 3 ноября. /ТАСС/. Text", "МОСКВА, 3 ноября." alone on its line
DATELINE_DATED = re.compile(
    rf"^(?P<place>{_PLACE}),[ ]?{_WIRE_DATE}(?:\.?[ ]?{_WIRE_AGENCY})?(?:{_WIRE_DASH}{_STARTS}|\.[ ]{_STARTS}|\.?$)"
)


# Russian and Ukrainian agencies sign after the place, the date and a dash, with a full stop: "МОСКВА, 26 ноября —
# РИА Новости. Число ...", "КИЇВ, 15 жовтня — Укрінформ. ...": a Cyrillic name, every word capitalised (up to three,
# so "Путин подписал указ." stays the report), or a phrase that says it is an agency or a news service
_AGENCY_AFTER_DASH = re.compile(
    r"(?P<agency>[А-ЯЁІЇЄҐ][\w-]*(?:[ ][А-ЯЁІЇЄҐ][\w-]*){0,2}|[А-ЯЁІЇЄҐ][^.\n]{2,40}?(?:агентств|агенці|новост|новин|информ|інформ)\w*)\.[ ](?=[«„\"“]?[А-ЯЁІЇЄҐ])"
)


# Scripts without capitals mark a dateline by its agency and its shape instead:
# Chinese "新华社北京4月27日电（记者王明）", "中新网上海3月2日电";
# Korean "(서울=연합뉴스) 김민수 기자 =", Japanese "【ワシントン＝共同】";
# Arabic, Persian and Urdu "القاهرة، 10 أيار/مايو (رويترز) -" (the agency required: the place has no capitals).
_HAN = "\u4e00-\u9fff"
DATELINE_ZH = re.compile(
    rf"^(?P<agency>[{_HAN}]{{1,6}}?(?:社|网|報|报|台))(?P<place>[{_HAN}]{{2,8}}?)(?:\d{{1,2}}月\d{{1,2}}日)电"
    rf"(?:[（(][^）)\n]{{0,30}}[）)])?[ ]?(?=\S)"
)
DATELINE_KO = re.compile(r"^\((?P<place>[가-힣 ]{1,12})=(?P<agency>[가-힣A-Za-z ]{2,12})\)[ ]?(?:[가-힣]{2,4}[ ]기자[ ]?=[ ]?)?(?=\S)")
DATELINE_JA = re.compile(r"^【(?P<place>[^＝=】\n]{1,12})[＝=](?P<agency>[^】\n]{1,12})】[ ]?(?=\S)")
_ARABIC_WORD = "[\u0621-\u064a\u0660-\u0669\u066e-\u06d3\u06fa-\u06ff]+"
DATELINE_AR = re.compile(
    rf"^(?P<place>{_ARABIC_WORD}(?:[ ]{_ARABIC_WORD}){{0,3}})(?:[ ]?[،,][ ]?(?:\d{{1,2}}|[٠-٩]{{1,2}})[ ]{_ARABIC_WORD}(?:/{_ARABIC_WORD})?"
    rf"(?:[ ](?:\d{{4}}|[٠-٩]{{4}}))?)?[ ]?\((?!(?:في|من|على|إلى|عن|مع|بعد|قبل|حسب|وفق)[ ])(?P<agency>[^()\n]{{1,30}})\)[ ]?[-–—][ ]?(?=\S)"
)  # (an aside in parentheses opening with a preposition, "قال الوزير (في بيان) -", is prose)
# A Chinese paper's own report: "本报讯（记者 王明）", "本报北京3月5日电（记者 李华）", "本報訊": the paper ("本报",
# this paper) stands where an agency would; a place comes only with a date ("本报记者近日走访" is a sentence)
DATELINE_ZH_OWN = re.compile(
    rf"^(?P<agency>本[报報刊台网網])(?:(?P<place>[{_HAN}]{{2,8}}?)?\d{{1,2}}月\d{{1,2}}日[讯訊电電]|[讯訊])"
    rf"(?:[（(][^）)\n]{{0,30}}[）)])?[ ]?(?=\S)"
)
# Arabic papers credit themselves or an agency after the place, with a colon: "جدة - «الشرق اليوم»:", "الرياض - واس:",
# "بيروت - أ ف ب:"; without guillemets only an agency's acronym (two to four letters, or its letters spaced), so
# that a sentence's aside ("وأضاف - مؤكدا:", "he added - stressing:") stays prose
DATELINE_AR_CREDIT = re.compile(
    rf"^(?P<place>{_ARABIC_WORD}(?:[ ]{_ARABIC_WORD}){{0,2}})[ ]?[-–—][ ]?"
    r"(?P<agency>«[^«»\n]{1,30}»|[\u0621-\u064a]{2,4}|[\u0621-\u064a](?:[ ][\u0621-\u064a]){1,3})[ ]?:[ ]?(?=\S)"
)
# An Arabic paper's own report names the place alone before a dash: "العقبة - افتتح وزير ...", "غزة – قال ...": one or
# two words, the first no conjunction ("وأضاف - مؤكدا" is an aside) nor a verb's "قال", then a report that runs on
# (forty letters or more before its first full stop, so a heading "عمان - الزرقاء." stays)
DATELINE_AR_PLACE = re.compile(
    rf"^(?P<place>(?![وف])(?!قال)(?!أضاف){_ARABIC_WORD}(?:[ ]{_ARABIC_WORD})?)[ ][-–—][ ](?=[^\n.:؛]{{40}})(?=[ء-ي])"
)
_UNCASED_DATELINES = (DATELINE_ZH, DATELINE_ZH_OWN, DATELINE_KO, DATELINE_JA, DATELINE_AR, DATELINE_AR_CREDIT)
# The agency alone where the story names no place, as French papers print AFP copy: "(AFP) - Des centaines de
# vols ...", "(Reuters) -"; the report after it opens a sentence
DATELINE_AGENCY_ONLY = re.compile(rf"^\((?P<agency>[^\W\d_][\w.&/-]{{1,14}}(?:[ ][^\W\d_][\w.&/-]{{1,14}})?)\)[ ]?(?:[-–—]|--)[ ]?{_STARTS}")


@lru_cache(maxsize=1)
def _month_words() -> frozenset[str]:
    """The month words of every date lexicon, lower case: names and standard abbreviations
    (:func:`parallax.analyze.timelex.month_words`, the words the quantities read as a day's month too)."""
    from parallax.analyze.timelex import LEXICONS, month_words  # here: parallax.analyze imports this module

    return frozenset().union(*(month_words(lang) for lang in LEXICONS))


def _is_month(m: re.Match) -> bool:
    """Whether the date of a dateline match, if it has one, names a month ("7 Tage" does not)."""
    word = m.groupdict().get("month") or m.groupdict().get("month2") or m.groupdict().get("month3")
    return word is None or word.lower() in _month_words()


def _agency(m: re.Match) -> str | None:
    return m.groupdict().get("agency") or m.groupdict().get("agency_sl") or m.groupdict().get("agency_caps")


def _is_signed(m: re.Match) -> bool:
    """Whether a wire match is surely a signature, not prose: an agency in capitals without brackets
    ("Real Madrid CF - Barcelona") or one closed by a full stop ("Olaf Scholz (SPD). Der Kanzler") is
    one only after a date, or (the full stop) when the agency stands between slashes ("/ТАСС/.")."""
    groups = m.groupdict()
    dated = bool(groups.get("month") or groups.get("month2") or groups.get("month3"))
    if groups.get("agency_caps") and not dated:
        return False
    return not groups.get("stop") or dated or bool(groups.get("agency_sl"))


def _place(m: re.Match) -> str:
    """The matched place without the full stop that closes it ("Екатеринбург. 18 марта"), keeping an
    abbreviation's ("Washington D.C.", "St.")."""
    place = m.group("place").strip()
    return re.sub(r"(?<=[^\W\d_]{3})\.$", "", place)


def split_dateline(paragraph: str) -> Dateline | None:
    for shape in _UNCASED_DATELINES:
        m = shape.match(paragraph)
        if m:
            return Dateline((m.group("place") or "").strip(), m.group("agency").strip(" «»"), "", paragraph[m.end() :])
    if m := DATELINE_AR_PLACE.match(paragraph):
        return Dateline(m.group("place"), None, "", paragraph[m.end() :])
    for wire in (DATELINE_WIRE, DATELINE_AGENCY_FIRST):
        m = wire.match(paragraph)
        if m and not _agency_is_words(_agency(m)) and _is_month(m) and _is_signed(m):
            return Dateline(_place(m), _agency(m), "", paragraph[m.end() :])
    m = DATELINE_DATED.match(paragraph)
    m = m if m and _is_month(m) else DATELINE_AT_START.match(paragraph)
    if m and _is_place(m.group("place")):
        after, agency = paragraph[m.end() :], _agency(m)
        if agency is None and m.re is DATELINE_DATED and (credit := _AGENCY_AFTER_DASH.match(after)):
            after, agency = after[credit.end() :], credit.group("agency")  # "МОСКВА, 26 ноября — РИА Новости. ..."
        return Dateline(m.group("place").strip(), agency, "", after)
    m = DATELINE_AGENCY_ONLY.match(paragraph)
    if m and not _agency_is_words(m.group("agency")):
        return Dateline("", m.group("agency"), "", paragraph[m.end() :])
    m = DATELINE_GLUED.search(paragraph)
    if m and _is_place(m.group("place")):
        return Dateline(m.group("place").strip(), m.group("agency"), paragraph[: m.start()].strip(), paragraph[m.end():])
    return None


_SPEAKER_LABEL = re.compile(rf"[{UPPER}][{UPPER}.'’ -]{{1,30}}:\s")


def _agency_is_words(agency: str) -> bool:
    """Whether a parenthesis is prose, not an agency: "(who asked not to be named)"."""
    return len(agency.split()) > 3 or (" " in agency and agency.islower())


def _is_place(place: str) -> bool:
    letters = [c for c in place if c.isalpha()]
    upper_head = place.split(",")[0]
    return len(letters) >= 3 and sum(c.isupper() for c in upper_head if c.isalpha()) >= 3 and upper_head.upper() == upper_head


# --------------------------------------------------------------- boilerplate

# A copyright notice: the sign (also the circled letters Korean and Japanese sites print, "ⓒ"), "(c) 2024",
# "Copyright 2024", "Copyright Inexhibit 2019" (the owner, capitalised, before the year: "copyright law in 2019" is prose), and the reservation of rights as
# each language words it ("alle Rechte vorbehalten", "무단전재 및 재배포 금지": reproduction forbidden)
COPYRIGHT = (
    r"[©ⓒⒸ]|\(c\) ?\d{4}|\bcopyright (?:[©ⓒ]|\d{4}|(?:(?-i:[A-Z][\w.&-]*) ){1,4}(?:[©ⓒ] ?)?\d{4}\b)|"
    r"\ball rights reserved\b|\balle rechte vorbehalten\b|\btous droits réservés\b|\btodos los derechos reservados\b|"
    r"\btutti i diritti riservati\b|\btodos os direitos reservados\b|\balle rechten voorbehouden\b|\bwszelkie prawa zastrzeżone\b|"
    r"\bvšechna práva vyhrazena\b|\bminden jog fenntartva\b|\bвсе права защищены\b|\bвсі права захищені\b|"
    r"版权所有|版權所有|未经授权[，,]?\s?(?:不得|禁止)转载|無断転載|무단\s?전재"
)
# A notice that opens with the sign or "Copyright 2024" is the outlet's however long the reprint terms after
# it run ("© 2026, Example News. This article is the copyrighted property of ... Written permission must be
# obtained before reprint ..."): reporting never opens so
_NOTICE = re.compile(r"^[\W_]*(?:[©ⓒⒸ]|\(c\) ?\d{4}|copyright (?:[©ⓒ]|\d{4}))", re.I)
_MAX_NOTICE_WORDS = 80

_CTA = [
    (r"\bpay ?wall\b|\bpaid (content|subscribers)\b|\bsubscribers? only\b|\balready a subscriber\b", "paywall note"),
    (r"\b(continue|keep) reading\b|\bto read (the full|more|this)\b|\bunlock (this|full)\b", "paywall note"),
    (r"\bsign(ing)?[ -]?up\b|\bsubscri(be|ption)\b|\bnewsletters?\b|\binbox\b|\bregister (now|for free)\b", "newsletter or sign-up"),
    (r"\bby (submitting|signing|clicking|continuing|registering)\b|\bi (agree|accept|consent)\b|\bterms (of (use|service)|and conditions)\b|\bprivacy (policy|notice)\b", "form or consent"),
    (r"\bcookies?\b", "cookie consent"),
    (r"^(share|tweet|email|e-mail|print|follow|like|comment)( (this|on|us|the))?\b|\bshare (this|on|via)\b|\bfollow us\b", "share or follow"),
    (r"^(advertisement|advertising|anzeige|publicité|sponsored( content)?|read more|more:|related( articles| stories| content)?:?|see also|click here|watch:|listen:)", "advertisement or link"),
    (COPYRIGHT, "copyright line"),
    # German, French, Spanish calls to action
    (r"\b(jetzt )?(abonnieren|anmelden|registrieren)\b|\bnewsletter\b|\bteilen\b|\bweiterlesen\b", "newsletter or sign-up"),
    (r"\babonnez-vous\b|\binscrivez-vous\b|\bs'abonner\b|\bpartager\b|\blire la suite\b", "newsletter or sign-up"),
    (r"\bsuscr[íi]bete\b|\bsuscripci[óo]n\b|\bbolet[íi]n\b|\bcompartir\b|\bleer m[áa]s\b", "newsletter or sign-up"),
    (r"\biscriviti\b|\babbonati\b|\babbonamento\b|\bcondividi\b|\bseguici\b|\bleggi (anche|tutto)\b", "newsletter or sign-up"),
    (r"\binscreva-se\b|\bassine\b|\bassinatura\b|\bcompartilhe\b|\bsiga-nos\b|\bcadastre-se\b", "newsletter or sign-up"),
    # the forms' consent lines in the other languages ("Mit der Registrierung akzeptieren Sie unsere Datenschutz- und
    # Nutzungsbedingungen.", "En vous inscrivant, vous acceptez notre politique de confidentialité"): the
    # privacy policy and the terms by their names, and the reader's "I accept"
    *((p, "form or consent") for p in (
        r"\bdatenschutz(?:erklärung|bestimmungen|hinweisen?|richtlinien?|-)|\bnutzungsbedingungen\b|\bich (?:akzeptiere|stimme)\b",
        r"\bpolitique de confidentialité\b|\bconditions (?:générales )?d['’]utilisation\b|\bj['’]accepte\b",
        r"\bpolítica de privacidad\b|\baviso de privacidad\b|\btérminos y condiciones\b|\bcondiciones de uso\b|\bacepto\b",
        r"\binformativa (?:sulla )?privacy\b|\btermini e condizioni\b|\baccetto\b",
        r"\bpolítica de privacidade\b|\btermos de uso\b|\baceito\b",
        r"\bprivacyverklaring\b|\bgebruiksvoorwaarden\b|\bpolityk[aię] prywatności\b|\bregulamin(?:ie|u)?\b",
    )),
]
_CTA = [(re.compile(p, re.I), why) for p, why in _CTA]
# The shape of a call to action rather than a news sentence: an imperative
# opening, the reader addressed, a first-person form, or a bare label.
_IMPERATIVE = re.compile(
    r"^(sign|subscribe|register|join|get|receive|share|follow|like|click|tap|read|watch|listen|download|"
    r"support|donate|continue|log|create|enter|accept|manage|see|more|please|bitte|veuillez|abonnieren|melden|jetzt|abonnez|inscrivez|"
    r"suscr[íi]bete|reg[íi]strate|iscriviti|abbonati|registrati|seguici|scarica|inscreva-se|assine|siga|cadastre-se|baixe)\b",
    re.I,
)
_ADDRESSED = re.compile(
    r"\b(you|your|yours|our|we use|i agree|i accept|ihre?|sie|dich|dein(?:e[mnrs]?)?|vous|votre|vos|nous|tu|tus|te|su|sus"
    r"|tuo|tua|vostr[oa]|nostr[oa]|seu|sua|voc[êe])\b",
    re.I,
)
# the reader addressed in the second person alone (not "our", not German "sie", which is also "they")
_YOU = re.compile(r"\b(?:you|your|yours|dich|dein(?:e[mnrs]?)?|vous|votre|vos|tu|tus|te)\b", re.I)
# the outlet speaking of itself ("notre newsletter", "nuestro boletín", "unserem Newsletter"): the shape
# of a closing call only at the end of the text ("auf unsere Anfrage" is reporting)
_OURS = re.compile(r"\b(notre|nos|nuestr[oa]s?|unser(?:e[mnrs]?)?|nostri|nostre|nosso|nossa)\b", re.I)
QUOTE_MARKS = re.compile("[\"“”«»„]")


# The outlet asking its readers for support: the imperative with "us" as its object, in each language
# ("Support us", "Help us continue ...", "Unterstützen Sie uns", "Soutenez-nous", "Apóyanos", "Sostienici",
# "Apoie-nos", "Wesprzyj nas darowizną", "Steun ons", "Podpořte nás", "Поддержите нас").  Reporting
# gives such words only inside quotation marks ("'Help us,' the villagers shouted").
_SUPPORT_US = re.compile(
    r"\b(?:support us|help us|unterstütze uns|unterstützen sie uns|helfen sie uns|soutenez-nous|aidez-nous|apóyanos|ayúdanos|"
    r"sostienici|aiutaci|apoie-nos|ajude-nos|wesprzyj(?:cie)? nas|pomóż(?:cie)? nam|steun ons|help ons|stöd oss|støtt oss|støt os|"
    r"podpořte nás|podporte nás|támogass(?:on)? minket|susține-ne|поддержите нас|помогите нам|підтримайте нас)\b",
    re.I,
)
_MAX_APPEAL_WORDS = 60


def _is_appeal(paragraph: str) -> bool:
    """Whether the paragraph holds the imperative of :data:`_SUPPORT_US` as a command: opening a sentence,
    or capitalised as a button's label is ("We need your help Help us continue"); inside a sentence the
    words are a clause's ("heaven help us", "to help us achieve that")."""
    for m in _SUPPORT_US.finditer(paragraph):
        before = paragraph[: m.start()].rstrip(" \t\u00a0")
        if not before or before[-1] in ".!?:|–—-" or m.group()[0].isupper():
            return True
    return False
# A closing call that names no offer of ours ("Listen to Newsbeat live at 12:45 - or listen back here.",
# "Get the day's big stories + fun stuff you love ..."): at the end of the text, an imperative opening
# that addresses the reader or points to a link ("here")
_HERE = re.compile(r"\b(?:here|hier|ici|aquí|aqui|qui|tutaj|tady|здесь|тут)\W*$", re.I)
_MAX_CALL_WORDS = 40


# A sentence ends on a stop and the next opens with a capital: one run of spaces between them (linear)
_SENTENCE_BREAK = re.compile(rf"(?<=[.!?])[ ]++(?=[{UPPER}])")


def _sentence_at(paragraph: str, offset: int) -> str:
    """The sentence of ``paragraph`` that holds the character at ``offset``."""
    start = 0
    for m in _SENTENCE_BREAK.finditer(paragraph):
        if m.end() > offset:
            return paragraph[start : m.start()]
        start = m.end()
    return paragraph[start:]


def _call_shaped(sentence: str, is_last: bool) -> bool:
    """Whether a sentence has the shape of a call to action: short, a label, an imperative opening, the
    reader addressed, or (at the text's end) the outlet speaking of itself.  Judged sentence by sentence,
    so that in a paragraph of prose a word of the calls' vocabulary used as any other ("Ich gehe gerne mit
    Personen angeln, die meine Angelphilosophie teilen.") does not take the paragraph with it because
    another of its sentences says "ihre" or "you"."""
    words = sentence.split()
    label = sentence.rstrip().endswith(":") and len(words) <= 6
    return (
        len(words) <= 4 or label or bool(_IMPERATIVE.search(sentence) or _ADDRESSED.search(sentence)) or (is_last and bool(_OURS.search(sentence)))
    )


# A consent notice runs longer than other calls (its legalese: what the data are used for, that consent can
# be withdrawn); it names the privacy policy or the terms, in a sentence shaped as a call (:func:`_call_shaped`).
# (The word "cookies" alone is too weak for a long paragraph: a recipe's "cookie sheet".)
_CONSENT = frozenset({"form or consent"})
_MAX_CONSENT_WORDS = 60


_CAPS_LEAD = re.compile(rf"(?P<lead>[{UPPER}]{{2,}}(?:\s[{UPPER}]{{2,}}){{0,3}})\s(?=[{UPPER}][{LOWER}])")


def _related_link(paragraph: str) -> bool:
    """Whether a paragraph is a "read also" lead-in with the headline it links ("Read also: Storm hits Hull",
    "اقرأ أيضا: ...", "Czytaj także: ..."): a text or JSONL body keeps it as the page printed it, where the HTML
    extractor drops it as a line (:data:`parallax.ingest.extract._RELATED`, its lead-ins in each language)."""
    from parallax.ingest.extract import _RELATED  # (the extractor builds on this module)

    if len(paragraph.split()) > 30:
        return False
    if _RELATED.match(paragraph) is not None:
        return True
    # a lead-in set in capitals on a line of its own, which the paragraph joined to the headline after it:
    # "İLGİLİ HABERLER Son dakika: ...", "READ MORE Storm closes the port" (the capitals end the lead-in)
    caps = _CAPS_LEAD.match(paragraph)
    return caps is not None and _RELATED.match(caps.group("lead") + ":") is not None


def boilerplate_reason(paragraph: str, is_last: bool = False) -> str | None:
    """Why ``paragraph`` is web furniture rather than reporting, or ``None``."""
    words = paragraph.split()
    if _NOTICE.match(paragraph) and len(words) <= _MAX_NOTICE_WORDS:
        return "copyright line"
    if _related_link(paragraph):
        return "related link"
    if not words or QUOTE_MARKS.search(paragraph):
        return None
    if why := note_reason(paragraph, is_last):  # the writer's contact line, the publisher's disclaimer
        return why
    if len(words) <= _MAX_APPEAL_WORDS and _is_appeal(paragraph):
        return "appeal for support"
    if why := call_reason(paragraph):
        return why
    if is_last and len(words) <= _MAX_CALL_WORDS and _IMPERATIVE.search(paragraph) and (_HERE.search(paragraph) or _YOU.search(paragraph)):
        return "closing call"
    if len(words) > _MAX_CONSENT_WORDS:
        return None
    label = paragraph.rstrip().endswith(":") and len(words) <= 6
    for pattern, why in _CTA:
        if len(words) > 30 and why not in _CONSENT:
            continue
        if why == "copyright line":
            if pattern.search(paragraph):
                return why
        elif any(_call_shaped(_sentence_at(paragraph, m.start()), is_last) for m in pattern.finditer(paragraph)):
            return why
    if label and is_last:
        return "dangling label"
    return None


# ------------------------------------------------------------------ bylines

# A byline: "By Jane Doe and John Roe", "Von Tobias Krämer", "Door Pieter van den Berg", "Propos recueillis
# par Anne Roy", "Автор Ирина Соколова"; the name's words are capitalised (or particles: "van", "de"), so
# "Von Montag an gilt ..." and "Por fin ..." are sentences.  It may not end on a word's full stop.
_BY = (
    r"(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR|[Dd]i|DI|[Dd]oor|DOOR|[Aa]v|AV|[Pp]rzez|PRZEZ|[Аа]втор|АВТОР|Συντάκτ(?:ης|ρια)|ΣΥΝΤΑΚΤΗΣ|Yazar|YAZAR|Muhabir|MUHABİR"
    r"|(?:[Pp]ropos recueillis|[Tt]exte|[Rr]eportage|[Ee]ntretien réalisé) par|[Tt]exto(?: y fotos?)? de|[Tt]ext(?: und Fotos?)? von)"
)
_PARTICLE = r"(?:van|von|der|den|de|del|della|di|da|dos|das|du|la|le|y|zu|ten|ter|al|bin|ibn)"
_NAME_WORD = rf"[{UPPER}][\w.'’&-]*"
BYLINE = re.compile(
    rf"^{_BY}:?\s+(?:(?:{_PARTICLE}\s)*{_NAME_WORD}\s?(?:and|und|et|y|e|i|en|og|och|и|,)?\s?){{1,8}}$(?<![^\W\d_]{{2}}\.)"
)
# A byline with its date, as many sites print it: "南方快报记者 陈静 | 2025-11-18", "Jane Doe · 21.02.2025"
BYLINE_DATED = re.compile(r"^(?=.{0,70}$)[^.!?。！？]*\s[|·•]\s[^.!?。！？]*(?:\d{4}[-./年]\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4})[^.!?。！？]*$")
# At the top or the bottom of an article only, where no reporting is this short: a bare name ("Ewa
# Stankiewicz"), or a name with its place or role ("Jane Doe | Ciudad Real", "Jane Doe · Reporterin") ...
_NAME = rf"[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}'’]+)?"
_BARE_NAME = re.compile(rf"^{_NAME}(?:[ ](?:{_PARTICLE}[ ])?{_NAME}){{1,3}}$")
_NAME_PIPED = re.compile(rf"^{_NAME}(?:[ ](?:{_PARTICLE}[ ])?{_NAME}){{1,3}}[ ]?[|·•][ ]?[^|·•.!?\n]{{1,50}}$")
# ... and at the bottom an editors' or agency signature: initials in lower case with a slash ("tkr/sel",
# "mdn tkr/sel", "ah/jk"), the last part perhaps the agency's acronym in capitals ("aja/PAP", "mly/AFP"), or
# an agency in parentheses ("(AFP)", "(dpa)", "(dpa, AFP)", "/ТАСС/")
_SIGNATURE = re.compile(r"^(?=[a-zA-Z /]{3,40}$)(?:[a-z]{2,5}[ ])*[a-z]{2,5}(?:[ ]?/[ ]?[a-z]{2,5})*[ ]?/[ ]?(?:[a-z]{2,5}|[A-Z]{2,6})$")
_AGENCY_SIGNATURE = re.compile(r"^(?:\(|/|（)[^\W\d_]{2,12}(?:[ ]?[/,、][ ]?[^\W\d_]{2,12}){0,3}(?:\)|/|）)[.。]?$")  # "（共同）" too


# A credit closing the article on a line of its own.  A label with a colon and the names: "Tekst: Katarzyna
# Lis", "Mitarbeit: Jonas Berg", "Автор: Ирина Соколова", "Texte et photos : Anne Roy" (the labels name
# who wrote, edited or helped, so "Sieger: Anna Schmidt" stays a fact) ...
_CREDIT_LABEL = (
    r"(?:Tekst|Text|Texte|Texto|Testo|Autor|Autorka|Autorzy|Autorin|Autoren|Autore|Auteure?|Authors?|Mitarbeit"
    r"|Redaktion|Redakcja|Opracowanie|Współpraca|Collaboration|Redacción|Colaboración|Редактор|Авторы?|Автори?"
    r"|Συντάκτης|Συντάκτρια|Yazar|Muhabir|Redactie)"
    r"(?:\s(?:[Ii]|[Uu]nd|[Ee]t|[Yy]|[Aa]nd|[Ee])\s[^\W\d_]{3,12})?"  # "Tekst i zdjęcia", "Text und Fotos"
)
_NAMES = rf"(?:{_PARTICLE}\s)*{_NAME_WORD}(?:\s(?:{_PARTICLE}\s)*{_NAME_WORD}){{0,3}}"
CREDIT_LABELLED = re.compile(rf"^{_CREDIT_LABEL}\s?:\s?{_NAMES}(?:\s?(?:,|and|und|et|y|i|e|и|і)\s{_NAMES}){{0,4}}$")
# ... a wire's credit line, its parts by role and separated by semicolons: "Reporting by Anna Smith in Kyiv;
# Editing by Tom Brown", "(Additional reporting by Jan Roe)" ("Reporting by Reuters showed ..." is a sentence) ...
_CREDIT_ROLE = re.compile(
    r"^(?:(?:additional|extra)\s)?(?:reporting|writing|editing|compiled|research|graphics|translation|production|photos?)"
    r"(?:\s(?:and|&)\s(?:reporting|writing|editing))?\sby\s(?P<names>.+)$",
    re.I,
)
_NAME_LIST_SPLIT = re.compile(r",\s|\sand\s|\s&\s|\sin\s|\sfrom\s")
_NAMES_ONLY = re.compile(rf"^{_NAMES}$")
# ... and the agencies a story draws on: "Con información de EFE y Europa Press", "Mit Material von dpa",
# "Com informações da Lusa", or with a bare preposition only acronyms: "Avec AFP", "(With AP)" ("Mit Erfolg."
# and "Avec Marine Le Pen" are no credits)
_SOURCES_PHRASE = re.compile(
    r"^\(?(?:(?:[Cc]on|[Cc]om)\sinforma(?:ción|ciones|ções)\sd[aeo]s?|[Mm]it\sMaterial\svon|[Aa]vec\sles\sagences)"
    r"\s(?:las\s|la\s|los\s)?(?P<agencies>[^()\n]{2,60}?)\)?\.?$"
)
_SOURCES_WITH = re.compile(r"^\(?(?:[Aa]vec|[Ww]ith|[Cc]on|[Mm]it)\s(?P<agencies>[^()\n]{2,40}?)\)?\.?$")
_AGENCY_LIST_SPLIT = re.compile(r",\s|\s(?:et|and|y|und|e|i)\s")
_AGENCY_WORDS = frozenset({"agencias", "agences", "agencies", "agenturen", "agenzie", "agências", "agencji"})


# ... the writers who contributed, as American papers and wires close a story: "Associated Press writers Ann
# Roe and Jo Lee contributed to this report.", "Keith Brand contributed reporting from Hong Kong." ...
_CONTRIBUTED = re.compile(r"^[^.!?\n]{3,300}?\scontributed\s(?:additional\s)?(?:reporting|to\sthis\s(?:report|story|article))\b[^.!?\n]{0,60}\.?$")
# ... and the sources a story was compiled from, under their label: "SOURCE: News agencies", "Quelle: dpa-AFX",
# "Fuente: EFE" (a short line: "Quelle: Die Polizei sperrte ..." would be a sentence)
_SOURCE_LINE = re.compile(
    r"^(?:sources?|quellen?|fuentes?|fontes?|fonti|źródło|источник|джерело|kaynak|bron|πηγή|πηγές)\s?:\s?[^.!?:\n]{2,60}\.?$", re.I
)
_MAX_SOURCE_WORDS = 6


def _is_acronym(name: str) -> bool:
    return len(name) >= 2 and name.replace("-", "").isalpha() and name.isupper()


def _is_agency_name(name: str) -> bool:
    """One word ("EFE", "dpa") or two capitalised ones ("Europa Press")."""
    words = name.split()
    if not 0 < len(words) <= 2 or not all(w.replace("-", "").isalpha() for w in words):
        return False
    return len(words) == 1 or all(w[0].isupper() for w in words)


def _are_agencies(names: list[str], phrase: bool) -> bool:
    """Whether the names of a credit are agencies: after a credit phrase one or two words each ("EFE",
    "Europa Press", "dpa") or the word for agencies ("agencias"); after a bare preposition one word each,
    one of them an acronym ("Avec AFP et Reuters")."""
    if phrase:
        return all(n.lower() in _AGENCY_WORDS or _is_agency_name(n) for n in names)
    return any(_is_acronym(n) for n in names) and all(" " not in n and n[:1].isupper() and n.replace("-", "").isalpha() for n in names)


def _is_credit(line: str) -> bool:
    """Whether a line is an article's closing credit (see CREDIT_LABELLED, _CREDIT_ROLE, _SOURCES_PHRASE)."""
    if len(line.split()) > 40:
        return False
    if CREDIT_LABELLED.match(line) or _CONTRIBUTED.match(line) or _SOURCE_LINE.match(line) and len(line.split()) <= _MAX_SOURCE_WORDS:
        return True
    inner = line[1:-1] if line.startswith("(") and line.endswith(")") else line
    parts = [p.strip() for p in inner.rstrip(".").split(";") if p.strip()]
    roles = [_CREDIT_ROLE.match(p) for p in parts]
    if parts and all(roles):
        return all(_NAMES_ONLY.match(n.strip()) for r in roles for n in _NAME_LIST_SPLIT.split(r.group("names")))
    for shape, phrase in ((_SOURCES_PHRASE, True), (_SOURCES_WITH, False)):
        m = shape.match(line)
        if m:
            return _are_agencies([a.strip() for a in _AGENCY_LIST_SPLIT.split(m.group("agencies"))], phrase)
    return False


def byline_reason(paragraph: str, edge: str | None = None) -> str | None:
    """Why ``paragraph`` is a byline or a signature rather than reporting, or ``None``.  With ``edge``
    ("first" or "last": the paragraph opens or closes the article) the shapes that only there are
    not reporting count too: a bare name, a name with its place or role, a signature at the end."""
    line = paragraph.strip()
    if BYLINE.match(line) and len(line.split()) <= 9 or BYLINE_DATED.match(line):
        return "byline"
    if edge and (_BARE_NAME.match(line) or _NAME_PIPED.match(line)):
        return "byline"
    if edge == "last" and (_SIGNATURE.match(line) or _AGENCY_SIGNATURE.match(line)):
        return "signature"
    if edge == "last" and _is_credit(line):
        return "credit"
    return None


# ------------------------------------------------------------------ live blogs

# A live blog's time stamp: "23 h 45", "07:30", "14.10 Uhr", "10:15 a.m.", "7h30".  Standing alone it heads
# the entry after it; it is no fact of its own, but the time it gives dates that entry's "this morning".
_CLOCK = r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d|[ ]?h(?:[ ]?[0-5]\d)?)(?:[ ]?(?:[Uu]hr|uur|h|horas|hrs?|godz\.?|ч\.?|[ap]\.[ ]?m\.|[AaPp][Mm]))?"
LIVE_STAMP = re.compile(rf"^{_CLOCK}[ ]?[.:–—-]?$")
_STAMP_END = re.compile(r"[ ]?(?:[:–—-]|(?<=\d)\.)$")  # "07:30." and "07:30 –", not "a.m."


def _attach_stamps(paragraphs: list[str], removed: list[str]) -> list[str]:
    """Paragraphs with each time stamp standing alone joined to the entry after it ("23 h 45 – Entry");
    one with no entry after it (at the end, or before another stamp) is dropped into ``removed``."""
    out: list[str] = []
    stamp = None
    for para in paragraphs:
        if LIVE_STAMP.match(para):
            if stamp:
                removed.append(stamp)
            stamp = para
            continue
        if stamp:
            para = f"{_STAMP_END.sub('', stamp)} – {para}"
            stamp = None
        out.append(para)
    if stamp:
        (removed if out else out).append(stamp)  # never the whole text
    return out


@dataclass
class CleanText:
    text: str
    dateline: str | None = None
    dateline_offset: int | None = None
    removed: list[str] = field(default_factory=list)
    agency: str | None = None  # the wire agency its dateline names ("LONDON (Reuters) -"): the outlet when none is given


def clean_paragraphs(paragraphs: list[str]) -> CleanText:
    """Remove boilerplate paragraphs, separate the dateline, join the rest.

    Paragraphs are joined by a blank line; offsets of later stages index this
    joined text."""
    removed: list[str] = []
    kept: list[str] = []
    # Walk from the end so that trailing labels ("Source:") followed only by
    # furniture are recognised as dangling.
    tail = True
    for para in reversed(paragraphs):
        why = boilerplate_reason(para, is_last=tail) or tail and edge_line_reason(para)
        if why:
            removed.append(para)
            continue
        tail = False
        kept.append(para)
    kept.reverse()
    removed.reverse()
    # a byline opens the article, a byline or a signature closes it (never its only paragraph)
    lead = 0
    while len(kept) > 1 and (byline_reason(kept[0], "first") or edge_line_reason(kept[0])):
        removed.insert(lead, kept.pop(0))
        lead += 1
    while len(kept) > 1 and byline_reason(kept[-1], "last"):
        removed.append(kept.pop())
    kept = _attach_stamps(kept, removed)

    out: list[str] = []
    dateline = None
    dateline_offset = None
    agency = None
    pos = 0
    # a transcript labels each turn "HOLT:", "THE COURT:"; a dateline comes once
    transcript = sum(1 for p in kept if _SPEAKER_LABEL.match(p)) >= 2
    for i, para in enumerate(kept):
        if dateline is None and i < 3 and not (transcript and _SPEAKER_LABEL.match(para)):
            d = split_dateline(para)
            if d:
                dateline = f"{d.place} ({d.agency})" if d.place and d.agency else d.place or d.agency  # "本报讯": the paper alone
                if d.agency and not DATELINE_ZH_OWN.match(para):  # ("本报", this paper, names no outlet)
                    agency = d.agency.split("/")[0].strip() or None  # "dpa/lno": dpa's regional service
                if d.before:
                    out.append(d.before)
                    pos += len(d.before) + 2
                dateline_offset = pos
                para = d.after.strip()
        if para:
            out.append(para)
            pos += len(para) + 2
    return CleanText("\n\n".join(out), dateline, dateline_offset, removed, agency)


_SENTENCE_END = re.compile(r"[.!?:;,\"”»。！？｡：；，」』…؟۔।]$")
_MAX_TITLE_CHARS = 200  # a line of a script without spaces is one "word" however long


def looks_like_title(line: str) -> bool:
    """A first line is a headline when it is short and not a finished sentence (in any script's
    punctuation: a Chinese or Japanese sentence ends on "。")."""
    words = line.split()
    return 0 < len(words) <= 25 and len(line.strip()) <= _MAX_TITLE_CHARS and not _SENTENCE_END.search(line.strip())
