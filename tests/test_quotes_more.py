"""Sentences and quotations in more languages' typography, on sentences of our own."""

from __future__ import annotations

import pytest

from parallax.analyze.quotes import find_quote_spans
from parallax.analyze.quotes.marks import _words
from parallax.records import Article
from tests.helpers import analyzed, sentences


def _quotes(text, lang):
    return [(q.text, q.speaker, q.kind) for q in analyzed(text, lang).quotes]


def _spans(text):
    return [text[s.start : s.end] for s in find_quote_spans(text, [(0, len(text))])]


# --- sentences -------------------------------------------------------------------------------


def test_chinese_paragraph_splits_at_full_stops_not_inside_quotes():
    text = "暴雨导致河水上涨！当地已转移居民。县长李明说：“我们会尽快修复堤坝。请大家不要慌张。”原因还在调查？气象台称雨还会持续。"
    assert sentences(text, "zh") == [
        "暴雨导致河水上涨！",
        "当地已转移居民。",
        "县长李明说：“我们会尽快修复堤坝。请大家不要慌张。”",
        "原因还在调查？",
        "气象台称雨还会持续。",
    ]


def test_japanese_paragraph_splits_at_full_stops_not_inside_brackets():
    text = "大雨で川が増水した。町長は「避難所を開設した。安全な場所にいてください」と話した。雨は夜まで続く見込みだ。"
    assert sentences(text, "ja") == [
        "大雨で川が増水した。",
        "町長は「避難所を開設した。安全な場所にいてください」と話した。",
        "雨は夜まで続く見込みだ。",
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", 'Il ponte è stato chiuso. "Riapriremo entro lunedì", ha detto l\'assessore Carla Bruni. Il traffico è deviato.'),
        ("pt", 'A ponte foi fechada. "Vamos reabrir na segunda-feira", disse o autarca Nuno Reis. O trânsito foi desviado.'),
        ("nl", 'De brug is gesloten. "We openen maandag weer", zei wethouder Pim Smit. Het verkeer wordt omgeleid.'),
    ],
)
def test_straight_quote_opening_a_sentence_splits_it(lang, text):
    got = sentences(text, lang)
    assert len(got) == 3 and got[1].startswith('"'), got


def test_dateline_stays_apart_from_the_first_sentence():
    assert sentences("VÄSTERÅS. Tre personer skadades i en brand i natt. Polisen utreder orsaken.", "sv")[:2] == [
        "VÄSTERÅS.",
        "Tre personer skadades i en brand i natt.",
    ]


def test_dash_hung_on_previous_sentence_opens_the_next():
    got = sentences("Il fiume è esondato. — Non avevo mai visto tanta acqua — racconta Pietro Galli, 54 anni.", "it")
    assert got == ["Il fiume è esondato.", "— Non avevo mai visto tanta acqua — racconta Pietro Galli, 54 anni."]


# --- quotation marks -------------------------------------------------------------------------


def test_corner_brackets_are_quotation_marks():
    assert _spans("市长表示：「救援工作仍在进行。」") == ["救援工作仍在进行。"]
    assert _spans("課長は『今後も警戒が必要だ』と述べた。") == ["今後も警戒が必要だ"]


def test_swedish_same_mark_and_right_pointing_guillemets():
    assert _spans("”Vi gör allt vi kan”, säger räddningsledaren Per Holm.") == ["Vi gör allt vi kan"]
    assert _spans("»Vi gör allt vi kan», säger räddningsledaren Per Holm.") == ["Vi gör allt vi kan"]
    # where “ opens, ” only closes
    assert _spans("“Vi gör allt”, säger han. Sedan ”något” annat”") == ["Vi gör allt"]


def test_german_reversed_guillemets_still_close_on_left_pointing():
    assert _spans("»Wir helfen sofort«, sagte der Bürgermeister.") == ["Wir helfen sofort"]


def test_dutch_low_mark_closed_by_straight_mark():
    assert _spans('„De dijk houdt het niet lang meer", zei de dijkgraaf.') == ["De dijk houdt het niet lang meer"]


def test_dutch_elisions_do_not_open_quotes():
    text = "Hij kwam 's avonds thuis en zag 't water stijgen. 'Alles stond blank,' zegt hij."
    assert _spans(text) == ["Alles stond blank"]


