"""The cue words, titles and speaker patterns of Chinese, Japanese, Korean and Hindi.

The tables :mod:`.uncased` reads quotations' speakers with (what says, who is a title, which
phrase stands before or after the speech verb), kept in one module because three readers share
them: the speaker of a quotation (:func:`.uncased.find_speaker`), the name cut out of the speaker
phrase (:mod:`.uncased_names`) and reported speech without marks (:mod:`.uncased_reported`).
Arabic, Persian, Hebrew and Thai keep theirs in :mod:`.arabic_script`, :mod:`.hebrew` and :mod:`.thai`.
"""

from __future__ import annotations

import re

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
    "社长|副社长|会长|副会长|理事长|"
    # the bench and the prosecution ("审判长林佩君", "检察官张国华"), and the Taiwanese short form of a legislator ("立委")
    "审判长|审判员|庭长|检察长|立委|"
    # a ministry's and a province's officers, and the professions that speak for a statistics office or a bank
    # ("城市司首席统计师董莉娟", "司长", "副省长", "首席经济学家"): the name after them was read as part of the title
    "司长|副司长|厅长|副厅长|副省长|副县长|副区长|统计师|首席统计师|经济学家|首席经济学家|分析师|首席分析师|工程师|总工程师"
)
# the traditional forms of the characters these tables (and the adverbs and idioms below) write in the simplified,
# one character for one: the Taiwan and Hong Kong press writes "副市長劉建國表示", "審判長林佩君說", and a reader of
# the patterns below sees "副市长劉建国表示" (what it returns is cut from the text as printed: offsets are kept)
_ZH_TRADITIONAL = str.maketrans(
    "說稱強調紹訴記對應釋補籲認總統長縣區鎮處書發廠隊經專員醫護領導負責機擊師檢揮議業戶東遊車職農漁礦廚學願遞賣貨務銀幹網倖難"
    "屬親鄰財國執參眾會們著還進隨後則繼續當時並別換話雖來嚴體簡單實聽據於審團門構視廳協詢問嚮",
    "说称强调绍诉记对应释补吁认总统长县区镇处书发厂队经专员医护领导负责机击师检挥议业户东游车职农渔矿厨学愿递卖货务银干网幸难"
    "属亲邻财国执参众会们着还进随后则继续当时并别换话虽来严体简单实听据于审团门构视厅协询问向",
)


def zh_simplified(text: str) -> str:
    """``text`` with the traditional characters of the cue, title and idiom tables in their simplified form, one
    character for one (offsets are unchanged): the tables read both scripts."""
    return text.translate(_ZH_TRADITIONAL)


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
    # an apology, a denial, a claim, a position stated: "「…」と謝罪した", "と容疑を否認した", "と主張した"
    r"|謝罪し|陳謝し|否認し|否定し|主張し|反論し|表明し|約束し|釈明し|弁明し"
    # a view shown in words: "「全力を尽くしたい」との考えを示した", "との認識を示した" (not "を示し" alone: "と書かれた紙を示した")
    r"|(?:考え|認識|見方|意向|方針|姿勢|意欲|見解|立場|決意)を(?:示し|示す|明らかにし|強調し)"
)
_JA_TITLES = (
    "市長|町長|村長|知事|首相|大臣|長官|副長官|官房長官|社長|会長|委員長|代表|議員|教授|准教授|氏|さん|容疑者|被告|"
    "担当者|報道官|広報官|署長|所長|館長|部長|課長|局長|院長|校長|理事長|監督|選手|医師|弁護士|記者|隊長|船長|機長|総裁|大統領|"
    # a minister by the ministry's short name and 相 ("高橋悠斗財務相", "外相")
    "財務相|外相|防衛相|経済産業相|経産相|国土交通相|国交相|厚生労働相|厚労相|文部科学相|文科相|農林水産相|農水相|環境相|法相|"
    "総務相|経済再生相|デジタル相|復興相|副総裁|会頭|頭取|事務総長|幹事長|"
    # heads named by their unit, written before 長 ("森田健二本部長" is 森田健二, the task force's head, no 部長 after a
    # name ending in 本), and a company's officers ("代表取締役", which 社長 may follow: "代表取締役社長")
    "本部長|事務局長|事務次官|次官|次長|室長|班長|係長|議長|団長|工場長|支店長|支社長|組合長|学長|総長|病院長|"
    "センター長|代表取締役|取締役|専務|常務|理事"
)
_JA_PHRASE = r"[^、。「」『』“”\s]"
_JA_BEFORE = re.compile(rf"(?:^|(?<=[、。「」『』“”\s]))(?P<spk>{_JA_PHRASE}{{1,40}}?)(?:は|が)(?:[^。「」『』]{{0,30}}?)\Z")
_JA_CLOSE = re.compile(
    rf"[ ,，、]{{0,2}}[」』”\"]\s?(?:と|って)、?(?:(?P<spk>{_JA_PHRASE}{{1,40}}?)(?:は|が)、?)?[^。「」]{{0,30}}?(?P<cue>{_JA_CUE})"
)
# (titles may follow one another: "代表取締役社長", the representative director and president)
_JA_TITLE_END = re.compile(rf"(?:{_JA_TITLES})(?:代表取締役|取締役|社長|会長)?\Z")
# the quotation a sentence of its own, and the next sentence says who said "this": "「…」。山田一郎氏はこう語った。"
_JA_SAID_NEXT = re.compile(
    rf"[」』”\"]。\s?(?P<spk>{_JA_PHRASE}{{1,40}}?)(?:は|が)、?(?:こう|このように|そう)[^。「」]{{0,20}}?(?P<cue>{_JA_CUE})"
)

