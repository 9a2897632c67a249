"""QA 56c: reports in Vietnamese, Korean, Hausa, Yoruba, Swahili, Amharic and Indonesian beside English ones.

Invented sentences, each reproducing what an analyst met comparing such reports with English ones: a language
named wrongly (Amharic read as Norwegian, Hausa as Romanian, Yoruba as Turkish), reporting verbs that are no cue
(Hausa "ya ce", Yoruba "sọ pé", Amharic "ብለዋል" / "ተናግረዋል"), and Vietnamese attributions that lost their speaker
or kept the person told inside the quotation.
"""

from __future__ import annotations

from parallax.config import Options
from parallax.ingest.language import detect_language
from tests.helpers import analyzed

_OPT = Options()


def _lang(text: str) -> str | None:
    return detect_language(text, _OPT.languages, _OPT.more_languages)


def _quotes(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in analyzed(text, lang).quotes]


# ------------------------------------------------------------------ language identification


def test_amharic_text_is_amharic_not_norwegian():
    text = "የከተማው ከንቲባ አቶ በላይ ገብሬ አዲሱ ድልድይ በሚቀጥለው ዓመት እንደሚጠናቀቅ ተናግረዋል። ድልድዩ ለብዙ ነዋሪዎች ጠቃሚ ነው።"
    assert _lang(text) == "am"


def test_hausa_text_is_hausa():
    text = (
        "Gwamnan jihar Kano Musa Bello ya ce za a gina sabuwar gada a cikin shekara mai zuwa. "
        "Ya kuma ce gwamnati ta ware kuɗi domin aikin, kuma mutane da yawa sun ji daɗin labarin."
    )
    assert _lang(text) == "ha"


def test_yoruba_text_is_yoruba():
    text = (
        "Gómìnà ìpínlẹ̀ Ọ̀yọ́ Adébáyọ̀ Ògúnlẹ́yẹ sọ pé ìjọba yóò kọ́ ilé-ìwé tuntun mẹ́wàá ní ọdún tó ń bọ̀. "
        "Àwọn ará ìlú ti ń dúró de iṣẹ́ náà fún ọ̀pọ̀lọpọ̀ ọdún."
    )
    assert _lang(text) == "yo"


def test_english_and_swahili_stay_as_they_were():
    assert _lang("The mayor said the new bridge would open next year, after two years of work.") == "en"
    assert _lang("Waziri wa Afya alisema kwamba hospitali mpya itafunguliwa mwezi ujao katika mji wa Dodoma.") == "sw"
    swahili = "Serikali ya Tanzania imesema bei ya mafuta ya taa na bei za vyakula za msingi zitashuka mwezi ujao."
    assert _lang(swahili) != "ha"


# ------------------------------------------------------------------ Hausa and Yoruba reporting verbs


def test_hausa_ya_ce_reports_speech():
    quotes = _quotes("Gwamna Musa Bello ya ce za a gina sabuwar gada a shekara mai zuwa.", "ha")
    assert quotes == [("za a gina sabuwar gada a shekara mai zuwa", "Musa Bello")]


def test_hausa_ta_ce_before_a_quotation():
    quotes = _quotes('Ministar Lafiya Aisha Sani ta ce: "Asibitoci za su buɗe gobe da safe."', "ha")
    assert [s for _, s in quotes] == ["Aisha Sani"]


def test_hausa_in_ji_after_a_quotation():
    quotes = _quotes('"Asibitoci za su buɗe gobe da safe," in ji Aisha Sani.', "ha")
    assert [s for _, s in quotes] == ["Aisha Sani"]


def test_yoruba_so_pe_reports_speech():
    quotes = _quotes("Gómìnà Adébáyọ̀ Ògúnlẹ́yẹ sọ pé ìjọba yóò kọ́ ilé-ìwé tuntun mẹ́wàá.", "yo")
    assert quotes == [("ìjọba yóò kọ́ ilé-ìwé tuntun mẹ́wàá", "Adébáyọ̀ Ògúnlẹ́yẹ")]


# ------------------------------------------------------------------ Amharic


