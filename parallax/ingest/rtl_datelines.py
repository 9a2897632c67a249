"""The dateline of Urdu, Persian and Arabic papers: the place and a colon ("نئی دہلی:", "تهران:", "بيروت:").

Urdu papers open a report with the place it was filed from and a colon, perhaps their correspondent or an agency in
brackets between ("کراچی (اے پی پی):"), as Persian and Arabic papers also do; :mod:`.datelines` read the Arabic forms
with a dash and an agency only, so "نئی دہلی:" stayed in the text as the report's first words, and the article had
no place.  With no capitals to tell a place by, a colon after one to three words is also a speaker's ("وزیر اعظم نے
کہا:") or a label's ("اہم بات:"): only a place the press files from is taken (:data:`PLACES`, Urdu and Persian
spellings, and :data:`.arabic_places.PLACES`), and the report must run on after it.
"""

from __future__ import annotations

import re

from parallax.ingest.arabic_places import ARABIC_WORD, is_place

# capitals and large cities of Pakistan, India, Afghanistan and Iran and the foreign capitals datelines name most,
# in Urdu and Persian spellings (Arabic ones: :data:`.arabic_places.PLACES`)
PLACES = frozenset(
    w.replace("_", " ")  # ("نئی_دہلی": one place of two words)
    for w in """
    اسلام_آباد کراچی لاہور پشاور کوئٹہ راولپنڈی ملتان فیصل_آباد حیدرآباد حیدر_آباد سیالکوٹ گوجرانوالہ مظفر_آباد گلگت
    سکھر بہاولپور ایبٹ_آباد مردان سرگودھا نئی_دہلی دہلی ممبئی کولکتہ چنئی بنگلور سری_نگر جموں لکھنؤ احمد_آباد امرتسر
    کابل قندھار ہرات جلال_آباد ڈھاکہ کولمبو کھٹمنڈو تہران مشہد
    تهران مشهد اصفهان تبریز شیراز کرج اهواز قم کرمانشاه رشت کرمان همدان یزد زاهدان بندرعباس اراک کابل هرات
    واشنگٹن نیویارک لندن پیرس ماسکو برلن بیجنگ ٹوکیو ریاض جدہ مکہ دبئی ابوظہبی دوحہ انقرہ استنبول جنیوا برسلز
    واشنگتن نیویورک لندن پاریس مسکو برلین پکن توکیو ریاض دبی دوحه آنکارا استانبول ژنو بروکسل بغداد دمشق بیروت
    """.split()
)  # fmt: skip
_NORMAL = str.maketrans({"ي": "ی", "ك": "ک", "ة": "ہ", "ه": "ہ"})
_FOLDED = frozenset(p.translate(_NORMAL) for p in PLACES)
# one to three words, an optional credit in brackets, a colon, then the report (twenty characters or more on the line)
_COLON = re.compile(
    rf"^(?P<place>{ARABIC_WORD}(?:[ ]{ARABIC_WORD}){{0,2}})(?:[ ]?\((?P<agency>[^()\n:]{{1,30}})\))?[ ]?[:：][ ]?(?=[^\n]{{20}})(?=\S)"
)


def colon_place(paragraph: str) -> tuple[str, str | None, int] | None:
    """The place, the credit in brackets (or None) and where the report starts, for a paragraph that opens with a
    known place and a colon; None where it opens otherwise."""
    m = _COLON.match(paragraph)
    if m is None:
        return None
    place = m.group("place")
    if place.translate(_NORMAL) not in _FOLDED and not is_place(place):
        return None
    return place, (m.group("agency") or "").strip() or None, m.end()
