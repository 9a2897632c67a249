"""QA of the core comparison on an earthquake (ru, uk), a ceasefire (ar, en), a factory fire (en, zh, el), an
election result (tr), a price rise (ja), a hostage release (ko) and a ministerial visit (hi) (session 40, helper
qa40b): the general rules it fixed, each tried on a sentence of its own."""

from tests.helpers import analyzed


def test_turkish_surname_alone_opening_the_sentence_speaks() -> None:
    # 'Yıldırım, zafer konuşmasında "…" ifadesini kullandı.' went to the speaker of the quotation before: a subject of
    # one word before where it spoke was read only for a group ("Liderler")
    text = (
        "Belediye başkan adayı Selin Korkmaz seçimi kazandı. Vali Ahmet Demir, \"Sonuçlar kesindir\" dedi.\n\n"
        "Korkmaz, kutlama konuşmasında \"Bu başarı hepimizin\" ifadesini kullandı."
    )
    quotes = {q.text: q.speaker for q in analyzed(text, "tr").quotes}
    assert quotes["Sonuçlar kesindir"] == "Ahmet Demir"
    assert quotes["Bu başarı hepimizin"] != "Ahmet Demir" and "Korkmaz" in (quotes["Bu başarı hepimizin"] or "")
    # a day, or a word in another case, opening the sentence is no subject: the speaker is the one before
    text = "Vali Ahmet Demir, \"Sonuçlar kesindir\" dedi.\n\nDün, yaptığı açıklamada \"Herkese teşekkür ederim\" dedi."
    quotes = {q.text: q.speaker for q in analyzed(text, "tr").quotes}
    assert quotes["Herkese teşekkür ederim"] in ("Ahmet Demir", None)
    text = "Vali Ahmet Demir, \"Sonuçlar kesindir\" dedi.\n\nToplantıda, yaptığı konuşmada \"Herkese teşekkür ederim\" dedi."
    quotes = {q.text: q.speaker for q in analyzed(text, "tr").quotes}
    assert quotes["Herkese teşekkür ederim"] in ("Ahmet Demir", None)


def test_hindi_surname_alone_is_the_person_named_in_full_after_a_title() -> None:
    # 'जयशंकर ने कहा, "…"' after 'विदेश मंत्री एस जयशंकर': the one word is no name by its shape, so the quotation had a
    # description for its speaker and another report's spokesman saying the same words was no misattribution
    from parallax.analyze.quotes.hindi_names import hi_full_name

    text = (
        "स्वास्थ्य मंत्री अनुप्रिया पटेल ने बुधवार को अस्पताल का दौरा किया।\n\n"
        'पटेल ने कहा, "नए अस्पताल में पांच सौ बिस्तर होंगे।"'
    )
    speakers = [q.speaker for q in analyzed(text, "hi").quotes if q.kind == "direct"]
    assert speakers == ["अनुप्रिया पटेल"]
    # no title before the name, or a danda between: none is given
    assert hi_full_name("कल अनुप्रिया पटेल आईं।", 30, "पटेल") is None
    assert hi_full_name("स्वास्थ्य मंत्री आईं। पटेल ने कहा", 22, "पटेल") is None
    assert hi_full_name("मंत्री अनुप्रिया पटेल आईं।", 25, "अनुप्रिया पटेल") is None  # already two words


def test_hindi_quotation_given_to_the_minister_and_to_a_spokesman_is_misattributed() -> None:
    import parallax
    from tests.helpers import outlet_articles

    a = (
        "रक्षा मंत्री अजय वर्मा गुरुवार को पुणे पहुंचे।\n\n"
        'वर्मा ने कहा, "हमारी सेना किसी भी चुनौती के लिए पूरी तरह तैयार है।"'
    )
    b = (
        "रक्षा मंत्री अजय वर्मा गुरुवार को पुणे पहुंचे।\n\n"
        'मंत्रालय के प्रवक्ता सुनील राणा ने कहा, "हमारी सेना किसी भी चुनौती के लिए पूरी तरह तैयार है।"'
    )
    groups = parallax.compare(outlet_articles([a, b], "hi")).to_dict()["quotes"]
    assert len(groups) == 1 and groups[0]["misattributed"] is True
    assert {v["speaker"] for v in groups[0]["variants"]} == {"अजय वर्मा", "सुनील राणा"}


