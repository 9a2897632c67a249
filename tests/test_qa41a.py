"""QA round 41 on European languages and English: each test holds one rule the round found missing."""

from __future__ import annotations

from tests.helpers import first_sentence_conflicts


def _numbers(found) -> list:
    return [k for k, _ in found if k == "number"]


def test_a_road_number_is_no_second_count_of_the_toll():
    # "Route 14" names the road: 12 dead against 14 dead is a conflict
    found = first_sentence_conflicts("The blast killed 12 workers near Route 14.", "The blast killed 14 workers.", "en")
    assert _numbers(found) == ["number"]


def test_a_hyphenated_road_code_is_no_count():
    # "A-7" is a motorway: 7 counts nothing, and 31 injured against 34 injured conflicts
    found = first_sentence_conflicts(
        "El número de heridos en la A-7 asciende a 31.", "El número de heridos asciende a 34.", "es"
    )
    assert _numbers(found) == ["number"]


def test_a_hedge_before_two_counts_under_different_nouns_leaves_the_verb_to_pair_them():
    # "about" is no verb: "moved about" pairs 9,000 people with 6,000 residents
    found = first_sentence_conflicts(
        "Soldiers moved about 9,000 people to higher ground.", "Soldiers moved about 6,000 residents to higher ground.", "en"
    )
    assert _numbers(found) == ["number"]


def test_a_count_taken_from_the_dead_meets_the_other_languages_part():
    # "Four of the dead" has no noun, "Fünf der Toten" counted "Toten" as one: both are parts of the toll
    from parallax.compare.conflicts import sentence_conflicts
    from tests.helpers import analysed_articles

    (a,) = analysed_articles(["Four of the dead were firefighters."], "en")
    (b,) = analysed_articles(["Fünf der Toten waren Feuerwehrleute."], "de")
    b.id = "b"
    found = sentence_conflicts(a, a.sentences[0], b, b.sentences[0])
    assert [(c.kind, c.values) for c in found] == [("number", {a.id: [4.0], "b": [5.0]})]


def test_a_part_of_the_dead_is_no_second_toll():
    # "Four of the dead" is taken from the 11 dead: no toll of 4 against 11
    found = first_sentence_conflicts("The storm killed 11 people; four of the dead were firefighters.", "The storm killed 11 people.", "en")
    assert _numbers(found) == []


def test_dutch_and_german_a_year_earlier_is_the_year_before_publication():
    from tests.helpers import resolved

    assert resolved("nl", "Een jaar eerder sloot de fabriek haar poorten.", "2026-11-20") == {"Een jaar eerder": "2025"}
    assert resolved("de", "Zwei Jahre zuvor schloss die Fabrik.", "2026-11-20") == {"Zwei Jahre zuvor": "2024"}


def test_a_party_after_von_der_is_no_part_of_the_speakers_name():
    from tests.helpers import analyzed

    art = analyzed("„Wir stimmen nicht zu“, sagte Jana Roth von der SPD.", "de")
    assert [q.speaker for q in art.quotes] == ["Jana Roth"]
    assert "SPD" in [e.text for e in art.entities]


def test_french_position_with_its_complement_fits_the_player_who_speaks():
    # "gardien de but" is a keeper: "a déclaré le joueur" is Lucas Ferrand, the one player named
    from tests.helpers import analyzed

    text = "Le gardien de but Lucas Ferrand a arrêté un penalty. « C'était un match difficile », a déclaré le joueur."
    assert [q.speaker for q in analyzed(text, "fr").quotes] == ["Lucas Ferrand"]


def test_a_german_fragment_in_the_reporters_case_is_a_cut_of_the_quotation():
    from parallax.compare.quote_fidelity import relation

    # "sprach von einem „großen Fortschritt“" of "Das ist ein großer Fortschritt"
    assert relation("großen Fortschritt", "Das ist ein großer Fortschritt für alle") == "trimmed"
    assert relation("walked home", "He walks home daily") is None  # a tense is no case ending
