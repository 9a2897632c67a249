"""French dates: "il y a deux jours", "la semaine dernière", "la veille", "dans la nuit de samedi"."""

from __future__ import annotations

from parallax.analyze.timelex.base import Lexicon, _units
from parallax.analyze.timelex.intents import intent_ahead, state_ahead
from parallax.analyze.timelex.pieces import farewell, midnight_noon

_WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}  # fmt: skip
# verbs of offering, agreeing, promising, deciding, planning, and the infinitive they govern (see timelex.intents)
_INTENT_VERBS = r"(?:propos|accept|promi[st]|offr|offert|décid|prévoi|prévoy|envisag|engag)\w*"
_INTENT_INFINITIVE = r"(?:de|à)\s+\w+(?:er|ir|re)|d['’]\w+(?:er|ir|re)"
# ... and the verbs of meaning to, which take a bare infinitive: "entend ouvrir dès mardi des discussions", "compte
# se rendre jeudi à Bruxelles", "veut rencontrer lundi les syndicats"
_MEANING_VERBS = r"(?:entend|entendent|compte|comptent|veut|veulent|souhaite|souhaitent|espère|espèrent)"
_BARE_INFINITIVE = r"(?:(?:se|s['’])\s*)?\w+(?:er|ir|re)"

# a person's age is no duration: "un homme de 67 ans", "une femme âgée de 45 ans" (a noun
# of a person, or "âgé", before "de N ans"); "une peine de 10 ans" and "durera 3 ans" stay durations
_AGE = (
    r"\b(?:homme|femme|garçon|fille|enfant|adolescent|adolescente|bébé|jeune|victime|conducteur|conductrice|"
    r"piéton|piétonne|passager|passagère|retraité|retraitée|septuagénaire|sexagénaire|quinquagénaire|agriculteur|"
    r"ouvrier|ouvrière|suspect|suspecte|âgé|âgée|âgés|âgées)\s(?:de|d['’]environ)\s\d{1,3}\sans\b"
)

