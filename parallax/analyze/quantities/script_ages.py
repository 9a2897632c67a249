"""Ages told with a verb or a noun of age in Arabic, Hindi, Swahili and Tagalog, which no figure's own word marks.

Arabic gives a person's age as what they "reach of age": "طفلة تبلغ من العمر ٧ سنوات" (a girl aged 7), "رجل
يبلغ من العمر 45 عاما", "الشاب البالغ من العمر 19 عاما", or with "his/her age": "عمره 45 عاما", "بعمر 45 عاما".
The years after the figure were read as a span of seven years, so an age of 7 against "a 9-year-old girl"
was no conflict.  Hindi gives it as "years of" before a person's noun: "45 साल के एक व्यक्ति" (a man of 45
years), "12 साल की बच्ची"; "45 साल" alone is a span.  (Hindi "45 वर्षीय", Hebrew "בן 52" and Persian "۴۵ ساله"
are in :mod:`.labels`.)  The times stage asks :func:`.labels.years_of_age`, which asks here, so that it
reads no span of years there.
"""

from __future__ import annotations

import re

# the verb "to reach" or its participle, "of age": "تبلغ من العمر", "يبلغ من العمر", "البالغ من العمر", "البالغة
# من العمر"; "his/her age", "at the age of": "عمره", "عمرها", "بعمر", "في عمر"
AR_AGE_LINK = (
    r"(?<!\w)(?:[يت]بلغ|بلغ|بلغت|البالغ|البالغة|والبالغ|والبالغة)[ \u00a0]+من[ \u00a0]+العمر"
    r"|(?<!\w)(?:عمره|عمرها|بعمر|وعمره|وعمرها)|(?<!\w)في[ \u00a0]+عمر"
)
_AR_BEFORE = re.compile(rf"(?:{AR_AGE_LINK})[ \u00a0]*\Z")
# Hebrew nouns for a person that "בן 52" / "בת 36" may follow (the age itself is read in :mod:`.labels`)
HE_PEOPLE = (
    r"פצוע|פצועה|נהג|נהגת|גבר|אישה|ילד|ילדה|נער|נערה|צעיר|צעירה|תינוק|תינוקת|קשיש|קשישה|חשוד|חשודה|מחבל|הרוג|הרוגה|"
    r"נרצח|נרצחת|חייל|חיילת|שוטר|שוטרת|עובד|עובדת|רוכב|רוכבת|מטייל|מטיילת|תושב|תושבת|קורבן|נפגע|נפגעת"
)
# Hindi nouns for a person that "N साल के/की/का" may describe
HI_PEOPLE = (
    r"व्यक्ति|आदमी|पुरुष|महिला|औरत|युवक|युवती|लड़का|लड़के|लड़की|बच्चा|बच्चे|बच्ची|किशोर|किशोरी|बुजुर्ग|बुज़ुर्ग|"
    r"ड्राइवर|चालक|किसान|मजदूर|मज़दूर|छात्र|छात्रा|आरोपी|पीड़ित|पीड़िता|शख्स|शख़्स|मरीज|मरीज़|जवान|बालक|बालिका"
)
_HI_AFTER = re.compile(rf"(?<![ \u00a0])[ \u00a0]*(?:साल|वर्ष|बरस)[ \u00a0]+(?:के|की|का)[ \u00a0]+(?:एक[ \u00a0]+)?(?:{HI_PEOPLE})(?!\w)")
# Swahili puts the years before the figure and names the age by "umri" (age) or "mwenye" (having): "mwenye umri wa
# miaka 45" (aged 45), "umri wa miaka 7", "mwenye miaka 45"; "miaka 45" alone is a span (:mod:`parallax.analyze.timelex.sw`)
_SW_BEFORE = re.compile(r"(?<!\w)(?:umri[ \u00a0]+wa|mwenye)[ \u00a0]+miaka[ \u00a0]+\Z", re.I)
# Tagalog names the age by "gulang" (age) after the years and their linker: "5 taong gulang", "45 na taong gulang"
# (aged 45); "5 taong pagkakakulong" is a span of five years (:mod:`parallax.analyze.timelex.tl`)
_TL_AFTER = re.compile(r"[ \u00a0]+(?:na[ \u00a0]+)?taong[ \u00a0]+gulang(?!\w)", re.I)


def script_age(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` is an Arabic, Hindi, Swahili or Tagalog age told as the module says."""
    before = text[max(0, start - 30) : start]
    return bool(_AR_BEFORE.search(before) or _HI_AFTER.match(text, end) or _SW_BEFORE.search(before) or _TL_AFTER.match(text, end))
