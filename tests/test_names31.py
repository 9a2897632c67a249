"""Names, speakers and alignment across four gaps (invented reports, people and places).

1. Serbian reports printed one in Cyrillic, one in Latin letters shared no word or name, so alignment met them on
   meaning alone and their times and ages went uncompared; story grouping read "Ниш" as "nish" beside "Niš".
2. Greek person names in the accusative or genitive ("σύμφωνα με τον Γιώργο Παπαδόπουλο") were no people.
3. A Slavic role with its town in the genitive kept the town in the speaker ("Župan Kranja Matjaž Rakovec").
4. Nordic particle verbs of saying whose particle follows the speaker ("la Berg til", "lade Berg till").
"""

from __future__ import annotations

import pytest

import parallax
from parallax.records import Article
from tests.helpers import shown

# --------------------------------------------------------------------------- 1. Serbian in two scripts

_SR_CYRILLIC = (
    "Три особе су погинуле у судару возова код Ниша у уторак.\n\n"
    "Воз је ударио у теретну композицију око 14 часова, саопштила је полиција.\n\n"
    "„Истрага ће бити брза и темељна“, рекао је министар Драган Милетић.\n\n"
    "Машиновођа Зоран Петковић (52) је тешко повређен."
)
_SR_LATIN = (
    "Četiri osobe su poginule u sudaru vlakova kod Niša u sredu.\n\n"
    "Voz je udario u teretnu kompoziciju oko 15 časova, saopštila je policija.\n\n"
    "„Istraga će biti brza i temeljna“, rekao je ministar Dragan Miletić.\n\n"
    "Mašinovođa Zoran Petković (54) je teško povređen."
)


def _compare(texts: list[str], lang: str | None) -> dict:
    arts = [Article(id=o.lower(), text=t, language=lang, outlet=o, published="2026-03-14") for o, t in zip("AB", texts, strict=False)]
    return parallax.compare(arts).to_dict()


def _conflict_kinds(result: dict) -> list[tuple[str, dict]]:
    return [(c["kind"], shown(c)) for f in result["facts"] for c in f["conflicts"]]


@pytest.fixture(scope="module")
def serbian_two_scripts() -> dict:
    return _compare([_SR_CYRILLIC, _SR_LATIN], "sr")


def test_serbian_reports_in_two_scripts_align_sentence_by_sentence(serbian_two_scripts: dict) -> None:
    facts = serbian_two_scripts["facts"]
    assert len(facts) == 4 and all({s["article"] for s in f["sentences"]} == {"a", "b"} for f in facts)


def test_serbian_reports_in_two_scripts_compare_their_times_tolls_and_ages(serbian_two_scripts: dict) -> None:
    conflicts = str(_conflict_kinds(serbian_two_scripts))
    assert "2026-03-10" in conflicts and "2026-03-11" in conflicts  # Tuesday / Wednesday
    assert "14:00" in conflicts and "15:00" in conflicts
    assert "52.0" in conflicts and "54.0" in conflicts and "'age'" in conflicts


def test_the_cyrillic_report_is_shown_as_printed(serbian_two_scripts: dict) -> None:
    shown = [s["text"] for f in serbian_two_scripts["facts"] for s in f["sentences"] if s["article"] == "a"]
    assert shown[0] == "Три особе су погинуле у судару возова код Ниша у уторак."
    assert serbian_two_scripts["articles"][0]["text"] == _SR_CYRILLIC


def test_a_serbian_cyrillic_sentence_is_compared_in_latin_letters() -> None:
    from parallax.compare.align import sentence_infos
    from tests.helpers import analysed_articles

    cyr, lat = analysed_articles(["Министар Александар Вучић је рекао да ће истрага бити брза.",
                                  "Ministar Aleksandar Vučić je rekao da će istraga biti brza."], "sr")
    a, b = (infos[0] for infos in sentence_infos([cyr, lat], {}))
    assert a.compared == b.text and a.words == b.words and a.text.startswith("Министар")
    assert b.form == ""  # a Latin sentence is compared as printed


@pytest.mark.parametrize("lang", ["ru", "bg", "uk"])
def test_other_cyrillic_languages_are_not_transliterated_the_serbian_way(lang: str) -> None:
    from parallax.serbian_script import latin_form, serbian_cyrillic

    text = "Министр Иван Жуков сказал, что расследование будет быстрым."
    assert not serbian_cyrillic(text, lang) and latin_form(text, serbian_cyrillic(text, lang)) == text


def test_a_serbian_cyrillic_report_without_a_language_is_known_by_its_letters() -> None:
    from parallax.serbian_script import serbian_cyrillic

    assert serbian_cyrillic(_SR_CYRILLIC, None)
    assert not serbian_cyrillic("Министр Иван Жуков сказал, что расследование будет быстрым.", None)


