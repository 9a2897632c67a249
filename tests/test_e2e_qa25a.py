"""End-to-end QA in Polish, Arabic, Portuguese, Spanish and Italian: sentences of invented reports (a warehouse
fire, a desalination plant, a flood, a forest fire, a transport strike), each trimmed to the behaviour it checks,
with the guards that must not change."""

from __future__ import annotations

import pytest

from tests.helpers import analyzed


def _quotes(text: str, lang: str) -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker, q.kind) for q in analyzed(text, lang).quotes]


# Spain's press attributes in the present perfect: "ha declarado", "ha asegurado"
@pytest.mark.parametrize(
    "text",
    [
        "«El fuego avanza muy deprisa», ha declarado el jefe de bomberos del consorcio, Luis Serrano.",
        "\"El fuego avanza muy deprisa\", ha asegurado Luis Serrano, jefe de bomberos del consorcio.",
        "Luis Serrano ha explicado: \"El fuego avanza muy deprisa\".",
    ],
)
def test_spanish_present_perfect_cue_names_the_speaker(text):
    assert [(s, k) for _, s, k in _quotes(text, "es")] == [("Luis Serrano", "direct")]


def test_spanish_present_perfect_reports_speech():
    found = _quotes("La alcaldesa de Gandía, Rosa Peiró, ha anunciado que el pabellón acogerá a los evacuados esta noche.", "es")
    assert found == [("el pabellón acogerá a los evacuados esta noche", "Rosa Peiró", "indirect")]


def test_spanish_simple_past_cue_unchanged():
    assert [s for _, s, _ in _quotes("\"El fuego avanza muy deprisa\", declaró Luis Serrano.", "es")] == ["Luis Serrano"]


def test_spanish_perfect_of_a_deed_is_no_speech():
    """'ha obligado a', 'ha calcinado' report deeds, not words."""
    assert _quotes("El incendio ha obligado a desalojar a 400 vecinos y ha calcinado 900 hectáreas.", "es") == []


def _numbers(text: str, lang: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in analyzed(text, lang).quantities]


# the English number words every language reads are Polish pronouns
@pytest.mark.parametrize("text", ["Ten sam most zamykano już dwa razy w tym roku.", "One zostały ewakuowane przez policję."])
def test_polish_pronouns_are_no_numbers(text):
    assert all(v not in (1.0, 10.0) for v, _ in _numbers(text, "pl"))


def test_polish_number_words_still_count():
    assert _numbers("Na miejscu pracowało dziesięć zastępów straży.", "pl") == [(10.0, "zastępów")]



def _cleaned(paragraphs: list[str]):
    from parallax.ingest.clean import clean_paragraphs

    return clean_paragraphs(paragraphs)


# a "read also" lead-in and the headline it links, kept in a text or JSONL body as the page printed it
@pytest.mark.parametrize(
    "link",
    [
        "اقرأ أيضا: ارتفاع أسعار الكهرباء في الزرقاء بنسبة 8 بالمئة",
        "اقرأ أيضاً: وزير الطاقة يزور محطة الرياح",
        "شاهد أيضا: لقطات من موقع الحادث",
        "Czytaj także: Powódź na Podkarpaciu. Ewakuowano 40 rodzin",
        "Leia também: Governo anuncia apoio aos agricultores",
        "Read also: Storm closes the port of Hull",
    ],
)
def test_read_also_paragraph_is_dropped(link):
    body = ["Ulewy zalały w nocy trzy gminy na południu kraju.", link, "Strażacy wypompowywali wodę do rana."]
    cleaned = _cleaned(body)
    assert link not in cleaned.text and cleaned.removed == [link]
    assert "Strażacy wypompowywali wodę do rana." in cleaned.text


@pytest.mark.parametrize(
    "para",
    [
        "وقال الوزير إن على المواطنين أن يقرأوا أيضا التعليمات الجديدة قبل السفر.",
        "Zobaczymy, co przyniesie jutro – powiedział wojewoda.",
        "Related industries also felt the storm: ports closed for two days.",
    ],
)
def test_prose_that_mentions_reading_is_kept(para):
    assert _cleaned(["Ulewy zalały w nocy trzy gminy.", para]).removed == []


