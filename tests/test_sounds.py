"""Names compared by sound across scripts (parallax.sounds), and its use in story grouping."""

from __future__ import annotations

import numpy as np
import pytest

from parallax.records import Article
from parallax.sounds import romanize, same_sound, script, sound_key
from parallax.stories.features import salient_names, signals_without_vector
from parallax.stories.story import Story


@pytest.mark.parametrize(
    "spellings",
    [
        ("Stoltenberg", "Столтенберг", "ستولتنبرغ", "스톨텐베르그", "ストルテンベルグ", "स्टोल्टेनबर्ग"),
        ("Zelensky", "Зеленский", "زيلينسكي", "젤렌스키"),
        ("Nikos", "Νίκος", "نيكوس", "니코스", "ニコス", "निकोस", "ניקוס"),
        ("Shevchenko", "Ševčenko", "Шевченко"),
    ],
)
def test_one_name_in_many_scripts_has_one_sound(spellings):
    keys = {sound_key(s) for s in spellings} | {sound_key(s, loose=True) for s in spellings}
    assert all(same_sound(spellings[0], s) for s in spellings[1:]), keys


def test_kana_keep_their_voicing_and_hangul_syllables_are_decomposed():
    assert romanize("ベルグ") == "baraga"  # not "haraka": the voicing mark is part of the kana
    assert romanize("박") == "bak"


def test_a_virama_takes_away_the_inherent_vowel():
    assert romanize("स्टो").startswith("st")


@pytest.mark.parametrize(("a", "b"), [("Karin", "Sorin"), ("Denis", "Dunmore"), ("Lemoine", "Limenikou"), ("Andrei", "Nautilias")])
def test_different_names_do_not_meet(a, b):
    assert not same_sound(a, b)


def test_short_keys_need_an_exact_match_and_no_key_is_no_match():
    assert sound_key("Chania") == sound_key("Χανιά") == "25" and not same_sound("Chania", "Χανιά")  # too short to trust
    assert sound_key("Ali") == "4"
    assert not same_sound("Ali", "Ala")  # one class: too little to tell
    assert not same_sound("北京", "Beijing")  # characters by meaning have no sound key
    assert sound_key("北京") == ""


def test_scripts_of_languages():
    assert script("ru") == script("uk") == "cyrillic"
    assert script("ar") == script("fa") == "arabic"
    assert script("de") == script(None) == "latin"


def test_turkish_case_endings_after_the_apostrophe_are_not_part_of_the_name():
    tr = Article(id="tr", language="tr", text="Bakan Ayvaz Kandemir Selimiye'de konuştu. Kandemir'in açıklaması Selimiye'nin valisine ulaştı.")
    names = salient_names(tr, "tr")
    assert "selimiye" in names and "kandemir" in names
    assert not any("'" in n or "’" in n for n in names)


def _story(article: Article) -> Story:
    sig = signals_without_vector(article)
    sig.vector = np.ones(4, dtype=np.float32) / 2
    story = Story(id="s", title="")
    story.add(sig)
    return story


def test_names_meet_by_sound_only_across_scripts():
    en = Article(id="en", language="en", text="Governor Tamara Okonta visited the flooded town of Velmora with mayor Dariusz Kestrel.")
    ko = Article(id="ko", language="ko", text="홍수 피해를 입은 마을을 찾은 오콘타 주지사는 케스트렐 시장과 함께 벨모라를 둘러봤다.")
    ko.entities = []
    story = _story(en)
    sig = signals_without_vector(ko)
    plain = story._name_overlap(("okonta", "kestrel"))
    assert plain == 1.0  # the same spelling needs no sound
    hangul = ("오콘타", "케스트렐")
    assert story._name_overlap(hangul) == 0.0
    assert story._name_overlap(hangul, by_sound=True) == 1.0
    assert sig.language == "ko"


def test_a_latin_spelling_is_not_matched_by_sound_within_its_script():
    story = _story(Article(id="de", language="de", text="Bürgermeisterin Karin Haldt eröffnete in Brenzingen die neue Brücke."))
    sig = signals_without_vector(Article(id="ro", language="ro", text="Primarul Sorin Holte a inaugurat podul din Brenzingen."))
    sig.vector = np.ones(4, dtype=np.float32) / 2
    values = story.signals(sig, 0.9)
    assert values["names"] == story._name_overlap(sig.names)  # Latin beside Latin: spelling only


def test_speakers_in_two_scripts_are_one_person_by_sound_and_unknown_is_no_conflict():
    from parallax.compare.quotes import same_person

    assert same_person("Ministerin Halina Derwitz", "هالينا ديرفيتس")
    assert not same_person("Miroslav Derwitz", "سيرغي لافروف")  # every word long enough, none alike: two people
    assert same_person("Halina Derwitz", "王丽娜")  # characters by meaning: cannot tell, so no misattribution
    assert same_person("Петров", "Petrov")  # Cyrillic is compared by spelling, in Latin letters


