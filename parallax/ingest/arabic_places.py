"""Arabic datelines that name an outlet without a colon: the place, a dash and the outlet, alone on the report's first
line ("القاهرة - صوت النيل") or before the report on the same line ("القاهرة - صوت النيل تظاهر آلاف ...").

Kept apart from :mod:`parallax.ingest.datelines` because, with no capitals and no colon, the shape is also that of a
heading that pairs two names ("الأهلي - الزمالك", a match): what tells a dateline from it is the place (a city or a
country the press files from, :data:`PLACES`) or the outlet's own shape (in guillemets, an agency's spaced letters, or
a word that says it is an outlet: "صوت", "وكالة", "قناة" ...).  On the report's line only that outlet shape counts,
since nothing else says where a name without capitals ends and the report begins.
"""

from __future__ import annotations

import re

ARABIC_WORD = "[\u0621-\u064a\u0660-\u0669\u066e-\u06d3\u06fa-\u06ff]+"

# capitals and large cities of the Arab world and the countries, and the foreign capitals datelines name most; a
# general list (a dateline's place is one of few), written in the common spelling (see _fold for hamza and tā' marbūṭa)
PLACES = frozenset(
    """
    مصر السعودية الأردن لبنان سوريا سورية العراق الكويت قطر البحرين الإمارات عمان اليمن ليبيا تونس الجزائر المغرب
    السودان موريتانيا فلسطين الصومال جيبوتي تركيا إيران
    القاهرة الإسكندرية الجيزة أسوان الأقصر بورسعيد السويس المنصورة طنطا الإسماعيلية أسيوط الزقازيق دمياط
    الرياض جدة مكة الدمام الخبر الطائف تبوك أبها المدينة_المنورة مكة_المكرمة
    إربد الزرقاء العقبة الكرك معان السلط بيروت طرابلس صيدا صور زحلة دمشق حلب حمص اللاذقية حماة درعا إدلب
    بغداد البصرة الموصل أربيل النجف كربلاء السليمانية كركوك الدوحة المنامة أبوظبي أبو_ظبي دبي الشارقة مسقط صلالة
    صنعاء عدن تعز الحديدة المكلا بنغازي مصراتة سبها صفاقس سوسة القيروان وهران قسنطينة عنابة الرباط الدار_البيضاء
    مراكش فاس طنجة أغادير مكناس الخرطوم أم_درمان بورتسودان نواكشوط مقديشو القدس غزة رام_الله نابلس الخليل جنين
    بيت_لحم أريحا خان_يونس رفح حيفا يافا الناصرة عكا تل_أبيب
    واشنطن نيويورك لندن باريس موسكو برلين بكين طوكيو روما مدريد جنيف بروكسل فيينا أنقرة إسطنبول طهران كابول
    إسلام_آباد نيودلهي
    """.replace("_", " ").split()
    + ["المدينة المنورة", "مكة المكرمة", "أبو ظبي", "الدار البيضاء", "أم درمان", "رام الله", "بيت لحم", "خان يونس", "تل أبيب",
       "إسلام آباد"]
)  # fmt: skip
# words that open an outlet's name: a voice, an agency, a paper, a channel, a radio, a site, a portal, a network
_OUTLET_HEADS = r"صوت|وكالة|وكالات|صحيفة|جريدة|مجلة|قناة|إذاعة|راديو|تلفزيون|موقع|بوابة|شبكة"
# the outlet: in guillemets, an agency's letters spaced ("أ ف ب"), or an outlet word and one or two words with the
# article ("صوت النيل", "وكالة الأنباء الرسمية"), which a report's opening verb ("تظاهر", "أعلن") lacks
OUTLET = (
    rf"«[^«»\n]{{1,30}}»|[\u0621-\u064a](?:[ ][\u0621-\u064a]){{1,3}}(?![\u0621-\u064a])"
    rf"|(?:{_OUTLET_HEADS})[ ]ال{ARABIC_WORD}(?:[ ]ال{ARABIC_WORD})?"
)
_PLACE = rf"(?P<place>(?![وف])(?!قال)(?!أضاف){ARABIC_WORD}(?:[ ]{ARABIC_WORD})?)"
# the outlet before the report on the same line: the report starts with a letter and runs on (twenty letters or more)
DATELINE_AR_OUTLET_INLINE = re.compile(rf"^{_PLACE}[ ]?[-–—][ ]?(?P<agency>{OUTLET})[ ](?=[ء-ي])(?=[^\n]{{20}})")
# a paper's own name after a known place and before a colon, with no guillemets: "الدوحة - الخليج اليوم: افتتح ..."
# (QA 40d); one to three words, and the place must be one of PLACES (see :func:`is_place`), so an aside, "وأضاف -
# مؤكدا:", or a heading's topic stays
DATELINE_AR_PLACE_CREDIT = re.compile(rf"^{_PLACE}[ ]?[-–—][ ]?(?P<agency>{ARABIC_WORD}(?:[ ]{ARABIC_WORD}){{0,2}})[ ]?:[ ]?(?=\S)")
_WHOLE_OUTLET = re.compile(rf"(?:{OUTLET})\Z")


def _fold(word: str) -> str:
    """A word with its alef forms, tā' marbūṭa and alif maqṣūra written alike ("الاسكندرية" is "الإسكندرية")."""
    return re.sub("[أإآ]", "ا", word).replace("ة", "ه").replace("ى", "ي")


_FOLDED = frozenset(map(_fold, PLACES))


def is_place(name: str) -> bool:
    """Whether ``name`` is a city or country of :data:`PLACES` (in any of its spellings, see _fold)."""
    return _fold(name.strip()) in _FOLDED


def is_outlet_line(place: str, agency: str) -> bool:
    """Whether "place - agency" alone on a line is a dateline: the place is a known one, or the agency has an outlet's
    shape; "الأهلي - الزمالك" (two clubs) is neither."""
    return is_place(place) or bool(_WHOLE_OUTLET.match(agency.strip()))
