"""QA round 45b: the publication's own weekday ahead in Greek, Finnish year offsets, Cyrillic country names, and the
sets' findings."""

from __future__ import annotations

from tests.helpers import resolved

_FRIDAY = "2026-11-13T09:30:00+02:00"


def test_greek_future_weekday_on_its_own_day_is_next_week() -> None:
    got = resolved("el", "Η γέφυρα θα δοθεί ξανά στην κυκλοφορία την Παρασκευή, σύμφωνα με την περιφέρεια.", _FRIDAY)
    assert got["Παρασκευή"] == "2026-11-20"


def test_greek_future_weekday_with_today_or_this_stays_the_day() -> None:
    assert resolved("el", "Σήμερα, Παρασκευή, θα κλείσει η λαϊκή αγορά.", _FRIDAY)["Παρασκευή"] == "2026-11-13"
    assert resolved("el", "Η λαϊκή θα κλείσει αυτή την Παρασκευή.", _FRIDAY)["Παρασκευή"] == "2026-11-13"


def test_greek_past_weekday_on_its_own_day_and_english_future_unchanged() -> None:
    assert resolved("el", "Η γέφυρα έκλεισε την Παρασκευή.", _FRIDAY)["Παρασκευή"] == "2026-11-13"
    assert resolved("en", "The bridge will reopen on Friday, officials said.", _FRIDAY)["Friday"] == "2026-11-13"


def test_finnish_partitive_unit_before_earlier_is_one_unit() -> None:
    got = resolved("fi", "Vuotta aiemmin kaupunki oli myynyt tontin yhtiölle.", "2026-11-13T09:30:00+02:00")
    assert got["Vuotta aiemmin"] == "2025"
    got = resolved("fi", "Kuusi viikkoa aikaisemmin silta oli suljettu.", "2026-11-13T09:30:00+02:00")
    assert got["Kuusi viikkoa aikaisemmin"] == "2026-W40"


def test_finnish_year_and_a_half_is_a_duration() -> None:
    got = resolved("fi", "Oikeudenkäynti kesti puolitoista vuotta.", _FRIDAY)
    assert got["puolitoista vuotta"] == "P18M"
    got = resolved("fi", "Rakentaminen alkoi kolme ja puoli vuotta sitten.", _FRIDAY)
    # (counted back by "sitten", ago, the 42 months name their month since session 52: :mod:`...times.half_ago`)
    assert got["kolme ja puoli vuotta sitten"] == "2023-05"


def _states(text: str, lang: str) -> set[tuple[str, str]]:
    from tests.helpers import analyzed

    return {(e.text, e.canonical) for e in analyzed(text, lang).entities if e.label == "GPE"}


def test_states_in_other_cyrillic_languages_are_places_with_their_nominative() -> None:
    # one shared reading (state_names) with a table of forms per language
    assert _states("Вірменія закрила кордон. Уряд Вірменії пояснив рішення.", "uk") == {("Вірменія", "Вірменія"), ("Вірменії", "Вірменія")}
    assert _states("Гуманітарну допомогу надіслала Польща разом з Канадою.", "uk") == {("Польща", "Польща"), ("Канадою", "Канада")}
    assert ("Грузіі", "Грузія") in _states("Улады Грузіі закрылі мяжу.", "be")
    assert ("Мађарској", "Мађарска") in _states("Састанак је одржан у Мађарској прошле недеље.", "sr")
    assert ("Mađarskoj", "Mađarska") in _states("Sastanak je održan u Mađarskoj prošle nedelje.", "sr")
    assert ("Грција", "Грција") in _states("Грција ја затвори границата.", "mk")
    assert ("Қытайдан", "Қытай") in _states("Жүк Қытайдан жеткізілді.", "kk")


def test_a_word_opening_the_sentence_before_a_state_is_no_part_of_it() -> None:
    assert _states("Президент Грузії прибув до Києва.", "uk") >= {("Грузії", "Грузія")}


def test_two_ukrainian_reports_naming_two_states_as_the_mediator_conflict_on_the_place() -> None:
    from tests.helpers import first_sentence_conflicts

    a = "Переговори про обмін полоненими провела Норвегія, повідомили дипломати."
    b = "Переговори про обмін полоненими провела Швейцарія, повідомили дипломати."
    assert first_sentence_conflicts(a, b, "uk") == [("place", {"a": "Норвегія", "b": "Швейцарія"})]
    c = "Переговори про обмін полоненими провела влада Норвегії, повідомили дипломати."
    assert first_sentence_conflicts(a, c, "uk") == []


def test_dutch_tot_en_met_a_weekday_is_a_deadline_ahead() -> None:
    # "tot en met" (up to and including) is "until": with no tense to say otherwise, the coming day
    assert resolved("nl", "Het evenement loopt volgens de gemeente tot en met woensdag.", _FRIDAY)["woensdag"] == "2026-11-18"
    assert resolved("nl", "De brug blijft dicht t/m dinsdag.", _FRIDAY)["dinsdag"] == "2026-11-17"
    # a past sentence keeps the past one
    assert resolved("nl", "De staking duurde tot en met woensdag, meldde de bond.", _FRIDAY)["woensdag"] == "2026-11-11"



