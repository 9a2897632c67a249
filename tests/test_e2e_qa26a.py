"""End-to-end QA in Russian, Ukrainian, Turkish, Dutch and Greek: sentences of invented reports (a plant explosion,
a bridge collapse, an earthquake, a dike breach, a forest fire), each trimmed to the behaviour it checks, with the
guards that must not change."""

from __future__ import annotations

import pytest

from tests.helpers import analyzed


def _cleaned(paragraphs: list[str]):
    from parallax.ingest.clean import clean_paragraphs

    return clean_paragraphs(paragraphs)


# the outlet's closing call in a text or JSONL body: subscribe, follow, download, and the share bar's label
@pytest.mark.parametrize(
    "call",
    [
        "Подписывайтесь на наш канал в Telegram",
        "Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися новини.",
        "Поділитися: Facebook Telegram Viber",
        "Haberin devamı için uygulamamızı indirin. Bizi Twitter ve Instagram'da takip edin.",
        "Meld je aan voor onze nieuwsbrief en ontvang elke ochtend het belangrijkste nieuws.",
        "Ακολουθήστε μας στο Facebook και στο Instagram για όλες τις εξελίξεις.",
    ],
)
def test_closing_calls_are_dropped(call):
    cleaned = _cleaned(["Спасатели работали на месте всю ночь.", call])
    assert cleaned.removed == [call] and cleaned.text == "Спасатели работали на месте всю ночь."


@pytest.mark.parametrize(
    "para",
    [
        "Рабочие подписали письмо губернатору и потребовали проверки завода.",
        "Jongeren volgen het nieuws vooral via Instagram en TikTok, blijkt uit onderzoek.",
        "«Подписывайтесь на петицию», — призвал жителей депутат Олег Лис.",
        "Vatandaşlar gelişmeleri sosyal medyadan takip etti.",
        "Η αστυνομία ακολούθησε τους δράστες μέχρι τη Λαμία.",
    ],
)
def test_reporting_on_the_same_words_is_kept(para):
    assert _cleaned(["Спасатели работали на месте всю ночь.", para]).removed == []


def _quotes(text: str, lang: str) -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker, q.kind) for q in analyzed(text, lang).quotes]


# Greek sets the place or body an office is of in the genitive between the title and the name, as Russian does
@pytest.mark.parametrize(
    "text",
    [
        "«Η κατάσταση είναι πολύ δύσκολη», δήλωσε ο δήμαρχος Μαντουδίου Νίκος Παππάς.",
        "«Η κατάσταση είναι πολύ δύσκολη», δήλωσε ο περιφερειάρχης Στερεάς Ελλάδας Νίκος Παππάς.",
        "«Η κατάσταση είναι πολύ δύσκολη», δήλωσε ο δήμαρχος Νίκος Παππάς.",
    ],
)
def test_greek_genitive_of_an_office_is_no_part_of_the_name(text):
    assert [s for _, s, _ in _quotes(text, "el")] == ["Νίκος Παππάς"]


