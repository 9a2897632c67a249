"""Session 36's votes and alignment leftovers (helper align36): votes on two motions sharing a count on opposite
sides stay apart, a vote told by its bare side words is one tally, ..."""

from __future__ import annotations

import pytest

import parallax
from parallax.analyze.quantities import AGE, TALLY, find_quantities, tally_pair
from parallax.records import Article
from tests.helpers import shown


def _tallies(text: str, lang: str) -> list[tuple[int, int] | None]:
    return [tally_pair(q.text) for q in find_quantities(text, lang, []) if q.unit == TALLY]


def _facts(a: str, b: str, la: str = "en", lb: str = "en") -> list[dict]:
    arts = [
        Article(id="a", text=a, outlet="A", published="2026-11-20", language=la),
        Article(id="b", text=b, outlet="B", published="2026-11-20", language=lb),
    ]
    return parallax.compare(arts).to_dict()["facts"]


def test_votes_on_two_motions_sharing_a_count_on_opposite_sides_stay_apart() -> None:
    """ "Rejected by 150 votes to 190" / "passed with 241 votes to 190"
    share 190 as the winners of one motion and the losers of the other: two votes, not one with a side wrong."""
    a = (
        "Lawmakers voted on the pension reform on Thursday after a long debate.\n\n"
        "An opposition amendment to delay the reform was rejected by 150 votes to 190.\n\n"
        "The opposition said it would appeal."
    )
    b = (
        "Lawmakers approved the pension reform on Thursday after a long debate.\n\n"
        "The bill passed with 241 votes to 190.\n\n"
        "The opposition said it would appeal."
    )
    facts = _facts(a, b)
    assert not [c for f in facts for c in f["conflicts"]]
    vote = [f for f in facts if any("241 votes" in s["text"] for s in f["sentences"])]
    assert [f["status"] for f in vote] == ["unique"]


def test_one_side_shared_is_the_same_vote_link() -> None:
    """The link of two chamber tallies wants the shared count on one side: 241-98 / 241-89 and 214-98 / 241-98 link,
    190-150 / 241-190 do not."""
    from parallax.compare.tally_links import _one_side_shared

    assert _one_side_shared((241, 98), (241, 89))
    assert _one_side_shared((214, 98), (241, 98))
    assert not _one_side_shared((190, 150), (241, 190))


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("Le texte a été adopté par 241 pour, 98 contre.", "fr", (241, 98)),
        ("Le projet a recueilli 241 pour et 98 contre.", "fr", (241, 98)),
        ("La propuesta salió adelante con 241 a favor, 98 en contra y 12 abstenciones.", "es", (241, 98)),
        ("La ley fue aprobada con 241 a favor y 98 en contra.", "es", (241, 98)),
        ("O projeto teve 241 a favor e 98 contra.", "pt", (241, 98)),
    ],
)
def test_bare_side_words_after_their_counts_are_a_vote(text: str, lang: str, pair: tuple[int, int]) -> None:
    """ "241 pour, 98 contre": each count with its side, for then against, is a vote with no word of voting."""
    assert _tallies(text, lang) == [pair]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le taux est passé à 5 pour cent, contre 4 l'an dernier.", "fr"),
        ("Un budget pour 241 communes, contre 98 l'an dernier.", "fr"),
    ],
)
def test_pour_in_a_phrase_is_no_side(text: str, lang: str) -> None:
    """ "5 pour cent" is a share and "pour 241 communes" names what a sum is for: no vote."""
    assert _tallies(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le gouvernement veut porter l'âge de départ à la retraite à 67 ans.", "fr"),
        ("Il est parti à la retraite à l'âge de 67 ans.", "fr"),
        ("Andrà in pensione a 67 anni.", "it"),
        ("Er ging mit 67 Jahren in Rente.", "de"),
        ("Die Regierung will das Rentenalter auf 67 Jahre anheben.", "de"),
        ("L'âge légal passe de 62 à 67 ans.", "fr"),
    ],
)
def test_age_at_which_a_thing_happens_is_an_age(text: str, lang: str) -> None:
    """ "à 67 ans", "a 67 anni", "mit 67 Jahren", "Rentenalter auf 67 Jahre": the point of life, no span of years."""
    assert [(q.text, q.unit) for q in find_quantities(text, lang, []) if q.text == "67"] == [("67", AGE)]


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("Il a été condamné à 10 ans de prison.", "fr", "an"),
        ("Il a été condamné à 10 ans.", "fr", "an"),
        ("Le chantier durera de 3 à 10 ans.", "fr", "an"),
        ("Er wurde mit 10 Jahren Haft bestraft.", "de", "jahren"),
        ("Siamo a 10 anni dalla strage.", "it", "anni"),
        ("Le taux à 10 ans de la France a reculé.", "fr", "an"),
        ("Le taux de l'OAT à 10 ans a reculé.", "fr", "an"),
        ("Il rendimento del BTP a 10 anni è salito.", "it", "anni"),
    ],
)
def test_sentence_range_or_distance_keeps_the_span(text: str, lang: str, unit: str) -> None:
    """A sentence ("condamné à 10 ans"), a range's end ("de 3 à 10 ans"), a noun after the years ("mit 10 Jahren Haft"),
    a distance in time ("a 10 anni dalla strage") and a bond's term ("le taux à 10 ans") stay spans of years."""
    assert [(q.text, q.unit) for q in find_quantities(text, lang, []) if q.text == "10"] == [("10", unit)]


