"""Numbers in more languages, on sentences of our own: Chinese, Japanese and Korean myriads and
counters, Hindi lakh and crore, Persian and Arabic words, Indonesian, Romanian, Turkish, Greek and
Nordic words; clock times, dates and ages that count nothing; and the traps (a number word that is
also another word, "و" between two counts, Korean 여 inside a word, Hindi words inside words)."""

from __future__ import annotations

import pytest

import parallax
from parallax.analyze.quantities import find_quantities
from parallax.compare.hedges import bounds
from parallax.compare.numbers import counted, role
from parallax.records import Article
from tests.helpers import shown


def _read(text: str, lang: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(text, lang, [])]


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        # figures and characters grouped by ten thousand
        ("창고 화재로 주민 1천200명이 대피했다.", "ko", [(1200.0, "명")]),
        ("광장에 3만 5천 명이 모였다.", "ko", [(35000.0, "명")]),
        ("복구에 2억 원이 든다.", "ko", [(2e8, "KRW")]),
        ("1,200여 명이 다쳤다.", "ko", [(1200.0, "명")]),
        ("200여명이 대피했다.", "ko", [(200.0, "명")]),
        ("200여만 명이 투표했다.", "ko", [(2e6, "명")]),
        ("倉庫の火災で1万2000人が避難した。", "ja", [(12000.0, "人")]),
        ("集会に3千人が参加した。", "ja", [(3000.0, "人")]),
        ("被害額は1億円に上る。", "ja", [(1e8, "¥")]),
        ("约12万5千人撤离。", "zh", [(125000.0, "人")]),
        ("两千人受伤，三百人死亡。", "zh", [(2000.0, "人"), (300.0, "人")]),
        ("五十多人受伤。", "zh", [(50.0, "人")]),
        ("数十人受伤，十几人失踪。", "zh", [(50.0, "人"), (15.0, "人")]),
        ("另有十二名消防员受伤。", "zh", [(12.0, "名")]),
        ("有3个人受伤。", "zh", [(3.0, "人")]),  # past the general classifier
        # Korean native numbers before a counter
        ("세 명이 숨지고 두 명이 다쳤다.", "ko", [(3.0, "명"), (2.0, "명")]),
        ("스무 명이 구조됐고 열두 명이 실종됐다.", "ko", [(20.0, "명"), (12.0, "명")]),
        ("수십 명이 대피했다.", "ko", [(50.0, "명")]),
    ],
)
def test_chinese_japanese_and_korean_myriads_and_counters(text, lang, found):
    assert _read(text, lang) == found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # characters that are numbers only before a counter
        ("这件事十分重要，一些居民万一需要帮助，千万不要统一行动。", "zh"),
        ("唯一的办法是买三明治。", "zh"),
        ("第三次会议和第3届论坛。", "zh"),
        ("한국은 세계 여러 나라를 위한 사람 중심 정책을 폈다.", "ko"),  # 한, 세, 한 사람 at the end of a word
        ("천안의 백화점에서 만나자.", "ko"),
        ("제3회 대회가 열렸다.", "ko"),
        # hours, dates and the year
        ("오후 3시 20분에 불이 났다.", "ko"),
        ("2024년 3월 5일 발표했다.", "ko"),
        ("午後3時20分に発生し、15時に発表した。", "ja"),
        ("3月5日に発表した。", "ja"),
        ("下午3点20分发生，3时结束。", "zh"),
        ("晚上8点发生爆炸。", "zh"),
        ("二〇二四年三月，5号线停运。", "zh"),
    ],
)
def test_cjk_words_hours_and_dates_count_nothing(text, lang):
    assert _read(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("3시간 동안 갇혔다.", "ko", [(3.0, "hour")]),
        ("3개월 만에 3일간 열렸다.", "ko", [(3.0, "month"), (3.0, "day")]),
        ("30세 남성과 세 살 아이가 다쳤다.", "ko", [(30.0, "(age)"), (3.0, "(age)")]),
        ("救援持续了3个小时，3天后结束。", "zh", [(3.0, "hour"), (3.0, "day")]),
        ("30岁男子受伤。", "zh", [(30.0, "(age)")]),
        ("3日間で30歳の男性が。", "ja", [(3.0, "day"), (30.0, "(age)")]),
        ("3点建议。", "zh", [(3.0, "点")]),  # without minutes or a day part, 点 may be "points"
    ],
)
def test_cjk_spans_of_time_and_ages_are_no_counted_nouns(text, lang, found):
    assert _read(text, lang) == found


