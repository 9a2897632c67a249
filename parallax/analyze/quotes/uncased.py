"""Speakers in scripts without capital letters: Chinese, Japanese, Korean, Arabic, Persian, Hindi,
Hebrew, Thai.

Everywhere else a speaker is found by its capitals ("..., said Anna Berg").  These scripts have
none, and Parallax has no entity model for them, so the grammar of the attribution marks the
speaker instead:

- Chinese puts the speaker before the speech verb: '局长李明说：“…”', '“…”，市长王芳表示。';
- Japanese marks it with は/が and closes the quotation with と: '山田市長は「…」と述べた';
- Korean marks it with 은/는/이/가 and closes the quotation with 고/라고: '김민수 서장은 "…"고 말했다';
- Arabic puts the verb first: 'وقال وزير الداخلية أحمد الحارثي: «…»', '«…»، قالت فاطمة البلوشي' (:mod:`.arabic_script`);
- Persian and Hindi put the subject before a verb that ends the clause: 'احمد رضایی گفت: «…»',
  'मंत्री राजेश कुमार ने कहा, "…"';
- Hebrew puts the verb first and the name in commas after a role (:mod:`.hebrew`);
- Thai runs its words together and marks a name only by its title (:mod:`.thai`).

The phrase found is then cut to the person's name where the language puts titles on a known
side of it (Chinese "局长李明" is 李明, Japanese "山田太郎市長" is 山田太郎, Korean "김민수 소방서장"
is 김민수, Arabic "وزير الداخلية أحمد الحارثي" is أحمد الحارثي).  A phrase with no name in it
("交通运输部发言人", "the spokesman") is kept whole: a description, which compare never counts
as a rival speaker (:func:`looks_named`).
"""

from __future__ import annotations

import re

from parallax.analyze.quotes.arabic_script import (
    AR_ACCORDING,
    AR_AFTER,
    AR_APPOS_AFTER,
    AR_APPOS_BEFORE,
    AR_BEFORE,
    AR_CIRCUMSTANCE_TAIL,
    AR_DESCRIPTIONS,
    AR_PHRASE_END,
    AR_PRONOUNS,
    AR_REPORTED,
    AR_REPORTED_APPOSED,
    AR_ROLES,
    FA_ACCORDING,
    FA_AFTER,
    FA_BEFORE,
    FA_REPORTED,
    apposed_fits,
    ar_apposed,
    ar_name,
    fa_name_before_role,
)
from parallax.analyze.quotes.hebrew import HE_PRONOUNS, HE_REPORTED, he_name, he_speaker, looks_hebrew_name
from parallax.analyze.quotes.thai import looks_thai_name, th_speaker
from parallax.letters import UNSPACED

UNCASED = {"zh", "ja", "ko", "ar", "fa", "ur", "hi", "he", "th"}

