"""Finnish dates: "13. toukokuuta", "tiistaina", "maanantai-iltana", "eilen illalla", "viime viikolla",
"kolme päivää sitten", "kello 18.30".

Finnish writes case endings onto words: a month after its day is in the partitive ("13. toukokuuta"), alone in
the inessive ("toukokuussa"); a weekday takes the essive ("tiistaina", on Tuesday) and compounds with its part
of the day, with a hyphen where two like vowels meet ("maanantai-iltana", "keskiviikkoiltana",
"perjantaiaamuna").  Each form news uses is listed; a month is its whole word ("kesä", summer, is no
"kesäkuu", June).
"""

from __future__ import annotations

from parallax.analyze.timelex.base import Lexicon, _units

_MONTHS = ("tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu")
# "toukokuu", "13. toukokuuta", "toukokuussa", "toukokuun", "toukokuusta", "toukokuuhun"
_MONTH_FORMS = {stem + "kuu" + ending: i for i, stem in enumerate(_MONTHS, 1) for ending in ("", "ta", "ssa", "n", "sta", "hun")}
# the name, "on" ("tiistaina"), "of" ("tiistain"), "from" ("tiistaista"), "until" ("tiistaihin")
_WEEKDAYS = {
    **{name + ending: i for i, name in enumerate(("maanantai", "tiistai")) for ending in ("", "na", "n", "sta", "hin")},
    "keskiviikko": 2, "keskiviikkona": 2, "keskiviikon": 2, "keskiviikosta": 2, "keskiviikkoon": 2,
    **{name + ending: i for i, name in enumerate(("torstai", "perjantai", "lauantai", "sunnuntai"), 3)
       for ending in ("", "na", "n", "sta", "hin")},
}  # fmt: skip
# parts of the day after a day word ("eilen illalla", "tänä aamuna") and compounded with a weekday, with the
# hyphen where two like vowels meet ("tiistai-iltana"; "maanantaiaamuna", "keskiviikkoiltana")
_PARTS = {"aamulla": "MO", "aamupäivällä": "MO", "päivällä": "AF", "iltapäivällä": "AF", "illalla": "EV", "yöllä": "NI",
          "aamuna": "MO", "aamupäivänä": "MO", "iltapäivänä": "AF", "iltana": "EV", "yönä": "NI"}  # fmt: skip
_HYPHENED = {"-" + part: code for part, code in _PARTS.items() if part.startswith("i")}
_NUMBERS = {"yksi": 1, "kaksi": 2, "kolme": 3, "neljä": 4, "viisi": 5, "kuusi": 6, "seitsemän": 7, "kahdeksan": 8, "yhdeksän": 9,
            "kymmenen": 10, "kaksitoista": 12, "yhden": 1, "kahden": 2, "kolmen": 3, "neljän": 4, "viiden": 5, "kuuden": 6}  # fmt: skip

# past: "oli", the participles ("-nut", "-neet"), the passive ("pidettiin"), the third person of verbs whose
# past ends in a diphthong ("syttyi", "loukkaantui", "kertoi") or in "-tti" ("ilmoitti", "pidätti"), and the
# plural in "-ivat" ("kokoontuivat"); the past in "-i" after a consonant ("tapasi", "kuoli") is too often a noun
# ("poliisi", "ministeri"), so only the common verbs are listed
_PAST = (
    r"oli|olivat|eilen|viime|sitten|sanoi|kuoli|kuolivat|tapasi|teki|meni|tuli|sai|pääsi|päätti|totesi|vahvisti|"
    r"\w+(?:nut|nyt|neet)|\w+(?:ttiin|tiin)|(?-i:[a-zäö]\w*(?:ui|yi|oi|öi|tti|ivat|ivät))"
)
# present (future): the passive ("pidetään", "tehdään", "avataan", "käsitellään"; not "Vantaan", a place's
# genitive), the third person with its long vowel ("saapuu", "kokoontuu", "tekee"; in lower case: not
# "Espoo"), of "-ttaa" verbs ("tiedottaa", "päättää") and the common others in "-aa"/"-ää" (a partitive noun
# ends so too: "matkustajaa"), and the words that say so ("ensi", "tulee", "aikoo"); the third person plural
# ("neuvottelut jatkuvat", "äänestävät"; not the past "-ivat", nor "ovat" of a perfect: "ovat sanoneet"); and the
# participle of reported intent ("kertoi kutsuvansa puheenjohtajat koolle torstaina": said he would invite them)
_PRESENT = (
    r"huomenna|ylihuomenna|ensi|tulee|tulevat|aikoo|aikovat|aiotaan|odotetaan|suunnitel\w*|alkaa|jatkaa|tapaa|pitää|"
    r"järjestää|äänestää|avaa|\w+(?:daan|dään)|\w+[aeiouyä](?:taan|tään)|\w+e(?:llaan|llään)|tullaan|mennään|"
    r"(?-i:[a-zäö]\w*(?:ee|oo|uu|yy|öö|ttaa|ttää))|(?-i:[a-zäö]\w+(?<![io])(?:vat|vät))|(?-i:[a-zäö]\w+(?:vansa|vänsä))"
)