def test_korean_yeo_is_more_only_after_a_number_before_a_counter():
    assert _read("3여단 장병 20여성 단체", "ko") == [(3.0, "여"), (20.0, "여")]  # the 3rd brigade, 20 women's groups


def _bounds(text: str, lang: str) -> list[tuple[float, float, float]]:
    return [bounds(text, q, lang) for q in find_quantities(text, lang, [])]


@pytest.mark.parametrize(
    ("text", "lang", "lo", "hi"),
    [
        ("五十多人受伤。", "zh", 50.0, 59.99),
        ("数十人受伤。", "zh", 10.0, 90.0),
        ("十几人失踪。", "zh", 11.0, 19.0),
        ("20多万人撤离。", "zh", 200000.0, 299900.0),
        ("1,200여 명이 다쳤다.", "ko", 1200.0, 1299.9),
        ("수백 명이 모였다.", "ko", 100.0, 900.0),
    ],
)
def test_cjk_approximate_counts_allow_a_range(text, lang, lo, hi):
    ((_, low, high),) = _bounds(text, lang)
    assert (low, high) == pytest.approx((lo, hi))


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("约300人撤离。", "zh", "about"),
        ("超过300人撤离。", "zh", "lo"),
        ("300人以上が避難した。", "ja", "lo"),
        ("300人余りが避難した。", "ja", "lo"),
        ("약 300명이 대피했다.", "ko", "about"),
        ("300명 이상이 대피했다.", "ko", "lo"),
        ("300명가량이 대피했다.", "ko", "about"),
        ("200 से अधिक लोग घायल हुए।", "hi", "lo"),
        ("लगभग 200 लोग घायल हुए।", "hi", "about"),
        ("100'den fazla kişi yaralandı.", "tr", "lo"),
        ("Sekitar 200 orang mengungsi.", "id", "about"),
        ("حدود ۲۰۰ نفر زخمی شدند.", "fa", "about"),
        ("أكثر من 200 شخص أصيبوا.", "ar", "lo"),
        ("Cel puțin 20 de persoane au fost rănite.", "ro", "lo"),
        ("Τουλάχιστον 20 άνθρωποι τραυματίστηκαν.", "el", "lo"),
        ("Minst 20 personer skadades.", "sv", "lo"),
        ("Sekurang-kurangnya 20 orang cedera.", "ms", "lo"),
        ("Poliisi pidätti ainakin 40 ihmistä.", "fi", "lo"),
        ("Loukkaantui lähes 40 ihmistä.", "fi", "hi"),
        ("Vigastada sai umbes 40 inimest.", "et", "about"),
        ("Nukentėjo mažiausiai 40 žmonių.", "lt", "lo"),
        ("Cieta vismaz 40 cilvēku.", "lv", "lo"),
        ("Almenys 40 persones van resultar ferides.", "ca", "lo"),
        ("Най-малко 40 души са ранени.", "bg", "lo"),
        ("Hơn 40 người bị thương.", "vi", "lo"),
        ("נפצעו כ-40 בני אדם.", "he", "about"),
        ("נפצעו יותר מ-40 בני אדם.", "he", "lo"),
        ("มีผู้บาดเจ็บกว่า 40 ราย", "th", "lo"),
    ],
)
def test_hedges_in_more_languages(text, lang, kind):
    ((v, lo, hi),) = _bounds(text, lang)
    expected = {"lo": (v, float("inf")), "hi": (0.0, v), "about": (v * 0.9, v * 1.1)}[kind]
    assert (lo, hi) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Der Bus fährt alle 30 Minuten.", "de"),  # Finnish "alle" (under) is no German hedge: "every"
        ("Sie gaben uns 30 Euro.", "de"),  # Catalan "uns" (some) is German "us"
        ("Hän tapasi 40 ihmistä.", "fi"),
    ],
)
def test_words_of_other_languages_are_no_hedge(text, lang):
    ((v, lo, hi),) = _bounds(text, lang)
    assert lo == hi == v


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("हादसे में चार लोगों की मौत हुई।", [(4.0, "लोगों")]),
        ("बाढ़ से 2 लाख लोग बेघर हुए।", [(2e5, "लोग")]),
        ("बाढ़ से दो लाख लोग बेघर हुए।", [(2e5, "लोग")]),
        ("बाढ़ से 2,00,000 लोग बेघर हुए।", [(2e5, "लोग")]),  # the Indian grouping
        ("बाढ़ से १२,३४,५६७ लोग प्रभावित हुए।", [(1234567.0, "लोग")]),
        ("मरम्मत पर 1.5 करोड़ रुपये खर्च हुए।", [(1.5e7, "₹")]),
        ("मेले में 10 हज़ार लोग और 10 हजार बच्चे आए।", [(1e4, "लोग"), (1e4, "बच्चे")]),
        ("अस्पताल में २०० लोग भर्ती हैं।", [(200.0, "लोग")]),
        ("तीन सौ लोग और ढाई लाख रुपये।", [(300.0, "लोग"), (2.5e5, "₹")]),
        ("साढ़े तीन हज़ार लोग पहुँचे।", [(3500.0, "लोग")]),
        ("सत्ताईस यात्री और निन्यानवे मज़दूर।", [(27.0, "यात्री"), (99.0, "मज़दूर")]),
        ("अड़तीस और अडतीस लोग।", [(38.0, None), (38.0, "लोग")]),  # with and without the nukta
        ("200 से अधिक लोग घायल हुए।", [(200.0, "लोग")]),  # the hedge between the number and its noun
    ],
)
def test_hindi_numbers(text, found):
    assert _read(text, "hi") == found


