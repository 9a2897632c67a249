"""QA of de/fr/es/it report kinds (company results, a regional election, a verdict, a strike, a match, a fire).

Each case is a small text from what the QA sets showed: a wire's day-only dateline ("BERLÍN, 11 (EFE)"), a byline
with the writer's post in brackets, a credit signed by the outlet ("L'Équipe avec AFP"), a French sentence of
"trois ans et demi" read as three years, a French strike "de 24 heures" read as midnight, a weekday after a verb
of meaning to ("entend ouvrir dès mardi") or "für Montag" read as past, and "dépasse les 4 milliards" compared
as an exact figure.
"""

from __future__ import annotations

import pytest

from parallax.analyze import Analyzer
from parallax.compare.conflicts import sentence_conflicts
from parallax.ingest.bylines import byline_reason
from parallax.ingest.datelines import split_dateline
from parallax.records import Article
from tests.helpers import resolved, shown


@pytest.mark.parametrize(
    ("line", "place", "agency", "after"),
    [
        ("MADRID, 5 Mar. (EUROPA PRESS) -", "MADRID", "EUROPA PRESS", ""),
        ("BERLÍN, 11 (EFE)", "BERLÍN", "EFE", ""),
        ("MADRID, 5 (EUROPA PRESS) - El Gobierno ha aprobado hoy el decreto.", "MADRID", "EUROPA PRESS", "El Gobierno ha aprobado hoy el decreto."),
        ("Berlín, 11 (EFE).- El tribunal condenó al exalcalde.", "Berlín", "EFE", "El tribunal condenó al exalcalde."),
    ],
)  # fmt: skip
def test_day_only_wire_datelines(line: str, place: str, agency: str, after: str) -> None:
    d = split_dateline(line)
    assert d is not None and (d.place, d.agency, d.after) == (place, agency, after)


def test_a_score_line_is_no_dateline() -> None:
    assert split_dateline("Real Madrid, 2 (Benzema) y Barcelona, 1 (Lewandowski).") is None


@pytest.mark.parametrize(
    ("line", "edge", "reason"),
    [
        ("Par Thomas Wieder (Berlin, correspondant)", None, "byline"),
        ("Par Sophie Laurent (Carcassonne, envoyée spéciale)", "first", "byline"),
        ("L'Équipe avec AFP", "last", "credit"),
        ("Le Monde avec AFP et Reuters", "last", "credit"),
        ("Marine Le Pen avec Jordan", "last", None),
        ("Von Montag an gilt (vorerst) die Regel", None, None),
    ],
)  # fmt: skip
def test_bylines_and_outlet_credits(line: str, edge: str | None, reason: str | None) -> None:
    assert byline_reason(line, edge) == reason


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Le parquet avait requis trois ans et demi de prison ferme.", {"trois ans et demi": "P42M"}),
        ("fr", "Il a été condamné à seize mois de prison avec sursis.", {"seize mois": "P16M"}),
        ("de", "Er wurde zu dreieinhalb Jahren Haft verurteilt.", {"dreieinhalb Jahren": "P42M"}),
        ("es", "Fue condenado a dieciocho meses de cárcel.", {"dieciocho meses": "P18M"}),
        ("it", "È stato condannato a diciotto mesi.", {"diciotto mesi": "P18M"}),
        # a span of hours is no clock time; a time after "de" runs to "à", or comes after "à partir de"
        ("fr", "Le mouvement, d'une durée de 24 heures, a débuté jeudi à 21 heures.",
         {"24 heures": "PT24H", "jeudi": "2026-05-14", "21 heures": "2026-05-14T21:00"}),
        ("fr", "Une grève de 24 heures.", {"24 heures": "PT24H"}),
        ("fr", "Les magasins ouvrent de 8 heures à 18 heures.", {"8 heures": "2026-05-15T08:00", "18 heures": "2026-05-15T18:00"}),
        ("fr", "La réunion commence à partir de 20 heures.", {"20 heures": "2026-05-15T20:00"}),
        ("fr", "Le feu a pris aux alentours de 21 heures.", {"21 heures": "2026-05-15T21:00"}),
        # a weekday after a verb of meaning to, or set "für" it, is ahead
        ("fr", "Il entend ouvrir dès mardi des discussions avec ses partenaires.", {"mardi": "2026-05-19"}),
        ("de", "Der Minister hat die Tarifparteien für Montag zu Gesprächen eingeladen.", {"Montag": "2026-05-18"}),
        ("fr", "Lundi, il a voulu rencontrer les syndicats.", {"Lundi": "2026-05-11"}),
    ],
)  # fmt: skip
def test_lengths_and_days(lang: str, text: str, expected: dict) -> None:
    assert resolved(lang, text, "2026-05-15") == expected