# a role named bare later ("added the minister") is the person the article gave it, with the body it is of
@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "el",
            "«Η κατάσταση είναι δύσκολη», δήλωσε ο δήμαρχος Νίκος Παππάς.\n\n"
            "Ο υπουργός Πολιτικής Προστασίας Γιώργος Αντωνίου είπε ότι η κυβέρνηση θα στηρίξει τους πληγέντες.\n\n"
            "«Δεν θα αφήσουμε κανέναν αβοήθητο», πρόσθεσε ο υπουργός.",
            "Γιώργος Αντωνίου",
        ),
        (
            "ru",
            "«Ситуация тяжёлая», — сказал мэр Иван Петров.\n\n"
            "Губернатор области Сергей Волков заявил, что власти помогут пострадавшим.\n\n"
            "«Мы никого не оставим без помощи», — добавил губернатор.",
            "Сергей Волков",
        ),
        (
            "uk",
            "«Ситуація важка», — сказав мер Іван Петренко.\n\n"
            "Міністр охорони здоров'я Олег Савчук заявив, що уряд допоможе постраждалим.\n\n"
            "«Ми нікого не залишимо без допомоги», — додав міністр.",
            "Олег Савчук",
        ),
        (
            "nl",
            '"De situatie is ernstig", zei burgemeester Jan Smit.\n\n'
            "Minister van Infrastructuur Karin de Boer zei dat de regering de getroffenen zal helpen.\n\n"
            '"We laten niemand in de steek", voegde de minister eraan toe.',
            "Karin de Boer",
        ),
    ],
)
def test_a_role_named_later_is_its_holder_not_the_last_speaker(lang, text, speaker):
    assert _quotes(text, lang)[-1][1] == speaker


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("ru", "Мэр встретил губернатора Сергея Волкова.\n\n«Мы никого не оставим без помощи», — добавил мэр.", "мэр"),
        ("el", "Ο δήμαρχος ευχαρίστησε τον υπουργό Γιώργο Αντωνίου.\n\n«Δεν θα αφήσουμε κανέναν», πρόσθεσε ο δήμαρχος.", "ο δήμαρχος"),
        ("ru", "Губернатор Сергей Волков приехал на место.\n\n«Мы справимся с этим пожаром», — сказал он.", "Сергей Волков"),
    ],
)
def test_a_role_before_a_verb_and_a_pronoun_unchanged(lang, text, speaker):
    """"the mayor met governor X": X is the one met, not the mayor; "он" is no role."""
    assert _quotes(text, lang)[-1][1] == speaker


def test_dutch_separable_cue_with_a_name_between():
    assert _quotes('"We laten niemand in de steek", voegde Smit eraan toe.', "nl") == [("We laten niemand in de steek", "Smit", "direct")]


def test_dutch_separable_verb_of_a_deed_is_no_speech():
    assert _quotes("De brandweer voegde een schuimmiddel toe aan het bluswater.", "nl") == []


# Dutch names the municipality a mayor is of with "van" after the full name
@pytest.mark.parametrize(
    "text",
    [
        '"We hebben de situatie onder controle", zei burgemeester Annelies Bakker van Voorne aan Zee tijdens een persconferentie.',
        "Burgemeester Annelies Bakker van Rotterdam zei dat de situatie onder controle is.",
    ],
)
def test_dutch_mayor_of_a_place_is_no_part_of_the_name(text):
    assert [s for _, s, _ in _quotes(text, "nl")] == ["Annelies Bakker"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We hebben de situatie onder controle", zei minister Jan Peter van Dijk.', "Jan Peter van Dijk"),
        ('"We hebben de situatie onder controle", zei Pieter van den Berg.', "Pieter van den Berg"),
    ],
)
def test_dutch_names_with_van_stay_whole(text, speaker):
    assert [s for _, s, _ in _quotes(text, "nl")] == [speaker]


# "read also" in the other languages, and a lead-in in capitals whose line the paragraph joined to the headline
@pytest.mark.parametrize(
    "link",
    [
        "Материалы по теме: Взрыв на заводе в Заречье: что известно",
        "Схожі новини: Міст у Полтаві закрили на ремонт",
        "İLGİLİ HABERLER Son dakika: Ege'de yeni deprem korkusu",
        "READ MORE Storm closes the port of Hull",
    ],
)
def test_related_link_lead_ins(link):
    cleaned = _cleaned(["Спасатели работали на месте всю ночь.", link, "Завод остановлен до окончания проверки."])
    assert cleaned.removed == [link]


@pytest.mark.parametrize("para", ["NATO Secretary General Mark Rutte spoke in Vilnius today.", "По теме. Губернатор добавил, что завод закроют."])
def test_capitals_opening_prose_are_no_lead_in(para):
    assert _cleaned(["Спасатели работали на месте всю ночь.", para, "Завод остановлен."]).removed == []


