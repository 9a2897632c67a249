"""Hebrew dates: "17 במאי", "ב-17 במאי", "ביום שלישי", "אתמול בערב", "בשבוע שעבר", "לפני שלושה ימים",
"אמש", "הבוקר".

Hebrew writes its prepositions, article and conjunction onto the next word ("ב" in, "ל" to, "מ" from, "ה"
the, "ו" and, "ש" that, "כ" as): a word may start after them ("ביום שלישי", "ואתמול", "מהיום"), and a month
after its day takes its "ב" ("17 במאי", in May).  A weekday is "יום" and an ordinal ("יום שלישי", the third
day, is Tuesday; "שלישי" alone is "third"), Saturday "שבת".  Several words are also months: "במאי" is "in
May" and "a director", "במרץ" "in March" and "energetically", "יוני" and "יולי" are also names; alone they
are months only after a word that governs one ("בחודש מאי", "עד יוני").
"""

from __future__ import annotations

from parallax.analyze.timelex.act_perfects import HE_PAST_ACTS, HE_SURE_PAST
from parallax.analyze.timelex.base import Lexicon, _units

_MONTHS = {"ינואר": 1, "פברואר": 2, "מרץ": 3, "מרס": 3, "אפריל": 4, "מאי": 5, "יוני": 6, "יולי": 7, "אוגוסט": 8, "ספטמבר": 9,
           "אוקטובר": 10, "נובמבר": 11, "דצמבר": 12}  # fmt: skip
# the prefixes a month takes after a day or alone: "17 במאי", "מאפריל", "ובמרץ"
_MONTH_PREFIXES = ("", "ב", "ל", "מ", "ו", "וב", "ול", "ומ", "ש", "שב")
_MONTH_FORMS = {p + m: n for m, n in _MONTHS.items() for p in _MONTH_PREFIXES}
_AMBIGUOUS = tuple(f for f in _MONTH_FORMS if f.endswith(("מאי", "מרץ")) or f in ("יוני", "יולי", "ויוני", "ויולי"))
_DAYS = {"ראשון": 6, "שני": 0, "שלישי": 1, "רביעי": 2, "חמישי": 3, "שישי": 4}
_WEEKDAYS = {**{f"יום {d}": n for d, n in _DAYS.items()}, "יום שבת": 5, "שבת": 5}
_NUMBERS = {"אחד": 1, "אחת": 1, "שניים": 2, "שתיים": 2, "שני": 2, "שתי": 2, "שלושה": 3, "שלוש": 3, "ארבעה": 4, "ארבע": 4,
            "חמישה": 5, "חמש": 5, "שישה": 6, "שש": 6, "שבעה": 7, "שבע": 7, "שמונה": 8, "תשעה": 9, "תשע": 9, "עשרה": 10,
            "עשר": 10}  # fmt: skip
_MODIFIERS = "הבא|הבאה|שעבר|שעברה|הקודם|הקודמת|האחרון|האחרונה|הנוכחי|הנוכחית|הראשון|הראשונה|השני|השנייה|השלישי"

