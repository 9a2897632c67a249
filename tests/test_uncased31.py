"""Speakers and ages in languages without capital letters or with long role phrases (Indonesian, Hindi, Persian,
Thai), left by the last QA round.  Found:

* Indonesian writes a role, its body, the body's place, a rank and the name as one run of capitals with no comma
  between, and the whole run was the speaker: '"…," kata Kepala BPBD Garut Asep Mulyana.' was "BPBD Garut Asep
  Mulyana", "Kapolres Garut AKBP Rio Wahyu" was "Garut AKBP Rio Wahyu" (:mod:`parallax.analyze.indonesian_names`);
  and a bare "lanjut" (went on) after a quotation named no speaker ('"…," lanjut Asep.');
* a Hindi pronoun took only the speaker of an earlier quotation, and "उन्होंने कहा" (the ergative written onto the
  pronoun) was no cue at all, so in 'राकेश ठाकुर ने बताया कि … । उन्होंने कहा, "…"' the quotation had no speaker
  (Chinese "他说：", Persian "وی گفت:" and Korean "그는 …라고 말했다" after reported speech likewise), and an Arabic or
  Persian cue with no subject ("وأضاف: «…»", and he added) was none;
* ages named no one where no capital marks a name: "52 वर्षीय मोहन लाल" and "मोहन लाल (52)" (the latter not even an
  age), "นายวิชัย ทองดี อายุ 61 ปี", so two outlets' ages for one person never conflicted; Persian "مرد ۴۵ ساله" (a
  45-year-old man) was a count of 45 "ساله"."""

from __future__ import annotations

import pytest

import parallax
from tests.helpers import analyzed, outlet_articles, shown


def _speakers(text: str, lang: str) -> list[str | None]:
    return [q.speaker for q in analyzed(text, lang, "2026-03-14").quotes]


_Q = '"Longsor terjadi sangat cepat," '


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (_Q + "kata Kepala BPBD Garut Asep Mulyana.", "Asep Mulyana"),
        (_Q + "kata Kapolres Garut AKBP Rio Wahyu.", "Rio Wahyu"),
        (_Q + "kata Kepala Dinas Sosial Jawa Barat Dedi Supriadi.", "Dedi Supriadi"),
        (_Q + "ujar Bupati Garut Rudy Gunawan.", "Rudy Gunawan"),
        # guards: a national office takes no place, a bare name and a role after the name stay as they were
        (_Q + "kata Menteri Kesehatan Budi Gunadi Sadikin.", "Budi Gunadi Sadikin"),
        (_Q + "kata Asep Mulyana.", "Asep Mulyana"),
        (_Q + "ujar Asep Mulyana, Kepala BPBD Garut.", "Asep Mulyana"),
        (_Q + "kata Kepala BNPB Suharyanto.", "Suharyanto"),
    ],
)
def test_an_indonesian_role_body_place_and_rank_are_no_part_of_the_name(sentence: str, speaker: str) -> None:
    assert _speakers(sentence, "id") == [speaker]


def test_the_indonesian_person_entity_is_the_name_after_the_role() -> None:
    art = analyzed("Kepala BPBD Garut Asep Mulyana meninjau lokasi longsor di Cikajang.", "id")
    assert "Asep Mulyana" in [e.text for e in art.entities if e.label == "PER"]


def test_a_run_of_capitals_with_no_person_stays_whole() -> None:
    from parallax.analyze.indonesian_names import name_start

    assert name_start("Gedung DPR Senayan") == 0  # a place: no title opens it, one word after the acronym
    assert name_start("Jawa Barat") == 0


def test_indonesian_bare_lanjut_after_a_quotation_names_the_speaker() -> None:
    text = 'Asep Mulyana meninjau lokasi longsor. "Kami butuh alat berat," lanjut Asep Mulyana.'
    assert _speakers(text, "id") == ["Asep Mulyana"]