# a Russian or Ukrainian agency signs after the place, the date and a dash
@pytest.mark.parametrize(
    ("para", "dateline", "opening"),
    [
        ("МОСКВА, 26 ноября — РИА Новости. Число погибших выросло до двенадцати.", "МОСКВА (РИА Новости)", "Число погибших"),
        ("ЗАРЕЧЬЕ, 26 ноября — Приволжское агентство новостей. Число погибших выросло.", "ЗАРЕЧЬЕ (Приволжское агентство новостей)", "Число"),
        ("КИЇВ, 15 жовтня — Укрінформ. Міст через Сулу обвалився.", "КИЇВ (Укрінформ)", "Міст"),
        ("МОСКВА, 26 ноября — Путин подписал указ. Документ опубликован.", "МОСКВА", "Путин подписал указ."),
    ],
)
def test_cyrillic_agency_after_the_dateline(para, dateline, opening):
    cleaned = _cleaned([para, "Завод остановлен."])
    assert cleaned.dateline == dateline and cleaned.text.startswith(opening)


# Turkish reports speech as a nominalised clause before the verb that closes the sentence
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("İçişleri Bakanı Murat Aksoy, arama çalışmalarının tamamlandığını açıkladı.", "arama çalışmalarının tamamlandığını", "Murat Aksoy"),
        ("Belediye Başkanı Selim Doğan ise ilçede 12 binanın ağır hasar gördüğünü söyledi.", "ilçede 12 binanın ağır hasar gördüğünü", "Selim Doğan"),
        ('"Hasarlı binalara girmeyin" diyen Vali Ayşe Kara, okulların iki gün tatil edileceğini açıkladı.', "okulların iki gün tatil edileceğini", "Ayşe Kara"),
    ],
)
def test_turkish_reported_speech(text, content, speaker):
    assert (content, speaker, "indirect") in _quotes(text, "tr")


@pytest.mark.parametrize(
    "text",
    ["Uzmanlar bölgede artçı depremlerin süreceği uyarısında bulundu.", "Kurtarma ekipleri enkazın altında kalanların olduğunu gördü."],
)
def test_turkish_clause_without_a_speech_verb_is_no_speech(text):
    assert [k for _, _, k in _quotes(text, "tr")] == []


def _word_choices(texts: list[str], lang: str) -> list[tuple[str, str]]:
    import parallax
    from tests.helpers import outlet_articles

    found = parallax.compare(outlet_articles(texts, lang)).to_dict()["word_choices"]
    return [(w["values"]["a"], w["values"]["b"]) for w in found]


def test_quoted_words_reported_pair_the_cue_with_the_cue():
    texts = [
        'İçişleri Bakanı Murat Aksoy, "Yıkılan binalarda arama çalışmaları tamamlandı" dedi.',
        "İçişleri Bakanı Murat Aksoy, yıkılan binalarda arama çalışmalarının tamamlandığını açıkladı.",
    ]
    assert _word_choices(texts, "tr") == [("dedi", "açıkladı")]


def test_the_titles_of_two_speakers_are_no_word_choice():
    texts = [
        'İçişleri Bakanı Murat Aksoy, "Arama çalışmaları tamamlandı" dedi.',
        'Vali Ayşe Kara, "Arama çalışmaları tamamlandı" dedi.',
    ]
    assert _word_choices(texts, "tr") == []


# the day a statement was made ("said on Thursday") is no date of the event the other outlet dates
@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        (
            "uk",
            "Міст через річку Сулу обвалився в середу, загинули семеро людей, повідомили в ДСНС.",
            "Міст через річку Сулу обвалився, загинули семеро людей, повідомили в четвер у ДСНС.",
        ),
        (
            "en",
            "The bridge over the river collapsed on Wednesday, killing seven people, the fire service said.",
            "The bridge over the river collapsed, killing seven people, the fire service said on Thursday.",
        ),
        ("ru", "Мост через реку обрушился в среду, погибли семь человек, сообщили в МЧС.", "Мост через реку обрушился, погибли семь человек, в четверг сообщили в МЧС."),
    ],
)
def test_the_day_of_a_statement_is_no_conflicting_date(lang, a, b):
    from tests.helpers import compared_conflicts

    assert compared_conflicts([a, b], lang, "2026-10-15") == []