FR = Lexicon(
    traps=_AGE,
    day_after="le lendemain|le jour suivant",
    day_before="la veille|le jour précédent|la journée précédente",
    day_before_parts={"la veille au soir": "EV", "la nuit précédente": "NI", "la soirée précédente": "EV"},
    same_day="le jour même|le même jour|ce même jour|ce jour-là",
    eve_of=r"(?:de|du|des)\b|d['’]",
    months={
        "janvier": 1,
        "février": 2,
        "fevrier": 2,
        "mars": 3,
        "avril": 4,
        "mai": 5,
        "juin": 6,
        "juillet": 7,
        "août": 8,
        "aout": 8,
        "septembre": 9,
        "octobre": 10,
        "novembre": 11,
        "décembre": 12,
        "decembre": 12,
    },
    weekdays=_WEEKDAYS,
    relative_days={"aujourd'hui": 0, "aujourd’hui": 0, "hier": -1, "avant-hier": -2, "demain": 1, "après-demain": 2},
    relative_day_traps=farewell(r"à\s+demain"),  # a farewell said in quotation marks names no day
    century_words=r"siècle|siècles",
    decades=r"années\s(?:(?P<year>(?:1[0-9]|20)\d0)|(?:['’]|\b)(?P<yy>[1-9]0)\b)",
    units=_units(
        ("jour", "jours"),
        ("semaine", "semaines"),
        ("mois",),
        ("an", "ans", "année", "années"),
        ("heure", "heures"),
        ("minute", "minutes"),
        ("décennie", "décennies"),
    ),
    # a weekday of a named week after it: "lundi de la semaine dernière" is Monday of last week
    week_mods_after={"de la semaine dernière": -1, "de la semaine passée": -1, "de cette semaine": 0, "de la semaine prochaine": 1},
    last_words={"dernier", "dernière", "passé", "passée", "précédent", "précédente"},
    next_words={"prochain", "prochaine"},
    this_words={"cette", "ce", "cet"},
    numbers={
        "un": 1,
        "une": 1,
        "deux": 2,
        "trois": 3,
        "quatre": 4,
        "cinq": 5,
        "six": 6,
        "sept": 7,
        "huit": 8,
        "neuf": 9,
        "dix": 10,
        "onze": 11,
        "douze": 12,
        # (the teens and the hours and months a verdict or a strike is measured in: "seize mois avec sursis")
        "treize": 13,
        "quatorze": 14,
        "quinze": 15,
        "seize": 16,
        "dix-huit": 18,
        "vingt": 20,
        "vingt-quatre": 24,
        "trente": 30,
        "quarante-huit": 48,
    },
    ago_before="il y a",
    unit_first=True,
    day_ordinals={"premier": 1},  # "le premier mai": the first day of a month is an ordinal, the others cardinals
    day_suffix="(?:er)?",
    date_words="le|du|au|jusqu'au",  # "le 17/5": day first
    case_sensitive=False,
    since_words="depuis",
    prepositions="en|depuis|jusqu'en|avant|après|de|début|fin|mi",
    refs={
        "maintenant": "PRESENT_REF",
        "actuellement": "PRESENT_REF",
        "à présent": "PRESENT_REF",
        "récemment": "PAST_REF",
        "dernièrement": "PAST_REF",
        "à l'avenir": "FUTURE_REF",
        "à l’avenir": "FUTURE_REF",
    },
    # "le soir", "dans la matinée", "en soirée", "en fin d'après-midi": not "le matin du 3 mars", "dans la nuit de lundi à
    # mardi", "le soir même", "la nuit suivante" (another day's), "10 heures du matin" (a clock time's part), "les matins"
    bare_part=r"(?<!\w)(?P<x>(?:le\s|la\s|l['’]|dans\sla\s|dans\sl['’]|en\s(?:(?:début|fin|milieu)\sd(?:e\s|['’]))?|au\s(?=petit\smatin)(?:petit\s)?)(?P<part>matin|matinée|après-midi|soir|soirée|nuit))(?!\s+(?:du|de|d['’]|des|même|suivante?|précédente?|dernière|avant|d'avant|qui|où)\b|\s*d['’])(?![\w-])",
    dayparts={"matin": "MO", "matinée": "MO", "après-midi": "AF", "soir": "EV", "soirée": "EV", "nuit": "NI"},
    daypart_link="dans la|en",  # "hier dans la soirée", "lundi en soirée"
    part_first={"matinée": "MO", "soirée": "EV", "nuit": "NI"},
    part_first_link="de|du",  # "dans la nuit de samedi à dimanche", "la soirée du lundi"
    seasons={"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"},
    season_context="en|l'|l’|au|depuis|le|de|d'|d’|fin|début",
    ordinals={"premier": 1, "première": 1, "deuxième": 2, "second": 2, "seconde": 2, "troisième": 3, "quatrième": 4},
    quarter_words=("trimestre",),
    and_a_half=r"et\sdemie?",  # a half more: "trois ans et demi", "deux heures et demie"
    half_words=("semestre",),
    year_half_words=("moitié",),
    span_words="prochains|prochaines|derniers|dernières|précédents|précédentes|passés|passées|à venir",
    plural_units=("jours", "semaines", "mois", "années", "heures", "minutes", "décennies"),
    weekend="week-end|weekend",
    sets={"quotidiennement": "P1D", "chaque jour": "P1D", "tous les jours": "P1D", "chaque semaine": "P1W", "chaque année": "P1Y"},
    copulas="est|était|fut|sera|serait|été|être|soit",  # "a day" after "to be" names a day, measures none (times.durations)
    # and "minuit", "midi" (in lower case and after "à", "vers": "dans le Midi" is the south of France)
    # (a span of hours is no clock time: "une grève de 24 heures", "d'une durée de 24 heures", "pendant 3 heures", "en 48
    # heures"; a time after "de" ends in "à" or comes after "à partir", "à compter", "aux alentours", "aux environs": "de 8
    # heures à 18 heures", "à partir de 20 heures", "aux alentours de 21 heures")
    clock=r"(?<!pendant\s)(?<!durant\s)(?<!\ben\s)(?<!plus\sde\s)(?<!moins\sde\s)"
    r"(?:(?<!\sde\s)|(?<=partir\sde\s)|(?<=compter\sde\s)|(?<=alentours\sde\s)|(?<=environs\sde\s)|(?=\d{1,2}\s?(?:h|heures?)(?:\s?\d{2})?\s(?:à|et)\s))"
    # (the hour in words only right after "à", "vers" or "dès", and not a distance: "à huit heures", not "à deux heures de Lyon")
    r"(?P<h>\d{1,2}|(?:(?<=\bà\s)|(?<=\bvers\s)|(?<=\bdès\s))(?:une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)"
    r"(?=\sheures?\b)(?!\sheures?\s(?:(?:de|du)\s(?!matin|soir|l['’]après)|d['’]))(?!\sheures?\s(?:de\s)?(?:route|marche|train|vol|voiture)))"
    r"\s?(?:h|heures?)(?:\s?(?P<min>\d{2}))?\b"
    + midnight_noon("minuit", "(?-i:midi)", noon_after=("à", "vers", "dès", "avant", "jusqu'à", "jusqu’à")),
    past_cues=r"était|étaient|avait|avaient|a|ont|hier|dernier|dernière|passé|passée",
    sure_past=r"déjà|(?:a|ont|avait|avaient|était|étaient|fut|furent)\s+(?:(?:déjà|bien|aussi|été)\s+)?\w+(?:é|ée|és|ées|i|is|it|u|ue|us|ert|ort)",
    # the future tense: regular ("seront présentées jeudi") and the common irregular verbs ("aura lieu lundi", "se tiendra")
    # an offer or a promise to act looks ahead: "a proposé de rencontrer les syndicats jeudi" (see timelex.intents)
    future_cues=intent_ahead(_INTENT_VERBS, _INTENT_INFINITIVE, _WEEKDAYS)
    + "|"
    # a state said to last ("restent fermées vendredi") and an expectation before a subjunctive ("on s'attend à ce que
    # la tempête touche terre vendredi", "il est prévu que"): times.intents.state_ahead
    + state_ahead(r"reste|restent|demeure|demeurent", _WEEKDAYS)
    + "|"
    + state_ahead(r"attend(?:ent)?\s+à\s+ce\s+que|(?:est|sont)\s+prévue?s?\s+que|prévoi(?:t|ent)\s+que", _WEEKDAYS, 12)
    + "|"
    + intent_ahead(_MEANING_VERBS, _BARE_INFINITIVE, _WEEKDAYS)
    + "|"
    # a rule's entry into force, set in the present ("le texte entre en vigueur samedi")
    r"entre(?:nt)?\s+en\s+vigueur|"
    r"\w+(?:era|eront|erait|eraient|ira|iront|irait|iraient)|appelle(?:nt)? à|prévu[es]?|demain"
    # and the first persons a quotation speaks in ("nous reconstruirons", "je reviendrai"; not "aux environs")
    r"|\w+(?:erons|erai)|\w+(?<!env)irons|\w+irai"
    r"|aur(?:a|ont|ons|ai)|fer(?:a|ont)|(?:t|v)iendr(?:a|ont|ons|ai)|pourr(?:a|ont|ons|ai)|devr(?:a|ont|ons|ai)"
    r"|verr(?:a|ont|ons|ai)|faudra|voudr(?:a|ont|ons|ai)"
    # the -re verbs' future ("reprendront", "répondra", "perdra", "mettra", "connaîtra"; not "Sandra"), the plural of
    # the shared "doit", "devrait" ("doivent reprendre vendredi"), and the near future ("vont reprendre")
    r"|\w+(?:endr|ondr|erdr|oudr|aîtr|ettr)(?:a|ont|ons|ai)|\w+andront|doivent|devraient|pourrai(?:t|ent)|(?:peut|peuvent)\s+(?:se\s+|s['’])?\w+(?:er|ir|re)|v(?:a|ont)\s+\w+(?:er|ir|re)"
    # "d'ici" counts from now to a time ahead, whatever the verb ("réparés d'ici fin mars": a deadline, no past)
    r"|d['’]ici",
    holidays={
        "noël": "12-25",
        "nouvel an": "01-01",
        "jour de l'an": "01-01",
        "pâques": "easter+0",
        "la toussaint": "11-01",
        "vendredi saint": "easter-2",
    },
    # a weekday something is set for is the coming one, whatever the tense: "ont appelé à une grève pour vendredi"
    # ("pour le samedi précédent" names its week)
    ahead_before=r"pour",
)
