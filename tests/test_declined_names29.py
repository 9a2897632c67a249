"""A Russian, Ukrainian, Latvian or Lithuanian name met in another case is the person the article names in the
nominative (:mod:`parallax.analyze.declined_names`): as a speaker, as an entity's canonical name, and across two
reports of one story; never a nominative the article does not write (all texts invented)."""

from __future__ import annotations

import pytest

from tests.helpers import analyzed, outlet_articles

_NAMED = {
    "ru": "Глава штаба Иван Сергеев, мэр Анна Смирнова, депутат Пётр Ковальчук, судья Павел Толстой, прокурор Игорь Кравец,"
          " юрист Наталья Тверская и врач Мария Шевченко пришли на заседание.",
    "uk": "Речник Іван Петренко, суддя Олена Коваль, депутат Андрій Шевчук, мерка Наталія Петрова, юрист Микола Кравець"
          " і лікар Ігор Ковальський прийшли на засідання.",
    "lv": "Uz sēdi ieradās Jānis Bērziņš, Andris Ozols, Kārlis Kalniņš, Ilze Liepiņa un Juris Krūmiņš.",
    "lt": "Į posėdį atvyko Tomas Petrauskas, Rasa Jankauskienė, Vytautas Landsbergis ir Paulius Butkus.",
}  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "form", "nominative"),
    [
        ("ru", "Иваном Сергеевым", "Иван Сергеев"),  # instrumental
        ("ru", "Ивану Сергееву", "Иван Сергеев"),  # dative
        ("ru", "Иване Сергееве", "Иван Сергеев"),  # prepositional
        ("ru", "Анну Смирнову", "Анна Смирнова"),  # accusative, a woman's
        ("ru", "Анной Смирновой", "Анна Смирнова"),
        ("ru", "Петром Ковальчуком", "Пётр Ковальчук"),  # "ё" the other cases write "е"
        ("ru", "Павлом Толстым", "Павел Толстой"),  # the dropped "е", an adjective's surname
        ("ru", "Игорем Кравцом", "Игорь Кравец"),
        ("ru", "Натальей Тверской", "Наталья Тверская"),
        ("ru", "Марией Шевченко", "Мария Шевченко"),  # a surname that does not decline
        ("ru", "Толстому", "Толстой"),
        ("uk", "Іваном Петренком", "Іван Петренко"),
        ("uk", "Іванові Петренку", "Іван Петренко"),
        ("uk", "Оленою Коваль", "Олена Коваль"),  # a woman's surname in -ь does not decline
        ("uk", "Андрієві Шевчуку", "Андрій Шевчук"),
        ("uk", "Наталії Петровій", "Наталія Петрова"),
        ("uk", "Миколою Кравцем", "Микола Кравець"),
        ("uk", "Ігореві Ковальському", "Ігор Ковальський"),
        ("lv", "Jāņa Bērziņa", "Jānis Bērziņš"),  # the genitive's softened stem
        ("lv", "Andra Ozola", "Andris Ozols"),
        ("lv", "Kārļa Kalniņa", "Kārlis Kalniņš"),
        ("lv", "Jānim Bērziņam", "Jānis Bērziņš"),
        ("lv", "Ilzei Liepiņai", "Ilze Liepiņa"),
        ("lt", "Tomui Petrauskui", "Tomas Petrauskas"),
        ("lt", "Tomą Petrauską", "Tomas Petrauskas"),
        ("lt", "Rasai Jankauskienei", "Rasa Jankauskienė"),
        ("lt", "Vytautui Landsbergiui", "Vytautas Landsbergis"),
        ("lt", "Pauliaus Butkaus", "Paulius Butkus"),
    ],
)
def test_a_name_in_another_case_reads_back_to_the_nominative_written(lang, form, nominative):
    from parallax.analyze.declined_names import written_nominative
    from parallax.analyze.quotes.inflection import nominative as speaker_nominative

    assert written_nominative(lang, form, _NAMED[lang]) == nominative
    assert speaker_nominative(lang, form, _NAMED[lang]) == nominative


