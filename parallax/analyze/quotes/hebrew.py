"""Speakers in Hebrew: no capitals, the verb before its subject, and a name set off by commas.

Hebrew news attributes a quotation with the verb first and the speaker after it, on either side:
'"...", אמר דובר כבאות והצלה, יוסי אלמוג.' (said the fire service spokesman, Yossi Almog), 'סיפרה
מיכל ברק, בת 36, תושבת השכונה' (told Michal Barak, 36, a resident); the subject may also come first
('ראש העירייה אמר: "..."'), or the source after "according to" ('לדברי יוסי אלמוג, ...'), and a verb
with no subject ('"...", אמר.') or "according to him" (לדבריו) is the speaker of the quotation before.
The script has no capitals, so the name is read off the phrases between the commas: a phrase that
opens with a role word ("דובר", "ראש", "תושבת") describes, the short phrase of plain words next to it
names (:func:`he_apposed`).  A quotation's marks may be "…" or ״…״ (see :mod:`.marks`).
"""

from __future__ import annotations

import re

from parallax.analyze.quotes.he_bodies import opens_body

# verbs of saying, both genders and the plural, with the conjunction ו ("and") they may carry
HE_CUE = (
    r"אמר|אמרה|אמרו|סיפר|סיפרה|סיפרו|הוסיף|הוסיפה|הוסיפו|ציין|ציינה|ציינו|הסביר|הסבירה|מסר|מסרה|מסרו|הדגיש|הדגישה"
    r"|טען|טענה|טענו|הבהיר|הבהירה|הודיע|הודיעה|כתב|כתבה|השיב|השיבה|הזהיר|הזהירה|אומר|אומרת|מספר|מספרת|לדברי"
    r"|פירט|פירטה|תיאר|תיארה|התריע|התריעה"  # detailed, described, warned
)
# words that open a description of the speaker rather than a name: roles, ranks, kinship, residents
HE_ROLES = {
    "דובר", "דוברת", "ראש", "מנהל", "מנהלת", "מפקד", "מפקדת", "שר", "שרת", "נשיא", "נשיאת", "יו\"ר", "יו״ר", "סגן", "סגנית",
    "תושב", "תושבת", "תושבי", "עובד", "עובדת", "פקח", "קצין", "קצינת", "ד\"ר", "ד״ר", "פרופ'", "עו\"ד", "עו״ד", "רב", "ניצב",
    "רס\"ן", "סמל", "מפכ\"ל", "מנכ\"ל", "מנכ״ל", "חבר", "חברת", "בעל", "בעלת", "אב", "אם", "בן", "בת", "אחד", "אחת", "נהג",
    "נהגת", "מורה", "רופא", "רופאה", "אחות", "חוקר", "חוקרת", "עד", "עדה", "עדי", "מתנדב", "מתנדבת", "כבאי", "שוטר", "שוטרת",
    "המשטרה", "העירייה", "הדובר", "הדוברת", "גורם", "גורמים", "מקור", "מקורות", "בכיר", "בכירה", "ח\"כ", "ח״כ",
    # governors, advisers, secretaries, envoys, judges and prosecutors ("נגיד בנק ישראל, אמיר ירון, אמר")
    "נגיד", "נגידת", "יועץ", "יועצת", "מזכיר", "מזכירת", "שגריר", "שגרירת", "מבקר", "מבקרת", "שופט", "שופטת", "תובע",
    "תובעת", "פרקליט", "פרקליטת", "מנכ\"לית", "מנכ״לית", "מפקח", "מפקחת", "ממונה", "רמטכ\"ל", "רמטכ״ל",
    # a lawyer ("עורך הדין דן אלון", the construct "עורך" with "הדין") and a defence counsel ("סנגורו", his counsel)
    "עורך", "עורכת", "סנגור", "סנגורית", "סנגורו", "סנגוריה", "סנגורה",
    # paramedics and medics, who speak at every scene ("פראמדיק מד"א", "חובש")
    "פראמדיק", "פרמדיק", "פראמדיקית", "פרמדיקית", "חובש", "חובשת", "מחלץ", "מחלצת", "לוחם", "לוחמת",
}  # fmt: skip
# police and army ranks, abbreviated with a gershayim that the press types as either mark: 'רס"ב יוסי לוי' (a chief
# sergeant major), 'פקד', 'נצ"מ', 'סא"ל', 'תא"ל'
_HE_RANKS = ("רס\"ב", "רס\"מ", "רס\"ל", "סמ\"ר", "רב\"ט", "רפ\"ק", "נצ\"מ", "תנ\"צ", "סנ\"צ", "סא\"ל", "אל\"ם", "תא\"ל", "רס\"ן")
HE_ROLES |= {*_HE_RANKS, *(r.replace('"', "״") for r in _HE_RANKS), "פקד", "סרן", "אלוף", "טוראי", "מפקח"}
# "he said" spelled out, and "according to him / her / them": the speaker before
HE_PRONOUNS = {"הוא", "היא", "הם", "הן", "לדבריו", "לדבריה", "לדבריהם"}

