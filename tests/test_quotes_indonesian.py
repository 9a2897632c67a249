"""Indonesian and Malay titles: "Menteri" and the portfolio written after it in capitals are the title,
not the name (QA sweep 20)."""

from __future__ import annotations

from parallax.analyze.quotes.person_names import role_prefix
from tests.helpers import analyzed


def test_minister_and_portfolio_are_cut_from_the_name():
    assert role_prefix("Menteri Pertanian Dewi Lestari") == len("Menteri Pertanian ")
    assert role_prefix("Menteri Luar Negeri Rina Kusuma") == len("Menteri Luar Negeri ")
    assert role_prefix("Gubernur Andi Saputra") == len("Gubernur ")
    assert role_prefix("Dewi Lestari") == 0


def test_speaker_after_kata_is_the_name_without_its_title():
    text = '"Harga beras akan turun bulan depan," kata Menteri Pertanian Dewi Lestari di Bogor, Rabu.'
    assert [(q.text, q.speaker) for q in analyzed(text, "id").quotes] == [("Harga beras akan turun bulan depan", "Dewi Lestari")]
