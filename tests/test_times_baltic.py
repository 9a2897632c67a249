"""Lithuanian and Latvian time expressions: the month in the genitive before "d." ("kovo 14 d."), a year before it with
"m." or "gada" ("2025 m. gruodžio 30 d.", "2025. gada 30. decembrī"), weekdays in their cases ("antradienį",
"otrdien", "otrdienas vakarā"), "prieš"/"pirms" (ago) and "po"/"pēc" (in) with a count in its case, clock times ("14
val.", "plkst. 14.30"), and the sentences around the abbreviations.  Invented sentences; PUB is a Saturday."""

from __future__ import annotations

import pytest

from tests.helpers import resolved, sentences

PUB = "2026-03-14"  # a Saturday


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Gaisras Kauno rajone kilo kovo 12 d. po pietų.", "kovo 12 d", "2026-03-12"),
        ("Sutartis su rangovu pasirašyta 2025 m. gruodžio 30 d. Vilniuje.", "2025 m. gruodžio 30 d", "2025-12-30"),
        ("Tarptautinė knygų mugė vyks kovo 20–22 d. Litexpo rūmuose.", "kovo 20–22 d", "2026-03-20/2026-03-22"),
        ("Pirmasis sniegas Klaipėdoje iškrito kovo 9-ąją.", "kovo 9-ąją", "2026-03-09"),
        ("2025 m. gruodį metinė infliacija sumažėjo iki 3,5 proc.", "2025 m. gruodį", "2025-12"),
        ("Policija įtariamąjį sulaikė praėjusį antradienį.", "praėjusį antradienį", "2026-03-10"),
        ("Seimas dėl biudžeto pataisų balsuos ketvirtadienį.", "ketvirtadienį", "2026-03-19"),
        ("Gaisras sandėlyje kilo antradienio vakarą.", "antradienio vakarą", "2026-03-10TEV"),
        ("Ministras vakar vakare susitiko su ūkininkų atstovais.", "vakar vakare", "2026-03-13TEV"),
        ("Rytoj Seime bus svarstomas valstybės biudžetas.", "Rytoj", "2026-03-15"),
        ("Avarija magistralėje įvyko prieš tris dienas.", "prieš tris dienas", "2026-03-11"),
        ("Gamykla Alytuje buvo uždaryta prieš dvejus metus.", "prieš dvejus metus", "2024"),
        ("Remonto darbai bus baigti po dviejų savaičių.", "po dviejų savaičių", "2026-W13"),
        ("Praėjusią savaitę Seimas priėmė mokesčių įstatymą.", "Praėjusią savaitę", "2026-W10"),
        ("Susitikimas su ministru vyks kitą savaitę.", "kitą savaitę", "2026-W12"),
        ("Pernai benzino kainos augo.", "Pernai", "2025"),
        ("Streikas Kauno autobusų parke truko tris dienas.", "tris dienas", "P3D"),
        ("Gaisras daugiabutyje kilo naktį į sekmadienį.", "naktį į sekmadienį", "2026-03-07TNI"),
        ("Pranešimas apie avariją gautas apie 14 val. 30 min.", "14 val. 30 min", "2026-03-14T14:30"),
        ("Vyriausybės posėdis prasidės 9.30 val.", "9.30 val", "2026-03-14T09:30"),
        ("Per praėjusį savaitgalį keliuose žuvo du žmonės.", "praėjusį savaitgalį", "2026-W10-WE"),
        ("Artimiausiomis dienomis orai atšals.", "Artimiausiomis dienomis", "PXD"),
    ],
)  # fmt: skip
def test_lithuanian_times(text, expr, value):
    got = resolved("lt", text, PUB)
    assert got.get(expr) == value, got


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Ugunsgrēks noliktavā izcēlās 12. martā.", "12. martā", "2026-03-12"),
        ("Līgums ar būvnieku tika parakstīts 2025. gada 30. decembrī.", "2025. gada 30. decembrī", "2025-12-30"),
        ("Grāmatu izstāde notika 6.–8. martā Ķīpsalā.", "6.–8. martā", "2026-03-06/2026-03-08"),
        ("Izstāde būs atvērta no 20. līdz 22. martam.", "20. līdz 22. martam", "2026-03-20/2026-03-22"),
        ("2025. gada decembrī inflācija samazinājās.", "2025. gada decembrī", "2025-12"),
        ("Otrdien valdība paziņoja par jauniem ierobežojumiem.", "Otrdien", "2026-03-10"),
        ("Policija aizdomās turēto aizturēja pagājušajā otrdienā.", "pagājušajā otrdienā", "2026-03-10"),
        ("Saeimas sēde sāksies otrdien plkst. 10.", "plkst. 10", "2026-03-17T10:00"),
        ("Otrdienas vakarā Jelgavā izcēlās ugunsgrēks.", "Otrdienas vakarā", "2026-03-10TEV"),
        ("Ministrs vakar vakarā tikās ar zemnieku pārstāvjiem.", "vakar vakarā", "2026-03-13TEV"),
        ("Negadījums uz šosejas notika pirms trim dienām.", "pirms trim dienām", "2026-03-11"),
        ("Rūpnīca Liepājā tika slēgta pirms diviem gadiem.", "pirms diviem gadiem", "2024"),
        ("Pirms nedēļas policija aizturēja vīrieti.", "Pirms nedēļas", "2026-W10"),
        ("Remontdarbi tiks pabeigti pēc divām nedēļām.", "pēc divām nedēļām", "2026-W13"),
        ("Saeima par likumprojektu lems nākamajā nedēļā.", "nākamajā nedēļā", "2026-W12"),
        ("Šonedēļ valdība apstiprināja plānu.", "Šonedēļ", "2026-W11"),
        ("Pērn degvielas cenas pieauga.", "Pērn", "2025"),
        ("Ugunsgrēks daudzdzīvokļu mājā izcēlās naktī uz svētdienu.", "naktī uz svētdienu", "2026-03-07TNI"),
        ("Vakar plkst. 9.15 uz Brīvības ielas notika avārija.", "plkst. 9.15", "2026-03-13T09:15"),
        ("Pagājušajā nedēļas nogalē uz ceļiem gāja bojā divi cilvēki.", "Pagājušajā nedēļas nogalē", "2026-W10-WE"),
        ("Tuvākajās dienās laiks kļūs vēsāks.", "Tuvākajās dienās", "PXD"),
    ],
)  # fmt: skip
def test_latvian_times(text, expr, value):
    got = resolved("lv", text, PUB)
    assert got.get(expr) == value, got