@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        (
            "en",
            "The bridge over the river collapsed on Wednesday, killing seven people, the fire service said.",
            "The fire service said that on Tuesday the bridge over the river collapsed, killing seven people.",
        ),
        (
            "uk",
            "Міст через річку Сулу обвалився в середу, загинули семеро людей, повідомили в ДСНС.",
            "Міст через річку Сулу обвалився у вівторок, загинули семеро людей, повідомили в ДСНС.",
        ),
    ],
)
def test_the_day_of_the_event_still_conflicts(lang, a, b):
    from tests.helpers import compared_conflicts

    assert [k for k, _ in compared_conflicts([a, b], lang, "2026-10-15")] == ["date"]


# reported speech whose cue follows the clause after a comma, the speaker after the cue
@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("ru", "Число погибших выросло до двенадцати, сообщил губернатор области Сергей Волков.", "Сергей Волков"),
        ("ru", "Число погибших на заводе «Азот-Север» выросло до двенадцати, сообщил в четверг губернатор Сергей Волков.", "Сергей Волков"),
        ("uk", "Кількість загиблих зросла до семи, повідомили в четвер у ДСНС.", "ДСНС"),
        ("el", "Τρία χωριά εκκενώθηκαν, δήλωσε ο δήμαρχος Νίκος Παππάς.", "Νίκος Παππάς"),
        ("es", "Tres pueblos fueron evacuados, dijo el alcalde Juan Pérez.", "Juan Pérez"),
        ("nl", "Ongeveer 450 woningen zijn ontruimd, meldt de veiligheidsregio.", "de veiligheidsregio"),
    ],
)
def test_reported_speech_with_the_cue_after_it(lang, text, speaker):
    assert [(s, k) for _, s, k in _quotes(text, lang)] == [(speaker, "indirect")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El puente se derrumbó, dijo."),  # no speaker named
        ("es", "Lo hizo, reconoció el ministro Juan Pérez."),  # too short a clause
        ("nl", "Hij kwam vorige week thuis, zei zijn baan op en vertrok naar Spanje."),  # "zei ... op": quit, no speech
    ],
)
def test_no_reported_speech_without_a_speaker_or_a_statement(lang, text):
    assert _quotes(text, lang) == []


def test_a_quotation_before_an_inverted_cue_stays_direct():
    assert _quotes("«Мы справимся с пожаром», — сказал губернатор Сергей Волков.", "ru") == [("Мы справимся с пожаром", "Сергей Волков", "direct")]


# a declined description speaks for the person the article introduced with the role in another case
@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("ru", "Губернатор области Сергей Волков приехал на завод.\n\nПо словам губернатора, 40 человек госпитализированы.", "Сергей Волков"),
        ("uk", "Голова громади Віктор Гнатюк приїхав на місце.\n\nЗа словами голови, міст був в аварійному стані.", "Віктор Гнатюк"),
        ("el", "Ο δήμαρχος Νίκος Παππάς έφτασε στο χωριό.\n\nΣύμφωνα με τον δήμαρχο, τρία χωριά εκκενώθηκαν.", "Νίκος Παππάς"),
        ("ru", "Мэр встретил губернатора Сергея Волкова.\n\nПо словам мэра, завод закроют.", "мэра"),
    ],
)
def test_a_declined_role_is_its_holder(lang, text, speaker):
    assert _quotes(text, lang)[-1][1] == speaker


