"""The words of a body that a Persian role names, so that a role with no name after it stays a role.

Persian writes a role and the body it serves with no genitive mark ("رئیس کل بانک مرکزی", the governor of the
central bank; "سخنگوی وزارت امور خارجه", the foreign ministry's spokesman), so :func:`.arabic_script.ar_name` takes the last two words after a role as the name
("وزیر کشور احمد رضایی" is احمد رضایی). Where no name follows, those two words are the body's: "رئیس کل بانک
مرکزی گفت" had the speaker "بانک مرکزی", the bank, and a report naming the governor was then flagged as
giving his words to another. A name has none of these words.
"""

from __future__ import annotations

FA_BODY_WORDS = frozenset({
    "بانک", "مرکزی", "وزارت", "سازمان", "شرکت", "دولت", "مجلس", "دانشگاه", "پلیس", "استان", "استانداری", "شهرداری",
    "فرمانداری", "کشور", "کشوری", "خارجه", "امور", "اقتصادی", "اقتصاد", "دارایی", "بهداشت", "درمان", "آموزش", "پرورش",
    "نیرو", "نیروی", "انتظامی", "ملی", "ایران", "اسلامی", "جمهوری", "کل", "قوه", "قضاییه", "قضائیه", "ستاد", "بحران",
    "مدیریت", "هلال", "احمر", "شورای", "شورا", "اداره", "کمیسیون", "دفتر", "نفت", "صنعت", "معدن", "تجارت", "راه",
    "شهرسازی", "هواپیمایی", "حمل", "نقل", "راه‌آهن", "بورس", "اوراق", "بهادار", "سپاه", "ارتش", "اورژانس", "آتش‌نشانی",
    "دادگستری", "دادستانی", "بیمارستان", "هواشناسی", "محیط", "زیست", "کار", "رفاه", "اجتماعی", "کشاورزی", "جهاد",
    "فرهنگ", "ارشاد", "ورزش", "جوانان", "خبرگزاری", "دفاع", "اطلاعات", "ارتباطات", "فناوری", "انرژی", "برق", "گاز",
    "آب", "فاضلاب", "گمرک", "مالیاتی", "بیمه", "تامین", "تأمین", "پزشکی", "قانونی", "انقلاب", "نگهبان", "تشخیص",
    "مصلحت", "نظام", "عالی", "امنیت", "شهر", "شهرستان", "ریاست", "حقوقی", "پارلمانی", "بین‌الملل", "بین‌المللی",
})  # fmt: skip


def names_a_body(words: list[str]) -> bool:
    """Whether the words after a Persian role hold a body's word, so are no person's name."""
    return any(w in FA_BODY_WORDS for w in words)
