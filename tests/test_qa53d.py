"""Session 53, helper qa53d: Japanese, Chinese, Korean, Thai, Vietnamese, Indonesian, Malay, Tagalog, Swahili and
Turkish reports: the session's known leftovers and the sets' findings (each fix has a test below with an invented
sentence)."""

from __future__ import annotations

from functools import partial

from tests.helpers import analyzed, quote_speakers

_PUBLISHED = "2026-12-06T10:00:00+00:00"
_art = partial(analyzed, published=_PUBLISHED)
_speakers = partial(quote_speakers, published=_PUBLISHED)


def _indirect(text: str, lang: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in _art(text, lang).quotes if q.kind == "indirect"]


def test_thai_reported_speech_without_marks_has_its_titled_speaker() -> None:
    # Thai news reports speech without quotation marks as often as with them: a titled name (and what the person is),
    # a verb of saying and ว่า ("that"), then the clause; the given name may run into the verb on a later mention
    text = (
        "เกิดแผ่นดินไหวที่จังหวัดเชียงราย นายสมชาย ใจดี ผู้ว่าราชการจังหวัด กล่าวว่า มีผู้เสียชีวิต 12 คน และบาดเจ็บอีก 80 คน"
        " ต่อมา นายสมชายกล่าวว่า รัฐบาลจะช่วยเหลือผู้ประสบภัยทุกคน"
    )
    found = _indirect(text, "th")
    assert [s for s, _ in found] == ["สมชาย ใจดี", "สมชาย ใจดี"]
    assert found[0][1].startswith("มีผู้เสียชีวิต 12 คน") and "ต่อมา" not in found[0][1]
    assert found[1][1] == "รัฐบาลจะช่วยเหลือผู้ประสบภัยทุกคน"
    # no title, no name: a run of letters before the verb is not guessed as a speaker
    assert _indirect("เจ้าหน้าที่กล่าวว่า รัฐบาลจะช่วยเหลือผู้ประสบภัยทุกคน", "th") == []


def test_thai_speaker_after_the_quotation_by_given_name_run_into_the_verb() -> None:
    # '"…" นายสมชายกล่าว': the later mention after the quotation, the given name run into the verb: the person named in
    # full before
    text = 'นายสมชาย ใจดี ผู้ว่าราชการจังหวัด เดินทางไปยังที่เกิดเหตุ "เราจะช่วยเหลือทุกคน" นายสมชายกล่าว'
    assert _speakers(text, "th") == ["สมชาย ใจดี"]


def test_thai_ranks_written_in_full_open_a_name() -> None:
    # police and army ranks are written in full as often as abbreviated: "พลตำรวจเอก" as "พล.ต.อ."
    assert _speakers('พลตำรวจเอกสมศักดิ์ มั่นคง กล่าวว่า "เราจับผู้ต้องสงสัยได้แล้ว"', "th") == ["สมศักดิ์ มั่นคง"]
    assert _speakers('พันตำรวจโทวิชัย ทองดี กล่าวว่า "เราจับผู้ต้องสงสัยได้แล้ว"', "th") == ["วิชัย ทองดี"]


def test_a_body_with_its_acronym_in_brackets_reports_speech() -> None:
    # a body is named in full with its acronym in brackets after it the first time: "Suruhanjaya Pilihan Raya (SPR)
    # berkata ..." (the Election Commission (EC) said ...), as English "The National Election Commission (NEC) said"
    assert _indirect("Suruhanjaya Pilihan Raya (SPR) berkata peratusan keluar mengundi ialah 65 peratus.", "ms") == [
        ("Suruhanjaya Pilihan Raya", "peratusan keluar mengundi ialah 65 peratus")
    ]
    assert _indirect("Komisi Pemilihan Umum (KPU) mengatakan bahwa jumlah pemilih mencapai 65 persen.", "id") == [
        ("Komisi Pemilihan Umum", "jumlah pemilih mencapai 65 persen")
    ]


def test_indonesian_and_malay_portfolio_nouns_are_no_part_of_the_name() -> None:
    # a ministry's portfolio is a noun made with ke-…-an or pe(r/n/m)-…-an ("Ketenagakerjaan", manpower; Malay
    # "Kewangan", finance; "Pengangkutan", transport): never a person's name, so a single-name minister after it is
    # the name alone
    assert _speakers('"Upah naik," kata Menteri Ketenagakerjaan Yassierli.', "id") == ["Yassierli"]
    assert _indirect("Menteri Ketenagakerjaan Yassierli mengatakan upah minimum akan naik tahun depan.", "id")[0][0] == "Yassierli"
    assert _indirect("Menteri Pengangkutan Anthony Loke berkata tambang bas akan dinaikkan tahun depan.", "ms")[0][0] == "Anthony Loke"