# --------------------------------------------------------------------------- Chinese
_ZH_CUE = r"说道|说|表示|称|指出|强调|介绍|透露|坦言|告诉记者|对记者说|回应|宣布|解释|补充|警告|呼吁|承认|提到|坦承|直言"
# titles written before the name ("局长李明", "发言人陈静"): the name is what follows the last one
_ZH_TITLES = (
    "总统|总理|主席|副主席|部长|副部长|省长|市长|副市长|县长|区长|镇长|村长|局长|副局长|处长|科长|主任|副主任|书记|"
    "发言人|院长|校长|所长|厂长|站长|队长|大队长|支队长|经理|总经理|董事长|总裁|教授|专家|研究员|医生|护士|记者|"
    "领导人|领袖|负责人|工作人员|队员|船长|机长|司机|居民|村民|市民|目击者|律师|法官|检察官|警官|指挥官|官员|大使|议员|代表|委员|"
    # occupations and roles of the people news asks on the scene ("对面超市店主刘建国", "乘客王丽")
    "店主|店员|老板|老板娘|业主|住户|房东|租户|乘客|旅客|游客|车主|工人|职工|员工|农民|渔民|牧民|矿工|船员|保安|厨师|"
    "教师|老师|学生|大学生|中学生|小学生|家长|志愿者|消防员|民警|警察|交警|护工|医护人员|快递员|外卖员|售货员|服务员|"
    "收银员|村干部|社区干部|网友|市民代表|幸存者|遇难者家属|家属|亲属|邻居|"
    # the short forms the press gives foreign officials ("印尼外长苏珊蒂", "英国首相", "美国国务卿")
    "外长|防长|财长|首相|国务卿|秘书长|州长|议长|行长|首席执行官|参议员|众议员|"
    # the heads of Japanese and Korean companies and bodies, as the Chinese press keeps them ("南港化学公司社长佐藤浩二")
    "社长|副社长|会长|副会长|理事长"
)
_ZH_PRONOUNS = {"他", "她", "他们", "她们", "我们", "我"}
# "他接着说", "她还表示": a pronoun and an adverb are the speaker before
_ZH_PRONOUN_LEAD = re.compile(r"^(?:他们|她们|他|她)(?:接着|还|也|又|再次|同时|进一步|随后|最后|则|更|并|特别|补充|继续|当时|曾|已|坦言)*$")
# "也就是说", "换句话说", "可以说": 说 in an idiom, no one speaking
_ZH_IDIOM = re.compile(r"(?:也就是|换句话|换言之|可以|不用|比如|譬如|据|听|虽|再|总的来|一般来|严格来|具体来|简单来|老实)$")
# the commonest surnames of mainland China, Taiwan and Hong Kong (simplified and traditional): a Han
# name opens with one of them; a phrase that does not ("该公司", "有人") describes the speaker
_ZH_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石"
    "廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁"
    "岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾"
    "尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛"
    "仲虞敖巩明佘池查麻苑迟邝陳黃趙吳劉楊張鄭謝馮鄧蕭葉蘇呂盧鍾譚陸範賈韋鄒孫閻龍賀顧龔萬錢嚴湯溫齊喬龐顏聶魯嶽歐關蘭許羅"
)
_ZH_DOUBLE_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "歐陽", "司馬", "諸葛")
_ZH_PHRASE = r"[^，。；！？、“”「」『』：:,\s]"
# where and to whom, between the speaker and the verb ("在发布会上", "对记者"); no 的, which makes the
# words before it a description of the speaker ("住在对面的王秀兰说")
_ZH_CIRCUMSTANCE = r"(?:[在于对向][^，。；！？“”「」的]{0,15}?)?"
_ZH_BEFORE = re.compile(
    rf"(?:^|(?<=[，。；！？、“”「」『』：:,\s]))(?P<spk>{_ZH_PHRASE}{{1,40}}?){_ZH_CIRCUMSTANCE}(?P<cue>{_ZH_CUE})[：:，,]?\s*+\Z"
)
_ZH_AFTER = re.compile(rf"\A[，,]?\s*+(?P<spk>{_ZH_PHRASE}{{1,40}}?){_ZH_CIRCUMSTANCE}(?P<cue>{_ZH_CUE})")
# a clause that only attributes the quotation before it: '“…全碎了。”对面超市店主刘建国说。', '“…。”他说。'
# (it belongs to the quotation's sentence, see analyze.sentences)
ZH_ATTRIBUTION = re.compile(rf"\A{_ZH_PHRASE}{{1,40}}?{_ZH_CIRCUMSTANCE}(?:{_ZH_CUE})道?[。！]?\s*+\Z")
_ZH_NAME = re.compile(rf"(?:{_ZH_TITLES})(?P<name>[\u4e00-\u9fff·]{{2,4}})\Z")