_WORD = r"[\u05d0-\u05ea][\u05d0-\u05ea\"״'׳-]*"
_CUE = rf"(?<![\u05d0-\u05ea])ו?(?P<cue>{HE_CUE})(?![\u05d0-\u05ea])"
# after the quotation: the verb, then up to two phrases in commas, to the end of the sentence
# (a gershayim between two letters marks an acronym, not a quotation: 'רס"ב יוסי לוי', 'יו"ר')
_TEXT_CHAR = r"(?:[^.!?:;\"”״\n]|(?<=[\u05d0-\u05ea])[\"״](?=[\u05d0-\u05ea]))"
_AFTER = re.compile(rf"(?:,\s{{0,3}})?{_CUE}(?P<rest>{_TEXT_CHAR}{{0,160}})")
# before the quotation: the verb and its speaker ('אמר יוסי אלמוג:'), or the speaker and the verb ('יוסי אלמוג אמר:')
_VERB_FIRST = re.compile(rf"{_CUE}(?P<rest>{_TEXT_CHAR}{{0,160}}?)\s*+[:,]?\s*+\Z")


# words that open a time or the occasion after a verb, not its subject: "אמרה ביום שלישי" (said on Tuesday), "אמר
# אתמול" (said yesterday), "אמר בראיון" (said in an interview), "אמר לכתבים" (told reporters)
_HE_WHEN = {
    "אתמול", "היום", "הבוקר", "הערב", "הלילה", "שלשום", "ביום", "בשבוע", "בערב", "בבוקר", "בצהריים", "בלילה", "בחודש",
    "בראיון", "בהודעה", "במסיבת", "בישיבת", "בכנס", "בשיחה", "בטקס", "בנאום", "לכתבים", "לעיתונאים", "בפני", "במהלך",
    "בגזר", "בפסק", "בהחלטה", "בהכרעת", "במכתב", "בציוץ", "בפוסט",
    # whom it was said to: "אמר יוסי בן עמי לתומכיו" (told his supporters), "לתקשורת" (the media), "לקהל" (the crowd)
    "לתומכיו", "לתומכיה", "לתומכים", "לתקשורת", "לקהל", "לנוכחים", "לתושבים", "למשתתפים", "לחדשות", "לערוץ", "לרדיו",
    "לאתר", "לגלי", "לרשת", "לעיתון", "לעיתונות", "לשומעים",
    # an occasion in the absolute state, which opens an impersonal "בישיבה אמרו ש…" (at the meeting they said that):
    # where it was said, no subject, as its construct form "בישיבת" is
    "בישיבה", "בפגישה", "בפגישת", "בדיון", "בדיוני", "בתדריך", "בכינוס", "בעצרת", "בהפגנה", "באירוע", "בסיור", "בביקור",
    "בוועידה", "בוועידת", "במליאה", "במליאת", "בתגובה", "בהודעתו", "בהודעתה", "בשיחת", "בראיונות", "בסיכום",
}  # fmt: skip


# (the subject opens its clause: at most four words after the sentence's start or a comma; the verb may take the
# occasion and "כי" (that) before the quotation: 'השופטת רות כהן אמרה כי "…"', 'כתבה בגזר הדין כי "…"', wrote in the
# sentence that; "כי" had been taken for the speaker after the verb)
_OCCASION = "|".join(sorted(_HE_WHEN, key=len, reverse=True))
_SUBJECT_FIRST = re.compile(
    rf"(?:\A|(?<=[,.;]\s))(?P<spk>{_WORD}(?:\s{_WORD}){{0,3}})\s++{_CUE}(?:\s++(?:{_OCCASION})(?:\s++{_WORD}){{0,3}}?)?(?:\s++כי)?\s*+[:,]?\s*+\Z"
)


