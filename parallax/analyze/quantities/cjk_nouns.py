"""The noun a Chinese or Japanese count counts, past its classifier: "3名警察" counts police, "27名抗议者"
protesters, "30个航班" flights; "41席", "41議席" count seats and "1万世帯" households with no classifier.

Chinese writes a number against a classifier, and the noun after it ("3名警察受伤", three police officers
were injured); the classifier says only what shape of thing is counted (名 a person, 架 a machine, 所 an
institution), so a count read under it ("名") pairs with no other language's "police" or "protesters".
Without spaces, where the noun ends is not written: the run after the classifier is cut into words
(:func:`parallax.analyze.segment.segments`, jieba's dictionary), and a noun of :data:`NOUNS` is the
count's only where it ends at a cut and begins the run or ends its first word (Chinese puts the head of a
compound last: "防暴警察" is police, "警察局" is no police).  Narrow on purpose: only the nouns news counts
across languages (the kinds of :mod:`parallax.compare.noun_kinds`); any other noun ("3名男子", "5架飞机")
leaves the count under its classifier, as before, which a count of people (名, 位, 人) keeps as people.
Some nouns are their own counter ("41席", "300户", Japanese "41議席", "1万世帯", "30便"): read with no
classifier before them ("300户居民" counts households), as is 人 itself, which stays the counter of people.
Japanese also writes the noun before the number and its counter ("警察官3人", "乗客5人") or after them,
joined by の ("3人の警察官"): both are read (:func:`ja_noun_around`), with the same nouns.
"""

from __future__ import annotations

import re

from parallax.analyze.segment import segments

# the counted nouns, by the kind :mod:`parallax.compare.noun_kinds` compares them under: Chinese in both
# scripts, and Japanese (where it writes the noun after the number: "41議席", "30便", "1万世帯")
KINDS: dict[str, str] = {
    "legislator": "议员 議員 国会议员 國會議員 众议员 眾議員 参议员 參議員 国会議員",
    "worker": "工人 员工 員工 雇员 僱員 职工 職工 劳工 勞工 从业人员 従業員 労働者",
    "protester": "抗议者 抗議者 示威者 抗议人士 抗議人士 示威人士 抗议民众 抗議民眾 示威民众 示威民眾 デモ参加者",
    "soldier": "士兵 军人 軍人 官兵 兵士 战士 戰士 自衛官",
    "police": "警察 警员 警員 警官 民警 警察官",
    "migrant": "移民",
    "refugee": "难民 難民",
    "passenger": "乘客 旅客 乗客",
    "resident": "居民 村民 住民",
    "dwelling": "房屋 住宅 民房 住房 房子 家庭 户 戶 世帯 戸 住戸",
    "building": "建筑 建筑物 建築 建築物 楼房 樓房 大楼 大樓 建物",
    "vehicle": "车辆 車輛 汽车 汽車 車両",
    "flight": "航班 班机 班機 便",
    "school": "学校 學校 校",
    "hospital": "医院 醫院 病院",
    "bed": "床位 病床",
    "doctor": "医生 醫生 医师 醫師 医師",
    "nurse": "护士 護士 看護師",
    "student": "学生 學生 生徒",
    "teacher": "教师 教師 老师 老師 教員",
    "voter": "选民 選民 有権者",
    "seat": "席 席位 议席 議席",
    "agreement": "协议 協議 协定 協定 合作文件 合作协议 合作協議 合作协定 合作協定 谅解备忘录 諒解備忘錄 文件 合意文書 覚書",
}
NOUNS: dict[str, str] = {noun: kind for kind, nouns in KINDS.items() for noun in nouns.split()}

# the nouns that are their own counter, read right after the number ("41席", "300户", "41議席", "30便", "1万世帯");
# a Chinese 便 or 校 is no noun on its own ("3便" is no count of flights in Chinese)
_OWN_COUNTER = {"zh": frozenset("席 席位 议席 議席 户 戶".split()), "ja": frozenset("席 議席 世帯 戸 住戸 便 校 棟".split())}

