"""QA round 43a: a scheduled event in a verbless "with" clause (en), ages told with a verb or a noun of age (ar, he,
hi), Devanagari years (hi), and speakers cut from the role words around them (it, fr): each test holds one rule of
the language or of news writing the round found missing."""

from __future__ import annotations

from tests.helpers import resolved


def test_a_weekday_closing_a_with_clause_of_a_scheduled_event_is_the_coming_one():
    # published on Friday 20 November 2026: the coming Tuesday is the 24th, the last one the 17th
    pub = "2026-11-20T10:00"
    assert resolved("en", "The bill now heads to the upper house, with the final vote in the Senate on Tuesday.", pub)["Tuesday"] == "2026-11-24"
    assert resolved("en", "The tie stands at one win apiece, with the third match at Eden Park on Tuesday, Moana Tuilagi said.", pub)["Tuesday"] == "2026-11-24"
    # a past clause before the "with" keeps the day gone by, and so does a noun of no schedule
    assert resolved("en", "The series ended at 2-2, with the last game in Perth on Tuesday.", pub)["Tuesday"] == "2026-11-17"
    assert resolved("en", "The toll stands at 14, with the latest victim in Perth on Tuesday.", pub)["Tuesday"] == "2026-11-17"


def _speakers(text: str, lang: str) -> list[str | None]:
    from tests.helpers import analyzed

    return [q.speaker for q in analyzed(text, lang).quotes]


def test_the_body_after_an_italian_leader_is_no_part_of_the_speakers_name():
    # "leader" (no title of the shared lexicon) and its body before the name: the name is the speaker
    text = "MILANO — «Il contratto va rinnovato subito», ha detto il leader della Flai Ottavio Berardinelli ai cronisti."
    assert _speakers(text, "it") == ["Ottavio Berardinelli"]
    text = "MADRID — «No vamos a ceder», afirmó el líder de Fetraval Anselmo Quirós."
    assert _speakers(text, "es") == ["Anselmo Quirós"]


def test_a_french_speaker_is_the_name_not_the_role_or_body_beside_it():
    from parallax.analyze.quotes.apposed_names import holder_after_role, name_after_apposed_role, name_before_its_body

    # a surname that is also a town's, which the entity model tags as a place, in a story of its own
    text = (
        "Préavis de grève\n\nLYON — Les aiguilleurs ont déposé un préavis.\n\n"
        "« Le dialogue est rompu », regrette le délégué régional de FO-Cheminots, Fabien Villedieu.\n\n"
        "Le délégué régional de FO-Cheminots, Fabien Villedieu, a dénoncé « une provocation ».\n\n"
        "« Nous attendons un geste », insiste Fabien Villedieu, de FO-Cheminots, mardi."
    )
    assert _speakers(text, "fr") == ["Fabien Villedieu"] * 3
    # the rules themselves, on the subject spans
    subject = "la porte-parole de SUD-Santé, Maëlle Quintin"
    assert subject[slice(*name_after_apposed_role(subject))] == "Maëlle Quintin"
    assert name_after_apposed_role("sa maison mère, General Motors") is None  # no role: no person
    subject = "Maëlle Quintin, de SUD-Santé, lundi"
    assert subject[slice(*name_before_its_body(subject))] == "Maëlle Quintin"
    assert name_before_its_body("Le Havre, de Normandie") is None
    text = "La porte-parole de SUD-Santé, Maëlle Quintin, a dénoncé"
    cut = text.index(",")
    assert text[slice(*holder_after_role(text[:cut], text, cut))] == "Maëlle Quintin"


def test_an_arabic_age_told_with_to_reach_of_age_is_an_age_and_no_span():
    from tests.helpers import analyzed, first_sentence_conflicts

    art = analyzed("وقالت الشرطة إن امرأة تبلغ من العمر ٦٤ عاما أصيبت بجروح.", "ar", "2026-11-20")
    assert [(q.value, q.unit) for q in art.quantities] == [(64.0, "(age)")]
    assert [t.value for t in art.times] == []
    a = "نقل صبي يبلغ من العمر 11 عاما إلى المستشفى بعد سقوطه من الشرفة."
    b = "نقل الصبي البالغ من العمر 13 عاما إلى المستشفى بعد سقوطه من الشرفة."
    assert first_sentence_conflicts(a, b, "ar") == [("number", {"a": [11.0], "b": [13.0], "unit": "age"})]
    assert first_sentence_conflicts(a, a.replace("11", "١١"), "ar") == []


def test_a_hebrew_age_after_a_persons_noun_is_compared_without_a_name():
    from tests.helpers import first_sentence_conflicts

    a, b = "הנהג הפצוע הוא בן 67 ותושב חיפה.", "הנהג הפצוע הוא בן 76 ותושב חיפה."
    assert first_sentence_conflicts(a, b, "he") == [("number", {"a": [67.0], "b": [76.0], "unit": "age"})]


def test_hindi_ages_told_with_years_of_before_a_persons_noun():
    from tests.helpers import analyzed, first_sentence_conflicts

    # "N साल के एक <person>" is an age, "N साल" alone a span
    art = analyzed("नदी में 62 साल के एक किसान का शव मिला।", "hi", "2026-11-20")
    assert [(q.value, q.unit) for q in art.quantities] == [(62.0, "(age)")]
    a, b = "नदी में 62 साल के एक किसान का शव मिला।", "नदी में ६५ वर्षीय किसान का शव मिला।"
    assert first_sentence_conflicts(a, b, "hi") == [("number", {"a": [62.0], "b": [65.0], "unit": "age"})]


def test_a_hindi_year_in_devanagari_figures_is_a_year():
    # alone, after a date, and in a date of another year than the publication's
    assert resolved("hi", "यह बांध १९८७ में बना था।", "2026-11-20T10:00") == {"१९८७": "1987"}
    assert resolved("hi", "मुकदमा ३ जून २०२४ को दर्ज हुआ।", "2026-11-20T10:00") == {"३ जून २०२४": "2024-06-03"}
