"""The lead's fixes of session 48: a weekday after the speaker's name and a comma is when it was said."""

from __future__ import annotations

from tests.helpers import analyzed


def _speakers(text: str, lang: str) -> list[str | None]:
    return [q.speaker for q in analyzed(text, lang).quotes]


def test_a_weekday_after_the_name_and_a_comma_is_no_speaker() -> None:
    # the Indonesian and Malay press close a quotation with the cue, the name, a comma and the day it was said
    assert _speakers('"Stok beras aman sampai akhir tahun," ujar Arief, Rabu.', "id") == ["Arief"]
    assert _speakers('"Kami akan menambah armada bus," kata Syafrin, Senin (16/11).', "id") == ["Syafrin"]
    assert _speakers('"Semua mangsa telah dipindahkan," kata Zulkifli, Selasa.', "ms") == ["Zulkifli"]
    # a name after the comma still speaks: the role, then the person
    assert _speakers('"Kami siaga penuh," kata Kepala BPBD, Dedi Rahman.', "id") == ["Dedi Rahman"]
