"""Norwegian records labelled Bokmål or Nynorsk ("nb", "nn") read Norwegian's pronouns, and Danish and
Norwegian compound roles before a name are cut from it (QA sweep 20)."""

from __future__ import annotations

import pytest

from parallax.analyze.quotes.person_names import role_prefix
from tests.helpers import analyzed


@pytest.mark.parametrize(
    ("lang", "text", "quote", "speaker"),
    [
        ("nb", "Rektor Eva Lund stengte skolen tirsdag. «Ingen elever ble skadet», sa hun.", "Ingen elever ble skadet", "Eva Lund"),
        ("nn", "Per Vik kom til skulen om morgonen. «Taket lak over heile gangen», sa han.", "Taket lak over heile gangen", "Per Vik"),
    ],
)
def test_a_pronoun_after_the_cue_in_bokmal_and_nynorsk(lang, text, quote, speaker):
    assert (quote, speaker) in [(q.text, q.speaker) for q in analyzed(text, lang).quotes]


def test_scandinavian_compound_roles_are_cut_from_the_name():
    assert role_prefix("Brannsjef Knut Dahl") == len("Brannsjef ")
    assert role_prefix("Pressetalsperson Silje Moen") == len("Pressetalsperson ")
    assert role_prefix("Partileder Erna Holm") == len("Partileder ")
    assert role_prefix("Knut Dahl") == 0  # a name alone keeps its first word
