"""End-to-end QA in Lithuanian, Latvian, Romanian, Hebrew and Indonesian: invented reports of one event (a bus crash,
a factory fire, a flood, a building collapse, a landslide) told by two outlets, trimmed to the behaviour each test
checks.  Found: the "read also" lead-ins of Lithuanian, Latvian, Hebrew and Indonesian ("Skaitykite taip pat:", "Lasiet
arī:", "קראו גם:", "Baca juga:"), the follow-us calls of all five ("Sekite mus „Facebook“", "Seko mums Facebook",
"Urmărește-ne pe Facebook", "עקבו אחרינו בטלגרם", "Ikuti kami di Google News"), the share labels ("Dalintis",
"Distribuie articolul", "שתפו את הכתבה", "Bagikan artikel ini"), the source lines ("Šaltinis: BNS", "Avots: LETA",
"Sursa: Agerpres", "Sumber: Antara", "מקור: ..."), tag lines ("Žymės:", "Etichete:", "תגיות:"), photo credits
("Nuotr. Lino Vaitkaus", "צילום: ...") and comment counters ("Komentarai (12)") stayed in the text as facts of one
outlet alone; a network's name in quotation marks, as Lithuanian writes it, kept a call as reporting; a source line
above a photo credit ended the page's furniture at the bottom, and a block of furniture lines above the last one
stayed one paragraph; a Hebrew age after a name ("משה כהן, בן 52"), a Lithuanian "52 metų vairuotojas Petras Jankauskas" or
"Petras Jankauskas (54 m.)" and a Latvian "48 gadus vecais Jānis Kalniņš" named no one (the Baltic ones were spans of
years or metres), so two outlets' ages did not conflict; and some verbs of saying named no speaker: Lithuanian "patvirtino", "pasakojo", "informavo", Latvian
"pastāstīja", "apstiprināja", Romanian "a povestit", Hebrew "תיאר", "פירט", Indonesian "sebut", "papar", "tambah"."""

from __future__ import annotations

import pytest

import parallax
from parallax.ingest.clean import clean_paragraphs, split_paragraphs
from parallax.records import Article
from tests.helpers import shown

_BODY = "Antradienį netoli Raseinių apvirto keleivinis autobusas, žuvo trys žmonės."
_MORE = "Policija aiškinasi avarijos priežastis."


def _cleaned(*lines: str) -> str:
    return clean_paragraphs([_BODY, _MORE, *lines]).text


@pytest.mark.parametrize(
    "line",
    [
        "Skaitykite taip pat: Vilniuje atidarytas naujas tiltas",
        "Lasiet arī: Jūrmalā atklāts jauns peldbaseins",
        "קראו גם: נפתח גשר חדש בתל אביב",
        "Baca juga: Banjir Rendam Ratusan Rumah di Bandung",
        "Berita terkait: Jalan Tol Cipularang Ditutup",
    ],
)
def test_a_read_also_line_is_dropped(line: str) -> None:
    text = clean_paragraphs([_BODY, line, _MORE]).text
    assert line not in text and _MORE in text


@pytest.mark.parametrize(
    "line",
    [
        "Sekite mus „Facebook“",
        "Daugiau naujienų – mūsų „Telegram“ kanale",
        "Seko mums Facebook un Twitter",
        "Urmărește-ne pe Facebook și Google News",
        "עקבו אחרינו בטלגרם",
        "הצטרפו לערוץ הווטסאפ שלנו",
        "Ikuti kami di Google News",
        "Simak berita terkini lainnya di WhatsApp Channel kami",
        "Dalintis",
        "Dalies ar šo rakstu",
        "Distribuie articolul",
        "שתפו את הכתבה",
        "Bagikan artikel ini",
    ],
)
def test_a_follow_us_or_share_line_is_dropped(line: str) -> None:
    text = _cleaned(line)
    assert line not in text and _MORE in text


@pytest.mark.parametrize(
    "line",
    [
        "„Sekite mus“, – ragino policija gyventojus.",  # a quotation, its speaker after the dash
        "Bagikan bantuan kepada warga yang terdampak, kata bupati.",  # the verb, reporting
        "Bendrovė „Lietuvos paštas“ pranešė apie naują tvarką.",  # a firm's name in quotation marks, no call
        "Sursa incendiului nu a fost încă stabilită de anchetatori.",  # "the source of the fire", no label
    ],
)
def test_reporting_with_the_same_words_stays(line: str) -> None:
    assert line in _cleaned(line)


def test_the_furniture_at_the_bottom_goes_past_a_source_line() -> None:
    raw = f"{_BODY}\n\n{_MORE}\n\nNuotr. Lino Vaitkaus\n\nSekite mus „Facebook“\n\nŠaltinis: BNS\nŽymės: avarija, autobusas"
    cleaned = clean_paragraphs(split_paragraphs(raw))
    assert cleaned.text == f"{_BODY}\n\n{_MORE}"


@pytest.mark.parametrize(
    "block",
    ["Avots: LETA\nTagi: ugunsgrēks, Rīga", "Sursa: Agerpres\nEtichete: inundații, Vrancea", "מקור: כאן חדשות\nתגיות: חיפה, קריסת מבנה"],
)
def test_a_source_and_tag_block_is_dropped(block: str) -> None:
    cleaned = clean_paragraphs(split_paragraphs(f"{_BODY}\n\n{_MORE}\n\nFoto: Māris Zariņš\n\n{block}"))
    assert cleaned.text == f"{_BODY}\n\n{_MORE}"


