"""Session 37 QA, numbers and speakers: Hungarian percentages in every case, Vietnamese counted nouns of two
syllables and their kinds, the Arabic dunam, and the speakers of a joint statement and of a Slovenian bare role."""

from __future__ import annotations

import pytest

from parallax.analyze.quantities import find_quantities
from parallax.compare.noun_kinds import kind_of
from tests.helpers import analyzed


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A munkanélküliség 4,3 százalékról 4,5 százalékra nőtt.", [(4.3, "%"), (4.5, "%")]),
        ("Az árak 5 százalékkal emelkedtek.", [(5.0, "%")]),
        ("A 15 százalékos béremelés.", [(15.0, "%")]),
        ("A dolgozók 85 százaléka sztrájkol.", [(85.0, "%")]),
        ("Az infláció 3 százaléktól 6 százalékig terjedhet.", [(3.0, "%"), (6.0, "%")]),
    ],
)
def test_a_hungarian_percentage_in_any_case_is_a_percent(text: str, found: list[tuple[float, str]]) -> None:
    """'4,3 százalékról' (from 4.3 percent) was a count of 'százalékról', and so not comparable with '4.3%'."""
    assert [(q.value, q.unit) for q in find_quantities(text, "hu", [])] == found


def test_a_hungarian_percentage_point_is_no_percent() -> None:
    assert all(q.unit != "%" for q in find_quantities("A kamat 2 százalékponttal nőtt.", "hu", []))


@pytest.mark.parametrize(
    ("text", "noun", "kind"),
    [
        ("Xe chở 87 hành khách.", "hành khách", "passenger"),
        ("Có 22 phương tiện bị hư hỏng.", "phương tiện", "vehicle"),
        ("Khoảng 300 người biểu tình tụ tập.", "người biểu tình", "protester"),
        ("Có 12 cảnh sát bị thương.", "cảnh sát", "police"),
        ("Có 40 học sinh được sơ tán.", "học sinh", "student"),
        ("Có 5 chiếc xe máy bị cuốn trôi.", "xe máy", "vehicle"),
    ],
)
def test_a_vietnamese_counted_noun_keeps_all_its_syllables(text: str, noun: str, kind: str) -> None:
    """Vietnamese spaces its syllables: '87 hành khách' counted 'hành' ('to act'), never passengers."""
    units = [q.unit for q in find_quantities(text, "vi", [])]
    assert units == [noun]
    assert kind_of(noun) == kind


def test_a_vietnamese_noun_of_one_syllable_stays_as_it_was() -> None:
    assert [q.unit for q in find_quantities("62 người bị thương.", "vi", [])] == ["người"]


@pytest.mark.parametrize(
    ("text", "lang", "hectares"),
    [
        ("Η φωτιά έκαψε 32.000 στρέμματα.", "el", 3200.0),
        ("Yangında 500 dönümü kül oldu.", "tr", 50.0),
        ("صادرت السلطات 1200 دونماً من الأراضي.", "ar", 120.0),
        ("احترق 500 دونم من الأراضي.", "ar", 50.0),
    ],
)
def test_a_stremma_a_donum_and_a_dunam_are_areas(text: str, lang: str, hectares: float) -> None:
    from parallax.compare.measures import measures

    art = analyzed(text, lang)
    assert [(kind, round(value)) for kind, value, _, _, _ in measures(art, art.sentences[0])] == [("area", hectares)]


@pytest.mark.parametrize(("dunams", "conflict"), [(1200, False), (480, False), (9000, True)])
def test_an_arabic_dunam_spans_the_levantine_and_the_iraqi_unit(dunams: int, conflict: bool) -> None:
    """The dunam is 1,000 m² in the Levant and 2,500 m² in Iraq: 120 hectares agrees with 1,200 dunams or 480."""
    from parallax.compare.measures import measure_conflicts

    en = analyzed("Authorities seized 120 hectares of land.", "en")
    ar = analyzed(f"صادرت السلطات {dunams} دونم من الأراضي.", "ar")
    assert bool(measure_conflicts(en, en.sentences[0], ar, ar.sentences[0])) is conflict