# words that open a circumstance before a verb with no subject: "לאחר הפגישה אמר" (after the meeting, he said)
_HE_OPENERS = {"לאחר", "אחרי", "לפני", "בעקבות", "בתום", "בסיום", "בפתח", "כעבור", "מאוחר", "קודם", "עוד", "גם", "אז"}


# reported speech after "according to": 'לדברי יוסי אלמוג, האש בשליטה.'
HE_REPORTED = re.compile(rf"(?:^|(?<=[\s,.]))(?P<cue>לדברי|לטענת)\s++(?P<spk>{_WORD}(?:\s{_WORD}){{0,3}}),\s*+(?P<clause>[^\"”״]{{8,}})")


# reported speech with its subject first: 'ארנון בר-דוד אמר כי ההסתדרות תשבית את המשק.' (said that), or "that" as
# (up to six words: a role of three before the name, "דובר כבאות והצלה יוסי לוי", "ראש עיריית חיפה יונה יהב")
# the prefix ש ('אמרה שהמשק ...'; not 'אמר שר האוצר', said the minister, a verb before its subject); a time or an
# occasion opening the sentence is no subject ('אתמול אמר ...').  A bare 'אמר.' after it is this speaker's, as a
# pronoun-less "dijo" is in Spanish.
_SAID_VERBS = "אמר|אמרה|אמרו|טען|טענה|טענו|הודיע|הודיעה|מסר|מסרה|ציין|ציינה|הוסיף|הוסיפה|הבהיר|הבהירה|הדגיש|הדגישה"
# a verb of reacting or answering before "and said" is no part of the subject: 'יוסי לוי הגיב ואמר כי …' (reacted and said)
_HE_REACTED = "הגיב|הגיבה|הגיבו|השיב|השיבה|השיבו|התייחס|התייחסה|התייחסו|נשאל|נשאלה|נשאלו"
_HE_NOT_SUBJECT = "|".join(sorted(_HE_WHEN, key=len, reverse=True))
HE_SAID_THAT = re.compile(
    rf"(?:^|(?<=[.,;!?]\s)|(?<=\n))(?!(?:{_HE_NOT_SUBJECT})\s)(?P<spk>{_WORD}(?:\s{_WORD}){{0,5}}?)\s++(?:(?:{_HE_REACTED})\s++(?=ו))?ו?"
    rf"(?P<cue>{_SAID_VERBS})"
    rf"\s++(?:כי\s++|ש(?!רת?\s)(?=[\u05d0-\u05ea]))(?P<clause>[^\"”״]{{8,}})"
)


# ... and with its subject a role and a name set off in commas before the verb: 'שר הבריאות, דוד כהן, אמר כי …' (the
# minister of health, David Cohen, said that), "לדברי שר האוצר, משה לוי, …" (according to the minister, Moshe Levy):
# the name speaks, not the role, nor no one (the comma before the verb had left the sentence unattributed, and after
# "לדברי" the role had been taken for the speaker and the name for the start of what was said).  A match fits only
# where the first phrase describes and the second names (:func:`he_apposed_fits`).
_ROLE_NAME = rf"(?P<role>{_WORD}(?:\s{_WORD}){{0,4}}),\s++(?P<spk>{_WORD}(?:\s{_WORD}){{1,2}}),\s*+"
HE_SAID_APPOSED = re.compile(
    rf"(?:^|(?<=[.;!?]\s)|(?<=\n)){_ROLE_NAME}ו?(?P<cue>{_SAID_VERBS})\s++(?:כי\s++|ש(?!רת?\s)(?=[\u05d0-\u05ea]))(?P<clause>[^\"”״]{{8,}})"
)
HE_ACCORDING_APPOSED = re.compile(rf"(?:^|(?<=[\s,.]))(?P<cue>לדברי|לטענת)\s++{_ROLE_NAME}(?P<clause>[^\"”״]{{8,}})")
# ... or the name first and its role in commas after it: "לדברי יוסי מזרחי, מנהל בית החולים, שבעה פצועים …" (according
# to Yossi Mizrahi, the hospital's director, seven injured …): the role had opened what was said.  "לטענת" (by the
# claim of) is "לדברי" of a party to a dispute
HE_ACCORDING_NAME_ROLE = re.compile(
    rf"(?:^|(?<=[\s,.]))(?P<cue>לדברי|לטענת)\s++(?P<spk>{_WORD}(?:\s{_WORD}){{1,2}}),\s++(?P<role>{_WORD}(?:\s{_WORD}){{0,4}}),\s*+"
    rf"(?P<clause>[^\"”״]{{8,}})"
)


