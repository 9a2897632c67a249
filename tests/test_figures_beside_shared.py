"""Three or more figures of one kind in each of two aligned sentences, all but one pair stated by both:
the two left over are one measure's figures ("at a depth of 10 km" / "at a depth of 15 kilometres"
beside the same distances from the town and the coast), and only they are shown in conflict."""

from __future__ import annotations

import pytest

from tests.helpers import first_sentence_conflicts


@pytest.mark.parametrize(
    ("a_text", "b_text", "values"),
    [
        ("The quake was centred 12 kilometres west of the town at a depth of 10 km, 40 km from the coast.",
         "The quake was centred 12 km west of the town at a depth of 15 kilometres, 40 km from the coast.",
         ([10.0], [15.0])),
        ("The bridge is 300 metres long, 12 metres wide and stands 45 metres above the river.",
         "The 300-metre bridge, 14 metres wide, stands 45 metres above the river.",
         ([12.0], [14.0])),
    ],
)  # fmt: skip
def test_only_the_figure_left_over_conflicts(a_text, b_text, values):
    got = first_sentence_conflicts(a_text, b_text, "en")
    assert [(kind, (v["a"], v["b"])) for kind, v in got] == [("number", values)]


@pytest.mark.parametrize(
    ("a_text", "b_text"),
    [
        # every figure met: nothing left over
        ("The quake was centred 12 km west of the town at a depth of 10 km, 40 km from the coast.",
         "At a depth of 10 kilometres, the quake was centred 40 km from the coast and 12 km west of the town."),
        # two figures left over on one side: which pairs with which is not known
        ("The road runs 12 km north, 30 km east and 55 km south of the town.",
         "The road runs 12 km north, 35 km east and 50 km south of the town."),
    ],
)  # fmt: skip
def test_no_conflict_without_one_figure_left_on_each_side(a_text, b_text):
    assert first_sentence_conflicts(a_text, b_text, "en") == []
