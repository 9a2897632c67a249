"""Datelines: the place (and the agency) a report is filed from, set apart from its first sentence.

Split out of :mod:`parallax.ingest.clean` because the shapes are many -- the upper-case place and dash of
English papers ("LONDON --"), the wire forms with a date and an agency ("Sevilla, 15 mar (EFE).-",
"МОСКВА, 3 ноября. /ТАСС/."), and the uncased scripts' agency marks ("新华社北京4月27日电", "(서울=연합뉴스)")
-- and each needs its guard against ordinary prose.  :func:`split_dateline` is the one entry point.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from parallax.ingest.arabic_places import ARABIC_WORD, DATELINE_AR_OUTLET_INLINE, DATELINE_AR_PLACE_CREDIT, is_outlet_line, is_place
from parallax.ingest.notes import AGENCY_NAME
from parallax.ingest.rtl_datelines import colon_place  # "نئی دہلی:", "تهران:": the place and a colon
from parallax.ingest.zh_datelines import DATELINE_ZH_PLACE_DATE, DATELINE_ZH_UNDATED
from parallax.letters import LOWER, UPPER

# An upper-case place ("LONDON", "WASHINGTON, D.C.", "SÃO PAULO"), optionally an
# agency in parentheses, then a dash.  Upper case is what tells a dateline from
# an ordinary sentence opening.
_PLACE = rf"[{UPPER}][{UPPER}.'’-]+(?:[ ][{UPPER}][{UPPER}.'’-]+){{0,3}}(?:,[ ]?[A-Z][A-Za-z.]+(?:[ ][A-Z][A-Za-z.]+)?)?"
_AGENCY = r"(?:[ ]?\((?P<agency>[^()\n]{1,40})\))?"
# German papers end a dateline with a full stop: "BRENNTAL. Am ..."; American ones set an em dash close: "LONDON—The Bank ..."
_DASH = rf"(?:[ ]?(?:--|—|–|-|:)[ ]|\.[ ](?=[{UPPER}])|—(?=[{UPPER}]))"
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
    # the date the dateline prints, as printed ("Nov. 19", "19. listopadu", "4月27日", "5" in "MADRID, 5 (EFE)"): the
    # day the report was written, which its "today" counts from (read with the article's language at analysis)
    date: str = ""


# The wire forms, where the agency (or a date) tells the dateline from a sentence and the place
# may be in any case: "LONDON, March 22 (Reuters) -", "Paris (AFP) -", "Hamburg (dpa/lno) -",
# "Sevilla, 15 mar (EFE).-", "Villanueva de la Sierra (Cáceres), 15 mar (EFE).-", the agency first:
# "(ANSA) – COMO, 14 MAR –", and the Russian form with a full stop: "МОСКВА, 3 ноября. /ТАСС/."
_CAP = UPPER
_PLACE_PARTICLE = r"(?:de|del|la|las|los|el|di|da|do|dos|das|des|du|le|les|sur|en|am|an|der|im|bei|upon|on|y|i|nad|pod)"
# two or three places joined by a slash are one dateline: "Kiel/Husum (dpa/lno) -", "BERLIN/PARIS (Reuters) -"
_ANY_PLACE = (
    rf"[{_CAP}][\w.'’-]+(?:/[{_CAP}][\w.'’-]+){{0,2}}(?:[ ](?:{_PLACE_PARTICLE}[ ]){{0,2}}[{_CAP}][\w.'’-]+){{0,3}}"
    rf"(?:[ ]\([{_CAP}][\w.'’-]+(?:[ ][\w.'’-]+){{0,2}}\))?"
)
# a day and a month ("March 22", "15 mar", "14 MAR", "2. Mai", "3 ноября"; a year after, "Nov. 30, 2026 /PRNewswire/ --"
# as press-release wires print it): the month word is checked against the month names of the date lexicons (_is_month)
# Hungarian writes the year first and often the weekday after: "Pécs, 2026. március 6., péntek (MTI) –"
_WIRE_DATE = (
    r"(?P<date>(?:(?P<month>[^\W\d_]{3,12})\.?[ ]\d{1,2}\.?|\d{1,2}\.?[ ](?P<month2>[^\W\d_]{3,12})\.?)(?:,?[ ]\d{4})?"
    r"|\d{4}\.[ ](?P<month3>[^\W\d_]{3,12})[ ]\d{1,2}\.(?:,[ ][^\W\d_]{3,12})?"
    r"|(?P<numdate>\d{1,2}\.[ ]?\d{1,2}\.(?:[ ]?\d{4})?))"  # in figures, day first: "Praha 3. 12. (ČTK) -"
)
_WIRE_AGENCY = r"(?:\((?P<agency>[\w][\w./& -]{0,24})\)|/(?P<agency_sl>[\w][\w.& -]{0,24})/)"  # "(Reuters)", "(dpa/lno)", "/ТАСС/"
_WIRE_DASH = r"[ ]?(?:\.?[-–—]|--)[ ]?"
_STARTS = rf"(?=[{_CAP}0-9\"“„«‘'])"  # the report itself starts after it: "Berlin (Germany) - the capital" is prose
# an agency named in capitals without brackets, after a date: "Екатеринбург. 18 марта. INTERFAX-REGION -"
_CAPS_AGENCY = rf"(?P<agency_caps>[{_CAP}]{{2,12}}(?:[-.][{_CAP}]{{2,12}}){{0,2}})"
# the date after the place: "LONDON, March 22", "Rybníkov 15. dubna" (Czech writes no comma), "Kővárhely, április 9.",
# "Екатеринбург. 18 марта."; the agency's signature ends in a dash, or in a full stop ("Ужгород, 8 липня.
# /Укрінформ-Захід/. Text"), which split_dateline only takes after a date or a slashed agency; the Baltic wires sign
# so, the agency in capitals after the date, and often set the signature as its own line: "RĪGA, 3. decembris. LETA.",
# "Rīga, 3. decembris, LETA. Saeima ..."
DATELINE_WIRE = re.compile(
    rf"^(?P<place>{_ANY_PLACE})(?:(?:,?[ ]?|\.[ ]){_WIRE_DATE})?"
    rf"(?:\.?[ ]?{_WIRE_AGENCY}|[.,]?[ ]{_CAPS_AGENCY})(?:{_WIRE_DASH}(?:{_STARTS}|\Z)|(?P<stop>\.(?:[ ]{_STARTS}|\Z)))"
)  # the signature may stand alone on its line: "MADRID, 5 Mar. (EUROPA PRESS) -"
# Indian wires sign with the date and the agency in brackets and no dash, or a colon: "NEW DELHI, Nov 19 (PTI) The
# ...", "MUMBAI, Nov 19 (IANS): The ..." (a month written out, so "Scholz (SPD) sagte" stays prose)
DATELINE_WIRE_UNDASHED = re.compile(rf"^(?P<place>{_ANY_PLACE}),[ ]?{_WIRE_DATE}[ ]?\((?P<agency>[{_CAP}][\w./&-]{{1,11}})\):?[ ]{_STARTS}")
# Spanish wires date a report by the day alone: "BERLÍN, 11 (EFE)", "MADRID, 5 (EUROPA PRESS) -", alone on its line
# or before the report; the agency in capitals (a score line, "Real Madrid, 2 (Benzema)", names a scorer)
DATELINE_DAY_AGENCY = re.compile(
    rf"^(?P<place>{_ANY_PLACE}),[ ](?P<date>\d{{1,2}})[ ]\((?P<agency>[{_CAP}]{{2,12}}(?:[ ][{_CAP}]{{2,12}})?)\)"
    rf"(?:\.?[ ]?(?:[-–—]|--))?(?:[ ]{_STARTS}|[ ]?\Z)"
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
# Korean "(서울=연합뉴스) 김민수 기자 =" (a correspondent abroad: "(도쿄=연합뉴스) 김민수 특파원 ="), Japanese "【ワシントン＝共同】";
# Arabic, Persian and Urdu "القاهرة، 10 أيار/مايو (رويترز) -" (the agency required: the place has no capitals); the
# Levantine month names are two words, "19 تشرين الثاني/نوفمبر", "3 كانون الأول/ديسمبر".
_HAN = "\u4e00-\u9fff"
DATELINE_ZH = re.compile(
    rf"^(?P<agency>[{_HAN}]{{1,6}}?(?:社|网|網|報|报|台))(?P<place>[{_HAN}]{{2,8}}?)(?P<date>\d{{1,2}}月\d{{1,2}}日)[电電]"
    rf"[ \u3000]*+(?:[（(][^）)\n]{{0,30}}[）)])?[ \u3000]*+(?=\S)"
)  # (in traditional characters too, "新華社福州11月20日電", and the ideographic space after it; more forms: :mod:`.zh_datelines`)
DATELINE_KO = re.compile(
    r"^\((?P<place>[가-힣 ]{1,12})=(?P<agency>[가-힣A-Za-z ]{2,12})\)[ ]?(?:[가-힣]{2,4}[ ](?:기자|특파원)[ ]?=[ ]?)?(?=\S)"
)
DATELINE_JA = re.compile(r"^【(?P<place>[^＝=】\n]{1,12})[＝=](?P<agency>[^】\n]{1,12})】[ ]?(?=\S)")
_ARABIC_WORD = ARABIC_WORD
DATELINE_AR = re.compile(
    rf"^(?P<place>{_ARABIC_WORD}(?:[ ]{_ARABIC_WORD}){{0,3}})(?:[ ]?[،,][ ]?(?P<date>(?:\d{{1,2}}|[٠-٩]{{1,2}})[ ]{_ARABIC_WORD}(?:[ ]{_ARABIC_WORD})?(?:/{_ARABIC_WORD})?"
    rf"(?:[ ](?:\d{{4}}|[٠-٩]{{4}}))?))?[ ]?\((?!(?:في|من|على|إلى|عن|مع|بعد|قبل|حسب|وفق)[ ])(?P<agency>[^()\n]{{1,30}})\)[ ]?[-–—][ ]?(?=\S)"
)  # (an aside in parentheses opening with a preposition, "قال الوزير (في بيان) -", is prose)
# A Chinese paper's own report: "本报讯（记者 王明）", "本报北京3月5日电（记者 李华）", "本報訊": the paper ("本报",
# this paper) stands where an agency would; a place comes only with a date ("本报记者近日走访" is a sentence)
DATELINE_ZH_OWN = re.compile(
    rf"^(?P<agency>本[报報刊台网網])(?:(?P<place>[{_HAN}]{{2,8}}?)?(?P<date>\d{{1,2}}月\d{{1,2}}日)[讯訊电電]|[讯訊])"
    rf"(?:[（(][^）)\n]{{0,30}}[）)])?[ ]?(?=\S)"
)
# Arabic papers credit themselves or an agency after the place, with a colon: "جدة - «الشرق اليوم»:", "الرياض - واس:",
# "بيروت - أ ف ب:", the agency in brackets too, "القدس - (أ ف ب):", where a dash may close it, "صنعاء - (رويترز) -"; without guillemets only an agency's acronym (two to four letters, or its letters spaced), a wire
# agency's name as Arabic papers write it ("الدوحة - رويترز:", "فرانس برس", "الأناضول"), or a name that says it is an
# agency ("وكالة الأنباء القطرية"), so that a sentence's aside ("وأضاف - مؤكدا:", "he added - stressing:") stays prose
_AR_WIRES = r"رويترز|فرانس[ ]برس|أسوشيتد[ ]برس|أسوشيتدبرس|الأناضول|شينخوا|سبوتنيك|نوفوستي|إيفي|يونهاب|كيودو|بترا"
DATELINE_AR_CREDIT = re.compile(
    rf"^(?P<place>{_ARABIC_WORD}(?:[ ]{_ARABIC_WORD}){{0,2}})[ ]?[-–—][ ]?(?P<open>\()?"
    r"(?P<agency>«[^«»\n]{1,30}»|[\u0621-\u064a]{2,4}|[\u0621-\u064a](?:[ ][\u0621-\u064a]){1,3}|"
    rf"{_AR_WIRES}|وكالة(?:[ ]{_ARABIC_WORD}){{1,4}})(?(open)\)[ ]?[:\-–—]|[ ]?:)[ ]?(?=\S)"
)
# (session 42) the wire unbracketed between dashes, or after the place with no dash: "القاهرة - رويترز - قال",
# "بيروت - أ ف ب -", "بيروت أ ف ب -", "عمان - وكالة الأنباء الأردنية -": only a wire's name, its letters spaced or a
# name that says it is an agency, so that an aside between dashes ("وأضاف - مؤكدا -") stays prose
DATELINE_AR_WIRE_DASH = re.compile(
    rf"^(?P<place>(?![وف])(?!قال)(?!أضاف){_ARABIC_WORD}(?:[ ](?![\u0621-\u064a][ ]){_ARABIC_WORD}){{0,2}})(?:[ ]?[-–—][ ]?|[ ])"
    rf"(?P<agency>[\u0621-\u064a](?:[ ][\u0621-\u064a]){{1,3}}|{_AR_WIRES}|وكالة(?:[ ]{_ARABIC_WORD}){{1,4}})[ ]?[-–—][ ]?(?=\S)"
)
# An Arabic paper's own report names the place alone before a dash: "العقبة - افتتح وزير ...", "غزة – قال ...": one or
# two words, the first no conjunction ("وأضاف - مؤكدا" is an aside) nor a verb's "قال", then a report that runs on
# (forty letters or more before its first full stop, so a heading "عمان - الزرقاء." stays)
DATELINE_AR_PLACE = re.compile(
    rf"^(?P<place>(?![وف])(?!قال)(?!أضاف){_ARABIC_WORD}(?:[ ]{_ARABIC_WORD})?)[ ][-–—][ ](?=[^\n.:؛]{{40}})(?=[ء-ي])"
)
# An Arabic paper's credit alone on the report's first line, without the colon: "القاهرة - صوت النيل" (the place, a
# dash, the outlet, one to four words, nothing after: a line that runs on is the report, see DATELINE_AR_PLACE)
# -- a known place or an outlet's shape, see :func:`parallax.ingest.arabic_places.is_outlet_line`; on the report's
# line, DATELINE_AR_OUTLET_INLINE
DATELINE_AR_OUTLET = re.compile(
    rf"^(?P<place>(?![وف])(?!قال)(?!أضاف){_ARABIC_WORD}(?:[ ]{_ARABIC_WORD})?)[ ]?[-–—][ ]?"
    rf"(?P<agency>«[^«»\n]{{1,30}}»|{_ARABIC_WORD}(?:[ ]{_ARABIC_WORD}){{0,3}})[ ]?\Z"
)
# A Japanese paper's own report names the place alone in lenticular brackets ("【東京】"), or the place and a wire
# agency run together ("【ワシントン共同】"); brackets also hold an editor's label ("【速報】", breaking news), which
# is no place
DATELINE_JA_PLACE = re.compile(
    r"^【(?!(?:速報|独自|詳報|続報|号外|特集|解説|社説|写真|動画|図解|図表|更新|訂正|追記|連載|訃報|寄稿|全文|中継|会見|注目|特報|関連|関連記事|"
    r"論説|評論|時評|詳細|要旨|一問一答|検証|深層|視点|焦点|インタビュー|コラム|ニュース|オピニオン|ルポ|ライブ|グラフ|ランキング|スクープ|"
    r"レポート|リポート)】)"
    r"(?P<place>[\u30a0-\u30ff\u4e00-\u9fff・]{1,12}?)(?P<agency>共同|時事)?】[ 　]?(?=\S|\Z)"
)
# Hindi papers date a report as the wires do, with no capitals to tell the place by: the place, a comma, the day and
# the Hindi month, perhaps the agency in brackets, then the danda or a dash: "शिमला, 11 मार्च। ...", "नई दिल्ली, 11
# मार्च (भाषा)। ..."
_HI_MONTH = r"जनवरी|फ़?फरवरी|फ़रवरी|मार्च|अप्रैल|अप्रेल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर"
_DEVANAGARI_WORD = r"[\u0900-\u0963\u0971-\u097f]+"
DATELINE_HI = re.compile(
    rf"^(?P<place>{_DEVANAGARI_WORD}(?:[ ]{_DEVANAGARI_WORD}){{0,2}}),[ ](?P<date>(?:\d{{1,2}}|[०-९]{{1,2}})[ ](?:{_HI_MONTH})(?:[ ](?:\d{{4}}|[०-९]{{4}}))?)"
    # (after the agency the mark may be left out, as Bhasha's wire does: "हनोई, 19 नवंबर (भाषा) वियतनाम के …")
    r"(?:[ ]?\((?P<agency>[^()\n]{2,20})\)(?:[ ]?(?:।|[-–—:]))?|[ ]?(?:।|[-–—:]))[ ]?(?=\S)"
)
# Thai papers print the wires' dateline with no capitals to tell the place by: the place, perhaps the day and the
# month, and the agency in brackets before a dash, "นิวเดลี (เอเอฟพี) - ...", "กรุงเทพฯ 19 พ.ย. (รอยเตอร์) - ..." (the
# agency and the dash required, as in Arabic: a Thai sentence sets no bracket before a dash)
_THAI_WORD = r"[\u0e01-\u0e4e]{2,24}"
DATELINE_TH = re.compile(
    rf"^(?P<place>{_THAI_WORD}(?:[ ]{_THAI_WORD})?)(?:[ ](?P<date>\d{{1,2}}[ ][\u0e01-\u0e4e.]{{2,12}}(?:[ ]\d{{4}})?))?"
    r"[ ]?\((?P<agency>[\u0e01-\u0e4eA-Za-z.]{2,20})\)[ ]?[-–—][ ]?(?=\S)"
)
_UNCASED_DATELINES = (
    DATELINE_ZH,
    DATELINE_ZH_OWN,
    DATELINE_ZH_UNDATED,
    DATELINE_ZH_PLACE_DATE,
    DATELINE_KO,
    DATELINE_JA,
    DATELINE_JA_PLACE,
    DATELINE_AR,
    DATELINE_AR_CREDIT,
    DATELINE_AR_WIRE_DASH,
    DATELINE_AR_PLACE_CREDIT,
    DATELINE_AR_OUTLET_INLINE,
    DATELINE_AR_OUTLET,
    DATELINE_HI,
    DATELINE_TH,
)
# The Nordic wire dateline has no dash: "MALMÖ (TT) En brand ..." or "MALMÖ (TT)" alone on its line; the place in
# capitals and a short agency, then the report's capital (so "NATO (the alliance) said" stays prose)
DATELINE_NO_DASH = re.compile(
    rf"^(?P<place>{_PLACE})[ ]?\((?P<agency>[^\W\d_][\w.&/-]{{1,14}}(?:[ ][^\W\d_][\w.&/-]{{1,14}})?)\)"
    rf"(?:[ ](?=[{UPPER}0-9\"“„«‘'])|\Z)"
)
# ... and in any case when the brackets hold an agency's name or acronym: "Odense (Ritzau) Stormen ...", "Helsinki
# (STT) Hallitus ...", "Kiel/Husum (dpa/lno) Der Sturm ..." (a person's party, "Scholz (SPD) sagte", is followed by a
# verb in lower case; split_dateline also wants a sentence of some words after it).  One place word only (or places
# joined by a slash): a name of two words before a party or a broadcaster, "Jimmie Åkesson (SD) Partiledaren ...",
# "Die Tagesschau (ARD) Heute ...", is no dateline
DATELINE_NO_DASH_AGENCY = re.compile(
    rf"^(?P<place>[{_CAP}][\w.'’-]+(?:/[{_CAP}][\w.'’-]+){{0,2}})[ ]\((?P<agency>{AGENCY_NAME}(?:/[a-z]{{2,5}}|[ ]?[/,][ ]?{AGENCY_NAME}){{0,2}})\)[ ](?=[{UPPER}])"
)
_MIN_WORDS_AFTER = 5
# The agency alone where the story names no place, as French papers print AFP copy: "(AFP) - Des centaines de
# vols ...", "(Reuters) -"; the report after it opens a sentence
DATELINE_AGENCY_ONLY = re.compile(
    rf"^\((?P<agency>[^\W\d_][\w.&/-]{{1,14}}(?:[ ][^\W\d_][\w.&/-]{{1,14}})?)\)[ ]?(?:[-–—]|--)[ ]?{_STARTS}"
)


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
    dated = bool(groups.get("month") or groups.get("month2") or groups.get("month3") or groups.get("numdate"))
    if groups.get("agency_caps") and not dated:
        return False
    return not groups.get("stop") or dated or bool(groups.get("agency_sl"))


def _date(m: re.Match) -> str:
    """The date a dateline match prints, as printed ("" when it prints none)."""
    return (m.groupdict().get("date") or "").strip()


def _place(m: re.Match) -> str:
    """The matched place without the full stop that closes it ("Екатеринбург. 18 марта"), keeping an
    abbreviation's ("Washington D.C.", "St.")."""
    place = m.group("place").strip()
    return re.sub(r"(?<=[^\W\d_]{3})\.$", "", place)