def he_apposed_fits(m: re.Match) -> bool:
    """Whether a match of :data:`HE_SAID_APPOSED`, :data:`HE_ACCORDING_APPOSED` or :data:`HE_ACCORDING_NAME_ROLE`
    sets a role beside a name (any other match fits)."""
    return "role" not in m.re.groupindex or (_described(m.group("role")) and looks_hebrew_name(m.group("spk")))


def _phrases(rest: str, base: int) -> list[tuple[int, int]]:
    """The comma-separated phrases of ``rest`` (offsets from ``base``), without their spaces."""
    out, at = [], 0
    for part in rest.split(","):
        lead = len(part) - len(part.lstrip())
        body = part.strip()
        if body:
            out.append((base + at + lead, base + at + lead + len(body)))
        at += len(part) + 1
    return out


def _described(phrase: str) -> bool:
    """A phrase that describes the speaker: it opens with a role word (or its definite form, "השופטת"), has a
    number, or is long."""
    words = phrase.split()
    return not words or words[0] in HE_ROLES or words[0].removeprefix("ה") in HE_ROLES or len(words) > 3 or bool(re.search(r"\d", phrase))


def looks_hebrew_name(phrase: str) -> bool:
    """Two or three plain Hebrew words, none of them a role word: a person's name ("יוסי אלמוג")."""
    words = phrase.split()
    return 2 <= len(words) <= 3 and not any(w in HE_ROLES or w in HE_PRONOUNS for w in words) and all(re.fullmatch(_WORD, w) for w in words)


def he_apposed(text: str, rest_start: int, rest_end: int) -> tuple[int, int] | None:
    """The speaker among the phrases after a verb: a name after a description ("דובר כבאות והצלה, יוסי
    אלמוג"), or the first phrase when it names someone ("מיכל ברק, בת 36, תושבת השכונה"), or the
    description itself when no phrase is a name ("ראש העירייה").  None for no phrase or a pronoun."""
    phrases = _phrases(text[rest_start:rest_end], rest_start)
    if not phrases:
        return None
    phrases[0] = _before_occasion(text, *phrases[0])
    first = text[phrases[0][0] : phrases[0][1]]
    if first in HE_PRONOUNS:
        return None
    # (the name may carry its own rank or title: "דובר המשטרה, רס"ב יוסי לוי")
    if _described(first) and len(phrases) > 1 and looks_hebrew_name(he_name(text[phrases[1][0] : phrases[1][1]])):
        return phrases[1]
    if len(first.split()) > 5:
        return None  # a clause, not a speaker
    return phrases[0]


def _before_occasion(text: str, start: int, end: int) -> tuple[int, int]:
    """The phrase ``text[start:end]`` up to a word that opens the occasion or the time after the speaker: '"…", אמר
    אברהם במסיבת עיתונאים' (said Avraham at a news conference) is אברהם's, not "אברהם במסיבת עיתונאים"'s."""
    at = start
    for i, word in enumerate(text[start:end].split(" ")):
        if i and word in _HE_WHEN:
            return start, at - 1
        at += len(word) + 1
    return start, end