@pytest.mark.parametrize(
    "text",
    [
        "उसने इस पर विचार किया।",  # "चार" inside a word, after a vowel sign
        "लाखों लोग सड़कों पर उतरे।",  # "lakhs of": no figure
        "लाखन सिंह ने बयान दिया।",  # a name
        "उसने कहा, मुझे दो।",  # "give"
        "एक व्यक्ति ने बताया कि दोनों पक्ष अरब देशों से बात करेंगे।",  # the article, "both", "Arab"
        "नौकरी के सौदे के दस्तावेज़",  # "नौ", "सौ", "दस" starting words
    ],
)
def test_hindi_traps_count_nothing(text):
    assert _read(text, "hi") == []


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("در زلزله هزار و دویست نفر زخمی شدند.", "fa", [(1200.0, "نفر")]),
        ("زلزله‌ای به بزرگی ۵/۱ ریشتر و ۵٫۱ ریشتر", "fa", [(5.1, "ریشتر"), (5.1, "ریشتر")]),
        ("۱۲۳ نفر کشته شدند.", "fa", [(123.0, "نفر")]),
        ("بیست و سه نفر و صد و بیست و پنج نفر", "fa", [(23.0, "نفر"), (125.0, "نفر")]),
        ("دو خانه و سه مغازه آسیب دید.", "fa", [(2.0, "خانه"), (3.0, "مغازه")]),  # "و" between two counts
        ("ده نفر و یک میلیون تومان", "fa", [(10.0, "نفر"), (1e6, "تومان")]),
        ("بيست و سه نفر", "fa", [(23.0, "نفر")]),  # with the Arabic yeh
        ("أصيب ثلاثة وعشرون شخصا و خمسة و عشرين آخرين.", "ar", [(23.0, "شخصا"), (25.0, "آخرين")]),
        ("قتل الأشخاص الثلاثة في الحادث.", "ar", [(3.0, "أشخاص")]),  # the count after its noun
        ("أصيب اربعة أشخاص و١٢٣ شخصا.", "ar", [(4.0, "أشخاص"), (123.0, "شخصا")]),  # no hamza; a digit after "و"
        ("وصل ثلاثة آلاف شخص ومئة وخمسة وعشرون جنديا.", "ar", [(3000.0, "شخص"), (125.0, "جنديا")]),
        ("أسفر الحادث عن مقتل شخصين وإصابة ثلاثة آخرين.", "ar", [(2.0, "شخص"), (3.0, "آخرين")]),  # a dual
    ],
)
def test_persian_and_arabic_numbers(text, lang, found):
    assert _read(text, lang) == found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("جلسه سه شنبه برگزار شد.", "fa"),  # Tuesday
        ("نه تنها او، بلکه یک نفر دیگر", "fa"),  # "not only", "one person"
        ("تاریخ ۱۴۰۲/۰۵/۱۲ اعلام شد.", "fa"),  # a date
        ("سی‌ام خرداد", "fa"),  # the thirtieth, with its joiner
        ("خرج آلاف الأشخاص يوم الثلاثاء وقال واحد منهم", "ar"),  # thousands, Tuesday, "one of them"
    ],
)
def test_persian_and_arabic_traps_count_nothing(text, lang):
    assert _read(text, lang) == []


