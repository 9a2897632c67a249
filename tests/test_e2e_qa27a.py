"""End-to-end QA in French, Italian, Japanese, Arabic, Swedish and Russian: sentences of invented reports (a rail
strike, a flood, a ministerial resignation, a court ruling, a football transfer, a spring flood), each trimmed to
the behaviour it checks, with the guards that must not change."""

from __future__ import annotations

import pytest

from tests.helpers import analyzed, shown


def _quotes(text: str, lang: str) -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker, q.kind) for q in analyzed(text, lang).quotes]


# Russian and Ukrainian set the region an office is of between the role and the name, its adjective capitalised
# and its noun not: the speaker is the name after it, not the region's adjective
@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("ru", "«Вода отступает медленно», — заявил губернатор Ладожской области Пётр Самойлов.", "Пётр Самойлов"),
        ("ru", "«Вода отступает медленно», — сказал журналистам заместитель губернатора Ладожской области Пётр Самойлов.", "Пётр Самойлов"),
        ("ru", "«Вода отступает медленно», — отметил вице-губернатор Озёрного края Пётр Самойлов.", "Пётр Самойлов"),
        ("uk", "«Вода відступає повільно», — заявив голова Озерної області Петро Самойленко.", "Петро Самойленко"),
        # guards: a patronymic in the name, a region in lower case, a name after a preposition
        ("ru", "«Вода отступает медленно», — заявил губернатор Пётр Ильич Самойлов.", "Пётр Ильич Самойлов"),
        ("ru", "«Вода отступает медленно», — заявил губернатор области Пётр Самойлов.", "Пётр Самойлов"),
        ("ru", "«Вода отступает медленно», — сказал Самойлов в беседе с Иваном Лебедевым.", "Самойлов"),
    ],
)
def test_east_slavic_region_before_the_name_is_no_speaker(lang, text, speaker):
    assert [s for _, s, _ in _quotes(text, lang)] == [speaker]


# "По словам главы МЧС России Александра Куренкова, ...": the body the role heads is no part of the source's name, read in the
# nominative (:mod:`parallax.analyze.east_slavic_names`)
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("По словам главы ГУ МЧС России Павла Зорина, в регион направлены дополнительные силы.", "Павел Зорин"),
        ("По словам заместителя губернатора Ладожской области Павла Зорина, вода начала отступать.", "Павел Зорин"),
        ("По словам министра Павла Петровича Зорина, вода начала отступать.", "Павел Петрович Зорин"),
        ("По словам Анны Зориной, вода начала отступать.", "Анна Зорина"),
    ],
)
def test_russian_source_after_a_body_is_the_person(text, speaker):
    assert [(s, k) for _, s, k in _quotes(text, "ru")] == [(speaker, "indirect")]


# Arabic: the outlet a source told, in quotation marks after "لـ" or its noun, is no one's words, and the clause
# after it is what the source said
@pytest.mark.parametrize(
    "text",
    [
        'وقال المحامي سعيد الخولي لـ"نبض المدينة" إن موكله سيستأنف الحكم خلال أسبوعين.',
        'وقال المحامي سعيد الخولي لـ«نبض المدينة» إن موكله سيستأنف الحكم خلال أسبوعين.',
        'وقال المحامي سعيد الخولي لصحيفة "الفجر الجديد" إن موكله سيستأنف الحكم خلال أسبوعين.',
    ],
)
def test_arabic_outlet_told_is_no_quotation(text):
    assert _quotes(text, "ar") == [("موكله سيستأنف الحكم خلال أسبوعين", "سعيد الخولي", "indirect")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a compound name part after the role ("عبد الرحمن", "أبو بكر") keeps the given name before it
        ('وقال القاضي منير عبد الكريم: "الأدلة كافية لإدانة المتهم".', "منير عبد الكريم"),
        # the role in commas after the name, and where it was said in commas after that
        ('وقال القاضي منير عبد الكريم، رئيس الدائرة، في نص الحكم: "الأدلة كافية لإدانة المتهم".', "منير عبد الكريم"),
        # guards: a description and a circumstance; a name and what she is
        ('وقال الوزير، في مؤتمر صحفي: "الأدلة كافية لإدانة المتهم".', "الوزير"),
        ('وقالت منى الزعبي، وهي جارة، خلال حديثها للصحفيين: "الأدلة كافية لإدانة المتهم".', "منى الزعبي"),
    ],
)
def test_arabic_speaker_with_role_and_circumstance(text, speaker):
    assert [s for _, s, _ in _quotes(text, "ar")] == [speaker]