def test_a_vietnamese_building_is_no_house() -> None:
    """'tòa' is a classifier and the first syllable of 'tòa nhà', a building: '3 ngôi nhà' still counts houses."""
    units = [q.unit for q in find_quantities("Có 3 tòa nhà và 5 ngôi nhà bị sập.", "vi", [])]
    assert units == ["tòa nhà", "nhà"]
    assert [kind_of(u) for u in units] == ["building", "dwelling"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Cumhurbaşkanı Erdoğan zirveye katıldı. Liderler ortak bildiride, "Bölgesel işbirliğini güçlendirmeye '
            'kararlıyız" ifadelerine yer verdi.',
            "Liderler",
        ),
        ('Bakanlık yazılı duyurusunda, "Okullar pazartesi açılacak" dedi.', "Bakanlık"),
    ],
)
def test_a_turkish_group_speaking_in_a_joint_statement_is_the_speaker(text: str, speaker: str) -> None:
    """'Liderler ortak bildiride, "…" ifadelerine yer verdi': the leaders, not Erdoğan named the sentence before."""
    assert [q.speaker for q in analyzed(text, "tr").quotes] == [speaker]


def test_a_turkish_adverb_opening_the_sentence_is_no_subject() -> None:
    text = 'Vali Ahmet Yıldırım okulları ziyaret etti. Dün yaptığı açıklamada, "Okullar pazartesi açılacak" dedi.'
    assert [q.speaker for q in analyzed(text, "tr").quotes] != ["Dün"]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ('"Vlada bo ukrepala hitro," je povedala predsednica vlade.', "sl", "predsednica vlade"),
        ('"Vlada bo ukrepala hitro," je dejal minister za finance.', "sl", "minister za finance"),
        ("„Będziemy działać szybko” – powiedział rzecznik policji.", "pl", "rzecznik policji"),
    ],
)
def test_a_slavic_bare_role_and_what_it_is_of_after_the_cue_speaks(text: str, lang: str, speaker: str) -> None:
    """'je povedala predsednica vlade.' had no speaker: a role and its bare genitive, with no article to open it."""
    assert [q.speaker for q in analyzed(text, lang).quotes] == [speaker]


@pytest.mark.parametrize(
    "text",
    ['"Vlada bo ukrepala hitro," je povedala včeraj zjutraj.', '"Vlada bo ukrepala hitro," je dejal minister Janez Novak.'],
)
def test_no_bare_role_where_the_words_after_the_cue_are_none(text: str) -> None:
    assert [q.speaker for q in analyzed(text, "sl").quotes] in ([None], ["Janez Novak"])


@pytest.mark.parametrize(
    "text",
    [
        'وقال القادة في بيان مشترك، صدر عقب القمة: "نحن ملتزمون بتعزيز التعاون".',
        'وقال القادة في بيان مشترك، واتفق القادة على عقد اجتماع آخر: "نحن ملتزمون بتعزيز التعاون".',
        '"نحن ملتزمون بتعزيز التعاون"، قال القادة في بيان مشترك، واتفق القادة.',
    ],
)
def test_an_arabic_group_speaking_in_a_joint_statement_is_the_speaker(text: str) -> None:
    """The phrase after a circumstance in commas ("في بيان مشترك، صدر عقب القمة") is no name in apposition: the
    speaker was "صدر عقب القمة" or "واتفق القادة", the start of the next clause."""
    assert [q.speaker for q in analyzed(text, "ar").quotes] == ["القادة"]


@pytest.mark.parametrize(
    "text",
    [
        "« Nous restons déterminés à renforcer notre coopération régionale », ont déclaré les dirigeants.",
        "« Nous restons déterminés à renforcer notre coopération régionale », ont affirmé les dirigeants dans un "
        "communiqué commun.",
    ],
)
def test_a_french_plural_cue_after_the_quotation_names_its_group(text: str) -> None:
    """The cues were singular only ("a déclaré"): "ont déclaré les dirigeants" left the quotation without a speaker."""
    assert [q.speaker for q in analyzed(text, "fr").quotes] == ["dirigeants"]


@pytest.mark.parametrize(
    "text",
    [
        'التقى وزير الخارجية أحمد الحارثي بنظيره. وقال في مؤتمر صحفي: "نحن ملتزمون بتعزيز التعاون".',
        'واتفق القادة على عقد اجتماع آخر. وقالوا في بيان مشترك: "نحن ملتزمون بتعزيز التعاون".',
    ],
)
def test_where_an_arabic_subjectless_cue_was_said_is_no_speaker(text: str) -> None:
    """'وقال في مؤتمر صحفي:' (he said at a news conference) gave "في مؤتمر صحفي" as the speaker."""
    speakers = [q.speaker for q in analyzed(text, "ar").quotes]
    assert len(speakers) == 1 and not (speakers[0] or "").startswith("في")