def _xl_conflicts(a: tuple[str, str], b: tuple[str, str]) -> list:
    from dataclasses import replace

    from parallax.compare.conflicts import sentence_conflicts
    from tests.helpers import analyzed

    x, y = replace(analyzed(a[0], a[1]), id="a"), replace(analyzed(b[0], b[1]), id="b")
    return [(c.kind, c.values) for c in sentence_conflicts(x, x.sentences[0], y, y.sentences[0])]


def test_a_translated_count_the_other_gives_as_a_part_is_no_dispute_of_the_whole() -> None:
    # "interceptó 34 misiles" / "intercepted 34 of 45 missiles": 45 is the missiles fired, no other count of the 34
    es = ("La defensa antiaérea interceptó 34 misiles sobre la capital", "es")
    assert _xl_conflicts(es, ("Air defences intercepted 34 of 45 missiles fired at the capital, the army said.", "en")) == []
    # a translation with another figure still conflicts
    assert _xl_conflicts(es, ("Air defences intercepted 38 missiles over the capital, the army said.", "en")) != []


def test_portuguese_described_speaker_then_num_comunicado() -> None:
    from tests.helpers import analyzed

    text = ("O ministro das Finanças, Paulo Rocha, apresentou ontem o orçamento.\n\n"
            "\"As contas estão equilibradas\", garantiu o ministro num comunicado.")
    assert [q.speaker for q in analyzed(text, "pt").quotes] == ["Paulo Rocha"]


def test_polish_cue_with_no_subject_closed_by_to_whom() -> None:
    from tests.helpers import analyzed

    text = "Rzecznik szpitala, Adam Lis, potwierdził przyjęcie rannych. \"Wszyscy są w stanie stabilnym\" – przekazał mediom."
    assert [q.speaker for q in analyzed(text, "pl").quotes] == ["Adam Lis"]


def test_ukrainian_h_in_a_name_meets_its_latin_spelling() -> None:
    from parallax.compare.speakers import person_match

    assert person_match("Ганна Гребенюк", "Hanna Hrebeniuk") is True
    assert person_match("Богдан Гнатюк", "Bohdan Hnatiuk") is True
    assert person_match("Ганна Гребенюк", "Hanna Kovalenko") is False



def test_a_sentence_and_a_requested_term_in_one_fact_are_no_dispute_of_lengths() -> None:
    # the pair "had asked for 15 years" / "sentenced to 12 years" inside a fact where each report tells both lengths
    from dataclasses import replace

    from parallax.compare.conflicts import sentence_conflicts
    from parallax.compare.fact_figures import without_figures_told
    from tests.helpers import analyzed

    a = replace(analyzed("El tribunal condenó al exalcalde a 12 años de prisión. La acusación había pedido 15 años de cárcel.", "es"), id="a")
    b = replace(analyzed("El exalcalde fue condenado a 12 años de cárcel. La acusación solicitaba 15 años.", "es"), id="b")
    found = sentence_conflicts(a, a.sentences[1], b, b.sentences[0])
    assert any(c.unit == "duration" for c in found)  # the pair alone reads 15 years against 12
    kept = without_figures_told(found, a, a.sentences[1], b, b.sentences[0], [a.sentences[0]], [b.sentences[1]])
    assert [c for c in kept if c.unit == "duration"] == []


def test_an_unnamed_age_the_other_sentence_also_gives_is_no_conflict_with_another_person() -> None:
    from tests.helpers import first_sentence_conflicts

    a = "La víctima, una mujer de 71 años, murió en el acto en Getafe."
    b = "Una mujer de 45 años atropelló en Getafe a su vecina de 71, que murió en el acto."
    assert [c for c in first_sentence_conflicts(a, b, "es") if c[1].get("unit") == "age"] == []
    # one person with two ages still conflicts
    c = "Una mujer de 73 años murió en el acto en Getafe."
    assert [k for k, v in first_sentence_conflicts(a.replace("La víctima, una", "Una").replace(" años,", " años"), c, "es") if k == "number"]


def test_an_aside_between_a_count_and_its_verb_leaves_the_role_to_the_verb() -> None:
    from tests.helpers import first_sentence_conflicts

    a = "Seven people, including two firefighters, were injured in the blast at the depot."
    b = "Nine people were injured in the blast at the depot."
    assert first_sentence_conflicts(a, b, "en") == [("number", {"a": [7.0], "b": [9.0], "unit": "people"})]
    es = "Siete personas, entre ellas dos bomberos, resultaron heridas en la explosión del depósito."
    assert first_sentence_conflicts(es, "Nueve personas resultaron heridas en la explosión del depósito.", "es") != []
