"""Hungarian dates: "április 9-én", "2026. április 9.", "kedden", "szombaton este", "tegnap este", "múlt héten",
"három nappal ezelőtt", "19 óra 40 perckor", "19.40-kor".

Hungarian writes case endings onto words: a weekday takes "-n" ("kedden", on Tuesday; "szombaton"), a month
"-ban"/"-ben" ("áprilisban"), a day of the month its ending after a hyphen ("április 9-én"); each form news
uses is listed (a whole word: "kedv", mood, and "kedvez", favours, hold no "kedd").  The year comes first
("2026. április 9."), the month before its day.  "Hét" is "week" and "seven".
"""

from __future__ import annotations

from parallax.analyze.timelex.base import Lexicon, _alt, _units
from parallax.analyze.timelex.spelled import spelled_numbers

_MONTHS = ("január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október",
           "november", "december")  # fmt: skip
# the endings harmonise with the name's last vowel: "szeptemberben", "októberben" (its last vowel is front), the
# others "áprilisban"
_FRONT = ("szeptember", "október", "november", "december")
# the name, "in" ("áprilisban"), "until" ("áprilisig"), "from" ("áprilistól"), "by" ("áprilisra"), the adjective
# ("áprilisi"), and "in its April" ("2026 áprilisában")
_MONTH_FORMS = {
    name + ending: i
    for i, name in enumerate(_MONTHS, 1)
    for ending in (("", "ben", "ig", "től", "re", "i", "ében") if name in _FRONT else ("", "ban", "ig", "tól", "ra", "i", "ában"))
}
_ABBREVIATIONS = {"jan": 1, "febr": 2, "márc": 3, "ápr": 4, "máj": 5, "jún": 6, "júl": 7, "aug": 8, "szept": 9, "okt": 10,
                  "nov": 11, "dec": 12}  # fmt: skip
# the name, "on" ("kedden"), the adjective ("keddi"), "from" and "until" ("keddtől", "keddig")
_WEEKDAYS = {
    form: i
    for i, forms in enumerate((
        ("hétfő", "hétfőn", "hétfői", "hétfőtől", "hétfőig"), ("kedd", "kedden", "keddi", "keddtől", "keddig"),
        ("szerda", "szerdán", "szerdai", "szerdától", "szerdáig"), ("csütörtök", "csütörtökön", "csütörtöki", "csütörtöktől", "csütörtökig"),
        ("péntek", "pénteken", "pénteki", "péntektől", "péntekig"), ("szombat", "szombaton", "szombati", "szombattól", "szombatig"),
        ("vasárnap", "vasárnapi", "vasárnaptól", "vasárnapig"),
    ))
    for form in forms
}  # fmt: skip
# "for" a weekday, the day appointed ("szombatra tüntetést hirdettek": a protest called for Saturday), always ahead
_FOR_WEEKDAY = {"hétfőre": 0, "keddre": 1, "szerdára": 2, "csütörtökre": 3, "péntekre": 4, "szombatra": 5, "vasárnapra": 6}
# a part of the day before a clock hour, and how it places the hour (the adjectives too: "hajnali 3 órakor")
_CLOCK_PARTS = {"reggel": "am", "reggeli": "am", "délelőtt": "am", "délelőtti": "am", "hajnalban": "am", "hajnali": "am",
                "délben": "pm", "délután": "pm", "délutáni": "pm", "este": "pm", "esti": "pm", "éjjel": "night", "éjjeli": "night",
                "éjszaka": "night", "éjszakai": "night"}  # fmt: skip
_NUMBERS = {"egy": 1, "két": 2, "kettő": 2, "három": 3, "négy": 4, "öt": 5, "hat": 6, "hét": 7, "nyolc": 8, "kilenc": 9, "tíz": 10,
            "tizenkét": 12, "tizenkettő": 12}  # fmt: skip