# --------------------------------------------------------------------------- Korean
_KO_CUE = (
    r"말했다|밝혔다|전했다|강조했다|설명했다|덧붙였다|주장했다|지적했다|말했습니다|밝혔습니다|호소했다|당부했다|말한다|했다|답했다|언급했다"
)
_KO_WORD = r"(?<![가-힣A-Za-z·])[가-힣A-Za-z·]{1,20}"
_KO_BEFORE = re.compile(rf"(?P<spk>{_KO_WORD}(?:\s{_KO_WORD}){{0,3}}?)(?:은|는|이|가)\s*+(?:[^.\"“”]{{0,30}}?)\Z")
# (a quotation closed by "며"/"면서" (and) runs on into a second one, and the speaker and verb after it say both:
# '박준호 서장은 "불이 번졌다"며 "부상자는 없다"고 설명했다')
_KO_CLOSE = re.compile(
    rf"[ ,]{{0,2}}[\"”’']\s?(?:이라고|라고|고|(?:이?라)?며|(?:이?라)?면서)\s*+(?:[\"“][^\"“”\n]{{1,300}}[\"”]\s?(?:이라고|라고|고)\s*+)?"
    rf"(?:(?P<spk>{_KO_WORD}(?:\s{_KO_WORD}){{0,3}}?)(?:은|는|이|가)\s+)?[^.\"“”]{{0,30}}?(?P<cue>{_KO_CUE})"
)
# "라며" / "라면서" (saying, and) closes a quotation that is speech whatever verb follows: a gesture, '"…"라며 고개를
# 숙였다' (bowed), '"…"라면서 주먹을 쥐었다'; the bare "며" / "면서" only after a sentence ending (다, 요, 까, 죠),
# since "이며" after a quoted noun is the copula ('원인은 "부주의"이며 …', is "negligence" and)
_KO_SAYING = re.compile(
    rf"[ ,]{{0,2}}[\"”’']\s?(?P<cue>(?<=[다요까죠][\"”’'])(?:며|면서)|(?:이?라)(?:며|면서))(?![가-힣])\s*+"
    rf"(?:(?P<spk>{_KO_WORD}(?:\s{_KO_WORD}){{0,3}}?)(?:은|는|이|가)\s+)?"
)
# the surnames of most Koreans: a three-syllable word opening with one of them is a name
_KO_SURNAMES = set(
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용"
)
_KO_PRONOUNS = {"그", "그녀", "그들"}

# --------------------------------------------------------------------------- Hindi
# (and the verbs of announcing and informing, "ने घोषणा की कि", "ने ऐलान किया कि", "ने जानकारी दी कि": what the subject
# announced is what they said, as English "announced that")
_HI_CUE = r"कहा|बताया|जोड़ा|कहते\s+हैं|कहती\s+हैं|स्पष्ट\s+किया|दावा\s+किया|आरोप\s+लगाया|चेतावनी\s+दी|घोषणा\s+की|ऐलान\s+किया|जानकारी\s+दी"
_HI_PHRASE = r"[^,।\"“”:\n]"
_HI_SPK = rf"[^\s,।\"“”:]{_HI_PHRASE}{{0,58}}?[^\s,।\"“”:]"
# the subject and its ergative "ने", or a pronoun with "ने" written onto it ("उन्होंने कहा": the speaker before)
_HI_PRONOUNS = {"उन्होंने", "उसने", "उन्होने"}
_HI_SUBJECT = rf"(?P<spk>{_HI_SPK}(?=\s++ने\s)|{'|'.join(sorted(_HI_PRONOUNS))})(?:\s++ने)?"
_HI_BEFORE = re.compile(rf"(?:^|(?<=[\s,।\"“”:])){_HI_SUBJECT}\s++(?:{_HI_PHRASE}{{0,30}}?\s)?(?P<cue>{_HI_CUE})(?:\s++कि)?\s*+[,:]?\s*+\Z")
_HI_AFTER = re.compile(rf"\A[\"”]?\s*+[,]?\s*+{_HI_SUBJECT}\s++(?:{_HI_PHRASE}{{0,30}}?\s)?(?P<cue>{_HI_CUE})")
_HI_ROLES = {
    "मंत्री", "मुख्यमंत्री", "प्रधानमंत्री", "अधिकारी", "प्रवक्ता", "आयुक्त", "निदेशक", "अध्यक्ष", "जिलाधिकारी", "कलेक्टर",
    "पुलिस", "अधीक्षक", "निरीक्षक", "डॉ.", "डॉक्टर", "श्री", "श्रीमती", "सांसद", "विधायक", "महापौर", "सचिव", "प्रमुख", "गृह",
    "राज्य", "जिला", "के", "की", "का",
    # the court: a justice, a judge, a lawyer or advocate ("न्यायमूर्ति अरुण मिश्रा", "किसानों के वकील अजय सिंह")
    "न्यायमूर्ति", "न्यायाधीश", "जज", "वकील", "अधिवक्ता",
    # deputies and the district and police offices the press names before a name ("उपायुक्त अनीता शर्मा", the deputy
    # commissioner; "एसएसपी", "डीसीपी"), and the head of state and governors
    "उपायुक्त", "उपाधीक्षक", "महानिदेशक", "महानिरीक्षक", "उपमुख्यमंत्री", "राज्यपाल", "राष्ट्रपति", "कमिश्नर", "उपजिलाधिकारी",
    "थानाध्यक्ष", "थाना", "प्रभारी", "एसपी", "एसएसपी", "डीसीपी", "डीएम", "एसडीएम", "डीसी", "उप", "सहायक", "अपर",
}  # fmt: skip