def test_an_arabic_dual_is_two_of_a_casualty_count():
    text = "أسفر الحادث عن سقوط قتيلين."
    (q,) = find_quantities(text, "ar", [])
    assert (q.value, role(text, q), counted(q.unit, role(text, q))) == (2.0, "dead", "people")


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Banjir menewaskan dua belas orang.", "id", [(12.0, "orang")]),
        ("Dua puluh tiga orang dan seratus dua puluh rumah.", "id", [(23.0, "orang"), (120.0, "rumah")]),
        ("Seribu dua ratus warga dan dua ratus orang.", "id", [(1200.0, "warga"), (200.0, "orang")]),
        ("Kerugian satu juta rupiah.", "id", [(1e6, "IDR")]),
        ("Lapan orang cedera.", "ms", [(8.0, "orang")]),
        ("Douăzeci și trei de persoane au fost rănite.", "ro", [(23.0, "persoane")]),
        ("Douăzeci şi trei de persoane şi doua case.", "ro", [(23.0, "persoane"), (2.0, "case")]),  # cedilla, no breve
        (
            "O sută douăzeci de persoane, două sute de case, două mii de oameni, 3 mii de oameni.",
            "ro",
            [(120.0, "persoane"), (200.0, "case"), (2000.0, "oameni"), (3000.0, "oameni")],
        ),
        ("Nouă persoane au murit.", "ro", [(9.0, "persoane")]),
        ("Yangında yirmi üç kişi yaralandı.", "tr", [(23.0, "kişi")]),
        ("İki kişi öldü, 3 bin kişi tahliye edildi.", "tr", [(2.0, "kişi"), (3000.0, "kişi")]),
        ("İki yüz kişi ve bin iki yüz asker.", "tr", [(200.0, "kişi"), (1200.0, "asker")]),
        ("Yedi kişi kurtarıldı.", "tr", [(7.0, "kişi")]),
        ("Είκοσι τρεις άνθρωποι και τρία σπίτια.", "el", [(23.0, "άνθρωποι"), (3.0, "σπίτια")]),
        ("ΤΡΕΙΣ άνθρωποι και διακόσιοι πολίτες.", "el", [(3.0, "άνθρωποι"), (200.0, "πολίτες")]),
        ("Δύο χιλιάδες άνθρωποι και ένα εκατομμύριο ευρώ.", "el", [(2000.0, "άνθρωποι"), (1e6, "€")]),  # (a currency noun as its sign)
        ("Tjugotre personer och tvåhundra hus.", "sv", [(23.0, "personer"), (200.0, "hus")]),
        ("Treogtyve personer og to huse.", "da", [(23.0, "personer"), (2.0, "huse")]),
        ("Tjuetre personer og treogtjue biler.", "nb", [(23.0, "personer"), (23.0, "biler")]),
    ],
)
def test_number_words_of_more_languages(text, lang, found):
    assert _read(text, lang) == found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Presiden tiba di Lima, Peru.", "id"),  # the city
        ("Satu orang tewas, kata warga kedua di tempat itu.", "id"),  # "one", "second", "place"
        ("O lege nouă a fost votată.", "ro"),  # "new"
        ("Noua lege a fost votată.", "ro"),  # "the new"
        ("Çocuk yemeği yedi.", "tr"),  # "ate"
        ("Bir kişi yüz yüze görüştü.", "tr"),  # "a person", "face to face"
        ("Χιλιάδες άνθρωποι και ένα σπίτι.", "el"),  # thousands; the article
        ("Three bin bags; dua orang; lima menit; tres personas.", "en"),  # other languages' words in English
    ],
)
def test_other_meanings_of_number_words_count_nothing(text, lang):
    assert [v for v, unit in _read(text, lang) if unit != "bin"] == []


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        ("At 3.55pm police said 12 people were hurt.", "en", [12.0]),
        ("At 3:55 p.m. police said 12 people were hurt.", "en", [12.0]),
        ("By 3 am 12 people were hurt; at 4pm, 13.", "en", [12.0, 13.0]),
        ("The toll rose to 2.45 per cent at 15:30 GMT.", "en", [2.45]),
        ("A $3.5m fund.", "en", [3.5e6]),
        ("Um 15.30 Uhr wurden 12 Menschen verletzt.", "de", [12.0]),
        ("À 15h30, puis à 16 h 45, 12 personnes ont été blessées.", "fr", [12.0]),
        ("Alle 15.30 sono rimaste ferite 12 persone.", "it", [12.0]),
        ("В 15.30 пострадали 12 человек.", "ru", [12.0]),
        ("Kerugian naik 3,55 persen.", "id", [3.55]),  # a decimal comma is no hour
    ],
)
def test_clock_times_count_nothing(text, lang, values):
    assert [q.value for q in find_quantities(text, lang, [])] == values


