"""Portuguese dates: "1º de junho", "há dois dias", "ontem à noite", "segunda-feira (8)"."""

from __future__ import annotations

from parallax.analyze.timelex.base import Lexicon, _units
from parallax.analyze.timelex.intents import intent_ahead, state_ahead
from parallax.analyze.timelex.pieces import farewell, midnight_noon

_WEEKDAYS = {"segunda-feira": 0, "segunda": 0, "terça-feira": 1, "terça": 1, "quarta-feira": 2, "quarta": 2, "quinta-feira": 3,
              "quinta": 3, "sexta-feira": 4, "sexta": 4, "sábado": 5, "sabado": 5, "domingo": 6}  # fmt: skip
# the weekday written without its hyphen ("na segunda feira") is the same day, and its span takes "feira" too
_WEEKDAYS |= {k.replace("-", " "): v for k, v in _WEEKDAYS.items() if "-" in k}
# verbs of offering, agreeing, promising, deciding, planning, and the infinitive they govern (see timelex.intents)
_INTENT_VERBS = r"(?:ofere|promet|aceit|acord|decid|propôs|propus|propor|planej|pretend|comprometeu)[\w-]*"
_INTENT_INFINITIVE = r"(?:(?:para|a|de|em)\s+)?(?:se\s+)?\w+(?:ar|er|ir)(?:-se)?"

