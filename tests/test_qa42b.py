"""QA round 42b: court, election, strike, flood, crash, inflation and football reports in eleven European languages
compared across languages (all texts invented)."""

from __future__ import annotations

import pytest


def _analyze(text: str, lang: str, published: str = "2026-11-20T10:00:00"):
    import parallax
    from parallax.records import Article

    (art,) = parallax.analyze([Article(id="a", text=text, language=lang, published=published)])
    return art


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("pl", "„Umowa jest uczciwa” – powiedziała przewodnicząca Solidarności w szpitalu Ewa Malinowska.", "Ewa Malinowska"),
        ("cs", "„Dohoda je férová,“ řekla předsedkyně odborů Kovo v podniku Jana Veselá.", "Jana Veselá"),
        ("cs", "„Linku obnovíme,“ uvedl ředitel Škody v mladoboleslavském závodě Petr Novák.", "Petr Novák"),
        ("pl", "„Nie ma zgody” – powiedział Zieliński w rozmowie z Janem Kowalskim.", "Zieliński"),
    ],
)  # fmt: skip
def test_a_west_slavic_role_s_body_and_place_before_the_name(lang, text, speaker):
    """"powiedział przewodniczący Solidarności w zakładzie Andrzej Kowal": the body and the place the role is held in
    stand between the role and the person; the body was taken for the speaker."""
    assert [q.speaker for q in _analyze(text, lang).quotes] == [speaker]


def test_a_name_after_a_preposition_is_not_the_role_s_holder():
    """"przewodniczący Budimeksu w rozmowie z Janem Kowalskim": a name right after a preposition is someone spoken
    with, never the speaker."""
    text = "„Nie podpiszemy” – powiedział przewodniczący Budimeksu w rozmowie z Janem Kowalskim."
    assert not any("Kowalsk" in (q.speaker or "") for q in _analyze(text, "pl").quotes)