def _conflicts(a_text: str, b_text: str, lang: str) -> list:
    import parallax

    a = Article(id="a", text=a_text, outlet="A", published="2026-03-05", language=lang)
    b = Article(id="b", text=b_text, outlet="B", published="2026-03-05", language=lang)
    d = parallax.compare([a, b]).to_dict()
    return [
        sorted(v for k, vs in shown(c).items() if k != "unit" for v in vs)
        for f in d["facts"]
        for c in f["conflicts"]
        if c["kind"] == "number"
    ]


_STORIES = {
    "ko": "마포구 물류창고 화재로 인근 주민 {}이 대피했다.",
    "hi": "नदी में बाढ़ से रामपुर ज़िले के {} लोग बेघर हो गए।",
    "id": "Banjir bandang di Desa Sukamaju menewaskan {} orang warga.",
    "fa": "در زلزله شهر کوهسار {} نفر زخمی شدند.",
    "ro": "{} de persoane au fost rănite în accidentul de autocar de lângă Pietrosu.",
}


@pytest.mark.parametrize(
    ("lang", "a", "b", "conflict"),
    [
        ("ko", "1천200명", "1,200명", None),
        ("ko", "1천200명", "900명", [900.0, 1200.0]),
        ("hi", "2 लाख", "2,00,000", None),
        ("hi", "दो लाख", "50,000", [50000.0, 200000.0]),
        ("id", "dua belas", "12", None),
        ("id", "dua belas", "19", [12.0, 19.0]),
        ("fa", "هزار و دویست", "۱۲۰۰", None),
        ("ro", "Douăzeci și trei", "31", [23.0, 31.0]),
    ],
)
def test_a_count_written_another_way_is_no_conflict_and_a_different_one_is(lang, a, b, conflict):
    found = _conflicts(_STORIES[lang].format(a), _STORIES[lang].format(b), lang)
    assert found == ([conflict] if conflict else []), found


@pytest.mark.parametrize(
    ("text", "lang", "roles"),
    [
        ("हादसे में 12 लोगों की मौत हो गई और 40 लोग घायल हुए।", "hi", ["dead", "injured"]),
        ("در این حادثه ۱۲ نفر کشته و ۴۰ نفر زخمی شدند.", "fa", ["dead", "injured"]),
        ("Banjir menewaskan 12 orang, 40 orang luka-luka dan 3 orang hilang.", "id", ["dead", "injured", "missing"]),
        ("12 persoane au murit și 40 au fost rănite.", "ro", ["dead", "injured"]),
        ("12 personer omkom och 40 personer skadades.", "sv", ["dead", "injured"]),
    ],
)
def test_casualty_roles_in_the_new_languages(text, lang, roles):
    found = find_quantities(text, lang, [])
    assert [role(text, q) for q in found] == roles
    assert {counted(q.unit, role(text, q)) for q in found} == {"people"}


