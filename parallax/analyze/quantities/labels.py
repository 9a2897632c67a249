"""Numbers that count nothing but are kept: an identifier ("дом № 17", "Nr. 12") and a person's age
("67-летний", "aged 67", "Elke Brandt, 67,", "森田健太さん（34）").

They are kept, under a unit no count has (:data:`LABEL`, :data:`AGE`), because they still anchor the
alignment of two sentences; the comparison never sets them against a count.
"""

from __future__ import annotations

import re

from parallax.analyze.quantities.age_lists import next_is_age, previous_is_age
from parallax.analyze.quantities.ages_at import age_at
from parallax.analyze.quantities.base import _CJK
from parallax.analyze.quantities.east_slavic_ages import east_slavic_age
from parallax.analyze.quantities.english_ages import person_of_age
from parallax.analyze.quantities.lithuanian_ages import lithuanian_age
from parallax.analyze.quantities.road_labels import road_label
from parallax.analyze.quantities.script_ages import script_age
from parallax.analyze.quantities.years_of_ages import years_of_age as years_after_person
from parallax.letters import LOWER, UPPER
from parallax.records import Quantity

# Czech: an age written as one word with its figure, its ending that of the noun it goes with ("41letá
# žena", "41letý muž", "41letou ženu"); "41 let" alone is 41 years
_CS_AGE = r"let(?:ý|á|é|í|ou|ého|ému|ém|ým|ých|ými)(?![\w])"
# Greek "34χρονος", "της 72χρονης", "19-χρονος": the age adjective in any gender, number and case
_EL_AGE = r"χρον(?:ος|ου|ο|ε|η|ης|οι|ων|ους|ες|α)(?!\w)"
_GLUED_AGE = re.compile(rf"(?<![\w.,])(\d{{1,3}})(?:{_CS_AGE}|ročn[^\W\d_]{{1,3}}(?![\w])|{_EL_AGE})", re.I)
# numbers that count nothing, kept (they still anchor the alignment of two sentences) under a unit no
# count has: an identifier after a number sign ("дом № 17", "Nr. 12", "n° 8") and a person's age
# ("67-летний", "a 67-year-old", "aged 67", "Elke Brandt, 67,", "Otto Brenner (67)")
LABEL, AGE = "№", "(age)"
_LABEL_BEFORE = re.compile(r"(?:№|#|(?<!\w)(?:[Nn][°º]|No\.|Nr\.?|nr\.?|[Nn]úm\.|n\.))[ \u00a0]?\Z")
# (with the hyphen where the age is one word with it: "5 летних лагерей" are five summer camps; Finnish
# "34-vuotias" is 34 years old, "34 vuotta" 34 years; Bulgarian "63-годишната", Serbian and Croatian
# "63-godišnji" (Cyrillic "63-годишњи"), Slovenian "45-letni", Estonian "52-aastane" ("52-aastase"), Slovak
# "41-ročná", Czech "41-letý" or "41letý", which
# :func:`glued_ages` reads)
_AGE_AFTER = re.compile(
    r"-(?:jährig|летн|річн|letn|jarig|vuotia|aasta(?:ne|s\w*)|годиш(?:е?н|њ)|godišnj|ročn)"
    rf"|-{_CS_AGE}|-{_EL_AGE}"
    # (Vietnamese "45 tuổi", Turkish "34 yaşındaki", Hungarian "38 éves", "38 évesen": "38 éve" is 38 years ago)
    # (German "36 Jahre alt", "ein 36 Jahre alter Mann"; Dutch "een 36 jaar oude man")
    r"|[ \u00a0]Jahre[ \u00a0]alt(?:e[mnrs]?)?(?!\w)"
    r"|[ \u00a0-](?:years?[ -]old|jaar oude?|anni di età|años de edad|tuổi|yaşında\w*|éves\w*|esztendős\w*)(?!\w)"
    # Hindi "36 वर्षीय किसान" (a 36-year-old farmer): the adjective of years
    r"|[ \u00a0-]?वर्षीय"
    # Swedish, Danish, Norwegian: "en 45-årig man", "den 45-årige", "en 45-åring", "45 år gammal" ("45 år" alone is a span)
    r"|-åri(?:g|ng)|[ \u00a0]år[ \u00a0]gam(?:mal|la|mel|le|al)(?!\w)",
    re.I,
)
_AGE_BEFORE = re.compile(
    r"(?:(?<!\w)(?:aged|ηλικίας|âgée?s? de|[îi]n v[âa]rst[ăa] de|berusia|berumur|usia|umur|im Alter von|в возрасте|у віці|w wieku|de edad de|di età di|ve věku|vo veku|(?:на|във) възраст|u dobi od|у доби од|v starosti"
    # Hebrew "בן 48", "בת 36" (a son, a daughter of 48 years), also "and" or "about" before ("ובת 36",
    # "כבן 50") and "the" before the number ("בן ה-48"), "בגיל 48" (at the age of 48)
    r"|[וכ]{0,2}(?:בן|בת|בני|בנות|בגיל))[ \u00a0]+(?:ה[-־]?)?"
    # Thai "อายุ 34 ปี", "วัย 34 ปี", written against the word before ("มีอายุ 34 ปี")
    r"|(?:อายุ|วัย)(?:ประมาณ|ราว)?[ \u00a0]*)\Z",
    re.I,
)
# a name, then the age in commas or brackets: "Elke Brandt, 67,", "Otto Brenner (67)"
# (a party in brackets may stand between, as the Brazilian press writes an age: "Marta Queiroz (PSD), 52,")
_NAME_BEFORE = re.compile(r"(?<!\w)(?P<name>[^\W\d_][\w'’-]*)(?:[ \u00a0]\([^()\n]{1,24}\))?(?:(?P<comma>,)|[ \u00a0]*\()[ \u00a0]*\Z")
_CLOSE_AFTER = {",": re.compile(r"[ \u00a0]{0,3},"), "(": re.compile(r"[ \u00a0]{0,3}\)")}  # (bounded: linear in a scan)
# French, Spanish, Italian, Portuguese and Catalan give a person's age in years: in commas or brackets after
# the name ("Jean Lefort, 54 ans,", "Juan Pérez, de 54 años,", "Mario Rossi (54 anni)"), or after "aged"
# ("âgé de 54 ans"); "de 54 ans" alone may be any span ("une carrière de 30 ans", "una condena de 10 años")
# (from the first space of a run only: linear when searched, not just matched after the figure)
# Serbian, Croatian and Bosnian give it so too, in "godina" ("muškarac (45 godina)", "muškarac od 45 godina"), and
# after "old" ("star 45 godina", "стар 45 година"; "radio je 45 godina" is a span)
# (Romanian puts "de" between a figure of 20 or more and its noun: "58 de ani"; "7 ani"; Lithuanian after a name, "Jonas
# Petraitis, 45 metų,", in the genitive, "of 45 years")
_YEAR_WORDS = r"(?:ans|años|anni|anos|anys|godina|godine|година|године|(?:de[ \u00a0]+)?ani|tahun|let|leta|lete|ετών|χρονών|χρόνων|metų)"  # (Greek "ηλικίας 45 ετών")
_YEARS = re.compile(rf"(?<![ \u00a0])[ \u00a0]+{_YEAR_WORDS}(?!\w)", re.I)
_YEARS_CLOSED = re.compile(rf"(?<![ \u00a0])[ \u00a0]+(?:{_YEAR_WORDS}[ \u00a0]{{0,3}}[,)]|metų[ \u00a0]{{0,3}}[.;])", re.I)  # (Lithuanian at the clause's end too)
_OF = r"(?:(?:de|di|da|od|од)[ \u00a0]+|d['’])(?:(?:unos|unas|uns|unes|circa)[ \u00a0]+)?"  # "de", "d'uns" (about), "od"
# (a party in brackets may stand between the name and its age: "Marta Queiroz (PSD), de 51 anos,")
_NAME_THEN_DE = re.compile(rf"(?<!\w)(?P<name>[^\W\d_][\w'’-]*)(?:[ \u00a0]\([^()\n]{{1,24}}\))?(?:,|[ \u00a0]*\()[ \u00a0]*(?:{_OF})?\Z")
_OLD_BEFORE = re.compile(r"(?<!\w)(?:star[aiueo]?|starog|staroj|стар[аиуео]?|старог|старој)[ \u00a0]+\Z", re.I)
# ... and after "to have" or "to turn" ("il avait 54 ans", "tenía 54 años", "aveva 54 anni", "tinha 54 anos", "tenia 54
# anys", "imao je 54 godine", "cumplió 54 años") where the years end the clause ("tiene 54 años de historia", "ima 54
# godine iskustva" are spans), or after "at the" ("a los 54 años", "aos 54 anos", "als 54 anys": a bare "a" is also
# "condenado a 10 años", a sentence); "il y a 54 ans" and "il y avait" are "ago"
_HAVE = (
    r"(?:il|elle|qui|on)[ \u00a0]+a|avait|avaient|aura|ont|tiene|tenía|tenían|tendrá|tendría|cumplió|cumple|cumplía|ha|aveva|avevano|avrà|avrebbe|"
    r"compiuto|compie|tem|tinha|tinham|terá|completou|completa|té|tenia|tenien|tindrà|complia|fa complir|"
    r"ima|imao|imala|imali|imaju|има|имао|имала|имали|имају|napunio|napunila|напунио|напунила"
)
_HAVE_BEFORE = re.compile(
    rf"(?<!\w)(?<![yY][ \u00a0])(?:{_HAVE})(?:[ \u00a0]+(?:je|је|već|већ))?[ \u00a0]+"
    r"(?:(?:casi|cerca de|unos|environ|près de|quasi|circa|quase|cerca de|uns|gairebé|skoro|oko|около|скоро)[ \u00a0]+)?\Z",
    re.I,
)
_AT_BEFORE = re.compile(r"(?<!\w)(?<![yY][ \u00a0])(?:a los|a las|aos|als|a les)[ \u00a0]+\Z", re.I)
_CLAUSE_ENDS = re.compile(
    rf"(?<![ \u00a0])[ \u00a0]+{_YEAR_WORDS}(?:[ \u00a0]{{0,3}}(?:[,.;:)!?—–]|\Z)|[ \u00a0]+(?:y|e|et|i|и|cuando|quand|"
    r"lorsqu\w*|quando|quan|kad|kada|када|когда|when)(?!\w))",
    re.I,
)