def test_arabic_role_then_name_in_commas_reports_speech():
    text = "وأكد محامي الدفاع، سعيد الخولي، أن موكله سيستأنف الحكم أمام محكمة النقض."
    assert _quotes(text, "ar") == [("موكله سيستأنف الحكم أمام محكمة النقض", "سعيد الخولي", "indirect")]


# a weekday in a sentence about what is to come is the next one: the -re verbs' future, the plural of "doit", the
# near future, Italian "devono", Russian perfective futures and "должны"; the past tense keeps the last one
# (published on Thursday 19 November 2026: "Friday" is the 20th ahead, the 13th behind)
@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("fr", "Les pourparlers reprendront vendredi à la préfecture.", "2026-11-20"),
        ("fr", "Les pourparlers doivent reprendre vendredi à la préfecture.", "2026-11-20"),
        ("fr", "Les pourparlers vont reprendre vendredi à la préfecture.", "2026-11-20"),
        ("fr", "Les pourparlers devraient reprendre vendredi à la préfecture.", "2026-11-20"),
        ("fr", "Les pourparlers ont repris vendredi à la préfecture.", "2026-11-13"),
        ("fr", "Sandra a rencontré le préfet vendredi.", "2026-11-13"),
        ("it", "Le trattative devono riprendere venerdì in prefettura.", "2026-11-20"),
        ("it", "Le trattative dovrebbero riprendere venerdì in prefettura.", "2026-11-20"),
        ("it", "Le trattative sono riprese venerdì in prefettura.", "2026-11-13"),
        ("ru", "Переговоры возобновятся в пятницу в мэрии.", "2026-11-20"),
        ("ru", "Переговоры должны возобновиться в пятницу в мэрии.", "2026-11-20"),
        ("ru", "Переговоры пройдут в пятницу в мэрии.", "2026-11-20"),
        ("ru", "Переговоры прошли в пятницу в мэрии.", "2026-11-13"),
        ("ru", "Переговоры должны были пройти в пятницу, но их отменили.", "2026-11-13"),
        ("uk", "Переговори мають відновитися в пʼятницю.", "2026-11-20"),
        ("uk", "Переговори відбулися в пʼятницю.", "2026-11-13"),
    ],
)
def test_weekday_in_a_sentence_about_the_future(lang, text, value):
    from tests.helpers import resolved

    assert list(resolved(lang, text, "2026-11-19T08:30:00+01:00").values()) == [value]


def _removed(paragraphs: list[str]) -> list[str]:
    from parallax.ingest.clean import clean_paragraphs

    return clean_paragraphs(paragraphs).removed


# the paper's correspondent named by post alone, on a line of its own, is no fact; prose that opens so stays
@pytest.mark.parametrize(
    "line",
    [
        "Par notre correspondant à Quimper",
        "De notre envoyée spéciale à Tbilissi,",
        "Dal nostro inviato a Savona",
        "De nuestro corresponsal en Cusco",
        "Von unserem Korrespondenten in Graz",
        "Från vår korrespondent i Vilnius",
        "From our correspondent in Turin",
    ],
)
def test_correspondent_line_is_dropped(line):
    assert _removed(["Le trafic était perturbé mercredi.", line, "Les usagers attendent des annonces."]) == [line]


@pytest.mark.parametrize(
    "para",
    [
        "De notre envoyé spécial à Tbilissi, la situation paraît calme mais les habitants restent inquiets.",
        "Par notre faute, rien n’a changé depuis la crue.",
    ],
)
def test_prose_opening_like_a_correspondent_line_stays(para):
    assert _removed(["Le trafic était perturbé mercredi.", para]) == []


# a Japanese agency credit in full-width parentheses closes the story as "(AFP)" does
@pytest.mark.parametrize("credit", ["（共同）", "（時事、共同）"])
def test_full_width_agency_credit_is_dropped(credit):
    assert _removed(["川の水位は夜に上がった。", credit, "関連記事：台風の経路"]) == ["関連記事：台風の経路", credit]


# a measure is no holding: the word that opens each sentence ("Уровень", "Вода") does not make two rises two facts
@pytest.mark.parametrize(
    ("lang", "a", "b", "values"),
    [
        ("ru", "Уровень воды в Оке за сутки поднялся на 1,2 метра.", "Вода в Оке поднялась за сутки на полтора метра.", ([1.2], [1.5])),
        ("it", "Il livello del Serchio è salito di 2 metri in una notte.", "Il fiume è cresciuto di 3 metri in una notte.", ([2.0], [3.0])),
    ],
)
def test_measures_of_one_thing_conflict_whatever_opens_the_sentence(lang, a, b, values):
    from parallax.compare.conflicts import sentence_conflicts
    from tests.helpers import analysed_articles

    x, y = analysed_articles([a, b], lang)
    found = [(shown(c)["a"], shown(c)["b"]) for c in sentence_conflicts(x, x.sentences[0], y, y.sentences[0]) if c.kind == "number"]
    assert found == [values]