def test_a_toll_conflict_beside_an_agreeing_count_of_the_same_noun():
    a = "Banjir bandang di Desa Sukamaju menewaskan 12 orang dan 40 orang luka-luka."
    b = "Banjir bandang di Desa Sukamaju menewaskan 15 orang dan 40 orang luka-luka."
    assert _conflicts(a, b, "id") == [[12.0, 15.0]]


def test_arabic_months_are_not_abbreviated_so_a_count_before_kana_was_stays():

    a = Article(id="a", language="ar", published="2026-05-10", text="قتل 14 كان بينهم أطفال، ووقع الحادث في 9 أيار/مايو.")
    parallax.analyze([a])
    assert [(q.value, q.unit) for q in a.quantities] == [(14.0, "كان")]  # "9 أيار" is a date


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        # a number alone in brackets right after a name or its honorific is the person's age
        ("倉庫で働く会社員、山口大輔さん（52）は「煙が見えた」と話した。", "ja", [(52.0, "(age)")]),
        ("店主の佐々木由紀氏(61)によると、客12人が避難した。", "ja", [(61.0, "(age)"), (12.0, "人")]),
        ("货车司机王建军（47）说，车上有5名乘客。", "zh", [(47.0, "(age)"), (5.0, "乘客")]),  # the noun past its classifier
        ("목격자 박지훈(29)씨는 승객 8명이 다쳤다고 말했다.", "ko", [(29.0, "(age)"), (8.0, "명")]),
        ("Bà Trần Thị Lan, 58 tuổi, cho biết 9 người bị thương.", "vi", [(58.0, "(age)"), (9.0, "người")]),
        ("41 yaşındaki Kemal Aydın ile 6 kişi kurtarıldı.", "tr", [(41.0, "(age)"), (6.0, "kişi")]),
        # traps: brackets that hold more than the number hold a count
        ("負傷者（14人）は近くの病院に運ばれた。", "ja", [(14.0, "人")]),
        ("23人がけがをした（うち4人が重傷）。", "ja", [(23.0, "人"), (4.0, "人")]),
    ],
)
def test_an_age_in_brackets_after_a_cjk_name_is_no_count(text, lang, found):
    assert _read(text, lang) == found


def test_two_ages_after_japanese_names_are_no_number_conflict():
    a = "港区の火災で、住人の村上拓也さん（38）が軽いけがをした。"
    b = "港区の火災で、住人の村上拓也さん（39）が軽いけがをした。"
    assert _conflicts(a, b, "ja") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("仓库火灾造成15人受伤，其中4人伤势较重。", "zh"),
        ("医院方面介绍，伤者中有4人伤势较重，其余为轻伤。", "zh"),
        ("伤员之中4人仍在抢救。", "zh"),
        ("倉庫火災で15人が負傷し、うち4人が重傷だという。", "ja"),
        ("負傷者のうち4人が重傷だという。", "ja"),
        ("창고 화재로 15명이 다쳤고 이 가운데 4명은 중상이다.", "ko"),
        ("부상자 중 4명은 중상이다.", "ko"),
    ],
)
def test_a_cjk_part_of_a_count_is_a_part_not_the_whole(text, lang):
    from parallax.compare.numbers import numbers
    from parallax.compare.partitives import PART

    a = Article(id="a", text=text, language=lang, published="2026-03-05")
    parallax.analyze([a])
    by_role = {what: {v for v, _, _ in found} for s in a.sentences for what, found in numbers(a, s).get("people", {}).items()}
    assert by_role.get(PART) == {4.0}, by_role
    assert 4.0 not in by_role.get("injured", set()), by_role


@pytest.mark.parametrize(
    ("text", "lang", "what"),
    [
        # "中" and "중" after no noun of people are "in", "during": the casualty word after the count is its role
        ("事故中有3人死亡。", "zh", "dead"),
        ("조사 중 3명이 숨졌다.", "ko", "dead"),
        # a part with a casualty word of its own keeps it
        ("伤亡人员中有2人死亡。", "zh", "dead"),
    ],
)
def test_cjk_in_and_during_are_no_partitive(text, lang, what):
    found = find_quantities(text, lang, [])
    assert [role(text, q) for q in found] == [what]