def test_unspaced_words_are_counted_per_two_characters():
    assert _words("我们会尽快修复堤坝") >= 4
    assert _words("内卷") < 3  # a quoted term, not a quotation


def test_short_chinese_quote_after_fullwidth_colon_is_direct():
    got = _quotes("县长李明表示：“我们会尽快修复堤坝。”", "zh")
    assert [(q, k) for q, _, k in got] == [("我们会尽快修复堤坝。", "direct")]


def test_japanese_quote_closed_by_to_is_direct():
    got = _quotes("町長は「安全な場所にいてください」と話した。", "ja")
    assert [(q, k) for q, _, k in got] == [("安全な場所にいてください", "direct")]


# --- speakers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("nl", '„We zijn er klaar voor", zei dijkgraaf Joris van den Berg.', "Joris van den Berg"),
        ("pt", "«Tudo está sob controlo», garantiu o ministro de Estado Paulo dos Reis.", "Paulo dos Reis"),
        ("it", "«Nessuno sarà lasciato indietro», ha dichiarato la ministra Di Stefano.", "Di Stefano"),
        ("en", '"We are ready to help," said Karl von der Heide.', "Karl von der Heide"),
        ("en", '"The roads are open again," said councillor Tom de Wit.', "Tom de Wit"),
    ],
)
def test_particles_kept_and_roles_dropped(lang, text, speaker):
    got = _quotes(text, lang)
    assert got and got[0][1] == speaker, got


@pytest.mark.parametrize("cue", ["ha promesso", "ha assicurato", "ha ripetuto", "ha garantito", "ha concluso", "ha osservato"])
def test_italian_cue_verbs(cue):
    got = _quotes(f"«Il ponte sarà ricostruito», {cue} il sindaco Franco Neri.", "it")
    assert got and got[0][1] == "Franco Neri", got


def test_italian_dash_dialogue_inside_a_paragraph():
    got = _quotes("Il fiume è esondato. — Non avevo mai visto tanta acqua — racconta Pietro Galli, 54 anni.", "it")
    assert ("Non avevo mai visto tanta acqua", "Pietro Galli", "direct") in got, got


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "«Siamo stanchi», ha detto Anna Conti. Secondo il questore Bruno Ferri, «la zona è sicura»."),
        ("pt", "«Estamos cansados», disse Ana Costa. Segundo o comandante Bruno Ferraz, «a zona é segura»."),
        ("nl", '"We zijn moe", zei Anna de Boer. Volgens burgemeester Bruno Visser: "het gebied is veilig".'),
    ],
)
def test_according_to_a_role_and_name(lang, text):
    got = _quotes(text, lang)
    assert len(got) == 2 and got[1][1].startswith("Bruno"), got


def test_swedish_attribution_after_dash_and_genitive_owner():
    got = _quotes("– Vi gör allt vi kan, säger Räddningstjänstens insatsledare Per Holm.", "sv")
    assert got == [("Vi gör allt vi kan", "Per Holm", "direct")]


def test_low_mark_closed_by_curly_does_not_joinsentences():
    got = sentences("„De dijk houdt”, zei dijkgraaf Piet Mol. Hij noemde het „een wonder”.", "nl")
    assert len(got) == 2, got


def test_swedish_same_mark_quotation_over_twosentences():
    got = sentences("”Vi gör allt. Det är svårt”, säger Per Holm. Han var trött.", "sv")
    assert got == ["”Vi gör allt. Det är svårt”, säger Per Holm.", "Han var trött."]


def test_english_closing_mark_of_an_earlier_sentence_is_not_an_opener():
    text = "“I’ve run a company ― and I did it without help,” Lee said. “That is my record.”"
    assert sentences(text, "en") == ["“I’ve run a company ― and I did it without help,” Lee said.", "“That is my record.”"]


def test_turkish_subject_before_quote_and_verb_after():
    got = _quotes('Kaymakam Murat Koç, "Köprü yarın açılacak" dedi. Doktor Elif Şahin ise "Yaralılar iyi" diye konuştu.', "tr")
    # (Turkish titles are not in the titles lexicon yet, so "Kaymakam" stays)
    assert [s.split()[-2:] for _, s, _ in got] == [["Murat", "Koç"], ["Elif", "Şahin"]], got


