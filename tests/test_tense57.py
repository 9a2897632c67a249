"""The future words every lexicon hears (German, French, Spanish) yield to a past cue of the text's own language:
Dutch "werden" is "were", German "werden" is "will"."""

import pytest

from tests.helpers import time_values

# published on Saturday 14 March 2026: Tuesday gone is the 10th, Tuesday to come the 17th


@pytest.mark.parametrize(
    "text, lang, day",
    [
        ("In Vennekerk werden dinsdag 140 bewoners geëvacueerd, zei de burgemeester.", "nl", "2026-03-10"),
        ("Dinsdag werden de dijken bij Oosterhaven versterkt.", "nl", "2026-03-10"),
        ("Dinsdag zullen 140 bewoners worden geëvacueerd.", "nl", "2026-03-17"),
        ("Am Dienstag werden 140 Bewohner in Lindenfeld evakuiert.", "de", "2026-03-17"),
        ("Am Dienstag wurden 140 Bewohner in Lindenfeld evakuiert.", "de", "2026-03-10"),
    ],
)
def test_own_past_cue_wins_over_a_foreign_future_word(text, lang, day):
    assert list(time_values(text, lang, "2026-03-14").values()) == [day]