# a bare agency credit closing the story is no fact; a short last line that names no agency stays
@pytest.mark.parametrize("credit", ["AFP", "ANSA", "TT/NTB", "dpa", "Reuters", "AFP, Reuters", "ТАСС"])
def test_bare_agency_credit_at_the_end_is_dropped(credit):
    assert _removed(["Le trafic était perturbé mercredi.", "Les usagers attendent.", credit]) == [credit]


@pytest.mark.parametrize("last", ["La FIFA", "OK, on verra bien."])
def test_short_last_line_that_is_no_credit_stays(last):
    assert _removed(["Le trafic était perturbé mercredi.", last]) == []


# the Russian wire's agency after the dateline's dash, when the story opens on a name in guillemets
@pytest.mark.parametrize(
    ("text", "agency", "after"),
    [
        ("КАЗАНЬ, 15 июля — ТАСС. «Рубин» подписал контракт с защитником.", "ТАСС", "«Рубин» подписал контракт с защитником."),
        ("ЛЬВІВ, 15 липня — Укрінформ. «Карпати» підписали захисника.", "Укрінформ", "«Карпати» підписали захисника."),
    ],
)
def test_wire_agency_before_a_quoted_name(text, agency, after):
    from parallax.ingest.clean import split_dateline

    d = split_dateline(text)
    assert (d.agency, d.after) == (agency, after)


# a Japanese day of the month in a sentence its verb closes in the non-past is ahead (published on the 3rd)
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("JR西日本は4日も在来線の運転を見合わせる。", "2026-09-04"),
        ("知事は28日に会見を開く。", "2026-09-28"),
        ("知事は28日に会見を開いた。", "2026-08-28"),
        ("1日から停電が続いている。", "2026-09-01"),
        ("1日に発生した停電は今も続く。", "2026-09-01"),
    ],
)
def test_japanese_day_with_a_non_past_verb(text, value):
    from tests.helpers import resolved

    assert list(resolved("ja", text, "2026-09-03T18:00:00+09:00").values()) == [value]


# Arabic: "that" between the name in commas and the quotation
def test_arabic_role_name_in_commas_then_that_and_the_quotation():
    text = 'وقال الأمين العام للنقابة، سمير الحداد، إن "نسبة المشاركة في الإضراب بلغت 95 بالمئة".'
    assert [s for _, s, _ in _quotes(text, "ar")] == ["سمير الحداد"]


# Russian: a bare role after the cue, then to whom it was said, is the person the article gave that role
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Губернатор области Пётр Самойлов прибыл на место.\n\n«Ситуация сложная», — заявил губернатор журналистам.", "Пётр Самойлов"),
        ("Нападающий Олег Жуков перешёл в «Ротор».\n\n«Я давно мечтал играть за этот клуб», — заявил нападающий журналистам.", "Олег Жуков"),
        ("«Мы готовы к сезону», — сказал тренер Игорь Лебедев.", "Игорь Лебедев"),
    ],
)
def test_russian_bare_role_then_to_whom(text, speaker):
    assert [s for _, s, _ in _quotes(text, "ru")] == [speaker]


# Swedish and Danish write the article onto the noun: a definite noun after the cue is a description that speaks
@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("sv", "– Brotten är systematiska och riktade mot äldre, skriver hovrätten.", "hovrätten"),
        ("sv", "– Brotten är systematiska och riktade mot äldre, skriver hovrätten i domen.", "hovrätten"),
        ("sv", "– Vi har inga misstänkta just nu, säger polisen till tidningen.", "polisen"),
        ("sv", "– Vi har inga misstänkta just nu, säger polisen till TT.", "polisen"),
        ("sv", "– Vi har inga misstänkta just nu, säger Eva Lind till TT.", "Eva Lind"),
        ("da", "– Vi har ingen mistænkte lige nu, siger politiet.", "politiet"),
        ("sv", "– Vi har inga misstänkta just nu, sade han igen.", None),
    ],
)
def test_nordic_definite_noun_after_the_cue_speaks(lang, text, speaker):
    assert [s for _, s, _ in _quotes(text, lang)] == [speaker]


# a unit Japanese borrows is written in katakana, and is the whole run: "メートル", not "メ"
@pytest.mark.parametrize(("text", "unit"), [("50メートルに達した", "メートル"), ("5キロの渋滞", "キロ"), ("12トンの土砂", "トン"), ("3人が死亡", "人")])
def test_japanese_katakana_unit_is_the_whole_run(text, unit):
    from parallax.analyze.quantities.units import _unit_after

    digits = len(text) - len(text.lstrip("0123456789"))
    assert _unit_after(text, digits, "ja") == unit


