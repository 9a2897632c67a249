"""A counted noun in the form it is compared: the plural off where each language writes one, a hectare as "ha".

Split from :mod:`parallax.analyze.quantities.units` (which had grown past 330 lines): how a noun is read after a
number stays there, how two such nouns are made comparable ("members" / "member", "procuradores" / "procurador",
"bodies" / "body", "hektarów" / "ha") lives here.  :mod:`.units` re-exports every name.
"""

from __future__ import annotations

import re

from parallax.analyze.quantities.endings import finnish_base, finnish_partitive_base

# the languages whose plural ends in "s" ("30 members", "38 morts", "12 Autos", "5 camiones"): their nouns are
# compared without it, so that "1 member" and "30 members" count one thing.  Elsewhere a final "s" is the
# word's own ("38 ambulans", "5 autobus", "3 avtobus", Finnish "ihmis-" of "120 ihmistä")
_PLURAL_S = frozenset({"en", "fr", "es", "pt", "ca", "gl", "de", "nl"})


# the hectare in every language and case, as its symbol: "450 hektarów" and "540 ha" measure one thing
# ("hectares" and "hectárea" come here without their "s")
_HECTARE = frozenset(
    "ha hectare hectárea hectarea hectar hektar hektara hektary hektarów hektarach hektarami hektarů hektarech hektáru hektárov"
    " hektárt hektár hektárnyi hektarov hektarjev hektarjih ettaro ettari hehtaari hehtaaria hehtaarin гектар гектара гектаров"
    " гектарах гектари гектарів га хектар хектара хектари хектаре εκτάριο εκτάρια εκταρίων هكتار هكتارا هکتار".split()
)


# Spanish adds "-es" to a noun that ends in a consonant ("procurador", "procuradores"; "ciudad", "ciudades";
# "ley", "leyes") and "-s" to one that ends in a vowel ("viaje", "viajes"): "-es" is cut after a single "l",
# "n", "r", "d" or "y" that follows a vowel, not after a cluster ("padres", "calles": "padre", "calle").
# A noun in "-ión" loses its accent in the plural ("camión", "camiones")
_ES_PLURAL = re.compile(r"(?<=[aeiouáéíóú][lnrdy])es\Z")
_ES_ION_PLURAL = re.compile(r"iones\Z")


def _spanish_singular(word: str) -> str:
    if _ES_ION_PLURAL.search(word):
        return word[:-5] + "ión"
    if _ES_PLURAL.search(word) and len(word) >= 5:
        return word[:-2]
    return word.rstrip("s")


# Portuguese adds "-es" after "r", "z" and "s" ("moradores", "vezes", "meses") and writes "-ões" / "-ães" for "-ão"
# ("milhões", "pães"); other nouns take "-s" ("pessoas", "feridos")
_PT_PLURAL_ES = re.compile(r"(?<=[aeiouáéíóúâêô][rz])es\Z|(?<=[eê]s)es\Z")
_PT_AO_PLURAL = re.compile(r"(?:õe|ãe)s\Z")


def _portuguese_singular(word: str) -> str:
    """A Portuguese plural in its singular form: "moradores" is "morador", "milhões" "milhão", "pessoas" "pessoa"."""
    if _PT_AO_PLURAL.search(word):
        return word[:-3] + "ão"
    if _PT_PLURAL_ES.search(word) and len(word) >= 5:
        return word[:-2]
    if word.endswith("ens") and len(word) >= 5:
        return word[:-3] + "em"  # "homens" is "homem", "viagens" "viagem"
    return word.rstrip("s")


# English plurals that are no "-s" added to the singular: a consonant and "-ies" is a "-y" noun ("bodies", "injuries",
# "casualties", "ferries"), except the nouns whose singular ends in "-ie" themselves ("movies", "zombies", "calories")
# and "series" and "species", which are their own singular; a few "-ves" of an "-f(e)" noun ("lives", "wolves"), and
# "men" / "women" (compounds such as "policemen" are the kinds' own words, :mod:`parallax.compare.noun_kinds`).
# "children" and "people" stay as written: the tables of kinds and people hold both numbers
_EN_IES = re.compile(r"(?<=[^aeiou\W\d_])ies\Z")
_EN_IE_NOUNS = frozenset("movies cookies rookies zombies calories brownies pies ties lies dies series species hippies "
                         "freebies selfies goalies birdies aunties bookies smoothies prairies".split())
_EN_IRREGULAR = {"lives": "life", "wives": "wife", "knives": "knife", "wolves": "wolf", "thieves": "thief", "halves": "half",
                 "shelves": "shelf", "calves": "calf", "men": "man", "women": "woman"}  # fmt: skip


# "-es" after a hissing sound is the plural's own syllable ("matches", "crashes", "boxes", "classes"), except where the
# singular ends in "-che" itself ("avalanches", "niches"); "-uses" of a Latin "-us" noun ("buses", "viruses").  A
# singular that ends in "ss", "us" or "sis" keeps its "s" ("class", "bus", "crisis": "bus" had been "bu")
_EN_ES = re.compile(r"(?:ch|sh|x|ss|zz)es\Z")
_EN_CHE_NOUNS = frozenset("avalanches niches caches headaches moustaches mustaches quiches creches cliches psyches douches "
                          "aches toothaches earaches heartaches backaches".split())
_EN_US_NOUNS = re.compile(r"(?:bus|virus|bonus|census|campus|status|focus|surplus|stimulus|chorus|circus|cactus)es\Z")
_EN_OWN_S = re.compile(r"(?:ss|us|sis)\Z")


def _english_singular(word: str) -> str:
    """An English plural in its singular form: "bodies" is "body", "lives" "life", "movies" "movie", "members" "member",
    "matches" "match", "buses" "bus"; a singular such as "class" or "bus" stays as it is."""
    if irregular := _EN_IRREGULAR.get(word):
        return irregular
    if word not in _EN_IE_NOUNS and len(word) > 4 and _EN_IES.search(word):
        return word[:-3] + "y"
    if (_EN_ES.search(word) and word not in _EN_CHE_NOUNS) or _EN_US_NOUNS.search(word):
        return word[:-2]
    if _EN_OWN_S.search(word):
        return word
    return word.rstrip("s")


def singular(word: str, lang: str | None, *, after_number: bool = False) -> str:
    """A counted noun as it is compared: lower case already, without a plural "s" where the language
    writes one (:data:`_PLURAL_S`; Spanish "-es" after a consonant; English "-ies" of a "-y" noun), a Finnish noun without its case
    ending (right after a number, the partitive: :func:`finnish_partitive_base`); a hectare as "ha" in
    any language (:data:`_HECTARE`), so two areas compare whichever way each is written."""
    lang = (lang or "en")[:2].lower()
    if lang == "fi":
        word = finnish_partitive_base(word) if after_number else finnish_base(word)
    if lang == "es":
        word = _spanish_singular(word)
    elif lang == "pt":
        word = _portuguese_singular(word)
    elif lang == "en":
        word = _english_singular(word)
    elif lang in _PLURAL_S:
        word = word.rstrip("s")
    elif lang == "bn":
        word = _BENGALI_CASE.sub("", word)
    return "ha" if word in _HECTARE else word


# Bengali case endings on a counted noun ("১৮ জনের", "২০ জনকে", "মানুষের", and "২৩ জনে"): the genitive and the objective
# off a stem of two letters or more that ends in a consonant, so that one toll's persons compare with another's
_BENGALI_CASE = re.compile(r"(?<=[\u0980-\u09ff][\u0995-\u09b9\u09dc-\u09df])(?:ের|কে)\Z|(?<=জন)ে\Z")
