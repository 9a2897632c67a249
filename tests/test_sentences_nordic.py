"""Danish and Norwegian sentences (QA sweep 19): Norwegian ("no", as language identification names it) takes
the Bokmål tokenizer, so "kl." and "ca." end no sentence; and a sentence that ends on a figure ends there,
although both tokenizers keep a figure with its full stop (the ordinal "12. mai"); Swedish "ca." ends none either."""

from __future__ import annotations

import pytest

from tests.helpers import sentences


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("no", "Vakta ble varslet kl. 21.15 i går. Ingen ble skadet.", ["Vakta ble varslet kl. 21.15 i går.", "Ingen ble skadet."]),
        ("no", "Rundt ca. 60 personer ble evakuert fra hotellet.", ["Rundt ca. 60 personer ble evakuert fra hotellet."]),
        ("nn", "Vakta vart varsla kl. 21.15 i går. Ingen vart skadd.", ["Vakta vart varsla kl. 21.15 i går.", "Ingen vart skadd."]),
        ("nb", "Talet på evakuerte steg til 60. Hotellet er stengt.", ["Talet på evakuerte steg til 60.", "Hotellet er stengt."]),
        ("nb", "Vakta ble varslet kl. 21. Ingen ble skadet.", ["Vakta ble varslet kl. 21.", "Ingen ble skadet."]),
        ("da", "Vagten blev alarmeret kl. 21.15. Ingen kom til skade.", ["Vagten blev alarmeret kl. 21.15.", "Ingen kom til skade."]),
        ("da", "Hotellet åbnede i 1998. Det lukker nu.", ["Hotellet åbnede i 1998.", "Det lukker nu."]),
        ("sv", "Omkring ca. 60 personer evakuerades från hotellet.", ["Omkring ca. 60 personer evakuerades från hotellet."]),
        # an ordinal inside a sentence: a month or a noun in lower case follows
        ("nb", "Hotellet stengte 12. mai etter brannen.", ["Hotellet stengte 12. mai etter brannen."]),
        ("da", "Holdet rykkede ned i 2. division i fjor.", ["Holdet rykkede ned i 2. division i fjor."]),
    ],
)
def test_nordic_sentences(lang, text, want):
    assert sentences(text, lang) == want
