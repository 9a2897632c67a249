"""Speakers in Arabic and Persian script: the cue, the phrase that names the speaker, and the name in it.

Arabic puts the verb first ('وقال وزير الداخلية أحمد الحارثي: «…»', '«…»، قالت فاطمة البلوشي'), often with the
role and the name set off by commas ('وأكد محامي الدفاع، خالد النجار، أن ...'); Persian puts the subject before a
verb that ends the clause ('احمد رضایی گفت: «…»').  Neither script has capitals, so the role words, the definite
genitive of a role's body ("وزير الداخلية") and the words that open a circumstance tell the name from what
surrounds it.  :mod:`.uncased` calls these patterns beside those of the other scripts without capitals.
"""

from __future__ import annotations

import re

from parallax.analyze.quotes.persian_bodies import names_a_body

_AR_CUE = (
    r"قال|قالت|أكد|أكدت|أضاف|أضافت|أوضح|أوضحت|صرح|صرّح|صرحت|صرّحت|ذكر|ذكرت|أشار|أشارت|اعتبر|اعتبرت|شدد|شدّد|شددت|"
    r"أعلن|أعلنت|تابع|تابعت|يقول|تقول|قال\s+إن|لفت|لفتت|حذر|حذّر|حذرت|ختم|ختمت"
    # the plural, a group's or a body's ("وقالوا", "وأكدوا")
    r"|قالوا|أكدوا|أضافوا|أوضحوا|شددوا|أعلنوا|ذكروا|أشاروا"
)
_FA_CUE = r"گفت|گفته\s+است|اظهار\s+داشت|افزود|تاکید\s+کرد|تأکید\s+کرد|اعلام\s+کرد|می‌گوید|میگوید|خاطرنشان\s+کرد|توضیح\s+داد"
_AR_PHRASE = r"[^،,:؛;«»\"“”\n.!?؟]"
_AR_EDGE = r"[^\s،,:؛;«»\"“”.!?؟]"
_AR_SPK = rf"{_AR_EDGE}{_AR_PHRASE}{{0,78}}?{_AR_EDGE}"
AR_BEFORE = re.compile(rf"(?:^|(?<=[\s،,]))[وف]?(?P<cue>{_AR_CUE})\s++(?P<spk>{_AR_SPK})\s*+[:،,]?\s*+\Z")
AR_AFTER = re.compile(rf"\A[»\"”]?\s*+[،,]?\s*+[وف]?(?P<cue>{_AR_CUE})\s++(?P<spk>{_AR_EDGE}{_AR_PHRASE}{{1,79}})")
# (the name may stand in commas after the role: "فرماندار ناروان، مهدی کاظمی‌نژاد، گفت:")
# Persian puts the verb last, and the time and place between the subject and it: "وزیر بهداشت، رضا احمدی، روز
# سه‌شنبه در تهران گفت:" (the minister, Reza Ahmadi, said on Tuesday in Tehran)
_FA_ADVERBIAL = r"(?:(?:روز|امروز|دیروز|صبح|عصر|شب|امشب|هفته|در|پس\s+از|پیش\s+از)(?:\s++[^،,:؛;«»\"“”\n.!?؟]{1,60}?)?\s++)"
FA_BEFORE = re.compile(
    rf"(?:^|(?<=[\s،,:«»]))(?P<spk>{_AR_SPK})[،,]?\s++{_FA_ADVERBIAL}?(?P<cue>{_FA_CUE})\s*+[:،,]?\s*+\Z"
)
FA_AFTER = re.compile(rf"\A[»\"”]?\s*+[،,]?\s*+(?P<spk>{_AR_SPK})[،,]?\s++(?P<cue>{_FA_CUE})")
# where an Arabic speaker phrase stops: a circumstance after the name ("في مؤتمر صحفي", "لوكالة")
AR_PHRASE_END = re.compile(r"\s(?:في|خلال|أمام|لل\S*|لوكالة|لقناة|لصحيفة|لإذاعة|لموقع|عبر|إن|أن|بأن|إنه|إنها|اليوم|أمس|مساء|صباح|يوم|در|به|با|که|روز|امروز|دیروز)(?:\s|$)")
AR_ROLES = {
    # Arabic
    "وزير", "وزيرة", "رئيس", "رئيسة", "مدير", "مديرة", "المتحدث", "المتحدثة", "الناطق", "الناطقة", "متحدث", "ناطق",
    "محافظ", "محافظة", "قائد", "مسؤول", "مسؤولة", "المسؤول", "نائب", "نائبة", "سفير", "سفيرة", "عضو", "أمين", "الأمين",
    "عام", "العام", "باسم", "الدكتور", "الدكتورة", "د.", "الشيخ", "اللواء", "العقيد", "العميد", "المقدم", "الرائد", "السيد",
    "السيدة", "الطبيب", "المهندس", "الأستاذ", "مستشار", "مستشارة", "ضابط", "الرئيس", "الوزير", "المدير",
    # mediators, envoys, negotiators, representatives, coordinators, commanders
    "الوسيط", "الوسيطة", "وسيط", "وسيطة", "المبعوث", "المبعوثة", "مبعوث", "مبعوثة", "المفاوض", "المفاوضة", "مفاوض",
    "محامي", "محامية", "قاضي", "قاضية", "كبير", "كبيرة", "الممثل", "الممثلة", "ممثل", "ممثلة", "المنسق", "المنسقة", "منسق", "منسقة", "القائد", "المستشار",
    # Persian
    "وزیر", "رئیس", "مدیر", "سخنگوی", "سخنگو", "استاندار", "فرماندار", "فرمانده", "معاون", "دبیر", "نماینده", "سفیر",
    "دکتر", "سردار", "آقای", "خانم", "مدیرکل", "شهردار", "رییس", "مدیرعامل",
}
# who speaks without being named: a source, witnesses, the ministry, the police ("قال مصدر أمني")
# (the feminine "one of" too, and both written without the hamza: "كلير دومون، إحدى المفرج عنهم" is a name, then what she is)
AR_DESCRIPTIONS = {
    "مصدر", "مصادر", "شاهد", "شهود", "مسؤولون", "بيان", "وزارة", "الوزارة", "الشرطة", "الجيش", "السلطات", "الحكومة", "وكالة",
    "مراسل", "سكان", "أحد", "إحدى", "احد", "احدى", "عدد", "منظمة", "هيئة", "مجلس", "شركة", "المصدر", "منبع", "منابع", "شاهدان", "پلیس", "وزارت",
    "سازمان", "دولت", "خبرگزاری", "یک", "ساکنان", "مقامات",
}
AR_PRONOUNS = {"إنه", "إنها", "هو", "هي", "او", "وی", "ایشان"}
# a cue with no subject opening its sentence, the verb carrying the person: 'وأضاف: «…»' (and he added), Persian
# 'افزود: «…»': the speaker before, as a pronoun's
# (where it was said may follow the verb: 'وقال في مؤتمر صحفي: «…»', 'وقالوا في بيان مشترك:', they said in a joint
# statement; that is no speaker)
AR_SUBJECTLESS = re.compile(
    rf"\A\s*+[وف]?(?P<cue>{_AR_CUE})(?:\s++(?:في|خلال|أمام|عبر|لوكالة|لقناة|لصحيفة|لإذاعة|لموقع)\s++[^،,:؛;«»\"“”\n]{{1,80}}?)?"
    r"\s*+[:،,]?\s*+\Z"
)
FA_SUBJECTLESS = re.compile(rf"\A\s*+(?:و\s*+)?(?P<cue>{_FA_CUE})\s*+[:،,]?\s*+\Z")

