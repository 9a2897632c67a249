"""qa49d: Afrikaans (language, dates, quotes), Tagalog bodies with English names, Malay cases and victims,
Turkish and Lithuanian ages, Turkish capital I in counts; and the QA sets' findings."""

import pytest

from parallax.config import Options
from parallax.ingest.language import detect_language

_FRIDAY = "2026-11-20T10:00:00Z"

_AF_ROBBERY = (
    "Die polisie het Dinsdag twee mans in hegtenis geneem ná 'n gewapende rooftog by 'n winkelsentrum in Stellenbosch. "
    "Volgens kaptein Jan Botha is die verdagtes nie van die omgewing nie. "
    '"Ons ondersoek gaan voort en ons vra die publiek om te help," het hy gesê. '
    "Die eienaar van die winkel sê sy het sowat R50 000 verloor."
)
_AF_RATES = (
    "Die Reserwebank het die repokoers Donderdag met 25 basispunte verlaag. "
    "Die goewerneur, Lesetja Kganyago, het gesê inflasie is nou onder beheer. "
    "Ekonome het verwag dat die bank die koers onveranderd sou laat. Die rand het ook effens versterk teen die dollar."
)
_NL_ROBBERY = (
    "De politie heeft dinsdag twee mannen aangehouden na een gewapende overval op een winkelcentrum in Utrecht. "
    "Volgens woordvoerder Jan de Vries komen de verdachten niet uit de buurt. "
    '"Het onderzoek gaat door en we vragen het publiek om hulp," zei hij. '
    "De eigenaar van de winkel zegt dat ze ongeveer 50.000 euro heeft verloren."
)
_NL_RATES = (
    "De Europese Centrale Bank heeft de rente donderdag met 25 basispunten verlaagd. "
    "Volgens president Christine Lagarde is de inflatie nu onder controle. "
    "Economen hadden verwacht dat de bank de rente ongewijzigd zou laten. De euro steeg licht ten opzichte van de dollar."
)


@pytest.mark.parametrize(
    ("text", "language"),
    [(_AF_ROBBERY, "af"), (_AF_RATES, "af"), (_NL_ROBBERY, "nl"), (_NL_RATES, "nl"),
     ("De gemeenteraad heeft dinsdagavond ingestemd met het nieuwe plan voor de haven.", "nl")],
)  # fmt: skip
def test_afrikaans_is_no_dutch_and_dutch_stays_dutch(text, language):
    assert detect_language(text, Options().languages, Options().more_languages) == language


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Die polisie het Dinsdag twee mans in hegtenis geneem.", "Dinsdag", "2026-11-17"),
        ("Die hof sal die saak Maandag verder aanhoor.", "Maandag", "2026-11-23"),
        ("Die brand het gisteraand by die hawe uitgebreek.", "gisteraand", "2026-11-19TEV"),
        ("Die minister het verlede week bedank.", "verlede week", "2026-W46"),
        ("Die skool is gister gesluit.", "gister", "2026-11-19"),
        ("Die verkiesing vind op 3 Maart plaas.", "3 Maart", "2027-03-03"),
        ("Die pad is drie dae gelede gesluit.", "drie dae gelede", "2026-11-17"),
    ],
)
def test_afrikaans_dates(text, expr, value):
    from tests.helpers import resolved

    assert resolved("af", text, _FRIDAY).get(expr) == value


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ('Kaptein Jan Botha het die media toegespreek. "Ons ondersoek gaan voort," het hy gesê.', "Jan Botha", "direct"),
        ('"Ons vra die publiek om te help," sê kaptein Jan Botha.', "Jan Botha", "direct"),
        ('"Die koers sal laag bly," het Lesetja Kganyago gesê.', "Lesetja Kganyago", "direct"),
        ('Die burgemeester, Thandi Mokoena, het Dinsdag opgetree. "Ons is nie bang nie," sê sy.', "Thandi Mokoena", "direct"),
    ],
)
def test_afrikaans_speakers(text, speaker, kind):
    from tests.helpers import analyzed

    quotes = analyzed(text, "af").quotes
    assert [(q.speaker, q.kind) for q in quotes][-1:] == [(speaker, kind)]


# --- a body named in English after a Tagalog cue is read whole ---
@pytest.mark.parametrize(
    "text",
    [
        '"Umabot na sa 12 ang nasawi sa bagyo," ayon sa Office of Civil Defense.',
        '"Patuloy ang paghahanap sa mga nawawala," sabi ng Bureau of Fire Protection.',
    ],
)
def test_tagalog_body_with_an_english_name_is_read_whole(text):
    from tests.helpers import analyzed

    speakers = [q.speaker for q in analyzed(text, "tl").quotes]
    assert speakers in (["Office of Civil Defense"], ["Bureau of Fire Protection"])


# --- Malay cases and victims are two nouns ---
@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("ms", "Kementerian Kesihatan merekodkan 1,200 kes denggi di Selangor minggu ini.",
         "Kementerian Kesihatan merekodkan 1,250 mangsa denggi di Selangor minggu ini."),
        ("en", "The ministry recorded 1,200 dengue cases in Selangor this week.",
         "The ministry recorded 1,250 dengue victims in Selangor this week."),
    ],
)  # fmt: skip
def test_cases_and_victims_are_no_one_count(lang, a, b):
    from tests.helpers import first_sentence_conflicts

    assert first_sentence_conflicts(a, b, lang) == []


