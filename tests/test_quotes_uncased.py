"""Speakers in scripts without capital letters (Chinese, Japanese, Korean, Arabic, Persian, Hindi),
on sentences of our own: the grammar of the cue marks the speaker, and compare tells a name from a
description."""

from __future__ import annotations

import pytest

import parallax
from parallax.analyze.quotes.uncased import looks_named, same_uncased, speaker_name
from parallax.compare.quotes import is_named, same_person
from parallax.records import Article
from tests.helpers import shown

PUBLISHED = "2026-03-15T10:00:00+00:00"


def _speakers(text: str, lang: str) -> list[tuple[str, str | None]]:
    art = Article(id="t", text=text, language=lang, published=PUBLISHED)
    parallax.analyze([art])
    return [(q.text, q.speaker) for q in art.quotes]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Chinese: the phrase before the speech verb, the name after its title
        ("zh", "水务局局长周海说：“供水将在明天恢复。”", ["周海"]),
        ("zh", "“我们已经派出三支救援队，”副市长林晓表示。", ["林晓"]),
        ("zh", "周海在发布会上表示：“供水将在明天恢复。”他说：“请市民节约用水。”", ["周海", "周海"]),
        ("zh", "水务公司发言人称：“管道已经修复。”", ["水务公司发言人"]),
        # Japanese: は/が before the quotation, と and the verb after it
        ("ja", "川口市の森田健市長は「断水は明日まで続く」と述べた。", ["森田健"]),
        ("ja", "「断水は明日まで続く」と森田市長は述べた。", ["森田"]),
        ("ja", "水道局の担当者は「復旧を急いでいる」と説明した。", ["水道局の担当者"]),
        # Korean: 은/는/이/가 before the quotation, 고/라고 and the verb after it
        ("ko", '박지훈 구청장은 "복구에 최선을 다하겠다"고 말했다. 그는 "주민 안전이 우선"이라고 덧붙였다.', ["박지훈", "박지훈"]),
        ("ko", '"물이 곧 빠질 것"이라고 최수진 대변인이 밝혔다.', ["최수진"]),
        # Arabic: the verb first, then role and name; a circumstance after the name is not part of it
        ("ar", "وقال وزير المياه خالد العمري للصحفيين: «سنعيد الخدمة خلال يومين».", ["خالد العمري"]),
        ("ar", "«لم نر فيضانا مثل هذا من قبل»، قالت رئيسة البلدية ليلى حداد.", ["ليلى حداد"]),
        # Persian and Hindi: the subject before a verb that closes the clause
        ("fa", "وزیر نیرو رضا احمدی گفت: «آب تا فردا وصل می‌شود».", ["رضا احمدی"]),
        ("hi", 'जल मंत्री अनिल वर्मा ने कहा, "पानी की आपूर्ति कल तक बहाल होगी।" "हमने नुकसान का आकलन शुरू कर दिया है," अधिकारी मीना जोशी ने बताया।', ["अनिल वर्मा", "मीना जोशी"]),
    ],
)
def test_speaker_found_by_the_grammar_of_the_cue(lang, text, expected):
    assert [s for _, s in _speakers(text, lang)] == expected


def test_title_is_peeled_per_language():
    assert speaker_name("zh", "市水务局局长周海") == "周海"
    assert speaker_name("ja", "川口市の森田健市長") == "森田健"
    assert speaker_name("ja", "高橋悠斗財務相") == "高橋悠斗" and speaker_name("ja", "日本商工会議所の小野寺健会頭") == "小野寺健"
    assert speaker_name("ko", "박지훈 구청장") == "박지훈"
    assert speaker_name("ar", "وزير المياه خالد العمري") == "خالد العمري"
    assert speaker_name("ar", "الوسيط الدولي مارتن كلاين") == "مارتن كلاين" and speaker_name("ar", "كبير المفاوضين سامي ناصر") == "سامي ناصر"
    assert speaker_name("fa", "وزیر نیرو رضا احمدی") == "رضا احمدی"


def test_names_and_descriptions_without_capitals():
    assert looks_named("周海") and looks_named("박지훈") and looks_named("خالد العمري") and looks_named("अनिल वर्मा")
    assert not looks_named("水务公司发言人")  # ends with a title: a description
    assert not looks_named("경찰 관계자")  # "a police official"
    assert not looks_named("المتحدث باسم الشرطة")  # "the police spokesman"
    assert not looks_named("مصدر أمني")  # "a security source"
    assert is_named("周海") and not is_named("水务公司发言人")
    assert same_uncased("周海", "局长周海") and same_person("周海", "局长周海") and not same_person("周海", "林晓")


