"""Amharic dates: "ሰኞ" (Monday), "ትናንት" (yesterday), "ባለፈው ሳምንት" (last week), "ከሦስት ቀናት በፊት" (three days ago).

The weekdays are single words ("ማክሰኞ", Tuesday, ends in "ሰኞ", Monday: a word is matched whole).  The months listed are
the Gregorian ones as the press spells them for a date abroad ("ማርች 3", March 3); the Ethiopian calendar's own
("መጋቢት" runs from 10 March) the Gregorian arithmetic here cannot place, so they are left out.  A modifier stands before its noun ("ባለፈው ሳምንት", the past week; "በሚቀጥለው ዓመት", next year) and the
prepositions are written onto the front of the word they govern ("ከሦስት ቀናት በፊት", from three days before).  The
perfect ends in "-ዋል" or "-ል" after the subject's vowel ("ብለዋል", "ሞቷል"); the imperfect, also the future, opens on
"ይ-" ("ይጀምራል", will begin).
"""

from __future__ import annotations

from parallax.analyze.timelex.base import Lexicon, _units

_NUMBERS = {"አንድ": 1, "ሁለት": 2, "ሦስት": 3, "ሶስት": 3, "አራት": 4, "አምስት": 5, "ስድስት": 6, "ሰባት": 7, "ስምንት": 8, "ዘጠኝ": 9,
            "አስር": 10, "አሥር": 10}  # fmt: skip

AM = Lexicon(
    months={
        "ጃንዋሪ": 1,
        "ፌብሩዋሪ": 2,
        "ማርች": 3,
        "ኤፕሪል": 4,
        "ሜይ": 5,
        "ጁን": 6,
        "ጁላይ": 7,
        "ኦገስት": 8,
        "ሴፕቴምበር": 9,
        "ኦክቶበር": 10,
        "ኖቬምበር": 11,
        "ዲሴምበር": 12,
    },  # fmt: skip
    abbreviated_months=False,
    month_abbr_max=0,
    weekdays={"ሰኞ": 0, "ማክሰኞ": 1, "ረቡዕ": 2, "ሐሙስ": 3, "ሓሙስ": 3, "ዓርብ": 4, "አርብ": 4, "ቅዳሜ": 5, "እሑድ": 6, "እሁድ": 6},
    relative_days={"ዛሬ": 0, "ትናንት": -1, "ትላንት": -1, "ትናንትና": -1, "ትላንትና": -1, "ከትናንት በስቲያ": -2, "ነገ": 1, "ከነገ ወዲያ": 2},
    dayparts={"ጠዋት": "MO", "ጧት": "MO", "ከሰዓት": "AF", "ከሰዓት በኋላ": "AF", "ምሽት": "EV", "ማታ": "NI", "ሌሊት": "NI"},
    units=_units(
        ("ቀን", "ቀናት"), ("ሳምንት", "ሳምንታት"), ("ወር", "ወራት"), ("ዓመት", "ዓመታት", "አመት", "አመታት"), ("ሰዓት", "ሰዓታት"), ("ደቂቃ", "ደቂቃዎች")
    ),  # fmt: skip
    last_words={"ባለፈው", "ያለፈው", "ባለፉት", "ያለፉት"},
    next_words={"በሚቀጥለው", "የሚቀጥለው", "በመጪው", "የመጪው", "በሚመጣው"},
    this_words={"በዚህ", "የዚህ", "በዚሁ"},
    numbers=_NUMBERS,
    ago_after="በፊት",
    day_suffix="",
    case_sensitive=False,
    # the prepositions written onto a word: "ከ" (from), "በ" (in, on), "የ" (of), "ለ" (for), "እስከ" (until)
    proclitics=("ከ", "በ", "የ", "ለ", "እስከ"),
    refs={"አሁን": "PRESENT_REF", "በአሁኑ ጊዜ": "PRESENT_REF", "በቅርቡ": "PAST_REF"},
    sets={"በየቀኑ": "P1D", "በየሳምንቱ": "P1W", "በየወሩ": "P1M", "በየዓመቱ": "P1Y"},
    past_cues=r"\w+(?:ዋል|ሏል|ቷል|ሟል|ቋል|ሯል|ጧል|ዷል|ኗል|ሷል|ጓል|ፏል|ዟል|ሿል)|ባለፈው|ትናንት|ትላንት|ብለዋል|ተናግረዋል",
    future_cues=r"ይ\w+ል|ወደፊት|በሚቀጥለው|በመጪው|ነገ",
)
