"""Temporal gaps closed in round 31, each in its shared mechanism, with guards that must not change.

1. Romanian and Greek clock hours after their word for "at" alone ("la ora 18", "pe la 10 seara", "στις 6 το
   απόγευμα"), a part of the day after the hour setting its half, as for es/it/pt (tests/test_clock_times30.py).
2. Midnight and noon words outside English ("um Mitternacht", "à midi", "o północy"), the ambiguous ones only
   after a word for "at" ("dans le Midi", "na północ od Krakowa" stay no time).
3. A four-digit figure between an article and a plural person's noun is a count ("die 1900 Menschen").
4. Catalan and Serbo-Croatian ages are no spans of years ("un veí de 45 anys", "muškarac star 45 godina"), and a
   day one "is" is no length ("És un dia molt trist").
"""

from __future__ import annotations

import pytest

from tests.helpers import resolved

PUBLISHED = "2026-03-14"  # a Saturday: Tuesday is the 10th, Thursday the 12th


@pytest.mark.parametrize(
    ("lang", "text", "expression", "value"),
    [
        ("ro", "Consiliul s-a reunit la ora 18.", "ora 18", "2026-03-14T18:00"),
        ("ro", "Consiliul s-a reunit la ora 18:30.", "ora 18:30", "2026-03-14T18:30"),
        ("ro", "Incendiul a izbucnit în jurul orei 3 dimineața.", "orei 3 dimineața", "2026-03-14T03:00"),
        ("ro", "Incendiul a izbucnit in jurul orei 3 dimineata.", "orei 3 dimineata", "2026-03-14T03:00"),
        ("ro", "Trenul a ajuns pe la 10 seara.", "10 seara", "2026-03-14T22:00"),
        ("ro", "Incendiul a izbucnit marți la ora 22.", "ora 22", "2026-03-10T22:00"),
        ("ro", "Incendiul a izbucnit la ora 22 de marți.", "ora 22", "2026-03-10T22:00"),
        ("ro", "Ședința a început la ora 4 după-amiaza.", "ora 4 după-amiaza", "2026-03-14T16:00"),
        ("el", "Το τρένο έφτασε στις 6 το απόγευμα.", "στις 6 το απόγευμα", "2026-03-14T18:00"),
        ("el", "Η συνεδρίαση άρχισε στις 18:00.", "στις 18:00", "2026-03-14T18:00"),
        ("el", "Η φωτιά ξέσπασε γύρω στις 3 τα ξημερώματα.", "γύρω στις 3 τα ξημερώματα", "2026-03-14T03:00"),
        ("el", "Η φωτιά ξέσπασε την Τρίτη στις 10 το βράδυ.", "στις 10 το βράδυ", "2026-03-10T22:00"),
        ("el", "Η φωτιά ξέσπασε στις 22.", "στις 22", "2026-03-14T22:00"),
        ("el", "Η φωτιά ξέσπασε τις πρωινές ώρες της Τρίτης.", "πρωινές ώρες της Τρίτης", "2026-03-10TMO"),
        ("el", "Η φωτιά ξέσπασε τα ξημερώματα της Πέμπτης.", "ξημερώματα της Πέμπτης", "2026-03-12TNI"),
    ],
)
def test_ro_el_hour_after_the_word_for_at_is_a_clock_time(lang: str, text: str, expression: str, value: str) -> None:
    assert resolved(lang, text, PUBLISHED).get(expression) == value


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ro", "Au participat la 18 echipe.", {}),
        ("ro", "Până la 20 de persoane au murit.", {}),
        ("ro", "Incendiul a izbucnit marți seara.", {"marți seara": "2026-03-10TEV"}),
        ("el", "Η συνάντηση έγινε στις 6 Μαρτίου.", {"6 Μαρτίου": "2026-03-06"}),
        ("el", "Η συνάντηση έγινε στις 17/5.", {"στις 17/5": "2026-05-17"}),
        ("el", "Η βοήθεια δόθηκε στις 18 ομάδες.", {}),
        ("el", "Η απεργία κράτησε 24 ώρες.", {"24 ώρες": "PT24H"}),
        ("el", "Η φωτιά ξέσπασε χθες το πρωί.", {"χθες το πρωί": "2026-03-13TMO"}),
    ],
)
def test_ro_el_no_clock_time_without_the_hour_word_or_before_a_noun(lang: str, text: str, expected: dict) -> None:
    assert resolved(lang, text, PUBLISHED) == expected