def _conflicts(a_text: str, a_lang: str, b_text: str, b_lang: str) -> list[dict]:
    a = Article(id="a", outlet="A", text=a_text, published="2026-03-05", language=a_lang)
    b = Article(id="b", outlet="B", text=b_text, published="2026-03-05", language=b_lang)
    Analyzer().analyze_all([a, b])
    return [shown(c) for c in sentence_conflicts(a, a.sentences[0], b, b.sentences[0])]


def test_half_years_agree_across_languages() -> None:
    assert not _conflicts("Le parquet avait requis trois ans et demi de prison ferme.", "fr",
                          "La fiscalía había pedido tres años y seis meses de cárcel.", "es")  # fmt: skip


@pytest.mark.parametrize(
    ("a", "la", "b", "lb", "conflict"),
    [
        ("Le chiffre d'affaires du groupe dépasse les 4 milliards d'euros.", "fr",
         "Der Umsatz des Konzerns stieg auf 4,2 Milliarden Euro.", "de", False),
        ("Las ventas del grupo superan los 4.000 millones de euros.", "es",
         "Der Umsatz des Konzerns stieg auf 4,2 Milliarden Euro.", "de", False),
        # passing a figure is a floor: a lower figure still conflicts
        ("Le chiffre d'affaires du groupe dépasse les 4 milliards d'euros.", "fr",
         "Der Umsatz des Konzerns stieg auf 3,8 Milliarden Euro.", "de", True),
    ],
)  # fmt: skip
def test_a_figure_passed_is_a_floor(a: str, la: str, b: str, lb: str, conflict: bool) -> None:
    assert any(c.get("unit") == "€" for c in _conflicts(a, la, b, lb)) == conflict


def _minute_conflicts(a_text: str, a_lang: str, b_text: str, b_lang: str) -> list[tuple]:
    from parallax.compare.minutes import minute_conflicts

    a = Article(id="a", outlet="A", text=a_text, published="2026-03-14", language=a_lang)
    b = Article(id="b", outlet="B", text=b_text, published="2026-03-14", language=b_lang)
    Analyzer().analyze_all([a, b])
    return [(x, y) for _, x, _, y in minute_conflicts(a, a.sentences[0], b, b.sentences[0])]


@pytest.mark.parametrize(
    ("a", "la", "b", "lb", "expected"),
    [
        ("Vincenzo Grifo glich in der 58. Minute aus, Ritsu Doan traf in der 81. Minute zum Siegtreffer.", "de",
         "Vincenzo Grifo a égalisé à la 58e minute avant que Ritsu Doan ne donne la victoire aux siens à la 84e minute.", "fr",
         [(81, 84)]),
        ("Vincenzo Grifo empató en el minuto 58 y Ritsu Doan marcó el tanto de la victoria en el minuto 81.", "es",
         "Vincenzo Grifo ha pareggiato al 58' e Ritsu Doan ha segnato il gol della vittoria all'81'.", "it", []),
        ("Jonathan Burkardt brachte die Gäste in der 23. Minute in Führung.", "de",
         "Jonathan Burkardt ha portato in vantaggio gli ospiti al 25° minuto.", "it", [(23, 25)]),
    ],
)  # fmt: skip
def test_goal_minutes_across_languages(a: str, la: str, b: str, lb: str, expected: list) -> None:
    assert _minute_conflicts(a, la, b, lb) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Wir haben Moral gezeigt“, sagte Freiburgs Trainer Julian Schuster nach dem Spiel.", "Julian Schuster"),
        ("„Wir haben Moral gezeigt“, sagte Freiburg-Trainer Julian Schuster nach dem Spiel.", "Julian Schuster"),
        ("„Das ist ein klarer Auftrag“, sagte Bayerns Ministerpräsident Markus Söder.", "Markus Söder"),
        # the role makes the name a person's, so the colon after its clause announces that person's words
        ("Mainz-Trainer Bo Henriksen haderte mit dem Elfmeter: „Das war nie im Leben ein Foul.“", "Bo Henriksen"),
    ],
)  # fmt: skip
def test_german_roles_of_a_club_or_a_land(text: str, speaker: str) -> None:
    art = Article(id="a", text=text, language="de", published="2026-03-14")
    Analyzer().analyze_all([art])
    assert [q.speaker for q in art.quotes] == [speaker]