@pytest.mark.parametrize(
    ("lang", "text", "times"),
    [
        # "kovą": a fight, not March; "Liepa", "Marta", "Augusts": given names, not July, March, August
        ("lt", "Partija kovą su korupcija pradėjo vakar.", {"vakar": "2026-03-13"}),
        ("lt", "Liepa Jonaitytė respublikinį konkursą laimėjo vakar.", {"vakar": "2026-03-13"}),
        ("lv", "Marta Ozola vakar atteicās komentēt notikušo.", {"vakar": "2026-03-13"}),
        ("lv", "Augusts Kalniņš uzvarēja konkursā otrdien.", {"otrdien": "2026-03-10"}),
    ],
)
def test_a_name_or_a_word_is_no_month(lang, text, times):
    assert resolved(lang, text, PUB) == times


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("lt", "Ugniagesiai atvyko 14 val. 20 min. Gaisras užgesintas.", ["Ugniagesiai atvyko 14 val. 20 min.", "Gaisras užgesintas."]),
        ("lt", "Incidentas įvyko Gedimino pr. 11 name. Niekas nenukentėjo.", ["Incidentas įvyko Gedimino pr. 11 name.", "Niekas nenukentėjo."]),
        ("lv", "Ugunsgrēks izcēlās plkst. 14.30 Rīgā. Cietušo nav.", ["Ugunsgrēks izcēlās plkst. 14.30 Rīgā.", "Cietušo nav."]),
        ("lv", "Zaudējumi ir apm. 2 miljoni eiro. Izmeklēšana turpinās.", ["Zaudējumi ir apm. 2 miljoni eiro.", "Izmeklēšana turpinās."]),
    ],
)  # fmt: skip
def test_abbreviations_before_figures_end_no_sentence(lang, text, expected):
    assert sentences(text, lang) == expected