def test_prisoners_and_hostages_are_one_kind_each_across_languages() -> None:
    # "تبادل ٤٥٠ أسيرا" / "the exchange of 540 prisoners": the Arabic and English nouns met no kind, so the two
    # figures were never compared
    from parallax.analyze import Analyzer
    from parallax.compare.conflicts import sentence_conflicts
    from parallax.compare.count_nouns import counted
    from parallax.records import Article

    assert counted("أسير", None) == counted("prisoner", None) == counted("gefangene", None) == "prisoner"
    assert counted("пленных", None) == counted("detainee", None) == "prisoner"
    assert counted("رهينة", None) == counted("hostage", None) == counted("заложников", None) == "hostage"
    assert counted("hostage", None) != counted("prisoner", None)
    assert counted("presa", None) != "prisoner"  # a dam, in Spanish
    a = Article(id="a", text="أفرجت السلطات عن ٣٢٠ سجينا يوم الأحد.", language="ar", published="2026-03-14", outlet="A")
    b = Article(id="b", text="The authorities freed 230 prisoners on Sunday.", language="en", published="2026-03-14", outlet="B")
    Analyzer().analyze_all([a, b])
    found = sentence_conflicts(a, a.sentences[0], b, b.sentences[0])
    assert [(c.kind, c.values) for c in found if c.kind == "number"] == [("number", {"a": [320.0], "b": [230.0]})]


def test_arabic_agreement_taking_effect_on_a_weekday_looks_ahead() -> None:
    # "اتفاق … يبدأ سريانه عند منتصف ليل السبت" (taking effect at midnight on Saturday), announced on Thursday, read
    # as the Saturday before: the past cue "أعلن" was the only one in the sentence
    from tests.helpers import resolved

    got = resolved("ar", "أعلنت الحكومة يوم الأربعاء هدنة إنسانية يبدأ سريانها صباح الأحد.", "2026-03-14")
    assert got == {"يوم الأربعاء": "2026-03-11", "صباح الأحد": "2026-03-15TMO"}
    got = resolved("ar", "وقال المتحدث إن القرار يسري اعتبارا من يوم الاثنين.", "2026-03-14")
    assert got == {"يوم الاثنين": "2026-03-16"}
    # a truce that took effect is told in the past: "بدأ سريان"
    got = resolved("ar", "وكان وقف إطلاق النار قد بدأ سريانه يوم الأحد.", "2026-03-14")
    assert got == {"يوم الأحد": "2026-03-08"}


def test_korean_age_in_brackets_after_a_name_is_that_persons() -> None:
    # "선교사 박정호(58) 씨" / "박정호(59) 씨": the age was read, but no name stood beside it (Korean has no entity model and
    # the man neither spoke nor was quoted), so the two ages never met
    from tests.helpers import first_sentence_conflicts

    a = "경찰은 화요일 운전기사 최민호(47) 씨를 체포했다고 밝혔다."
    b = "경찰은 화요일 운전기사 최민호(49) 씨를 체포했다고 밝혔다."
    assert ("number", {"a": [47.0], "b": [49.0], "unit": "age"}) in first_sentence_conflicts(a, b, "ko")
    # two people, each with an age: no conflict
    c = "경찰은 화요일 운전기사 한지훈(49) 씨를 체포했다고 밝혔다."
    assert not [k for k, v in first_sentence_conflicts(a, c, "ko") if v.get("unit") == "age"]