# a person's noun, then "of N years": "un hombre de 34 años", "un homme de 34 ans", "un uomo di 34 anni", "uma mulher
# de 34 anos", "un home de 34 anys", "una joven de 19 años" ("una condena de 10 años" has no person's noun)
_PERSON_NOUNS = (
    r"(?<!\w)(?:hombres?|mujer(?:es)?|joven|jóvenes|niñ[oa]s?|chic[oa]s?|muchach[oa]s?|varón|anciano|anciana|bebé"
    r"|hommes?|femmes?|jeunes?|garçons?|filles?|enfants?|adolescente?s?|bébé"
    r"|uom(?:o|ini)|donn[ae]|ragazz[oaie]|bambin[oaie]|giovan[ei]|anzian[oaie]"
    r"|homem|homens|mulher(?:es)?|rapaz(?:es)?|menin[oa]s?|jovem|jovens|idos[oa]s?|criança"
    r"|home|homes|dona|dones|noi|noia|nois|noies|nen|nena|jove|joves|veí|veïna|veïns|veïnes|senyor|senyora|ancià|anciana"
    r"|vianants?|operaris?|operària|agents?|ferits?|ferida"  # (Catalan: "un vianant de 80 anys", "un operari de 52 anys")
    # an agent's noun by its ending: "un treballador de 45 anys", "una conductora de 30 anys", "un motorista de 45 anys",
    # "un taxista de 58 años" (a person who does it: "una condemna de 10 anys" has none)
    r"|[^\W\d_]{3,}(?:dor|dora|dors|dores|ista|istes|istas)"
    r"|víctimas?|víctimes|vittim[ae]|vítimas?|victimes?|vecin[oa]s?|conductor(?:a|es|s)?|conductrice|conducente|passat?ger(?:a|s)?"
    # the nouns a report calls a person by their part in the story: a player, a suspect, a hostage ("el jugador, de 24
    # años,", "o avançado, de 24 anos,", "l'attaccante, 24 anni,", "l'otage, 34 ans,"; "el contrato, de cinco años," is none)
    r"|jugador(?:a|es)?|futbolista|delanter[oa]|centrocampista|porter[oa]|atleta|tenista|ciclista|pilot[oa]|boxeador(?:a)?"
    r"|jogador(?:a|es)?|avançado|médio|guarda-redes|giocat(?:ore|rice)|calciat(?:ore|rice)|attaccante|portiere|joueu(?:r|se)"
    r"|attaquant|milieu|gardien|détenu|détenue|otage|suspect[oa]?|sospechos[oa]|detenid[oa]|acusad[oa]|rehén|refén|ostaggio"
    r"|arrestat[oa]|indagat[oa]|detid[oa]|arguid[oa]|estudiante|estudante|studente|étudiante?|alumn[oa]|alun[oa]"
    r"|trabajador(?:a)?|trabalhador(?:a)?|lavoratore|lavoratrice|travailleu(?:r|se)|pacient[e]|patient[e]?|paziente|agente|soldad[oa]"
    # Serbian, Croatian and Bosnian, both scripts: "muškarac od 45 godina", "мушкарац (45 година)"
    r"|muškar(?:ac|ca|ci)|žen[aue]|mladić[a]?|djevojk[aue]|devojk[aue]|dj?ečak[a]?|dj?evojčic[aue]|stara[cč]|starica|vozač[a]?"
    r"|pj?ešak[a]?|dij?ete|мушкар(?:ац|ца|ци)|жен[аеу]|младић[а]?|девојк[аеу]|дечак[а]?|девојчиц[аеу]|старац|старица|возач[а]?|пешак[а]?|дете"
    # Romanian: "un copil de 7 ani", "un bărbat de 45 de ani"
    r"|copil(?:ul)?|copii|bărba[tț](?:ul|i)?|femei[ae]?|tân[aă]r(?:ul|[aă])?|băia[tț](?:ul|ul)?|fat[aă]|fetiț[aă]|[șş]ofer(?:ul)?|bătrân(?:ul|[aă])?)"
)
_PERSON_OF = re.compile(rf"{_PERSON_NOUNS}[ \u00a0]+{_OF}\Z", re.I)
# and the noun, then the age in commas or brackets, as after a name: "la donna, 32 anni,", "el joven (19 años)"
# (an adjective may follow the noun: "el delantero uruguayo, de 24 años,", "o avançado uruguaio, de 24 anos,")
_PERSON_THEN = re.compile(rf"{_PERSON_NOUNS}(?:[ \u00a0]+(?-i:[{LOWER}]+))?(?:,|[ \u00a0]*\()[ \u00a0]*(?:{_OF})?\Z", re.I)


