"""Turkish dates: "dün", "salı günü", "14 Mart'ta", "iki gün önce"; case endings written onto words."""

from __future__ import annotations

from parallax.analyze.timelex.base import Lexicon, _units

_TR_WEEKDAYS = {"pazartesi": 0, "salı": 1, "çarşamba": 2, "perşembe": 3, "cuma": 4, "cumartesi": 5, "pazar": 6}

# Turkish writes case endings onto words ("dünkü", "salıdan", "Ekimde"; after a name with an apostrophe, "14 Mart'ta"),
# and "pazar" is Sunday and the market: lower case and without "günü" it is the market
TR = Lexicon(
    day_after="ertesi gün|ertesi günü",
    months={
        "ocak": 1,
        "şubat": 2,
        "mart": 3,
        "nisan": 4,
        "mayıs": 5,
        "haziran": 6,
        "temmuz": 7,
        "ağustos": 8,
        "eylül": 9,
        "ekim": 10,
        "kasım": 11,
        "aralık": 12,
    },
    weekdays={**_TR_WEEKDAYS, **{w + " günü": i for w, i in _TR_WEEKDAYS.items()}},
    weekday_traps=r"(?-i:\bpazar)(?!\s(?:günü|gecesi|sabahı|akşamı|öğleden))",
    particles="kü|ki|den|dan|ten|tan|de|da|te|ta|ne|na",
    relative_days={
        "bugün": 0,
        "dün": -1,
        "yarın": 1,
        "önceki gün": -2,
        "evvelki gün": -2,
        "dünden önceki gün": -2,
        "öbür gün": 2,
        "yarından sonraki gün": 2,
    },
    # and a year or month in the genitive before what it holds: "geçen yılın mart ayında" (in March of last year),
    # "bu ayın sonunda"
    units=_units(("gün",), ("hafta",), ("ay", "ayın"), ("yıl", "sene", "yılın", "senenin"), ("saat",), ("dakika",)),
    # and the adjective of a duration after its figure: "24 saatlik grev", "3 günlük ziyaret" (measures of the noun after it)
    duration_units=_units(("gün", "günlük"), ("hafta", "haftalık"), ("ay",), ("yıl", "sene"), ("saat", "saatlik"), ("dakika", "dakikalık")),
    # a weekday of a named week before it: "geçen hafta pazartesi" is Monday of last week, not the last Monday
    week_mods={"geçen hafta": -1, "bu hafta": 0, "gelecek hafta": 1, "önümüzdeki hafta": 1},
    last_words={"geçen", "geçtiğimiz"},
    next_words={"gelecek", "önümüzdeki"},
    this_words={"bu"},
    numbers={
        "bir": 1,
        "iki": 2,
        "üç": 3,
        "dört": 4,
        "beş": 5,
        "altı": 6,
        "yedi": 7,
        "sekiz": 8,
        "dokuz": 9,
        "on": 10,
        "on bir": 11,
        "on iki": 12,
    },
    ago_after="önce|evvel",
    day_suffix="",
    case_sensitive=False,
    ambiguous_months=("kasım",),  # also a given name
    month_preps="geçen|gelecek|bu|önümüzdeki|geçtiğimiz|her",
    # "mart ayında", "ocak ayının": "mart", "ocak", "ekim" alone need the noun after them ("ocak" is also a hearth)
    month_nouns="ayı|ayında|ayının|ayından|ayına|ayındaki|ayıyla|ayı içinde|ayı sonunda",
    # "şubatta" (in February), "nisandan beri" (since April), "Ekim'de", "mayısın sonunda" (at the end of May)
    month_cases="da|de|ta|te|dan|den|tan|ten|daki|deki|taki|teki|a|e|ın|in|un|ün",
    month_case_words=("şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim"),
    # "2025 yılının mart ayında", "2024 yılı ekim ayında": a year written first, its month after it
    year_first=True,
    since_after=r"beri|bu\s+yana",
    verb_final=True,
    year_word="yılının|yılı",
    prepositions="geçen|bu|gelecek",
    refs={
        "şimdi": "PRESENT_REF",
        "şu anda": "PRESENT_REF",
        "halen": "PRESENT_REF",
        "son zamanlarda": "PAST_REF",
        "geçenlerde": "PAST_REF",
        "gelecekte": "FUTURE_REF",
    },
    dayparts={"sabah": "MO", "sabahı": "MO", "öğleden sonra": "AF", "akşam": "EV", "akşamı": "EV", "gece": "NI", "gecesi": "NI"},
    seasons={"ilkbahar": "SP", "bahar": "SP", "yaz": "SU", "sonbahar": "FA", "güz": "FA", "kış": "WI"},
    ordinals={"birinci": 1, "ilk": 1, "ikinci": 2, "üçüncü": 3, "dördüncü": 4},
    quarter_words=("çeyrek", "çeyrekte"),
    half_words=("yarı", "yarıyıl"),
    weekend="hafta sonu",
    sets={"her gün": "P1D", "her hafta": "P1W", "her ay": "P1M", "her yıl": "P1Y"},
    each_words="her",
    vague_numbers="birkaç|birkac",
    clock=r"saat\s(?P<h>\d{1,2})[.:](?P<min>\d{2})\b",
    # the past in -di and -miş ("çöktü", "açıkladı", "olmuştu"), not "şimdi", "kendi"
    # a past form beyond doubt (see Lexicon.sure_past): a passive or -la- past ("kaydedildi", "açıklandı", "açıkladı"),
    # a past after a consonant ("gerçekleşti", "etti", "yaptı"), "zaten"; not an accusative "devleti", "saati"
    sure_past=r"zaten|(?!efendi)\w{2,}(?:ladı|ledi|ıldı|ildi|uldu|üldü|ndı|ndi|ndu|ndü|ttı|tti|ttu|ttü|ptı|pti|ptu|ptü"
    r"|ştı|şti|ştu|ştü|rdı|rdi|rdu|rdü)(?:lar|ler)?",
    past_cues=r"(?!şimdi\b|kendi\b)\w{2,}(?:dı|di|du|dü|tı|ti|tu|tü)(?:lar|ler)?|\w+(?:mış|miş|muş|müş)\w*|dün|geçen|geçtiğimiz|önce",
    future_cues=r"\w+(?:acak|ecek|acağı|eceği)\w*|yarın|önümüzdeki|planlanıyor|bekleniyor",
    not_after_year="kişi|kişinin|kişiye|ev|konut|ton|metre|kilometre|lira|dolar|euro|asker|polis|kez|adet",
    holidays={"yılbaşı": "01-01", "cumhuriyet bayramı": "10-29", "zafer bayramı": "08-30"},
)