@pytest.mark.parametrize(
    ("lang", "form", "text"),
    [
        ("ru", "Иваном Сергеевым", "Глава штаба Пётр Волков пришёл на заседание."),  # never written in the nominative
        ("ru", "Ивану Петрову", "Пришли депутат Иван Петров и актриса Ивана Петрова."),  # his dative, her accusative
        ("ru", "Сергееву", "Пришли Иван Сергеев и Мария Сергеева."),  # his dative or her accusative
        ("lv", "Jāņa Bērziņa", "Uz sēdi ieradās Pēteris Ozols."),
    ],
)
def test_no_nominative_is_made_up(lang, form, text):
    from parallax.analyze.declined_names import written_nominative

    assert written_nominative(lang, form, text) is None


def _canonical(text: str, lang: str) -> dict[str, str]:
    return {e.text: e.canonical for e in analyzed(text, lang).entities}


@pytest.mark.parametrize(
    ("lang", "text", "mention", "canonical"),
    [
        ("ru", "Глава штаба Иван Сергеев прибыл на место утром. Иваном Сергеевым было заявлено, что угрозы нет.",
         "Иваном Сергеевым", "Иван Сергеев"),
        ("ru", "Мэр Анна Смирнова приехала в город. Журналисты обратились к Анне Смирновой. Она ответила на вопросы.",
         "Анне Смирновой", "Анна Смирнова"),
        ("ru", "Президент Владимир Петров прилетел в город. Журналисты поговорили с Петровым.", "Петровым", "Владимир Петров"),
        ("uk", "Речник Іван Петренко прибув на місце. Іваном Петренком було заявлено, що загрози немає.",
         "Іваном Петренком", "Іван Петренко"),
        ("lt", "Policijos atstovas Tomas Petrauskas atvyko. Pasak Tomo Petrausko, grėsmės nėra.",
         "Pasak Tomo Petrausko", "Tomas Petrauskas"),
    ],
)  # fmt: skip
def test_a_declined_mention_points_at_the_person_the_article_names(lang, text, mention, canonical):
    assert _canonical(text, lang)[mention] == canonical


def test_a_city_named_like_a_given_name_is_no_person():
    """A word alone reads back only to a surname: "Во Владимире" is the city, not Владимир Петров."""
    names = _canonical("Президент Владимир Петров прилетел во Владимир. Во Владимире его встретили.", "ru")
    assert names["Во Владимире"] == "Во Владимире"


def test_a_woman_named_in_the_nominative_is_not_read_as_a_man_s_genitive():
    names = _canonical("Пришли депутат Иван Петров и актриса Ивана Петрова.", "ru")
    assert names["Ивана Петрова"] == "Ивана Петрова"


def test_a_mention_the_article_never_names_in_the_nominative_stays():
    assert (
        _canonical("Мэр Пётр Волков приехал в штаб. Журналисты поговорили с Иваном Сергеевым.", "ru")["Иваном Сергеевым"]
        == "Иваном Сергеевым"
    )


def test_a_declined_mention_is_no_new_antecedent_for_a_pronoun():
    """Who speaks does not change: "он" after "Он встретился с Иваном Сергеевым" is still the mayor."""
    text = (
        "Глава штаба Иван Сергеев провёл совещание. Мэр Пётр Волков приехал в штаб. Он встретился с Иваном Сергеевым."
        " «Угрозы нет», — заявил он."
    )
    assert [q.speaker for q in analyzed(text, "ru").quotes] == ["Пётр Волков"]


@pytest.mark.parametrize(
    ("lang", "text", "speakers"),
    [
        # the interviewer named in the instrumental is not the speaker: the mayor who said it is
        ("ru", "Глава штаба Иван Сергеев провёл совещание. Мэр Пётр Волков приехал в штаб. «Угрозы нет», — заявил Волков"
               " в беседе с Иваном Сергеевым.", {"Пётр Волков"}),
        ("ru", "Глава штаба Павел Толстой прибыл утром. По словам Павла Толстого, «угрозы для жителей нет».", {"Павел Толстой"}),
        ("lv", "Policijas pārstāvis Jānis Bērziņš ieradās notikuma vietā. Pēc Jāņa Bērziņa teiktā, “draudu iedzīvotājiem nav”.",
         {"Jānis Bērziņš"}),
        ("lv", "Ieradās policijas pārstāvis Andris Bērziņš. “Draudu nav,” sacīja Bērziņš. Pēc Andra Bērziņa teiktā,"
               " “viss ir kārtībā”.", {"Andris Bērziņš"}),
    ],
)  # fmt: skip
def test_a_speaker_named_in_another_case_is_the_person_named_in_full(lang, text, speakers):
    assert {q.speaker for q in analyzed(text, lang).quotes} == speakers


