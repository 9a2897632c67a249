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


def test_a_ministry_of_two_portfolios_joined_by_and_is_no_part_of_the_name() -> None:
    # Indonesian ministries join two portfolios with "dan": the run of capitals goes on past it to the person
    assert _speakers('"Harga pupuk tidak naik," kata Menteri Koperasi dan Usaha Kecil Menengah Rina Wulandari.', "id") == ["Rina Wulandari"]
    assert _speakers('"Kami siapkan kapal," ujar Menteri Kelautan dan Perikanan Hendra Saputra di Ambon.', "id") == ["Hendra Saputra"]
    # the single portfolio as before
    assert _speakers('"Kami siapkan kapal," ujar Menteri Perhubungan Hendra Saputra.', "id") == ["Hendra Saputra"]


def test_a_quotation_group_keeps_its_speaker_when_most_names_are_told_one_person() -> None:
    from parallax.compare.quotes import _group_speaker
    from parallax.compare.speakers import person_match

    latin, hindi, urdu = "Vikram Mehta", "विक्रम मेहता", "وکرم مہتا"
    assert person_match(latin, hindi) is True and person_match(latin, urdu) is None  # the Urdu spelling has no short vowels
    named = [(0, latin), (1, hindi), (2, urdu)]
    assert _group_speaker([latin, hindi, urdu], named)[0] in (latin, hindi)
    # two names that cannot be told apart, and nothing else: nobody
    assert _group_speaker([latin, urdu], [(0, latin), (1, urdu)])[0] is None