HE = Lexicon(
    months=_MONTH_FORMS,
    month_abbr_max=0,
    ambiguous_months=_AMBIGUOUS,
    month_preps=r"ו?(?:[בלמ]?חודש|עד|מאז|ב?סוף|מסוף|ב?תחילת|מתחילת|ב?אמצע|מאמצע|לקראת|במהלך|החל|כבר|ב?ראשית|ב?שלהי)",
    weekdays=_WEEKDAYS,
    # "יום שני ברציפות" is a second day in a row
    weekday_traps=r"יום\s(?:ראשון|שני|שלישי|רביעי|חמישי|שישי)\sברציפות",
    proclitics=("[בלמהושכ]", "[ושכמ][בלמהכש]"),
    relative_days={"היום": 0, "אתמול": -1, "שלשום": -2, "מחר": 1, "מחרתיים": 2},
    day_with_part={"אמש": (-1, "NI"), "הבוקר": (0, "MO"), "הערב": (0, "EV")},
    # "the night": last night in a morning's report, tonight in one about the future; not "כל הלילה" (all night
    # long), "אותו הלילה" (that night), "הלילה שבין ..." (the night between ...), "הלילה ההוא" (that night)
    tonight=r"(?<!כל\s)(?<!אותו\s)הלילה(?!\s(?:ההוא|הקודם|שלפני|שבין|שבו|שבה|שאחרי|שלאחר))",
    part_first={"מוצאי": "EV"},  # "במוצאי שבת": Saturday evening
    day_after="למחרת|יום למחרת|ביום שלמחרת|ביום הבא|יום אחר כך|יום לאחר מכן",
    day_before="יום קודם לכן|יום קודם|יום לפני כן|ביום הקודם|יום לפני",
    eve_of=r"ה\w",  # "יום לפני הבחירות": the eve of the elections
    day_before_parts={"בערב הקודם": "EV", "בלילה הקודם": "NI", "ערב קודם": "EV", "לילה קודם": "NI", "בערב שלפני כן": "EV",
                      "בלילה שלפני כן": "NI"},  # fmt: skip
    same_day="באותו יום|באותו היום|ביום זה|באותו הערב|באותו ערב",
    units=_units(("יום", "ימים"), ("שבוע", "שבועות"), ("חודש", "חודשים"), ("שנה", "שנים"), ("שעה", "שעות"), ("דקה", "דקות"),
                 ("עשור", "עשורים")),
    # two of a unit in one word ("יומיים", two days) and one of it ("לפני שבוע", a week ago)
    counted_units={"יומיים": (2, "day"), "שבועיים": (2, "week"), "חודשיים": (2, "month"), "שנתיים": (2, "year"),
                   "שעתיים": (2, "hour"), "יום": (1, "day"), "שבוע": (1, "week"), "חודש": (1, "month"), "שנה": (1, "year")},  # fmt: skip
    rel_periods={"השבוע": ("week", 0), "החודש": ("month", 0), "השנה": ("year", 0), "אשתקד": ("year", -1)},
    last_words={"שעבר", "שעברה", "הקודם", "הקודמת"},
    next_words={"הבא", "הבאה", "הקרוב", "הקרובה"},
    this_words={"הזה", "הזאת", "הנוכחי", "הנוכחית"},
    numbers=_NUMBERS,
    ago_before="לפני",  # "לפני שלושה ימים", "לפני שבוע"
    later_before="בעוד|כעבור",  # "בעוד שלושה ימים"
    unit_first=True,  # "בשבוע שעבר", "ביום שלישי הבא"
    day_suffix="",
    case_sensitive=False,
    prepositions="בשנת|משנת|לשנת|שנת|עד שנת",  # "בשנת 1987"
    refs={"כעת": "PRESENT_REF", "עכשיו": "PRESENT_REF", "כיום": "PRESENT_REF", "לאחרונה": "PAST_REF", "בעתיד": "FUTURE_REF"},
    dayparts={"בבוקר": "MO", "בצהריים": "AF", "אחר הצהריים": "AF", "אחרי הצהריים": "AF", "בערב": "EV", "בלילה": "NI",
              "לפנות בוקר": "MO"},  # fmt: skip
    span_words="הקרובים|הקרובות|האחרונים|האחרונות|הבאים|הבאות",
    plural_units=("ימים", "שבועות", "חודשים", "שנים", "שעות"),
    sets={"מדי יום": "P1D", "כל יום": "P1D", "מדי שבוע": "P1W", "מדי חודש": "P1M", "מדי שנה": "P1Y"},
    past_cues=r"אתמול|שלשום|אמש|שעבר|שעברה|לפני|היה|הייתה|היו|אמר|אמרה|אמרו|מסר|מסרה|מסרו|הודיע|הודיעה|הודיעו|פרצה|פרץ"
    r"|נפצע\w*|נהרג\w*|נעצר\w*"
    rf"|{HE_PAST_ACTS}",  # the past of the acts the press reports (:mod:`.act_perfects`)
    sure_past=HE_SURE_PAST,
    future_cues=r"יהיה|תהיה|יהיו|מחר|מחרתיים|הבא|הבאה|הבאים|צפוי|צפויה|צפויים|צפויות|עתיד|עתידה|עתידים|עתידות|יתקיים|תתקיים"
    r"|יתקיימו|ייערך|תיערך|ייערכו|מתכנן|מתכננת|מתכננים|בכוונת|עלול|עלולה|עלולים|עלולות|עשוי|עשויה|עשויים|עשויות"
    # the plural future as the press spells it, the double yod of the prefix and the final vav ("יימשכו", will
    # continue; "ייפתחו", will open): no past or noun takes both
    r"|יי[\u05d0-\u05ea]{2,4}ו",
    not_after_year="בני|תושבים|אנשים|הרוגים|פצועים|בתים|מטר|קילומטר|טון|שקל|שקלים|דולר|יורו|פעמים",
    # "היום שבו" (the day on which), "לשבת" (to sit), and "the" of a period with its modifier ("השבוע הבא" is next
    # week, not this one: the modifier's rule reads it)
    traps=rf"(?<!\w)[ובלמש]?היום(?=\s(?:שבו|שבה|בו|בה|ש|{_MODIFIERS})(?!\w))|(?<!\w)ו?לשבת(?!\w)"
    rf"|(?<!\w)[ובלמש]?ה(?=(?:שבוע|חודש|שנה)\s(?:{_MODIFIERS})(?!\w))",
)
