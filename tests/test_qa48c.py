"""Session 48 QA (qa48c): the findings of a round in Arabic, Persian, Urdu, Hebrew, Japanese, Korean, Chinese, Hindi
and Thai, with English reports of the same events.  Invented sentences."""

from __future__ import annotations

import pytest

from tests.helpers import analyzed, resolved

PUB = "2026-11-20T10:00:00Z"  # a Friday


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        # "라며" (saying) closes a quotation whatever verb follows it, a gesture included; the speaker after it or before
        ("“주민 여러분께 진심으로 죄송합니다”라며 최영호 시장이 머리를 숙였다.", "최영호", "주민 여러분께 진심으로 죄송합니다"),
        ("한지민 위원장은 “끝까지 책임지겠다”라면서 눈물을 보였다.", "한지민", "끝까지 책임지겠다"),
        ("오세진 감독은 “선수들이 정말 잘 싸웠다”며 박수를 쳤다.", "오세진", "선수들이 정말 잘 싸웠다"),
    ],
)
def test_korean_quotation_closed_by_rami_before_a_gesture(text: str, speaker: str, said: str) -> None:
    art = analyzed(text, "ko", PUB)
    assert [(q.speaker, text[q.start : q.end]) for q in art.quotes] == [(speaker, said)]


def test_korean_copula_after_a_quoted_noun_is_no_quotation() -> None:
    # '“과속”이며' is "is 'speeding' and": the quoted word is a term, and no one is made its speaker
    art = analyzed("경찰이 밝힌 사고 원인은 “과속”이며 운전자는 입건됐다.", "ko", PUB)
    assert [q.speaker for q in art.quotes if q.speaker] == []


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        # "לדברי" (according to) and a name, its role set off in commas after it: the role is no part of what was said
        ("לדברי רינה גולן, מנהלת בית הספר, הלימודים יתחדשו ביום ראשון.", "רינה גולן", "הלימודים יתחדשו ביום ראשון"),
        # "לטענת" (by the claim of) is a source as "לדברי" is; "עורך הדין" (the lawyer) is a role before the name
        ("לטענת עורך הדין אורי שחר, העסקה נחתמה כדין.", "אורי שחר", "העסקה נחתמה כדין"),
        ("לטענת אורי שחר, סנגורו של הנאשם, לא נמצאו טביעות אצבע.", "אורי שחר", "לא נמצאו טביעות אצבע"),
    ],
)
def test_hebrew_according_to_a_name_and_its_role(text: str, speaker: str, said: str) -> None:
    art = analyzed(text, "he", PUB)
    assert [(q.speaker, text[q.start : q.end]) for q in art.quotes] == [(speaker, said)]


@pytest.mark.parametrize(
    ("lang", "text", "expr", "value"),
    [
        # a past "stayed" after "until" + weekday is the weekday gone (Friday 20 November: Wednesday the 18th) ...
        ("ur", "شہر کے اسکول بدھ تک بند رہے۔", "بدھ تک", "2026-11-18"),
        ("ur", "ہڑتال جمعرات تک جاری رہی اور پھر ختم ہو گئی۔", "جمعرات", "2026-11-19"),
        ("hi", "हाईवे बुधवार तक बंद रहा।", "बुधवार", "2026-11-18"),
        ("hi", "हड़ताल गुरुवार तक जारी रहीं।", "गुरुवार", "2026-11-19"),
        # ... the future and the progressive keep theirs: the coming day, and the day a span runs from
        ("ur", "شہر کے اسکول بدھ تک بند رہیں گے۔", "بدھ تک", "2026-11-25"),
        ("hi", "हाईवे बुधवार तक बंद रहेगा।", "बुधवार", "2026-11-25"),
        ("hi", "बुधवार से हड़ताल चल रही है।", "बुधवार", "2026-11-18"),
    ],
)
def test_until_a_weekday_with_a_past_verb_of_staying(lang: str, text: str, expr: str, value: str) -> None:
    assert resolved(lang, text, PUB).get(expr, "missing") == value


def _pair_conflicts(a: tuple[str, str], b: tuple[str, str]) -> list[tuple[str, dict]]:
    from tests.helpers import mixed_articles, sentence_pair_conflicts

    x, y = mixed_articles(a, b, published=PUB)
    return sentence_pair_conflicts(x, 0, y, 0)