@pytest.mark.parametrize(
    ("a", "la", "b", "lb", "expected"),
    [
        ("Das Gericht verurteilte ihn zu zwei Jahren Haft auf Bewährung.", "de",
         "Le tribunal l'a condamné à deux ans de prison ferme.", "fr", ("auf Bewährung", "prison ferme")),
        ("Il tribunale lo ha condannato a due anni con la condizionale.", "it",
         "El tribunal lo condenó a dos años de prisión sin suspensión.", "es", ("con la condizionale", "sin suspensión")),
        # a term that one report leaves unsaid is no conflict, nor two suspended ones
        ("Das Gericht verurteilte ihn zu zwei Jahren Haft auf Bewährung.", "de",
         "El tribunal lo condenó a dos años de prisión.", "es", None),
        ("Das Gericht verurteilte ihn zu zwei Jahren Haft auf Bewährung.", "de",
         "Le tribunal l'a condamné à deux ans de prison avec sursis.", "fr", None),
    ],
)  # fmt: skip
def test_suspended_against_served_terms(a: str, la: str, b: str, lb: str, expected: tuple | None) -> None:
    found = [c for c in _conflicts(a, la, b, lb) if set(c) == {"a", "b"} and isinstance(c["a"], str)]
    assert ((found[0]["a"], found[0]["b"]) if found else None) == expected


@pytest.mark.parametrize(
    ("lang", "text", "speakers"),
    [
        ("it", "Haseloff ha parlato di «un mandato chiaro» e ha annunciato i colloqui.", ["Haseloff"]),
        ("es", "Haseloff habló de «un mandato claro» y anunció conversaciones.", ["Haseloff"]),
        # a capitalised adverb opening the sentence is no speaker: the one who spoke last goes on
        ("it", "«Non ci fermeremo», ha detto Stefano Malorgio. Poi ha aggiunto: «È una giornata storica».",
         ["Stefano Malorgio", "Stefano Malorgio"]),
    ],
)  # fmt: skip
def test_spoke_of_and_opening_adverbs(lang: str, text: str, speakers: list[str]) -> None:
    art = Article(id="a", text=text, language=lang, published="2026-03-14")
    Analyzer().analyze_all([art])
    assert [q.speaker for q in art.quotes] == speakers


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # the turnout and a party's share of the vote are two figures, not one given twice
        ("Die Wahlbeteiligung lag bei 61,3 Prozent.", "La CDU a obtenu 32,4 % des voix.", False),
        ("Die Arbeitslosenquote stieg auf 6,1 Prozent.", "L'inflation a atteint 2,4 %.", False),
        # two turnouts still conflict
        ("Die Wahlbeteiligung lag bei 61,3 Prozent.", "La participation s'est établie à 63,1 %.", True),
    ],
)  # fmt: skip
def test_german_kinds_of_share(a: str, b: str, conflict: bool) -> None:
    assert any(c.get("unit") == "%" for c in _conflicts(a, "de", b, "fr")) == conflict