def test_a_statement_made_before_the_event_it_tells_of_conflicts():
    """Told on Tuesday of a collapse the other outlet dates Wednesday: one of the two is wrong."""
    from tests.helpers import compared_conflicts

    a = "Міст через річку Сулу обвалився в середу, загинули семеро людей, повідомили в ДСНС."
    b = "Міст через річку Сулу обвалився, загинули семеро людей, повідомили у вівторок у ДСНС."
    assert compared_conflicts([a, b], "uk", "2026-10-15") == [("date", {"a": ["2026-10-14"], "b": ["2026-10-13"]})]


# "ontruimd" (cleared) and "tahliye edildi" count the evacuated, as "geëvacueerd" does
@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("nl", "Ongeveer 450 woningen zijn ontruimd, meldt de veiligheidsregio.", "Circa 600 woningen zijn geëvacueerd, meldt de veiligheidsregio."),
        ("tr", "Depremin ardından 300 kişi tahliye edildi.", "Depremin ardından 450 kişi evlerinden tahliye edildi."),
    ],
)
def test_evacuation_words_count_one_thing(lang, a, b):
    from tests.helpers import first_sentence_conflicts

    assert [k for k, _ in first_sentence_conflicts(a, b, lang)] == ["number"]


# the page's furniture a text body keeps in a block of short lines at its top or bottom, each line judged alone
@pytest.mark.parametrize(
    ("raw", "removed"),
    [
        (
            "Haber Merkezi\n18.09.2026 11:05\n\nDepremin ardından okullar iki gün süreyle tatil edildi.\n\n"
            "Kaynak: Anadolu Ajansı\nEtiketler: deprem, Manisa\nYorumlar (3)",
            ["Haber Merkezi", "18.09.2026 11:05", "Kaynak: Anadolu Ajansı", "Etiketler: deprem, Manisa", "Yorumlar (3)"],
        ),
        (
            "Автор: Ирина Соколова\n26.11.2026, 14:20\n\nВ Заречье объявлен трёхдневный траур.\n\n"
            "Источник: ТАСС\nТеги: Заречье, взрыв\nФото: Иван Петров / ТАСС",
            ["Автор: Ирина Соколова", "26.11.2026, 14:20", "Источник: ТАСС", "Теги: Заречье, взрыв", "Фото: Иван Петров / ТАСС"],
        ),
        ("Συντάκτης: Μαρία Γεωργίου\n12.08.2026 | 22:10\n\nΗ πυρκαγιά καίει για δεύτερη ημέρα.\n\nΠηγή: ΑΠΕ-ΜΠΕ\nΕτικέτες: Εύβοια, φωτιά",
         ["Συντάκτης: Μαρία Γεωργίου", "12.08.2026 | 22:10", "Πηγή: ΑΠΕ-ΜΠΕ", "Ετικέτες: Εύβοια, φωτιά"]),
    ],
)
def test_furniture_lines_at_the_edges_of_a_text(raw, removed):
    from parallax.ingest.clean import clean_paragraphs, split_paragraphs

    cleaned = clean_paragraphs(split_paragraphs(raw))
    assert sorted(cleaned.removed) == sorted(removed) and "\n" not in cleaned.text


def test_a_hard_wrapped_paragraph_at_the_edge_stays_whole():
    from parallax.ingest.clean import clean_paragraphs, split_paragraphs

    raw = (
        "De dijk bij Zwartewaal is donderdagavond over een lengte\nvan dertig meter bezweken, meldt de veiligheidsregio\n"
        "in een verklaring.\n\nTwee mensen raakten lichtgewond.\n\nDe bewoners worden opgevangen in Brielle.\nHet waterschap onderzoekt de oorzaak."
    )
    cleaned = clean_paragraphs(split_paragraphs(raw))
    assert cleaned.removed == [] and cleaned.text.count("\n\n") == 2


def test_a_read_also_block_at_the_end_stays_one_link():
    from parallax.ingest.clean import clean_paragraphs, split_paragraphs

    raw = "Міст через Сулу обвалився в середу.\n\nМатеріали за темою:\nЧому в Україні руйнуються мости"
    assert clean_paragraphs(split_paragraphs(raw)).text == "Міст через Сулу обвалився в середу."
