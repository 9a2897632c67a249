"""Running totals: a count from the start of a period to now ("since the start of the year, 40 people
have been killed", "від початку року ... загинули 40 людей", "en lo que va del año", "yılbaşından bu
yana", "منذ بداية العام", "từ đầu năm") adds up many events.  It is no figure for the event a report
is about, so it never contradicts that event's toll; it meets only another outlet's running total.
"""

from __future__ import annotations

import re

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
}
# read in every language: each phrase is several words no other language writes so
RUNNING = re.compile("(?<!\\w)(?:" + "|".join(_PERIOD.values()) + ")(?!\\w)", re.I)
# the end of a count's clause after it ("Four people died on Tuesday, bringing the toll since the start of the
# year to 40": the phrase is the 40's, not the four's)
_CLAUSE_END = re.compile(r"[,;:，、；：。]|[.!?](?=\s|$)")


def running(art: Article, s: Sentence, q: Quantity) -> bool:
    """Whether a count of the sentence is a running total: the phrase of one stands before it in its
    sentence, or after it in its clause ("40 people have been killed since the start of the year")."""
    if RUNNING.search(art.text, s.start, q.start):
        return True
    end = s.end
    if cut := _CLAUSE_END.search(art.text, q.end, s.end):
        end = cut.start()
    return bool(RUNNING.search(art.text, q.end, end))