# "Według" with a role, the body it speaks for, then the name: the name's words
@pytest.mark.parametrize(
    "text",
    [
        "Według rzecznika śląskiej policji Piotra Zająca nikt nie odniósł obrażeń.",
        "Według rzecznika Piotra Zająca nikt nie odniósł obrażeń.",
    ],
)
def test_polish_wedlug_role_body_name(text):
    ((content, speaker, kind),) = _quotes(text, "pl")
    assert content == "nikt nie odniósł obrażeń" and "Zając" in speaker and kind == "indirect"


def test_polish_wedlug_a_body_then_a_named_subject_stays_the_bodys():
    """'policji' holds no role: the police say it, Jan Wrona is who they tell of."""
    ((content, speaker, _),) = _quotes("Według policji kierowca autobusu Jan Wrona jechał zbyt szybko.", "pl")
    assert speaker == "policji" and content.startswith("kierowca autobusu Jan Wrona")


def _times(text: str, lang: str) -> dict[str, str | None]:
    from tests.helpers import resolved

    return resolved(lang, text, "2026-03-12")


# a span of years reads both years
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Most remontowano w latach 2017-2021 dwukrotnie."),
        ("it", "Nel periodo 2017–2021 il ponte è stato chiuso due volte."),
        ("pt", "Entre as épocas 2017-2021 o clube mudou de treinador quatro vezes."),
    ],
)
def test_a_span_of_years_reads_both_years(lang, text):
    assert {v for v in _times(text, lang).values()} >= {"2017", "2021"}


@pytest.mark.parametrize(
    "text", ["Umowa z 2017-05-12 obowiązuje nadal.", "Sygnatura akt 2017-2021-44 dotyczy innej sprawy.", "Szczepionka Covid-2021 nie istnieje."]
)
def test_no_year_span_in_a_date_code_or_name(text):
    assert "2021" not in _times(text, "pl").values()


# Arabic: a role of two portfolios joined by "و", and "الوزير" later in the text
def test_arabic_role_of_two_portfolios_names_the_person():
    text = 'وقال وزير الزراعة والتموين حسن الدباغ في مؤتمر صحفي: "المخزون يكفي ستة أشهر".'
    assert [s for _, s, _ in _quotes(text, "ar")] == ["حسن الدباغ"]


def test_arabic_the_minister_later_is_the_minister_named_before():
    text = (
        'وقال وزير الزراعة والتموين حسن الدباغ: "المخزون يكفي ستة أشهر".\n\n'
        "وأضاف الوزير أن الحكومة ستستورد 200 ألف طن من القمح قبل نهاية العام.\n\n"
        "وأشار الوزير إلى أن الأسعار لن ترتفع هذا الشهر."
    )
    assert [(s, k) for _, s, k in _quotes(text, "ar")] == [("حسن الدباغ", "direct"), ("حسن الدباغ", "indirect"), ("حسن الدباغ", "indirect")]


def test_arabic_the_minister_stays_a_description_where_two_ministers_spoke():
    text = (
        'وقال وزير الزراعة حسن الدباغ: "المخزون يكفي ستة أشهر".\n\n'
        'وقال وزير المالية سعيد النجار: "الميزانية تتحمل الدعم".\n\n'
        "وأضاف الوزير أن الحكومة ستستورد 200 ألف طن من القمح قبل نهاية العام."
    )
    assert _quotes(text, "ar")[-1][1] == "الوزير"


def test_arabic_envoy_to_a_country_keeps_the_name():
    """"إلى" inside a role ("the envoy to Yemen") is no preposition the cue governs."""
    text = "وقال المبعوث الأممي إلى اليمن كريم الشامي إن المحادثات ستستأنف الأسبوع المقبل في مسقط."
    assert [s for _, s, _ in _quotes(text, "ar")] == ["كريم الشامي"]


def _word_choices(texts: list[str], lang: str) -> list[tuple[str, str]]:
    import parallax
    from tests.helpers import outlet_articles

    found = parallax.compare(outlet_articles(texts, lang)).to_dict()["word_choices"]
    return [(w["values"]["a"], w["values"]["b"]) for w in found]


# a word choice stays on one side of a quotation's edge: the quotation's words, or the cue's
def test_word_choice_does_not_run_across_a_closing_quotation_mark():
    texts = [
        '"Nunca vimos a ponte tremer tão depressa", afirmou o engenheiro Paulo Rocha.',
        '"Nunca vimos a ponte tremer tão rapidamente", disse o engenheiro Paulo Rocha.',
    ]
    assert sorted(_word_choices(texts, "pt")) == [("afirmou", "disse"), ("depressa", "rapidamente")]