@pytest.mark.parametrize(
    ("lang", "same", "other"),
    [
        # the dollar as Japanese, Hindi, Urdu, Persian and Thai write it is "$": the same sum is shared, another a conflict
        ("ja", "市は新しい橋に24億ドルを投じる。", "市は新しい橋に27億ドルを投じる。"),
        ("ja", "市は新しい橋に24億米ドルを投じる。", "市は新しい橋に27億米ドルを投じる。"),
        ("hi", "शहर नए पुल पर 2.4 अरब डॉलर खर्च करेगा।", "शहर नए पुल पर 2.7 अरब डॉलर खर्च करेगा।"),
        ("hi", "शहर नए पुल पर 2.4 अरब अमेरिकी डॉलर खर्च करेगा।", "शहर नए पुल पर 2.7 अरब अमेरिकी डॉलर खर्च करेगा।"),
        ("ur", "شہر نئے پل پر 2.4 ارب ڈالر خرچ کرے گا۔", "شہر نئے پل پر 2.7 ارب ڈالر خرچ کرے گا۔"),
        ("fa", "شهر ۲.۴ میلیارد دلار برای پل جدید هزینه می‌کند.", "شهر ۲.۷ میلیارد دلار برای پل جدید هزینه می‌کند."),
        ("th", "เมืองจะใช้เงิน 2,400 ล้านดอลลาร์สร้างสะพานใหม่", "เมืองจะใช้เงิน 2,700 ล้านดอลลาร์สร้างสะพานใหม่"),
    ],
)
def test_dollar_words_across_scripts(lang: str, same: str, other: str) -> None:
    english = ("en", "The city will spend $2.4 billion on the new bridge.")
    assert _pair_conflicts(english, (lang, same)) == []
    assert _pair_conflicts(english, (lang, other)) == [("number", {"a": [2.4e9], "b": [2.7e9], "unit": "$"})]


def test_a_rounded_conversion_is_no_conflict() -> None:
    # "or 96 billion rupees" converts the dollar figure and rounds it: the Hindi report's own 9,500 crore fits it ...
    english = ("en", "The flood damage was put at $1.15 billion, or 96 billion rupees.")
    assert _pair_conflicts(english, ("hi", "बाढ़ से नुकसान 9,500 करोड़ रुपये आंका गया।")) == []
    assert _pair_conflicts(("ja", "被害額は11.5億ドル（1700億円）に上った。"), ("en", "Damage reached 172 billion yen.")) == []
    # ... a figure well apart is still a conflict
    assert _pair_conflicts(english, ("hi", "बाढ़ से नुकसान 7,000 करोड़ रुपये आंका गया।")) == [
        ("number", {"a": [96e9], "b": [70e9], "unit": "₹"})
    ]


@pytest.mark.parametrize(
    ("paragraph", "place", "agency", "after"),
    [
        # Chinese datelines with no date, as "news" (消息), with no agency, in traditional characters, before the
        # ideographic space: split from the report's first sentence as the full wire form is
        ("新华社昆明电（记者 赵敏）云南省昆明市一座仓库20日凌晨起火。", "昆明", "新华社", "云南省昆明市一座仓库20日凌晨起火。"),
        ("本报昆明消息 昆明市一座仓库20日凌晨起火。", "昆明", "本报", "昆明市一座仓库20日凌晨起火。"),
        ("澎湃网消息：昆明市一座仓库20日凌晨起火。", "", "澎湃网", "昆明市一座仓库20日凌晨起火。"),
        ("昆明11月20日电 昆明市一座仓库20日凌晨起火。", "昆明", None, "昆明市一座仓库20日凌晨起火。"),
        ("中央社台中11月20日電 台中市一座倉庫20日凌晨起火。", "台中", "中央社", "台中市一座倉庫20日凌晨起火。"),
        ("新华社昆明11月20日电\u3000昆明市一座仓库20日凌晨起火。", "昆明", "新华社", "昆明市一座仓库20日凌晨起火。"),
    ],
)
def test_chinese_datelines_without_a_date_or_an_agency(paragraph: str, place: str, agency: str | None, after: str) -> None:
    from parallax.ingest.datelines import split_dateline

    d = split_dateline(paragraph)
    assert d is not None and (d.place, d.agency, d.after) == (place, agency, after)


