"""qa50d: Tagalog, Indonesian, Malay, Swahili, Vietnamese, Turkish, Portuguese, Spanish and Afrikaans reports; the
leftovers of earlier rounds and the QA sets' findings."""

import pytest

from tests.helpers import analyzed


# --- an English body name of more than four words after a Tagalog or Swahili cue is the speaker whole ---
@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ('"Umabot na sa 12 ang nasawi," ayon sa Department of the Interior and Local Government.', "tl",
         "Department of the Interior and Local Government"),
        ('"Patuloy ang paglikas," sabi ng Department of Social Welfare and Development.', "tl",
         "Department of Social Welfare and Development"),
        ('"Watu 12 wamefariki," alisema Ministry of Health and Social Welfare.', "sw", "Ministry of Health and Social Welfare"),
    ],
)  # fmt: skip
def test_long_english_body_after_a_cue_is_whole(text, lang, speaker):
    assert [q.speaker for q in analyzed(text, lang).quotes] == [speaker]


# --- Indonesian: an agency written as a word ("Basarnas") is no name; the role before an apposed name is no person ---
@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ('"Kami terus mencari," kata Kepala Basarnas Dumai Andi Saputra kepada wartawan.', ["Andi Saputra"]),
        ('"Kami terus mencari," kata Kepala Basarnas Dumai, Andi Saputra, kepada wartawan. "Ada 40 penumpang," tambahnya.',
         ["Andi Saputra", "Andi Saputra"]),
        ('"Kami terus mencari," kata Kepala Kantor SAR Dumai, Andi Saputra, kepada wartawan. "Ada 40 penumpang," tambahnya.',
         ["Andi Saputra", "Andi Saputra"]),
    ],
)  # fmt: skip
def test_indonesian_agency_word_and_apposed_name(text, speakers):
    art = analyzed(text, "id")
    assert [q.speaker for q in art.quotes] == speakers
    assert not [e.text for e in art.entities if e.label in ("PER", "PERSON") and "Dumai" in e.text]


# --- Afrikaans reported speech without "dat" ---
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Kaptein Jan Botha het die media toegespreek. Hy het gesê die brug is veilig vir verkeer.", "Jan Botha"),
        ("Die minister, Jan Botha, het Dinsdag gesê die brug is veilig vir verkeer.", "Jan Botha"),
        ("Thandi Mokoena sê die water in die rivier daal stadig.", "Thandi Mokoena"),
        ("Lesetja Kganyago het bygevoeg inflasie sal volgende jaar daal.", "Lesetja Kganyago"),
    ],
)
def test_afrikaans_reported_speech_without_dat(text, speaker):
    assert [(q.speaker, q.kind) for q in analyzed(text, "af").quotes] == [(speaker, "indirect")]


@pytest.mark.parametrize(
    "text",
    ["Jan Botha het vir die polisie gesê.", "Die polisie het Dinsdag twee mans in hegtenis geneem.", "Jan Botha sê nie veel nie."],
)
def test_afrikaans_no_reported_clause(text):
    assert [q for q in analyzed(text, "af").quotes if q.kind == "indirect"] == []


# --- titles and address words with a full stop do not end a sentence (sentence_abbreviations.py) ---
@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        ("sw", "Mkuu wa mkoa, Dkt. Juma Hassan, alisema watu 12 wamefariki. Wengine 30 wamejeruhiwa.", 2),
        ("sw", "Waziri wa Afya, Mhe. Ummy Mwalimu, alitembelea hospitali.", 1),
        ("id", "Ia tinggal di Jl. Sudirman No. 5 bersama keluarganya.", 1),
        ("ms", "Kejadian berlaku di Jln. Ampang semalam.", 1),
        ("tl", "Ayon kay Atty. Jose Cruz, walang kasalanan ang suspek. Sinabi ni Sec. Juan Dela Cruz na ligtas ang lahat.", 2),
        ("tl", "Ayon kay Engr. Pedro Reyes, sira ang tulay.", 1),
        ("vi", "Vụ việc xảy ra tại TP. Hồ Chí Minh vào sáng nay.", 1),
        ("tr", "Olay Atatürk Cad. No. 5 adresinde oldu.", 1),
        ("af", "Die saak is deur adv. Anton Smit gestel.", 1),
    ],
)
def test_title_abbreviations_do_not_end_the_sentence(lang, text, count):
    from tests.helpers import sentences

    assert len(sentences(text, lang)) == count


# --- Malay and Indonesian "lagi", "lainnya" (more, others) after a count are no noun: "9 lagi cedera" is "9 more injured" ---
@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("ms", "Lima orang maut dan 9 lagi cedera dalam nahas itu.", [("Lima", 5.0, "orang"), ("9", 9.0, None)]),
        ("id", "Lima orang tewas dan 9 lainnya luka-luka.", [("Lima", 5.0, "orang"), ("9", 9.0, None)]),
    ],
)
def test_malay_more_is_no_noun(lang, text, found):
    from parallax.analyze.quantities import find_quantities

    assert [(q.text, q.value, q.unit) for q in find_quantities(text, lang, [])] == found


def test_malay_more_injured_meets_the_injured_of_another_report():
    from tests.helpers import first_sentence_conflicts

    en = first_sentence_conflicts("Five people died and 9 more were injured.", "Five people died and 11 people were injured.", "en")
    ms = first_sentence_conflicts(
        "Lima orang maut dan 9 lagi cedera dalam nahas itu.", "Lima orang maut dan 11 orang cedera dalam nahas itu.", "ms"
    )
    assert [k for k, _ in ms] == [k for k, _ in en] == ["number"]


# --- a speaker's "today" counts from the day the introduction of the quotation names (times/quoted_days.py) ---
@pytest.mark.parametrize(
    ("lang", "text", "word", "day"),
    [
        ("es", "El ministro dijo el lunes: «Hoy firmamos el acuerdo».", "Hoy", "2026-11-16"),
        ("es", "El ministro dijo el lunes a los periodistas:\n\n«Hoy firmamos el acuerdo con los sindicatos».", "Hoy", "2026-11-16"),
        ("es", "El ministro declaró el lunes: —Hoy firmamos el acuerdo con los sindicatos.", "Hoy", "2026-11-16"),
        ("pt", "O ministro disse na segunda-feira: «Hoje assinamos o acordo».", "Hoje", "2026-11-16"),
        ("es", "El ministro firmó el lunes el acuerdo. «Hoy es un día histórico», dijo el viernes.", "Hoy", "2026-11-20"),
    ],
)
def test_quoted_today_counts_from_the_day_it_was_said(lang, text, word, day):
    art = analyzed(text, lang, "2026-11-20T10:00:00Z")
    assert [t.value for t in art.times if t.text == word] == [day]


# --- qa50d set 2: Tagalog "hanggang Biyernes" (until Friday) after "sinabi" (said) is the coming Friday ---
@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Sinabi ni Gobernador Eugenio Lacson na sarado ang mga paaralan hanggang Biyernes.", "Biyernes", "2026-11-20"),
        ("Sinabi ng pulisya na naaresto ang suspek noong Lunes.", "Lunes", "2026-11-16"),
    ],
)
def test_tagalog_until_a_weekday_is_ahead(text, expr, value):
    art = analyzed(text, "tl", "2026-11-19T08:00:00+08:00")
    assert [t.value for t in art.times if t.text == expr] == [value]
