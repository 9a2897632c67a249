"""Reported speech that Persian writes without "که" and Hebrew with its verb first.

Persian news often drops the "that" after a verb of saying: "وزیر کشور روز سه‌شنبه گفت وضعیت مرزها بسیار دشوار
است." (the interior minister said on Tuesday the borders' situation is very difficult), as English drops it after
"said".  The verb ends the subject's clause (Persian is verb-last), so a clause that opens right after the verb is
what was said.  Not where a modal stands before the verb ("می‌توان گفت", one can say; "باید گفت", it must be said: no
one speaks) nor where "و" follows it ("گفت و گو", a conversation, written with spaces).

Hebrew puts the verb before its subject after a time or at a sentence's start: "אמש אמר שר הביטחון כי הצבא ערוך"
(last night said the defence minister that the army is ready), "הוסיף דובר המשטרה כי ..." (added the police
spokesman that): the subject stands between the verb and "כי", either a phrase or a role with the name in commas
("אמרה שרת הבריאות, דנה לוי, כי": the name speaks, :func:`.hebrew.he_apposed_fits`).  "That" may be the prefix ש on
the clause's first word ("הוסיף ראש העירייה שהעבודות יסתיימו"): the subject's own words may start with ש too ("דובר
שירות בתי הסוהר", שלמה, שומרון), so only a ש before what opens a clause ends it: the article ה (a definite noun or
הוא/היא/הם), a negation or existential (לא, אין, יש), a first-person pronoun, "כל" (every).  The name may also come first with
its role after it in commas, as Arabic and Persian wires write a first mention: "وقال محمد رضائي، رئيس عمليات الإنقاذ،
إن …", "محمد رضایی، رئیس عملیات امداد، گفت …" (read where the first phrase is a name and the second a role,
:func:`.arabic_script.apposed_fits`).  The patterns are read by
:func:`.uncased_reported.find_reported` beside those of :mod:`.arabic_script` and :mod:`.hebrew`.
"""

from __future__ import annotations

import re

from parallax.analyze.quotes.arabic_script import _AR_CUE, _AR_SEG, _AR_SPK, _FA_CUE
from parallax.analyze.quotes.hebrew import _HE_WHEN, _SAID_VERBS, _WORD

# (a modal before the verb ends in one of these: "می‌توان", "نمی‌توان", "باید", "نباید", "شاید")
FA_REPORTED_BARE = re.compile(
    rf"(?:(?<=[\s،,.])|^)(?P<spk>{_AR_SPK})(?<!توان)(?<!باید)(?<!شاید)\s++(?P<cue>{_FA_CUE})\s++(?!که\s|و\s)"
    r"(?P<clause>[^«»\"“”:\s][^«»\"“”:]{11,})"
)

# what may open a Hebrew sentence before its verb: a time or an occasion, of one to three words ("אמש", last night;
# "ביום שלישי", on Tuesday; "בהודעה לעיתונות", in a statement to the press)
_HE_OPENING = "|".join(sorted(_HE_WHEN | {"אמש", "מאוחר", "מוקדם", "בהמשך", "עוד", "לאחר", "אחרי", "בתום", "בסיום"}, key=len, reverse=True))
_HE_WHEN_AFTER = "|".join(sorted(_HE_WHEN | {"אמש"}, key=len, reverse=True))
_HE_DAY = r"ראשון|שני|שלישי|רביעי|חמישי|שישי|ה?שבת|שעבר|הקודם"
_HE_LEAD = (
    rf"(?:^|(?<=[.;!?]\s)|(?<=\n))(?:(?:{_HE_OPENING})(?:\s++{_WORD}){{0,2}}?\s++)?ו?(?P<cue>{_SAID_VERBS})"
    rf"(?:\s++(?:{_HE_WHEN_AFTER})(?:\s++(?:{_HE_DAY}))?)?\s++(?!(?:{_HE_WHEN_AFTER})\s)"
)
HE_VERB_FIRST_APPOSED = re.compile(
    rf"{_HE_LEAD}(?P<role>{_WORD}(?:\s{_WORD}){{0,4}}),\s++(?P<spk>{_WORD}(?:\s{_WORD}){{1,2}}),\s*+כי\s++(?P<clause>[^\"”״]{{8,}})"
)
HE_VERB_FIRST = re.compile(rf"{_HE_LEAD}(?P<spk>{_WORD}(?:\s{_WORD}){{0,4}}?)\s++כי\s++(?P<clause>[^\"”״]{{8,}})")
# "that" as the prefix ש before what opens a clause (see above); tried after "כי", which wins where both stand
_HE_THAT_PREFIX = r"ש(?=ה[\u05d0-\u05ea]|(?:לא|אין|יש|אני|אנחנו|אנו|כל)\s)"
HE_VERB_FIRST_THAT = re.compile(rf"{_HE_LEAD}(?P<spk>{_WORD}(?:\s{_WORD}){{0,4}}?)\s++{_HE_THAT_PREFIX}(?P<clause>[^\"”״]{{8,}})")
# the name, then its role in commas: "وقال محمد رضائي، رئيس عمليات الإنقاذ في الهلال الأحمر، إن …"
AR_REPORTED_NAME_ROLE = re.compile(
    rf"(?:(?<=[\s،,.])|^)[وف]?(?P<cue>{_AR_CUE})\s++(?P<spk>{_AR_SEG})\s*+[،,]\s*+(?P<role>{_AR_SEG})\s*+[،,]\s*+"
    rf"(?:إن|أن|بأن|إنه|إنها|أنه|أنها)\s++(?P<clause>[^«»\"“”]{{8,}})"
)
# ... and the Persian verb last: "محمد رضایی، رئیس عملیات امداد و نجات، گفت ۳۰۰۰ چادر …" ("که" or none)
FA_REPORTED_NAME_ROLE = re.compile(
    rf"(?:(?<=[\s،,.])|^)(?P<spk>{_AR_SEG})\s*+[،,]\s*+(?P<role>{_AR_SEG})\s*+[،,]\s*+(?P<cue>{_FA_CUE})\s++(?:که\s++)?(?!و\s)"
    r"(?P<clause>[^«»\"“”:\s][^«»\"“”:]{11,})"
)
