"""End-to-end QA in Catalan, Bulgarian, Serbian (both scripts), Slovenian and Estonian: invented reports of one
event (a factory fire, a flood, a train collision, a storm, a ferry accident) told by two or three outlets,
trimmed to the behaviour each test checks.  Found: the "read also" lead-ins, "follow us" calls, source,
photo-credit and tag lines of these languages stayed in the text as facts of one outlet alone; Estonian had no
verbs of saying, so "ütles" named no speaker and a quotation given to another person went unseen; "52-aastane"
was a count of "aastane"; and Serbian "nedelju dana" / "mesec dana" (a week, a month) were no durations."""

from __future__ import annotations

import pytest

import parallax
from parallax.ingest.clean import clean_paragraphs
from parallax.records import Article
from tests.helpers import shown

_BODY = "Tres treballadors van morir dimarts en l'incendi d'una fàbrica de plàstics a Sabadell."


@pytest.mark.parametrize(
    "line",
    [
        "Llegeix també: Un nou hospital obrirà a Terrassa",
        "Прочетете още: Пловдив посреща фестивал",
        "Прочитајте још: Нови аутобуси у Нишу",
        "Pročitajte i: Novi most preko Dunava",
        "Preberite tudi: Nova cesta do Bleda",
        "Loe ka: Saaremaa sild jääb ehitamata",
    ],
)
def test_a_read_also_line_is_dropped(line: str) -> None:
    cleaned = clean_paragraphs([_BODY, "Els Mossos investiguen les causes de l'incendi.", line, "La fàbrica tenia 45 empleats."])
    assert line not in cleaned.text and "Els Mossos investiguen" in cleaned.text


@pytest.mark.parametrize(
    "line",
    [
        "Segueix-nos a Telegram i rep les notícies al mòbil",
        "Последвайте ни в Telegram",
        "Пратите нас на Телеграму",
        "Pratite nas na Instagramu i Fejsbuku",
        "Sledite nam na Telegramu",
        "Jälgi meid Telegramis",
    ],
)
def test_a_follow_us_line_is_dropped(line: str) -> None:
    cleaned = clean_paragraphs([_BODY, "Els Mossos investiguen les causes de l'incendi.", line])
    assert line not in cleaned.text and "Els Mossos investiguen" in cleaned.text


def test_a_sentence_about_reading_or_following_stays() -> None:
    lines = ["Loe ka uudiseid, ütles minister ajakirjanikele pärast koosolekut.", "Policija je rekla da pratite nas ne zanima."]
    for line in lines:
        assert line in clean_paragraphs([_BODY, line]).text


def _compare(texts: list[str], lang: str, published: str = "2026-03-05T09:30:00+02:00") -> dict:
    arts = [Article(id=f"a{i}", text=t, language=lang, outlet=f"O{i}", published=published) for i, t in enumerate(texts)]
    return parallax.compare(arts).to_dict()


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"Tuli levis trepikojas väga kiiresti", ütles päästeameti pressiesindaja Kadri Tamm.', "Kadri Tamm"),
        ('"Kapten kaotas tuule tõttu kontrolli", ütles TS Laevade juht Tõnis Rihvk.', "Tõnis Rihvk"),
        ('"Me aitame kõiki peresid," kinnitas linnapea Urmas Klaas.', "Urmas Klaas"),
        ('"Remont kestab kuu aega", teatas Tamm.', "Tamm"),
    ],
)
def test_an_estonian_verb_of_saying_names_the_speaker(sentence: str, speaker: str) -> None:
    from tests.helpers import analyzed

    assert [q.speaker for q in analyzed(sentence, "et").quotes] == [speaker]


def test_an_estonian_quotation_given_to_another_person_is_misattributed() -> None:
    a = 'Tartus põles kolmapäeva öösel kortermaja ja kaks inimest hukkus.\n\n"Tuli levis trepikojas väga kiiresti", ütles päästeameti pressiesindaja Kadri Tamm.'
    b = 'Tartus põles kolmapäeva öösel kortermaja ja kaks inimest hukkus.\n\n"Tuli levis trepikojas väga kiiresti", ütles Tartu linnapea Urmas Klaas.'
    d = _compare([a, b], "et")
    assert [(q["misattributed"], sorted(v["speaker"] for v in q["variants"])) for q in d["quotes"]] == [
        (True, ["Kadri Tamm", "Urmas Klaas"])
    ]


def test_an_estonian_age_is_no_count_and_a_named_one_conflicts() -> None:
    a = "Parvlaev sõitis teisipäeva õhtul Virtsu sadamas vastu kaid.\n\nLaeva juhtis 52-aastane Jaan Tamm, kellel on pikk staaž."
    b = "Parvlaev sõitis teisipäeva õhtul Virtsu sadamas vastu kaid.\n\nLaeva juhtis 55-aastane Jaan Tamm, kellel on pikk staaž."
    d = _compare([a, b], "et")
    conflicts = [c for f in d["facts"] for c in f.get("conflicts", [])]
    assert [shown(c).get("unit") for c in conflicts] == ["age"]
    from tests.helpers import analyzed

    art = analyzed("Hukkunud olid 80-aastane naine ja tema poeg. Majast evakueeriti 45 elanikku.", "et")
    assert [(q.value, q.unit == "(age)") for q in art.quantities] == [(80.0, True), (45.0, False)]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Pijaca će biti zatvorena nedelju dana.", "P1W"),
        ("Radovi na mostu trajali su mesec dana.", "P1M"),
        ("Пијаца ће бити затворена месец дана.", "P1M"),
        ("Tržnica je bila zatvorena godinu dana.", "P1Y"),
    ],
)
def test_a_serbian_unit_with_dana_is_a_duration(sentence: str, value: str) -> None:
    from tests.helpers import resolved

    assert value in resolved("sr", sentence, "2026-03-05").values()


def test_serbian_closures_of_a_week_and_a_month_conflict() -> None:
    a = "Požar je izbio u utorak ujutru na Futoškoj pijaci u Novom Sadu.\n\nPijaca će biti zatvorena nedelju dana, saopštio je grad."
    b = "Požar je izbio u utorak ujutru na Futoškoj pijaci u Novom Sadu.\n\nPijaca će biti zatvorena mesec dana, saopštio je grad."
    conflicts = str([f["conflicts"] for f in _compare([a, b], "sr")["facts"] if f.get("conflicts")])
    assert "P1W" in conflicts and "P1M" in conflicts


@pytest.mark.parametrize(
    "line",
    [
        "Izvor: Tanjug",
        "Извор: РТС",
        "Vir: STA",
        "Allikas: ERR",
        "Font: ACN",
        "Източник: БТА",
        "Снимка: БГНЕС",
        "Фотографија: Танјуг",
        "Етикети: наводнение, Асеновград",
        "Oznake: neurje, Kranj",
        "Teemad: tulekahju, Tartu",
        "Etiquetes: incendi, Sabadell",
    ],
)
def test_a_source_photo_or_tags_line_is_dropped(line: str) -> None:
    cleaned = clean_paragraphs([_BODY, "Els Mossos investiguen les causes de l'incendi.", line])
    assert line not in cleaned.text and "Els Mossos investiguen" in cleaned.text


def test_a_sentence_about_a_source_stays() -> None:
    for line in [
        "Izvor požara još nije poznat, rekli su vatrogasci.",
        "Vir: policija je povedala, da je ogenj zanetil otrok v kleti stavbe.",
    ]:
        assert line in clean_paragraphs([_BODY, line]).text
