"""The past of reported acts in Arabic, Hebrew, Persian and Urdu: cues of the past and the past beyond doubt.

A month without a year near publication is the nearest one unless its clause is past beyond doubt
(:attr:`.lexicon.Lexicon.sure_past`, which English and Spanish read from their verb forms: "signed the deal in
February", out in November, is the February gone).  These four lexicons had no such pattern, and their past cues
listed mostly the verbs that report speech, so "افتتحت الحكومة الجسر في أبريل", "הממשלה אישרה באפריל את
התקציב" (the government opened the bridge, approved the budget, in April) came out next year's month.

Arabic and Hebrew write the perfect without vowels, so no ending tells it from a noun: the verbs of the acts news
reports are listed, both genders, leaving out a masculine form that is also a verbal noun or an adjective
(Arabic "رفع العقوبات", the lifting of sanctions, "خفض الفائدة"; Hebrew "פתח", an opening, "ערך", a value, "מת",
dead), whose feminine alone is listed.  Verbs of saying stay mere cues (:attr:`past_cues`): "قالت إن المصنع
سيفتتح في يناير" reports a plan.  Persian and Urdu show the past in the verb itself: the Persian simple past of
the light verbs of its compound verbs ("اعلام کرد", "تصویب شد") and the Urdu past auxiliaries and "چکا"
("منظور کیا گیا", "ہو چکا"); "کیا" alone is also "what", "ہوا" also the wind, so those are left out.
A future word anywhere in the sentence still vetoes the past (:meth:`.times.context.Resolver._surely_past`).
"""

from __future__ import annotations

# Arabic perfects of acts, masculine and feminine (hamza written or left off), with "و"/"ف" before them
_AR_ACTS = (
    "افتتح|افتتحت|أطلق|أطلقت|اطلق|اطلقت|بدأ|بدأت|انتهى|انتهت|وافق|وافقت|أقر|أقرت|اقر|اقرت|صادق|صادقت|أصدر|أصدرت|اصدر"
    "|اصدرت|أجرى|أجرت|اجرى|اجرت|فاز|فازت|ارتفع|ارتفعت|انخفض|انخفضت|تراجعت|سجلت|بلغ|بلغت|استقال|استقالت|ضربت|توفي"
    "|توفيت|اعتقل|اعتقلت|كشفت|نشرت|شارك|شاركت|زار|زارت|التقى|التقت|وصلت|غادر|غادرت|أغلق|أغلقت|اغلق|اغلقت|رفعت|خفضت"
    "|قرر|قررت|عقدت|تم|جرى|جرت|وقعت|أسفر|أسفرت|قتل|قتلت|لقي|لقيت|أصيب|أصيبت|اندلع|اندلعت"
)
AR_PAST_ACTS = rf"[وف]?(?:{_AR_ACTS})"
AR_SURE_PAST = rf"{AR_PAST_ACTS}|بالفعل|سبق\s+أن|(?:كان|كانت)\s+قد"

# Hebrew past of acts, masculine, feminine and plural where the form is no noun
HE_PAST_ACTS = (
    "אישר|אישרה|אישרו|פתחה|פתחו|החליט|החליטה|החליטו|פרסם|פרסמה|פרסמו|השיק|השיקה|השיקו|הכריז|הכריזה|הכריזו|חתם|חתמה"
    "|חתמו|התפטר|התפטרה|נפתח|נפתחה|נסגר|נסגרה|ערכה|ערכו|קבעה|קבעו|הגיע|הגיעה|הגיעו|ביקר|ביקרה|זכה|זכתה|נפטר|נפטרה"
)
HE_SURE_PAST = rf"כבר|{HE_PAST_ACTS}|נפצע\w*|נהרג\w*|נעצר\w*|פרצה|פרץ"

# Persian: the simple past of the light verbs and of "to be", and "already" ("قبلاً")
FA_SURE_PAST = r"قبلاً|قبلا|کرد|کردند|شد|شدند|داد|دادند|بود|بودند|رسید|رسیدند|گرفت|گرفتند|\S+ه\s+(?:بود|بودند)"

# Urdu: the past auxiliaries, the passive's "گیا", "چکا" (done), "پہلے ہی" (already)
UR_SURE_PAST = r"تھا|تھی|تھے|تھیں|گیا|گئی|گئے|گئیں|چکا|چکی|چکے|چکیں|پہلے\s+ہی"