@pytest.mark.parametrize("paragraph", ["该报社记者来电称，仓库已被封锁。", "据新华社消息，仓库已被封锁。", "昆明市仓库20日电路故障起火。"])
def test_chinese_prose_is_no_dateline(paragraph: str) -> None:
    from parallax.ingest.datelines import split_dateline

    assert split_dateline(paragraph) is None


def test_a_count_of_years_in_a_translated_quotation_is_its_span() -> None:
    # Japanese "この20年で" is a count of years where English "in two decades" is a span: the same figure, not "altered"
    from parallax.compare.translated_quotes import figures_changed
    from tests.helpers import mixed_articles

    en, ja = mixed_articles(
        ("en", '"This is the worst flood we have seen in 20 years," said Aiko Sato, the mayor.'),
        ("ja", "佐藤愛子市長は「この20年で最悪の洪水だ」と述べた。"),
        published=PUB,
    )
    assert len(en.quotes) == len(ja.quotes) == 1
    assert not figures_changed(en, en.quotes[0], ja, ja.quotes[0])
    ja_other = mixed_articles(("ja", "佐藤愛子市長は「この30年で最悪の洪水だ」と述べた。"), published=PUB)[0]
    assert figures_changed(en, en.quotes[0], ja_other, ja_other.quotes[0])


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # "remained suspended until Wednesday": a state that lasted, the Wednesday gone; "suspended until" alone is the
        # end an act set, still ahead
        ("Ferry crossings remained suspended until Tuesday evening.", "Tuesday evening", "2026-11-17TEV"),
        ("Classes stayed cancelled until Wednesday.", "Wednesday", "2026-11-18"),
        ("The ferry company suspended crossings until Tuesday.", "Tuesday", "2026-11-24"),
    ],
)
def test_english_a_state_that_lasted_until_a_weekday(text: str, expr: str, value: str) -> None:
    assert resolved("en", text, PUB).get(expr, "missing") == value


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # whom a quotation was told to is no part of the speaker: "told his supporters", "told the media"
        ('"ננצח גם בסיבוב השני", אמרה מירב שגיא לתומכיה.', "מירב שגיא"),
        ('"לא נוותר על אף מושב", אמר אלון רז לתקשורת בערב.', "אלון רז"),
    ],
)
def test_hebrew_addressee_after_the_speaker(text: str, speaker: str) -> None:
    assert [q.speaker for q in analyzed(text, "he", PUB).quotes] == [speaker]


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        # "2박 3일" / "2泊3日" (two nights, three days) is a trip's length: no 3rd of the month; a real date beside it stays
        ("ko", "대표단은 2박 3일 일정으로 부산을 찾았다.", None),
        ("ja", "代表団は2泊3日の日程で釜山を訪れた。", None),
        ("ko", "대표단은 3박 4일 일정을 마치고 4일 귀국한다.", "4일"),
    ],
)
def test_nights_and_days_of_a_trip_are_no_date(lang: str, text: str, day: str | None) -> None:
    got = resolved(lang, text, PUB)
    assert list(got) == ([day] if day else [])


def test_a_quotation_given_to_another_person_in_another_script() -> None:
    # the Korean report gives the words of Japan's minister, "Kenta Fujii", to Korea's "윤지훈", whom the English report
    # names too ("Yoon Ji-hoon"): the two names share no sound, but "윤지훈" is the English report's other man
    import parallax
    from tests.helpers import outlet_articles

    en = outlet_articles(
        ["Japanese Trade Minister Kenta Fujii met his South Korean counterpart, Yoon Ji-hoon, in Seoul on Tuesday.\n\n"
         '"We must open a new chapter in trade between our two countries," Fujii said at a joint news conference.'],
        "en", PUB,
    )[0]
    ko = outlet_articles(
        ["후지이 겐타 일본 경제산업상은 화요일 서울에서 윤지훈 통상장관과 회담했다.\n\n"
         "윤지훈 장관은 공동기자회견에서 “양국 간 무역의 새로운 장을 열어야 한다”고 말했다."],
        "ko", PUB,
    )[0]
    ko.id, ko.outlet = "b", "B"
    quotes = parallax.compare([en, ko]).to_dict()["quotes"]
    joined = [q for q in quotes if len(q["variants"]) == 2]
    assert len(joined) == 1 and joined[0]["misattributed"] is True