@pytest.mark.parametrize(("latin_speaker", "conflict"), [("Dragan Miletić", False), ("Jovana Ristić", True)])
def test_one_speaker_in_two_scripts_is_one_person(latin_speaker: str, conflict: bool) -> None:
    a = "Министар Драган Милетић обишао је место несреће у уторак.\n\n„Нико неће остати без помоћи“, рекао је Драган Милетић."
    b = f"Ministar Dragan Miletić obišao je mesto nesreće u utorak.\n\n„Niko neće ostati bez pomoći“, rekao je {latin_speaker}."
    kinds = [k for k, _ in _conflict_kinds(_compare([a, b], "sr"))]
    assert ("speaker" in kinds) is conflict


def test_story_grouping_reads_serbian_cyrillic_names_and_words_in_latin_letters() -> None:
    from parallax.stories.features import lead_text, signals_without_vector

    cyr = Article(id="a", language="sr", title="Судар возова код Ниша", text="Машиновођа Зоран Петковић је повређен код Ниша.")
    lat = Article(id="b", language="sr", title="Sudar vozova kod Niša", text="Mašinovođa Zoran Petković je povređen kod Niša.")
    parallax.analyze([cyr, lat])
    sa, sb = signals_without_vector(cyr), signals_without_vector(lat)
    assert "nisa" in sa.names and set(sa.names) == set(sb.names)
    assert sa.words == sb.words
    assert lead_text(cyr) == lead_text(lat)


def test_serbian_stop_words_hold_in_latin_letters_too() -> None:
    from parallax.stories.features import stop_words

    assert {"kojima", "којима", "jer"} <= stop_words("sr")


# --------------------------------------------------------------------------- 2. Greek names in the genitive and accusative


@pytest.mark.parametrize(
    ("written", "nominative"),
    [
        ("Γιώργο Παπαδόπουλο", "Γιώργος Παπαδόπουλος"),  # accusative
        ("Νίκου Δημητρίου", "Νίκος Δημητρίου"),  # genitive; a surname in -ου is one in every case
        ("Κώστα Αλεξίου", "Κώστας Αλεξίου"),
        ("Γιάννη Μαυράκη", "Γιάννης Μαυράκης"),
        ("Ελένης Σταθοπούλου", "Ελένη Σταθοπούλου"),  # a woman's genitive: her surname does not decline
        ("Ελένη Σταθοπούλου", "Ελένη Σταθοπούλου"),  # guards: nominatives stay
        ("Γιώργος Παπαδόπουλος", "Γιώργος Παπαδόπουλος"),
        ("Μαρία Κανελλοπούλου", "Μαρία Κανελλοπούλου"),
        ("Άνω Ραβένια", "Άνω Ραβένια"),  # no given name: a place stays
    ],
)
def test_a_greek_name_in_another_case_is_read_in_the_nominative(written: str, nominative: str) -> None:
    from parallax.analyze.greek_names import greek_nominative

    assert greek_nominative(written) == nominative


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Ο δρόμος θα ανοίξει ξανά, σύμφωνα με τον Γιώργο Παπαδόπουλο.", "Γιώργο Παπαδόπουλο"),
        ("Ο δρόμος θα ανοίξει ξανά, σύμφωνα με δήλωση του Νίκου Δημητρίου.", "Νίκου Δημητρίου"),
        ("Ο δρόμος θα ανοίξει ξανά, σύμφωνα με τον υπουργό Κώστα Αλεξίου.", "Κώστα Αλεξίου"),
        ("«Ο δρόμος θα ανοίξει ξανά», δήλωσε ο Γιώργος Παπαδόπουλος.", "Γιώργος Παπαδόπουλος"),
    ],
)
def test_a_greek_speaker_in_the_genitive_or_accusative_is_a_person(sentence: str, name: str) -> None:
    from tests.helpers import analyzed

    art = analyzed(sentence, "el")
    assert [(e.text, e.label) for e in art.entities if e.label in ("PER", "PERSON")] == [(name, "PER")]
    assert [q.speaker for q in art.quotes] == [name]


def test_a_greek_name_in_the_accusative_points_at_the_nominative_the_article_writes() -> None:
    from tests.helpers import analyzed

    art = analyzed("Ο Γιώργος Παπαδόπουλος επισκέφθηκε το χωριό. Ο δρόμος θα ανοίξει, σύμφωνα με τον Γιώργο Παπαδόπουλο.", "el")
    assert {e.canonical for e in art.entities if e.label == "PER"} == {"Γιώργος Παπαδόπουλος"}


_EL_BASE = "Κατολίσθηση έκλεισε τον δρόμο προς το χωριό Άνω Ραβένια την Τρίτη.\n\n"


