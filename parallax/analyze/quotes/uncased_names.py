"""The name in an uncased speaker phrase, and whether an uncased speaker is a person's name.

The speaker phrase that :mod:`.uncased` finds ("局长李明", "山田太郎市長", "وزير الداخلية أحمد الحارثي") is trimmed and
cut to the person's name where the language puts titles on a known side of it; and compare asks of two uncased
speakers whether each is a name (:func:`looks_named`) and whether they are one person (:func:`same_uncased`).  These
read only the phrase, not the sentence around it, so they stand apart from the reading of the quotation.
"""

from __future__ import annotations

import re

from parallax.analyze.quotes.amharic import looks_amharic_name
from parallax.analyze.quotes.arabic_script import AR_DESCRIPTIONS, AR_PHRASE_END, AR_ROLES, ar_name
from parallax.analyze.quotes.bengali import bn_name, looks_bengali_name
from parallax.analyze.quotes.cjk_speaker_cuts import ko_past_apposition, ko_unnamed, zh_cut_at_date, zh_ends_in_title, zh_name_before_time
from parallax.analyze.quotes.hebrew import he_name, looks_hebrew_name
from parallax.analyze.quotes.hebrew_names import he_full_name
from parallax.analyze.quotes.hindi_names import hi_full_name
from parallax.analyze.quotes.ja_roles import ja_katakana_name, ja_name_after_clause, ja_name_before_role
from parallax.analyze.quotes.japanese_names import ja_full_name
from parallax.analyze.quotes.tamil import looks_tamil_name, ta_name
from parallax.analyze.quotes.thai import looks_thai_name, th_full_name
from parallax.analyze.quotes.uncased_cues import (
    _HI_ROLES,
    _JA_TITLE_END,
    _JA_TITLES,
    _KO_SURNAMES,
    _ZH_DOUBLE_SURNAMES,
    _ZH_NAME,
    _ZH_SURNAMES,
    _ZH_TITLES,
    zh_simplified,
)
from parallax.analyze.quotes.urdu import ur_name
from parallax.letters import UNSPACED


def _clean(phrase: str) -> str:
    return phrase.strip(" \t,،:：，-–—")


# an adverb between the speaker and the cue ("联合声明还表示", the joint statement also said; "王毅同时表示"): no word of the
# speaker, whose name then met no other report's.  The one-character adverbs that also end given names (也 of the
# Japanese 拓也 and 哲也, 又, 亦, 均, 都, 则) are left on the name: "森本拓也表示" is 森本拓也
_ZH_ADVERB_END = re.compile(r"(?:还|并|再次|同时|进一步|随后|最后|接着|另外)+\Z")


def _zh_name(phrase: str) -> str:
    """The name after the last title ("对面超市店主刘建国" is 刘建国), or after the last 的 of a
    description ("住在对面的刘建国"); an adverb before the cue is left out ("李国华还" is 李国华)."""
    if (adverb := _ZH_ADVERB_END.search(phrase := zh_cut_at_date(phrase))) and adverb.start() >= 2:  # "王部长18日" is 王部长
        phrase = phrase[: adverb.start()]
    if (named := zh_name_before_time(phrase)) is not None:
        return named  # "林志明当晚发表感言": the name, then when and how he spoke (:mod:`.cjk_speaker_cuts`)
    m = _ZH_NAME.search(zh_simplified(phrase))  # "副市長劉建國": the titles in traditional characters too
    if m and not zh_ends_in_title(m.group("name")):  # "中央选举委员会主席" is no "会主席" (:mod:`.cjk_speaker_cuts`)
        return phrase[m.start("name") : m.end("name")]
    last = phrase.rsplit("的", 1)[-1]
    if last != phrase and 2 <= len(last) <= 4 and (last[0] in _ZH_SURNAMES or last.startswith(_ZH_DOUBLE_SURNAMES)):
        return last
    return phrase


# an age or an aside in brackets after a name ("森田健太さん（34）", "石井美咲さん(21歳)", "…最高経営責任者（CEO）")
_JA_AGE = re.compile(r"[（(][^（）()]{1,12}[）)]\Z")
# a foreign name in katakana, its parts joined by the middle dot ("マルクス・レンツ"), and the role in kanji
# after it ("最高経営責任者"): Japanese writes the role after the name, and no role is written in katakana dots
_JA_FOREIGN = re.compile(r"(?P<name>[ァ-ヺー]+(?:[・･=＝][ァ-ヺー]+)+)[\u4e00-\u9fff々A-Za-zＡ-Ｚａ-ｚ]*(?:さん|ちゃん|くん)?\Z")


