"""Hebrew bodies as speakers: a spokesman of a body, and a body that speaks in the impersonal plural.

Hebrew names an institution by a construct chain ("שירות בתי הסוהר", the prison service; "משרד הבריאות", the health
ministry) whose first noun is one of a small set of words for a body.  Two constructions of the press follow:

* "דובר שירות בתי הסוהר" (the prison service's spokesman): a role in the construct state and the body's name after
  it.  The words after the role are the body, not a personal name, so the speaker is the whole phrase, the spokesman
  (:func:`opens_body`, read by :func:`.hebrew.he_name`); "דובר המשטרה יוסי לוי" still names Yossi Levy.
* "במשרד הבריאות אמרו כי …", "בדובר צה"ל מסרו ש…" (at the ministry / the army spokesman's office they said that):
  the verb in the plural with no subject, the body after "ב" (at) the source (:data:`HE_AT_BODY_SAID`).  Only a
  body's word after "ב" opens it, so "בישיבה אמרו ש…" (at the meeting they said) names no speaker.
"""

from __future__ import annotations

import re

# the first nouns of a body's name, in the construct state ("משרד הבריאות") or definite ("המשטרה"), and the spokesman's
# office; written without the prefixed "ה", which the preposition "ב" absorbs ("במשטרה" is "ב" + "המשטרה")
BODY_NOUNS = frozenset(
    "שירות משרד רשות רשויות משטרת משטרה עיריית עירייה לשכת לשכה מועצת מועצה ועדת ועדה הנהלת הנהלה ארגון חברת חברה"
    ' מכון מרכז אגף מחלקת מחלקה בית בתי צבא צה"ל צה״ל מד"א מד״א שב"ס שב״ס כבאות פיקוד מטה משרדי איגוד הסתדרות'
    " דובר דוברות"
    # banks, railways, ports, universities, exchanges, funds, parties, unions, councils and companies
    " בנק רכבת נמל נמלי אוניברסיטת אוניברסיטה בורסת בורסה קופת קרן רשת תאגיד מפלגת מפלגה סיעת סיעה עמותת עמותה"
    " ארגוני התאחדות לשכת אגודת בנקי חברות נציבות סוכנות סוכנויות קונסוליית שגרירות מוסד מוסדות".split()
)
_WORD = r"[\u05d0-\u05ea][\u05d0-\u05ea\"״'׳-]*"
# (the verbs of the impersonal plural: they said, gave, announced, stated, clarified, added)
_PLURAL_SAID = "אמרו|מסרו|הודיעו|ציינו|הבהירו|הוסיפו|טענו|הדגישו"
_BODY_ALT = "|".join(sorted((re.escape(w) for w in BODY_NOUNS), key=len, reverse=True))
HE_AT_BODY_SAID = re.compile(
    rf"(?:^|(?<=[.;!?]\s)|(?<=\n))ב(?:ה)?(?P<spk>(?:{_BODY_ALT})(?![\u05d0-\u05ea])(?:\s{_WORD}){{0,4}}?)\s++"
    rf"(?:בתגובה\s++)?(?P<cue>{_PLURAL_SAID})\s++(?:כי\s++|ש(?=[\u05d0-\u05ea]))(?P<clause>[^\"”״]{{8,}})"
)


def opens_body(words: list[str]) -> bool:
    """Whether ``words`` (what follows a role word) open with a body's noun: a body's name, not a person's."""
    return bool(words) and words[0].removeprefix("ה") in BODY_NOUNS