def _compare(texts: dict[str, str], lang: str):
    arts = [Article(id=k, text=v, language=lang, published=PUBLISHED) for k, v in texts.items()]
    return parallax.compare(arts).to_dict()


def test_chinese_quote_given_to_two_people_is_a_speaker_conflict():
    out = _compare(
        {
            "a": "暴雨导致全市停水。水务局局长周海说：“供水将在明天下午恢复。”",
            "b": "暴雨导致全市停水。“供水将在明天下午恢复，”副市长林晓表示。",
        },
        "zh",
    )
    speakers = [shown(c) for f in out["facts"] for c in f["conflicts"] if c["kind"] == "speaker"]
    assert speakers == [{"a": "周海", "b": "林晓"}]


def test_arabic_description_is_no_rival_to_a_name():
    out = _compare(
        {
            "a": "غمرت السيول المدينة. وقال وزير المياه خالد العمري: «سنعيد الخدمة خلال يومين».",
            "b": "غمرت السيول المدينة. وقال المتحدث باسم الوزارة: «سنعيد الخدمة خلال يومين».",
        },
        "ar",
    )
    assert not [c for f in out["facts"] for c in f["conflicts"] if c["kind"] == "speaker"]
    assert [q["speaker"] for q in out["quotes"]] == ["خالد العمري"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("zh", "3月14日，水务局局长周海表示，全市供水将在明天下午恢复。", ("全市供水将在明天下午恢复", "周海")),
        ("zh", "据水务公司发言人林晓介绍，破裂的管道已经全部修复。", ("破裂的管道已经全部修复", "林晓")),
        ("ar", "وقال وزير المياه خالد العمري إن الخدمة ستعود خلال يومين.", ("الخدمة ستعود خلال يومين", "خالد العمري")),
        ("fa", "وزیر نیرو رضا احمدی گفت که آب تا فردا وصل می‌شود.", ("آب تا فردا وصل می‌شود", "رضا احمدی")),
        ("hi", "जल मंत्री अनिल वर्मा ने कहा कि पानी की आपूर्ति कल तक बहाल होगी।", ("पानी की आपूर्ति कल तक बहाल होगी", "अनिल वर्मा")),
    ],
)
def test_reported_speech_without_marks(lang, text, expected):
    art = Article(id="t", text=text, language=lang, published=PUBLISHED)
    parallax.analyze([art])
    assert [(q.text, q.speaker) for q in art.quotes if q.kind == "indirect"] == [expected]


def test_a_pronoun_or_a_short_clause_is_no_reported_speech():
    art = Article(id="t", text="这表示，问题很严重。他说，目前没有新的遇难者。", language="zh", published=PUBLISHED)
    parallax.analyze([art])
    assert art.quotes == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a name in commas after the role; a role with only a place after it is no name
        ("fa", "فرماندار ناروان، مهدی کاظمی‌نژاد، گفت: «همه مصدومان به بیمارستان منتقل شدند».", ["مهدی کاظمی\u200cنژاد"]),
        ("fa", "فرماندار ناروان گفت: «همه مصدومان به بیمارستان منتقل شدند».", ["فرماندار ناروان"]),
        # a description with no role word we know ends with the name
        ("hi", 'बस में सफर कर रहे यात्री रमेश यादव ने कहा, "अचानक ब्रेक फेल हो गए और बस खाई में जा गिरी।"', ["रमेश यादव"]),
        # a name in single marks before a particle is no quotation; the quotation closed by 고 is
        ("ko", '‘누리호’가 발사됐다. 박지훈 연구원은 "발사는 성공적이었다"고 말했다.', ["박지훈"]),
        ("ja", "「はやぶさ」が帰還した。山口教授は「大きな成果だ」と述べた。", ["山口"]),
    ],
)
def test_more_speaker_shapes_without_capitals(lang, text, expected):
    assert [s for _, s in _speakers(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("id", '"Kami sudah mengevakuasi semua warga," kata Budi Santoso. "Air mulai surut," ujarnya.', ["Budi Santoso", "Budi Santoso"]),
        ("ro", "„Toți răniții au fost duși la spital”, a declarat prefectul Ion Popescu. „Nu mai sunt victime”, a mai spus acesta.", ["Ion Popescu", "Ion Popescu"]),
    ],
)
def test_indonesian_and_romanian_cues(lang, text, expected):
    assert [s for _, s in _speakers(text, lang)] == expected