def test_two_chinese_outlets_give_the_same_part_and_different_totals():
    a = "青石镇化工厂爆炸造成15人受伤，其中4人伤势较重。"
    b = "青石镇化工厂爆炸造成19人受伤，伤者中有4人伤势较重。"
    assert _conflicts(a, b, "zh") == [[15.0, 19.0]]
    assert _conflicts(a, a.replace("15", "19"), "zh") == [[15.0, 19.0]]


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        # the rest of a number after its scale, as the press writes it
        ("Yangın nedeniyle bin 300 kişi tahliye edildi.", "tr", [(1300.0, "kişi")]),
        ("Bölgede 3 bin 750 konut hasar gördü.", "tr", [(3750.0, "konut")]),
        ("Zarar 2 milyon 400 bin lira olarak açıklandı.", "tr", [(2_400_000.0, "TRY")]),
        ("Fueron desalojadas mil 300 personas.", "es", [(1300.0, "persona")]),
        ("Se registraron 4 mil 250 viviendas dañadas.", "es", [(4250.0, "vivienda")]),
        ("बाढ़ से तीन लाख बीस हज़ार लोग प्रभावित हुए।", "hi", [(320_000.0, "लोग")]),
        ("राहत शिविरों में 2 लाख 40 हज़ार लोग हैं।", "hi", [(240_000.0, "लोग")]),
        ("تم إجلاء 4 آلاف و300 شخص.", "ar", [(4300.0, "شخص")]),
        ("Sebanyak 3 juta 200 ribu warga terdampak.", "id", [(3_200_000.0, "warga")]),
        # Arabic compounds across the thousands, the hundreds in their construct form
        ("تم إجلاء ألف ومئتي ساكن من الحي.", "ar", [(1200.0, "ساكن")]),
        ("تضرر ألفين وثلاثمئة منزل.", "ar", [(2300.0, "منزل")]),
        ("Sebanyak seribu tiga ratus orang mengungsi.", "id", [(1300.0, "orang")]),
        # traps: no rest where the part is no smaller than the scale, or after a comma; English writes no rest
        ("Fabrikada 2 bin 2025 yılında üretildi.", "tr", [(2000.0, None), (2025.0, "yılında")]),
        ("Toplam 5 bin, 300 kişi daha bekliyor.", "tr", [(5000.0, None), (300.0, "kişi")]),
        ("मुआवज़े के 2 लाख 2025 में बांटे गए।", "hi", [(200_000.0, None), (2025.0, None)]),
        ("The fund raised 2 million 300 donors gave.", "en", [(2_000_000.0, None), (300.0, "donor")]),
    ],
)
def test_the_rest_of_a_number_after_its_scale(text, lang, found):
    assert _read(text, lang) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("ودفعت السلطات بـ40 آلية إلى الموقع.", [(40.0, "آلية")]),
        ("وشاركت في العملية ل40 آلية.", [(40.0, "آلية")]),
        ("ودفعت كذلك وبـ40 آلية و9 فرق.", [(40.0, "آلية"), (9.0, "فرق")]),
        ("وارتفع العدد ب12 مصابا.", [(12.0, "مصابا")]),
        # not inside a word: "كبـ" is no clitic of a figure when a letter stands before it
        ("الرمز أب12 لا يعد.", []),
    ],
)
def test_arabic_figures_after_a_clitic_are_read(text, found):
    assert _read(text, "ar") == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Chín người bị thương và hai mươi mốt người mất tích.", [(9.0, "người"), (21.0, "người")]),
        ("Mười lăm ngôi nhà bị sập, hai mươi tư chiếc ghe bị chìm.", [(15.0, "nhà"), (24.0, "ghe")]),
        ("Một trăm hai mươi hộ dân phải sơ tán.", [(120.0, "hộ")]),
        ("Năm nghìn người đã đến dự.", [(5000.0, "người")]),
        ("Thiệt hại ước tính 12 triệu đồng, riêng cầu hết 3 tỷ đồng.", [(12e6, "VND"), (3e9, "VND")]),
        ("Tổng thiệt hại là 2 triệu 400 nghìn đồng.", [(2_400_000.0, "VND")]),
        ("Khoảng 4 nghìn người và 1,5 triệu USD.", [(4000.0, "người"), (1_500_000.0, "$")]),  # (a currency code as its sign)
        # the point groups thousands and the comma is the decimal point
        ("Có 12.500 người sơ tán, mưa đo được 7,5 mm.", [(12500.0, "người"), (7.5, "mm")]),
    ],
)
def test_vietnamese_numbers(text, found):
    assert _read(text, "vi") == found


