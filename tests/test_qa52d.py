"""Session 52, helper qa52d: Japanese, Chinese, Korean, Thai, Vietnamese, Indonesian, Malay, Tagalog, Swahili and
Turkish reports: the session's known leftovers and the sets' findings (each fix has a test below with an invented
sentence)."""

from __future__ import annotations

from functools import partial

import parallax
from parallax.records import Article
from tests.helpers import analyzed, quote_speakers, time_values

_PUBLISHED = "2026-12-04T10:00:00+00:00"
_art = partial(analyzed, published=_PUBLISHED)
_speakers = partial(quote_speakers, published=_PUBLISHED)
_times = partial(time_values, published=_PUBLISHED)


def test_chinese_speaker_stops_before_the_date_written_after_it() -> None:
    # Chinese writes the day between the subject and the verb of saying ("王部长18日表示"): the day, the part of the day
    # and the place after it are when and where he spoke, no part of the speaker (it gave "王部长18日")
    assert _speakers("王部长18日表示：“我们将全力救援。”", "zh") == ["王部长"]
    assert _speakers("王部长18日表示，救援工作仍在进行。", "zh") == ["王部长"]
    assert _speakers("外交部发言人毛宁18日表示，中方对此表示关切。", "zh") == ["毛宁"]
    assert _speakers("王部长3月18日上午在记者会上表示：“我们将全力救援。”", "zh") == ["王部长"]


def test_korean_day_of_the_month_of_a_past_saying_is_in_the_past() -> None:
    # "김 장관은 18일 … 말했다" (the minister said on the 18th), out on 4 December: the 18th he spoke on is 18 November,
    # as Chinese "18日表示" and Japanese "18日、…と述べた" already read
    assert _times('김 장관은 18일 "최선을 다하겠다"고 말했다.', "ko")["18일"] == "2026-11-18"


def _conflicts(a: str, b: str, lang: str, lang_b: str | None = None) -> list[dict]:
    arts = parallax.analyze(
        [
            Article(id="a", text=a, language=lang, outlet="A", published="2026-12-04T10:00:00+00:00"),
            Article(id="b", text=b, language=lang_b or lang, outlet="B", published="2026-12-04T11:00:00+00:00"),
        ]
    )
    return [c for f in parallax.compare(arts).to_dict()["facts"] for c in f["conflicts"]]


def test_turkish_turnover_is_never_compared_with_profit() -> None:
    # "ciro" (turnover) and "kâr" (profit, written with its circumflex: folded, "kar" opens "karar", decision, and
    # "karışık", mixed) are two results of a company: 5 billion lira of turnover is no profit of 300 million
    a = "Şirketin bu yılki cirosu 5 milyar lira oldu, şirket Salı günü açıkladı."
    b = "Şirketin bu yılki kârı 300 milyon lira oldu, şirket Salı günü açıkladı."
    assert _conflicts(a, b, "tr") == []
    a = "Şirketin bu yılki gelirleri 5 milyar lira oldu, şirket Salı günü açıkladı."
    b = "Şirketin bu yılki net kazancı 300 milyon lira oldu, şirket Salı günü açıkladı."
    assert _conflicts(a, b, "tr") == []
    # the same profit given twice still conflicts
    b2 = "Şirketin bu yılki kârı 350 milyon lira oldu, şirket Salı günü açıkladı."
    assert len(_conflicts(b, b2, "tr")) == 1


