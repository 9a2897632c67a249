"""The counted noun after a number ("30 members", "4.000 millones de euros", "12人"), normalised.

The unit is what makes "30 members" and "32 members" comparable while "30 members" and "2 days" are
not.  The word after a number is no noun when it is a preposition, a conjunction, a verb or an adverb
("28 were killed", "trois d'entre eux", "dont quatre grièvement"): those are stop words, the shared
ones and each language's own.
"""

from __future__ import annotations

import re

from parallax.analyze.numwords import LANGUAGES, cjk
from parallax.analyze.quantities.base import _CJK, _lower
from parallax.analyze.quantities.cjk_nouns import cjk_noun, ja_noun_around, ko_noun_before
from parallax.analyze.quantities.clause_verbs import verb_after_count
from parallax.analyze.quantities.compounds import hyphen_parts
from parallax.analyze.quantities.endings import finnish_partitive, past_colon_ending, past_hyphen_case
from parallax.analyze.quantities.singulars import _HECTARE, _PLURAL_S, singular  # noqa: F401  (re-exported)
from parallax.analyze.quantities.south_asian_units import ADJECTIVES_BEFORE_NOUN, UR_STOPS
from parallax.analyze.quantities.spoken_rates import spoken_rate
from parallax.analyze.quantities.thai import is_thai, thai_counter
from parallax.analyze.quantities.vietnamese import vietnamese_noun
from parallax.analyze.timelex.sh import cyrillic
from parallax.letters import IN_WORD

# the counted noun, past a linking "of"/"de"/"d'" ("4.000 millones de euros", "3 millions d'euros")
_UNIT = re.compile(rf"(?<!\s)\s*+(?:-\s*+)?(?:(?:of|de|des|del|di|der)\s++|d['’])?((?:[^\W\d_]|(?!\d)[{IN_WORD}])+)", re.I)  # right after a number; possessive: linear
# Japanese and Korean case particles: no counter (a Japanese counter is a kanji, a katakana word or "つ"; Korean "도"
# is the degree, "영하 10도")
_LONG_COUNTERS = sorted((c for c in cjk.COUNTERS if len(c) > 1), key=len, reverse=True)  # "사람", "마리", "가구"
# the metric units Chinese and Japanese write in characters, as the symbols :mod:`parallax.compare.unit_names` names the
# English ones ("28.5 million kilowatts" / "2850万千瓦"); longest first
_CJK_METRIC = {"千瓦时": "kwh", "千瓦時": "kwh", "千瓦": "kw", "兆瓦": "mw", "千米": "km", "公里": "km", "千克": "kg", "公斤": "kg", "米": "m",
               "キロワット": "kw", "メガワット": "mw"}