def test_indonesian_lebih_lanjut_opening_a_sentence_is_still_no_cue() -> None:
    text = 'Asep Mulyana menjelaskan, "Evakuasi masih berlangsung." Lebih lanjut, "Kami butuh alat berat," tambahnya.'
    assert _speakers(text, "id") == ["Asep Mulyana", "Asep Mulyana"]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("hi", 'राकेश ठाकुर ने बताया कि आग सुबह लगी। उन्होंने कहा, "हम जांच कर रहे हैं।"', "राकेश ठाकुर"),
        ("zh", "消防局局长李明表示，火灾原因仍在调查之中。他说：“我们一定会查清楚。”", "李明"),
        ("fa", "رضا احمدی گفت که آتش‌سوزی صبح زود آغاز شد. وی گفت: «ما در حال بررسی هستیم».", "رضا احمدی"),
        # a cue with no subject opening its sentence, the verb carrying the person: "وأضاف" (and he added)
        ("ar", "وقال وزير الداخلية أحمد الحارثي إن الحريق اندلع في الصباح الباكر. وأضاف: «نحن نحقق في الأمر».", "أحمد الحارثي"),
        ("fa", "رضا احمدی گفت که آتش‌سوزی صبح زود آغاز شد. افزود: «ما در حال بررسی هستیم».", "رضا احمدی"),
    ],
)
def test_a_pronoun_after_reported_speech_takes_its_named_subject(lang: str, text: str, speaker: str) -> None:
    assert _speakers(text, lang)[-1] == speaker


def test_a_hindi_pronoun_takes_the_nearer_of_a_quotation_and_a_reported_statement() -> None:
    quoted = 'अनिल वर्मा ने कहा, "पानी तेजी से आया।" '
    reported = "राकेश ठाकुर ने बताया कि आग सुबह लगी। "
    pronoun = 'उन्होंने कहा, "हम जांच कर रहे हैं।"'
    assert _speakers(quoted + reported + pronoun, "hi")[-1] == "राकेश ठाकुर"
    assert _speakers(reported + quoted + pronoun, "hi")[-1] == "अनिल वर्मा"  # guard: the quotation is nearer


def test_a_pronoun_or_bare_cue_with_no_one_named_before_has_no_speaker() -> None:
    assert _speakers('आग सुबह लगी और कई घर जल गए। उन्होंने कहा, "हम जांच कर रहे हैं।"', "hi") == [None]
    assert _speakers("اندلع الحريق في الصباح الباكر. وأضاف: «نحن نحقق في الأمر».", "ar") == [None]


def _age_conflicts(texts: list[str], lang: str) -> list[dict]:
    facts = parallax.compare(outlet_articles(texts, lang)).to_dict()["facts"]
    return [shown(c) for f in facts for c in f["conflicts"] if shown(c).get("unit") == "age"]


_HI = "रामपुर की फैक्ट्री में मंगलवार को आग लग गई। "
_TH = "เกิดเหตุไฟไหม้โรงงานในอำเภอแม่สาย "


@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("hi", _HI + "52 वर्षीय मोहन लाल ने बताया कि आग रात में लगी।", _HI + "मोहन लाल (54) ने बताया कि आग रात में लगी।"),
        ("th", _TH + "นายวิชัย ทองดี อายุ 61 ปี เจ้าของโรงงาน กล่าวว่าไฟลุกลามเร็วมาก", _TH + "นายวิชัย ทองดี อายุ 63 ปี เจ้าของโรงงาน กล่าวว่าไฟลุกลามเร็วมาก"),
    ],
)
def test_one_persons_two_ages_conflict_without_capitals(lang: str, a: str, b: str) -> None:
    assert len(_age_conflicts([a, b], lang)) == 1


@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("hi", _HI + "52 वर्षीय मोहन लाल ने बताया कि आग रात में लगी।", _HI + "54 वर्षीय राम सिंह ने बताया कि आग रात में लगी।"),
        ("th", _TH + "นายวิชัย ทองดี อายุ 61 ปี เจ้าของโรงงาน กล่าวว่าไฟลุกลามเร็วมาก", _TH + "นายสมชาย ใจดี อายุ 63 ปี เจ้าของโรงงาน กล่าวว่าไฟลุกลามเร็วมาก"),
    ],
)
def test_two_peoples_ages_do_not_conflict_without_capitals(lang: str, a: str, b: str) -> None:
    assert _age_conflicts([a, b], lang) == []


def test_a_persian_age_after_a_persons_noun_is_an_age_and_a_span_stays_a_count() -> None:
    from parallax.analyze.quantities import AGE

    assert [q.unit for q in analyzed("یک مرد ۴۵ ساله در این حادثه کشته شد.", "fa").quantities] == [AGE]
    assert [q.unit for q in analyzed("قرارداد ۲۵ ساله امضا شد.", "fa").quantities] != [AGE]  # a 25-year contract


def test_an_age_beside_the_name_is_no_part_of_the_uncased_speaker() -> None:
    assert _speakers("मोहन लाल (52) ने बताया कि आग रात में लगी।", "hi") == ["मोहन लाल"]