# --------------------------------------------------------------------------- Japanese
_JA_CUE = (
    r"述べ|話し|話す|語っ|語り|語る|説明し|説明する|強調し|強調する|明らかにし|指摘し|指摘する|発表し|訴え|呼びかけ|コメントし|答え|明かし|"
    r"証言し|言っ|言い|言う|述べる|振り返っ|振り返り|振り返る|打ち明け|明かす|訴える|嘆い|嘆く|漏らし|漏らす|叫ん|伝え|"
    r"力を込め|声を詰まらせ|胸を張っ|語気を強め|意気込ん|意気込み|胸をなで下ろし|肩を落とし|声を弾ませ|供述し"
    # a view shown in words: "「全力を尽くしたい」との考えを示した", "との認識を示した" (not "を示し" alone: "と書かれた紙を示した")
    r"|(?:考え|認識|見方|意向|方針|姿勢|意欲|見解|立場|決意)を(?:示し|示す|明らかにし|強調し)"
)
_JA_TITLES = (
    "市長|町長|村長|知事|首相|大臣|長官|副長官|官房長官|社長|会長|委員長|代表|議員|教授|准教授|氏|さん|容疑者|被告|"
    "担当者|報道官|広報官|署長|所長|館長|部長|課長|局長|院長|校長|理事長|監督|選手|医師|弁護士|記者|隊長|船長|機長|総裁|大統領|"
    # a minister by the ministry's short name and 相 ("高橋悠斗財務相", "外相")
    "財務相|外相|防衛相|経済産業相|経産相|国土交通相|国交相|厚生労働相|厚労相|文部科学相|文科相|農林水産相|農水相|環境相|法相|"
    "総務相|経済再生相|デジタル相|復興相|副総裁|会頭|頭取|事務総長|幹事長"
)
_JA_PHRASE = r"[^、。「」『』“”\s]"
_JA_BEFORE = re.compile(rf"(?:^|(?<=[、。「」『』“”\s]))(?P<spk>{_JA_PHRASE}{{1,40}}?)(?:は|が)(?:[^。「」『』]{{0,30}}?)\Z")
_JA_CLOSE = re.compile(rf"[ ,，、]{{0,2}}[」』”\"]\s?(?:と|って)、?(?:(?P<spk>{_JA_PHRASE}{{1,40}}?)(?:は|が)、?)?[^。「」]{{0,30}}?(?P<cue>{_JA_CUE})")
_JA_TITLE_END = re.compile(rf"(?:{_JA_TITLES})\Z")
# the quotation a sentence of its own, and the next sentence says who said "this": "「…」。山田一郎氏はこう語った。"
_JA_SAID_NEXT = re.compile(
    rf"[」』”\"]。\s?(?P<spk>{_JA_PHRASE}{{1,40}}?)(?:は|が)、?(?:こう|このように|そう)[^。「」]{{0,20}}?(?P<cue>{_JA_CUE})"
)

# --------------------------------------------------------------------------- Korean
_KO_CUE = r"말했다|밝혔다|전했다|강조했다|설명했다|덧붙였다|주장했다|지적했다|말했습니다|밝혔습니다|호소했다|당부했다|말한다|했다|답했다|언급했다"
_KO_WORD = r"(?<![가-힣A-Za-z·])[가-힣A-Za-z·]{1,20}"
_KO_BEFORE = re.compile(rf"(?P<spk>{_KO_WORD}(?:\s{_KO_WORD}){{0,3}}?)(?:은|는|이|가)\s*+(?:[^.\"“”]{{0,30}}?)\Z")
# (a quotation closed by "며"/"면서" (and) runs on into a second one, and the speaker and verb after it say both:
# '박준호 서장은 "불이 번졌다"며 "부상자는 없다"고 설명했다')
_KO_CLOSE = re.compile(
    rf"[ ,]{{0,2}}[\"”’']\s?(?:이라고|라고|고|(?:이?라)?며|(?:이?라)?면서)\s*+(?:[\"“][^\"“”\n]{{1,300}}[\"”]\s?(?:이라고|라고|고)\s*+)?"
    rf"(?:(?P<spk>{_KO_WORD}(?:\s{_KO_WORD}){{0,3}}?)(?:은|는|이|가)\s+)?[^.\"“”]{{0,30}}?(?P<cue>{_KO_CUE})"
)
# the surnames of most Koreans: a three-syllable word opening with one of them is a name
_KO_SURNAMES = set(
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용"
)
_KO_PRONOUNS = {"그", "그녀", "그들"}