_PARTICLES = frozenset("のはがをにとでも의은는을를에")
_CJK_CHAR = re.compile(rf"[{_CJK}]")
_KATAKANA_RUN = re.compile(r"[\u30a1-\u30fa\u30fc]{2,}")  # (the middle dot "・" ends it)
_STOP_UNITS = {"of", "and", "or", "to", "in", "on", "at", "the", "a", "und", "et", "y", "them", "those", "these", "which", "whom", "ellos", "ellas", "eux", "elles", "ihnen", "denen",
               # prepositions and conjunctions after a bare number ("23 votes to 17 after a debate")
               "after", "before", "since", "until", "during", "when", "while", "with", "from", "for", "by", "as", "than", "but",
               "into", "onto", "through", "across", "towards", "toward", "against", "amid",  # "sent the crowd of 31,200 into raptures"
               # the source of a figure right after it: "12 000 selon la police", "50.000 según los sindicatos", "8000 laut Polizei"
               "according", "selon", "según", "laut", "volgens", "według", "zdaniem",
               # "with", "without" after a count: "dont quatre avec sursis", "tres con heridas graves", "zwei mit Bewährung"
               "avec", "sans", "con", "sin", "mit", "ohne", "senza", "zonder", "without", "com", "sem", "met",
               "nach", "vor", "seit", "bis", "après", "avant", "depuis", "después", "antes", "dopo", "prima", "depois", "na", "voor", "tot",
               # verbs right after a count: no noun was written ("28 were killed", "32 ficaram feridas", "vijf raakten gewond")
               "were", "are", "was", "is", "have", "had", "remain", "remained", "died", "sont", "ont", "étaient", "restent", "wurden",
               "sind", "waren", "kamen", "starben", "liegen", "fueron", "son", "están", "resultaron", "quedaron", "murieron", "siguen",
               "sono", "erano", "restano", "risultano", "rimasero", "morirono", "foram", "são", "estão", "ficaram", "morreram",
               "seguem", "continuam", "raakten", "werden", "zijn", "liggen", "overleden",
               # a crowd's verbs ("a crowd of 62,450 watched", "a crowd of 5,000 gathered"): no noun either
               "watched", "attended", "gathered", "marched", "rallied", "cheered", "packed", "filled", "saw", "witnessed",
               # prepositions and pronouns: a part of a count before ("трое из них", "zwei von ihnen", "dwie z nich",
               # "dont quatre dans un état grave"), which compare.numbers counts under that count's noun
               "из", "от", "среди", "с", "у", "в", "на", "них", "з", "із", "від", "серед", "їх", "z", "ze", "spośród", "wśród", "w",
               "nich", "von", "unter", "dans", "parmi", "sur", "entre", "en", "sobre", "tra", "fra", "su", "dos", "das", "loro",
               # a preposition or an article before a second number: a part of the count after it ("14 de los 27
               # concejales", "3 des 5 juges", "2 der 7 Richter", "3 dei 5 giudici"), which compare.numbers counts so
               "de", "des", "der", "den", "dem", "dei", "degli", "delle", "del", "della", "los", "las", "les", "lo", "la", "le",
               "il", "van", "het",
               # how badly, right after a count: no noun ("dont quatre grièvement", "drei schwer", "two seriously")
               "grièvement", "gravement", "légèrement", "sérieusement", "mortellement", "gravemente", "levemente", "leggermente",
               "seriamente", "schwer", "leicht", "lebensgefährlich", "seriously", "critically", "badly", "slightly", "ciężko", "lekko",
               "poważnie", "тяжело", "легко", "серьёзно", "серьезно", "важко", "серйозно"}  # fmt: skip


# "other", "further", "more" between a count and its noun: no noun, the count's noun follows ("Sieben weitere Bewohner",
# "Sept autres personnes", "Sette altri residenti", "Zeven andere mensen"), or none was written ("Sieben weitere wurden
# verletzt", as "Sieben wurden verletzt")
OTHER_WORDS = frozenset(
    "other others further additional more weitere weiteren weiterer andere anderen anderer autres otros otras altri altre"
    " outros outras verdere andra andre ytterligare yderligere ytterligere другие других інші інших άλλοι άλλες άλλα άλλων további"
    # Malay and Indonesian "lagi" (more) and "lainnya" (the others): "9 lagi cedera", "9 lainnya luka-luka"
    " lagi lainnya".split()
)


