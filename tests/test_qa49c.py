"""Session 49 QA (qa49c): the findings of a round in Hebrew, Japanese, Chinese, Korean, Thai, Arabic, Persian, Urdu,
Hindi, Bengali and Tamil, with English reports of the same events.  Invented sentences."""

from __future__ import annotations

import pytest

from tests.helpers import analyzed

PUB = "2026-11-20T10:00:00Z"  # a Friday


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a post the short title list lacks, after the body's の: the name alone, not the organisation nor the post
        ("気象庁の太田健二予報官は「週末にかけて大雨に警戒してほしい」と話した。", "太田健二"),
        ("防衛省の高木誠審議官は「問題はない」と話した。", "高木誠"),
        ("同大学の中村優子上席研究員は「問題はない」と話した。", "中村優子"),
        # a surname of one kanji before a title, before and after the quotation
        ("森首相は「国民の命を守る」と述べた。", "森"),
        ("「国民の命を守る」と森首相は述べた。", "森"),
        ("林外相は「問題はない」と述べた。", "林"),
        # ... but a determiner or a country's one-kanji abbreviation before a title is no surname
        ("同社長は「問題はない」と述べた。", "同社長"),
        ("米大統領は「問題はない」と述べた。", "米大統領"),
        ("元首相は「問題はない」と述べた。", "元首相"),
    ],
)
def test_japanese_speaker_is_the_name_without_its_post(text: str, speaker: str) -> None:
    art = analyzed(text, "ja", PUB)
    assert [q.speaker for q in art.quotes] == [speaker]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the nouns and counters for people of Urdu, Bengali, Tamil and Hindi meet "people" in a toll
        ("ur", "ہماچل پردیش میں منگل کو ایک بس کھائی میں گرنے سے 11 افراد ہلاک ہو گئے۔"),
        ("ur", "منگل کو 11 لوگ ہلاک ہو گئے۔"),
        ("ur", "منگل کو 11 اشخاص ہلاک ہو گئے۔"),
        ("bn", "মঙ্গলবার ১১ জন নিহত হয়েছেন।"),
        ("ta", "செவ்வாய்க்கிழமை 11 பேர் உயிரிழந்தனர்."),
        ("hi", "मंगलवार को 11 व्यक्तियों की मौत हो गई।"),
    ],
)
def test_a_toll_of_people_in_south_asian_nouns_meets_an_english_toll(lang: str, text: str) -> None:
    from tests.helpers import mixed_articles, sentence_pair_conflicts

    x, y = mixed_articles(("en", "Nine people were killed on Tuesday when a bus fell into a gorge."), (lang, text), published=PUB)
    assert [(kind, v["a"], v["b"]) for kind, v in sentence_pair_conflicts(x, 0, y, 0)] == [("number", [9.0], [11.0])]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # another country's dollar, written with the word for the dollar and the country's name: not the US dollar "$"
        ("th", "บริษัทจะลงทุน 3,000 ล้านดอลลาร์ออสเตรเลียในเหมืองแห่งใหม่"),
        ("th", "บริษัทจะลงทุน 3,000 ล้านดอลลาร์ ออสเตรเลีย ในเหมืองแห่งใหม่"),
        ("ar", "ستستثمر الشركة 3 مليارات دولار أسترالي في المنجم الجديد."),
        ("fa", "این شرکت ۳ میلیارد دلار استرالیا در معدن جدید سرمایه‌گذاری می‌کند."),
        ("he", "החברה תשקיע 3 מיליארד דולר אוסטרלי במכרה החדש."),
        ("ja", "同社は新しい鉱山に30億豪ドルを投資する。"),
        ("ko", "회사는 새 광산에 30억 호주달러를 투자한다."),
        ("hi", "कंपनी नई खदान में 3 अरब ऑस्ट्रेलियाई डॉलर का निवेश करेगी।"),
        ("ur", "کمپنی نئی کان میں 3 ارب آسٹریلوی ڈالر کی سرمایہ کاری کرے گی۔"),
        ("zh", "该公司将向新矿投资30亿澳元。"),
    ],
)
def test_an_australian_dollar_is_no_us_dollar(lang: str, text: str) -> None:
    from tests.helpers import mixed_articles, sentence_pair_conflicts

    en = "The company will invest A$3 billion in the new mine."
    x, y = mixed_articles(("en", en), (lang, text), published=PUB)
    assert [q.unit for q in y.quantities if q.value == 3e9] == ["A$"]
    assert sentence_pair_conflicts(x, 0, y, 0) == []
    # ... and the same sum in US dollars in the other report is two currencies, not one sum
    x, y = mixed_articles(("en", "The company will invest $3 billion in the new mine."), (lang, text), published=PUB)
    assert [q.unit for q in x.quantities] == ["$"]