def _ja_name(phrase: str) -> str:
    """The name in a Japanese speaker phrase: after the last の ("宮古市の山田太郎市長", "大学生の石井美咲さん"),
    without the age or aside in brackets and the title or honorific after it (さん, 氏, 容疑者, 市長); a foreign
    name in katakana without the kanji role after it."""
    name = _JA_AGE.sub("", phrase.rsplit("の", 1)[-1]).rstrip()
    # "マルクス・レンツ最高経営責任者" is マルクス・レンツ, however long; "ソムチャイ党首" ソムチャイ, "ロシア大統領" no name (:mod:`.ja_katakana_names`)
    if (foreign := _JA_FOREIGN.fullmatch(name)) is not None or (kana := ja_katakana_name(name)) is not None:
        return foreign.group("name") if foreign is not None else kana or phrase
    # (a title set off by the middle dot, "田中・外相", leaves the dot on the name; "副" (deputy) and "前" (former)
    # before a title are the title's: "小林副社長" is 小林.  Not "元", which ends surnames: "秋元社長")
    bare = _JA_TITLE_END.sub("", name)
    if bare != name:
        bare = bare.rstrip("・･ ").removesuffix("副").removesuffix("前")
    # "気象庁の担当者" is a description, and "山本一郎地震津波監視課長" a name before a title with no
    # list of names to cut it at: both are kept whole (and are not taken for a name)
    # else a post outside the short list ("太田健二予報官") or a one-kanji surname ("森首相"): :mod:`.ja_roles`
    return bare if 2 <= len(bare) <= 5 else ja_name_after_clause(bare) or ja_name_before_role(name) or phrase


# Korean titles and roles a speaker phrase closes with ("박지훈 구청장", "야마카와 히로시 JAXA 이사장"); those of three
# syllables opening with a surname's syllable ("이사장", chairman; "구청장", "도지사", "변호사") are no names
_KO_TITLES = frozenset(
    "이사장 위원장 구청장 도지사 주지사 변호사 연구원 공보관 소방관 전문가 조합장 대변인 대통령 장관 차관 사장 부사장 회장 부회장 의장 "
    "총리 시장 부시장 군수 원장 청장 서장 소장 국장 부장 실장 총장 단장 교수 대표 의원 위원 감독 기자 특파원 관계자 교육감 지사 판사 "
    "검사 총재 이사 대사 관장 센터장 본부장 팀장 과장 책임자 박사 "
    # people named by their part, three syllables opening with a surname's: "김씨의 변호인 박정민 변호사" is 박정민, no
    # 변호인 (counsel); so 공무원 (official), 용의자 (suspect), 유가족 (bereaved family) ...
    "변호인 대리인 공무원 노동자 용의자 피의자 피해자 목격자 유가족 수사관 조사관 경찰관 지휘관 운전자 기관사 승무원 담당자 "
    "소유주 전문의 간호사".split()
)
# a compound title written as one word: a field or office before the title ("외무장관", foreign minister;
# "부총리", "수석대변인", "명예교수"); Korean compounds its titles, so a word ending in one is a title
_KO_TITLE_END = re.compile(r"[가-힣]+(?:장관|대통령|총리|대변인|위원장|사장|교수)\Z")
_LATIN_WORD = re.compile(r"[A-Za-z&·-]+")
# what an office is of, between a name and its title or before both ("조 바이든 미국 대통령", "미국 국무장관 토니 블링컨"):
# a country or a bloc, or a body named by its kind's last syllable (외교부 ministry, 기상청 agency, 민주당 party; not a
# city's 시, which closes foreign names: 히로시)
_KO_DOMAIN = re.compile(
    r"(?:미국|중국|일본|러시아|영국|프랑스|독일|북한|남한|한국|대만|인도|이란|이라크|이스라엘|팔레스타인|우크라이나|캐나다|호주"
    r"|이탈리아|스페인|튀르키예|터키|사우디|사우디아라비아|베트남|필리핀|인도네시아|태국|브라질|멕시코|폴란드|유럽연합|유엔|나토"
    r"|[가-힣]+(?:부|청|처|국|당|은행|위원회))\Z"
)


def _ko_title(word: str) -> bool:
    """A Korean title, bare ("장관") or compounded ("외무장관")."""
    return word in _KO_TITLES or _KO_TITLE_END.fullmatch(word) is not None