def test_a_cut_quotation_leaves_the_cue_choice_alone():
    texts = [
        '"Ewakuacja przebiegła bardzo sprawnie i spokojnie" – powiedział Tomasz Lis.',
        '"Ewakuacja przebiegła bardzo sprawnie" – mówił Tomasz Lis.',
    ]
    assert ("powiedział", "mówił") in _word_choices(texts, "pl")
    assert all('"' not in a + b for a, b in _word_choices(texts, "pl"))


def test_word_choice_outside_quotations_unchanged():
    texts = ["Burmistrz zapowiedział budowę nowego mostu na Wiśle.", "Burmistrz obiecał budowę nowego mostu na Wiśle."]
    assert _word_choices(texts, "pl") == [("zapowiedział", "obiecał")]


# a negation joined in one report and written apart in the other is no choice of words
@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("pl", "Kamienica była niezamieszkana od wielu lat, podała policja.", "Kamienica nie była zamieszkana od wielu lat, podała policja."),
        ("ru", "Здание было нежилым много лет, сообщила полиция.", "Здание не было жилым много лет, сообщила полиция."),
    ],
)
def test_a_negation_joined_or_apart_is_no_word_choice(lang, a, b):
    assert _word_choices([a, b], lang) == []


def test_a_negation_against_its_absence_stays_a_word_choice():
    texts = ["Los kontraktu jest niepewny, przyznał prezes spółki.", "Los kontraktu jest pewny, przyznał prezes spółki."]
    assert _word_choices(texts, "pl") == [("niepewny", "pewny")]


def test_a_quoted_word_against_the_others_own_stays_a_choice():
    texts = ['Senator Mary Cole called the tax plan "reckless" on Tuesday.', "Senator Mary Cole called the tax plan dangerous on Tuesday."]
    assert _word_choices(texts, "en") == [("reckless", "dangerous")]


def _canonical(names: list[tuple[str, str]]) -> dict[str, str]:
    from parallax.analyze.entities import canonical_names
    from parallax.records import Entity

    ents = [Entity(text, label, 0, len(text)) for text, label in names]
    canonical_names(ents)
    return {e.text: e.canonical for e in ents}


# a place after "de", "of", "di" in a longer name is what the name is of, not its short form
@pytest.mark.parametrize(
    ("place", "longer"),
    [("Braga", "Câmara Municipal de Braga"), ("Torino", "Comune di Torino"), ("England", "Bank of England")],
)
def test_a_place_after_of_is_no_short_form(place, longer):
    assert _canonical([(place, "MISC"), (longer, "MISC")])[place] == place


def test_short_forms_and_peoples_particles_unchanged():
    assert _canonical([("Comissão", "ORG"), ("Comissão Europeia", "ORG")])["Comissão"] == "Comissão Europeia"
    assert _canonical([("Silva", "PER"), ("Lula da Silva", "PER")])["Silva"] == "Lula da Silva"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Burmistrz Ewa Kania zapowiedziała, że most zostanie otwarty przed wakacjami.", "Ewa Kania"),
        ("Rzecznik Jan Wrona zapewnił, że woda w kranach jest zdatna do picia.", "Jan Wrona"),
    ],
)
def test_polish_announcing_verbs_report_speech(text, speaker):
    assert [(s, k) for _, s, k in _quotes(text, "pl")] == [(speaker, "indirect")]


def test_polish_announcing_verb_without_that_is_no_speech():
    assert _quotes("Burmistrz Ewa Kania zapowiedziała budowę nowego mostu na Wiśle.", "pl") == []


def _entities(text: str, lang: str) -> list[str]:
    return [e.text for e in analyzed(text, lang).entities]


