"""Quotation marks that are no quotation: markup in the prose and Hebrew gershayim (QA sweeps 14
and 15), with the real quotations next to them that must still be found."""

from __future__ import annotations

import pytest

import parallax
from parallax.analyze.quotes import find_quote_spans
from parallax.records import Article


def _spans(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quote_spans(text, [(0, len(text))])]


def test_attribute_values_in_markup_are_no_quotations():
    text = 'The attackers planted links of the form <a href="javascript:alert(2)">click here</a> on the pages.'
    assert _spans(text) == []


def test_a_quotation_after_markup_is_still_found():
    text = 'They planted <img src="x" onerror="alert(1)"> tags. "We are sorry for any worry caused," he said.'
    assert _spans(text) == ["We are sorry for any worry caused"]


def test_markup_inside_a_quotation_stays_inside_it():
    text = '"Click <a href="https://example.org">here</a> to read it," the notice said.'
    assert _spans(text) == ['Click <a href="https://example.org">here</a> to read it']


def test_angle_brackets_that_are_no_tag_do_not_hide_marks():
    text = '"If you don\'t escape <, > and &, you lose," she said.'
    assert _spans(text) == ["If you don't escape <, > and &, you lose"]


def test_markup_is_no_speaker():
    text = (
        'The attackers also planted links of the form <a href="javascript:alert(2)">click here</a> on the pages.\n\n'
        'A spokesman for Haringfield Council said: "We take security very seriously." He said the code was removed.'
    )
    art = Article(id="t", text=text, language="en", published="2026-06-05")
    parallax.analyze([art])
    assert not any("<" in (q.speaker or "") or "javascript" in q.text for q in art.quotes), [(q.text, q.speaker) for q in art.quotes]
    assert not any("<" in e.text or "=" in e.text for e in art.entities)


# ---------------------------------------------------------------- Hebrew


def test_hebrew_acronym_with_a_straight_mark_opens_nothing():
    assert _spans('התושבים שפונו שהו במשך הלילה במתנ"ס העירוני ובבתי קרובים. העירייה הודיעה על כך.') == []
    assert _spans('כוחות צה"ל וארה"ב פעלו במקום.') == []


def test_hebrew_acronym_with_gershayim_opens_nothing():
    assert _spans("כוחות צה״ל פעלו במקום.") == []


def test_hebrew_quotation_in_gershayim_marks_is_found():
    text = "רבים מהמפונים ביקרו את הרשויות. ״אף אחד לא אמר לנו מה קורה, פשוט דפקו בדלת״, אמרה רחל כהן."
    assert _spans(text) == ["אף אחד לא אמר לנו מה קורה, פשוט דפקו בדלת"]


def test_hebrew_quotation_holding_an_acronym_is_one_quotation():
    text = '"הכוחות של צה"ל סיימו את המבצע", אמר הדובר.'
    assert _spans(text) == ['הכוחות של צה"ל סיימו את המבצע']


def test_a_mark_between_latin_letters_is_read_as_before():
    # (only Hebrew letters make a gershayim: an English quotation typed without its space still opens)
    assert _spans('The sign read"Closed until further notice" all week.') == ["Closed until further notice"]


@pytest.mark.parametrize(
    ("lang", "text", "parts", "speaker"),
    [
        ("fr", "« Le pont restera fermé, a précisé la maire Sophie Lenoir. Les travaux commencent lundi. »",
         ["Le pont restera fermé", "Les travaux commencent lundi."], "Sophie Lenoir"),
        ("ru", "«Мы справимся, — сказала губернатор Анна Лебедева. — Помощь уже в пути».",
         ["Мы справимся", "Помощь уже в пути"], "Анна Лебедева"),
        ("it", "«Il ponte resterà chiuso, ha spiegato il sindaco Paolo Conti. I lavori iniziano lunedì».",
         ["Il ponte resterà chiuso", "I lavori iniziano lunedì"], "Paolo Conti"),
    ],
)  # fmt: skip
def test_an_attribution_inside_the_marks_splits_the_quotation(lang, text, parts, speaker):
    from tests.helpers import analyzed

    assert [(q.text, q.speaker) for q in analyzed(text, lang).quotes] == [(p, speaker) for p in parts]


def test_words_of_saying_inside_a_quotation_with_no_attribution_after_them_stay_whole():
    from tests.helpers import analyzed

    text = "« Il faut que l'État, dit la loi, tienne ses engagements », a rappelé l'avocate Marie Colin."
    assert [q.text for q in analyzed(text, "fr").quotes] == ["Il faut que l'État, dit la loi, tienne ses engagements"]


def test_a_french_quotation_continued_in_the_next_paragraph_keeps_its_speaker():
    from tests.helpers import analyzed

    text = "« Tout est parti en une nuit », raconte Louise Garnier, une agricultrice.\n\n« Personne ne nous a prévenus. »"
    assert [q.speaker for q in analyzed(text, "fr").quotes] == ["Louise Garnier", "Louise Garnier"]
