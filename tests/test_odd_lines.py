"""Lines disguised with look-alike Cyrillic letters are adverts, not prose (all invented text)."""

from __future__ import annotations

from parallax.ingest.line_filters import line_reason
from parallax.ingest.odd_lines import is_disguised

# "Advertise with the best news site in Marrow! Reach readers at home and abroad." with Cyrillic а, е, і, о, ѕ, с, р
DISGUISED = "Аdvеrtіѕе wіth thе best news site іn Маrrоw! Rеасh rеаdеrѕ аt hоmе аnd аbrоаd."


def test_a_line_of_words_mixing_latin_and_cyrillic_letters_is_a_disguised_advert():
    assert is_disguised(DISGUISED)
    assert line_reason(DISGUISED) == "disguised advert"


def test_russian_prose_naming_latin_brands_stays():
    line = "Компания Apple представила новый iPhone-ом в Москве, сообщил директор магазина Иван Петров."
    assert not is_disguised(line)
    assert line_reason(line) is None


def test_one_mistyped_word_does_not_make_a_disguise():
    line = "The harbour board approved the new ferry timеtable on Tuesday after a long debate, its chair said."
    assert not is_disguised(line)