def he_speaker(text: str, open_: int, close: int, sent: tuple[int, int]) -> tuple[int, int, str] | None:
    """The speaker phrase of the Hebrew quotation ``text[open_:close]`` in the sentence ``sent``:
    ``(start, end, cue)``, ``start == end`` for a verb with no subject or a pronoun (the speaker of the
    quotation before), or None when no verb of saying attributes it."""
    lo, hi = sent
    after_at = close
    while after_at < hi and text[after_at] in "\"”״ ":
        after_at += 1
    if m := _AFTER.match(text, after_at, hi):
        found = he_apposed(text, m.start("rest"), m.end("rest"))
        return (*found, m.group("cue")) if found else (m.end("cue"), m.end("cue"), m.group("cue"))
    before_end = max(lo, open_ - 1)
    before = text[lo:before_end]
    if m := _SUBJECT_FIRST.search(before):
        if m.group("spk") in HE_PRONOUNS or m.group("spk").split()[0] in _HE_WHEN | _HE_OPENERS:
            # 'לאחר הפגישה אמר:' (after the meeting he said): a time or a circumstance, no subject
            return lo + m.end("cue"), lo + m.end("cue"), m.group("cue")
        return lo + m.start("spk"), lo + m.end("spk"), m.group("cue")
    if m := _VERB_FIRST.search(text, lo, before_end):
        if text[m.start("rest") : m.end("rest")].split()[:1] and text[m.start("rest") : m.end("rest")].split()[0] in _HE_WHEN | {"כי"}:
            # 'שרת הבריאות, דנה לוי, אמרה ביום שלישי:' (said on Tuesday): the subject stands before the verb
            found = he_apposed(text, lo, m.start())
            return (*found, m.group("cue")) if found else None
        found = he_apposed(text, m.start("rest"), m.end("rest"))
        if not found and (comma := _APPOSED_BEFORE.search(text, lo, m.start())):
            # 'שר האוצר, משה כהן, אמר:' (the minister, Moshe Cohen, said): the subject in commas before the verb
            found = he_apposed(text, lo, comma.start())
        return (*found, m.group("cue")) if found else (m.end("cue"), m.end("cue"), m.group("cue"))
    return None


# a subject set off in commas right before its verb: "שר האוצר, משה כהן, אמר:"
_APPOSED_BEFORE = re.compile(r",\s*+ו?\Z")


def he_name(phrase: str) -> str:
    """The name in a Hebrew speaker phrase: the words after the role words that open it ("השר יוסי
    אלמוג" is יוסי אלמוג), when two or three remain; else the phrase (a description).  A role in the
    construct state (the bare form, "שר", not "השר") takes the definite noun after it as its complement,
    which is no part of the name: "שר האוצר יוסי כהן" (the minister of finance), "יו"ר ההסתדרות ארנון בר-דוד"."""
    words = phrase.split()
    k = 0
    while k < len(words) and (words[k] in HE_ROLES or words[k].removeprefix("ה") in HE_ROLES):
        k += 1
    # (or an acronym, which no personal name is: "פראמדיק מד"א יוסי מזרחי", a paramedic of Magen David Adom)
    complement = words[k].startswith("ה") or re.search(r"[\u05d0-\u05ea][\"״][\u05d0-\u05ea]", words[k]) if k < len(words) else False
    if 0 < k < len(words) and words[k - 1] in HE_ROLES and complement and (2 <= len(words) - k - 1 <= 3 or _lone_surname(words[k + 1 :])):
        k += 1
    rest = words[k:]
    if k and _lone_surname(rest):
        return rest[0]  # "הנגיד ברקוביץ", "שר האוצר כהן": a role and the surname alone (the governor Berkowitz)
    if k and 4 <= len(rest) <= 5 and words[k - 1] in HE_ROLES:
        # a construct role's complement is a body's or a place's name with no article ("דובר כבאות והצלה יוסי לוי",
        # the Fire and Rescue spokesman; "ראש עיריית חיפה יונה יהב", the mayor of Haifa): the name is its last two words,
        # as Persian's is after a role (:func:`.arabic_script.ar_name`)
        return " ".join(rest[-2:])
    if k and opens_body(rest):
        return phrase  # "דובר שירות בתי הסוהר": the spokesman of a body, whose name follows the role (:mod:`.he_bodies`)
    return " ".join(rest) if k and 2 <= len(rest) <= 3 else phrase


# the words that may follow a role alone and are no surname: "השר לשעבר" (the former minister), "בפועל" (acting)
_AFTER_ROLE = frozenset({"לשעבר", "בפועל", "כיום", "עצמו", "עצמה", "מטעם", "בעבר", "הזה", "הזאת", "ההוא"})


def _lone_surname(rest: list[str]) -> bool:
    """Whether the words after a phrase's roles are one surname: a single Hebrew word, no role, no word that
    follows a role ("לשעבר") and none with the article, which opens an adjective or a noun ("השר הבכיר")."""
    if len(rest) != 1:
        return False
    word = rest[0]
    return (re.fullmatch(r"[\u05d0-\u05ea][\u05d0-\u05ea'׳-]+", word) is not None and not word.startswith("ה")
            and word not in HE_ROLES and word not in _AFTER_ROLE and word not in HE_PRONOUNS)  # fmt: skip