def test_scores_in_vietnamese_malay_tagalog_and_swahili_are_tallies() -> None:
    # "thắng Hải Phòng 2-1" (beat Hai Phong 2-1): a score, kept whole, so that another outlet's 3-1 conflicts; read as
    # two bare counts, 2 and 1, it met nothing
    a = "Hà Nội thắng Hải Phòng 2-1 trên sân Hàng Đẫy tối thứ Bảy trước 15.000 khán giả."
    b = "Hà Nội thắng Hải Phòng 3-1 trên sân Hàng Đẫy tối thứ Bảy trước 15.000 khán giả."
    assert [c["values"] for c in _conflicts(a, b, "vi")] and not _conflicts(a, a, "vi")
    got = [(q.text, q.unit) for q in _art(a, "vi").quantities]
    assert ("2-1", "(tally)") in got
    assert ("2-1", "(tally)") in [(q.text, q.unit) for q in _art("Selangor menewaskan Kedah 2-1 dalam perlawanan semalam.", "ms").quantities]
    assert ("2-1", "(tally)") in [(q.text, q.unit) for q in _art("Persija menang 2-1 atas Persib pada laga Sabtu.", "id").quantities]
    assert ("102-98", "(tally)") in [(q.text, q.unit) for q in _art("Nanalo ang Ginebra, 102-98, laban sa Magnolia.", "tl").quantities]
    assert ("2-1", "(tally)") in [(q.text, q.unit) for q in _art("Simba ilishinda Yanga mabao 2-1 Jumamosi.", "sw").quantities]
    # a range of people stays a range
    assert ("2-3", "(tally)") not in [(q.text, q.unit) for q in _art("Khoảng 2-3 người bị thương.", "vi").quantities]


def test_a_japanese_means_or_venue_in_katakana_is_no_event_place() -> None:
    # "バスで" (by bus), "フェリーで" (by ferry), "インタビューで" (in an interview), "ショッピングセンターで" (at a shopping
    # centre): で marks the means or a common place as well as a named one; read as places, two reports of one crash
    # ("ジャワ島で" and "観光バスで") stood at two places and split
    from parallax.stories.event_places import lead_places

    assert lead_places(["観光客を乗せたバスで火災が発生し、3人が死亡した。"], "ja", str) == ()
    assert lead_places(["乗客はフェリーで島に向かっていた。"], "ja", str) == ()
    assert lead_places(["首相はテレビのインタビューで語った。"], "ja", str) == ()
    assert lead_places(["ジャカルタのショッピングセンターで爆発があった。"], "ja", str) == ()
    # a named place before で is still one
    assert lead_places(["インドネシアのジャワ島で観光バスが転落した。"], "ja", str) == ("ジャワ",)
    assert lead_places(["タイの首都バンコクの市場で爆発があった。"], "ja", str) == ("バンコク",)


def test_philippine_pesos_before_their_figure_are_sums() -> None:
    # Philippine papers in English and Tagalog write the peso as a capital P glued to the figure ("P5 million",
    # "P5 milyon", "P1,500"), or "₱" and "PHP": no sum was read, so two reports' aid figures never met
    def sums(text: str, lang: str) -> list[tuple[float | None, str | None]]:
        return [(q.value, q.unit) for q in _art(text, lang).quantities]

    assert sums("The province gave P5 million in aid.", "en") == [(5_000_000.0, "PHP")]
    assert sums("Nagbigay ang probinsya ng P5 milyon na tulong.", "tl") == [(5_000_000.0, "PHP")]
    assert sums("Nagbigay ang probinsya ng ₱5 milyon na tulong.", "tl") == [(5_000_000.0, "PHP")]
    assert sums("The fare rose to P1,250 this week.", "en") == [(1250.0, "PHP")]
    assert sums("It costs PHP 2.5 billion.", "en") == [(2_500_000_000.0, "PHP")]
    assert len(_conflicts("The province gave P5 million in aid to the families.", "Nagbigay ang probinsya ng P6 milyon na tulong sa mga pamilya.", "en", "tl")) == 1
    # a capital P before a bare figure is a label, no sum ("the P5 form", "Pfizer's P2 trial")
    assert all(u != "PHP" for _, u in sums("Officers filled in form P5 on Tuesday.", "en"))


def test_tagalog_title_after_a_province_opens_the_speaker() -> None:
    # "Sinabi ni Romblon Governor Jose Riano na ..." (Romblon Governor Jose Riano said that ...): the person is Jose
    # Riano, as in the English report's "Romblon Governor Jose Riano said"; the province is no part of the name
    assert _speakers("Sinabi ni Romblon Governor Jose Riano na nagbigay ang probinsya ng tulong.", "tl") == ["Jose Riano"]
    assert _speakers("Sinabi ni Batangas Gobernador Jose Riano na nagbigay ang probinsya ng tulong.", "tl") == ["Jose Riano"]
    assert _speakers("Sinabi ni Gobernador Jose Riano na nagbigay ang probinsya ng tulong.", "tl") == ["Jose Riano"]