# Lithuanian and Latvian give an age in years of: "48 gadus vecais Jānis Kalniņš" (48 years old), "52 metų amžiaus", "52
# metų vairuotojas" (a driver of 52 years: a person's noun after the genitive; "52 metų istorija" is a history), and
# Lithuanian "Petras Jankauskas (54 m.)" after a name in brackets
_BALTIC_PEOPLE = (
    r"amžiaus|vyr(?:as|ui|ą|o|iškis|iškio|iškiui|iškį)|moter(?:is|iai|į|s|iškė)|vaik(?:as|ui|ą|o)|berniuk(?:as|ui|ą|o)|"
    r"mergait(?:ė|ei|ę|ės)|paaugl(?:ys|ė|iui|į|io)|vairuotoj(?:as|a|ui|ą|o)|pėsčio(?:ji)?|pėstysis|senol(?:is|ė|iui|į|io)|"
    r"jaunuol(?:is|ė|iui|į|io)|kūdik(?:is|iui|į|io)"
)
# (the figure may carry its case ending, "45-erių metų", "30-ies", "18-os"; and the person's noun the body or thing it
# is of before it in the genitive, "47 metų autobuso vairuotojas", the bus's driver)
_BALTIC_AGE = re.compile(
    rf"(?:-(?:erių|ejų|ies|os|ių))?[ \u00a0]+(?:gad(?:us|u|a)[ \u00a0]+vec\w*"
    rf"|metų[ \u00a0]+(?:[{LOWER}]++[ \u00a0]+){{0,2}}?(?:{_BALTIC_PEOPLE})(?!\w))",
    re.I,
)
_LT_BRACKET_AGE = re.compile(r"[ \u00a0]?m\.[ \u00a0]?\)")
# (a first name and a surname: "Tiltas (120 m.)", a capitalised noun alone, has a length in metres)
_NAME_BRACKET = re.compile(rf"(?<!\w)[{UPPER}][{LOWER}'’-]+[ \u00a0][{UPPER}][{LOWER}'’-]+[ \u00a0]*\([ \u00a0]*\Z")