def test_age_at_reads_no_duration() -> None:
    """The times stage asks the same question: "à 67 ans" is no span of 67 years there either."""
    from tests.helpers import analysed_articles

    art = analysed_articles(["Le gouvernement veut porter l'âge de départ à la retraite à 67 ans."], "fr")[0]
    assert not [t for t in art.times if t.granularity == "duration"]


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("Fünf Mitglieder stimmten für die Senkung, vier wollten die Zinsen unverändert lassen.", "de", (5, 4)),
        ("Sechs Mitglieder stimmten für die Senkung und drei wollten abwarten.", "de", (6, 3)),
        ("Cinq membres ont voté pour la baisse, tandis que quatre ont préféré le statu quo.", "fr", (5, 4)),
        ("Cinco miembros votaron a favor del recorte, mientras que cuatro prefirieron mantener los tipos.", "es", (5, 4)),
        ("Sette giudici hanno votato per confermare la sentenza, mentre due si sono opposti.", "it", (7, 2)),
        ("Cinco membros votaram pelo corte, enquanto quatro preferiram manter os juros.", "pt", (5, 4)),
        ("Five members backed the cut, four wanted a hold.", "en", (5, 4)),
    ],
)
def test_committee_split_by_stances_in_more_languages(text: str, lang: str, pair: tuple[int, int]) -> None:
    """A committee's members told by their two stances is one split in de, fr, es, it and pt, as in English, and with
    a comma alone between the sides."""
    assert _tallies(text, lang) == [pair]


def test_members_without_a_second_stance_stay_counts() -> None:
    """ "Drei Mitglieder wurden verletzt, zwei wollten fliehen.": no stance in the first clause, no split."""
    assert _tallies("Drei Mitglieder wurden verletzt, zwei wollten fliehen.", "de") == []


def test_committee_split_meets_across_languages() -> None:
    """5-4 in German in a sentence of its own and 6-3 inside the English lead: one committee's vote, a result conflict."""
    de = (
        "Der neunköpfige geldpolitische Ausschuss der Zentralbank senkte am Donnerstag den Leitzins um einen Viertelpunkt "
        "auf 4,25 Prozent.\n\nFünf Mitglieder stimmten für die Senkung, vier wollten die Zinsen unverändert lassen.\n\n"
        "Gouverneurin Maria Lind sagte, die Inflation bewege sich in die richtige Richtung."
    )
    en = (
        "The central bank cut its main interest rate by a quarter point to 4.25% on Thursday, with six members of its "
        "nine-member committee voting for the cut and three members preferring to hold.\n\n"
        'Governor Maria Lind said inflation was "moving in the right direction".'
    )
    conflicts = [(c["kind"], shown(c).get("unit")) for f in _facts(en, de, "en", "de") for c in f["conflicts"]]
    assert ("number", "result") in conflicts


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Ortega firmó un contrato por cuatro temporadas con el club.", "es", "P4Y"),
        ("Ortega signed for five seasons.", "en", "P5Y"),
        ("Er unterschrieb für fünf Spielzeiten.", "de", "P5Y"),
        ("Il a signé pour 3 saisons.", "fr", "P3Y"),
    ],
)
def test_seasons_are_years(text: str, lang: str, value: str) -> None:
    """A count of a sport's seasons is a span of as many years (a contract, a career)."""
    from tests.helpers import analysed_articles

    art = analysed_articles([text], lang)[0]
    assert [t.value for t in art.times if t.granularity == "duration"] == [value]