def test_turkish_ordinal_with_its_full_stop_is_no_count() -> None:
    # Turkish writes an ordinal as the figure and a full stop ("55. dakikada", in the 55th minute; "14. haftasında", in
    # week 14): read as a count, the minute conflicted with the English "pulled one back" (one goal)
    text = "Fenerbahçe'nin golü 55. dakikada Edin Dzeko'dan geldi. Süper Lig'in 14. haftasında 3 maç oynandı."
    assert [(q.text, q.value) for q in _art(text, "tr").quantities] == [("3", 3.0)]
    # a figure that ends its sentence is still a count
    assert [q.value for q in _art("Kazada ölenlerin sayısı 12. Yaralılar hastaneye kaldırıldı.", "tr").quantities] == [12.0]


def test_vietnamese_reported_speech_without_marks_is_a_quotation() -> None:
    # "Ông Nguyễn Ngọc Nam, Chủ tịch VFA, cho biết giá đã tăng 12%" (Mr Nam, the VFA's chairman, said prices rose 12%):
    # a statement told after its verb, with no marks, was no quotation, and met no other report's "Nam said ..."
    text = "Ông Nguyễn Ngọc Nam, Chủ tịch VFA, cho biết giá đã tăng 12% so với tháng trước."
    quotes = _art(text, "vi").quotes
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "Nguyễn Ngọc Nam")]
    assert quotes[0].text.startswith("giá đã tăng 12%")
    assert _speakers("Bà Lê Thị Hoa khẳng định rằng con đường sẽ mở lại vào thứ Sáu.", "vi") == ["Lê Thị Hoa"]
    # a quotation in marks after the verb stays one direct quotation
    quotes = _art("Ông Nguyễn Ngọc Nam cho biết: “Nhu cầu vẫn rất lớn.”", "vi").quotes
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Nguyễn Ngọc Nam")]
    # the verb after a quotation reports the quotation: the day after it is no statement
    quotes = _art("“Nhu cầu vẫn rất lớn,” ông Nguyễn Ngọc Nam nói hôm thứ Ba.", "vi").quotes
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Nguyễn Ngọc Nam")]


def test_swahili_percent_written_before_its_figure_is_a_share() -> None:
    # Swahili writes the percent first, as Turkish does ("asilimia 40", forty percent): it was a count of "ya"
    got = [(q.value, q.unit) for q in _art("Asilimia 40 ya fedha hizo bado haijapatikana.", "sw").quantities]
    assert got == [(40.0, "%")]
    a = "Asilimia 40 ya fedha hizo bado haijapatikana, kwa mujibu wa TAKUKURU."
    b = "Forty percent of the money has still not been found, according to TAKUKURU."
    assert _conflicts(a, b, "sw", "en") == []
    assert len(_conflicts(a, b.replace("Forty", "Thirty"), "sw", "en")) == 1


def test_a_trillion_in_indonesian_malay_and_turkish_is_a_scale() -> None:
    # "Rp 12 triliun" (12 trillion rupiah) was 12 rupiah, and conflicted with another report's "12 trillion rupiah"
    assert [(q.value, q.unit) for q in _art("Perusahaan tidak mampu membayar utang sebesar Rp 12 triliun.", "id").quantities] == [(12e12, "IDR")]
    assert [q.value for q in _art("Kerajaan membelanjakan 1.5 trilion ringgit untuk projek itu.", "ms").quantities] == [1.5e12]
    assert [q.value for q in _art("Bütçe 2 trilyon lira oldu.", "tr").quantities] == [2e12]
    a = "Direktur Utama Iwan Lukminto mengatakan perusahaan tidak mampu membayar utang sebesar Rp 12 triliun."
    b = "Chief executive Iwan Lukminto said the company could not pay debts of 12 trillion rupiah."
    assert _conflicts(a, b, "id", "en") == []