def years_of_age(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] is a person's age in years in the Romance languages and Serbo-Croatian:
    after a name or a person's noun in commas or brackets ("Jean Lefort, 54 ans,", "la donna, 32 anni,"),
    after "aged" ("âgé de 54 ans") or a person's noun ("un hombre de 34 años"), after "to have" where the years end
    the clause ("tenía 54 años,") or after "at" ("a los 54 años"); in Lithuanian and Latvian "52 metų
    vairuotojas", "Petras Jankauskas (54 m.)", "48 gadus vecais" (:data:`_BALTIC_AGE`); Russian "Ему 41 год"
    (:mod:`.east_slavic_ages`).  The times stage asks the
    same, so that it reads no span of 54 years there (:mod:`parallax.analyze.times.durations`)."""
    before = text[max(0, start - 30) : start]
    if _BALTIC_AGE.match(text, end) or east_slavic_age(text, start, end):  # "52 metų vairuotojas"; "Ему 41 год."
        return True
    if lithuanian_age(text, start, end):  # "45-erių Jonas Petraitis", "Petraitis, 45 metų ūkininkas" (:mod:`.lithuanian_ages`)
        return True
    if years_after_person(text, start, end):  # "άνδρας 54 ετών", "w wieku 51 lat", "bylo 51 let" (:mod:`.years_of_ages`)
        return True
    if script_age(text, start, end):  # "تبلغ من العمر ٧ سنوات", "45 साल के एक व्यक्ति" (:mod:`.script_ages`)
        return True
    if _LT_BRACKET_AGE.match(text, end) and _NAME_BRACKET.search(before):
        return True
    if _YEARS.match(text, end) and (_AGE_BEFORE.search(before) or _OLD_BEFORE.search(before) or _PERSON_OF.search(before)):
        return True
    if _YEARS.match(text, end) and _AT_BEFORE.search(before) or age_at(text, start, end):
        return True  # "a los 54 años"; "à 67 ans", "mit 67 Jahren" (:mod:`.ages_at`)
    if _CLAUSE_ENDS.match(text, end) and _HAVE_BEFORE.search(before):
        return True
    if _YEARS.match(text, end) and previous_is_age(text, start, _sign_before):
        return True  # "u dobi od 71 i 74 godine": 74 too (:mod:`.age_lists`)
    if not _YEARS_CLOSED.match(text, end):
        return False
    return bool((name := _NAME_THEN_DE.search(before)) and name.group("name")[0].isupper() or _PERSON_THEN.search(before))


# Chinese, Japanese and Korean papers give a person's age as a number alone in brackets right after the
# name or its honorific: "森田健太さん（34）", "김민수(34)씨", "张伟（45）" (no capital letter marks a name in
# these scripts, so the script before the bracket does).  "負傷者（12人）" and "17人（うち3人重傷）" hold more
# than the number: counts.
# Hindi, Persian, Arabic and Thai papers write it so too, with no capital to mark the name: "मोहन लाल (52)"
_CJK_NAME_BEFORE = re.compile(rf"[{_CJK}\u0900-\u097f\u0600-\u06ff\u0e01-\u0e4e][ \u00a0]?[（(]\Z")
_CJK_CLOSE_AFTER = re.compile(r"[）)]")


# Persian "۴۵ ساله" is "45-year": a person's age after a person's noun ("مرد ۴۵ ساله", a 45-year-old man) or set off by
# a comma after a name ("احمد رضایی، ۴۵ ساله،"), a span elsewhere ("قرارداد ۲۵ ساله", a 25-year contract)
_FA_YEARS_OLD = re.compile(r"[ \u00a0\u200c]?سال[هہ](?![\w\u200c])")
_FA_PERSON_BEFORE = re.compile(
    r"(?:(?<![\w\u200c])(?:مرد|زن|جوان|پسر|دختر|کودک|نوجوان|راننده|کارگر|مسافر|پیرمرد|پیرزن|فرد|شخص|متهم|قربانی|مادر|پدر"
    r"|دانشجو|دانش‌آموز|کشاورز|سرباز|مأمور|مامور)|[،,])[ \u00a0]*\Z"
)


def _persian_age(text: str, before: str, end: int) -> bool:
    """Whether the figure before ``end`` is a Persian age, "۴۵ ساله" after a person's noun or a comma."""
    return bool(_FA_YEARS_OLD.match(text, end)) and bool(_FA_PERSON_BEFORE.search(before))