@pytest.mark.parametrize(
    ("paragraph", "place", "agency"),
    [
        # Urdu papers open a report with the place and a colon, perhaps their correspondent or an agency in brackets
        ("نئی دہلی: ہماچل پردیش میں منگل کو ایک بس کھائی میں گرنے سے 11 افراد ہلاک ہو گئے۔", "نئی دہلی", None),
        ("اسلام آباد: وفاقی حکومت نے پیٹرول کی قیمت میں 5 روپے کمی کر دی۔", "اسلام آباد", None),
        ("کراچی (اے پی پی): شہر میں بارش سے نظام زندگی درہم برہم ہو گیا۔", "کراچی", "اے پی پی"),
        # ... and Persian and Arabic papers the same, with a known place
        ("تهران: وزیر نفط روز دوشنبه از توافق جدید گازی خبر داد.", "تهران", None),
        ("بيروت: أعلنت الحكومة اللبنانية اليوم خطة جديدة للكهرباء.", "بيروت", None),
    ],
)
def test_a_place_and_a_colon_open_an_urdu_persian_or_arabic_report(paragraph: str, place: str, agency: str | None) -> None:
    from parallax.ingest.datelines import split_dateline

    d = split_dateline(paragraph)
    assert d is not None and (d.place, d.agency) == (place, agency)
    assert paragraph.endswith(d.after) and d.after[:1] not in (" ", ":")


@pytest.mark.parametrize(
    "paragraph",
    [
        # a speaker and a colon, a label, a heading's topic: no place
        "وزیر اعظم نے کہا: ہم عوام کے ساتھ ہیں۔",
        "اہم بات: حکومت نے قیمتیں کم کر دیں۔",
        "قال الوزير: سنبدأ العمل غدا.",
    ],
)
def test_a_speaker_or_a_label_and_a_colon_is_no_dateline(paragraph: str) -> None:
    from parallax.ingest.datelines import split_dateline

    assert split_dateline(paragraph) is None


def test_an_urdu_dateline_is_taken_out_of_the_text_on_ingest(tmp_path) -> None:
    import json

    import parallax

    text = "نئی دہلی: ہماچل پردیش میں منگل کو ایک بس کھائی میں گرنے سے 11 افراد ہلاک ہو گئے۔\n\nبس میں 42 مسافر سوار تھے۔"
    record = {"id": "u", "outlet": "Jang", "published": PUB, "language": "ur", "text": text}
    (tmp_path / "a.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    arts = parallax.load([tmp_path / "a.jsonl"])
    assert arts[0].dateline == "نئی دہلی" and arts[0].text.startswith("ہماچل")


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # "เมื่อ" right before the day is the past ("on Wednesday", gone), whatever the reported clause says will be
        # (Friday 20 November: Wednesday the 18th)
        ("บริษัท ปตท. เปิดเผยเมื่อวันพุธว่าจะลงทุน 3,000 ล้านดอลลาร์", "วันพุธ", "2026-11-18"),
        ("เมื่อวันพุธ บริษัทประกาศว่าจะลงทุนในเหมือง", "วันพุธ", "2026-11-18"),
        # ... and without it a weekday in a sentence of the future is the coming one
        ("บริษัทจะประกาศผลในวันพุธ", "วันพุธ", "2026-11-25"),
    ],
)
def test_thai_muea_before_a_weekday_is_the_past(text: str, expr: str, value: str) -> None:
    from tests.helpers import resolved

    assert resolved("th", text, PUB).get(expr, "missing") == value


@pytest.mark.parametrize(
    "text",
    [
        # the speaker after the quotation, what they are after the name, and a verb of saying with no "ว่า"
        '"นี่คือประวัติศาสตร์" นายสมชาย ทองดี ประธานเจ้าหน้าที่บริหาร กล่าวในพิธีลงนาม',
        '"นี่คือประวัติศาสตร์" นายสมชาย ทองดี กล่าว',
    ],
)
def test_thai_speaker_after_the_quotation(text: str) -> None:
    art = analyzed(text, "th", PUB)
    assert [(q.speaker, text[q.start : q.end]) for q in art.quotes] == [("สมชาย ทองดี", "นี่คือประวัติศาสตร์")]