# per language, the words after a number that are no noun (postpositions, prepositions, conjunctions):
# a number word that counts only before a noun ("दो" is also "give!") is no count before them
_STOP_UNITS_BY_LANGUAGE = {
    "hi": {"को", "से", "में", "का", "की", "के", "ने", "पर", "और", "या", "तक", "भी", "ही", "है", "हैं", "था", "थे", "थी"},
    "fa": {"از", "در", "به", "و", "را", "که", "با", "تا", "هم", "نیز"},
    "ar": {"من", "في", "على", "إلى", "الى", "عن", "و", "منهم", "منهن", "بين", "مع"},
    "ro": {"care", "pentru", "în", "la", "și", "şi", "cu", "din", "pe", "au", "a", "sunt", "erau", "dintre", "ani"},
    # (and what befell those counted, right after a count with no noun: "9 lagi cedera", "12 tewas", "3 hilang")
    "id": {"dan", "di", "ke", "dari", "yang", "untuk", "dengan", "pada", "oleh", "telah", "sudah", "antaranya", "cedera", "maut",
           "tewas", "terbunuh", "terkorban", "hilang", "luka", "luka-luka", "meninggal", "selamat", "ditahan", "dirawat"},
    "tr": {"ve", "ile", "de", "da", "bu", "için", "gibi"},
    "el": {"και", "σε", "από", "με", "για", "να", "που", "ή"},
    "sv": {"och", "i", "på", "av", "till", "med", "för", "som", "har", "var", "är"},
    # the Romance "and", "or": "dois homens, de 24 e 31 anos" counts no "e"
    "pt": {"e", "ou"}, "it": {"e", "ed", "o"}, "es": {"e", "o", "u"}, "fr": {"ou"},
    # German and Dutch prepositions and auxiliaries after a figure ("davon 1,4 Milliarden aus dem EU-Fonds" read "au")
    "de": {"aus", "von", "vom", "für", "mit", "bei", "nach", "auf", "im", "zum", "zur", "ist", "sind", "war", "waren", "wurden", "werden"},
    "nl": {"uit", "van", "voor", "met", "bij", "naar", "op", "aan", "is", "zijn", "was", "waren", "werd", "werden", "wordt", "worden"},
    "vi": {"là", "và", "của", "trong", "tại", "ở", "đã", "được", "bị", "từ", "đến", "với", "cho", "khi", "thì", "mà", "hoặc"},
}
_STOP_UNITS_BY_LANGUAGE |= {"ur": UR_STOPS}  # "1122 کے": of (:mod:`.south_asian_units`)
_STOP_UNITS_BY_LANGUAGE |= {"tl": {"ang", "ng", "sa", "at", "ay", "pa", "mula", "din", "rin", "na", "mga", "ngayon"}}
_STOP_UNITS_BY_LANGUAGE |= {"ms": _STOP_UNITS_BY_LANGUAGE["id"], "da": {"og", "i", "på", "af", "til", "med", "for", "som", "har", "var", "er"}}
_STOP_UNITS_BY_LANGUAGE |= {lang: _STOP_UNITS_BY_LANGUAGE["da"] | {"av", "ble"} for lang in ("no", "nb", "nn")}
# Hungarian postpositions and the case forms of "end", "start", "middle" that follow a noun of time: after
# "hét" (seven, week) they make it the week ("a hét végén", "két hét múlva", "egy hét után")
_STOP_UNITS_BY_LANGUAGE["hu"] = {"végén", "végére", "végéig", "elején", "elejére", "elejéig", "közepén", "közepére", "múlva", "után",
                                 "óta", "során", "folyamán", "alatt", "előtt", "ezelőtt", "végi", "eleji", "közepi"}  # fmt: skip
# Slovak, Croatian/Bosnian/Serbian (both scripts) and Slovenian: prepositions, conjunctions, auxiliaries and pronouns
# ("četiri u teškom stanju", "27 ih je ozlijeđeno", "štirje so v kritičnem stanju", "piati z nich"), and Slovak
# "ďalších" (others: "35 ďalších utrpelo zranenia")
_SH_STOPS = {"i", "u", "na", "od", "do", "iz", "za", "s", "sa", "po", "pri", "o", "je", "su", "bio", "bila", "bilo", "bili", "bile",
             "ih", "njih", "među", "kod", "a", "ali", "ili", "se", "će", "koji", "koje", "kojih", "kao", "više", "manje"}
