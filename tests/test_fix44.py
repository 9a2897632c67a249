"""fix44: English house spellings are English only; a CJK month-day told as a past event is the last one."""

from __future__ import annotations

from parallax.compare.house_spellings import phrases_spelt_two_ways, spelt_two_ways
from parallax.compare.quote_fidelity import relation
from parallax.compare.split_quotes import graded_against_counterparts
from parallax.compare.wording import word_choices
from tests.helpers import analysed_articles


def test_english_rules_read_no_french_word() -> None:
    assert not spelt_two_ways("montre", "monter", "fr")  # "shows" / "to climb": two French words
    assert not spelt_two_ways("rencontre", "rencontrer", "fr-FR")
    assert not phrases_spelt_two_ways("il montre", "il monter", "fr")
    # English, and a text whose language is not known, keep the rules
    assert spelt_two_ways("colour", "color", "en") and spelt_two_ways("colour", "color", "en-GB") and spelt_two_ways("colour", "color")
    assert phrases_spelt_two_ways("the colour red", "the color red", "en")


def test_a_french_quotation_with_a_word_changed_is_altered() -> None:
    a, b = "Ce rapport montre bien toute la gravité de la crise", "Ce rapport monter bien toute la gravité de la crise"
    assert relation(a, b, language="fr") == "altered"
    assert relation("The colour of the water changed overnight", "The color of the water changed overnight", language="en") == "punctuation"
    variants = [("a", "direct", (a, a), [a]), ("b", "direct", (b, b), [b])]
    assert graded_against_counterparts(0, variants, {"a": "fr", "b": "fr"}) == ["verbatim", "altered"]


def test_a_french_word_changed_is_a_choice_of_words() -> None:
    a, b = analysed_articles(
        ["Selon la préfecture, le bilan montre une hausse nette des dégâts.", "Selon la préfecture, le bilan monter une hausse nette des dégâts."],
        "fr",
    )
    assert ("montre", "monter") in word_choices(a, a.sentences[0], b, b.sentences[0])


# a report of Thursday 5 November 2026: 14 March is 129 days ahead and 236 days back, too far for the nearest to decide
_NOV = "2026-11-05"


def test_a_cjk_month_and_day_told_as_an_event_is_the_last_one() -> None:
    from tests.helpers import resolved

    for lang, text, date in [
        ("zh", "3月14日发生火灾，造成两人遇难。", "3月14日"),
        ("zh", "该市3月14日宣布封城。", "3月14日"),
        ("zh", "3月14日遇难的两名工人身份已确认。", "3月14日"),
        ("ja", "工場で3月14日に火災が発生した。", "3月14日"),
        ("ko", "공장에서 3월 14일 화재가 발생했다.", "3월 14일"),
    ]:
        assert resolved(lang, text, _NOV)[date] == "2026-03-14", text


def test_a_cjk_month_and_day_ahead_stays_ahead() -> None:
    from tests.helpers import resolved

    for lang, text, date in [
        ("zh", "会议将于3月14日举行。", "3月14日"),
        ("ja", "会議は3月14日に開かれる予定だ。", "3月14日"),
        ("ko", "회의는 3월 14일 열릴 예정이다.", "3월 14일"),
    ]:
        assert resolved(lang, text, _NOV)[date] == "2027-03-14", text
    # near the publication date the nearest one still holds, whatever the verb: a report of 20 December
    assert resolved("zh", "1月5日发生的事故仍在调查。", "2026-12-20")["1月5日"] == "2027-01-05"