def test_a_short_thai_quotation_is_linked_to_its_english_translation() -> None:
    # "นี่คือประวัติศาสตร์" is three words ("this is history") written as one run: counted as one word, it was too short
    # to be compared with any translation, and the two reports' quotations of one man stayed two single sources
    import parallax

    en = ('PTT said on Wednesday it would invest A$3 billion in a gas field off Western Australia.\n\n'
          '"This is historic," chief executive Somchai Thongdee said at the signing ceremony in Perth.\n\n'
          "Production is expected to start in 2029, the company said.")
    th = ("บริษัท ปตท. เปิดเผยเมื่อวันพุธว่าจะลงทุน 3,000 ล้านดอลลาร์ออสเตรเลียในแหล่งก๊าซนอกชายฝั่งออสเตรเลียตะวันตก\n\n"
          '"นี่คือประวัติศาสตร์" นายสมชาย ทองดี ประธานเจ้าหน้าที่บริหาร กล่าวในพิธีลงนามที่เมืองเพิร์ธ\n\n'
          "คาดว่าการผลิตจะเริ่มในปี 2572")
    arts = [parallax.Article(id=i, text=t, outlet=i, published="2026-11-19T12:00:00+00:00", language=lang)
            for i, (lang, t) in zip("ab", [("en", en), ("th", th)], strict=True)]
    out = parallax.compare(arts).to_dict()
    assert [sorted(v["article"] for v in q["variants"]) for q in out["quotes"]] == [["a", "b"]]
    assert out["summary"]["conflicts"] == 0


@pytest.mark.parametrize(("text", "words"), [("นี่คือประวัติศาสตร์", 3), ("ขอบคุณครับ", 2), ("We will rebuild", 3)])
def test_thai_words_are_counted_in_a_run_without_spaces(text: str, words: int) -> None:
    from parallax.compare.quote_fidelity import quote_words

    assert quote_words(text) == words


@pytest.mark.parametrize(
    ("latin", "hebrew", "same"),
    [
        # whole names of short Hebrew words where none meets any word of the other: two people; every word meeting the
        # word at its place is one (qa50c: the same name was left undecided, and the group had no speaker)
        ("Avi Cohen", "אבי כהן", True),
        ("Avi Cohen", "דני לוי", False),
        ("Dani Levi", "משה כהן", False),
        # a vav read as a vowel ("לוי", Levi) may drop a consonant: the same name is never told apart
        ("Dani Levi", "דני לוי", True),  # (one name since session 52: every word meets at its place, short_names)
        ("David Levi", "דוד לוי", None),
        # one short word alone tells nothing
        ("Cohen", "כהן", None),
    ],
)
def test_short_hebrew_names_across_scripts(latin: str, hebrew: str, same: bool | None) -> None:
    from parallax.sounds import same_name_by_sound

    assert same_name_by_sound(latin, hebrew) is same


def test_a_quotation_given_to_another_man_in_hebrew_is_misattributed() -> None:
    import parallax

    en = ("Fourteen people were injured on Thursday when a gas cylinder exploded at a restaurant in central Jerusalem.\n\n"
          '"We heard a huge bang and then everyone was running," said Avi Cohen, a shop owner next door.\n\n'
          'Police spokesman Dani Levi said three of the injured were in serious condition.')
    he = ("14 בני אדם נפצעו ביום חמישי בפיצוץ בלון גז במסעדה במרכז ירושלים.\n\n"
          '"שמענו בום אדיר ואז כולם רצו", אמר דני לוי, בעל חנות סמוכה.\n\n'
          "דובר המשטרה דני לוי אמר כי שלושה מהפצועים במצב קשה.")
    arts = [parallax.Article(id=i, text=t, outlet=i, published="2026-11-20T09:00:00+00:00", language=lang)
            for i, (lang, t) in zip("ab", [("en", en), ("he", he)], strict=True)]
    out = parallax.compare(arts).to_dict()
    assert out["summary"]["misattributed"] == 1
