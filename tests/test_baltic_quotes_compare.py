"""Lithuanian and Latvian quotations, speakers, numbers and conflicts: the speaker after the quotation ('„...“, – sakė
atstovas Tomas Petrauskas.', '"...," sacīja Jānis Bērziņš.'), the source in the genitive ("pasak Petrausko", "pēc
Bērziņa teiktā"), reported speech with "kad"/"ka", scales ("1,2 mln. eurų", "2 miljoni eiro") and two reports of one
fire that disagree on the day and the speaker (the toll, "trys"/"penki žmonės", was read before the lexicons).  Invented sentences and outlets."""

from __future__ import annotations

import pytest

import parallax
from parallax.analyze.coverage import unread
from parallax.records import Article
from tests.helpers import analyzed, shown

PUB = "2026-03-14"


def _speakers(lang: str, text: str) -> list[tuple[str, str | None]]:
    return [(q.kind, q.speaker) for q in analyzed(text, lang, PUB).quotes]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("lt", "„Ugnis išplito labai greitai“, – sakė ugniagesių atstovas Tomas Petrauskas.", "Tomas Petrauskas"),
        ("lt", "Ministrė Rasa Jankauskienė pareiškė: „Mes nepasiduosime.“", "Rasa Jankauskienė"),
        ("lt", "„Situacija kontroliuojama“, – teigė Priešgaisrinės apsaugos ir gelbėjimo departamento atstovas Jonas Kazlauskas.",
         "Jonas Kazlauskas"),
        ("lv", "\"Uguns izplatījās ļoti ātri,\" sacīja dienesta pārstāvis Jānis Bērziņš.", "Jānis Bērziņš"),
        ("lv", "„Situācija ir kontrolēta,” teica Valsts ugunsdzēsības un glābšanas dienesta pārstāvis Andris Ozols.", "Andris Ozols"),
        # names that open on a Lithuanian or Latvian capital
        ("lt", "„Vanduo jau slūgsta“, – sakė seniūnė Ėglė Vaitkienė.", "Ėglė Vaitkienė"),
        ("lv", "\"Ceļš ir atjaunots,\" sacīja pašvaldības pārstāvis Ēriks Ābele.", "Ēriks Ābele"),
    ],
)  # fmt: skip
def test_speaker_of_a_quotation(lang, text, speaker):
    assert _speakers(lang, text) == [("direct", speaker)]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("lt", "Ministrė Rasa Jankauskienė lankėsi Kaune.\n\n„Sprendimas bus priimtas rytoj“, – pažymėjo ji.", "Rasa Jankauskienė"),
        ("lv", "Ministre Ilze Kalniņa apmeklēja Jelgavu.\n\n„Lēmums tiks pieņemts rīt,” piebilda viņa.", "Ilze Kalniņa"),
    ],
)  # fmt: skip
def test_pronoun_after_the_cue(lang, text, speaker):
    assert _speakers(lang, text)[-1] == ("direct", speaker)


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        # the genitive back in the nominative the article names him in
        ("lt", "Policijos atstovas Tomas Petrauskas atvyko į vietą.\n\nPasak Petrausko, nuostoliai siekia 1,2 mln. eurų.",
         "Tomas Petrauskas"),
        ("lt", "Pasak Kauno apskrities policijos atstovo Tomo Petrausko, gaisras kilo dėl elektros gedimo. Tomas Petrauskas tai patvirtino.",
         "Tomas Petrauskas"),
        ("lt", "Sandėlio savininkė Rasa Jankauskienė teigė, kad pastatas buvo apdraustas.", "Rasa Jankauskienė"),
        ("lv", "Policijas pārstāvis Jānis Bērziņš ieradās notikuma vietā.\n\nPēc Bērziņa teiktā, zaudējumi sasniedz 1,2 miljonus eiro.",
         "Jānis Bērziņš"),
        ("lv", "Noliktavas īpašniece Ilze Kalniņa norādīja, ka ēka bija apdrošināta.", "Ilze Kalniņa"),
    ],
)  # fmt: skip
def test_reported_speech_and_its_source(lang, text, speaker):
    assert _speakers(lang, text)[-1] == ("indirect", speaker)