def test_season_alone_is_no_span() -> None:
    """ "La temporada pasada" has no count: no duration."""
    from tests.helpers import analysed_articles

    assert not [t for t in analysed_articles(["La temporada pasada fue dura."], "es")[0].times if t.granularity == "duration"]


_TRANSFER = "Striker Luis Ortega joined Porto from Benfica on Monday for a fee of 40 million euros.\n\nOrtega signed a five-year contract with the club."
_FICHAJE = "El delantero Luis Ortega fichó el lunes por el Oporto procedente del Benfica por 40 millones de euros.\n\n"


@pytest.mark.parametrize(("seasons", "conflict"), [("cuatro", True), ("cinco", False)])
def test_contract_in_seasons_meets_one_in_years(seasons: str, conflict: bool) -> None:
    """ "un contrato por cuatro temporadas" / "a five-year contract": a conflict; five seasons agree."""
    es = _FICHAJE + f"Ortega firmó un contrato por {seasons} temporadas con el club."
    found = [shown(c) for f in _facts(_TRANSFER, es, "en", "es") for c in f["conflicts"]]
    assert bool([v for v in found if "P5Y" in v.get("a", [])]) is conflict


_BILL = (
    "Lawmakers approved the government's pension reform on Thursday after a twelve-hour debate in the capital.\n\n"
    "The bill passed with 241 votes to 98.\n\n"
    "Opposition parties said they would challenge the law in the constitutional court."
)


def _hungarian(count: str) -> str:
    return (
        "A parlament csütörtökön hosszú vita után elfogadta a kormány nyugdíjreformját.\n\n"
        f"A javaslatot {count} képviselő támogatta.\n\n"
        "Az ellenzéki pártok az alkotmánybírósághoz fordulnak."
    )


def test_vote_told_by_its_side_in_favour_alone_meets_a_tally() -> None:
    """ "A javaslatot 214 képviselő támogatta." / "The bill passed with 241 votes to 98.": one vote, a result conflict."""
    facts = _facts(_BILL, _hungarian("214"), "en", "hu")
    found = [(c["kind"], shown(c)["a"], shown(c)["b"]) for f in facts for c in f["conflicts"]]
    assert found == [("number", ["241 votes to 98"], ["214"])]


def test_vote_in_favour_that_is_one_side_agrees() -> None:
    """241 in favour is the tally's own side: one shared fact, no conflict."""
    facts = _facts(_BILL, _hungarian("241"), "en", "hu")
    assert not [c for f in facts for c in f["conflicts"]]
    assert any(f["status"] == "shared" and any("241 votes" in s["text"] for s in f["sentences"]) for f in facts)


def test_share_in_favour_is_no_vote() -> None:
    """A poll's "60% in favour" is no count of votes: it links to no tally."""
    from parallax.compare.lone_votes import lone_vote_links
    from tests.helpers import analysed_articles

    poll = "A poll published on Thursday found 60% in favour of the pension reform.\n\nThe survey asked 1,000 adults."
    assert lone_vote_links(analysed_articles([_BILL, poll], "en")) == []


_SIX_THREE = (
    "The central bank cut its main interest rate by a quarter point to 4.25% on Thursday, with six members of its "
    "nine-member committee voting for the cut and three members preferring to hold.\n\n"
    'Governor Maria Lind said inflation was "moving in the right direction".'
)


def _minority(count: str) -> str:
    return (
        "The central bank's nine-member monetary policy committee voted on Thursday to cut its main interest rate by a "
        f"quarter point to 4.25%.\n\n{count} members wanted rates left on hold.\n\n"
        'Governor Maria Lind said inflation was "moving in the right direction".'
    )


@pytest.mark.parametrize(("count", "conflict"), [("Four", True), ("Three", False)])
def test_committee_side_told_alone_meets_the_split(count: str, conflict: bool) -> None:
    """ "Four members wanted rates left on hold" against a 6-3 split: one vote, a result conflict; "Three" agrees."""
    found = [shown(c) for f in _facts(_minority(count), _SIX_THREE) for c in f["conflicts"]]
    assert bool([v for v in found if v.get("unit") == "result"]) is conflict


def test_members_without_a_stance_are_no_side() -> None:
    """ "Three members were arrested" is a count of members, no side of a vote."""
    from parallax.analyze.quantities.committee_splits import stance_after

    text = "Three members were arrested."
    assert not stance_after(text, len("Three"), "en")
    assert stance_after("Drei Richter stimmten dagegen.", len("Drei"), "de")