_STOP_UNITS_BY_LANGUAGE |= {
    "sk": {"a", "aj", "alebo", "v", "vo", "na", "do", "z", "zo", "s", "so", "po", "pre", "pri", "od", "za", "o", "k", "ku", "je", "sú",
           "bol", "bola", "bolo", "boli", "sa", "si", "ich", "nich", "ďalších", "ďalší", "ďalšie", "ktorí", "ktoré", "viac", "menej"},
    **dict.fromkeys(("hr", "bs", "sr"), _SH_STOPS | {cyrillic(w) for w in _SH_STOPS}),
    "sl": {"in", "v", "na", "od", "do", "iz", "za", "s", "z", "po", "pri", "o", "je", "so", "bil", "bila", "bilo", "bili", "bile", "jih",
           "njih", "med", "ki", "a", "ali", "pa", "se", "bo", "bodo", "ter", "več", "manj"},
}  # fmt: skip
# Lithuanian, Latvian, Estonian and Catalan: auxiliaries, conjunctions and prepositions after a count ("12 buvo
# sužeisti", "10 tika ievainoti", "15 sai vigastada", "dotze han resultat ferides"): no noun was written
_STOP_UNITS_BY_LANGUAGE |= {
    "lt": {"buvo", "yra", "bus", "ir", "ar", "bei", "iš", "į", "su", "po", "per", "nuo", "iki", "prie", "jų", "kurie", "kurių"},
    "lv": {"tika", "tiek", "bija", "ir", "būs", "un", "vai", "no", "uz", "ar", "pie", "līdz", "par", "kas", "viņu"},
    "et": {"sai", "said", "on", "olid", "oli", "ja", "ning", "või", "kes", "neist", "nendest", "viidi", "toimetati"},
    "ca": {"han", "van", "va", "ha", "són", "eren", "foren", "i", "o", "a", "en", "per", "amb", "que", "dels", "de", "més"},
}  # fmt: skip
# Bulgarian, Russian, Ukrainian, Polish and Czech: auxiliaries, prepositions and conjunctions after a count ("5-има са
# ранени", "12 были госпитализированы", "7 з них", "5 zostało rannych", "3 jsou v nemocnici"), and Czech and Polish
# "others" ("14 dalších bylo zraněno", "5 kolejnych"): no noun was written
_STOP_UNITS_BY_LANGUAGE |= {
    "bg": {"са", "бяха", "е", "беше", "и", "в", "във", "на", "от", "до", "за", "с", "със", "по", "при", "от тях", "тях", "които"},
    "ru": {"и", "в", "во", "на", "из", "с", "со", "по", "от", "до", "за", "к", "у", "а", "но", "или", "их", "них", "были", "был",
           "была", "было", "уже", "которые"},
    "uk": {"і", "й", "та", "в", "у", "на", "з", "із", "зі", "по", "від", "до", "за", "а", "але", "чи", "їх", "них", "були",
           "був", "була", "було", "вже", "які"},
    "pl": {"i", "w", "we", "na", "z", "ze", "do", "od", "za", "po", "przy", "a", "lub", "są", "było", "byli", "były",
           "zostało", "zostali", "zostały", "ich", "nich", "którzy", "które", "kolejnych", "kolejni", "innych"},
    "cs": {"a", "i", "v", "ve", "na", "z", "ze", "do", "od", "za", "po", "při", "je", "jsou", "byl", "byla", "bylo", "byli",
           "byly", "se", "jich", "nich", "kteří", "které", "dalších", "další", "dalšími"},
}  # fmt: skip
# words after a number that make it no count: a Persian weekday is "three Saturday" ("سه شنبه", Tuesday)
_NO_COUNT_UNITS = {"شنبه"}
# a hedge between a number and its noun, skipped to read the noun: Hindi "200 से अधिक लोग" (more than
# 200 people), Turkish "100'den fazla kişi", "100'ü aşkın kişi"
_HEDGE_BEFORE_NOUN = {
    "hi": re.compile(r"(?<![ \u00a0])[ \u00a0]++से[ \u00a0]++(?:अधिक|ज़्यादा|ज्यादा|ऊपर|कम)(?=[ \u00a0])"),
    "tr": re.compile(r"['’](?:[dt][ae]n[ \u00a0]++(?:fazla|çok|az)|[ıiuü]?[ \u00a0]++aşkın)(?=[ \u00a0])"),
    # the Tagalog linker after a count ending in a consonant or a figure: "siyam na katao", "350 na pamilya"
    "tl": re.compile(r"[ \u00a0]++na(?=[ \u00a0])"),
}


# Italian and Spanish give a toll as "are N the <noun>" ("Sono tre le vittime", "Salgono a 5 i morti", "Son tres las
# víctimas"): after such a verb, the article between the count and its noun is skipped
_TOLL_ARTICLE = {"it": re.compile(r"[ \u00a0]++(?:le|i|gli)(?=[ \u00a0])"), "es": re.compile(r"[ \u00a0]++(?:los|las)(?=[ \u00a0])")}
_TOLL_VERB = {
    "it": re.compile(r"(?<!\w)(?:[Ss]ono|[Ss]algono\s+a|[Ss]alit[ie]\s+a|[Ss]ale\s+a|[Aa]rrivano\s+a)\s+\S+\Z"),
    "es": re.compile(r"(?<!\w)(?:[Ss]on|[Ss]uben\s+a|[Aa]scienden\s+a|[Ll]legan\s+a)\s+\S+\Z"),
}


