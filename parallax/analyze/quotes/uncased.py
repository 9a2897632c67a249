"""Speakers in scripts without capital letters: Chinese, Japanese, Korean, Arabic, Persian, Hindi,
Hebrew, Thai.

Everywhere else a speaker is found by its capitals ("..., said Anna Berg").  These scripts have
none, and Parallax has no entity model for them, so the grammar of the attribution marks the
speaker instead:

- Chinese puts the speaker before the speech verb: '局长李明说：“…”', '“…”，市长王芳表示。';
- Japanese marks it with は/が and closes the quotation with と: '山田市長は「…」と述べた';
- Korean marks it with 은/는/이/가 and closes the quotation with 고/라고: '김민수 서장은 "…"고 말했다';
- Arabic puts the verb first: 'وقال وزير الداخلية أحمد الحارثي: «…»', '«…»، قالت فاطمة البلوشي';
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
    "负责人|工作人员|队员|船长|机长|司机|居民|村民|市民|目击者|律师|法官|检察官|警官|指挥官|官员|大使|议员|代表|委员|"
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

# --------------------------------------------------------------------------- Arabic and Persian
_AR_CUE = (
    r"قال|قالت|أكد|أكدت|أضاف|أضافت|أوضح|أوضحت|صرح|صرّح|صرحت|صرّحت|ذكر|ذكرت|أشار|أشارت|اعتبر|اعتبرت|شدد|شدّد|شددت|"
    r"أعلن|أعلنت|تابع|تابعت|يقول|تقول|قال\s+إن|لفت|لفتت|حذر|حذّر|حذرت|ختم|ختمت"
)
_FA_CUE = r"گفت|گفته\s+است|اظهار\s+داشت|افزود|تاکید\s+کرد|تأکید\s+کرد|اعلام\s+کرد|می‌گوید|میگوید|خاطرنشان\s+کرد|توضیح\s+داد"
_AR_PHRASE = r"[^،,:؛;«»\"“”\n.!?؟]"
_AR_EDGE = r"[^\s،,:؛;«»\"“”.!?؟]"
_AR_SPK = rf"{_AR_EDGE}{_AR_PHRASE}{{0,78}}?{_AR_EDGE}"
_AR_BEFORE = re.compile(rf"(?:^|(?<=[\s،,]))[وف]?(?P<cue>{_AR_CUE})\s++(?P<spk>{_AR_SPK})\s*+[:،,]?\s*+\Z")
_AR_AFTER = re.compile(rf"\A[»\"”]?\s*+[،,]?\s*+[وف]?(?P<cue>{_AR_CUE})\s++(?P<spk>{_AR_EDGE}{_AR_PHRASE}{{1,79}})")
# (the name may stand in commas after the role: "فرماندار ناروان، مهدی کاظمی‌نژاد، گفت:")
# Persian puts the verb last, and the time and place between the subject and it: "وزیر بهداشت، رضا احمدی، روز
# سه‌شنبه در تهران گفت:" (the minister, Reza Ahmadi, said on Tuesday in Tehran)
_FA_ADVERBIAL = r"(?:(?:روز|امروز|دیروز|صبح|عصر|شب|امشب|هفته|در|پس\s+از|پیش\s+از)(?:\s++[^،,:؛;«»\"“”\n.!?؟]{1,60}?)?\s++)"
_FA_BEFORE = re.compile(
    rf"(?:^|(?<=[\s،,:«»]))(?P<spk>{_AR_SPK})[،,]?\s++{_FA_ADVERBIAL}?(?P<cue>{_FA_CUE})\s*+[:،,]?\s*+\Z"
)
_FA_AFTER = re.compile(rf"\A[»\"”]?\s*+[،,]?\s*+(?P<spk>{_AR_SPK})[،,]?\s++(?P<cue>{_FA_CUE})")
# where an Arabic speaker phrase stops: a circumstance after the name ("في مؤتمر صحفي", "لوكالة")
_AR_PHRASE_END = re.compile(r"\s(?:في|خلال|أمام|لل\S*|لوكالة|لقناة|لصحيفة|لإذاعة|لموقع|عبر|إن|أن|بأن|إنه|إنها|اليوم|أمس|مساء|صباح|يوم|در|به|با|که|روز|امروز|دیروز)(?:\s|$)")
_AR_ROLES = {
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
_AR_DESCRIPTIONS = {
    "مصدر", "مصادر", "شاهد", "شهود", "مسؤولون", "بيان", "وزارة", "الوزارة", "الشرطة", "الجيش", "السلطات", "الحكومة", "وكالة",
    "مراسل", "سكان", "أحد", "عدد", "منظمة", "هيئة", "مجلس", "شركة", "المصدر", "منبع", "منابع", "شاهدان", "پلیس", "وزارت",
    "سازمان", "دولت", "خبرگزاری", "یک", "ساکنان", "مقامات",
}
_AR_PRONOUNS = {"إنه", "إنها", "هو", "هي", "او", "وی", "ایشان"}

# The wire puts a name in commas next to its role or description, either way round:
# 'وقال أحد السكان، خالد العمري: «…»' (a description, then the name), 'وقال مدير الدفاع المدني، العميد
# سامر الحلبي: «…»' (a role, then the name with its rank), 'وقالت منى الزعبي، وهي جارة …: «…»' (the name,
# then what she is).  Two comma-separated phrases between the cue and the quotation, or after the
# quotation's cue to the end of the sentence; which of them is the name is read off their first words
# (:func:`_ar_apposed`)
_AR_SEG = rf"{_AR_EDGE}(?:{_AR_PHRASE}{{0,118}}?{_AR_EDGE})?"
_AR_APPOS_BEFORE = re.compile(
    rf"(?:^|(?<=[\s،,]))[وف]?(?P<cue>{_AR_CUE})\s++(?P<first>{_AR_SEG})\s*+[،,]\s*+(?P<second>{_AR_SEG})\s*+[:،,]?\s*+"
    r"(?:(?:إن|أن|بأن)\s*+)?\Z"  # ('وقال الأمين العام للنقابة، وجيه الزيدي، إن "..."': "that" before the quotation)
)
_AR_APPOS_AFTER = re.compile(
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
    if any(w in _AR_ROLES or w in _AR_DESCRIPTIONS or w in _AR_APPOSITION_OPENERS for w in words):
        return False
    return _AR_PHRASE_END.search(" " + seg + " ") is None and not re.search(r"\d", seg)


def _ar_described(seg: str) -> bool:
    """Whether a phrase opens as a role or a description rather than a name: a role word, a
    description ("أحد السكان", "مصدر أمني"), a definite noun ("المتحدث باسم …"), a rank with no name."""
    first = _ar_word(seg.split()[0]) if seg.split() else ""
    return first in _AR_ROLES or first in _AR_DESCRIPTIONS or first.startswith("ال") or first in _AR_APPOSITION_OPENERS


def _ar_apposed(m: re.Match, after: bool) -> tuple[int, int] | None:
    """The name in 'cue first، second': the second phrase after a role or a description ("أحد السكان،
    خالد العمري"), the first before a description of it ("منى الزعبي، وهي جارة …", "خالد العمري، مدير
    الدفاع المدني").  Two names are a list, not one speaker; after the quotation only the wire's
    "role، name." counts (a clause follows a name there: "قال خالد العمري، مشيراً إلى …")."""
    first, second = m.group("first"), m.group("second")
    if _AR_LIST_LEAD.match(first):
        return None
    lead = _ar_word(second.split()[0])
    if _ar_bare_name(second) and (_ar_described(first) or not after and not lead.startswith("و")):
        if not after and _ar_bare_name(first):
            return None  # "خالد العمري، منى الزعبي": two people
        return m.span("second")
    if after:
        return None
    # what she is, a circumstance or a clause after the first phrase: the first is the speaker
    # ("وقال الوزير، في مؤتمر صحفي: «…»" keeps the description "الوزير")
    if lead in _AR_APPOSITION_OPENERS or lead in _AR_CLAUSE_OPENERS or _ar_described(second) or _AR_PHRASE_END.match(" " + second):
        return m.span("first")
    return None


def ar_full_name(text: str, surname: str) -> str | None:
    """The full name an Arabic article gives a speaker it later calls by one name: the wire names a
    person in full after the role on first mention ("وزيرة المالية سلمى حداد") and by the family name
    after ("وقالت حداد"), as English writes "Stoltenberg" after "Jens Stoltenberg".  The name after
    the role words (:func:`_ar_name`) that ends in the surname, of two to four words; None if none."""
    words = text.split()
    for i, w in enumerate(words):
        role = _ar_word(w)
        if role not in _AR_ROLES and not (role[:1] in "وف" and role[1:] in _AR_ROLES):  # "ووزيرة": and the minister
            continue
        for j in range(i + 2, min(i + 7, len(words))):
            if words[j].rstrip("،,.:؛") == surname:
                name = _ar_name(" ".join(words[i:j] + [surname]))
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
    if not role.startswith("ال") or role[2:] not in _AR_ROLES or role in ("العام", "الأمين"):
        return None
    head = text[:before]
    found = {
        name for name in names
        if len(name.split()) >= 2
        and re.search(rf"(?<!\S)[وف]?{re.escape(role[2:])}\s(?:[^\s،,.:؛«»\"“”]+\s){{0,4}}{re.escape(name)}(?![^\s،,.:؛!?؟])", head)
    }  # fmt: skip
    return found.pop() if len(found) == 1 else None


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


# the prepositions of a role's post, "to" and "at": "المبعوث الأممي إلى اليمن", "سفير مصر لدى الأردن"
_AR_ROLE_TO = {"إلى", "لدى"}


def _ar_genitive(word: str) -> bool:
    """Whether a word after a role is the role's definite genitive: "الداخلية", or one joined to it by "و" (and), as a
    ministry of two portfolios is named ("وزير المياه والري سامي الخطيب": of water and irrigation)."""
    return word.startswith("ال") or (word.startswith("وال") and len(word) > 4)


# the first words of a compound given or family name: "عبد الله", "أبو بكر", "بن علي"
_AR_JOINED = {"عبد", "أبو", "أبي", "بن", "ابن", "بنت", "آل", "عبدال"}


def _ar_name(phrase: str) -> str:
    """The name after the role words: "وزير الداخلية أحمد بن سالم الحارثي" is "أحمد بن سالم الحارثي"
    (a role's genitive is a definite word: "الداخلية").  Persian marks no genitive ("وزیر کشور
    احمد رضایی"): after a role, its last two words are the name."""
    words = phrase.split()
    k = 0
    while k < len(words) and (words[k] in _AR_ROLES or words[k] in _AR_RANKS or (k > 0 and _ar_genitive(words[k]))):
        k += 1
        if k + 1 < len(words) and words[k] in _AR_ROLE_TO and words[k + 1].startswith("ال"):
            k += 2  # "المبعوث الأممي إلى اليمن": the envoy to Yemen, "السفير لدى الأردن"
    rest = words[k:]
    if not k or len(rest) < 2:
        return phrase  # "فرماندار ناروان" is the governor of a town, not a person named "ناروان"
    if not any(_ar_genitive(w) for w in words[1:k]) and len(rest) > 2:
        # Persian, or an Arabic role whose genitive has no article; a name of two words joined ("عبد الرحمن", "أبو
        # بكر") is one part of a name: "المستشار حسن عبد الرحمن" is حسن عبد الرحمن
        rest = rest[-3:] if _ar_word(rest[-2]) in _AR_JOINED else rest[-2:]
    return " ".join(rest)


def _hi_name(phrase: str) -> str:
    """The words after the last role word ("गृह मंत्री राजेश कुमार"); a longer description with no
    role word we know ("बस में सफर कर रहे यात्री रमेश यादव") ends with the name: its last two words."""
    words = phrase.split()
    k = max((i + 1 for i, w in enumerate(words) if w in _HI_ROLES), default=0)
    rest = words[k:]
    if k and rest:
        return " ".join(rest)
    return " ".join(words[-2:]) if len(words) > 3 else phrase


_NAMERS = {"zh": _zh_name, "ja": _ja_name, "ko": _ko_name, "ar": _ar_name, "fa": _ar_name, "ur": _ar_name, "hi": _hi_name, "he": he_name}
# languages whose speaker has a reader of its own module, (text, open, close, sentence) -> (start, end, cue)
_READERS = {"he": he_speaker, "th": th_speaker}


def _phrase_of(lang: str, text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` trimmed to the speaker phrase: Arabic and Persian stop at a circumstance."""
    if lang in ("ar", "fa", "ur") and (stop := _AR_PHRASE_END.search(text, start, end)):
        end = stop.start()
    while start < end and text[start] in " \t,،:：，-–—":
        start += 1
    while end > start and text[end - 1] in " \t,،:：，-–—":
        end -= 1
    return start, end


_CLOSERS = ",،，、\"”»」』’'"
# per language, the speaker phrase before the quotation and after it ...
_AROUND = {
    "zh": (_ZH_BEFORE, _ZH_AFTER), "ar": (_AR_BEFORE, _AR_AFTER), "fa": (_FA_BEFORE, _FA_AFTER), "ur": (_FA_BEFORE, _FA_AFTER),
    "hi": (_HI_BEFORE, _HI_AFTER),
}  # fmt: skip
# ... or, in Japanese and Korean, the particle that closes the quotation (with a speaker after it) and
# the subject before it
_CLOSED_BY = {"ja": (_JA_CLOSE, _JA_BEFORE), "ko": (_KO_CLOSE, _KO_BEFORE)}


# a circumstance in commas closing the phrase before a quotation, after the speaker and the role: "، في حيثيات
# الحكم:" (in the grounds of the ruling), "، خلال مؤتمر صحفي:" (the words of :data:`_AR_PHRASE_END` that open one)
_AR_CIRCUMSTANCE_TAIL = re.compile(r"\s*+[،,]\s*+(?:في|خلال|أمام|عبر|لوكالة|لقناة|لصحيفة|لإذاعة|لموقع)\s[^،,:؛;«»\"“”\n]{1,80}[:،,]?\s*+\Z")


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
    if lang == "ar" and not said_before.search(before) and (tail := _AR_CIRCUMSTANCE_TAIL.search(before)):
        before = before[: tail.start()]  # "وقال المستشار …، رئيس المحكمة، في حيثيات الحكم:": who, then where
    if (m := said_before.search(before)) is not None:
        if lang == "zh" and m.group("cue") == "说" and _ZH_IDIOM.search(m.group("spk")):
            return None  # "也就是说：" is no one speaking
        if lang == "fa" and (name := _fa_name_before_role(before, m.start("spk"))):
            return _span(lang, text, lo + name[0], lo + name[1], " ".join(m.group("cue").split()))
        off = lo
    elif lang == "ar" and (m := _AR_APPOS_BEFORE.search(before)) is not None:
        found = _ar_apposed(m, after=False)
        return _span(lang, text, lo + found[0], lo + found[1], m.group("cue")) if found else None
    elif lang == "ar" and (m := _AR_APPOS_AFTER.match(after)) is not None and (found := _ar_apposed(m, after=True)):
        return _span(lang, text, base_after + found[0], base_after + found[1], m.group("cue"))
    elif (m := said_after.match(after)) is not None:
        off = base_after
    else:
        return None
    return _span(lang, text, off + m.start("spk"), off + m.end("spk"), " ".join(m.group("cue").split()))


# the name that a Persian role in commas describes: "محمد رضایی، سخنگوی سازمان هواپیمایی کشوری، گفت:" (Mohammad
# Rezaei, spokesman of the aviation authority, said); the phrase before the verb is his role, the name is before it
_FA_NAME_BEFORE_COMMA = re.compile(rf"(?:^|(?<=[\s،,:«»]))(?P<name>{_AR_SPK})\s*+[،,]\s*+\Z")


def _fa_name_before_role(before: str, role_start: int) -> tuple[int, int] | None:
    """Where the name stands when the phrase before a Persian verb is a role set off by commas after it."""
    role = before[role_start:].split()
    if not role or role[0] not in _AR_ROLES:
        return None
    m = _FA_NAME_BEFORE_COMMA.search(before, 0, role_start)
    return m.span("name") if m and _ar_bare_name(m.group("name")) else None


def _span(lang: str, text: str, start: int, end: int, cue: str) -> tuple[int, int, str]:
    start, end = _phrase_of(lang, text, start, end)
    phrase = text[start:end]
    if phrase in _ZH_PRONOUNS | _KO_PRONOUNS | _AR_PRONOUNS | _HI_PRONOUNS or _ZH_PRONOUN_LEAD.match(phrase):
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
        return 2 <= len(words) <= 5 and not words[0].startswith("ال") and not any(w in _AR_ROLES or w in _AR_DESCRIPTIONS for w in words)
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
# (a cue may govern its clause through a preposition: "وأشار الوزير إلى أن ...", "وشدد المدير على أن ...")
# (the outlet told may stand in quotation marks before "that": 'وقال المحامي لـ"صوت النيل" إن', 'لصحيفة "النهار"')
_AR_TOLD = r"(?:\s++[وف]?(?:لـ|ل\w+\s*+)[«\"“][^«»\"“”\n]{1,40}[»\"”])"
_AR_REPORTED = re.compile(rf"(?:(?<=[\s،,.])|^)[وف]?(?P<cue>{_AR_CUE})\s++(?P<spk>{_AR_SPK}){_AR_TOLD}?(?:\s++(?:إلى|على))?\s++(?:إن|أن|بأن|إنه|إنها|أنه|أنها)\s++(?P<clause>[^«»\"“”]{{8,}})")
# the wire's role, then the name in commas, then "that": "وأكد محامي الدفاع، خالد النجار، أن ..." (read when the first
# phrase is a role or a description and the second a name, :func:`_apposed_fits`)
_AR_REPORTED_APPOSED = re.compile(
    rf"(?:(?<=[\s،,.])|^)[وف]?(?P<cue>{_AR_CUE})\s++(?P<role>{_AR_SEG})\s*+[،,]\s*+(?P<spk>{_AR_SEG})\s*+[،,]\s*+"
    rf"(?:إن|أن|بأن|إنه|إنها|أنه|أنها)\s++(?P<clause>[^«»\"“”]{{8,}})"
)
_FA_REPORTED = re.compile(rf"(?:(?<=[\s،,.])|^)(?P<spk>{_AR_SPK})\s++(?P<cue>{_FA_CUE})\s*+(?:که|:)\s++(?P<clause>[^«»\"“”]{{8,}})")
_HI_REPORTED = re.compile(rf"(?:(?<=[\s,।])|^)(?P<spk>{_HI_SPK})\s++ने\s++(?P<cue>{_HI_CUE})\s++कि\s++(?P<clause>[^\"“”]{{8,}})")
# a source that opens the sentence: Japanese "県警の佐藤誠広報官によると、…", Arabic "وبحسب المتحدث باسم الشرطة عمر
# السيد، …" (according to)
_JA_ACCORDING = re.compile(rf"(?:(?<=[、。」』\s])|^)(?P<spk>{_JA_PHRASE}{{2,40}}?)(?P<cue>によると|によれば)、(?P<clause>[^「」『』。]{{6,}})")
_AR_ACCORDING = re.compile(rf"(?:(?<=[\s.])|^)[وف]?(?P<cue>بحسب|حسب|وفقا\s++ل|وفقاً\s++ل)\s*+(?P<spk>{_AR_SPK})\s*+[،,]\s*+(?P<clause>[^«»\"“”]{{8,}})")
# Persian "به گفته نوری، …" (according to: the source after it, a comma closing it), Hindi "कुमार के अनुसार, …"
# and Korean "최성훈 대변인에 따르면 …" (the source before a postposition of "according to")
_FA_ACCORDING = re.compile(rf"(?:(?<=[\s،,.])|^)(?P<cue>به\s++گفته(?:\s++ی)?)\s++(?P<spk>{_AR_SPK})\s*+[،,]\s*+(?P<clause>[^«»\"“”]{{8,}})")
_HI_ACCORDING = re.compile(rf"(?:(?<=[\s,।])|^)(?P<spk>{_HI_SPK})\s++(?P<cue>के\s++अनुसार|के\s++मुताबिक)\s*+,?\s++(?P<clause>[^\"“”]{{8,}})")
_KO_ACCORDING = re.compile(
    rf"(?:(?<=[\s.,])|^)(?P<spk>(?:{_KO_WORD}\s){{0,3}}?[가-힣A-Za-z·]{{1,20}}?)(?P<cue>에\s++따르면|에\s++의하면),?\s++(?P<clause>[^\"“”]{{8,}})"
)
_REPORTED = {
    "zh": (_ZH_REPORTED, _ZH_ACCORDING), "ar": (_AR_REPORTED, _AR_REPORTED_APPOSED, _AR_ACCORDING), "fa": (_FA_REPORTED, _FA_ACCORDING), "ur": (_FA_REPORTED,),
    "hi": (_HI_REPORTED, _HI_ACCORDING), "he": (HE_REPORTED,), "ja": (_JA_ACCORDING,), "ko": (_KO_ACCORDING,),
}  # fmt: skip


def _apposed_fits(m: re.Match) -> bool:
    """Whether a match of :data:`_AR_REPORTED_APPOSED` is a role and then the name (any other match fits)."""
    return "role" not in m.re.groupindex or (_ar_described(m.group("role")) and _ar_bare_name(m.group("spk")))


def find_reported(text: str, sents: list[tuple[int, int]], lang: str) -> list[tuple[int, int, int, int, str]]:
    """Reported speech in ``text``: ``(clause start, clause end, speaker start, speaker end, cue)``,
    the clause cut at its sentence's end, the speaker a phrase that is no pronoun."""
    patterns = _REPORTED.get(lang, ())
    out: list[tuple[int, int, int, int, str]] = []
    for lo, hi in sents:
        m = next((m for p in patterns if (m := p.search(text, lo, hi)) is not None and _apposed_fits(m)), None)
        if m is None:
            continue
        s, e = _phrase_of(lang, text, m.start("spk"), m.end("spk"))
        phrase = text[s:e]
        if e - s < 2 or phrase in _ZH_PRONOUNS | _AR_PRONOUNS | _HI_PRONOUNS | HE_PRONOUNS or _ZH_PRONOUN_LEAD.match(phrase):
            continue
        if lang == "zh" and m.group("cue") == "说" and _ZH_IDIOM.search(phrase):
            continue  # "也就是说，…": no one is speaking
        end = len(text[: min(hi, m.end("clause"))].rstrip(" .。!！?？।؟،,"))
        out.append((m.start("clause"), end, s, e, " ".join(m.group("cue").split())))
    return out
