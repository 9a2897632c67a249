"""The Slavic perfective non-past as a cue of the future.

A perfective verb has no present in Polish, Russian, Ukrainian or Czech: its non-past form is the future ("burza
dotrze w piątek", "шторм обрушится в пятницу", "школы закроют в пятницу", "školy zavřou v pátek").  No lexicon lists a
verb's aspect, but its shape says much: a perfective is most often a prefixed verb, and the imperfectives made from
prefixed verbs carry a suffix ("-ывает", "-ają", "-ують", "-ávají") that the perfective lacks.  A prefixed word in a
third-person non-past ending, without such a suffix, is read as a perfective future only where it governs a weekday
right after it (a few words at most, then "в пятницу", "w piątek"): the lookahead keeps nouns and adjectives of the
same shape ("posiedzenie", "polski") from counting elsewhere, and the case where the cue matters is the bare weekday.

A few perfectives have no prefix: they are simple verbs that are perfective by their stem ("дать", "купить",
"решить", "dać", "kupić", "wrócić", "dát", "koupit", "vrátit"), a small closed class each language's grammar lists;
their non-past forms come from a lexicon (``simple``).  And the weekday may come first, as a sentence sets its time
before its subject ("в пятницу шторм обрушится", "w piątek strajk rozpocznie się"): then a simple perfective, or a
prefixed one that is reflexive (``reflexive``: "-ся", "się", "se", forms no noun takes), a few words after the weekday
is its cue, marked at the verb (group ``at``, :func:`parallax.analyze.times.cues._cue_span`).  Russian and Czech
take any prefixed verb of the shape there ("в пятницу приедет", "v pátek přijede"; written on a Wednesday, the coming
Friday): the nouns and adverbs of that shape are few and excluded ("визит", "odpoledne").
"""

from __future__ import annotations


def perfective_future(
    prefixes: str, endings: str, weekdays: str, at: str, exclude: str = "", simple: str = "", reflexive: str = "{verb}"
) -> str:
    """A future cue (a regular-expression alternative) for a perfective verb in a non-past ending by its weekday.

    ``prefixes`` are the verbal prefixes, ``endings`` the third-person non-past endings of perfectives (already
    without the imperfective suffixes), ``weekdays`` the weekday forms after ``at`` (the prepositions "в"/"w"/"v"),
    ``exclude`` the words of that shape that are no perfective ("находится", "zasedání", "ответ"), ``simple`` the
    non-past forms of the perfectives without a prefix ("даст", "kupi"), ``reflexive`` how a prefixed verb (``{verb}``)
    shows it is reflexive, which alone lets it stand after its weekday."""
    skip = rf"(?!(?:{exclude})(?!\w))" if exclude else ""
    verb = rf"{skip}(?:{prefixes})\w+?(?:{endings})(?!\w)"
    before = rf"(?=(?:\s+\w+){{0,3}}?\s+(?:{at})\s+(?:{weekdays})(?!\w))"
    cue = rf"{verb}{before}"
    if simple:
        cue += rf"|(?:{simple})(?!\w){before}"
    after = "|".join(x for x in (simple and rf"(?:{simple})(?!\w)", reflexive.replace("{verb}", verb)) if x)
    return cue + rf"|(?<!\w)(?:{at})\s+(?:{weekdays})(?:\s+\w+){{0,3}}?\s+(?P<at>{after})"