# a day of the month a word names ("last month's 28th") is that day, not the month alone
@pytest.mark.parametrize(
    ("lang", "text", "expression", "value"),
    [
        ("ja", "先月28日に発表した。", "先月28日", "2026-10-28"),
        ("ja", "来月5日に開催する。", "来月5日", "2026-12-05"),
        ("ja", "今月3日、知事は会見した。", "今月3日", "2026-11-03"),
        ("zh", "上个月28日发布。", "上个月28日", "2026-10-28"),
        ("ja", "先月、知事は会見した。", "先月", "2026-10"),
    ],
)
def test_cjk_day_of_a_named_month(lang, text, expression, value):
    from tests.helpers import resolved

    assert resolved(lang, text, "2026-11-19T08:30:00+01:00") == {expression: value}


# approximate counts of a thousand and the Swedish "-tal", and Italian thousands spelled apart from the figure
@pytest.mark.parametrize(
    ("lang", "text", "value", "unit"),
    [
        ("fr", "Un millier de manifestants ont défilé à Nantes.", 1000.0, "manifestant"),
        ("es", "Un millar de vecinos fueron desalojados.", 1000.0, "vecino"),
        ("it", "Un migliaio di sfollati ha passato la notte in palestra.", 1000.0, "sfollati"),
        ("it", "Circa 3 mila utenze sono rimaste senza luce.", 3000.0, "utenze"),
        ("sv", "Ett hundratal boende evakuerades under natten.", 100.0, "boende"),
        ("sv", "Ett trettiotal hus skadades av vattnet.", 30.0, "hus"),
    ],
)
def test_approximate_and_spaced_counts(lang, text, value, unit):
    assert [(q.value, q.unit) for q in analyzed(text, lang).quantities] == [(value, unit)]


# the Arabic dual of "thousand" before its noun drops its "ن": "ألفي منزل" is two thousand homes
def test_arabic_dual_thousand_before_its_noun():
    assert [(q.value, q.unit) for q in analyzed("وتضرر نحو ألفي منزل جراء السيول.", "ar").quantities] == [(2000.0, "منزل")]


# whose view it is, opening the sentence ("Pour X, « ... »"); the outlet a speaker told, between the cue and the name
@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("fr", "Pour Jeanne Morel, « la grève est légitime ».", "Jeanne Morel"),
        ("it", "Per Marco Bellini «lo sciopero è legittimo».", "Marco Bellini"),
        ("es", 'Para Ana Ruiz, "la huelga es legítima".', "Ana Ruiz"),
        ("fr", "Pour le gouvernement, « la grève est illégitime ».", None),
        ("it", "«Andremo fino in fondo», spiega a Repubblica Marco Bellini.", "Marco Bellini"),
        ("it", "«Andremo fino in fondo», spiega a La Stampa Marco Bellini.", "Marco Bellini"),
        ("es", '"Iremos hasta el final", dijo a El País Ana Ruiz.', "Ana Ruiz"),
    ],
)
def test_view_opening_the_sentence_and_outlet_told(lang, text, speaker):
    assert [s for _, s, _ in _quotes(text, lang)] == [speaker]


# Japanese: a view shown in words ("との考えを示した") is a quotation; a sign held up with words on it is not
@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("知事は「全力を尽くしたい」との考えを示した。", ["知事"]),
        ("市長は「早期の復旧を目指す」との認識を示した。", ["市長"]),
        ("山田氏は「反対」と書かれた紙を示した。", []),
    ],
)
def test_japanese_view_shown_in_words(text, speakers):
    assert [s for _, s, _ in _quotes(text, "ja")] == speakers


# Italian and Spanish give a toll as "are N the <noun>": the noun after the article is what is counted
@pytest.mark.parametrize(
    ("lang", "text", "unit"),
    [
        ("it", "Sono tre le vittime della frana.", "vittime"),
        ("it", "Salgono a 5 i morti della frana.", "morti"),
        ("es", "Ya son 5 los muertos por el temporal.", "muerto"),
        ("it", "Alle 10 le squadre di soccorso sono arrivate.", None),
    ],
)
def test_toll_with_the_article_before_its_noun(lang, text, unit):
    assert [q.unit for q in analyzed(text, lang).quantities] == [unit]


def test_toll_with_the_article_conflicts():
    from parallax.compare.conflicts import sentence_conflicts
    from tests.helpers import analysed_articles

    x, y = analysed_articles(["Sono due i morti della frana.", "Sono tre le vittime della frana."], "it")
    assert [(shown(c)["a"], shown(c)["b"]) for c in sentence_conflicts(x, x.sentences[0], y, y.sentences[0]) if c.kind == "number"] == [([2.0], [3.0])]