@pytest.mark.parametrize(
    "text",
    [
        "Năm nay mưa nhiều hơn năm ngoái.",  # "năm": year
        "Đây là lần thứ ba trong năm học này.",  # "thứ ba": the third; "năm học": school year
        "Cuộc họp diễn ra vào thứ Ba tuần trước.",  # Tuesday
        "Ba mẹ em và ông Hai đã về quê.",  # father, a name
        "Hàng trăm người và vài nghìn hộ dân bị ảnh hưởng.",  # hundreds, a few thousand
        "Đội đứng thứ 3 sau hai mươi năm qua.",  # an ordinal; twenty years, no counted noun
        "Quả chín rụng đầy vườn.",  # ripe
    ],
)
def test_vietnamese_words_that_are_no_count(text):
    assert _read(text, "vi") == []


def test_a_vietnamese_count_in_words_meets_one_in_figures():
    story = "Vụ lật đò trên sông Lam Giang khiến {} người bị thương."
    assert _conflicts(story.format("Chín"), story.format("9"), "vi") == []
    assert _conflicts(story.format("Chín"), story.format("12"), "vi") == [[9.0, 12.0]]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Yıllık enflasyon ekimde yüzde 47 oldu.", [("yüzde 47", 47.0, "%")]),
        ("İşsizlik oranı %9,1'e geriledi.", [("%9,1", 9.1, "%")]),
        ("Katılım yüzde elli oldu.", [("yüzde elli", 50.0, "%")]),
        ("Kazada 47 kişi yaralandı.", [("47", 47.0, "kişi")]),  # no percent before: a count
    ],
)
def test_a_turkish_percent_is_written_before_its_number(text, found):
    from parallax.analyze.quantities import find_quantities

    assert [(q.text, q.value, q.unit) for q in find_quantities(text, "tr", [])] == found


def test_a_turkish_share_conflicts_and_its_hedge_before_the_percent_is_read():
    a = Article(id="a", text="Merkez Bankası'na göre yıllık enflasyon ekimde yüzde 47 oldu.", language="tr", published="2026-11-04")
    b = Article(id="b", text="Merkez Bankası'na göre yıllık enflasyon ekimde yüzde 51 oldu.", language="tr", published="2026-11-04")
    c = Article(id="c", text="Merkez Bankası'na göre yıllık enflasyon ekimde yaklaşık yüzde 49 oldu.", language="tr", published="2026-11-04")
    found = [shown(c) for f in parallax.compare([a, b]).to_dict()["facts"] for c in f["conflicts"] if c["kind"] == "number"]
    assert found == [{"a": [47.0], "b": [51.0], "unit": "%"}]
    from parallax.compare.hedges import hedge_of

    parallax.analyze([c])
    assert hedge_of(c.text, c.quantities[0]) == "about"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Годовая инфляция в марте выросла до 5,2%, сообщил Росстат.", "ru"),
        ("Річна інфляція в березні зросла до 5,2%, повідомила служба статистики.", "uk"),
        ("Централната банка повиши лихвата до 5,2 процента, съобщи агенцията.", "bg"),
    ],
)
def test_up_to_after_a_verb_of_change_is_the_value_reached(text, lang):
    """"до" is "up to", but "выросла до 5,2%" (rose to) states the figure: 5.2 against 4.8 conflicts."""
    en = {"ru": "Annual inflation rose to 4.8% in March, Rosstat said.", "uk": "Annual inflation rose to 4.8% in March, the statistics service said.",
          "bg": "The central bank raised its rate to 4.8 percent, the agency said."}[lang]
    a = Article(id="a", text=text, language=lang, published="2026-03-10")
    b = Article(id="b", text=en, language="en", published="2026-03-10")
    found = [shown(c) for f in parallax.compare([a, b]).to_dict()["facts"] for c in f["conflicts"] if c["kind"] == "number"]
    assert [(v["a"], v["b"]) for v in found] == [([5.2], [4.8])]
    assert bounds(text, next(q for q in find_quantities(text, lang, []) if q.value == 5.2), lang)[1:] == (5.2, 5.2)
