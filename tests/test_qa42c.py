"""QA round 42c on floods, fires, quakes and a rail plan in scripts other than Latin and less covered languages
(ar, zh in both scripts, ja, ko, hi, tr, el, he, fa, id, vi, with English beside some): each test holds one rule of
the language or of news writing the round found missing."""

from __future__ import annotations

from tests.helpers import resolved


def test_a_bare_day_gone_this_month_stays_past_in_a_sentence_that_looks_ahead():
    # the day the ministry spoke is two days before the report, though what it spoke of is to come
    assert resolved("zh", "外交部发言人19日说，双方将在明年举行会谈。", "2026-11-21T08:00")["19日"] == "2026-11-19"
    assert resolved("ko", "경찰은 17일 앞으로 수사를 확대하겠다고 밝혔다.", "2026-11-20T08:00")["17일"] == "2026-11-17"
    assert resolved("ja", "知事は16日、来年度から補助を拡充する方針を示した。", "2026-11-19T08:00")["16日"] == "2026-11-16"
    # a day of next month stays next month's where it is the nearer one, or the text says "the coming"
    assert resolved("zh", "选举将于2日举行。", "2026-11-28T08:00")["2日"] == "2026-12-02"
    assert resolved("ko", "오는 9일 공청회가 열릴 예정이다.", "2026-11-20T08:00")["9일"] == "2026-12-09"


def test_a_quotation_in_simplified_and_in_traditional_characters_is_one_text():
    from parallax.compare.quote_fidelity import relation

    # the mainland and the Hong Kong press print one statement each in its own script: no word changed
    assert relation("我们必须尽快恢复供电，保障居民过冬。", "我們必須盡快恢復供電，保障居民過冬。") == "verbatim"
    assert relation("我们必须尽快恢复供电", "我們必須盡快恢復供電，保障居民過冬。") == "trimmed"
    # a character of its own stays a change of words: 园 and 员 sound alike but are two
    assert relation("公园已经关闭", "公員已經關閉") not in ("verbatim", "punctuation")


def test_one_name_in_two_chinese_scripts_is_no_choice_of_words():
    import parallax
    from tests.helpers import outlet_articles

    texts = ["台州市副市长王志华说，大桥将于明年通车。", "台州市副市長王志華說，大橋將於明年通車。"]
    facts = parallax.compare(outlet_articles(texts, "zh")).to_dict()["facts"]
    assert [w["values"] for f in facts for w in f["word_choices"]] == []
    assert [c["kind"] for f in facts for c in f["conflicts"]] == []


def test_a_turkish_verb_in_rken_closes_its_clause_for_the_count_after_it():
    from tests.helpers import first_sentence_conflicts

    # the roofs were blown off, not injured: the two counts of roofs differ
    found = first_sentence_conflicts(
        "Fırtınada 6 kişi yaralanırken 40 çatı uçtu.", "Fırtınada 6 kişi yaralandı, 14 çatı uçtu.", "tr"
    )
    assert [(k, v["a"], v["b"]) for k, v in found if k == "number"] == [("number", [40.0], [14.0])]
    # and the count before the verb keeps it: 6 injured against 6 injured, no conflict
    found = first_sentence_conflicts("Fırtınada 6 kişi yaralanırken 40 çatı uçtu.", "Fırtınada 6 kişi yaralandı.", "tr")
    assert found == []


def test_an_injury_said_by_its_grade_is_an_injury_in_chinese_and_japanese():
    from tests.helpers import first_sentence_conflicts

    # "乗客15人が軽傷を負った" (15 passengers were lightly injured) is the toll the other outlet gives as 51 injured
    found = first_sentence_conflicts("列車の乗客51人がけがをした。", "列車の乗客15人が軽傷を負った。", "ja")
    assert [(k, v["a"], v["b"]) for k, v in found if k == "number"] == [("number", [51.0], [15.0])]
    found = first_sentence_conflicts("事故造成7人受伤。", "事故造成9人轻伤。", "zh")
    assert [(k, v["a"], v["b"]) for k, v in found if k == "number"] == [("number", [7.0], [9.0])]


def test_a_vietnamese_honorific_opening_a_sentence_is_no_part_of_the_name():
    from tests.helpers import analyzed

    text = 'Bà Lê Thị Hoa, phó chủ tịch tỉnh, cho biết 12 hộ dân đã được sơ tán.\n\n"Không ai bị thương," bà Hoa nói.'
    art = analyzed(text, "vi")
    assert "Lê Thị Hoa" in {e.text for e in art.entities}
    assert "Bà Lê Thị Hoa" not in {e.text for e in art.entities}
    assert [q.speaker for q in art.quotes if q.kind != "indirect"] == ["Lê Thị Hoa"]