def _ko_name(phrase: str) -> str:
    """A Korean name of three syllables opening with a surname ("박지훈 구청장": 박지훈), else the words after a title
    ("미국 국무장관 토니 블링컨": 토니 블링컨), else the words before a closing title and what the office is of before
    it, an organisation in Latin letters or a country ("야마카와 히로시 JAXA 이사장": 야마카와 히로시; "조 바이든 미국
    대통령": 조 바이든)."""
    words = (phrase := ko_past_apposition(phrase, _ko_title)).split()  # "회사 측인 한울에너지": 한울에너지
    if ko_unnamed(words):
        return phrase  # "공장 관계자": an official of the factory, no name (:mod:`.cjk_speaker_cuts`)
    # (a word with the genitive 의 is whose the role is: "김씨의 변호인", Mr Kim's counsel)
    named = [w for w in words if len(w) == 3 and w[0] in _KO_SURNAMES and re.fullmatch(r"[가-힣]+", w) and not _ko_title(w) and w[-1] != "의"]
    if named:
        return named[0]
    titled = [i for i, w in enumerate(words) if _ko_title(w)]
    if titled and titled[-1] < len(words) - 1 and len(words) - titled[-1] - 1 <= 3:
        return " ".join(words[titled[-1] + 1 :])  # the name after its title ("미국 국무장관 토니 블링컨")
    if len(words) >= 2 and _ko_title(words[-1]):
        rest = words[:-1]
        while rest and (_LATIN_WORD.fullmatch(rest[-1]) or (len(rest) > 1 and _KO_DOMAIN.fullmatch(rest[-1]))):
            rest.pop()  # what the office is of, not the name ("조 바이든 미국 대통령")
        if 1 <= len(rest) <= 3:
            return " ".join(rest)
    return phrase


def _hi_name(phrase: str) -> str:
    """The words after the last role word ("गृह मंत्री राजेश कुमार"); a longer description with no
    role word we know ("बस में सफर कर रहे यात्री रमेश यादव") ends with the name: its last two words."""
    words = phrase.split()
    k = max((i + 1 for i, w in enumerate(words) if w in _HI_ROLES), default=0)
    rest = words[k:]
    if k and rest:
        return " ".join(rest)
    return " ".join(words[-2:]) if len(words) > 3 else phrase


_NAMERS = {"zh": _zh_name, "ja": _ja_name, "ko": _ko_name, "ar": ar_name, "fa": ar_name, "ur": ur_name, "bn": bn_name, "hi": _hi_name, "he": he_name, "ta": ta_name}


