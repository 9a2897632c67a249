"""End-to-end QA pass in Chinese, Japanese, Korean, German and French (and stories across scripts): the rules it
mended, each with the cases that must not change.  Invented sentences; PUB is a Wednesday in June."""

from __future__ import annotations

import pytest

from tests.helpers import resolved

PUB = "2026-06-10"


@pytest.mark.parametrize(
    ("lang", "text", "expr", "value"),
    [
        ("de", "Die Mieten in Kassel sind im März deutlich gestiegen.", "März", "2026-03"),
        ("de", "Die Sanierung der Brücke beginnt im Juli.", "Juli", "2026-07"),
        ("de", "Anfang Juli öffnet das neue Hallenbad in Görlitz.", "Juli", "2026-07"),
        ("nl", "De nieuwe veerpont in Zwolle vaart vanaf juli.", "juli", "2026-07"),
        ("nl", "In juni daalde het aantal faillissementen in Utrecht.", "juni", "2026-06"),
    ],
)  # fmt: skip
def test_short_whole_month_after_a_preposition(lang, text, expr, value):
    assert resolved(lang, text, PUB).get(expr) == value


@pytest.mark.parametrize(
    ("lang", "text", "expr"),
    [
        ("pl", "Rozmawiał z Maja Nowak o budżecie gminy.", "Maja"),  # a woman's name after a preposition
        ("de", "Jan Brenner leitet das Amt seit zwei Jahren.", "Jan"),  # a cut name alone stays a name
    ],
)  # fmt: skip
def test_month_words_that_are_names_stay_names(lang, text, expr):
    assert expr not in resolved(lang, text, PUB)


@pytest.mark.parametrize(
    ("lang", "text", "expr", "value"),
    [
        ("en", "The rule applies since August, the agency said.", "August", "2025-08"),
        ("de", "Die Regel gilt seit Juli für alle Betriebe.", "Juli", "2025-07"),
        ("de", "Der Streik in Bremen dauert seit dem 3. Juli an.", "3. Juli", "2025-07-03"),
        ("fr", "La grève des éboueurs dure depuis juillet.", "juillet", "2025-07"),
        ("fr", "Le pont est fermé depuis le 14 juillet.", "14 juillet", "2025-07-14"),
        ("nl", "Sinds augustus rijdt de tram in Gent niet meer.", "augustus", "2025-08"),
        ("de", "Die Preise sind seit März stark gestiegen.", "März", "2026-03"),  # already behind publication
    ],
)  # fmt: skip
def test_since_a_month_is_the_latest_before_publication(lang, text, expr, value):
    assert resolved(lang, text, PUB).get(expr) == value


@pytest.mark.parametrize(
    ("lang", "text", "expr", "value"),
    [
        ("en", "The festival will open in August.", "August", "2026-08"),
        ("de", "Das Festival in Jena beginnt im August.", "August", "2026-08"),
        ("fr", "Le festival ouvrira en août.", "août", "2026-08"),
    ],
)  # fmt: skip
def test_a_month_without_since_keeps_its_tense_rule(lang, text, expr, value):
    assert resolved(lang, text, PUB).get(expr) == value