@pytest.mark.parametrize(
    ("lang", "text", "value", "unit"),
    [
        ("lt", "Vyriausybė skyrė 2 milijonus eurų.", 2_000_000, "€"),
        ("lt", "Iš rajono evakuota 1,5 tūkst. gyventojų.", 1500, "gyventojų"),
        ("lv", "No pilsētas evakuēti 1,5 tūkst. iedzīvotāju.", 1500, "iedzīvotāju"),
    ],
)  # fmt: skip
def test_scales_in_their_cases(lang, text, value, unit):
    """The accusative of a scale ("2 milijonus eurų") and the noun after an abbreviated one ("1,5 tūkst. gyventojų")."""
    found = [(q.value, q.unit) for q in analyzed(text, lang, PUB).quantities]
    assert found == [(value, unit)]


_LT_A = """Per gaisrą Kauno rajone esančiame sandėlyje žuvo trys žmonės, pranešė Priešgaisrinės apsaugos ir gelbėjimo departamentas.

Gaisras kilo praėjusį antradienį apie 14 val.

„Ugnis išplito labai greitai, žmonės neturėjo laiko pasitraukti“, – sakė departamento atstovas Tomas Petrauskas."""
_LT_B = """Kauno rajone per gaisrą sandėlyje žuvo penki žmonės, pranešė ugniagesiai.

Gaisras kilo praėjusį pirmadienį apie 14 val.

„Ugnis išplito labai greitai“, – sakė sandėlio savininkė Rasa Jankauskienė."""
_LV_A = """Ugunsgrēkā noliktavā Ķekavas novadā gāja bojā trīs cilvēki, paziņoja Valsts ugunsdzēsības un glābšanas dienests.

Ugunsgrēks izcēlās pagājušajā otrdienā ap plkst. 14.30.

"Uguns izplatījās ļoti ātri, cilvēkiem nebija laika izglābties," sacīja dienesta pārstāvis Jānis Bērziņš."""
_LV_B = """Ķekavas novadā ugunsgrēkā noliktavā gāja bojā pieci cilvēki, paziņoja ugunsdzēsēji.

Ugunsgrēks izcēlās pagājušajā pirmdienā ap plkst. 14.30.

"Uguns izplatījās ļoti ātri," sacīja noliktavas īpašniece Ilze Kalniņa."""


@pytest.fixture(scope="module")
def comparisons() -> dict[str, dict]:
    out = {}
    for lang, (a, b) in {"lt": (_LT_A, _LT_B), "lv": (_LV_A, _LV_B)}.items():
        arts = [Article(id=f"{lang}_{k}", text=t, language=lang, published=PUB) for k, t in (("a", a), ("b", b))]
        out[lang] = parallax.compare(arts).to_dict()
    return out


def _conflicts(comparison: dict, kind: str) -> list[dict]:
    return [shown(c) for f in comparison["facts"] for c in f["conflicts"] if c["kind"] == kind]


@pytest.mark.parametrize(
    ("lang", "kind", "values"),
    [
        ("lt", "date", {"lt_a": ["2026-03-10"], "lt_b": ["2026-03-09"]}),
        ("lt", "speaker", {"lt_a": "Tomas Petrauskas", "lt_b": "Rasa Jankauskienė"}),
        ("lv", "date", {"lv_a": ["2026-03-10"], "lv_b": ["2026-03-09"]}),
        ("lv", "speaker", {"lv_a": "Jānis Bērziņš", "lv_b": "Ilze Kalniņa"}),
    ],
)
def test_two_reports_conflict(comparisons, lang, kind, values):
    assert _conflicts(comparisons[lang], kind) == [values]


@pytest.mark.parametrize("lang", ["lt", "lv"])
def test_every_check_is_made(comparisons, lang):
    assert (unread(lang), comparisons[lang]["limits"]) == ([], [])