# The wire puts a name in commas next to its role or description, either way round:
# 'وقال أحد السكان، خالد العمري: «…»' (a description, then the name), 'وقال مدير الدفاع المدني، العميد
# سامر الحلبي: «…»' (a role, then the name with its rank), 'وقالت منى الزعبي، وهي جارة …: «…»' (the name,
# then what she is).  Two comma-separated phrases between the cue and the quotation, or after the
# quotation's cue to the end of the sentence; which of them is the name is read off their first words
# (:func:`ar_apposed`)
_AR_SEG = rf"{_AR_EDGE}(?:{_AR_PHRASE}{{0,118}}?{_AR_EDGE})?"
AR_APPOS_BEFORE = re.compile(
    rf"(?:^|(?<=[\s،,]))[وف]?(?P<cue>{_AR_CUE})\s++(?P<first>{_AR_SEG})\s*+[،,]\s*+(?P<second>{_AR_SEG})\s*+[:،,]?\s*+"
    r"(?:(?:إن|أن|بأن)\s*+)?\Z"  # ('وقال الأمين العام للنقابة، وجيه الزيدي، إن "..."': "that" before the quotation)
)
AR_APPOS_AFTER = re.compile(
    rf"\A[»\"”]?\s*+[،,]?\s*+[وف]?(?P<cue>{_AR_CUE})\s++(?P<first>{_AR_SEG})\s*+[،,]\s*+(?P<second>{_AR_SEG})\s*+(?:[.!?؟]|\Z)"
)
# what opens an apposition that describes the name before it ("وهي جارة", "الذي يسكن"), a rank that
# stands before a name ("العميد سامر الحلبي"), and what follows a name as a clause of its own
# ("مشيراً إلى", "مضيفاً أن"): no name
_AR_APPOSITION_OPENERS = {"وهو", "وهي", "وهما", "وهم", "وهن", "هو", "هي", "الذي", "التي", "الذين", "البالغ", "البالغة"}
_AR_RANKS = {
    "الدكتور", "الدكتورة", "د.", "الشيخ", "اللواء", "العقيد", "العميد", "المقدم", "الرائد", "النقيب", "الملازم", "الفريق",
    "السيد", "السيدة", "المهندس", "المهندسة", "الأستاذ", "الأستاذة", "المحامي", "المحامية", "القاضي", "الحاج", "الحاجة",
}  # fmt: skip
_AR_CLAUSE_OPENERS = {
    "مشيرا", "مشيرة", "مضيفا", "مضيفة", "موضحا", "موضحة", "مؤكدا", "مؤكدة", "لافتا", "لافتة", "معتبرا", "معتبرة", "منوها",
    "مشددا", "مشددة", "متابعا", "محذرا", "محذرة", "قائلا", "قائلة", "داعيا", "داعية", "معربا", "معربة", "كل", "بينهم", "منهم",
    "ومنهم", "وبينهم", "مثل", "حيث", "وذلك", "قبل", "بعد", "عندما", "حين",
}  # fmt: skip
_AR_LIST_LEAD = re.compile(r"\Aكل\s+من\s")  # "وقال كل من خالد العمري، ومنى الزعبي": several people


