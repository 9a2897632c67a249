"""Indonesian dates, also for Malay (``MS``, the same but "semalam"): "kemarin", "Selasa (17/3)", "dua hari lalu"."""

from __future__ import annotations

from dataclasses import replace

from parallax.analyze.timelex.base import Lexicon, _alt, _units

_ID_NUMBERS = {"satu": 1, "se": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "lapan": 8,
               "sembilan": 9, "sepuluh": 10, "sebelas": 11, "dua belas": 12}

# Indonesian, with the Malay words that differ ("Isnin", "Mac", "Ogos"): "Minggu" is Sunday and "minggu" a week
ID = Lexicon(
    day_after="keesokan harinya|esok harinya|sehari kemudian|hari berikutnya",
    months={
        "Januari": 1, "Februari": 2, "Maret": 3, "April": 4, "Mei": 5, "Juni": 6, "Juli": 7, "Agustus": 8, "September": 9,
        "Oktober": 10, "November": 11, "Desember": 12, "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Agu": 8,
        "Agt": 8, "Ags": 8, "Sep": 9, "Sept": 9, "Okt": 10, "Nov": 11, "Des": 12,
        "Mac": 3, "Julai": 7, "Ogos": 8, "Disember": 12, "Dis": 12,  # Malay
    },
    weekdays={"Senin": 0, "Selasa": 1, "Rabu": 2, "Kamis": 3, "Jumat": 4, "Jum'at": 4, "Jum’at": 4, "Sabtu": 5, "Minggu": 6,
              "Ahad": 6, "Isnin": 0, "Khamis": 3, "Jumaat": 4,
              **{"hari " + d: i for d, i in (("Senin", 0), ("Selasa", 1), ("Rabu", 2), ("Kamis", 3), ("Jumat", 4), ("Sabtu", 5),
                                             ("Minggu", 6), ("Ahad", 6), ("Isnin", 0), ("Khamis", 3), ("Jumaat", 4))}},
    # "Minggu lalu", "minggu depan", "tiga minggu", Malay "Minggu lepas", "minggu hadapan": the week, unless "hari Minggu"
    weekday_traps=r"(?<!hari\s)\bminggu\s(?:lalu|lepas|kemarin|depan|hadapan|ini|ke|pertama|kedua|terakhir|yang|silam|mendatang|berikutnya|sebelumnya)\b"
    r"|\b(?:\d+|" + _alt(_ID_NUMBERS) + r"|beberapa|setiap|tiap|per|selama|dalam|sepanjang|akhir|awal)\sminggu\b",
    relative_days={"hari ini": 0, "kemarin": -1, "kemarin lusa": -2, "besok": 1, "esok": 1, "lusa": 2, "besok lusa": 2},
    day_with_part={"tadi pagi": (0, "MO"), "tadi siang": (0, "AF"), "tadi malam": (-1, "NI"), "nanti malam": (0, "NI"),
                   "malam ini": (0, "NI"), "pagi ini": (0, "MO"), "semalam": (-1, "NI")},
    units=_units(("hari",), ("pekan", "minggu"), ("bulan",), ("tahun",), ("jam",), ("menit", "minit"), ("dekade",)),
    last_words={"lalu", "yang lalu", "kemarin", "silam", "lepas"},  # Malay "bulan lepas"
    next_words={"depan", "mendatang", "yang akan datang", "hadapan"},
    this_words={"ini"},
    numbers=_ID_NUMBERS,
    ago_after="yang lalu|lalu|silam",
    unit_first=True,
    day_suffix="",
    case_sensitive=False,
    prepositions="pada|sejak|hingga|sampai|tahun|dari|akhir|awal|pertengahan|sebelum|setelah",
    refs={"sekarang": "PRESENT_REF", "saat ini": "PRESENT_REF", "kini": "PRESENT_REF", "baru-baru ini": "PAST_REF",
          "di masa depan": "FUTURE_REF"},
    # "Jumat pekan lalu" (Friday last week); "Minggu" alone is Sunday, "minggu lalu" last week
    week_mods_after={"pekan lalu": -1, "minggu lalu": -1, "minggu lepas": -1, "pekan ini": 0, "minggu ini": 0, "pekan depan": 1,
                     "minggu depan": 1, "minggu hadapan": 1},
    dayparts={"pagi": "MO", "siang": "AF", "sore": "EV", "petang": "EV", "malam": "NI", "dini hari": "NI"},
    ordinals={"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4},
    quarter_words=("kuartal", "triwulan", "suku"),
    half_words=("semester",),
    sets={"setiap hari": "P1D", "tiap hari": "P1D", "setiap pekan": "P1W", "setiap minggu": "P1W", "setiap tahun": "P1Y"},
    each_words="setiap|tiap",
    vague_numbers="beberapa",
    clock=r"(?:pukul|jam)\s(?P<h>\d{1,2})[.:](?P<min>\d{2})(?:\s(?:WIB|WITA|WIT))?\b",
    past_cues=r"telah|sudah|sempat|pernah|lalu|kemarin|silam|tadi|belum",  # ("belum": not yet, a state up to now)
    # "naik mulai Sabtu", "berlaku mulai Senin": a change that takes effect from a day is announced before it
    ahead_before=r"mulai|berlaku|efektif",
    future_cues=r"akan|bakal|besok|depan|mendatang|rencananya|dijadwalkan|hendak|diperkirakan|diprediksi|diprakirakan|berpotensi",
    not_after_year="orang|jiwa|warga|unit|rumah|ton|meter|kilometer|rupiah|dolar|kali",
    holidays={"Natal": "12-25", "Malam Natal": "12-24", "Tahun Baru": "01-01", "Hari Kemerdekaan": "08-17"},
)

# Malay "semalam" is yesterday, the whole day ("katanya dalam kenyataan semalam", he said in a statement yesterday);
# Indonesian "semalam" is last night
MS = replace(
    ID,
    relative_days={**ID.relative_days, "semalam": -1},
    day_with_part={k: v for k, v in ID.day_with_part.items() if k != "semalam"},
)
