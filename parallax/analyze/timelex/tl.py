"""Tagalog (Filipino) dates: "kahapon ng madaling-araw", "noong Lunes", "sa Biyernes", "noong isang linggo".

"Linggo" is both Sunday and the week: the week after a modifier or a number ("nakaraang linggo", "susunod na
linggo", "noong isang linggo", "dalawang linggo"), Sunday elsewhere.  A modifier stands before its noun and is
joined by a linker, "-ng" after a vowel, "na" after a consonant ("nakaraang buwan", last month; "susunod na
taon", next year).  "noong" names a past time ("noong Lunes", last Monday), "sa" and "ngayong" a coming one
("sa Lunes", "ngayong Biyernes").  The months are Spanish and written also in English.
"""

from __future__ import annotations

from parallax.analyze.timelex.base import Lexicon, _alt, _units

_NUMBERS = {"isang": 1, "dalawang": 2, "tatlong": 3, "apat na": 4, "limang": 5, "anim na": 6, "pitong": 7, "walong": 8,
            "siyam na": 9, "sampung": 10, "dalawa": 2, "tatlo": 3, "apat": 4, "lima": 5, "anim": 6, "pito": 7, "walo": 8,
            "siyam": 9, "sampu": 10}  # fmt: skip
_LAST = {"nakaraang", "noong nakaraang", "noong isang", "huling"}
_NEXT = {"susunod na", "sa susunod na", "darating na", "sa darating na", "paparating na"}

TL = Lexicon(
    months={"Enero": 1, "Pebrero": 2, "Marso": 3, "Abril": 4, "Mayo": 5, "Hunyo": 6, "Hulyo": 7, "Agosto": 8, "Setyembre": 9,
            "Oktubre": 10, "Nobyembre": 11, "Disyembre": 12, "Febrero": 2, "Junio": 6, "Julio": 7, "Septiyembre": 9,
            "Septiembre": 9, "Octubre": 10, "Noviembre": 11, "Diciembre": 12},  # fmt: skip
    abbreviated_months=False,
    month_abbr_max=0,
    weekdays={"Lunes": 0, "Martes": 1, "Miyerkules": 2, "Miyerkoles": 2, "Huwebes": 3, "Biyernes": 4, "Sabado": 5, "Linggo": 6},
    # "linggo" is the week after a modifier or a count ("nakaraang linggo", "isang linggo", "dalawang linggo")
    weekday_traps=rf"(?:{_alt(_LAST | _NEXT | set(_NUMBERS))}|ngayong|kada|bawat|loob ng|mga)\s+linggo\b|\blinggo\s+(?:na|ang)\b",
    relative_days={"ngayong araw": 0, "kahapon": -1, "kamakalawa": -2, "bukas": 1, "sa makalawa": 2},
    # "bukas" is also "open": "bukas ang tindahan", "nananatiling bukas", "bukas sa publiko"
    relative_day_traps=r"(?<!\w)bukas\s+(?:na|ang|pa|para|ito|din|rin|sa|lamang|lang)(?!\w)"
    r"|(?<!\w)(?:ay|nang|na|ang|nananatiling|manatiling|maging|hindi|muling)\s+bukas(?!\w)",
    day_with_part={"kagabi": (-1, "NI"), "kaninang umaga": (0, "MO"), "mamayang gabi": (0, "NI"), "kanina": (0, "AF")},
    dayparts={"umaga": "MO", "madaling-araw": "NI", "madaling araw": "NI", "tanghali": "AF", "hapon": "AF", "gabi": "NI"},
    daypart_link="ng|nang",
    # (with the linker "-ng" before the noun the span qualifies: "5 taong pagkakakulong", a 5-year prison term; "anim na
    # buwang pagkakakulong"; a count of people is "katao", so "taong" after a count is years)
    units=_units(("araw",), ("linggo",), ("buwan", "buwang"), ("taon", "taong"), ("oras",), ("minuto",), ("dekada",)),
    last_words=_LAST,
    next_words=_NEXT,
    this_words={"ngayong"},
    numbers=_NUMBERS,
    ago_after="na ang nakararaan|ang nakalipas|na ang nakalipas|ang nakaraan",
    day_suffix="",
    case_sensitive=False,
    prepositions="noong|sa|mula|hanggang|simula|bago|pagkatapos ng",
    ahead_before="sa|ngayong|sa darating na",
    refs={"ngayon": "PRESENT_REF", "sa kasalukuyan": "PRESENT_REF", "kamakailan": "PAST_REF"},
    sets={"araw-araw": "P1D", "kada linggo": "P1W", "linggo-linggo": "P1W", "taon-taon": "P1Y"},
    each_words="kada|bawat|tuwing",
    vague_numbers="ilang",
    weekend="katapusan ng linggo|weekend",
    # the completed aspect of "mag-" verbs is "nag-" ("nagbitiw", resigned); the contemplated one doubles the
    # root's first syllable ("magpapadala", will send; "ipapatupad", will be enforced)
    past_cues=r"noong|kahapon|kagabi|nakaraang|nakalipas|kamakailan|sinabi|inihayag|nag\w\w\w+|nasawi|namatay|nasugatan",
    # ("hanggang", until: "sarado ang mga paaralan hanggang Biyernes", closed until Friday, after "sinabi", said)
    future_cues=r"bukas|susunod|darating|hanggang|(?:ma(?:g|ka|pa)?|i)(?P<syllable>[bdghklmnprstwy][aeiou])(?P=syllable)\w\w+",
    not_after_year="katao|tao|pamilya|bahay|piso|pasahero|residente",
)