@pytest.mark.parametrize(("cue", "conflict"), [("σύμφωνα με τον Γιώργο Παπαδόπουλο", False), ("σύμφωνα με τον Νίκο Δημητρίου", True)])
def test_greek_reports_meet_on_one_person_in_two_cases(cue: str, conflict: bool) -> None:
    a = _EL_BASE + "«Ο δρόμος θα ανοίξει ξανά την Πέμπτη», δήλωσε ο Γιώργος Παπαδόπουλος."
    b = _EL_BASE + f"«Ο δρόμος θα ανοίξει ξανά την Πέμπτη», {cue}."
    result = _compare([a, b], "el")
    assert ("speaker" in [k for k, _ in _conflict_kinds(result)]) is conflict
    people = [e for e in result["entities"] if e["label"] == "PERSON"]
    if not conflict:
        assert people == [{"text": "Γιώργος Παπαδόπουλος", "label": "PERSON", "articles": ["a", "b"]}]


# --------------------------------------------------------------------------- 3. a role's town in the genitive


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("sl", "Župan Kranja Matjaž Rakovec je dejal: »Cesta bo zaprta do petka.«", "Matjaž Rakovec"),
        ("sl", "»Cesta bo zaprta do petka,« je dejal župan Kranja Matjaž Rakovec.", "Matjaž Rakovec"),
        ("hr", "Gradonačelnik Zadra Vedran Pavić rekao je: »Cesta će biti zatvorena do petka.«", "Vedran Pavić"),
        ("pl", "Burmistrz Krakowa Zdzisław Wrona powiedział: „Droga będzie zamknięta do piątku”.", "Zdzisław Wrona"),
        ("cs", "Starosta Brna Radim Kubíček řekl: „Silnice bude uzavřena do pátku.“", "Radim Kubíček"),
        ("sk", "Primátor Košíc Ľubomír Hruška povedal: „Cesta bude uzavretá do piatku.“", "Ľubomír Hruška"),
        # guards: a role with no town, a name of three words whose first is a given name
        ("sl", "Župan Matjaž Rakovec je dejal: »Cesta bo zaprta do petka.«", "Matjaž Rakovec"),
        ("pl", "Minister Jan Maria Rokita powiedział: „Droga będzie zamknięta do piątku”.", "Jan Maria Rokita"),
    ],
)
def test_a_slavic_role_s_town_in_the_genitive_is_no_part_of_the_speaker(lang: str, text: str, speaker: str) -> None:
    from tests.helpers import analyzed

    art = analyzed(text, lang)
    assert [q.speaker for q in art.quotes] == [speaker]
    assert (speaker, "PER") in [(e.text, e.label) for e in art.entities]


# --------------------------------------------------------------------------- 4. Nordic particle verbs of saying


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("no", "– Vi er glade for avgjørelsen, la Berg til.", "Berg"),
        ("no", "– Vi er glade for avgjørelsen, la ordfører Kari Berg til.", "Kari Berg"),
        ("no", "Kari Berg åpnet møtet.\n\n– Det er trist, la hun til.", "Kari Berg"),
        ("no", "– Vi er glade for avgjørelsen, la til Berg.", "Berg"),
        ("no", "– Vi er glade for avgjørelsen, legger Berg til.", "Berg"),
        ("da", "– Vi er glade for afgørelsen, føjede Holm til.", "Holm"),
        ("da", "– Vi er glade for afgørelsen, tilføjede Holm.", "Holm"),
        ("sv", "– Vi är glada över beslutet, tillade Lind.", "Lind"),
        ("sv", "– Vi är glada över beslutet, lade Lind till.", "Lind"),
        ("sv", "– Vi är glada över beslutet, la Lind till.", "Lind"),
        # guards: a verb of saying as before; "la" that puts something, its particle not closing the clause
        ("no", "– Vi er glade for avgjørelsen, sa Berg.", "Berg"),
        ("no", "– Det er trist, sa Berg og la blomster på graven.", "Berg"),
    ],
)
def test_a_nordic_particle_verb_names_the_speaker_between_verb_and_particle(lang: str, text: str, speaker: str) -> None:
    from tests.helpers import analyzed

    assert [q.speaker for q in analyzed(text, lang).quotes] == [speaker]


def test_la_with_its_particle_inside_the_clause_is_no_cue() -> None:
    import re

    from parallax.analyze.quotes.cue_lexicon import LEXICAL_CUES

    cues = re.compile(f"(?i:{LEXICAL_CUES['no']})")
    assert cues.search("Kommunen la en ny plan til grunn.") is None
    assert cues.search("– Vi er glade, la Berg til.").group() == "la"


def test_a_greek_person_named_as_an_object_does_not_take_a_subjectless_cue() -> None:
    from tests.helpers import analyzed

    text = ("Ο λιμενάρχης Σταύρος Ρήγας είπε: «Το λιμάνι μένει κλειστό».\n\n"
            "Ο λιμενάρχης συνάντησε τον Γιώργο Παπαδόπουλο στο λιμάνι. «Θα δοθούν αποζημιώσεις», λέει.")
    assert [q.speaker for q in analyzed(text, "el").quotes] == ["Σταύρος Ρήγας", "Σταύρος Ρήγας"]
