"""The noun a count is compared under: "people" for the nouns of people and the casualty words.

"28 dead", "38 morts" and "9 погибших" count people, so they compare across outlets and languages;
"15 kilometres" and "10 km" are one unit.  Also the units that are no counts at all (an age, an
identifier, a score, a span of time).  Shared by the count comparison, the casualty links, the
alignment and the holders of counts.
"""

from __future__ import annotations

import re

from parallax.analyze.quantities import AGE, LABEL, TALLY
from parallax.compare.lives_lost import life_noun
from parallax.compare.noun_kinds import kind_of
from parallax.compare.rescue_counts import rescue_noun
from parallax.compare.role_words import JOBS, ROLE_WORD, VICTIM
from parallax.compare.unit_names import unit_name

NOT_COUNTS = frozenset({AGE, LABEL, TALLY})  # an age, an identifier, a score


# a crowd's own nouns: "31,200 fans" is a crowd's size where nothing else happened to them (:func:`parallax.compare.roles.role`)
# (in the languages whose match reports are read, as quantities write them: "espectadores" is "espectador")
CROWD_NOUNS = frozenset(
    "fan spectator supporter onlooker espectador aficionado hincha spectateur supporteur zuschauer spettatori spettatore tifosi"
    " adepto torcedor toeschouwer kibic kibiców widz widzów зрителей зрителя болельщиков глядачів уболівальників seyirci taraftar".split()
)


# ages and spans of time ("an 81-year-old woman", "71 ans") are no counts of people or things
TIME_WORDS = {"year", "yr", "month", "week", "day", "hour", "minute", "second", "jahr", "jahre", "monat", "woche", "tag", "stunde",
              "an", "ans", "année", "mois", "semaine", "jour", "heure", "año", "mese", "anno", "anni", "ano", "mê", "jaar", "jaren",
              "maand", "dag", "uur", "dia", "giorni", "giorno", "ore", "hora", "horas", "semana"}  # fmt: skip


# nouns for people, in the languages read (as quantities normalise them: lower case, final "s" off)
PEOPLE = frozenset(
    "people person persona personne mensch menschen personen persone pessoa mensen человек человека людей люди людини "
    "осіб особи osób osoby osoba ludzi άνθρωποι ανθρώπους άτομα kişi insan شخصا شخص أشخاص 人 名 명 사람 位 نفر लोग लोगों व्यक्ति "
    "orang persoane persoană oameni personer mennesker människor"
    # Czech, Hungarian, Finnish, Bulgarian, Hebrew ("בני" of "בני אדם") and Thai (the counters of people)
    " lidí lidé lidi osob osoby osoba člověk ember embert emberek személy személyt fő ihmistä ihmiset ihminen henkilöä henkeä"
    " ihmi ihmis henkilö henke"  # the Finnish ones as quantities cut their case ending (quantities.endings.finnish_base)
    " души човека човек хора лица אנשים איש בני คน ราย"
    # Slovak, Croatian/Bosnian/Serbian (both scripts), Slovenian
    " ľudí ľudia osôb osoby človek ljudi ljudima osoba osobe особа особе људи lica лица ljudje oseb osebe oseba osebi"
    # Lithuanian, Latvian, Estonian, Catalan (as quantities write it: "persones" is "persone")
    " žmonės žmonių žmones žmogus cilvēki cilvēku cilvēkus cilvēks inimest inimese inimesed inimesi persone"
    # Nynorsk "personar", "menneske" (plural as singular)
    " personar menneske"
    # Urdu "افراد", "لوگ", "اشخاص" (persons, people), Hindi "व्यक्तियों", the Bengali counter of people "জন" and the
    # Tamil "பேர்" ("১১ জন নিহত", "11 பேர் உயிரிழந்தனர்": eleven killed), and their nouns for a person: a toll in them met
    # no other language's, so one report's "11 افراد ہلاک" was never set against another's "Nine people were killed"
    " افراد لوگ لوگوں اشخاص شخص व्यक्तियों জন ব্যক্তি মানুষ பேர் நபர்கள் நபர்"
    # Vietnamese "người" (person, people: "62 người đã được cứu sống")
    " người"
    # Swahili "watu" (before its count: "watu 12"), Tagalog "katao", "tao" ("walong katao"), Hausa "mutane", Yoruba
    # "èèyàn"/"ènìyàn" (before the count too: "mutane 20", "èèyàn 20") and Amharic "ሰዎች" ("20 ሰዎች")
    " watu katao tao mutane mutum èèyàn ènìyàn eeyan eniyan ሰዎች ሰው"
    # Malay "mangsa" and Indonesian "korban" (victims: people, whatever happened to them)
    " mangsa korban"
    # "others" in a toll ("12 killed and 40 others injured")
    " other autre altri otro outro andere anderen آخرون آخرين wengine iba".split()
)
# a past-tense verb right after a number ("более 20 получили", "ponad 30 zostało"): no noun was written
_VERB_AFTER = re.compile(r"(?:ли|ло|ла|ть|ться|ись|лись|ł|ła|ło|ły|li|ły)$")


def counted(unit: str | None, what: str | None) -> str | None:
    """The noun a count is compared under: "people" for the nouns of people, and for a casualty
    count whose noun was left out or is the casualty word itself ("28 dead", "38 morts", "9
    погибших", "более 20 получили травмы"), so such counts compare across outlets and languages.
    A count of a group ("two children", "deux policiers") stays that group's: it is part of the
    toll, no other figure for it.  Jobs cut are one count whether told as posts or as the people who lose
    them ("420 jobs" / "380 workers will lose their jobs": :mod:`.job_cuts`)."""
    if what == JOBS:
        return JOBS
    if unit in PEOPLE or (what == "crowd" and unit in CROWD_NOUNS):
        return "people"  # (a crowd's size, "31,200 fans" / "a crowd of 29,500", is one count of people)
    if what is not None and (
        unit is None
        or ROLE_WORD.fullmatch(unit)
        or VICTIM.fullmatch(unit)
        or _VERB_AFTER.search(unit)
        or rescue_noun(unit, what)
        or life_noun(unit)
    ):  # "Three bodies were found", "pulled 38 survivors" (:mod:`.rescue_counts`)
        return "people"
    if what == "crowd" and unit and kind_of(unit) == "protester":
        return "people"  # "1,500 protesters marched" / "a crowd of 2,000": one crowd's size
    # (a unit written in full or as its symbol is one: "15 kilometres" / "10 km", :mod:`.unit_names`)
    unit = unit and unit_name(unit)
    unit = _AR_ACCUSATIVE.sub("", unit) if unit and len(unit) > 3 else unit
    # "lawmakers" / "MPs", "homes" / "Haushalte": one kind of person or thing (:mod:`.noun_kinds`)
    return (unit and kind_of(unit)) or unit


# Arabic writes a counted noun after 11 to 99 in the accusative, its indefinite ending an alif ("196 منزلا",
# "منزلاً"), and after a hundred or a thousand in the genitive without it ("200 منزل"): one noun.  (A word
# ending in a hamza or a long vowel takes no such alif: "أطباء", "مستشفى".)
_AR_ACCUSATIVE = re.compile("(?<=[\u0628-\u064a])(?<![\u0621\u0627\u0649])[\u0627\u064b]{1,2}\\Z")  # the alif and tanween, either order
