"""Another country's dollar written after a figure in the languages whose word for the dollar is read as "$".

:mod:`.money` reads the dollar of Thai, Arabic, Persian, Hebrew, Japanese, Hindi, Urdu, Bengali and Tamil
("ดอลลาร์", "دولار", "ドル", "डॉलर" ...) as "$", the US dollar, as the wire agencies write it.  Those languages name
another dollar by the same word and the country: after it (Thai "ดอลลาร์ออสเตรเลีย", run on with no space; Arabic
"دولار أسترالي"; Persian "دلار استرالیا"; Hebrew "דולר אוסטרלי"), before it (Hindi "ऑस्ट्रेलियाई डॉलर", Urdu
"آسٹریلوی ڈالر", Bengali "অস্ট্রেলীয় ডলার", Tamil "ஆஸ்திரேலிய டாலர்"), or by a short name glued to it (Japanese
"豪ドル", Korean "호주달러", Chinese "澳元", "加元").  Read as "$", an Australian report's "3,000 ล้านดอลลาร์ออสเตรเลีย"
was one unit with another report's US "$3 billion" (a false conflict, or a false agreement), and met no "A$3
billion".  Each is written here as the English press writes it: "A$", "C$", "HK$", "S$", "NZ$", "NT$".
"""

from __future__ import annotations

import re

# each country's dollar by the words a language names the country with, as the sign the English press gives it
_COUNTRIES = {
    "A$": ("ออสเตรเลีย", "أسترالي", "استرالي", "استرالیا", "استرالیایی", "אוסטרלי", "אוסטרליים", "ऑस्ट्रेलियाई", "आस्ट्रेलियाई",
           "ऑस्ट्रेलियन", "آسٹریلوی", "آسٹریلین", "অস্ট্রেলীয়", "অস্ট্রেলিয়ান", "ஆஸ்திரேலிய", "豪", "オーストラリア", "호주"),
    "C$": ("แคนาดา", "كندي", "کانادا", "کانادایی", "קנדי", "קנדיים", "कनाडाई", "कैनेडियन", "کینیڈین", "কানাডীয়", "কানাডিয়ান",
           "கனடா", "கனடிய", "カナダ", "캐나다"),
    "HK$": ("ฮ่องกง", "هونغ كونغ", "هنگ کنگ", "הונג קונג", "हांगकांग", "ہانگ کانگ", "হংকং", "ஹாங்காங்", "香港", "홍콩"),
    "S$": ("สิงคโปร์", "سنغافوري", "سنگاپور", "סינגפורי", "सिंगापुरी", "سنگاپوری", "সিঙ্গাপুরি", "சிங்கப்பூர்", "シンガポール", "싱가포르"),
    "NZ$": ("นิวซีแลนด์", "نيوزيلندي", "نیوزیلند", "ניו זילנדי", "न्यूजीलैंड", "نیوزی لینڈ", "নিউজিল্যান্ড", "ニュージーランド", "NZ", "뉴질랜드"),
    "NT$": ("ไต้หวัน", "تايواني", "تایوان", "טייוואני", "ताइवानी", "تائیوانی", "台湾", "대만"),
}  # fmt: skip
_SIGN = {word: sign for sign, words in _COUNTRIES.items() for word in words}
_COUNTRY = "|".join(sorted(map(re.escape, _SIGN), key=len, reverse=True))
_S = r"[ \u00a0]?"
# the word for the dollar, then the country (Thai, Arabic, Persian, Hebrew; an Arabic plural "دولارات")
_DOLLAR_FIRST = re.compile(rf"{_S}(?:ดอลลาร์|دولار(?:ات|ا)?|دلار|דולר(?:ים)?){_S}(?P<country>{_COUNTRY})")
# the country, then the word for the dollar (Hindi, Urdu, Bengali, Tamil, Japanese, Korean)
_COUNTRY_FIRST = re.compile(rf"{_S}(?P<country>{_COUNTRY}){_S}(?:डॉलर|डालर|ڈالر|ডলার|டாலர்|ドル|달러)")
# Chinese writes each dollar as one word ending in 元 (the mainland's 澳元 is the Australian dollar; Macau's is 澳门元)
_ZH = {"澳元": "A$", "澳大利亚元": "A$", "加元": "C$", "加拿大元": "C$", "新加坡元": "S$", "新西兰元": "NZ$", "纽元": "NZ$"}
_ZH_AFTER = re.compile("|".join(sorted(_ZH, key=len, reverse=True)))


def other_dollar(text: str, end: int, lang: str | None) -> str | None:
    """The sign of another country's dollar written right after the figure that ends at ``end`` ("A$" for "ล้านดอลลาร์
    ออสเตรเลีย" after the scale, "豪ドル", "آسٹریلوی ڈالر"), or None where the currency is none of these."""
    if lang == "zh":
        return _ZH[m.group()] if (m := _ZH_AFTER.match(text, end)) else None
    m = _DOLLAR_FIRST.match(text, end) or _COUNTRY_FIRST.match(text, end)
    return _SIGN[m.group("country")] if m else None