def _ar_word(word: str) -> str:
    """An Arabic word without its tanween and tatweel ("مشيراً" is "مشيرا")."""
    return word.replace("\u064b", "").replace("\u0640", "")


def _ar_bare_name(seg: str) -> bool:
    """Whether a phrase is a name alone, a rank before it allowed: two to four words, none a role or a
    description, the first without the article, no circumstance or clause in it ("خالد العمري",
    "العميد سامر الحلبي"; not "أحد السكان", "مدير الدفاع المدني", "مشيراً إلى الخطة")."""
    words = [_ar_word(w) for w in seg.split()]
    while words and words[0] in _AR_RANKS:
        words = words[1:]
    if not 2 <= len(words) <= 4 or words[0].startswith("ال") or words[0] in _AR_CLAUSE_OPENERS:
        return False
    if any(w in AR_ROLES or w in AR_DESCRIPTIONS or w in _AR_APPOSITION_OPENERS for w in words):
        return False
    return AR_PHRASE_END.search(" " + seg + " ") is None and not re.search(r"\d", seg)


def _ar_described(seg: str) -> bool:
    """Whether a phrase opens as a role or a description rather than a name: a role word, a
    description ("أحد السكان", "مصدر أمني"), a definite noun ("المتحدث باسم …"), a rank with no name."""
    first = _ar_word(seg.split()[0]) if seg.split() else ""
    return first in AR_ROLES or first in AR_DESCRIPTIONS or first.startswith("ال") or first in _AR_APPOSITION_OPENERS