# --------------------------------------------------------------------------- Hindi
_HI_CUE = r"कहा|बताया|जोड़ा|कहते\s+हैं|कहती\s+हैं|स्पष्ट\s+किया|दावा\s+किया|आरोप\s+लगाया|चेतावनी\s+दी"
_HI_PHRASE = r"[^,।\"“”:\n]"
_HI_SPK = rf"[^\s,।\"“”:]{_HI_PHRASE}{{0,58}}?[^\s,।\"“”:]"
_HI_BEFORE = re.compile(rf"(?:^|(?<=[\s,।\"“”:]))(?P<spk>{_HI_SPK})\s++ने\s++(?:{_HI_PHRASE}{{0,30}}?\s)?(?P<cue>{_HI_CUE})(?:\s++कि)?\s*+[,:]?\s*+\Z")
_HI_AFTER = re.compile(rf"\A[\"”]?\s*+[,]?\s*+(?P<spk>{_HI_SPK})\s++ने\s++(?:{_HI_PHRASE}{{0,30}}?\s)?(?P<cue>{_HI_CUE})")
_HI_ROLES = {
    "मंत्री", "मुख्यमंत्री", "प्रधानमंत्री", "अधिकारी", "प्रवक्ता", "आयुक्त", "निदेशक", "अध्यक्ष", "जिलाधिकारी", "कलेक्टर",
    "पुलिस", "अधीक्षक", "निरीक्षक", "डॉ.", "डॉक्टर", "श्री", "श्रीमती", "सांसद", "विधायक", "महापौर", "सचिव", "प्रमुख", "गृह",
    "राज्य", "जिला", "के", "की", "का",
    # the court: a justice, a judge, a lawyer or advocate ("न्यायमूर्ति अरुण मिश्रा", "किसानों के वकील अजय सिंह")
    "न्यायमूर्ति", "न्यायाधीश", "जज", "वकील", "अधिवक्ता",
}
_HI_PRONOUNS = {"उन्होंने", "उसने", "उन्होने"}


def closes_quotation(text: str, end: int, lang: str) -> bool:
    """Japanese closes a quoted sentence with と or って before the verb (「…」と述べた), Korean with 고 or
    라고 ("…"고 말했다).  Marks without it hold a name or a term ('‘누리호’가', 「はやぶさ」が), not words
    anyone said."""
    if lang == "ko":
        return re.match(r"[”\"’']\s?(?:이?라고|고|(?:이?라)?며|(?:이?라)?면서)(?!\w)", text[end : end + 6]) is not None
    if lang == "ja":
        return re.match(r"[」』”\"]\s?(?:と|って)", text[end : end + 4]) is not None or bool(_JA_SAID_NEXT.match(text, end))
    return True


def _clean(phrase: str) -> str:
    return phrase.strip(" \t,،:：，-–—")


def _zh_name(phrase: str) -> str:
    """The name after the last title ("对面超市店主刘建国" is 刘建国), or after the last 的 of a
    description ("住在对面的刘建国")."""
    m = _ZH_NAME.search(phrase)
    if m:
        return m.group("name")
    last = phrase.rsplit("的", 1)[-1]
    if last != phrase and 2 <= len(last) <= 4 and (last[0] in _ZH_SURNAMES or last.startswith(_ZH_DOUBLE_SURNAMES)):
        return last
    return phrase


# an age in brackets after a name ("森田健太さん（34）", "石井美咲さん(21歳)")
_JA_AGE = re.compile(r"[（(]\s*[0-9０-９]{1,3}\s*歳?\s*[）)]\Z")


def _ja_name(phrase: str) -> str:
    """The name in a Japanese speaker phrase: after the last の ("宮古市の山田太郎市長", "大学生の石井美咲さん"),
    without the age in brackets and the title or honorific after it (さん, 氏, 容疑者, 市長)."""
    name = _JA_AGE.sub("", phrase.rsplit("の", 1)[-1]).rstrip()
    bare = _JA_TITLE_END.sub("", name)
    # "気象庁の担当者" is a description, and "山本一郎地震津波監視課長" a name before a title with no
    # list of names to cut it at: both are kept whole (and are not taken for a name)
    return bare if 2 <= len(bare) <= 5 else phrase