FI = Lexicon(
    months=_MONTH_FORMS,
    month_abbr_max=0,
    abbreviated_months=False,  # "maa" (land), "syy" (reason), "elo" (life) are no months
    day_dot=True,  # "13. toukokuuta 2026"
    weekdays=_WEEKDAYS,
    compound_parts=True,  # "maanantaiaamuna"
    relative_days={"tänään": 0, "eilen": -1, "eilinen": -1, "eilisen": -1, "toissapäivänä": -2, "toissa päivänä": -2, "huomenna": 1,
                   "ylihuomenna": 2},  # fmt: skip
    day_with_part={"eilisiltana": (-1, "EV"), "eilisaamuna": (-1, "MO"), "eilisyönä": (-1, "NI")},
    day_after="seuraavana päivänä|seuraavana aamuna|päivää myöhemmin",
    day_before="edellisenä päivänä|edellispäivänä|päivää aiemmin|päivää aikaisemmin",
    day_before_parts={"edellisenä iltana": "EV", "edellisiltana": "EV", "edellisenä yönä": "NI", "edellisenä aamuna": "MO"},
    same_day="samana päivänä",
    units=_units(
        ("päivä", "päivää", "päivän", "päivänä", "päiviä", "päivinä", "päivien"),
        ("viikko", "viikkoa", "viikon", "viikolla", "viikossa", "viikkoja", "viikkoina", "viikkojen"),
        ("kuukausi", "kuukautta", "kuukauden", "kuussa", "kuukaudessa", "kuukausina"),
        ("vuosi", "vuotta", "vuoden", "vuonna", "vuodessa", "vuosina", "vuosien"), ("tunti", "tuntia", "tunnin", "tunteina"), ("minuutti", "minuuttia", "minuutin"), ("vuosikymmen", "vuosikymmentä"),
    ),
    # "viikko sitten", "vuoden päästä": one of a unit without a number; the partitive too before "earlier" and
    # "later" ("vuotta aiemmin", a year earlier; "kuukautta myöhemmin")
    counted_units={"päivä": (1, "day"), "päivän": (1, "day"), "viikko": (1, "week"), "viikon": (1, "week"), "kuukausi": (1, "month"),
                   "kuukauden": (1, "month"), "vuosi": (1, "year"), "vuoden": (1, "year"), "viikkoa": (1, "week"),
                   "kuukautta": (1, "month"), "vuotta": (1, "year")},  # fmt: skip
    last_words={"viime", "viimeksi"},
    next_words={"ensi", "tulevana", "tulevalla", "seuraavana", "seuraavalla"},
    this_words={"tänä", "tällä", "tässä", "tämän"},
    numbers=_NUMBERS,
    ago_after="sitten|aiemmin|aikaisemmin",  # "kolme päivää sitten"; "vuotta aiemmin" (a year earlier), as English "earlier"
    later_after="päästä|kuluttua|myöhemmin",  # "kolmen päivän päästä"
    day_suffix="",
    # "puolitoista vuotta" (a year and a half), "puolentoista tunnin"; "kaksi ja puoli vuotta"
    one_and_a_half=("puolitoista", "puolentoista"),
    and_a_half=r"ja\spuoli",
    counted_not_after=("puoli",),
    case_sensitive=False,
    prepositions="vuonna|vuodesta|vuoteen|vuodelta",  # "vuonna 1999"
    refs={"nyt": "PRESENT_REF", "nykyään": "PRESENT_REF", "tällä hetkellä": "PRESENT_REF", "hiljattain": "PAST_REF",
          "äskettäin": "PAST_REF", "tulevaisuudessa": "FUTURE_REF"},  # fmt: skip
    dayparts={**_PARTS, **_HYPHENED},
    night_before_after=r"(?:vastaisena|välisenä)\syönä",  # "sunnuntain vastaisena yönä": Saturday night
    seasons={"kesänä": "SU", "kesällä": "SU", "talvena": "WI", "talvella": "WI", "keväänä": "SP", "keväällä": "SP",
             "syksynä": "FA", "syksyllä": "FA"},  # fmt: skip  (only with a modifier or a year: "viime kesänä")
    span_words="viime|tulevina|seuraavina|kuluneina|kuluneiden",
    plural_units=("päivinä", "päivien", "viikkoina", "viikkojen", "kuukausina", "vuosina", "vuosien", "tunteina"),
    weekend="viikonloppuna|viikonlopun|viikonloppu",
    sets={"päivittäin": "P1D", "joka päivä": "P1D", "viikoittain": "P1W", "kuukausittain": "P1M", "vuosittain": "P1Y"},
    each_words="joka",
    vague_numbers="muutama|muutaman|useita|useamman",
    # "kello 18.30", "klo 9", "kello 21:tä" (a case ending after a colon)
    clock=r"(?:kello|klo)\.?\s(?P<h>[01]?\d|2[0-3])(?:[.:](?P<min>[0-5]\d))?(?!\d)(?::[a-zäö]{1,4}\b)?",
    # Finnish says the future in the present tense ("Kokous pidetään torstaina", the meeting is held on
    # Thursday): the present is a future cue, the past a past one, and the nearer of them decides
    past_cues=_PAST,
    future_cues=_PRESENT,
    not_after_year="ihmistä|henkeä|asukasta|matkustajaa|metriä|kilometriä|tonnia|euroa|dollaria|kertaa|autoa|taloa",
    holidays={"joulu": "12-25", "jouluaatto": "12-24", "jouluaattona": "12-24", "uudenvuodenaatto": "12-31", "uusivuosi": "01-01",
              "pääsiäinen": "easter+0", "pitkäperjantai": "easter-2"},  # fmt: skip
)
