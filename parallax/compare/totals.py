"""Figures that are no total of the event a report is about, so they never contradict it and meet only
their own kind in another outlet:

* a running total, a count from the start of a period to now ("since the start of the year, 40 people
  have been killed", "від початку року ... загинули 40 людей", "en lo que va del año", "yılbaşından bu
  yana", "منذ بداية العام", "từ đầu năm"), which adds up many events;
* an amount per item ("12 spitale vor primi câte 5 milioane de lei", "po 500 zł", "$500 per household",
  "5 millones cada uno"), which a total of 250 million does not contradict;
* a goal or a bound ("below the 2 percent target", "a goal of 50,000": :mod:`.targets`), the bar a measurement
  is held against, not one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.analyze.quantities.money import is_money
from parallax.compare.expectations import EXPECTED, expected
from parallax.compare.targets import benchmark
from parallax.records import Article, Quantity, Sentence

# the start of a period reckoned to now: of a year, a month, a season or a war, in the languages read
# (the period is named: "since the start of the fire" is the event's own time and no running total)
_PERIOD = {
    "en": r"since the (?:start|beginning|outbreak) of (?:the|this) (?:year|month|season|war|invasion|conflict|pandemic)|so far this (?:year|month|season)",
    "de": r"seit (?:jahresbeginn|jahresanfang|monatsbeginn|kriegsbeginn|saisonbeginn|(?:beginn|anfang) (?:des|dieses) (?:jahres|monats|krieges))",
    "fr": r"depuis le début (?:de l['’]année|du mois|de la (?:guerre|saison|pandémie)|de l['’]invasion)|depuis le 1er janvier",
    "it": r"dall['’]inizio (?:dell['’]anno|del mese|della (?:guerra|stagione|pandemia)|dell['’]invasione)|da inizio anno",
    "es": r"en lo que va (?:del|de este|de la) (?:año|mes|temporada|guerra)|desde (?:el )?(?:inicio|comienzo|principio) (?:del (?:año|mes)|de la (?:guerra|temporada|pandemia|invasión))",
    "pt": r"desde o (?:início|começo) (?:do (?:ano|mês)|da (?:guerra|temporada|pandemia|invasão))|no acumulado do ano",
    "nl": r"sinds (?:het )?begin (?:van )?(?:dit|het|de) (?:jaar|maand|seizoen|oorlog|invasie)|sinds jaarbegin",
    "pl": r"od początku (?:roku|miesiąca|sezonu|wojny|inwazji|pandemii)",
    "ro": r"de la începutul (?:anului|lunii|sezonului|războiului|invaziei|pandemiei)",
    "ru": r"с начала (?:года|месяца|сезона|войны|вторжения|пандемии)",
    "uk": r"(?:від|з) початку (?:року|місяця|сезону|війни|(?:повномасштабного )?вторгнення|повномасштабної війни)",
    "tr": r"(?:yılbaşından|yıl başından|yılın başından|ayın başından|sezonun başından|savaşın başından) (?:bu yana|beri)",
    "el": r"από (?:την αρχή|τις αρχές) (?:του (?:έτους|χρόνου|μήνα|πολέμου)|της (?:χρονιάς|σεζόν|εισβολής))",
    "ar": r"منذ (?:بداية|مطلع|بدء|أول) (?:العام|السنة|الشهر|الموسم|الحرب|الغزو)",
    "vi": r"(?:kể )?từ đầu (?:năm|tháng|mùa|cuộc chiến)",
    "cs": r"od (?:začátku|počátku) (?:roku|letošního roku|měsíce|sezony|války|invaze|pandemie)",
    "hu": r"(?:az év|az idei év|a hónap|a szezon|a háború|az invázió|a járvány) (?:eleje|kezdete) óta|idén eddig",
    "fi": r"(?:vuoden|kuun|kuukauden|kauden|sodan|hyökkäyksen|pandemian) alusta(?: lähtien| asti)?|tänä vuonna tähän mennessä",
    "sv": r"sedan (?:årsskiftet|nyår|början av (?:året|månaden|säsongen|kriget|invasionen|pandemin))|hittills i år",
    "he": r"(?:מתחילת|מאז תחילת) (?:השנה|החודש|העונה|המלחמה|הפלישה|המגפה)",
    "id": r"sejak awal (?:tahun|bulan|musim|perang|pandemi)|sepanjang tahun ini",
    "hi": r"इस (?:साल|वर्ष) (?:अब तक|की शुरुआत से)|(?:साल|वर्ष|महीने|युद्ध) की शुरुआत से",
    "fa": r"از (?:ابتدای|آغاز|اول) (?:سال|امسال|ماه|جنگ|فصل)",
    # Korean writes "since the start of the year" as "entering this year" ("올해 들어"), or "from the year's start"
    "ko": r"올해 들어|올 들어|연초부터|연초 이후|개전 이후|전쟁 발발 이후",
}
# read in every language: each phrase is several words no other language writes so
RUNNING = re.compile("(?<!\\w)(?:" + "|".join(_PERIOD.values()) + ")(?!\\w)", re.I)
# the end of a count's clause after it ("Four people died on Tuesday, bringing the toll since the start of the
# year to 40": the phrase is the 40's, not the four's)
_CLAUSE_END = re.compile(r"[,;:，、；：。]|[.!?](?=\s|$)")


RUNNING_TOTAL = "running total"
EACH = "each"
TARGET = "target"


def apart(art: Article, s: Sentence, q: Quantity) -> str | None:
    """:data:`RUNNING_TOTAL`, :data:`EACH`, :data:`TARGET`, :data:`.expectations.EXPECTED` or None: what kind of figure, other than a total of the event, a number is.
    Read once per number: the number conflicts, the counts under another noun and the toll links all ask it."""
    return _apart(art.text, art.language, s.start, s.end, q.start, q.end, q.unit)


@lru_cache(maxsize=8192)
def _apart(text: str, language: str | None, s_start: int, s_end: int, start: int, end: int, unit: str | None) -> str | None:
    if _running(text, s_start, s_end, start, end):
        return RUNNING_TOTAL
    if _each(text, language, s_start, s_end, start, end, unit):
        return EACH
    if benchmark(text, language, start, end):
        return TARGET
    if expected(text, s_start, start):
        return EXPECTED  # "Analisten hadden gerekend op 380 miljoen euro" (:mod:`.expectations`)
    return None


def running(art: Article, s: Sentence, q: Quantity) -> bool:
    """Whether a count of the sentence is a running total."""
    return _running(art.text, s.start, s.end, q.start, q.end)


def _running(text: str, s_start: int, s_end: int, start: int, end: int) -> bool:
    """The phrase of a running total stands before the number in its sentence, or after it in its clause
    ("40 people have been killed since the start of the year")."""
    if RUNNING.search(text, s_start, start):
        return True
    if cut := _CLAUSE_END.search(text, end, s_end):
        s_end = cut.start()
    return bool(RUNNING.search(text, end, s_end))


# a distributive word right before the number: Romanian "câte", Polish "po", Russian, Ukrainian and Bulgarian "по",
# German "je", "jeweils" ("vor primi câte 5 milioane", "po 500 zł", "по 5 тысяч гривен", "je 300 Euro"); each in its
# own language only, for elsewhere they are other words (Czech "po 5 letech", after five years; Slovene and
# Croatian "umrlo je 5 ljudi", five people died)
_EACH_WORDS = {"ro": "câte", "pl": "po", "ru": "по", "uk": "по", "bg": "по", "de": "je|jeweils"}
# ... and the words for "per household", "each" before an amount: Korean "가구당 500만 원", "1인당", Hungarian
# "fejenként 500 ezer forint" (the distributive suffix -nként), Indonesian "masing-masing Rp 5 juta", Turkish "her
# birine 50 bin lira", Hindi "प्रति परिवार 50 हजार", Persian "به هر خانوار ۵۰ میلیون ریال"
_EACH_WORDS |= {
    "ko": r"(?:가구|세대|가정|가족|명|\d?인|곳|개)당|각각|각자",
    "hu": r"[^\W\d_]+nként",
    "id": r"masing-masing",
    "ms": r"masing-masing",
    "tr": r"her (?:birine|birisine|aileye|haneye|kişiye)|(?:kişi|aile|hane) başına",
    "hi": r"प्रति[ \u00a0]\S+|(?:हर|प्रत्येक)[ \u00a0]\S+[ \u00a0]को",
    "fa": r"(?:به[ \u00a0])?هر[ \u00a0](?:خانوار|خانواده|نفر|فرد)",
}
_EACH_BEFORE = {lang: re.compile(rf"(?<!\w)(?:{words})[ \u00a0]+\Z", re.I) for lang, words in _EACH_WORDS.items()}
# an amount's distributive words after it, in its noun phrase: "5 million lei each", "$500 per household",
# "5 millones cada uno", "300 euros chacun", "5 milioane de lei fiecare", "500 zł na osobę", "10 triệu đồng mỗi hộ"
_EACH_AFTER = re.compile(
    r"(?:[ \u00a0]+[^\W\d_]+){0,3}?[ \u00a0]*(?<!\w)(?:each|apiece|a head|per (?:person|head|household|family|capita)"
    r"|cada (?:uno|una|um|uma)|por (?:persona|cabeza|familia|hogar|pessoa|família)|chacune?|par (?:personne|tête|foyer|famille)"
    r"|ciascun[oa]|a (?:testa|persona|famiglia)|fiecare|pe (?:persoană|familie|cap)|elk|ieder|per (?:persoon|huishouden|gezin|stuk)"
    r"|pro (?:person|kopf|haushalt|familie)|το καθένα|ο καθένας|η καθεμία|ανά (?:άτομο|οικογένεια|νοικοκυριό)"
    r"|na (?:osobę|głowę|rodzinę|gospodarstwo)|każd[ya]|на (?:человека|семью|душу|людину|сім['’]ю|родину)"
    r"|(?:kişi|aile|hane) başına|لكل (?:منها|منهم|واحد|شخص|فرد|أسرة|عائلة)|mỗi (?:người|hộ|gia đình)|/(?:hộ|người)"
    # Hungarian, Finnish, Czech, Swedish, Indonesian, Hebrew, Hindi, Persian ("5000 euroa perhettä kohden", "125 tisíc
    # korun na rodinu", "50 000 kronor per familj", "Rp 5 juta per keluarga", "5,000 שקל לכל משפחה", "50 हजार रुपये प्रति परिवार")
    r"|[^\W\d_]+nként|(?:henkeä|henkilöä|perhettä|taloutta|kotitaloutta|asukasta) (?:kohden|kohti)|kullekin|kukin"
    r"|na (?:osobu|hlavu|rodinu|domácnost|obyvatele)|per (?:familj|hushåll|invånare)|vardera|styck"
    r"|per (?:keluarga|orang|kepala keluarga|rumah|jiwa)|masing-masing|לכל (?:משפחה|אחד|אחת|אדם|משק בית|נפגע)|לאדם|לנפש"
    r"|प्रति (?:परिवार|व्यक्ति|घर|मृतक)|به ازای هر|برای هر (?:خانوار|خانواده|نفر))(?!\w)",
    re.I,
)


# English "each" floating after the subject, before the verb that pays or gets the sum: "they had each paid smugglers
# €3,000", "were each fined £500", "will each receive $1,000" (not a span of time: "each year the firm earns $4m")
_EACH_FLOATING = {
    "en": re.compile(r"(?<!\w)each\s+(?!(?:year|month|week|day|time|other|of|one)\b)[a-z]+(?:\s+[^\W\d_]+){0,3}?\s+(?:[$€£¥₹]|[A-Z]{3}\s?)?\Z")
}


def each(art: Article, s: Sentence, q: Quantity) -> bool:
    """Whether a number is an amount per item."""
    return _each(art.text, art.language, s.start, s.end, q.start, q.end, q.unit)


def _each(text: str, language: str | None, s_start: int, s_end: int, start: int, end: int, unit: str | None) -> bool:
    """A distributive word right before the number, or, for a sum of money, one after it in its noun phrase (a
    count's "each" after its noun is the verb's: "12 hospitals will each receive")."""
    before = _EACH_BEFORE.get((language or "").split("-")[0].lower())
    if before and before.search(text, max(s_start, start - 24), start):  # ("masing-masing", "प्रति परिवार")
        return True
    if not (unit and (is_money(unit) or not unit.isalpha())):
        return False
    floating = _EACH_FLOATING.get((language or "").split("-")[0].lower())
    return bool(_EACH_AFTER.match(text, end, s_end) or (floating and floating.search(text, max(s_start, start - 60), start)))