def _phrase_of(lang: str, text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` trimmed to the speaker phrase: Arabic and Persian stop at a circumstance."""
    if lang in ("ar", "fa", "ur") and (stop := AR_PHRASE_END.search(text, start, end)):
        end = stop.start()
    while start < end and text[start] in " \t,،:：，-–—":
        start += 1
    while end > start and text[end - 1] in " \t,،:：，-–—":
        end -= 1
    return start, end


def name_in(lang: str, text: str, start: int, end: int) -> tuple[str, int, int]:
    """The name in the speaker phrase ``text[start:end]`` (:func:`speaker_name`) and where it stands."""
    name = speaker_name(lang, text[start:end])
    at = text.find(name, start, end)
    return (name, at, at + len(name)) if at >= 0 else (name, start, end)


def full_name_before(lang: str, text: str, start: int, name: str) -> str | None:
    """The full name that a speaker named in part stands for, from the report's ``text`` before ``start``: Thai
    "นายวิชัยกล่าวว่า" after "นายวิชัย ทองดี" (:func:`parallax.analyze.quotes.thai.th_full_name`), Korean "김 대통령은"
    after "김서준 대통령은" (:func:`ko_full_name`), Hindi "जयशंकर" after "विदेश मंत्री एस जयशंकर"
    (:func:`.hindi_names.hi_full_name`); None where none was given."""
    if lang == "th":
        return th_full_name(text, start, name)
    if lang == "hi":
        return hi_full_name(text, start, name)
    if lang == "he":
        return he_full_name(text, start, name)  # "אמר כהן" after "אבי כהן" (:mod:`.hebrew_names`)
    if lang == "ja":
        return ja_full_name(text, start, name)  # "佐藤社長は" after "佐藤健一社長は" (:mod:`.japanese_names`)
    return ko_full_name(text, start, name) if lang == "ko" else None


def ko_full_name(text: str, start: int, name: str) -> str | None:
    """For a speaker named by a surname alone (one syllable), the full name, three syllables opening with it, that the
    report last gave before ``start`` in ``text`` (the article's): Korean news names a person in full once ("김서준
    대통령은") and then by the surname and the title ("김 대통령은"), as English writes "Kim said"; the surname alone
    left the speaker "김", which no other report's name could meet."""
    if len(name) != 1 or name not in _KO_SURNAMES:
        return None
    names = [w for w in re.findall(rf"(?<![가-힣]){name}[가-힣]{{2}}(?![가-힣])", text[:start]) if not _ko_title(w)]
    return names[-1] if names else None


# an age beside the name in a speaker phrase: "मोहन लाल (52)", "52 वर्षीय मोहन लाल", "احمد رضایی ۴۵ ساله", "احمد رضایی، ۴۵ ساله"
_DIGIT = r"[0-9۰-۹٠-٩]"
_AGE_IN_PHRASE = re.compile(
    rf"[ \u00a0]*[(（][ \u00a0]*{_DIGIT}{{1,3}}[ \u00a0]*[)）]\Z|[ \u00a0،,]*{_DIGIT}{{1,3}}[ \u00a0\u200c]*سال[هہ]\Z"
    rf"|\A{_DIGIT}{{1,3}}[ \u00a0-]*वर्षीय[ \u00a0]+"
)


def speaker_name(lang: str, phrase: str) -> str:
    """The person's name in a speaker phrase (its title and an age beside it peeled off), or the phrase itself."""
    namer = _NAMERS.get(lang)
    phrase = _AGE_IN_PHRASE.sub("", _clean(phrase)) or phrase
    return _clean(namer(_clean(phrase))) if namer else _clean(phrase)


_UNSPACED = re.compile(f"[{UNSPACED}]")
_HANGUL = re.compile(r"[가-힣]")
_HEBREW = re.compile(r"[\u05d0-\u05ea]")
_THAI = re.compile(r"[\u0e01-\u0e4e]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_DEVANAGARI = re.compile(r"[\u0900-\u097f]")


def is_uncased(name: str) -> bool:
    """Whether a name is written in a script without capitals (it has no cased letter)."""
    return not any(c.isupper() or c.islower() for c in name) and any(c.isalpha() for c in name)


# what an organisation's or a place's name ends with in Chinese and Japanese: no person
_ORG_END = (
    "公司|集团|部门|政府|机构|方面|警方|官方|媒体|中心|委员会|协会|学校|医院|银行|局|部|委|院|厅|署|庁|省|課|社|会|所|市|町|村|県|府|都"
)


def looks_named(name: str, lang: str | None = None) -> bool:
    """Whether an uncased speaker is a person's name rather than a description: Han or kana of
    two to five characters not ending in a title, a Korean three-syllable word opening with a
    surname, or two to five Arabic, Persian or Devanagari words none of them a role."""
    name = name.strip()
    if _HEBREW.search(name):
        return looks_hebrew_name(name)
    if _THAI.search(name):
        return looks_thai_name(name)
    if re.search(r"[\u0b80-\u0bff]", name):
        return looks_tamil_name(name)
    if re.search(r"[\u0980-\u09ff]", name):
        return looks_bengali_name(name)
    if _HANGUL.search(name):
        return any(len(w) == 3 and w[0] in _KO_SURNAMES and w not in _KO_TITLES for w in name.split())
    if _UNSPACED.search(name):
        name = zh_simplified(name) if lang == "zh" else name  # a title or body in traditional characters ends no name either
        if not 2 <= len(name) <= 5 or re.search(rf"(?:{_ZH_TITLES}|{_JA_TITLES}|{_ORG_END})\Z", name) or "の" in name:
            return False
        if lang == "zh":  # a Chinese name opens with a surname; "该公司", "有人" describe someone
            return len(name) <= 4 and (name[0] in _ZH_SURNAMES or name.startswith(_ZH_DOUBLE_SURNAMES))
        return True
    words = name.split()
    if _ARABIC.search(name):
        # a name opens without the article ("أحمد الحارثي"); "مصدر أمني" (a security source) describes
        return 2 <= len(words) <= 5 and not words[0].startswith("ال") and not any(w in AR_ROLES or w in AR_DESCRIPTIONS for w in words)
    if _DEVANAGARI.search(name):
        return 2 <= len(words) <= 4 and not any(w in _HI_ROLES for w in words)
    return looks_amharic_name(name)


def same_uncased(a: str, b: str) -> bool:
    """Two uncased names are one person when one is inside the other ("李明" in "局长李明";
    "الحارثي" in "أحمد الحارثي")."""
    a, b = a.replace(" ", ""), b.replace(" ", "")
    return a in b or b in a or _one_name_in_two_chinese_scripts(a, b)


_HAN_ONLY = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]{2,4}")


def _one_name_in_two_chinese_scripts(a: str, b: str) -> bool:
    """Whether a Chinese name printed in simplified characters ("刘建国") and one printed in traditional ones
    ("劉建國") are one name: the same reading in pinyin with its tones, one written wholly in GB 2312 (the mainland's simplified
    set, which has no traditional form) and the other not but wholly in Big5 (Taiwan's and Hong Kong's set).  Two
    names of one script are never one by their sound alone: "刘建国" and "刘剑国" are two people."""
    if len(a) != len(b) or not (_HAN_ONLY.fullmatch(a) and _HAN_ONLY.fullmatch(b)):
        return False
    simplified = [_encodes(n, "gb2312") for n in (a, b)]
    if simplified[0] == simplified[1] or not _encodes(b if simplified[0] else a, "big5"):
        return False
    from pypinyin import Style, lazy_pinyin  # loaded only for Chinese names

    return lazy_pinyin(a, style=Style.TONE3) == lazy_pinyin(b, style=Style.TONE3)  # with tones: "国" guo2, "果" guo3


def _encodes(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True