_RU_WEEKDAYS = "понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье"
# "закроют", "обрушится", "подпишет", "достигнет", "объявит" -- not the imperfective "-ает", "-ывают", "-ует", nor
# "-одит"/"-осит" ("проводит", "относится"), nor "зависит", "содержит", "стоит", "выглядит"
RU = perfective_future(
    r"пере|пред|при|про|под|подо|над|раз|рас|вос|вз|вс|вы|до|за|из|ис|на|об|обо|от|ото|по|со|с|у|о|в",
    r"(?<![аяуыи])(?:ет|ёт|ют|ут)(?:ся)?|(?<!од|ос)(?:ит|ят)(?:ся)?",
    _RU_WEEKDAYS,
    "в|во",
    r"зависит|зависят|содержит|содержат|принадлежит|выглядит|выглядят|стоит|стоят|находится|находятся|следует|"
    # nouns of that shape ("дал ответ в пятницу", "визит в понедельник")
    r"ответ|совет|запрет|предмет|привет|рассвет|портрет|завет|обет|отч[её]т|расч[её]т|подсч[её]т|зач[её]т|уч[её]т|"
    r"перел[её]т|пол[её]т|вылет|нал[её]т|визит",
    simple=r"даст|дадут|купит|купят|решит|решат|бросит|бросят|ляжет|лягут|сядет|сядут|станет|станут|пустит|пустят|"
    r"явится|явятся|верн[её]т|вернут|верн[её]тся|вернутся",
    # (any prefixed verb of the shape after its weekday: no Russian noun or adjective ends in a third person's "-ет",
    # "-ит", "-ут", "-ят" but those the exclusions list, "в пятницу приедет", "в четверг министр посетит шахту")
    reflexive=r"{verb}",
)
_UK_WEEKDAYS = "понеділок|вівторок|середу|четвер|п['’]ятницю|суботу|неділю"
# "закриють", "досягне", "підпише", "оголосить", "закриє" -- not the imperfective "-ає", "-ують", "-ходить"
UK = perfective_future(
    r"пере|перед|при|про|під|над|роз|ви|від|до|за|з|із|на|об|о|по|с|у|в",
    # ("-де" too: "прибуде", "приїде", "прийде", "знайде", the future of the verbs of going and finding)
    r"(?<![аяую])(?:ють|є)(?:ся)?|(?<!од|ос)(?:ить|ять)(?:ся)?|(?:уть|не|ше|же|че|де)(?:ся)?",
    _UK_WEEKDAYS,
    "в|у|во",
    r"залежить|залежать|містить|виглядає|стоїть|знаходиться|слідує",
    # (and the few prefixed perfectives in "-ає" news writes with a day, a shape the imperfectives share: "читає" is
    # present, "прочитає" future; "відвідає" is the future of "відвідати", whose present is "відвідує")
    simple=r"дасть|дадуть|купить|куплять|кине|кинуть|стане|стануть|сяде|сядуть|ляже|ляжуть|пустить|пустять"
    r"|відвідає|відвідають|прочитає|прочитають|дізнається|дізнаються",
    reflexive=r"(?=\w+ся(?!\w)){verb}",
)
_PL_WEEKDAYS = "poniedziałek|wtorek|środę|czwartek|piątek|sobotę|niedzielę"
# "dotrze", "zamkną", "zamknie", "ogłosi", "odwiedzi", "przyjdzie", "zakończy" -- not the imperfective "-a", "-ają",
# "-uje", nor a verbal noun "posiedzenie", "spotkanie", nor an adjective "polski", "największy", nor the past's plural
# "zatrzymali", "zrobili", "odnaleźli" (only "pozwoli", "przytuli", "podzieli" end so in the future), nor a plural noun in "-nci",
# "Policjanci", "prezydenci"
PL = perfective_future(
    r"prze|przy|przed|roz|wy|wz|ws|do|na|nad|ob|od|po|pod|za|ze|z|u|o",
    r"(?<=[^\Waeiouyąęó])nie|(?:j|ę|e)dzie|rze|że|sze|cze|(?:s|z|b|w|m|ń)i|(?<=[oue])li|(?<!n)ci|(?:cz|rz|ż)y"
    r"|(?<=[^\Waeiouyąęó])(?:ną|rą|dą|mą|szą|żą|czą|cą|dzą|ią)",
    _PL_WEEKDAYS,
    "w|we",
    r"naj\w*|polski|polscy",
    simple=r"da|dadzą|kupi|kupią|rzuci|rzucą|wróci|wrócą|skończy|skończą|padnie|padną|puści|puszczą|stanie(?=\s+się)|staną(?=\s+się)",
    reflexive=r"{verb}(?=\s+się(?!\w))",
)
_CS_WEEKDAYS = "pondělí|úterý|středu|čtvrtek|pátek|sobotu|neděli"
# "zavřou", "dorazí", "rozhodne", "přijde", "podepíše" -- not the imperfective "-á", "-ají", "-uje", "-ává", nor a
# verbal noun in "-ní"/"-tí" ("zasedání", "jednání")
CS = perfective_future(
    r"před|pře|při|pro|pod|nad|roz|vy|vz|do|na|ob|od|po|za|se|s|u|o|v|z",
    r"[^\Wáaeéěíiouůyýtn]í|řou|nou|dou|mou|šou|žou|jou|(?<![aá])(?:ne|ře|še|de|me|že)",
    _CS_WEEKDAYS,
    "v|ve",
    # (and the parts of the day that have the shape, "v pátek odpoledne", "dopoledne")
    r"pondělí|zasedání|jednání|odpoledne|dopoledne|podvečer|navečer|poté|potom|opět|znovu",
    simple=r"dá|dají|koupí|vrátí|řekne|řeknou|chytí|pustí|hodí|stane|stanou|padne|padnou|sedne|lehne",
    # (any prefixed verb of the shape after its weekday, reflexive or not: "v pátek přijede", "v pátek navštíví důl";
    # the parts of the day and adverbs of that shape are excluded above)
    reflexive=r"{verb}",
)
_SK_WEEKDAYS = "pondelok|utorok|stredu|štvrtok|piatok|sobotu|nedeľu"
# Slovak as Czech: "rozhodne", "začne", "príde", "zatvoria", "otvorí", "skončí" -- not the imperfective "-á", "-ajú",
# "-uje", "-áva", nor a verbal noun in "-nie"/"-tie"/"-nia"/"-tia" ("zasadnutie", "rokovania")
SK = perfective_future(
    r"pred|pre|pri|pro|pod|nad|roz|vy|vz|do|na|ob|od|po|za|zo|so|s|u|o|v|z",
    r"[^\Wáaäeéiíouúyýtn]í|[^\Wáaäeéiíouúyýtn]ia|nú|dú|(?<![aá])(?:ne|de|me|že|še)",
    _SK_WEEKDAYS,
    "v|vo",
    # (and the nouns and adverbs in "-ne": "povodne" (floods), "pravidelne", "oficiálne", "úradne")
    r"pondelok|zasadnutie|rokovanie|popoludní|dopoludnia|potom|opäť|znovu|\w+(?:nie|tie|nia|tia)|povod\w*"
    r"|\w+(?:elne|álne|ívne|ovne|ične|ačne|adne)",
    simple=r"dá|dajú|kúpi|kúpia|vráti|vrátia|povie|povedia|stane|stanú|padne|padnú|sadne|ľahne|príde|prídu|odíde|odídu",
    reflexive=r"{verb}",
)