def test_names_are_heard_among_the_words_of_a_text_without_capitals():
    en = Article(id="en", language="en", text="Fire broke out on the tanker Nordwind Castara in the port of Velmora. Harbour master Ilse Brandvik ordered an evacuation.")
    ar = Article(id="ar", language="ar", text="اندلع حريق على متن الناقلة «نوردفيند كاستارا» في ميناء فيلمورا، وأمرت مديرة الميناء إيلسه براندفيك بإخلاء المنطقة.")
    other = Article(id="ar2", language="ar", text="افتتحت البلدية مكتبة جديدة في وسط المدينة بحضور عدد من الطلاب والمعلمين وأولياء الأمور.")
    story = _story(en)
    heard = story.names_heard(signals_without_vector(ar).words, "ar", ())
    assert heard >= 0.75, heard
    assert story.names_heard(signals_without_vector(other).words, "ar", ()) == 0.0
    # and the other way round: a story of the Arabic report hears the English names
    assert _story(ar).names_heard((), "en", signals_without_vector(en).names) >= 0.75


def test_korean_particles_and_katakana_runs_are_heard():
    from parallax.sounds import heard_keys

    assert sound_key("Velmora") in heard_keys(["벨모라에서"], "ko")
    sig = signals_without_vector(Article(id="ja", language="ja", text="ヴェルモラ港でタンカー火災が発生した。"))
    assert "ヴェルモラ" in sig.words


def test_chinese_words_are_heard_by_their_pinyin_and_not_by_coarse_sound():
    from parallax.sounds import heard_keys, name_keys

    keys = heard_keys(["深圳", "福田", "伟中", "隧道"], "zh")
    assert name_keys("shenzhen") & keys and name_keys("futian") & keys and name_keys("weizhong") & keys
    assert not name_keys("johnson") & keys  # one coarse sound key with 深圳 (shenzhen), not its pinyin
    assert not name_keys("shenzhen") & heard_keys(["深圳"], "ja")  # kanji are read otherwise in Japanese: no pinyin
    en = Article(id="en", language="en", text="Floodwater poured into a metro tunnel in Shenzhen's Futian district. Mayor Qin Weizhong said the pumps failed.")
    zh = Article(id="zh", language="zh", text="深圳福田区一段地铁隧道进水。市长覃伟中表示，排水泵失灵。")
    unrelated = Article(id="zh2", language="zh", text="北京市政府宣布新建三所学校，预计明年九月投入使用。")
    story = _story(en)
    assert story.names_heard(signals_without_vector(zh).words, "zh", ()) >= 0.5
    assert story.names_heard(signals_without_vector(unrelated).words, "zh", ()) == 0.0
    assert _story(zh).names_heard((), "en", signals_without_vector(en).names) >= 0.5


def test_figures_in_arabic_indic_digits_and_after_a_clitic_are_story_figures():
    from parallax.stories.features import numbers

    assert numbers("أجلت السلطات ١٢٠٠ من السكان و١٬٣٥٠ آخرين ودفعت بـ35 آلية، بقوة ٥٫٢") == {"1200", "1350", "35", "5.2"}
    assert numbers("room a1234") == frozenset()


def test_japanese_kanji_are_heard_by_their_romaji_with_long_vowels_once():
    from parallax.sounds import heard_keys, name_keys

    keys = heard_keys(["東京", "大阪", "植田", "和男", "名古屋", "石破茂"], "ja")
    for name in ("Tokyo", "Osaka", "Kazuo", "Nagoya", "Ishiba", "Shigeru"):
        assert name_keys(name) & keys, name
    assert not name_keys("Ueda") & keys  # four letters: many kanji pairs read so
    assert not name_keys("Johnson") & keys


def test_an_english_report_hears_its_names_in_a_japanese_one_and_not_in_another_event():
    en = Article(id="en", language="en", text="TOKYO — Japan's central bank raised borrowing costs on Thursday, with Governor Kazuo Ueda "
                 "telling reporters that wage gains were spreading. Prime Minister Shigeru Ishiba said the government respected the "
                 "bank's independence. Exporters in Osaka and Nagoya warned that a stronger yen would hurt profits.")
    ja = Article(id="ja", language="ja", text="【東京】日本銀行は19日、利上げを決めた。植田和男総裁は記者団に対し、賃上げが広がっていると述べた。"
                 "石破茂首相は、政府は日銀の独立性を尊重すると語った。大阪と名古屋の輸出企業は、円高が利益を圧迫すると警告した。")
    quake = Article(id="ja2", language="ja", text="19日午前8時ごろ、石川県能登地方を震源とする地震があり、輪島市で震度5強を観測した。"
                    "気象庁によると、地震の規模はマグニチュード5.8と推定される。")
    story = _story(en)
    assert story.names_heard(signals_without_vector(ja).words, "ja", ()) >= 0.6  # not Japan (日本), Governor, Prime, Minister
    assert story.names_heard(signals_without_vector(quake).words, "ja", ()) == 0.0
    assert _story(ja).names_heard((), "en", signals_without_vector(en).names) >= 0.6