def test_two_case_counts_still_conflict():
    from tests.helpers import first_sentence_conflicts

    found = first_sentence_conflicts(
        "Kementerian Kesihatan merekodkan 1,200 kes denggi minggu ini.",
        "Kementerian Kesihatan merekodkan 1,250 kes denggi minggu ini.",
        "ms",
    )
    assert found == [("number", {"a": [1200.0], "b": [1250.0], "unit": "kes"})]


# --- Turkish ages with no name, Lithuanian ages with a case ending ---
@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("tr", "Kazada 45 yaşındaki bir kadın hayatını kaybetti.", "Kazada 47 yaşındaki bir kadın hayatını kaybetti."),
        ("tr", "Kazada hayatını kaybeden 45 yaşındaki kadının kimliği belirlendi.", "Kazada hayatını kaybeden 47 yaşındaki kadının kimliği belirlendi."),
        ("tr", "Polis 45 yaşında bir erkeği gözaltına aldı.", "Polis 47 yaşında bir erkeği gözaltına aldı."),
        ("lt", "Sulaikytas 45-erių Jonas Petraitis.", "Sulaikytas 47-erių Jonas Petraitis."),
        ("lt", "Sulaikytas 45-erių metų Jonas Petraitis.", "Sulaikytas 47-erių metų Jonas Petraitis."),
        ("lt", "Kaip teigė Jonas Petraitis, 45 metų ūkininkas, vanduo pakilo naktį.", "Kaip teigė Jonas Petraitis, 47 metų ūkininkas, vanduo pakilo naktį."),
    ],
)  # fmt: skip
def test_turkish_and_lithuanian_ages_are_one_age_conflict(lang, a, b):
    from tests.helpers import first_sentence_conflicts

    assert first_sentence_conflicts(a, b, lang) == [("number", {"a": [45.0], "b": [47.0], "unit": "age"})]


def test_turkish_woman_and_man_are_two_people():
    from tests.helpers import first_sentence_conflicts

    assert first_sentence_conflicts("Kazada 45 yaşındaki bir kadın yaralandı.", "Kazada 47 yaşındaki bir erkek yaralandı.", "tr") == []


# --- Turkish capitals: "YIL", "ALTI" are "yıl", "altı" in counts as in dates ---
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Olayda ALTI KİŞİ yaralandı.", [("ALTI", 6.0, "kişi")]),
        ("Olayda altı kişi yaralandı.", [("altı", 6.0, "kişi")]),
        ("KIRK ASKER sınıra gönderildi.", [("KIRK", 40.0, "asker")]),
        ("Şirket 3 KADIN yönetici atadı.", [("3", 3.0, "kadın")]),
    ],
)
def test_turkish_capital_i_in_counts(text, found):
    from parallax.analyze.quantities import find_quantities

    assert [(q.text, q.value, q.unit) for q in find_quantities(text, "tr", [])] == found


def test_afrikaans_reported_speech_with_dat():
    from tests.helpers import analyzed

    art = analyzed("Die goewerneur Lesetja Kganyago het Donderdag gesê dat inflasie nou onder beheer is.", "af")
    assert [(q.speaker, q.kind) for q in art.quotes] == [("Lesetja Kganyago", "indirect")]


# --- the rand glued to its figure is a sum (quantities/rand.py); a road's number is not ---
@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("af", "Juwele van sowat R2,5 miljoen is gesteel.", [("R2,5 miljoen", 2500000.0, "ZAR")]),
        ("en", "Jewellery worth about R3 million was stolen.", [("R3 million", 3000000.0, "ZAR")]),
        ("en", "The owner says she lost R50 000.", [("R50 000", 50000.0, "ZAR")]),
        ("en", "The R61 was closed after the crash.", []),
    ],
)
def test_rand_before_its_figure(lang, text, found):
    from parallax.analyze.quantities import find_quantities

    assert [(q.text, q.value, q.unit) for q in find_quantities(text, lang, [])] == found


def test_rand_sums_of_two_reports_conflict():
    from tests.helpers import mixed_articles, sentence_pair_conflicts

    a, b = mixed_articles(
        ("af", "Volgens kaptein Jan Botha is juwele van sowat R2,5 miljoen gesteel."),
        ("en", "Jewellery worth about R3 million was stolen, according to Captain Jan Botha."),
    )
    assert [k for k, _ in sentence_pair_conflicts(a, 0, b, 0)] == ["number"]


def test_malay_maut_after_the_noun_is_the_dead():
    """qa49d set 1: "Seramai 14 penumpang maut" (14 passengers died) against "Sebanyak 12 penumpang tewas"."""
    from tests.helpers import mixed_articles, sentence_pair_conflicts

    a, b = mixed_articles(
        ("id", "Sebanyak 12 penumpang tewas dalam kecelakaan kapal itu."), ("ms", "Seramai 14 penumpang maut dalam nahas feri itu.")
    )
    assert sentence_pair_conflicts(a, 0, b, 0) == [("number", {"a": [12.0], "b": [14.0], "unit": "passenger"})]


def test_lithuanian_para_is_a_day():
    """qa49d set 8: "Uostas buvo uždarytas dviem paroms" (for two days of 24 hours) / "closed for two days"."""
    from tests.helpers import resolved

    assert resolved("lt", "Uostas buvo uždarytas dviem paroms.", _FRIDAY).get("dviem paroms") == "P2D"
