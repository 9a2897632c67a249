"""Spanish dates: "7 de abril", "hace dos días", "anoche", "la noche del lunes"."""

from __future__ import annotations

from parallax.analyze.timelex.base import Lexicon, _units
from parallax.analyze.timelex.intents import intent_ahead, state_ahead
from parallax.analyze.timelex.pieces import farewell, midnight_noon

_WEEKDAYS = {"lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4, "sábado": 5, "sabado": 5, "domingo": 6}  # fmt: skip
# verbs of offering, agreeing, promising, deciding, planning, and the infinitive they govern (see timelex.intents)
_INTENT_VERBS = r"(?:ofrec|ofreci|promet|prometi|acept|acord|decid|propus|propuso|propon|planea|pretend|comprometi)\w*"
_INTENT_INFINITIVE = r"(?:(?:a|en)\s+)?\w+(?:ar|er|ir)(?:se|lo|la|los|las|le|les)?"

ES = Lexicon(
    day_after="al día siguiente|el día siguiente|al otro día",
    day_before="el día anterior|la víspera|el día previo",
    day_before_parts={"la noche anterior": "NI", "la noche previa": "NI", "la tarde anterior": "AF", "la mañana anterior": "MO"},
    same_day="el mismo día|ese mismo día|aquel mismo día",
    eve_of=r"(?:de|del|a|al)\b",
    months={
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
        "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    },
    weekdays=_WEEKDAYS,
    relative_days={"hoy": 0, "ayer": -1, "anteayer": -2, "pasado mañana": 2, "mañana": 1},
    # "mañana" alone is tomorrow; after an article or a determiner it is a morning ("la mañana", "esta mañana", "cada
    # mañana", "de la mañana") or the future ("el mañana"), and "de mañana" is early in the day
    relative_day_traps=r"(?<!\w)(?:la|esta|una|cada|toda|esa|aquella|misma|media|buena|el|del|un|al|de)\s+mañana(?!\w)" + "|" + farewell(r"hasta\s+mañana"),  # "¡Hasta mañana!", a farewell, no day
    day_with_part={"anoche": (-1, "NI")},
    century_words=r"siglo",
    decades=r"(?:década\sde(?:\slos)?|años)\s(?:(?P<year>(?:1[0-9]|20)\d0)|(?:['’]|\b)(?P<yy>[1-9]0)\b|(?P<dw>veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa))",
    decade_names={'veinte': '192', 'treinta': '193', 'cuarenta': '194', 'cincuenta': '195', 'sesenta': '196', 'setenta': '197', 'ochenta': '198', 'noventa': '199'},
    units=_units(("día", "días", "dia", "dias"), ("semana", "semanas"), ("mes", "meses"), ("año", "años"), ("hora", "horas"), ("minuto", "minutos"), ("década", "décadas")),
    # a weekday of a named week after it: "el lunes de la semana pasada" is Monday of last week
    week_mods_after={"de la semana pasada": -1, "de la pasada semana": -1, "de la semana anterior": -1, "de esta semana": 0,
                     "de la próxima semana": 1, "de la semana próxima": 1, "de la semana que viene": 1},
    last_words={"pasado", "pasada", "anterior"},
    next_words={"próximo", "próxima", "proximo", "proxima", "que viene"},
    this_words={"este", "esta"},
    numbers={"un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
             "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16, "dieciocho": 18, "veinte": 20, "veinticuatro": 24, "treinta": 30,
             "cuarenta y ocho": 48},  # (the teens and the hours and months a verdict or a strike is measured in)
    ago_before="hace",
    unit_first=True,
    day_ordinals={"primero": 1},  # "el primero de mayo": the first day of a month is an ordinal, the others cardinals
    day_ordinal_link="de",
    day_ordinal_year="de|del",
    day_suffix="(?:°|º)?",  # "1° luglio", "1º de junho"
    day_de=True,
    day_of_month=r"(?:(?P<last>pasado|último)\s|(?P<next>próximo)\s)?d[ií]a",
    date_words="el|del|al|día",  # "el 17/5": day first
    case_sensitive=False,
    prepositions="en|desde|hasta|de|antes de|después de|principios de|finales de",
    refs={"ahora": "PRESENT_REF", "actualmente": "PRESENT_REF", "recientemente": "PAST_REF", "en el futuro": "FUTURE_REF"},
    # "por la mañana", "en la noche", "a la tarde": not "mañana por la mañana" (tomorrow's), "la noche del lunes", "la
    # mañana siguiente", "las 10 de la mañana" (a clock time's part)
    bare_part=r"(?<!\w)(?<!mañana\s)(?P<x>(?:por|en|a)\sla\s(?P<part>mañana|tarde|noche))(?!\s+(?:del?|siguiente|anterior|previa|posterior)\b)(?![\w-])",
    dayparts={"mañana": "MO", "tarde": "AF", "noche": "NI"},  # "esta tarde", "ayer por la noche"; bare "mañana" is tomorrow
    daypart_link="por la|en la|a la",
    part_first={"mañana": "MO", "tarde": "AF", "noche": "NI", "madrugada": "NI"},
    part_first_link="del",  # "la noche del lunes"
    seasons={"primavera": "SP", "verano": "SU", "otoño": "FA", "invierno": "WI"},
    season_context="en|el|la|del|de|desde|hasta",
    ordinals={"primer": 1, "primero": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercer": 3, "tercero": 3, "tercera": 3, "cuarto": 4},
    quarter_words=("trimestre",),
    half_words=("semestre",),
    year_half_words=("mitad",),
    span_words="próximos|próximas|proximos|proximas|últimos|últimas|ultimos|ultimas|pasados|pasadas|siguientes|venideros|venideras",
    plural_units=("días", "dias", "semanas", "meses", "años", "horas", "minutos", "décadas"),
    weekend="fin de semana",
    sets={"diariamente": "P1D", "cada día": "P1D", "todos los días": "P1D", "cada semana": "P1W", "cada año": "P1Y"},
    copulas="es|era|fue|será|sería|sido|ser|sea",  # "a day" after "to be" names a day, measures none (times.durations)
    # "3:15 horas"; after "a las", "hacia las" the hour alone too ("a las 22 horas", "a las 3 de la tarde"), never "a las 3
    # empresas" (a noun after it) nor "durante 22 horas" (no "las": a length)
    # and "medianoche", "mediodía" after "a", "al", "hacia el" ("el mediodía" alone may be a part of the day)
    clock=(
        r"(?P<las>(?:a|hacia|sobre|desde|hasta|pasadas|antes\sde|después\sde)\s(?:la|las)\s)?(?P<h>\d{1,2})(?(las)|(?=[:.]\d{2}))"
        r"(?:[:.](?P<min>\d{2}))?(?(las)(?:\s?(?:horas|hs|h)\b)?|\s?(?:horas|h)\b)"
        r"(?:\s(?:de\s(?:la\s)?|del\s)(?P<cpart2>madrugada|mañana|tarde|noche|mediodía))?"
        r"(?(las)(?(min)|(?=\s?[,.;:)!?](?!\d)|\s?$|\s(?:de|del|y|en|el|cuando|tras|según|hora\slocal)\b))|)"
    )
    + midnight_noon("medianoche", "mediod[íi]a", noon_after=("a", "al", "hacia el", "antes del", "después del", "hasta el", "desde el")),
    clock_parts={"madrugada": "am", "mañana": "am", "tarde": "pm", "noche": "night", "mediodía": "pm"},
    past_cues=r"fue|fueron|era|eran|había|habían|ayer|pasado|pasada",
    # (and a preterite in the plural, "murieron", "llegaron": no other tense ends so)
    sure_past=r"ya|\w{3,}ó|\w{2,}(?:aron|ieron)|(?:fue|fueron|ha|han|había|habían)\s+(?:\w+\s+)?\w+(?:ado|ada|ados|adas|ido|ida|idos|idas|cho|sto)",
    # an offer or a promise to act looks ahead: "ofreció reunirse con los sindicatos el jueves" (see timelex.intents)
    future_cues=intent_ahead(_INTENT_VERBS, _INTENT_INFINITIVE, _WEEKDAYS) + "|"
    # a state said to last ("siguen cerradas el viernes") and a forecast before a subjunctive ("se prevé que toque tierra
    # el viernes", "se espera que llegue"): times.intents.state_ahead; the forecast's weekday up to twelve words on, past a
    # subject with its complement ("se prevé que la circulación en la línea se reanude el viernes"; so in fr, it, pt)
    + state_ahead(r"sigue|siguen|permanece|permanecen|contin[úu]a|contin[úu]an|se\s+mantienen?", _WEEKDAYS) + "|"
    # a team's fixture told in the present is still to come ("el Betis recibe al Sevilla el sábado", "el equipo vuelve a jugar el miércoles"), as English "host", "face", "play"
    + state_ahead(r"juegan?|enfrentan?|reciben?|visitan?|disputan?|vuelven?\s+a\s+jugar", _WEEKDAYS) + "|"
    + state_ahead(r"prev[ée]n?\s+que|esperan?\s+que|pronostican?\s+que|est[áa]n?\s+previst[oa]s?\s+que", _WEEKDAYS, 12) + "|"
    # (not the morning, "de la mañana", "por la mañana", "esta mañana": a part of a day, past as often as not)
    # (and a rule's entry into force, set in the present: "las sanciones entran en vigor el sábado")
    # (and what may, should or must happen: "podría tocar tierra el viernes", "deben reanudarse el viernes")
    r"podrían?|deberían?|deben?\s+\w+(?:ar|er|ir)(?:se)?|"
    # (a possibility in the present, with its infinitive, lies ahead too: "la votación puede celebrarse el viernes")
    r"pueden?\s+\w+(?:ar|er|ir)(?:se)?|"
    r"entran?\s+en\s+vigor|\w+(?:ará|erá|irá|arán|erán|irán)|va a|van a|(?<!la\s)(?<!esta\s)mañana",  # "se reunirá", "va a votar"
    holidays={"navidad": "12-25", "nochebuena": "12-24", "nochevieja": "12-31", "año nuevo": "01-01", "semana santa": "easter-7", "viernes santo": "easter-2", "pascua": "easter+0"},
    and_a_half=r"y\smedi[oa]",  # a half more: "tres horas y media", "un año y medio"
    # a weekday something is set for is the coming one, whatever the tense: "han convocado una manifestación para el
    # sábado", as Italian's "per venerdì" ("para el sábado pasado" stays the last one)
    ahead_before=r"para(?:[ \u00a0]el)?",
)