def test_swahili_lengths_put_the_count_after_the_unit() -> None:
    # Swahili puts the count after its noun ("miaka 5", five years; "siku tatu", three days): a length as "5 years" is,
    # so a prison term of "kifungo cha miaka 5 jela" is five years (it was a count of 5 "jela", prisons)
    times = {t.text: t.value for t in _art("Mahakama ilimhukumu kifungo cha miaka 5 jela. Mgomo utaendelea kwa siku tatu.", "sw").times}
    assert times == {"miaka 5": "P5Y", "siku tatu": "P3D"}
    assert [q for q in _art("Mahakama ilimhukumu kifungo cha miaka 5 jela.", "sw").quantities if q.unit == "jela"] == []
    # a year named by its number stays a year; "saa 11 jioni" is a clock time (hours from dawn), no length of 11 hours
    assert [t.value for t in _art("Uchaguzi ulifanyika mwaka 2020.", "sw").times] == ["2020"]
    assert [t.value for t in _art("Mkutano utaanza saa 11 jioni.", "sw").times if t.value and t.value.startswith("PT")] == []


def test_swahili_age_after_umri_wa_miaka_is_an_age() -> None:
    # "mwenye umri wa miaka 45" (of the age of 45 years): an age, neither a length of 45 years nor a count
    art = _art("Juma Ali, mwenye umri wa miaka 45, alikamatwa Jumanne.", "sw")
    assert [t.value for t in art.times if t.value and t.value.startswith("P")] == []
    assert [(q.value, q.unit) for q in art.quantities] == [(45.0, "(age)")]
    # two outlets giving the named man two ages conflict, as "Juma Ali, 45," and "Juma Ali, 47," do
    from tests.test_qa52d import _conflicts

    conflicts = _conflicts("Juma Ali, mwenye umri wa miaka 45, alikamatwa Jumanne.", "Juma Ali, mwenye umri wa miaka 47, alikamatwa Jumanne.", "sw")
    assert [sorted(v for k, vs in c["values"].items() for v in vs) for c in conflicts] == [[45.0, 47.0]]


def test_malaysian_ringgit_is_money_however_written() -> None:
    # Malay writes the ringgit "RM" before the figure, run into it ("RM1.5 bilion"); English "1.5 billion ringgit":
    # one currency, MYR, so the two reports' sums meet
    sums = [(q.value, q.unit) for q in _art("Kerajaan memperuntukkan RM1.5 bilion untuk projek itu.", "ms").quantities]
    assert sums == [(1.5e9, "MYR")]
    assert [(q.value, q.unit) for q in _art("Kerajaan memperuntukkan RM 500 juta untuk projek itu.", "ms").quantities] == [(5e8, "MYR")]
    assert [(q.value, q.unit) for q in _art("The government set aside 1.5 billion ringgit for the project.", "en").quantities] == [(1.5e9, "MYR")]


def test_thai_reported_clause_stops_at_a_quotation() -> None:
    # the reported clause ends where a quotation opens: the quotation is the next statement, read on its own
    text = 'นายอัลเบิร์ต คาเปลลาส หัวหน้าผู้ฝึกสอน กล่าวว่า เขาภูมิใจในทีมมาก "ทุกคนสู้จนถึงนาทีสุดท้าย" นายอัลเบิร์ตกล่าว'
    quotes = [(q.kind, q.speaker, q.text) for q in _art(text, "th").quotes]
    assert ("indirect", "อัลเบิร์ต คาเปลลาส", "เขาภูมิใจในทีมมาก") in quotes
    assert ("อัลเบิร์ต คาเปลลาส", "ทุกคนสู้จนถึงนาทีสุดท้าย") in [q[1:] for q in quotes]


def test_swahili_scale_word_before_the_figure_multiplies_it() -> None:
    # Swahili writes the noun, then the scale, then the figure: "shilingi milioni 20" is 20 million shillings (it was
    # a bare 20), "watu elfu 3" three thousand people
    sums = [(q.value, q.unit) for q in _art("Ali pia alitozwa faini ya shilingi milioni 20.", "sw").quantities]
    assert sums == [(2e7, "shilingi")]
    assert [(q.value, q.unit) for q in _art("Serikali imetenga shilingi bilioni 1.5 kwa mradi huo.", "sw").quantities] == [(1.5e9, "shilingi")]
    assert [(q.value, q.unit) for q in _art("Watu 12 wamefariki.", "sw").quantities] == [(12.0, "watu")]


def test_vietnamese_reported_clause_may_open_with_a_figure() -> None:
    # "cho biết 25 người bị thương ..." (said 25 people were injured ...): a clause opens with its count as often as
    # with a word; a figure and then a word in lower case is a clause, not a name or a bare number
    text = "Ông Nguyễn Văn Hùng, Phó Chủ tịch UBND tỉnh Lâm Đồng, cho biết 25 người bị thương đã được đưa đến bệnh viện."
    assert _indirect(text, "vi") == [("Nguyễn Văn Hùng", "25 người bị thương đã được đưa đến bệnh viện")]