def _ko_name(phrase: str) -> str:
    words = phrase.split()
    named = [w for w in words if len(w) == 3 and w[0] in _KO_SURNAMES and re.fullmatch(r"[가-힣]+", w)]
    return named[0] if named else phrase


def _hi_name(phrase: str) -> str:
    """The words after the last role word ("गृह मंत्री राजेश कुमार"); a longer description with no
    role word we know ("बस में सफर कर रहे यात्री रमेश यादव") ends with the name: its last two words."""
    words = phrase.split()
    k = max((i + 1 for i, w in enumerate(words) if w in _HI_ROLES), default=0)
    rest = words[k:]
    if k and rest:
        return " ".join(rest)
    return " ".join(words[-2:]) if len(words) > 3 else phrase


_NAMERS = {"zh": _zh_name, "ja": _ja_name, "ko": _ko_name, "ar": ar_name, "fa": ar_name, "ur": ar_name, "hi": _hi_name, "he": he_name}
# languages whose speaker has a reader of its own module, (text, open, close, sentence) -> (start, end, cue)
_READERS = {"he": he_speaker, "th": th_speaker}


def _phrase_of(lang: str, text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` trimmed to the speaker phrase: Arabic and Persian stop at a circumstance."""
    if lang in ("ar", "fa", "ur") and (stop := AR_PHRASE_END.search(text, start, end)):
        end = stop.start()
    while start < end and text[start] in " \t,،:：，-–—":
        start += 1
    while end > start and text[end - 1] in " \t,،:：，-–—":
        end -= 1
    return start, end


_CLOSERS = ",،，、\"”»」』’'"
# per language, the speaker phrase before the quotation and after it ...
_AROUND = {
    "zh": (_ZH_BEFORE, _ZH_AFTER), "ar": (AR_BEFORE, AR_AFTER), "fa": (FA_BEFORE, FA_AFTER), "ur": (FA_BEFORE, FA_AFTER),
    "hi": (_HI_BEFORE, _HI_AFTER),
}  # fmt: skip
# ... or, in Japanese and Korean, the particle that closes the quotation (with a speaker after it) and
# the subject before it
_CLOSED_BY = {"ja": (_JA_CLOSE, _JA_BEFORE), "ko": (_KO_CLOSE, _KO_BEFORE)}


def find_speaker(text: str, open_: int, close: int, sent: tuple[int, int], lang: str) -> tuple[int, int, str] | None:
    """The speaker phrase of the quotation ``text[open_:close]`` (without its marks) in the sentence
    ``sent``, all offsets into ``text``: ``(start, end, cue)``, or ``None``.  ``start == end`` is a
    cue with no subject, or a pronoun: the speaker of the quotation before."""
    if lang in _READERS:
        return _READERS[lang](text, open_, close, sent)
    lo, hi = sent
    before = text[lo : max(lo, open_ - 1)]
    base_after = close  # past the closing mark and any comma on either side of it ('देखी," ...')
    while base_after < hi and text[base_after] in _CLOSERS:
        base_after += 1
    after = text[base_after:hi]
    if lang in _CLOSED_BY:  # Japanese and Korean: the particle after the marks, then who
        closing, subject = _CLOSED_BY[lang]
        if (c := closing.match(text, close) or (lang == "ja" and _JA_SAID_NEXT.match(text, close) or None)) is None:
            return None  # no と or 고 and a speech verb after the marks: a quoted term, not a quotation
        if c.group("spk"):
            return _span(lang, text, c.start("spk"), c.end("spk"), c.group("cue"))
        if (m := subject.search(before)) is not None:
            return _span(lang, text, lo + m.start("spk"), lo + m.end("spk"), c.group("cue"))
        return close, close, c.group("cue")
    if lang not in _AROUND:
        return None
    said_before, said_after = _AROUND[lang]
    if lang == "ar" and not said_before.search(before) and (tail := AR_CIRCUMSTANCE_TAIL.search(before)):
        before = before[: tail.start()]  # "وقال المستشار …، رئيس المحكمة، في حيثيات الحكم:": who, then where
    if (m := said_before.search(before)) is not None:
        if lang == "zh" and m.group("cue") == "说" and _ZH_IDIOM.search(m.group("spk")):
            return None  # "也就是说：" is no one speaking
        if lang == "fa" and (name := fa_name_before_role(before, m.start("spk"))):
            return _span(lang, text, lo + name[0], lo + name[1], " ".join(m.group("cue").split()))
        off = lo
    elif lang == "ar" and (m := AR_APPOS_BEFORE.search(before)) is not None:
        found = ar_apposed(m, after=False)
        return _span(lang, text, lo + found[0], lo + found[1], m.group("cue")) if found else None
    elif lang == "ar" and (m := AR_APPOS_AFTER.match(after)) is not None and (found := ar_apposed(m, after=True)):
        return _span(lang, text, base_after + found[0], base_after + found[1], m.group("cue"))
    elif (m := said_after.match(after)) is not None:
        off = base_after
    else:
        return None
    return _span(lang, text, off + m.start("spk"), off + m.end("spk"), " ".join(m.group("cue").split()))


def _span(lang: str, text: str, start: int, end: int, cue: str) -> tuple[int, int, str]:
    start, end = _phrase_of(lang, text, start, end)
    phrase = text[start:end]
    if phrase in _ZH_PRONOUNS | _KO_PRONOUNS | AR_PRONOUNS | _HI_PRONOUNS or _ZH_PRONOUN_LEAD.match(phrase):
        return end, end, cue  # "他说", "그는": the speaker of the quotation before
    return start, end, cue


def name_in(lang: str, text: str, start: int, end: int) -> tuple[str, int, int]:
    """The name in the speaker phrase ``text[start:end]`` (:func:`speaker_name`) and where it stands."""
    name = speaker_name(lang, text[start:end])
    at = text.find(name, start, end)
    return (name, at, at + len(name)) if at >= 0 else (name, start, end)


def speaker_name(lang: str, phrase: str) -> str:
    """The person's name in a speaker phrase (its title peeled off), or the phrase itself."""
    namer = _NAMERS.get(lang)
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
_ORG_END = "公司|集团|部门|政府|机构|方面|警方|官方|媒体|中心|委员会|协会|学校|医院|银行|局|部|委|院|厅|署|庁|省|課|社|会|所|市|町|村|県|府|都"


def looks_named(name: str, lang: str | None = None) -> bool:
    """Whether an uncased speaker is a person's name rather than a description: Han or kana of
    two to five characters not ending in a title, a Korean three-syllable word opening with a
    surname, or two to five Arabic, Persian or Devanagari words none of them a role."""
    name = name.strip()
    if _HEBREW.search(name):
        return looks_hebrew_name(name)
    if _THAI.search(name):
        return looks_thai_name(name)
    if _HANGUL.search(name):
        return any(len(w) == 3 and w[0] in _KO_SURNAMES for w in name.split())
    if _UNSPACED.search(name):
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
    return False


def same_uncased(a: str, b: str) -> bool:
    """Two uncased names are one person when one is inside the other ("李明" in "局长李明";
    "الحارثي" in "أحمد الحارثي")."""
    a, b = a.replace(" ", ""), b.replace(" ", "")
    return a in b or b in a


# ---------------------------------------------------------------- reported speech without marks
# "李明表示，救援仍在进行。", "据李明介绍，…", "وقال الوزير خالد العمري إن …", "رضا احمدی گفت که …",
# "अनिल वर्मा ने कहा कि …": the clause after the cue, to the end of its sentence
_ZH_REPORTED = re.compile(
    rf"(?:(?<=[，。；！？\s])|^)(?:据)?(?P<spk>{_ZH_PHRASE}{{2,40}}?){_ZH_CIRCUMSTANCE}"
    r"(?P<cue>表示|称|指出|强调|介绍|透露|说)[，,](?P<clause>[^“”「」『』。！？]{8,})"
)
# "据…介绍，…" (according to what … said): "据" frames the whole clause as the source's account, so a short
# clause is reported speech too ("据警方发言人张伟介绍，事故中无人受伤。": seven characters)
_ZH_ACCORDING = re.compile(
    rf"(?:(?<=[，。；！？\s])|^)据(?P<spk>{_ZH_PHRASE}{{2,40}}?){_ZH_CIRCUMSTANCE}"
    r"(?P<cue>表示|称|指出|介绍|透露|说)[，,](?P<clause>[^“”「」『』。！？]{4,})"
)
_HI_REPORTED = re.compile(rf"(?:(?<=[\s,।])|^)(?P<spk>{_HI_SPK})\s++ने\s++(?P<cue>{_HI_CUE})\s++कि\s++(?P<clause>[^\"“”]{{8,}})")
# a source that opens the sentence: Japanese "県警の佐藤誠広報官によると、…", Arabic "وبحسب المتحدث باسم الشرطة عمر
# السيد، …" (according to)
_JA_ACCORDING = re.compile(rf"(?:(?<=[、。」』\s])|^)(?P<spk>{_JA_PHRASE}{{2,40}}?)(?P<cue>によると|によれば)、(?P<clause>[^「」『』。]{{6,}})")
# Persian "به گفته نوری، …" (according to: the source after it, a comma closing it), Hindi "कुमार के अनुसार, …"
# and Korean "최성훈 대변인에 따르면 …" (the source before a postposition of "according to")
_HI_ACCORDING = re.compile(rf"(?:(?<=[\s,।])|^)(?P<spk>{_HI_SPK})\s++(?P<cue>के\s++अनुसार|के\s++मुताबिक)\s*+,?\s++(?P<clause>[^\"“”]{{8,}})")
_KO_ACCORDING = re.compile(
    rf"(?:(?<=[\s.,])|^)(?P<spk>(?:{_KO_WORD}\s){{0,3}}?[가-힣A-Za-z·]{{1,20}}?)(?P<cue>에\s++따르면|에\s++의하면),?\s++(?P<clause>[^\"“”]{{8,}})"
)
_REPORTED = {
    "zh": (_ZH_REPORTED, _ZH_ACCORDING), "ar": (AR_REPORTED, AR_REPORTED_APPOSED, AR_ACCORDING), "fa": (FA_REPORTED, FA_ACCORDING), "ur": (FA_REPORTED,),
    "hi": (_HI_REPORTED, _HI_ACCORDING), "he": (HE_REPORTED,), "ja": (_JA_ACCORDING,), "ko": (_KO_ACCORDING,),
}  # fmt: skip


def find_reported(text: str, sents: list[tuple[int, int]], lang: str) -> list[tuple[int, int, int, int, str]]:
    """Reported speech in ``text``: ``(clause start, clause end, speaker start, speaker end, cue)``,
    the clause cut at its sentence's end, the speaker a phrase that is no pronoun."""
    patterns = _REPORTED.get(lang, ())
    out: list[tuple[int, int, int, int, str]] = []
    for lo, hi in sents:
        m = next((m for p in patterns if (m := p.search(text, lo, hi)) is not None and apposed_fits(m)), None)
        if m is None:
            continue
        s, e = _phrase_of(lang, text, m.start("spk"), m.end("spk"))
        phrase = text[s:e]
        if e - s < 2 or phrase in _ZH_PRONOUNS | AR_PRONOUNS | _HI_PRONOUNS | HE_PRONOUNS or _ZH_PRONOUN_LEAD.match(phrase):
            continue
        if lang == "zh" and m.group("cue") == "说" and _ZH_IDIOM.search(phrase):
            continue  # "也就是说，…": no one is speaking
        end = len(text[: min(hi, m.end("clause"))].rstrip(" .。!！?？।؟،,"))
        out.append((m.start("clause"), end, s, e, " ".join(m.group("cue").split())))
    return out