def test_interview_and_transcript_paragraphs_are_their_speakers_quotations():
    from parallax.analyze import Analyzer

    text = (
        "Q: When will the bridge reopen?\n\n"
        "A: We expect the first lane to open in June.\n\n"
        "**Tomas Berg:** The repairs cost more than we planned.\n\n"
        "BERG: Nobody was hurt, and that is what matters.\n\n"
        "UPDATE: This interview was edited for length.\n\n"
        "READERS: Tell us what you saw at the bridge.\n\n"
        "Poll: Most drivers back the closure."
    )
    article = Article(id="i", text=text, language="en", published="2026-03-05")
    Analyzer().analyze(article)
    assert [(q.kind, q.speaker, q.text) for q in article.quotes] == [
        ("direct", None, "We expect the first lane to open in June."),
        ("direct", "Tomas Berg", "The repairs cost more than we planned."),
        ("direct", "Tomas Berg", "Nobody was hurt, and that is what matters."),
    ]


def test_an_interview_answer_is_the_interviewees():
    from parallax.analyze import Analyzer

    text = (
        "**Ana Ruiz:** Why close the bridge now?\n\n"
        "**Tomas Berg:** The cracks grew over the winter.\n\n"
        "Q: For how long?\n\n"
        "A: Until the end of June at least."
    )
    article = Article(id="i", text=text, language="en", published="2026-03-05")
    Analyzer().analyze(article)
    assert [q.speaker for q in article.quotes] == ["Ana Ruiz", "Tomas Berg", "Tomas Berg"]


def test_transcript_labels_stay_speakers_and_headings_are_no_speakers():
    from parallax.analyze import Analyzer
    from parallax.ingest.clean import clean_paragraphs, split_paragraphs

    transcript = (
        "MARSH: Where were you on the night of the fire?\n\nWITNESS: At home, with my sister.\n\n"
        "MARSH: Did anyone see you?\n\nProsecutor Dana Marsh then rested her case."
    )
    cleaned = clean_paragraphs(split_paragraphs(transcript))
    assert cleaned.dateline is None  # the first label of a transcript is no dateline
    article = Article(id="t", text=cleaned.text, language="en", published="2026-03-05")
    Analyzer().analyze(article)
    assert [q.speaker for q in article.quotes][:1] == ["Dana Marsh"]

    headings = "**Context:** The dam was built in 1962.\n\n**The Big Picture:** Reservoirs are low.\n\nHALF TIME: Rovers 1-0 United."
    article = Article(id="h", text=headings, language="en", published="2026-03-05")
    Analyzer().analyze(article)
    assert article.quotes == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("«Οι γραμμές θα λειτουργήσουν κανονικά από αύριο», δήλωσε ο δήμαρχος Πέτρος Λαμπράκης.", "Πέτρος Λαμπράκης"),
        ("Η υπουργός Ελένη Σταύρου είπε: «Κανείς δεν θα μείνει χωρίς στέγη».", "Ελένη Σταύρου"),
        ("«Οι έρευνες συνεχίζονται», δήλωσε ο εκπρόσωπος της Πυροσβεστικής Άννα Ρήγα.", "Άννα Ρήγα"),  # not "of the Fire Service"
        # a place in the genitive after a lower-case noun, and a genitive article before the cue
        ("«Το νερό ανέβηκε μέσα σε λίγα λεπτά», είπε ο πρόεδρος της κοινότητας Λιθαριάς Στάθης Κουρής.", "Στάθης Κουρής"),
        ("Ο εκπρόσωπος του Λιμενικού Σώματος Πέτρος Αλεξίου δήλωσε: «Οι έρευνες συνεχίζονται».", "Πέτρος Αλεξίου"),
    ],
)
def test_greek_quotations_have_their_speakers(text, speaker):
    from parallax.analyze import Analyzer

    article = Article(id="g", text=text, language="el", published="2026-03-05")
    Analyzer().analyze(article)
    assert [q.speaker for q in article.quotes] == [speaker]