# what a speaker spoke in: a statement, a news conference, remarks, an interview, a post ("في بيان مشترك", "خلال
# مؤتمر صحفي"); unlike a place in a role ("مديرة مستشفى الوادي في بلدة الرمل") it ends the speaker's phrase
_AR_SAID_IN = re.compile(
    r"\s(?:في|خلال|عبر)\s+(?:ال)?(?:بيان|تصريح|تصريحات|مؤتمر|حديث|مقابلة|كلمة|رسالة|منشور|تغريدة|اتصال|لقاء)(?!\S)"
)


def ar_apposed(m: re.Match, after: bool) -> tuple[int, int] | None:
    """The name in 'cue first، second': the second phrase after a role or a description ("أحد السكان،
    خالد العمري"), the first before a description of it ("منى الزعبي، وهي جارة …", "خالد العمري، مدير
    الدفاع المدني").  Two names are a list, not one speaker; after the quotation only the wire's
    "role، name." counts (a clause follows a name there: "قال خالد العمري، مشيراً إلى …")."""
    first, second = m.group("first"), m.group("second")
    if _AR_LIST_LEAD.match(first):
        return None
    if _AR_SAID_IN.search(" " + first):
        # the first phrase already goes on past its speaker into what it spoke in ("وقال القادة في بيان مشترك، صدر عقب
        # القمة:", the leaders said in a joint statement, issued after the summit): the second tells of the
        # statement or opens the next clause ("، واتفق القادة"), and no name stands in commas after that
        return m.span("first")
    lead = _ar_word(second.split()[0])
    if _ar_bare_name(second) and (_ar_described(first) or not after and not lead.startswith("و")):
        if not after and _ar_bare_name(first):
            return None  # "خالد العمري، منى الزعبي": two people
        return m.span("second")
    if after:
        return None
    # what she is, a circumstance or a clause after the first phrase: the first is the speaker
    # ("وقال الوزير، في مؤتمر صحفي: «…»" keeps the description "الوزير")
    if lead in _AR_APPOSITION_OPENERS or lead in _AR_CLAUSE_OPENERS or _ar_described(second) or AR_PHRASE_END.match(" " + second):
        return m.span("first")
    return None


def ar_full_name(text: str, surname: str) -> str | None:
    """The full name an Arabic article gives a speaker it later calls by one name: the wire names a
    person in full after the role on first mention ("وزيرة المالية سلمى حداد") and by the family name
    after ("وقالت حداد"), as English writes "Stoltenberg" after "Jens Stoltenberg".  The name after
    the role words (:func:`ar_name`) that ends in the surname, of two to four words; None if none."""
    words = text.split()
    for i, w in enumerate(words):
        role = _ar_word(w)
        if role not in AR_ROLES and not (role[:1] in "وف" and role[1:] in AR_ROLES):  # "ووزيرة": and the minister
            continue
        for j in range(i + 2, min(i + 7, len(words))):
            if words[j].rstrip("،,.:؛") == surname:
                name = ar_name(" ".join(words[i:j] + [surname]))
                if 2 <= len(name.split()) <= 4 and _ar_bare_name(name):
                    return name
                break
            if re.search(r"[،,.:؛«»\"]", words[j]):
                break  # the role's phrase ends at a comma or a full stop
    return None


def ar_role_holder(text: str, description: str, names: set[str], before: int) -> str | None:
    """The person a description stands for: "الوزير" (the minister) who speaks after the article named "وزير المياه
    والري سامي الخطيب" is سامي الخطيب, as English writes "the minister" after "Water Minister Sami Khatib".  Among
    ``names`` (the article's speakers in full), the one the description's role word (without its article) opens,
    up to four words before it, ahead of ``before``; None where none does, or two do (two ministers)."""
    role = _ar_word(description)
    if not role.startswith("ال") or role[2:] not in AR_ROLES or role in ("العام", "الأمين"):
        return None
    head = text[:before]
    found = {
        name for name in names
        if len(name.split()) >= 2
        and re.search(rf"(?<!\S)[وف]?{re.escape(role[2:])}\s(?:[^\s،,.:؛«»\"“”]+\s){{0,4}}{re.escape(name)}(?![^\s،,.:؛!?؟])", head)
    }  # fmt: skip
    return found.pop() if len(found) == 1 else None


