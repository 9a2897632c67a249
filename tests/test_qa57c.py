"""QA57c: reports in Hausa, Yoruba, Korean, Amharic and other non-European languages, read as an analyst would.

Every text here is invented (outlets, people, places and figures).
"""

from __future__ import annotations

from tests.helpers import quote_speakers


def test_hausa_in_ji_shi_takes_the_person_named_since_not_the_last_speaker() -> None:
    # "in ji shi" (says he) after a quotation: the commissioner the sentence before names, not Aisha Sani who spoke last
    text = (
        '"Mun yi asarar komai a wannan gobara," in ji Aisha Sani. Kwamishinan Yada Labarai Garba Yakubu ya isa wurin da '
        'safe. "Gwamnati za ta biya diyya," in ji shi.'
    )
    assert quote_speakers(text, "ha") == ["Aisha Sani", "Garba Yakubu"]


def test_hausa_pronoun_and_verb_before_a_quotation() -> None:
    # 'Ta ce: "…"' (she said): the woman the sentence before named
    text = 'Gwamna Ibrahim Danladi ya ce: "Za mu sake gina kasuwar." Hadiza Lawan ta isa kasuwar da rana. Ta ce: "Mun rasa shaguna."'
    assert quote_speakers(text, "ha") == ["Ibrahim Danladi", "Hadiza Lawan"]
    # the governor of a state named after another speaker's quotation: "Ya ce" (he said) is the governor's
    text = (
        '"Mun yi aiki awa shida," in ji Tanko Ayuba. Gwamnan jihar Dutsen Garba Yakubu ya kai ziyara kasuwar. '
        'Ya ce: "Gwamnati za ta biya diyya."'
    )
    assert quote_speakers(text, "ha") == ["Tanko Ayuba", "Garba Yakubu"]


def test_hausa_office_of_a_state_before_the_name() -> None:
    # "Gwamnan jihar Kano Musa Bello": the governor of Kano state, Musa Bello; the field of a linked office is no name
    assert quote_speakers('Gwamnan jihar Dutsen Musa Bello ya ce: "Za mu taimaka wa wadanda abin ya shafa."', "ha") == ["Musa Bello"]
    assert quote_speakers('Ministan Lafiya Garba Yakubu ya ce: "Asibitoci sun cika."', "ha") == ["Garba Yakubu"]
    assert quote_speakers('Kwamishinan Yada Labarai Tanko Ayuba ya ce: "Mun kafa kwamiti."', "ha") == ["Tanko Ayuba"]
    # a bare title takes no field: all three words are the governor's name
    assert quote_speakers('Gwamna Babagana Umara Kolo ya ce: "Za mu taimaka."', "ha") == ["Babagana Umara Kolo"]


def test_yoruba_focus_ni_name_so_after_a_quotation() -> None:
    # '"…," ni <name> sọ.': it is that person who said it (with or without the title "Ọ̀gbẹ́ni")
    assert quote_speakers("“A ó tún ọjà náà kọ́ láàárín oṣù mẹ́ta,” ni Adébáyọ̀ Ògúnlẹ́yẹ sọ.", "yo") == ["Adébáyọ̀ Ògúnlẹ́yẹ"]
    assert quote_speakers("“Iná náà jó fún wákàtí márùn-ún,” ni Ọ̀gbẹ́ni Túndé Àlàbí sọ.", "yo") == ["Túndé Àlàbí"]
    # (a role between commas after the name: the spokesman of the fire service)
    text = "“Kò sí ẹni tó kú,” ni Ọ̀gbẹ́ni Kúnlé Àkàndé, agbẹnusọ àjọ panápaná, sọ."
    assert quote_speakers(text, "yo") == ["Kúnlé Àkàndé"]


def test_yoruba_o_ni_before_a_quotation_is_the_person_named_before() -> None:
    # 'Ó ní: "…"' (he/she said): the person the sentence before named, a given name written with its tone marks
    text = "Fọláké Adéwálé bá àwọn oníròyìn sọ̀rọ̀ ní ọjà náà. Ó ní: “Kò sí ẹni tó kú nínú iná náà.”"
    assert quote_speakers(text, "yo") == ["Fọláké Adéwálé"]


def test_korean_description_with_copula_sets_the_name_in_apposition() -> None:
    # "회사 측인 한울에너지는" (the company side, which is Hanul Energy): the speaker is the firm, not "회사 측인 ..."
    text = '회사 측인 누리화학은 "사고 원인을 조사하고 있다"고 밝혔다. 구청 대변인인 김민수 씨는 "피해 주민을 돕겠다"고 말했다.'
    assert quote_speakers(text, "ko") == ["누리화학", "김민수"]


def test_korean_and_english_length_of_one_fire_align_as_one_fact() -> None:
    # "5시간 만에 큰불을 잡았다" / "brought the fire under control after five hours": one length (PT5H) in both, which
    # e5 alone places under the reports' floor; the shared length anchors the pair as a shared count does
    import parallax
    from tests.helpers import mixed_articles

    ko = "지난 12일 누리시 물류창고에서 불이 났다. 소방당국은 5시간 만에 큰불을 잡았다. 창고 직원 3명이 다쳤다."
    en = (
        "A fire broke out at a warehouse in Nuri on Thursday. Firefighters brought the fire under control after five hours. "
        "Three warehouse workers were injured."
    )
    facts = parallax.compare(mixed_articles(("ko", ko), ("en", en))).to_dict()["facts"]
    joined = [f for f in facts if "5시간" in " ".join(s["text"] for s in f["sentences"])]
    assert len(joined) == 1 and {s["article"] for s in joined[0]["sentences"]} == {"a", "b"}


def test_amharic_and_english_spellings_of_one_person_sound_alike() -> None:
    # the Ethiopic syllables read in Latin letters (:mod:`parallax.ethiopic_letters`): አበበ ከበደ is a-be-be ke-be-de
    from parallax.sounds import romanize, same_name_by_sound, text_script

    assert romanize("ከበደ") == "kebede" and text_script("ከበደ") == "ethiopic"
    assert same_name_by_sound("አበበ ከበደ", "Abebe Kebede") is True
    assert same_name_by_sound("ሙሉጌታ ተሰማ", "Mulugeta Tesema") is True
    assert same_name_by_sound("ሙሉጌታ ተሰማ", "Abebe Kebede") is False


def test_amharic_and_english_report_quote_one_speaker() -> None:
    import parallax
    from tests.helpers import mixed_articles

    am = "የከተማው ከንቲባ አቶ ሙሉጌታ ተሰማ «የተጎዱትን ነጋዴዎች እንረዳለን» ብለዋል።"
    en = '"We will help the traders who were affected," said the city\'s mayor, Mulugeta Tesema.'
    quotes = parallax.compare(mixed_articles(("am", am), ("en", en))).to_dict()["quotes"]
    assert len(quotes) == 1 and quotes[0]["speaker"] is not None and not quotes[0]["misattributed"]