def test_an_interview_answer_is_the_person_the_introduction_names():
    from parallax.analyze import Analyzer

    text = "The bridge will stay shut until June. We spoke to the city engineer, Tomas Berg.\n\nQ: Why so long?\n\nA: Two piers must be rebuilt."
    article = Article(id="i", text=text, language="en", published="2026-03-05")
    Analyzer().analyze(article)
    assert [(q.speaker, q.text) for q in article.quotes] == [("Tomas Berg", "Two piers must be rebuilt.")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ar", "وقال الوزير: «سنعيد الخدمة غدا». «لن يبقى أحد بلا ماء»، أضاف.", ["وقال الوزير: «سنعيد الخدمة غدا».", "«لن يبقى أحد بلا ماء»، أضاف."]),
        ("fa", "او گفت: «آب فردا وصل می‌شود». «کسی بی‌آب نمی‌ماند»، افزود.", ["او گفت: «آب فردا وصل می‌شود».", "«کسی بی‌آب نمی‌ماند»، افزود."]),
    ],
)
def test_full_stop_against_a_closing_mark_ends_the_sentence(lang, text, expected):
    """Arabic and Persian tokenizers keep 'غدا».' as one token: the sentencizer alone never splits there."""
    assert sentences(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a name is not run into the next sentence ("Karim Benhadj. Le parquet")
        ("fr", "« Le gymnase avait passé son contrôle en mai », a assuré l'élu Karim Benhadj. Le parquet a ouvert une enquête.", "Karim Benhadj"),
        # more cue verbs: the imperfect of a scene, a summing-up, Polish "ocenił"
        ("es", "La alcaldesa Rosa Gil no salía del puesto de mando. «No vamos a dejar a nadie atrás», repetía Gil.", "Rosa Gil"),
        ("es", "«Hemos perdido la cosecha entera», resumió el agricultor Tomás Ibarra.", "Tomás Ibarra"),
        ("pl", "„Przy tej pogodzie nikt nie powinien wypływać na jezioro” – ocenił Jan Kowalewski, szef ratowników.", "Jan Kowalewski"),
        # dash dialogue in Polish, with no subject after the cue: the person the text is about
        ("pl", "Burmistrz Tadeusz Nowaczyk odwiedził plażę w sobotę. – Musimy poprawić oznakowanie kąpieliska – powiedział nam w ratuszu.", "Tadeusz Nowaczyk"),
        # a Spanish dash opening a question, the closing dash against the cue
        ("es", "—¿Y ahora qué hacemos? —pregunta Lucía Ferrer, vecina de la calle Mayor.", "Lucía Ferrer"),
        # German "sie" after a verb in the singular is a woman, not the man named before her
        ("de", "Jörg Hallbrecht leitet die Feuerwehr. Er sprach von einem schweren Einsatz.\n\nElke Brandstätter wohnt gegenüber. »Ich will einfach wissen, was da gebrannt hat«, sagt sie.", "Elke Brandstätter"),
    ],
)
def test_speaker_in_more_shapes(lang, text, expected):
    assert [s for _, s, kind in _quotes(text, lang) if kind != "indirect"] == [expected]


@pytest.mark.parametrize(
    ("lang", "text", "content", "speaker"),
    [
        ("de", "Hallbrecht sagte, die Messwerte lägen deutlich unter den Grenzwerten.", "die Messwerte lägen deutlich unter den Grenzwerten", "Hallbrecht"),
        ("de", "Man arbeite eng mit dem Landesamt zusammen, sagte Hallbrecht.", "Man arbeite eng mit dem Landesamt zusammen", "Hallbrecht"),
        ("es", "El presidente de la comarca, Ignacio Lezcano, aseguró que las ayudas llegarán antes de Navidad.", "las ayudas llegarán antes de Navidad", "Ignacio Lezcano"),
    ],
)
def test_reported_speech_in_the_subjunctive_and_after_an_apposition(lang, text, content, speaker):
    assert [(q, s) for q, s, kind in _quotes(text, lang) if kind == "indirect"] == [(content, speaker)]


def test_german_narration_after_sagte_is_no_reported_speech():
    """Without a verb in the subjunctive the clause is the narrator's ("Hallbrecht sagte, als ...")."""
    text = "Hallbrecht sagte, als die Feuerwehr eintraf, kein Wort mehr zu den Reportern."
    assert [q for q in _quotes(text, "de") if q[2] == "indirect"] == []