# the prepositions of a role's post, "to" and "at": "المبعوث الأممي إلى اليمن", "سفير مصر لدى الأردن"
_AR_ROLE_TO = {"إلى", "لدى"}


def _ar_genitive(word: str) -> bool:
    """Whether a word after a role is the role's definite genitive: "الداخلية", or one joined to it by "و" (and), as a
    ministry of two portfolios is named ("وزير المياه والري سامي الخطيب": of water and irrigation)."""
    return word.startswith("ال") or (word.startswith("وال") and len(word) > 4)


# the first words of a compound given or family name: "عبد الله", "أبو بكر", "بن علي"
_AR_JOINED = {"عبد", "أبو", "أبي", "بن", "ابن", "بنت", "آل", "عبدال"}


# Persian offices whose complement is a place, not a body: the governor of a province or a county, a mayor
_FA_PLACE_ROLES = {"استاندار", "فرماندار", "شهردار", "بخشدار"}


def _ar_role_after_name(words: list[str]) -> int | None:
    """Where a role set after an Arabic name of two to four words starts, its genitive definite words closing the
    phrase ("فاروق بوعسكر رئيس الهيئة", the commission's president; "… المتحدث باسم الجيش", the army's spokesman), or in
    Persian a body's word opening them (:mod:`.persian_bodies`: "مریم احمدی وزیر بهداشت"); None where the phrase is no such name and role
    (a name opens without the article)."""
    for j in range(2, min(len(words), 5)):
        if words[j] in AR_ROLES:
            before, after = words[:j], words[j + 1 :]
            if not before[0].startswith("ال") and not any(w in AR_ROLES for w in before) and after and (
                all(w.startswith("ال") or w == "باسم" for w in after) or names_a_body(after[:1])
                or words[j] in _FA_PLACE_ROLES and len(after) <= 3  # "علی کریمی استاندار کرمان": a province, no body
            ):
                return j  # (Persian marks no genitive: "علی رضایی سخنگوی شهرداری تهران", the body's word opens it)
            return None
    return None


def ar_name(phrase: str) -> str:
    """The name after the role words: "وزير الداخلية أحمد بن سالم الحارثي" is "أحمد بن سالم الحارثي"
    (a role's genitive is a definite word: "الداخلية").  Persian marks no genitive ("وزیر کشور
    احمد رضایی"): after a role, its last two words are the name."""
    words = phrase.split()
    k = 0
    while k < len(words) and (words[k] in AR_ROLES or words[k] in _AR_RANKS or (k > 0 and _ar_genitive(words[k]))):
        k += 1
        if k + 1 < len(words) and words[k] in _AR_ROLE_TO and words[k + 1].startswith("ال"):
            k += 2  # "المبعوث الأممي إلى اليمن": the envoy to Yemen, "السفير لدى الأردن"
    rest = words[k:]
    if not k and (j := _ar_role_after_name(words)):
        return " ".join(words[:j])  # "فاروق بوعسكر رئيس الهيئة": the name, then its role in apposition
    if not k or len(rest) < 2:
        return phrase  # "فرماندار ناروان" is the governor of a town, not a person named "ناروان"
    if not any(_ar_genitive(w) for w in words[1:k]) and len(rest) > 2:
        # Persian, or an Arabic role whose genitive has no article; a name of two words joined ("عبد الرحمن", "أبو
        # بكر") is one part of a name: "المستشار حسن عبد الرحمن" is حسن عبد الرحمن
        rest = rest[-3:] if _ar_word(rest[-2]) in _AR_JOINED else rest[-2:]
        if names_a_body(rest):
            return phrase  # "رئیس کل بانک مرکزی": the governor of the bank, no name after the role (:mod:`.persian_bodies`)
    return " ".join(rest)