PT = Lexicon(
    day_after="no dia seguinte|o dia seguinte",
    day_before="no dia anterior|o dia anterior|na véspera|a véspera",
    day_before_parts={"na noite anterior": "NI", "a noite anterior": "NI"},
    same_day="no mesmo dia|nesse mesmo dia|naquele mesmo dia",
    eve_of=r"(?:de|do|da|dos|das)\b",
    months={
        "janeiro": 1,
        "fevereiro": 2,
        "março": 3,
        "marco": 3,
        "abril": 4,
        "maio": 5,
        "junho": 6,
        "julho": 7,
        "agosto": 8,
        "setembro": 9,
        "outubro": 10,
        "novembro": 11,
        "dezembro": 12,
    },
    weekdays=_WEEKDAYS,
    # the short weekday is also the feminine ordinal before its noun: "a segunda volta", "pela quinta vez", "a
    # terceira maior cidade"; "segunda feira" written without its hyphen stays Monday
    weekday_traps=r"\b(?:segunda|terça|quarta|quinta|sexta)\s(?:volta|vez|vezes|fase|etapa|parte|metade|colocada|"
    r"classificada|posição|maior|menor|mais|melhor|pior|instância|turma|guerra|mão|onda|edição|temporada|rodada|"
    r"jornada|divisão|linha|série|sessão|geração|dose|chamada|tentativa|semana|década|legislatura|câmara|emenda)\b",
    relative_days={"hoje": 0, "ontem": -1, "anteontem": -2, "amanhã": 1, "amanha": 1, "depois de amanhã": 2},
    relative_day_traps=farewell(r"até\s+amanhã"),  # a farewell said in quotation marks names no day
    century_words=r"século",
    decades=r"(?:década\sde|anos)\s(?:(?P<year>(?:1[0-9]|20)\d0)|(?:['’]|\b)(?P<yy>[1-9]0)\b|(?P<dw>vinte|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|noventa))",
    decade_names={
        "vinte": "192",
        "trinta": "193",
        "quarenta": "194",
        "cinquenta": "195",
        "sessenta": "196",
        "setenta": "197",
        "oitenta": "198",
        "noventa": "199",
    },
    units=_units(
        ("dia", "dias"),
        ("semana", "semanas"),
        ("mês", "meses", "mes"),
        ("ano", "anos"),
        ("hora", "horas"),
        ("minuto", "minutos"),
        ("década", "décadas"),
    ),
    # a weekday of a named week after it: "segunda-feira da semana passada" is Monday of last week
    week_mods_after={"da semana passada": -1, "da semana anterior": -1, "desta semana": 0, "da próxima semana": 1, "da semana que vem": 1},
    last_words={"passado", "passada", "anterior"},
    next_words={"próximo", "próxima", "proximo", "proxima", "que vem"},
    this_words={"este", "esta", "neste", "nesta", "deste", "desta"},  # "em março deste ano"
    numbers={
        "um": 1,
        "uma": 1,
        "dois": 2,
        "duas": 2,
        "três": 3,
        "tres": 3,
        "quatro": 4,
        "cinco": 5,
        "seis": 6,
        "sete": 7,
        "oito": 8,
        "nove": 9,
        "dez": 10,
        "doze": 12,
    },
    ago_before="há|ha",
    unit_first=True,
    day_ordinals={"primeiro": 1},  # "primeiro de maio": the first day of a month is an ordinal, the others cardinals
    day_ordinal_link="de",
    day_ordinal_year="de",
    day_suffix="(?:°|º)?",  # "1° luglio", "1º de junho"
    day_de=True,
    day_of_month=r"(?:(?P<last>último|passado)\s|(?P<next>próximo)\s)?dia",
    date_words="em|no|dia|até|desde",  # "em 17/5": day first
    case_sensitive=False,
    prepositions="em|desde|até|de|antes de|depois de|início de|fim de|final de",
    refs={"agora": "PRESENT_REF", "atualmente": "PRESENT_REF", "recentemente": "PAST_REF", "no futuro": "FUTURE_REF"},
    # "pela manhã", "de manhã", "à noite", "na tarde": not "na noite desta terça-feira", "na manhã seguinte", "às 9h da
    # manhã" (a clock time's part)
    bare_part=r"(?<!\d\s)(?<!\dh\s)(?<!\w)(?P<x>(?:pela|de|à|na|durante\sa)\s(?P<part>manhã|tarde|noite))(?!\s+(?:de|do|da|desta|deste|dessa|desse|daquela|daquele|seguinte|anterior|passada)\b)(?![\w-])",
    dayparts={"manhã": "MO", "tarde": "AF", "noite": "NI"},
    daypart_link="à|de|pela",  # "ontem à noite", "hoje de manhã", "segunda-feira pela manhã"
    part_first={"manhã": "MO", "tarde": "AF", "noite": "NI"},
    part_first_link="de|da",  # "na noite de segunda-feira"
    seasons={"primavera": "SP", "verão": "SU", "outono": "FA", "inverno": "WI"},
    season_context="em|no|na|do|da|desde|até|neste|nesta|este|esta",
    ordinals={"primeiro": 1, "primeira": 1, "segundo": 2, "segunda": 2, "terceiro": 3, "quarto": 4},
    quarter_words=("trimestre",),
    half_words=("semestre",),
    year_half_words=("metade",),
    span_words="próximos|próximas|proximos|proximas|últimos|últimas|ultimos|ultimas|passados|passadas|seguintes",
    plural_units=("dias", "semanas", "meses", "anos", "horas", "minutos", "décadas"),
    weekend="fim de semana",
    sets={"diariamente": "P1D", "todos os dias": "P1D", "cada dia": "P1D", "toda semana": "P1W", "todo ano": "P1Y"},
    copulas="é|era|foi|será|seria|sido|ser|seja",  # "a day" after "to be" names a day, measures none (times.durations)
    # "15h", "3h15"; after "às", "por volta das" the hour alone too ("às 22 horas", "às 3 da manhã"), never "às 3 empresas"
    # and "meia-noite", "meio-dia" after "ao", "do" ("meio dia de trabalho" is half a day)
    clock=(
        r"(?P<las>(?:às|pelas|por\svolta\sdas|cerca\sdas|até\sàs|desde\sas|a\spartir\sdas)\s)?(?P<h>\d{1,2})(?(las)|(?=h|:))"
        r"(?:(?:h|:)(?P<min>\d{2})?)?(?(las)(?:\s(?:horas|hs))?|)\b(?:\s(?:da|de)\s(?P<cpart2>manhã|tarde|noite|madrugada))?"
        r"(?(las)(?(min)|(?=\s?[,.;:)!?](?!\d)|\s?$|\s(?:de|do|da|e|em|no|na|quando|segundo|hora\slocal)\b))|)"
    )
    + midnight_noon(r"meia-noite|meia\snoite", "meio-dia", noon_after=("ao", "do", "o")),
    clock_parts={"manhã": "am", "madrugada": "am", "tarde": "pm", "noite": "night"},
    # a preterite or a past auxiliary and its participle ("registou", "foi registado", "tinha anunciado"), "já": the past
    # beyond doubt (see Lexicon.sure_past); "estou", "europeu", "museu" are no preterites
    sure_past=r"já|(?:foi|foram|tinha|tinham|havia|haviam)\s+(?:(?:já|sido)\s+)?\w+(?:ado|ada|ados|adas|ido|ida|idos|idas|to|ta|tos|tas)|"
    r"(?!estou\b|europeu\b|museu\b|judeu\b|apogeu\b|troféu\b)\w{3,}(?:ou|eu|iu|aram|eram|iram)",
    past_cues=r"foi|foram|era|eram|tinha|tinham|ontem|passado|passada|há",
    # an offer or a promise to act looks ahead: "ofereceu-se para se reunir com os sindicatos na quinta-feira" (see timelex.intents)
    future_cues=intent_ahead(_INTENT_VERBS, _INTENT_INFINITIVE, _WEEKDAYS) + "|"
    # a state said to last ("permanecem fechadas na sexta-feira") and a forecast before a subjunctive ("prevê-se que
    # chegue na sexta-feira", "espera-se que"): times.intents.state_ahead
    + state_ahead(r"permanecem?|continuam?|mant[êe]m-se", _WEEKDAYS) + "|"
    # a team's fixture told in the present is still to come ("O Flamengo volta a jogar na quarta-feira", "o Benfica recebe o Porto no sábado"), as English "host", "face", "play"
    + state_ahead(r"jogam?|enfrentam?|defrontam?|recebem?|disputam?|estreiam?|voltam?\s+a\s+jogar", _WEEKDAYS) + "|"
    + state_ahead(r"prevê(?:-se)?\s+que|esperam?(?:-se)?\s+que|est(?:á|ão)\s+previst[oa]s?\s+que", _WEEKDAYS, 12) + "|"
    # (and a rule's entry into force, set in the present: "as sanções entram em vigor no sábado")
    # (and what may, should or must happen: "a tempestade deve chegar na sexta-feira", "poderia chegar")
    r"poderiam?|deveriam?|devem?\s+\w+(?:ar|er|ir)(?:-se)?|"
    # (a possibility in the present, with its infinitive, lies ahead too: "a votação pode ser realizada na sexta-feira")
    r"pode(?:m)?\s+\w+(?:ar|er|ir)(?:-se)?|"
    r"entram?\s+em\s+vigor|\w+(?:ará|erá|irá|arão|erão|irão)|vai|vão|amanhã",  # "vai propor", "votará"
    holidays={
        "natal": "12-25",
        "véspera de natal": "12-24",
        "ano novo": "01-01",
        "páscoa": "easter+0",
        "sexta-feira santa": "easter-2",
        "carnaval": "easter-47",
    },
    # a weekday something is set for is the coming one, whatever the tense: "convocaram uma greve para sexta-feira",
    # "marcada para o sábado" ("para o sábado passado" stays the last one)
    ahead_before=r"para(?:[ \u00a0][oa])?",
)