# a Romance preposition or an elided article with its noun opens the sentence, not the name
@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("it", "Secondo Bertolini la linea resterà chiusa fino a lunedì.", "Bertolini"),
        ("it", "Per la Gtt l'adesione si è fermata al 40 per cento.", "Gtt"),
        ("it", "L'azienda Atac ha confermato i ritardi sulla linea.", "Atac"),
        ("es", "Según la Generalitat el fuego está estabilizado.", "Generalitat"),
    ],
)
def test_an_opening_preposition_is_no_part_of_a_name(lang, text, name):
    assert name in _entities(text, lang) and not any(e != name and e.endswith(name) for e in _entities(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [("it", "Il sindaco di L'Aquila ha chiesto lo stato di emergenza.", "L'Aquila"), ("it", "Del Piero ha inaugurato la scuola calcio di Asti.", "Del Piero")],
)
def test_names_that_open_with_such_words_stay_whole(lang, text, name):
    assert name in _entities(text, lang)


# an Arabic paper's own dateline: the place alone before a dash
def test_arabic_place_dateline_without_agency():
    cleaned = _cleaned(["إربد - افتتح وزير الصحة مستشفى جديدا في المدينة بسعة 200 سرير بكلفة 40 مليون دينار.", "وقال الوزير إن المستشفى سيخدم نصف مليون نسمة."])
    assert cleaned.dateline == "إربد" and cleaned.text.startswith("افتتح وزير الصحة")


@pytest.mark.parametrize(
    "para",
    [
        "وأضاف - مؤكدا على أهمية المشروع - أن العمل سيبدأ في الربيع المقبل بعد استكمال التصاميم.",
        "إربد - الرمثا.",
    ],
)
def test_arabic_dash_in_prose_is_no_dateline(para):
    assert _cleaned([para, "وقال الوزير إن المستشفى سيخدم نصف مليون نسمة."]).dateline is None


def test_arabic_dateline_with_agency_unchanged():
    cleaned = _cleaned(["عمان (بترا) - افتتح وزير الصحة مستشفى جديدا في المدينة بسعة 200 سرير."])
    assert (cleaned.dateline, cleaned.text[:5]) == ("عمان (بترا)", "افتتح")


# Portugal's titles of local office make the name after them a person's
@pytest.mark.parametrize(
    "text", ["O autarca Zeferino Braz visitou a zona afetada.", "A vereadora Zulmira Braz visitou a zona afetada."]
)
def test_portuguese_local_office_titles_mark_a_person(text):
    assert [e.label for e in analyzed(text, "pt").entities] == ["PER"]


# a title-like word that opens an organisation's name is no title
def test_premier_league_club_is_no_premier():
    ((_, speaker, _),) = _quotes('"We thank him for three good seasons," the Premier League club said.', "en")
    assert speaker.startswith("Premier League")


def test_a_premiers_title_is_still_dropped():
    assert [s for _, s, _ in _quotes('"We will not back down," Premier Li Qiang said.', "en")] == ["Li Qiang"]


@pytest.mark.parametrize(("lang", "text", "name"), [("sv", "Per Holm ledde insatsen under natten.", "Per Holm"), ("en", "Al Gore spoke in Boston.", "Al Gore")])
def test_given_names_that_are_prepositions_elsewhere_stay(lang, text, name):
    assert name in _entities(text, lang)


# a Portuguese plural in "-es" or "-ões" is compared in its singular
@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Mais de 250 moradores tiveram de abandonar as casas.", "morador"),
        ("As obras custaram 3 milhões de euros ao município.", None),
        ("Foram retiradas 300 pessoas das suas casas.", "pessoa"),
    ],
)
def test_portuguese_plural_nouns_in_the_singular(text, unit):
    units = [u for _, u in _numbers(text, "pt")]
    assert unit is None or units == [unit]
    assert all(u is None or not u.endswith("ore") for u in units)


def test_one_resident_and_many_residents_count_one_thing():
    from parallax.analyze.quantities.units import singular

    assert singular("moradores", "pt") == singular("morador", "pt") == "morador"
    assert singular("milhões", "pt") == "milhão" and singular("vecinos", "es") == "vecino"


# "Jak poinformował X, ...": the source after "as" and its verb
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Jak poinformował rzecznik straży Adam Kruk, ogień objął cały dach.", "Adam Kruk", "ogień objął cały dach"),
        ("Jak podała prokuratura, zarzuty usłyszały dwie osoby.", "prokuratura", "zarzuty usłyszały dwie osoby"),
    ],
)
def test_polish_jak_source_reports_speech(text, speaker, content):
    assert _quotes(text, "pl") == [(content, speaker, "indirect")]


def test_polish_jak_without_a_speech_verb_is_no_speech():
    assert _quotes("Jak wiadomo, most na Wiśle jest zamknięty od tygodnia.", "pl") == []