def test_cue_followed_by_a_description_is_not_the_person_before():
    """'– mówi rzeczniczka policji': the words after the cue describe the speaker (Polish has no article
    to tell), so the quotation is not given to the captain the paragraph named before: it is the spokeswoman's
    (session 37: a bare role and its genitive after the cue speak, :mod:`parallax.analyze.quotes.bare_roles`)."""
    text = "Kapitan Ryszard Malinowski nie chciał rozmawiać. „Kapitan był trzeźwy, badanie nic nie wykazało” – mówi rzeczniczka policji."
    assert [s for _, s, _ in _quotes(text, "pl")] == ["rzeczniczka policji"]


def test_rank_abbreviated_between_cue_and_name():
    text = "„Kapitan był trzeźwy, badanie nic nie wykazało” – poinformowała rzeczniczka policji asp. sztab. Marta Zielińska."
    assert [s for _, s, _ in _quotes(text, "pl")] == ["Marta Zielińska"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a cue with no subject goes to the person the sentence before has just made its subject ...
        (
            "el",
            "Ο λιμενάρχης Γιώργος Μαυρίδης είπε: «Το λιμάνι μένει κλειστό».\n\n"
            "Η 54χρονη Σοφία Καραλή κοιτάζει τη βάρκα της. «Δεν μου έμεινε τίποτα», λέει.",
            ["Γιώργος Μαυρίδης", "Σοφία Καραλή"],
        ),
        (
            "el",
            "Ο λιμενάρχης Γιώργος Μαυρίδης είπε: «Το λιμάνι μένει κλειστό».\n\n"
            "Στο λιμάνι, ο ψαράς Στέλιος Δρίβας μαζεύει τα δίχτυα. Ο άνεμος δυναμώνει. «Τέτοια θάλασσα δεν έχω ξαναδεί», λέει.",
            ["Γιώργος Μαυρίδης", "Στέλιος Δρίβας"],
        ),
        # ... not to a person it names as an object: the speaker before continues
        (
            "el",
            "Ο λιμενάρχης Γιώργος Μαυρίδης είπε: «Το λιμάνι μένει κλειστό».\n\n"
            "Ο λιμενάρχης συνάντησε τη Σοφία Καραλή στο λιμάνι. «Θα δοθούν αποζημιώσεις», λέει.",
            ["Γιώργος Μαυρίδης", "Γιώργος Μαυρίδης"],
        ),
    ],
)
def test_subjectless_cue_goes_to_the_subject_just_named(lang, text, expected):
    assert [q[1] for q in _quotes(text, lang)] == expected


def test_chinese_attribution_after_a_closed_quotation_stays_in_its_sentence():
    text = "“水一下子就漫到了膝盖，我们只能往楼上跑。”住在河边的餐馆老板赵德明说。“家里的东西全泡了。”他说。救援队随后赶到。"
    assert sentences(text, "zh") == [
        "“水一下子就漫到了膝盖，我们只能往楼上跑。”住在河边的餐馆老板赵德明说。",
        "“家里的东西全泡了。”他说。",
        "救援队随后赶到。",
    ]
    assert [q[1] for q in _quotes(text, "zh")] == ["赵德明", "赵德明"]


def test_chinese_clause_after_a_quotation_that_is_no_attribution_stays_apart():
    text = "“堤坝必须加固。”记者从现场了解到，加固工程已经开始。"
    assert sentences(text, "zh") == ["“堤坝必须加固。”", "记者从现场了解到，加固工程已经开始。"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("zh", "洪水过后，当地转移群众3.5万人。救援仍在继续。", ["洪水过后，当地转移群众3.5万人。", "救援仍在继续。"]),
        ("ja", "避難者は1.8万人に上った。雨は続く見込みだ。", ["避難者は1.8万人に上った。", "雨は続く見込みだ。"]),
    ],
)
def test_full_stop_between_digits_ends_no_sentence(lang, text, expected):
    assert sentences(text, lang) == expected