def test_amharic_quotation_closed_by_bilewal():
    quotes = _quotes("የከተማው ከንቲባ አቶ በላይ ገብሬ «ድልድዩ በሚቀጥለው ዓመት ይጠናቀቃል» ብለዋል።", "am")
    assert quotes == [("ድልድዩ በሚቀጥለው ዓመት ይጠናቀቃል", "በላይ ገብሬ")]


def test_amharic_quotation_then_silu_and_the_speaker():
    quotes = _quotes("«ድልድዩ በሚቀጥለው ዓመት ይጠናቀቃል» ሲሉ ወይዘሮ ሄለን ታደሰ ተናግረዋል።", "am")
    assert [s for _, s in quotes] == ["ሄለን ታደሰ"]


def test_amharic_reported_speech_closed_by_tenagrewal():
    quotes = _quotes("የከተማው ከንቲባ አቶ በላይ ገብሬ አዲሱ ድልድይ በሚቀጥለው ዓመት እንደሚጠናቀቅ ተናግረዋል።", "am")
    assert [s for _, s in quotes] == ["በላይ ገብሬ"]
    assert "ድልድይ" in quotes[0][0] and "በላይ" not in quotes[0][0]


# ------------------------------------------------------------------ Vietnamese


def test_vietnamese_told_reporters_keeps_the_one_told_out_of_the_quotation():
    quotes = _quotes("Đại tá Lê Thị Hoa nói với phóng viên rằng phà chỉ được phép chở 40 người.", "vi")
    assert quotes == [("phà chỉ được phép chở 40 người", "Lê Thị Hoa")]


def test_vietnamese_theo_ong_opens_a_source():
    quotes = _quotes("Theo ông Phạm Quốc Bảo, bộ sẽ kiểm tra tất cả các tuyến phà trong vòng hai tuần.", "vi")
    assert quotes == [("bộ sẽ kiểm tra tất cả các tuyến phà trong vòng hai tuần", "Phạm Quốc Bảo")]


def test_amharic_role_before_the_title_is_not_the_name():
    quotes = analyzed("የሕብረቱ የጤና ኮሚሽነር ዶክተር አሚና ዩሱፍ «አፍሪካ ከዚህ በኋላ መጠበቅ አትችልም» ብለዋል።", "am").quotes
    assert [(q.speaker, q.kind) for q in quotes] == [("አሚና ዩሱፍ", "direct")]


def test_amharic_reported_clause_starts_on_its_first_word():
    quotes = _quotes("ሚኒስትሩ ዶክተር በላይ ገብሬ መንግሥታቸው መሬት በነጻ እንደሚሰጥ ገልጸዋል።", "am")
    assert quotes == [("መንግሥታቸው መሬት በነጻ እንደሚሰጥ", "በላይ ገብሬ")]


def test_hausa_office_of_a_country_is_not_the_name():
    quotes = _quotes("Ministan Lafiya na Najeriya Musa Bello ya ce ƙasarsa za ta bayar da kuɗi.", "ha")
    assert [s for _, s in quotes] == ["Musa Bello"]


def test_vietnamese_theo_a_statistic_is_no_source():
    assert _quotes("Theo thống kê, có 12 chiếc phà hoạt động trên tuyến này.", "vi") == []


def test_indonesian_cue_after_a_clause_without_marks():
    quotes = _quotes("Sekitar 300 warga telah dievakuasi ke sebuah masjid terdekat, ujar Asep Mulyana.", "id")
    assert quotes == [("Sekitar 300 warga telah dievakuasi ke sebuah masjid terdekat", "Asep Mulyana")]


def test_hausa_in_ji_after_a_clause_without_marks():
    quotes = _quotes("Za a fara aikin gini a watan Maris, in ji Belay Gebre.", "ha")
    assert [s for _, s in quotes] == ["Belay Gebre"]


def test_vietnamese_with_many_dotted_o_is_not_yoruba():
    text = "Họ nói họ chọn học nghề mộc vì họ thích gỗ. Mọi người trong họ tộc đều học nghề đó."
    assert _lang(text) != "yo"