def test_a_block_of_furniture_lines_above_the_last_one_is_split() -> None:
    raw = f"{_BODY}\n\n{_MORE}\n\nDalintis\nKomentarai (12)\n\nDaugiau naujienų – mūsų „Telegram“ kanale"
    assert clean_paragraphs(split_paragraphs(raw)).text == f"{_BODY}\n\n{_MORE}"


def test_a_wrapped_paragraph_of_reporting_above_the_last_block_stays_whole() -> None:
    raw = f"{_BODY}\n\nPolicija aiškinasi\navarijos priežastis.\n\nŠaltinis: BNS"
    assert clean_paragraphs(split_paragraphs(raw)).text == f"{_BODY}\n\n{_MORE}"


def _age_conflicts(a: str, b: str, lang: str) -> list[dict]:
    arts = [Article(id=f"a{i}", text=t, language=lang, outlet=f"O{i}", published="2026-03-14T12:00:00+02:00") for i, t in enumerate((a, b))]
    facts = parallax.compare(arts).to_dict()["facts"]
    return [shown(c) for f in facts for c in f["conflicts"] if shown(c).get("unit") == "age"]


def test_a_hebrew_age_after_a_name_is_the_named_persons() -> None:
    a = "המבנה קרס ביום שלישי בחיפה. הנהג משה כהן, בן 52, נעצר."
    b = "המבנה קרס ביום שלישי בחיפה. הנהג משה כהן, בן 55, נעצר."
    assert [sorted(v for k, v in c.items() if k != "unit") for c in _age_conflicts(a, b, "he")] == [[[52.0], [55.0]]]


def test_an_equal_hebrew_age_agrees_and_a_child_names_no_one() -> None:
    from parallax.compare.ages import named_age
    from tests.helpers import analyzed

    a = "המבנה קרס ביום שלישי בחיפה. הנהג משה כהן, בן 52, נעצר."
    assert _age_conflicts(a, a, "he") == []
    art = analyzed("בין הנפגעים ילד בן 9.", "he", "2026-03-14")
    assert [named_age(art.text, q) for q in art.quantities] == [None]


@pytest.mark.parametrize(
    ("lang", "sentence", "speaker"),
    [
        ("lt", "„Autobusas nuslydo nuo kelio“, – patvirtino policijos atstovas Tomas Žilinskas.", "Tomas Žilinskas"),
        ("lt", "„Autobusas nuslydo nuo kelio“, – pasakojo keleivė Ona Kazlauskienė.", "Ona Kazlauskienė"),
        ("lv", "„Liesmas izplatījās ļoti ātri,” pastāstīja VUGD pārstāve Inga Ozola.", "Inga Ozola"),
        ("lv", "„Liesmas izplatījās ļoti ātri,” apstiprināja Jānis Kalniņš.", "Jānis Kalniņš"),
        ("ro", "„Apa a venit peste noi în câteva minute”, a povestit Maria Dumitrescu.", "Maria Dumitrescu"),
        ("he", '"המבנה קרס תוך שניות", תיאר מפקד הכבאים יוסי לוי.', "יוסי לוי"),
        ("he", '"המבנה קרס תוך שניות", פירטה רחל אברהם.', "רחל אברהם"),
        ("id", '"Longsor terjadi sangat cepat," sebut Asep Mulyana.', "Asep Mulyana"),
        ("id", '"Longsor terjadi sangat cepat," tambah Asep Mulyana.', "Asep Mulyana"),
    ],
)
def test_another_verb_of_saying_names_the_speaker(lang: str, sentence: str, speaker: str) -> None:
    from tests.helpers import analyzed

    assert [q.speaker for q in analyzed(sentence, lang, "2026-03-14").quotes] == [speaker]


def test_indonesian_lebih_lanjut_before_a_quotation_is_no_speaker() -> None:
    from tests.helpers import analyzed

    text = 'Asep Mulyana menjelaskan, "Evakuasi masih berlangsung." Lebih lanjut, "Kami butuh alat berat," tambahnya.'
    assert [q.speaker for q in analyzed(text, "id", "2026-03-14").quotes] == ["Asep Mulyana", "Asep Mulyana"]


@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("lt", "Autobusą vairavo 52 metų vairuotojas Petras Jankauskas.", "Autobusą vairavo vairuotojas Petras Jankauskas (54 m.)."),
        ("lv", "Rūpnīcas vadītājs 48 gadus vecais Jānis Kalniņš tika hospitalizēts.", "Rūpnīcas vadītājs Jānis Kalniņš (46) tika hospitalizēts."),
    ],
)
def test_a_baltic_age_in_years_is_the_named_persons(lang: str, a: str, b: str) -> None:
    assert len(_age_conflicts(a, b, lang)) == 1


@pytest.mark.parametrize(
    ("lang", "sentence", "kept"),
    [
        ("lt", "Įmonė švenčia 52 metų istoriją.", "52 metų"),  # a history of 52 years
        ("lv", "Uzņēmums darbojas jau 30 gadus.", "30 gadus"),
    ],
)
def test_a_baltic_span_of_years_stays_a_span(lang: str, sentence: str, kept: str) -> None:
    from tests.helpers import resolved

    assert kept in resolved(lang, sentence, "2026-03-14")


def test_a_length_in_metres_in_brackets_is_no_age() -> None:
    from parallax.analyze.quantities import AGE
    from tests.helpers import analyzed

    assert [q.unit for q in analyzed("Tiltas (120 m.) bus remontuojamas.", "lt", "2026-03-14").quantities] != [AGE]
