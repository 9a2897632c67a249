"""End-to-end QA in Finnish, Danish, Norwegian, Slovak and Croatian: invented reports of one event (a bus crash, a
derailment, an avalanche, a block of flats on fire, a motorway pile-up) told by two or three outlets, trimmed to the
behaviour each test checks.  Found: a Croatian "Pročitajte i:" box and the advert's line ("Oglas", "Mainos
päättyy") stayed in the text as a shared fact; a Slavic count with "others", a reflexive or an auxiliary before
its participle ("a desať ďalších sa zranilo") took the death verb before it, so the injured met the dead; an age
adjective before a role noun and a name ("56-vuotias kuljettaja Jari Mäkinen", "38 år gamle Knut Berg") named
no one, so two outlets' ages for one person did not conflict."""

from __future__ import annotations

import pytest

import parallax
from parallax.ingest.clean import clean_paragraphs
from parallax.ingest.line_filters import line_reason
from parallax.records import Article
from tests.helpers import analyzed


def _compare(texts: list[str], lang: str, published: str = "2026-03-04T12:00:00+01:00") -> dict:
    arts = [Article(id=f"a{i}", text=t, language=lang, outlet=f"O{i}", published=published) for i, t in enumerate(texts)]
    return parallax.compare(arts).to_dict()


def _conflicts(d: dict) -> str:
    return str([f["conflicts"] for f in d["facts"] if f.get("conflicts")])


@pytest.mark.parametrize(
    "line",
    [
        "Pročitajte i: Gužve na autocesti A1",
        "Pročitajte još: Magla usporava promet",
        "Povezane vijesti",
        "Preberite tudi: Nesreča na avtocesti",
        "Se også: Storm lukker broen",
    ],
)
def test_a_south_slavic_or_scandinavian_read_also_line_is_dropped(line: str) -> None:
    body = "Tri osobe poginule su u srijedu u nesreći na autocesti kod Zadra."
    cleaned = clean_paragraphs([body, "Policija istražuje uzrok nesreće na mjestu događaja.", line])
    assert line not in cleaned.text and "Policija istražuje" in cleaned.text


@pytest.mark.parametrize(
    "line",
    [
        "Oglas",
        "Mainos päättyy",
        "Artikkeli jatkuu mainoksen jälkeen",
        "Artiklen fortsætter under annoncen",
        "Artikkelen fortsetter under annonsen",
        "Pokračovanie článku pod reklamou",
        "Članak se nastavlja ispod oglasa",
    ],
)
def test_an_advert_line_is_dropped(line: str) -> None:
    assert line_reason(line) is not None


@pytest.mark.parametrize("line", ["Oglas je objavljen u petak na stranici općine.", "Mainos päättyy ensi viikolla, sanoi johtaja."])
def test_a_sentence_about_an_advert_stays(line: str) -> None:
    assert line_reason(line) is None


@pytest.mark.parametrize(
    ("lang", "sentence", "dead", "injured"),
    [
        ("sk", "Pri požiari zahynuli traja ľudia a desať ďalších sa zranilo.", 3.0, 10.0),
        ("sk", "Zahynuli dvaja ľudia a piati sa ťažko zranili.", 2.0, 5.0),
        ("cs", "Dva lidé zemřeli a 14 dalších bylo zraněno.", 2.0, 14.0),
        ("hr", "Poginule su tri osobe a pet ih je ozlijeđeno.", 3.0, 5.0),
        ("sl", "Umrla sta dva človeka, deset se jih je poškodovalo.", 2.0, 10.0),
    ],
)
def test_a_slavic_count_before_others_or_a_reflexive_takes_its_own_participle(lang: str, sentence: str, dead: float, injured: float) -> None:
    from parallax.compare.roles import role

    art = analyzed(sentence, lang, "2026-03-04")
    roles = {q.value: role(art.text, q) for q in art.quantities}
    assert roles == {dead: "dead", injured: "injured"}


def test_slovak_dead_and_injured_conflict_apart() -> None:
    a = "Pri požiari bytového domu zahynuli dvaja ľudia a ďalších osem utrpelo zranenia."
    b = "Pri požiari bytového domu zahynuli traja ľudia a desať ďalších sa zranilo."
    conflicts = _conflicts(_compare([a, b], "sk"))
    assert "[2.0]" in conflicts and "[3.0]" in conflicts and "[8.0]" in conflicts and "[10.0]" in conflicts