# Nordic: the verbs, prepositions and adverbs of how badly after a count ("17 blev kvæstet", "272 utanför
# Lillsjövik", "tre allvarligt", "to hardt skadd"): no noun was written
_NORDIC_STOPS = {
    "sv": {"blev", "hade", "kom", "fick", "ska", "kan", "vid", "utanför", "efter", "under", "mot", "om", "från", "när", "men",
           "eller", "varav", "allvarligt", "lindrigt", "svårt", "lätt"},
    "da": {"blev", "bliver", "havde", "kom", "fik", "skal", "kan", "ved", "uden", "efter", "under", "mod", "om", "fra", "da", "når",
           "men", "eller", "heraf", "alvorligt", "lettere", "hårdt", "kritisk"},
    "no": {"blei", "vart", "hadde", "kom", "fikk", "fekk", "skal", "kan", "ved", "utenfor", "etter", "under", "mot", "om", "fra", "frå",
           "da", "då", "når", "men", "eller", "hvorav", "alvorlig", "lettere", "hardt", "kritisk"},
}
for _lang, _stops in (("sv", _NORDIC_STOPS["sv"]), ("da", _NORDIC_STOPS["da"]), ("no", _NORDIC_STOPS["no"]), ("nb", _NORDIC_STOPS["no"]),
                      ("nn", _NORDIC_STOPS["no"])):
    _STOP_UNITS_BY_LANGUAGE[_lang] = _STOP_UNITS_BY_LANGUAGE[_lang] | _stops


# the languages that write a case ending after a colon on a figure ("12:lle matkustajalle", "3:an")
_COLON_ENDINGS = frozenset({"fi", "sv"})


