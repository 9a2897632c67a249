"""Review of session 41's additions: each test holds a rule the review found or kept."""

from __future__ import annotations

from parallax.compare.toll_parts import toll_part


def test_a_polish_toll_in_the_genitive_is_no_part_of_the_toll():
    # "12 zabitych i 30 rannych" is the toll itself: only "spośród" (or "z") makes it a part of it
    text = "Było 12 zabitych i 30 rannych."
    assert toll_part(text, text.index("12") + 2) is None
    assert toll_part(text, text.index("30") + 2) is None
    part = "Dwie spośród zabitych to kobiety."
    assert toll_part(part, 4) == "dead"


def test_a_polish_toll_in_the_genitive_is_counted_as_the_toll():
    from parallax.compare.numbers import numbers
    from tests.helpers import analyzed

    art = analyzed("W wypadku zginęło 5 osób, a 12 rannych trafiło do szpitala.", "pl")
    assert numbers(art, art.sentences[0]) == {"people": {"dead": {(5.0, 5.0, 5.0)}, "injured": {(12.0, 12.0, 12.0)}}}


def test_a_part_of_the_toll_is_read_by_the_one_of_the_of_every_part():
    # toll_parts reads "of the" with partitives.OF_THE_NUMBER: "z" (of) is a Polish partitive as "spośród" is
    assert toll_part("Trzy z ofiar to dzieci.", 4) == "dead"
    assert toll_part("Two of the dead were children.", 3) == "dead"
    assert toll_part("Zwei von den Verletzten schweben in Lebensgefahr.", 4) == "injured"
    assert toll_part("Two of the deadlines were missed.", 3) is None