def _label_or_age(text: str, num: str, value: float, start: int, end: int) -> str | None:
    """LABEL or AGE when the number at text[start:end] is an identifier or an age, else None."""
    before = text[max(0, start - 30) : start]
    if _LABEL_BEFORE.search(before) or (num[:1].isdigit() and road_label(text, start)):
        return LABEL  # "Nr. 12"; "Route 14", "A-7" (:mod:`.road_labels`)
    if not num.isdigit() or value > 130:
        return None
    if _AGE_AFTER.match(text, end) or _AGE_BEFORE.search(before) or years_of_age(text, start, end) or _persian_age(text, before, end):
        return AGE
    if person_of_age(text, start, end):  # "a woman of 88," (:mod:`.english_ages`)
        return AGE
    if previous_is_age(text, start, _sign_before) and _LIST_END.match(text, end) or next_is_age(text, end, _an_age):
        return AGE  # "aged 71 and 74", "71 und 76 Jahre alt": both figures (:mod:`.age_lists`)
    if _CJK_NAME_BEFORE.search(before):
        return AGE if _CJK_CLOSE_AFTER.match(text, end) else None
    if (name := _NAME_BEFORE.search(before)) and name.group("name")[0].isupper():
        return AGE if _CLOSE_AFTER["," if name.group("comma") else "("].match(text, end) else None
    return None


# the end of a list of ages after its last figure ("aged 71 and 74,"; not "aged 71 and 3 children")
_LIST_END = re.compile(r"[ \u00a0]?(?:[,.;:)!?]|\Z)")


def _sign_before(text: str, start: int, end: int) -> bool:
    """Whether the figure at text[start:end] has the sign of an age before it ("aged", "u dobi od")."""
    return bool(_AGE_BEFORE.search(text[max(0, start - 30) : start]))


def _an_age(text: str, start: int, end: int) -> bool:
    """Whether the figure at text[start:end] is an age (a list's later figure: see :mod:`.age_lists`)."""
    num = text[start:end]
    return _label_or_age(text, num, float(num), start, end) == AGE


def glued_ages(text: str, skip: list[tuple[int, int]]) -> list[Quantity]:
    """The ages written as one word with their figure, outside the ``skip`` spans: Czech "41letá",
    Slovak "41ročná" (no number ends inside a word, so the number pattern leaves them)."""
    return [Quantity(a.group(1), float(a.group(1)), a.start(1), a.end(1), AGE) for a in _GLUED_AGE.finditer(text)
            if int(a.group(1)) <= 130 and not any(a.start() < te and ts < a.end() for ts, te in skip)]  # fmt: skip