# Brazil's press writes the state after the city in brackets, as the wires write an agency: "CAMPINAS (SP) -",
# "PORTO ALEGRE (RS) –"; the two letters are where, not who.  Amapá's "AP" and Pará's "PA" are left out: they are
# the Associated Press and the Press Association, far more often seen in brackets ("ST. LOUIS (AP) —")
_BRAZILIAN_STATES = frozenset(
    "AC AL AM BA CE DF ES GO MA MT MS MG PB PR PE PI RJ RN RS RO RR SC SP SE TO".split()
)


def split_dateline(paragraph: str) -> Dateline | None:
    line = _split_dateline(paragraph) or (Dateline(c[0], c[1], "", paragraph[c[2] :]) if (c := colon_place(paragraph)) else None)
    if line is not None and line.agency in _BRAZILIAN_STATES and line.place:
        line.agency = None
    return line


def _split_dateline(paragraph: str) -> Dateline | None:
    for shape in _UNCASED_DATELINES:
        m = shape.match(paragraph)
        if m and shape is DATELINE_AR_OUTLET and not is_outlet_line(m.group("place"), m.group("agency")):
            continue  # "الأهلي - الزمالك": two names, no place and outlet (see parallax.ingest.arabic_places)
        if m and shape is DATELINE_AR_PLACE_CREDIT and not is_place(m.group("place")):
            continue  # "وأضاف - مؤكدا:", an aside: a known place only
        if m:
            agency = (m.group("agency") or "").strip(" «»") or None
            return Dateline((m.group("place") or "").strip(), agency, "", paragraph[m.end() :], _date(m))
    if m := DATELINE_AR_PLACE.match(paragraph):
        return Dateline(m.group("place"), None, "", paragraph[m.end() :])
    for wire in (DATELINE_WIRE, DATELINE_AGENCY_FIRST, DATELINE_WIRE_UNDASHED):
        m = wire.match(paragraph)
        if m and not _agency_is_words(_agency(m)) and _is_month(m) and _is_signed(m):
            return Dateline(_place(m), _agency(m), "", paragraph[m.end() :], _date(m))
    if m := DATELINE_DAY_AGENCY.match(paragraph):
        return Dateline(_place(m), m.group("agency"), "", paragraph[m.end() :].lstrip(), _date(m))
    m = DATELINE_DATED.match(paragraph)
    m = m if m and _is_month(m) else DATELINE_AT_START.match(paragraph)
    if m and _is_place(m.group("place")):
        after, agency = paragraph[m.end() :], _agency(m)
        if agency is None and m.re is DATELINE_DATED and (credit := _AGENCY_AFTER_DASH.match(after)):
            after, agency = after[credit.end() :], credit.group("agency")  # "МОСКВА, 26 ноября — РИА Новости. ..."
        return Dateline(m.group("place").strip(), agency, "", after, _date(m))
    m = DATELINE_NO_DASH.match(paragraph)
    if m and _is_place(m.group("place")) and not _agency_is_words(m.group("agency")):
        return Dateline(m.group("place").strip(), m.group("agency"), "", paragraph[m.end() :])
    m = DATELINE_NO_DASH_AGENCY.match(paragraph)
    if m and len(paragraph[m.end() :].split(". ")[0].split()) >= _MIN_WORDS_AFTER:
        return Dateline(m.group("place").strip(), m.group("agency"), "", paragraph[m.end() :])
    m = DATELINE_AGENCY_ONLY.match(paragraph)
    if m and not _agency_is_words(m.group("agency")):
        return Dateline("", m.group("agency"), "", paragraph[m.end() :])
    m = DATELINE_GLUED.search(paragraph)
    if m and _is_place(m.group("place")):
        return Dateline(m.group("place").strip(), m.group("agency"), paragraph[: m.start()].strip(), paragraph[m.end() :])
    return None


def _agency_is_words(agency: str) -> bool:
    """Whether a parenthesis is prose, not an agency: "(who asked not to be named)"."""
    return len(agency.split()) > 3 or (" " in agency and agency.islower())


def _is_place(place: str) -> bool:
    letters = [c for c in place if c.isalpha()]
    upper_head = place.split(",")[0]
    return len(letters) >= 3 and sum(c.isupper() for c in upper_head if c.isalpha()) >= 3 and upper_head.upper() == upper_head