@pytest.mark.parametrize(
    ("phrase", "name"),
    [("对面超市店主刘建国", "刘建国"), ("乘客王丽", "王丽"), ("住在河边的赵德明", "赵德明"), ("村委会负责人", "村委会负责人")],
)
def test_chinese_occupation_or_description_before_the_name_is_cut(phrase, name):
    from parallax.analyze.quotes.uncased import looks_named, speaker_name

    assert speaker_name("zh", phrase) == name
    assert looks_named(name, "zh") == (name != phrase)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb of saying closes the quotation; the group the speaker is one of is cut
        ("Yolculardan Cem Aydın, “Otobüs bir anda savruldu ve yan yattı” diye anlattı.", [("Cem Aydın", "direct")]),
        # a comma and where the subject spoke between it and the quotation; the organisation and title are cut
        (
            "Kızılırmak Belediye Başkanı Zeynep Arslan, ilçede yaptığı açıklamada “Yaralıların durumu iyi” ifadelerini kullandı.",
            [("Zeynep Arslan", "direct")],
        ),
        ("Vali Yardımcısı Kemal Öztürk yazılı açıklamasında “Yol yarın açılacak” şeklinde konuştu.", [("Kemal Öztürk", "direct")]),
        ("Doç. Dr. Selin Kurt, “Hastanemize 12 yaralı getirildi” dedi.", [("Selin Kurt", "direct")]),
        (
            "Kızılırmak Belediyesi Su ve Kanalizasyon İdaresi Genel Müdürü Ozan Tekin, basın toplantısında “Şebeke yarın onarılacak” dedi.",
            [("Ozan Tekin", "direct")],
        ),
        # "açıklamasını yaptı" closes the quotation; the participle "diyen" opens its speaker, long title and all
        ("Bakan Murat Aydın, “Ocakta mahsur kalan işçimiz kalmadı” açıklamasını yaptı.", [("Murat Aydın", "direct")]),
        ("“Bu bir kaza değil, ihmaldir” diyen Zonguldak Barosu Başkanı Ayşe Demir, sorumluların yargılanmasını istedi.",
         [("Ayşe Demir", "direct")]),
        # "dedikodu" (gossip) is no "dedi"
        ("Köyde “Baraj kapakları gece boyunca açık kalacak” dedikodusu yayıldı.", [(None, "partial")]),
        # a list of people after the comma is no place where the subject spoke
        ("Ali Demir, Cem Aydın ve Selin Kurt “Yardım geç geldi ve kimse bilgi vermedi” diye konuştu.", [(None, "direct")]),
    ],
)
def test_turkish_verbs_of_saying_and_names_after_their_titles(text, expected):
    assert [(s, k) for _, s, k in _quotes(text, "tr")] == expected


def test_vietnamese_speakers_on_either_side_of_the_quotation():
    text = (
        "“Mưa lớn kéo dài khiến nhiều tuyến đường ở Hà Nội ngập sâu”, bà Trần Thị Mai, một người bán hàng ở chợ, cho biết.\n\n"
        "Ông Đỗ Minh Khoa, Giám đốc công ty thoát nước thành phố, nói: “Chúng tôi đã điều xe bơm đến các điểm ngập”.\n\n"
        "Ông nói thêm: “Nước rút chậm vì rác bịt cửa cống”.\n\n"
        "Trả lời phóng viên, chị Hoàng Thu Hà chia sẻ: “Nhà tôi ngập đến đầu gối”.\n\n"
        "Tại trạm y tế phường, anh Lý Quốc Bảo, có mẹ bị thương, vẫn chưa hết lo lắng: “Tôi chỉ mong mẹ sớm khỏe lại”.\n\n"
        "“Đêm qua cả xóm không ai ngủ được”, một người dân kể.\n\n"
        "Theo Phó Chủ tịch UBND tỉnh Lâm Đồng Trần Văn Bình, “các hộ bị thiệt hại sẽ được hỗ trợ ngay”."
    )
    assert [q[1] for q in _quotes(text, "vi")] == [
        "Trần Thị Mai",  # the honorific is cut, the apposition after the name is no part of it
        "Đỗ Minh Khoa",
        "Đỗ Minh Khoa",  # "ông" alone is "he": the speaker before
        "Hoàng Thu Hà",
        "Lý Quốc Bảo",  # no verb of saying: the subject before the colon
        "một người dân",  # a description, which compare never counts as a rival
        "Trần Văn Bình",  # the name from its surname on, past the province "Lâm Đồng"
    ]


def test_vietnamese_noun_made_of_a_verb_of_saying_is_no_cue():
    # "lời nói" (words) and "tiếng nói" (voice) are nouns; "Hà Nội" is no "nói"
    text = "“Tiếng nói của người dân cần được lắng nghe” là lời nói của một cán bộ xã ở Hà Nội."
    assert [q[1] for q in _quotes(text, "vi")] == [None]