def test_a_count_elsewhere_that_is_none_of_the_others_figures_settles_no_dispute() -> None:
    # 'فوز حزب التجديد بـ٦٤ مقعدا من أصل ١٦١ مقعدا' / 'بـ٦٢ مقعدا في البرلمان المؤلف من ١٦١ مقعدا' lost its conflict once each
    # report also gave the runner-up's 42 seats: the extra figure made the lists of seats unequal, read as "stated elsewhere"
    import parallax
    from tests.helpers import outlet_articles

    a = "The Unity Party won 88 of the 200 seats, officials said on Monday.\n\nThe Green League came second with 51 seats."
    b = "The Unity Party won 86 seats out of 200 seats in the assembly, officials said on Monday.\n\nThe Green League took 51 seats."
    facts = parallax.compare(outlet_articles([a, b], "en")).to_dict()["facts"]
    found = [(c["kind"], c["values"]) for f in facts for c in f["conflicts"]]
    assert ("number", {"a": [88.0], "b": [86.0]}) in found
    # the whole in one sentence, its part in another: the part stated elsewhere is still no dispute
    a = "The storm cut power to 40,000 homes on Monday.\n\nBy the evening 12,000 homes were still dark."
    b = "By the evening 12,000 homes were still without power after the storm.\n\nThe storm cut power to 40,000 homes."
    facts = parallax.compare(outlet_articles([a, b], "en")).to_dict()["facts"]
    assert not [c for f in facts for c in f["conflicts"] if c["kind"] == "number"]


def test_slavic_role_before_a_body_by_its_acronym_is_the_speaker() -> None:
    # '"…", - сказал глава МИД.' gave the ministry ("МИД") as the speaker: the acronym read as the role's holder
    text = "Делегация прибыла в Киев во вторник.\n\n\"Переговоры идут трудно\", - заявил глава МЧС."
    assert [q.speaker for q in analyzed(text, "ru").quotes] == ["глава МЧС"]
    text = "Делегація прибула до Варшави у вівторок.\n\n«Переговори тривають», - сказала речниця МЗС."
    assert [q.speaker for q in analyzed(text, "uk").quotes] == ["речниця МЗС"]
    # a name after the acronym is still the speaker
    text = "Делегация прибыла в Киев во вторник.\n\n\"Переговоры идут трудно\", - заявил глава МЧС Олег Громов."
    assert [q.speaker for q in analyzed(text, "ru").quotes] == ["Олег Громов"]


def test_arabic_name_then_its_role_in_apposition_is_the_name() -> None:
    # 'وقال فاروق بوعسكر رئيس الهيئة: "…"' gave "فاروق بوعسكر رئيس الهيئة" as the speaker, role and all
    text = 'وقال سليم الهادي رئيس البلدية: "سنعيد فتح الطريق غدا".'
    assert [q.speaker for q in analyzed(text, "ar").quotes] == ["سليم الهادي"]
    text = 'وقال خالد منصور المتحدث باسم الدفاع المدني: "لا توجد إصابات".'
    assert [q.speaker for q in analyzed(text, "ar").quotes] == ["خالد منصور"]
    # the role first, then the name: as before
    text = 'وقال رئيس البلدية سليم الهادي: "سنعيد فتح الطريق غدا".'
    assert [q.speaker for q in analyzed(text, "ar").quotes] == ["سليم الهادي"]


def test_chinese_share_written_before_its_figure_is_a_percentage() -> None:
    # "环比上涨百分之三点二" gave no share, so the other report's "3.2%" stood in the conflict beside the disputed figures
    from tests.helpers import first_sentence_conflicts

    art = analyzed("今年前三季度出口增长百分之六点八，进口增长百分之4.5。", "zh")
    assert [(q.value, q.unit) for q in art.quantities] == [(6.8, "%"), (4.5, "%")]
    assert first_sentence_conflicts("上月失业率为百分之五点一。", "上月失业率为5.6%。", "zh") == [
        ("number", {"a": [5.1], "b": [5.6], "unit": "%"})
    ]
    assert first_sentence_conflicts("上月失业率为百分之五点六。", "上月失业率为5.6%。", "zh") == []
    # a percentage point is no share
    assert [q.unit for q in analyzed("利率下调0.25个百分点。", "zh").quantities] != ["%"]


def test_chinese_officers_titles_are_cut_from_the_speakers_name() -> None:
    # "国家统计局城市司首席统计师董莉娟表示" gave the whole phrase as the speaker: 统计师 was no known title
    text = "海关总署统计分析司司长吕大良表示：“外贸稳中向好。”"
    assert [q.speaker for q in analyzed(text, "zh").quotes] == ["吕大良"]
    text = "该行首席经济学家陈伟说：“降准仍有空间。”"
    assert [q.speaker for q in analyzed(text, "zh").quotes] == ["陈伟"]
