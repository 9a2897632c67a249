"""Lithuanian, Latvian, Estonian and Catalan: number words, scales, euros and casualty roles."""

from __future__ import annotations

import pytest

from parallax.analyze.quantities import find_quantities
from parallax.compare.numbers import counted, role


def _read(text: str, lang: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(text, lang, [])]


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Per potvynį žuvo trys žmonės.", "lt", [(3.0, "žmonės")]),
        ("Policija sulaikė penkis žmones.", "lt", [(5.0, "žmones")]),
        ("Nukentėjo dvidešimt trys žmonės.", "lt", [(23.0, "žmonės")]),
        ("Miestas skyrė 4,5 milijono eurų.", "lt", [(4.5e6, "€")]),  # the genitive after a fraction
        ("Plūdos laikā cieta divdesmit trīs cilvēki.", "lv", [(23.0, "cilvēki")]),
        ("Policija aizturēja piecus cilvēkus.", "lv", [(5.0, "cilvēkus")]),
        ("Valdība piešķīra 3 miljonus eiro.", "lv", [(3e6, "€")]),
        ("Õnnetuses hukkus kakskümmend kolm inimest.", "et", [(23.0, "inimest")]),
        ("Majas elab kakssada inimest.", "et", [(200.0, "inimest")]),
        ("Linn eraldas 1,2 miljonit eurot.", "et", [(1.2e6, "€")]),
        ("El nou govern ha detingut vint-i-tres persones.", "ca", [(23.0, "persone")]),
        ("Hi ha dos-cents evacuats.", "ca", [(200.0, "evacuat")]),
        ("L'Ajuntament destinarà 3,5 milions d'euros.", "ca", [(3.5e6, "€")]),
    ],
)
def test_number_words_and_scales(text, lang, found):
    assert _read(text, lang) == found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Eelmisel kuus hukkus inimene.", "et"),  # "kuus" after "eelmisel" is the month
        ("Un nou hospital obrirà a Girona.", "ca"),  # "nou" after an article is "new"
        ("L'edifici és nou.", "ca"),
        ("Atvyko vienas žmogus.", "lt"),  # the word for one is also "a"
    ],
)
def test_other_meanings_count_nothing(text, lang):
    assert _read(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "roles"),
    [
        ("Per gaisrą žuvo trys žmonės, dar 12 buvo sužeisti.", "lt", ["dead", "injured"]),
        ("Ugunsgrēkā gāja bojā četri cilvēki, bet 10 tika ievainoti.", "lv", ["dead", "injured"]),
        ("Õnnetuses hukkus kolm inimest ja 15 sai vigastada.", "et", ["dead", "injured"]),
        ("Tres persones han mort i dotze han resultat ferides.", "ca", ["dead", "injured"]),
    ],
)
def test_casualty_roles(text, lang, roles):
    found = find_quantities(text, lang, [])
    assert [role(text, q) for q in found] == roles
    assert {counted(q.unit, role(text, q)) for q in found} == {"people"}