# a circumstance in commas closing the phrase before a quotation, after the speaker and the role: "، في حيثيات
# الحكم:" (in the grounds of the ruling), "، خلال مؤتمر صحفي:" (the words of :data:`AR_PHRASE_END` that open one)
# (a search starts only where a run of spaces starts: from inside one, "\s*+" ran on to its end at every space, which
# bench_regex timed as catastrophic on a run of newlines; the matches are the same)
AR_CIRCUMSTANCE_TAIL = re.compile(r"(?<!\s)\s*+[،,]\s*+(?:في|خلال|أمام|عبر|لوكالة|لقناة|لصحيفة|لإذاعة|لموقع)\s[^،,:؛;«»\"“”\n]{1,80}[:،,]?\s*+\Z")


# the name that a Persian role in commas describes: "محمد رضایی، سخنگوی سازمان هواپیمایی کشوری، گفت:" (Mohammad
# Rezaei, spokesman of the aviation authority, said); the phrase before the verb is his role, the name is before it
_FA_NAME_BEFORE_COMMA = re.compile(rf"(?:^|(?<=[\s،,:«»]))(?P<name>{_AR_SPK})\s*+[،,]\s*+\Z")


def fa_name_before_role(before: str, role_start: int) -> tuple[int, int] | None:
    """Where the name stands when the phrase before a Persian verb is a role set off by commas after it."""
    role = before[role_start:].split()
    if not role or role[0] not in AR_ROLES:
        return None
    m = _FA_NAME_BEFORE_COMMA.search(before, 0, role_start)
    return m.span("name") if m and _ar_bare_name(m.group("name")) else None


# (a cue may govern its clause through a preposition: "وأشار الوزير إلى أن ...", "وشدد المدير على أن ...")
# (the outlet told may stand in quotation marks before "that": 'وقال المحامي لـ"صوت النيل" إن', 'لصحيفة "النهار"')
_AR_TOLD = r"(?:\s++[وف]?(?:لـ|ل\w+\s*+)[«\"“][^«»\"“”\n]{1,40}[»\"”])"
AR_REPORTED = re.compile(rf"(?:(?<=[\s،,.])|^)[وف]?(?P<cue>{_AR_CUE})\s++(?P<spk>{_AR_SPK}){_AR_TOLD}?(?:\s++(?:إلى|على))?\s++(?:إن|أن|بأن|إنه|إنها|أنه|أنها)\s++(?P<clause>[^«»\"“”]{{8,}})")
# the wire's role, then the name in commas, then "that": "وأكد محامي الدفاع، خالد النجار، أن ..." (read when the first
# phrase is a role or a description and the second a name, :func:`apposed_fits`)
AR_REPORTED_APPOSED = re.compile(
    rf"(?:(?<=[\s،,.])|^)[وف]?(?P<cue>{_AR_CUE})\s++(?P<role>{_AR_SEG})\s*+[،,]\s*+(?P<spk>{_AR_SEG})\s*+[،,]\s*+"
    rf"(?:إن|أن|بأن|إنه|إنها|أنه|أنها)\s++(?P<clause>[^«»\"“”]{{8,}})"
)
FA_REPORTED = re.compile(rf"(?:(?<=[\s،,.])|^)(?P<spk>{_AR_SPK})\s++(?P<cue>{_FA_CUE})\s*+(?:که|:)\s++(?P<clause>[^«»\"“”]{{8,}})")


AR_ACCORDING = re.compile(rf"(?:(?<=[\s.])|^)[وف]?(?P<cue>بحسب|حسب|وفقا\s++ل|وفقاً\s++ل)\s*+(?P<spk>{_AR_SPK})\s*+[،,]\s*+(?P<clause>[^«»\"“”]{{8,}})")


FA_ACCORDING = re.compile(rf"(?:(?<=[\s،,.])|^)(?P<cue>به\s++گفته(?:\s++ی)?)\s++(?P<spk>{_AR_SPK})\s*+[،,]\s*+(?P<clause>[^«»\"“”]{{8,}})")


def apposed_fits(m: re.Match) -> bool:
    """Whether a match of :data:`AR_REPORTED_APPOSED` is a role and then the name (any other match fits)."""
    return "role" not in m.re.groupindex or (_ar_described(m.group("role")) and _ar_bare_name(m.group("spk")))