_STORIES = {
    "lv": (
        "Policijas pārstāvis Jānis Bērziņš pirmdien sacīja, ka draudu nav. “Ūdens atkāpjas, dambji izturēja,” sacīja"
        " Jānis Bērziņš. Evakuēti 300 cilvēki.",
        "Pirmdien notikuma vietā ieradās policijas pārstāvis Jānis Bērziņš. Pēc Jāņa Bērziņa teiktā, “ūdens atkāpjas,"
        " dambji izturēja”. Evakuēti 300 cilvēki.",
    ),
    "uk": (
        "Речник служби Іван Петренко в понеділок заявив, що загрози немає. «Вода відступає, дамби витримали», — сказав"
        " Іван Петренко. Евакуювали 300 людей.",
        "Речник служби Іван Петренко прибув на місце в понеділок. Журналісти поговорили з Іваном Петренком. «Вода"
        " відступає, дамби витримали», — сказав він. Евакуювали 300 людей.",
    ),
}


@pytest.mark.parametrize("lang", sorted(_STORIES))
def test_two_reports_naming_the_speaker_in_two_cases_are_one_person(lang):
    import parallax

    d = parallax.compare(outlet_articles(list(_STORIES[lang]), lang, "2026-05-05")).to_dict()
    (quote,) = d["quotes"]
    assert quote["misattributed"] is False
    assert len({v["speaker"] for v in quote["variants"]}) == 1
    assert not [c for f in d["facts"] for c in f["conflicts"] if c["kind"] == "speaker"]
    # the mention in another case ("Pēc Jāņa Bērziņa", "Іваном Петренком") is no other entity
    nominative, stem = {"lv": ("Jānis Bērziņš", "Bērziņ"), "uk": ("Іван Петренко", "Петренк")}[lang]
    assert {e["text"] for e in d["entities"] if stem in e["text"]} == {nominative}


def test_a_surname_written_as_another_person_s_stays_theirs():
    """ "Сергеева" is Иван Сергеев's genitive and Мария Сергеева's nominative: with both named, it stays hers."""
    names = _canonical("Пришли депутат Иван Сергеев и судья Мария Сергеева. Слово дали судье Сергеевой. Затем выступила Сергеева.", "ru")
    assert names["Сергеева"] == "Мария Сергеева"
    assert names["Сергеевой"] == "Мария Сергеева"


@pytest.mark.slow
def test_parallax_compare_joins_a_speaker_named_in_other_cases(tmp_path):
    """`parallax compare` on a two-report story: one outlet names the speaker in full once, then in the instrumental
    and the genitive ("с Павлом Толстым", "По словам Павла Толстого"): one speaker, one person, no conflict."""
    import json
    import subprocess
    import sys

    texts = (
        "Глава штаба Павел Толстой заявил в понедельник, что угрозы для жителей нет.\n\n«Вода уходит, дамбы выдержали»,"
        " — сказал Павел Толстой. Эвакуированы 300 человек.",
        "Глава штаба Павел Толстой прибыл в город в понедельник.\n\nЖурналисты поговорили с Павлом Толстым. По словам"
        " Павла Толстого, «вода уходит, дамбы выдержали». Эвакуированы 300 человек.",
    )
    src, out = tmp_path / "story.jsonl", tmp_path / "out.json"
    records = [
        {"id": i, "outlet": i.upper(), "published": "2026-05-05T09:00:00", "language": "ru", "title": "Паводок", "text": t}
        for i, t in zip("ab", texts, strict=True)
    ]
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "parallax", "compare", str(src), "-o", str(out)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    d = json.loads(out.read_text(encoding="utf-8"))
    assert [(q["misattributed"], {v["speaker"] for v in q["variants"]}) for q in d["quotes"]] == [(False, {"Павел Толстой"})]
    assert {e["text"] for e in d["entities"] if "Толст" in e["text"]} == {"Павел Толстой"}
    assert not [c for f in d["facts"] for c in f["conflicts"] if c["kind"] == "speaker"]