def _unit_after(text: str, end: int, lang: str = "en") -> str | None:
    """The noun right after a number, normalised (lower case, a plural "s" off: :func:`singular`; the
    classifier a Thai run of letters starts with), if it is one."""
    after_colon = end
    if lang in _COLON_ENDINGS:
        end = past_colon_ending(text, end)  # "12:lle matkustajalle": passengers
    end = past_hyphen_case(text, end, lang)  # "4-ма миньори": miners, "-ма" a case ending
    if (hedge := _HEDGE_BEFORE_NOUN.get(lang)) and (h := hedge.match(text, end)):
        end = h.end()
    if lang in _TOLL_ARTICLE and (art := _TOLL_ARTICLE[lang].match(text, end)) and _TOLL_VERB[lang].search(text, max(0, end - 40), end):
        end = art.end()  # "Sono tre le vittime", "Ya son cinco los muertos": the article between the count and its noun
    um = _UNIT.match(text, end)
    if um and (_lower(um.group(1), lang) in OTHER_WORDS or um.group(1) in ADJECTIVES_BEFORE_NOUN.get(lang, ())):
        um = _UNIT.match(text, um.end(1))  # "Sieben weitere Bewohner": residents; "तीन नई टुकड़ियाँ" (:mod:`.south_asian_units`)
    if um and lang == "fi" and _lower(um.group(1), lang) in _FI_COPULA:
        um = _UNIT.match(text, um.end(1))  # "joista 180 oli matkustajia": of whom 180 were passengers, the verb between
    if um and is_thai(um.group(1)):
        return thai_counter(um.group(1))  # "15 รายและรถ": the classifier, not the clause
    if um and lang == "vi" and (noun := vietnamese_noun(text, um)):
        return noun  # "87 hành khách": passengers, a noun of two syllables (:mod:`.vietnamese`)
    if um and (classifiers := LANGUAGES[lang].classifiers if lang in LANGUAGES else ()) and _lower(um.group(1), lang) in classifiers:
        um = _UNIT.match(text, um.end(1)) or um  # "3 ngôi nhà": houses
        if lang == "vi" and (noun := vietnamese_noun(text, um)):
            return noun  # "5 chiếc xe máy": motorbikes
    if um and _CJK_CHAR.match(um.group(1)):
        word = um.group(1)
        if lang == "ja" and word[0] == "米" and (borrowed := _KATAKANA_RUN.match(word, 1)):
            return "米" + borrowed.group()  # "18億米ドル": the US dollar (米, America), no metre
        if metric := next((name for unit, name in _CJK_METRIC.items() if word.startswith(unit)), None):
            return metric  # "2850万千瓦": kilowatts, "12公里": km, the symbols the English units are compared as
        if noun := cjk_noun(word, lang) or lang == "ja" and ja_noun_around(text, end, word) or lang == "ko" and ko_noun_before(text, end, word):
            return noun  # "3名警察": police, past the classifier; "41席", "41議席": seats; "警察官3人" (:mod:`.cjk_nouns`)
        # the counter: "12人", "15名", "12명이"; past the general classifier ("3个人")
        if word[0] in _PARTICLES:
            return None  # "7.2の", "7.1의": a particle after the figure counts nothing
        if word[0] in "个個" and len(word) > 1:
            word = word[1:]
        # Chinese names a currency by a country's character and "元" ("美元", "欧元", "日元", "港元"): one unit
        if katakana := _KATAKANA_RUN.match(word):
            return katakana.group()  # Japanese writes a borrowed unit in katakana: "50メートル", "300ドル", "5キロ"
        if counter := next((c for c in _LONG_COUNTERS if word.startswith(c)), None):
            return counter  # Korean "세 사람이": people, a counter of two syllables, not "사"
        return word[:2] if len(word) > 1 and word[1] in "元圓圆" else word[0]
    if um and (per := _PER.match(text, um.end(1))):
        return f"{_lower(um.group(1), lang)}/{_lower(per.group(1), lang)}"  # "210 km/h", "25 m/s", "м/с": a rate, not kilometres or metres
    if um and (rate := spoken_rate(um.group(1), text, um.end(1))):
        return rate  # "150 kilómetros por hora", "180 Stundenkilometern": a speed (:mod:`.spoken_rates`)
    if um and verb_after_count(um.group(1), lang, text, um.end(1)):
        return None  # "12 utrpělo zranění", "ist auf sieben gestiegen": the verb, no noun (:mod:`.clause_verbs`)
    if um and (word := _lower(um.group(1), lang)) not in _STOP_UNITS and word not in _STOP_UNITS_BY_LANGUAGE.get(lang, ()):
        bare = lang == "fi" and end == after_colon  # no case ending on the figure: the noun is in the partitive
        if bare:
            word = _finnish_head(text, um, word)
        elif parts := hyphen_parts(text, um.end(1)):
            # "12 sapeurs-pompiers", "12 Feuerwehr-Leute", "40 co-workers": the whole compound, each part as compared
            return "-".join(singular(w, lang) for w in (word, *parts)) or None
        return singular(word, lang, after_number=bare) or None
    return None


# the Finnish copula, which stands between a count and its noun in the partitive when the count opens a clause
# ("joista 180 oli matkustajia", "heistä 12 on lapsia")
_FI_COPULA = frozenset({"oli", "olivat", "on", "ovat", "olisi"})

# a unit per another, written with a slash ("km/h", "m/s", "км/ч", "kg/ha"): one unit of its own, a speed is no length
_PER = re.compile(r"/([^\W\d_]{1,3})(?![\w/])")

# a Finnish word after a count's noun, in the partitive too: the noun the adjective before it agrees with
_FI_NEXT = re.compile(r"[ \u00a0]([^\W\d_]{5,})")
# Finnish measures, whose partitive the material measured follows in its own ("450 hehtaaria metsää", "3 litraa
# maitoa", "5 kiloa perunoita"): the measure is the unit
_FI_MEASURE = re.compile(r"(?:kilo|sentti|milli)?(?:metri|gramma)\w*|kilo\w*|litra\w*|tonni\w*|hehtaari\w*|kuutio\w*|prosent\w*")


def _finnish_head(text: str, um: re.Match, word: str) -> str:
    """The noun of a Finnish count: the last partitive of the words after the number, since an adjective
    before its noun takes its case ("120 uutta opettajaa": teachers, not "new")."""
    for _ in range(2):
        nxt = _FI_NEXT.match(text, um.end(1))
        if _FI_MEASURE.fullmatch(word) or not (finnish_partitive(word) and nxt and finnish_partitive(_lower(nxt.group(1)))):
            break
        um, word = nxt, _lower(nxt.group(1))
    return word
