"""The Slavic perfective non-past as a cue of the future.

A perfective verb has no present in Polish, Russian, Ukrainian or Czech: its non-past form is the future ("burza
dotrze w piątek", "шторм обрушится в пятницу", "школы закроют в пятницу", "školy zavřou v pátek").  No lexicon lists a
verb's aspect, but its shape says much: a perfective is most often a prefixed verb, and the imperfectives made from
prefixed verbs carry a suffix ("-ывает", "-ają", "-ують", "-ávají") that the perfective lacks.  A prefixed word in a
third-person non-past ending, without such a suffix, is read as a perfective future only where it governs a weekday
right after it (a few words at most, then "в пятницу", "w piątek"): the lookahead keeps nouns and adjectives of the
same shape ("posiedzenie", "polski") from counting elsewhere, and the case where the cue matters is the bare weekday.
"""

from __future__ import annotations


def perfective_future(prefixes: str, endings: str, weekdays: str, at: str, exclude: str = "") -> str:
    """A future cue (a regular-expression alternative) for a prefixed verb in a non-past ending before its weekday.

    ``prefixes`` are the verbal prefixes, ``endings`` the third-person non-past endings of perfectives (already
    without the imperfective suffixes), ``weekdays`` the weekday forms after ``at`` (the prepositions "в"/"w"/"v"),
    ``exclude`` the words of that shape that are no perfective ("находится", "zasedání")."""
    skip = rf"(?!(?:{exclude})(?!\w))" if exclude else ""
    return (
        rf"{skip}(?:{prefixes})\w+?(?:{endings})(?!\w)"
        rf"(?=(?:\s+\w+){{0,3}}?\s+(?:{at})\s+(?:{weekdays})(?!\w))"
    )


_RU_WEEKDAYS = "понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье"
# "закроют", "обрушится", "подпишет", "достигнет", "объявит" -- not the imperfective "-ает", "-ывают", "-ует", nor
# "-одит"/"-осит" ("проводит", "относится"), nor "зависит", "содержит", "стоит", "выглядит"
RU = perfective_future(
    r"пере|пред|при|про|под|подо|над|раз|рас|вос|вз|вс|вы|до|за|из|ис|на|об|обо|от|ото|по|со|с|у|о|в",
    r"(?<![аяуыи])(?:ет|ёт|ют|ут)(?:ся)?|(?<!од|ос)(?:ит|ят)(?:ся)?",
    _RU_WEEKDAYS,
    "в|во",
    r"зависит|зависят|содержит|содержат|принадлежит|выглядит|выглядят|стоит|стоят|находится|находятся|следует",
)
_UK_WEEKDAYS = "понеділок|вівторок|середу|четвер|п['’]ятницю|суботу|неділю"
# "закриють", "досягне", "підпише", "оголосить", "закриє" -- not the imperfective "-ає", "-ують", "-ходить"
UK = perfective_future(
    r"пере|перед|при|про|під|над|роз|ви|від|до|за|з|із|на|об|о|по|с|у|в",
    r"(?<![аяую])(?:ють|є)(?:ся)?|(?<!од|ос)(?:ить|ять)(?:ся)?|(?:уть|не|ше|же|че)(?:ся)?",
    _UK_WEEKDAYS,
    "в|у|во",
    r"залежить|залежать|містить|виглядає|стоїть|знаходиться|слідує",
)
_PL_WEEKDAYS = "poniedziałek|wtorek|środę|czwartek|piątek|sobotę|niedzielę"
# "dotrze", "zamkną", "zamknie", "ogłosi", "odwiedzi", "przyjdzie", "zakończy" -- not the imperfective "-a", "-ają",
# "-uje", nor a verbal noun "posiedzenie", "spotkanie", nor an adjective "polski", "największy"
PL = perfective_future(
    r"prze|przy|przed|roz|wy|wz|ws|do|na|nad|ob|od|po|pod|za|ze|z|u|o",
    r"(?<=[^\Waeiouyąęó])nie|(?:j|ę|e)dzie|rze|że|sze|cze|(?:s|z|b|w|m|c|l|ń)i|(?:cz|rz|ż)y"
    r"|(?<=[^\Waeiouyąęó])(?:ną|rą|dą|mą|szą|żą|czą|cą|dzą|ią)",
    _PL_WEEKDAYS,
    "w|we",
    r"naj\w*|polski|polscy",
)
_CS_WEEKDAYS = "pondělí|úterý|středu|čtvrtek|pátek|sobotu|neděli"
# "zavřou", "dorazí", "rozhodne", "přijde", "podepíše" -- not the imperfective "-á", "-ají", "-uje", "-ává", nor a
# verbal noun in "-ní"/"-tí" ("zasedání", "jednání")
CS = perfective_future(
    r"před|pře|při|pro|pod|nad|roz|vy|vz|do|na|ob|od|po|za|se|s|u|o|v|z",
    r"[^\Wáaeéěíiouůyýtn]í|řou|nou|dou|mou|šou|žou|jou|(?<![aá])(?:ne|ře|še|de|me|že)",
    _CS_WEEKDAYS,
    "v|ve",
    r"pondělí|zasedání|jednání",
)