@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("fi", "Kuljettaja Jari Mäkinen, 54, vietiin sairaalaan.", "56-vuotias kuljettaja Jari Mäkinen vietiin sairaalaan."),
        ("hr", "Vozač Ivan Horvat (47) prevezen je u bolnicu.", "49-godišnji vozač Ivan Horvat prevezen je u bolnicu."),
        ("da", "Lokomotivfører Jens Lund, 46, er indlagt.", "Den 45-årige lokomotivfører Jens Lund er indlagt."),
        ("no", "Knut Berg (34) ble fløyet til sykehus.", "38 år gamle Knut Berg ble fløyet til sykehus."),
    ],
)
def test_an_age_before_a_role_noun_and_a_name_is_the_named_persons(lang: str, a: str, b: str) -> None:
    d = _compare([a, b], lang)
    assert "'unit': 'age'" in _conflicts(d)


def test_an_equal_age_before_a_role_noun_agrees() -> None:
    d = _compare(["Vozač Ivan Horvat (47) prevezen je u bolnicu.", "47-godišnji vozač Ivan Horvat prevezen je u bolnicu."], "hr")
    assert "age" not in _conflicts(d)


def test_an_english_age_before_a_verb_names_no_one() -> None:
    from parallax.compare.ages import named_age

    text = "The 45-year-old hit Paul Brenner with a bottle."
    art = analyzed(text, "en", "2026-03-04")
    assert [named_age(art.text, q) for q in art.quantities if q.value == 45.0] == [None]


@pytest.mark.parametrize(
    ("lang", "sentence", "speaker"),
    [
        ("fi", "”Tilanne on vakaa”, vahvisti poliisin komisario Matti Virtanen.", "Matti Virtanen"),
        ("fi", "”Tilanne on vakaa”, ilmoitti Virtanen.", "Virtanen"),
        ("hr", '"Stanje je stabilno", istaknula je ministrica Ana Babić.', "Ana Babić"),
        ("hr", '"Stanje je stabilno", napomenuo je Kovač.', "Kovač"),
        ("sk", "„Situácia je stabilizovaná,“ skonštatoval Novák.", "Novák"),
        ("sk", "„Situácia je stabilizovaná,“ spresnila hovorkyňa Eva Malá.", "Eva Malá"),
        ("da", "»Situationen er under kontrol,« understregede politiinspektør Lars Holm.", "Lars Holm"),
        ("no", "– Situasjonen er under kontroll, konstaterte innsatsleder Knut Berg.", "Knut Berg"),
    ],
)
def test_another_verb_of_saying_names_the_speaker(lang: str, sentence: str, speaker: str) -> None:
    assert [q.speaker for q in analyzed(sentence, lang, "2026-03-04").quotes] == [speaker]


def test_a_finnish_quote_given_to_another_speaker_with_vahvisti_is_misattributed() -> None:
    a = "”Palo levisi nopeasti koko halliin”, sanoi palomestari Pekka Laine.\n\nPalo syttyi tiistaina."
    b = "”Palo levisi nopeasti koko halliin”, vahvisti toimitusjohtaja Sari Koskinen.\n\nPalo syttyi tiistaina."
    d = _compare([a, b], "fi")
    assert [q["misattributed"] for q in d["quotes"]] == [True]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Onnettomuus sattui sunnuntain vastaisena yönä.", "2026-02-28TNI"),
        ("Onnettomuus sattui lauantain ja sunnuntain välisenä yönä.", "2026-02-28TNI"),
        ("Tulipalo syttyi maanantain vastaisena yönä.", "2026-03-01TNI"),
    ],
)
def test_a_finnish_night_towards_a_weekday_is_the_night_before_it(sentence: str, value: str) -> None:
    from tests.helpers import resolved

    assert value in resolved("fi", sentence, "2026-03-04T12:00:00+02:00").values()


def test_a_finnish_weekday_genitive_alone_stays_the_day() -> None:
    from tests.helpers import resolved

    assert resolved("fi", "Sunnuntain ottelu peruttiin.", "2026-03-04T12:00:00+02:00") == {"Sunnuntain": "2026-03-01"}