def test_chinese_idioms_and_descriptions_are_no_speakers():
    """说 in "也就是说" is no speech; "有人" (someone) and "该公司" (the company) describe a speaker;
    "他接着说" is the speaker before."""
    assert _speakers("也就是说：“这不是一次意外。”", "zh") == [("这不是一次意外。", None)]
    assert _speakers("水务局局长周海说：“供水明天恢复。”他接着说：“请市民节约用水。”", "zh")[1][1] == "周海"
    assert not looks_named("有人", "zh") and not looks_named("该公司", "zh") and looks_named("欧阳娜娜", "zh")
    art = Article(id="t", text="也就是说，这次事故完全可以避免。", language="zh", published=PUBLISHED)
    parallax.analyze([art])
    assert art.quotes == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a description or a role, then the name in commas (a rank before the name is cut)
        ("وقال أحد المزارعين، ياسر القاضي: «غمرت المياه الحقول كلها».", ["ياسر القاضي"]),
        ("وقالت مديرة مستشفى الوادي في بلدة الرمل، الدكتورة رنا الخطيب: «استقبلنا أربعين مصابا».", ["رنا الخطيب"]),
        ("«استقبلنا أربعين مصابا»، قالت المتحدثة باسم المستشفى، رنا الخطيب.", ["رنا الخطيب"]),
        # the name, then what the person is
        ("وقال ياسر القاضي، وهو مزارع يملك أرضا قرب النهر: «غمرت المياه الحقول كلها».", ["ياسر القاضي"]),
        ("وقال ياسر القاضي، رئيس جمعية المزارعين: «غمرت المياه الحقول كلها».", ["ياسر القاضي"]),
        # a circumstance after a description keeps the description
        ("وقال الوزير، في مؤتمر صحفي: «سنعوض المزارعين».", ["الوزير"]),
        # a list of people is no one speaker
        ("وقال كل من ياسر القاضي، ورنا الخطيب: «لن نترك أرضنا».", [None]),
        ("وقال ياسر القاضي، ورنا الخطيب: «لن نترك أرضنا».", [None]),
        # a comma list of names in the sentence before is not the attribution
        ("أصيب ياسر القاضي، ورنا الخطيب، وسليم حداد في الفيضان. وقالت الشرطة: «البحث مستمر».", ["الشرطة"]),
        # after the quotation, a name then a clause of its own
        ("«البحث مستمر»، قال سليم حداد، مشيراً إلى فرق الإنقاذ.", ["سليم حداد"]),
    ],
)
def test_arabic_name_in_commas_beside_its_role(text, expected):
    assert [s for _, s in _speakers(text, "ar")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 振り返る and other verbs of telling close the quotation; the age in brackets and さん are cut
        ("二両目に乗っていた看護師の中村由香さん（29）は「窓ガラスが一斉に割れた」と振り返った。", ["中村由香"]),
        ("乗客の会社員、佐々木翔さん（41）は「足が震えて立てなかった」と明かした。", ["佐々木翔"]),
        ("「家が残っていて良かった」と、近所に住む農業の高橋勇氏（67歳）は胸をなで下ろした。", ["高橋勇"]),
        ("運転士の小林誠容疑者（38）は「速度は守っていた」と供述している。", ["小林誠"]),
        # a name in brackets before が is no quotation; 話す in the present closes one
        ("「ひかり」が到着した。駅員の木村健二さん（52）は「ほっとした」と話す。", ["木村健二"]),
    ],
)
def test_japanese_verbs_of_telling_and_names_with_age(text, expected):
    assert [s for _, s in _speakers(text, "ja")] == expected


@pytest.mark.parametrize(
    ("lang", "text", "clause", "speaker"),
    [
        ("ja", "消防の山田太郎署長によると、火は台所から出たという。", "火は台所から出たという", "山田太郎"),
        ("ar", "وبحسب مدير المستشفى سعيد الخطيب، نقل ثلاثة مصابين إلى العناية المركزة.", "نقل ثلاثة مصابين إلى العناية المركزة", "سعيد الخطيب"),
    ],
)
def test_a_source_that_opens_the_sentence_speaks_the_clause_in_japanese_and_arabic(lang, text, clause, speaker):
    from tests.helpers import analyzed

    assert (clause, speaker) in [(q.text, q.speaker) for q in analyzed(text, lang).quotes]