# the classifiers a Chinese noun follows ("3名警察", "30个航班", "5所学校", "3家医院", "120栋房屋")
CLASSIFIERS = frozenset("名 位 个 個 只 隻 架 辆 輛 艘 座 所 家 栋 棟 幢 间 間 套 张 張 处 處 台 臺 部 条 條 批 支 项 項 份".split())
_RUN = 12  # the characters after a classifier cut into words: the noun and what follows it
# a word that places the people before their noun, which the segmenter cuts as a word of its own ("2000名附近居民",
# "500名当地居民"): the noun after it is still the one counted (not "大型车辆司机", a vehicle's driver)
_PLACING = frozenset("附近 当地 當地 周边 周邊 周围 周圍 本地 沿岸 沿海 灾区 災區 受灾 受災 全体 全體 现场 現場".split())
_MODIFIER = 4  # the most characters a word puts before its head noun ("防暴警察", "美国士兵")


def _own_counter(run: str, lang: str) -> str | None:
    """The noun that is its own counter the run starts with, longest first ("议席", not "议")."""
    own = _OWN_COUNTER.get(lang, frozenset())
    return next((run[:n] for n in (3, 2, 1) if run[:n] in own), None)


def cjk_noun(run: str, lang: str) -> str | None:
    """The noun of :data:`NOUNS` a Chinese or Japanese count counts, from ``run``, the letters right after its
    number ("名警察在疏散居民时受伤", "席。", "議席を獲得"), or None (see the module)."""
    if lang not in ("zh", "ja") or not run:
        return None
    if own := _own_counter(run, lang):
        return own
    if lang != "zh" or run[0] not in CLASSIFIERS:
        return None
    rest = run[1 : 1 + _RUN]
    cuts = segments(rest, "zh")
    if not cuts:
        return None
    ends = {end for _, end in cuts}
    first_end = cuts[0][1]
    for end in sorted(ends):
        for start in range(0, min(end, _MODIFIER + 1)):
            noun = rest[start:end]
            if noun in NOUNS and (start == 0 or end == first_end or rest[:start] in _PLACING):
                return noun
    return None


# the Japanese counters a noun of :data:`NOUNS` is counted by ("警察官3人", "住宅10棟", "車両5台")
_JA_COUNTERS = frozenset("人 名 棟 戸 台 機 隻 校 軒 件".split())
_JA_NOUN = "|".join(sorted((n for n in NOUNS if len(n) > 1), key=len, reverse=True))
# the noun right before the number (and a hedge: "警察官約30人"), and after the counter and の
_JA_BEFORE = re.compile(rf"(?:{_JA_NOUN})(?=(?:約|およそ)?[\d０-９,.，万千百十一二三四五六七八九]+\Z)")
_JA_AFTER_NO = re.compile(rf"の({_JA_NOUN})")


def ja_noun_around(text: str, end: int, run: str) -> str | None:
    """The noun of :data:`NOUNS` a Japanese count counts, written before its number ("警察官3人"; ``end``,
    where the number ends) or after its counter and の ("3人の警察官"), when ``run``, the letters after the
    number, starts with a counter of :data:`_JA_COUNTERS`; else None."""
    if not run or run[0] not in _JA_COUNTERS:
        return None
    if m := _JA_AFTER_NO.match(run, 1):
        return m.group(1)
    m = _JA_BEFORE.search(text[max(0, end - 24) : end])
    return m.group() if m else None


# Korean writes the counted noun before the number and its counter ("협정 13건에 서명", 13 agreements; "양해각서 5건"):
# the nouns of :data:`NOUNS`' kinds as Korean writes them, read before a count by 건 (items) or 개 (pieces)
_KO_NOUNS = {"협정": "agreement", "협약": "agreement", "양해각서": "agreement", "합의서": "agreement", "MOU": "agreement"}
_KO_BEFORE = re.compile(rf"(?:{'|'.join(_KO_NOUNS)})(?=[ \u00a0]?(?:약[ \u00a0]?)?[\d,.]+\Z)")


def ko_noun_before(text: str, end: int, run: str) -> str | None:
    """The kind of the noun a Korean count counts, written before its number ("협정 13건": agreements), when ``run``,
    the letters after the number, starts with the counter 건 or 개; else None."""
    if not run or run[0] not in "건개":
        return None
    m = _KO_BEFORE.search(text[max(0, end - 24) : end])
    return _KO_NOUNS[m.group()] if m else None