HU = Lexicon(
    months={**_MONTH_FORMS, **_ABBREVIATIONS},
    year_first=True,
    abbreviated_months=False,  # its own abbreviations are listed ("márc", "ápr"): "már" (already) is no month
    # the ending of a day of the month: "9-én", "9-án", "9-ig", "9-től", "9-i", "9-e"
    day_suffix=r"(?:-(?:j?[éá]n|j?[éá]?ig|j?[éá]?t[őó]l|j?[éá]?r[ae]|j?[ea]?i|j?[ea]))?",
    weekdays={**_WEEKDAYS, **_FOR_WEEKDAY},
    ahead_forms=frozenset(_FOR_WEEKDAY),
    relative_days={"ma": 0, "tegnap": -1, "tegnapi": -1, "tegnapelőtt": -2, "holnap": 1, "holnapi": 1, "holnapután": 2},
    day_after="másnap|a következő napon|egy nappal később|egy nappal rá",
    day_before="előző nap|az előző napon|előtte való nap|egy nappal korábban|egy nappal előtte",
    day_before_parts={"előző este": "EV", "előző estén": "EV", "előző éjjel": "NI", "előző éjszaka": "NI", "előtte este": "EV",
                      "előző reggel": "MO"},  # fmt: skip
    same_day="aznap|ugyanaznap|ugyanazon a napon|ugyanazon napon",
    # the terminative "-ig" says how long ("három évig tartott", it lasted three years); not "óráig", which is
    # also "until the hour" ("10 óráig")
    units=_units(
        ("nap", "napja", "napig", "napon", "napot", "nappal", "napra", "napok", "napokban"),
        ("hét", "héten", "hete", "hetet", "héttel", "hétre", "hétig", "hetes", "hetek", "hetekben"),
        # the sublative "-ra/-re" says for how long too ("két hétre leállították", "egy hónapra bezárták")
        ("hónap", "hónapban", "hónapja", "hónappal", "hónapot", "hónapig", "hónapra", "hónapok", "hónapokban"),
        ("év", "évben", "éve", "évvel", "évet", "évig", "évre", "évek", "években"),
        ("óra", "órája", "órával", "órát", "órák", "órákban"), ("perc", "perce", "perccel", "percet", "percig"), ("évtized", "évtizede", "évtizeddel", "évtizedig", "évtizedre"),
    ),
    rel_periods={"tavaly": ("year", -1), "tavalyi": ("year", -1), "idén": ("year", 0), "jövőre": ("year", 1),
                 "tavalyelőtt": ("year", -2)},  # fmt: skip
    last_words={"múlt", "elmúlt", "előző"},
    next_words={"jövő", "következő", "jövőheti"},
    this_words={"e", "ezen"},
    numbers={**spelled_numbers("hu"), **_NUMBERS},  # "húsz percig", "negyven napra"
    ago_after="ezelőtt",  # "három nappal ezelőtt"
    later_after="múlva|később",  # "két nap múlva", "két nappal később"
    case_sensitive=False,
    refs={"most": "PRESENT_REF", "jelenleg": "PRESENT_REF", "jelenleg is": "PRESENT_REF", "nemrég": "PAST_REF",
          "nemrégiben": "PAST_REF", "a jövőben": "FUTURE_REF"},  # fmt: skip
    dayparts={"reggel": "MO", "délelőtt": "MO", "hajnalban": "MO", "délben": "AF", "délután": "AF", "este": "EV", "éjjel": "NI",
              "éjszaka": "NI"},  # fmt: skip
    daypart_link="késő|kora",  # "tegnap késő este", "ma kora reggel"
    span_words="elmúlt|következő|utóbbi|múlt|jövő",
    plural_units=("napokban", "napok", "hetekben", "hetek", "hónapokban", "hónapok", "években", "évek", "órákban", "órák"),
    weekend="hétvégén|hétvége|hétvégi|hét végén",  # (two words too: "jövő hét végén", at the end of next week)
    sets={"naponta": "P1D", "minden nap": "P1D", "hetente": "P1W", "havonta": "P1M", "évente": "P1Y"},
    each_words="minden",
    vague_numbers="néhány|pár|több",
    # "19 óra 40 perckor", "19.40-kor", "8 órakor", "8-kor"; "19 óra" alone is also nineteen hours.  A part of the
    # day before the hour places it: "délután 3 órakor" is 15:00, "este 8-kor" 20:00, "reggel 7 órakor" 07:00
    clock_parts=_CLOCK_PARTS,
    clock=rf"(?:(?P<cpart>{_alt(_CLOCK_PARTS)})\s)?"
    r"(?P<h>[01]?\d|2[0-3])(?:[.:](?=[0-5]\d-)|\s?óra(?:kor|tól|ig)?\s(?=[0-5]?\d\s?perc)|\s?órakor(?!\w)|-kor(?!\w)"
    # "3 óra körül", "14 óra tájban" (about three o'clock): a time of day, as no length is said "about" after its hours
    r"|\s?óra(?=\s(?:körül|tájban|tájt)(?!\w)))"
    r"(?:(?P<min>[0-5]?\d)(?:-(?:kor|tól|től|ig|ra|re)|\s?perc(?:kor|től|tól|ig|cel)?)(?!\w))?",
    # (the definite past after a consonant too, "megszavazta", "elfogadta", "közölte", "bejelentette": "Kedden
    # megszavazta a parlament ...: január 1-jétől ... lesz" had taken the later "lesz" and gone to next Tuesday; three
    # letters before it at least, so "este", "lista", "posta" are no verbs, and "országszerte" is none either)
    past_cues=r"volt|voltak|tegnap|tegnapelőtt|múlt|tavaly|ezelőtt|\w{2,}(?:ott|ett|ött|tták|tték|ták|ték|tak|tek)"
    r"|\w{3,}(?:tt[ae]|[bcdfghjklmnprsvyz](?<!szer)t[ae])"
    # (and the short and "-ult" pasts a weekday is read ahead without: "lett", "meghalt", "történt", "megsérült")
    r"|lett|lettek|tett|tettek|jött|jöttek|vitt|\w*halt|\w*haltak|történt|\w{2,}(?:ult|ült|ultak|ültek)",
    present_ahead=True,
    # ("a tetőzés szombaton várható": the crest is expected on Saturday)
    future_cues=r"fog|fognak|fogja|fogják|holnap|holnapután|jövő|jövőre|majd|lesz|lesznek|várhatóan|várható|várhatók|tervez\w*",
    # ... and any noun in the accusative: a year takes a suffix or a month ("2000-ben", "2000 óta"), never an object
    # ("2000 homokzsákot töltöttek meg" are sandbags); a month in the accusative ("1956 októberét") stays a date
    not_after_year="ember|embert|fő|lakos|lakost|ház|lakás|méter|kilométer|tonna|forint|euró|dollár|autó|alkalommal|"
    r"(?!(?:január|február|március|április|május|június|július|augusztus|szeptember|október|november|december)\w*\b)"
    r"[^\W\d_]{2,}(?:ot|et|öt|at)",
    holidays={"karácsony": "12-25", "szenteste": "12-24", "szilveszter": "12-31", "újév": "01-01", "húsvét": "easter+0",
              "húsvéthétfő": "easter+1", "nagypéntek": "easter-2", "pünkösd": "easter+49"},  # fmt: skip
)
