"""Session 35's votes: a parliament's vote told side first or in a sentence of its own is one tally, and it meets
another report's tally across languages (helper votes35)."""

from __future__ import annotations

import pytest

import parallax
from parallax.analyze.quantities import TALLY, find_quantities, tally_pair
from parallax.records import Article
from tests.helpers import shown


def _tallies(text: str, lang: str) -> list[tuple[int, int] | None]:
    return [tally_pair(q.text) for q in find_quantities(text, lang, []) if q.unit == TALLY]


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("Za hlasovalo 241 poslanců, proti 98, zdrželo se 12.", "cs", (241, 98)),
        ("Za hlasovalo 120 poslancov, proti bolo 40, zdržalo sa 5.", "sk", (120, 40)),
        ("За проголосовали 241 депутат, против — 89, воздержались 12.", "ru", (241, 89)),
        ("Законопроект поддержали 241 депутат, против выступили 98.", "ru", (241, 98)),
        ("За проголосували 241 народний депутат, проти — 98.", "uk", (241, 98)),
        ("Za głosowało 241 posłów, przeciw 98, a 12 wstrzymało się od głosu.", "pl", (241, 98)),
        ("Für den Antrag stimmten 241 Abgeordnete, dagegen 98, 12 enthielten sich.", "de", (241, 98)),
        ("Au votat pentru 241 de deputați, împotrivă 98, iar 12 s-au abținut.", "ro", (241, 98)),
        ("I voti favorevoli sono stati 241, quelli contrari 98.", "it", (241, 98)),
        ("Votaron a favor 241 diputados, en contra 98.", "es", (241, 98)),
        ("Ont voté pour 241 députés, contre 98.", "fr", (241, 98)),
        ("Voor stemden 76 Kamerleden, tegen 74.", "nl", (76, 74)),
        ("Igennel 214 képviselő szavazott, nemmel 98.", "hu", (214, 98)),
        ("Итоги голосования: за — 241 депутат, против — 98, воздержались 12.", "ru", (241, 98)),
        ("Výsledek hlasování: pro 120, proti: 40.", "cs", (120, 40)),
        ("Za návrh zákona hlasovalo 120 z 150 prítomných poslancov, proti bolo 40.", "sk", (120, 40)),
        ("Zákon podpořilo 120 poslanců, proti bylo 40.", "cs", (120, 40)),
        ("Ustawę poparło 241 posłów, przeciw było 98, a 12 wstrzymało się od głosu.", "pl", (241, 98)),
    ],
)
def test_vote_told_side_first_is_one_tally(text: str, lang: str, pair: tuple[int, int]) -> None:
    """The side in favour before its count ("Za hlasovalo 241 poslanců, proti 98") makes one tally; the
    abstentions after it stay a count of their own."""
    assert _tallies(text, lang) == [pair]


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("Il testo è passato con 241 sì e 98 no.", "it", (241, 98)),
        ("241 députés ont voté pour, 98 contre.", "fr", (241, 98)),
        ("Er stemden 76 Kamerleden voor en 74 tegen.", "nl", (76, 74)),
        ("214 képviselő szavazott igennel, 98 nemmel.", "hu", (214, 98)),
        ("Az Országgyűlés 214 igen szavazattal, 98 nem ellenében, 12 tartózkodás mellett fogadta el.", "hu", (214, 98)),
        ("Der Bundestag stimmte mit 241 Ja- zu 98 Nein-Stimmen zu.", "de", (241, 98)),
        ("The bill was approved with 241 ayes and 98 noes.", "en", (241, 98)),
    ],
)
def test_more_sides_after_their_counts(text: str, lang: str, pair: tuple[int, int]) -> None:
    """Italian "sì"/"no", a French verb of voting before "pour", Dutch voters named before "voor", Hungarian
    "igennel"/"nemmel": the side after its count, as :mod:`.vote_splits` reads it."""
    assert _tallies(text, lang) == [pair]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Un budget pour 241 communes, contre 98 l'an dernier.", "fr"),
        ("Für Berlin wurden 241 Fälle gemeldet, dagegen 98 in Hamburg.", "de"),
        ("Pro děti je 120 míst, proti loňsku 40 navíc.", "cs"),
        ("Кворум составляет 226 депутатов, за проголосовать должны 226.", "ru"),
        ("Za rok 2025 było 241 wniosków, przeciw 98 w 2024.", "pl"),
        ("Рост составил за год 241 рубль, против 98 рублей годом ранее.", "ru"),
    ],
)
def test_side_words_without_a_vote_are_no_tally(text: str, lang: str) -> None:
    """ "pour … contre", "für … dagegen" set figures side by side with no vote; a quorum is no vote: no tally."""
    assert _tallies(text, lang) == []


def _compare(en: str, other: str, lang: str) -> list[tuple[str, dict]]:
    arts = [
        Article(id="a", text=en, outlet="A", published="2026-11-20", language="en"),
        Article(id="b", text=other, outlet="B", published="2026-11-20", language=lang),
    ]
    facts = parallax.compare(arts).to_dict()["facts"]
    return [(c["kind"], shown(c)) for f in facts for c in f["conflicts"]]


_EN = (
    "Lawmakers approved the government's pension reform on Thursday after a twelve-hour debate in the capital.\n\n"
    "The bill passed with 241 votes to 98.\n\n"
    "Opposition parties said they would challenge the law in the constitutional court."
)


@pytest.mark.parametrize(
    ("other", "lang"),
    [
        (
            "A parlament csütörtökön hosszú vita után elfogadta a kormány nyugdíjreformját.\n\n"
            "A javaslatot 214 képviselő támogatta, 98 ellene szavazott.\n\n"
            "Az ellenzéki pártok az alkotmánybírósághoz fordulnak.",
            "hu",
        ),
        (
            "Депутаты в четверг после двенадцатичасовых дебатов одобрили пенсионную реформу правительства.\n\n"
            "За проголосовали 241 депутат, против — 89, воздержались 12.\n\n"
            "Оппозиционные партии заявили, что оспорят закон в конституционном суде.",
            "ru",
        ),
        (
            "Posłowie w czwartek po dwunastogodzinnej debacie przyjęli rządową reformę emerytalną.\n\n"
            "Za głosowało 241 posłów, przeciw 89.\n\n"
            "Partie opozycyjne zapowiedziały, że zaskarżą ustawę do Trybunału Konstytucyjnego.",
            "pl",
        ),
        (
            "Депутати в четвер після дванадцятигодинних дебатів ухвалили пенсійну реформу уряду.\n\n"
            "За проголосували 241 народний депутат, проти — 89.\n\n"
            "Опозиційні партії заявили, що оскаржать закон у Конституційному суді.",
            "uk",
        ),
    ],
)
def test_vote_in_a_sentence_of_its_own_meets_the_other_report(other: str, lang: str) -> None:
    """Two chamber votes sharing one count are one vote with its other side wrong: a result conflict, though each
    stands in a short sentence whose meaning alone falls under the translation floor."""
    conflicts = _compare(_EN, other, lang)
    assert [(k, v.get("unit")) for k, v in conflicts] == [("number", "result")]


def test_same_vote_across_languages_is_no_conflict() -> None:
    """The same tally told side first ("Za głosowało 241 posłów, przeciw 98") agrees with "241 votes to 98"."""
    pl = (
        "Posłowie w czwartek po dwunastogodzinnej debacie przyjęli rządową reformę emerytalną.\n\n"
        "Za głosowało 241 posłów, przeciw 98, a 12 wstrzymało się od głosu.\n\n"
        "Partie opozycyjne zapowiedziały, że zaskarżą ustawę do Trybunału Konstytucyjnego."
    )
    assert _compare(_EN, pl, "pl") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mintegy 25 ezren tüntettek a parlament előtt.", 25000.0),
        ("Tízezren tüntettek a parlament előtt.", 10000.0),
        ("A balesetben 25-en megsérültek.", 25.0),
    ],
)
def test_hungarian_collective_counts_people(text: str, value: float) -> None:
    """The collective suffix ("25 ezren", "Tízezren", "25-en") is a count of people, scaled: no count of the verb
    after it, and no thousand on its own."""
    found = [(q.value, q.unit) for q in find_quantities(text, "hu", [])]
    assert found == [(value, "ember")]


def test_hungarian_collective_is_no_sum() -> None:
    """A scale before a currency stays a sum: "25 ezer forint" is no crowd."""
    assert [q.unit for q in find_quantities("A jegy 25 ezer forintba kerül.", "hu", [])] != ["ember"]


def test_crowd_told_by_the_collective_meets_people() -> None:
    """ "Mintegy 25 ezren tüntettek" / "About 20,000 people protested": one crowd, told with two sizes."""
    en = "About 20,000 people protested outside parliament on Saturday against the government's pension reform."
    hu = "Mintegy 25 ezren tüntettek szombaton a parlament előtt a kormány nyugdíjreformja ellen."
    conflicts = _compare(en, hu, "hu")
    assert [(k, sorted(v[x] for x in ("a", "b"))) for k, v in conflicts] == [("number", [[20000.0], [25000.0]])]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Five members backed the cut, while four members wanted rates left on hold.", (5, 4)),
        (
            "The bank cut rates, with six members of its nine-member committee voting for the cut and three members preferring to hold.",
            (6, 3),
        ),
        ("Seven judges voted to uphold the ruling and two dissented.", (7, 2)),
    ],
)
def test_committee_split_by_stances_is_one_tally(text: str, pair: tuple[int, int]) -> None:
    """A committee's members told by their two stances ("five backed …, while four wanted …") are one split."""
    assert _tallies(text, "en") == [pair]


@pytest.mark.parametrize(
    "text",
    ["Three members were arrested and two members were injured.", "Five members of the board attended and four members sent apologies."],
)
def test_members_without_stances_are_no_split(text: str) -> None:
    """Members told by what befell them or what they did, not by a vote, stay counts."""
    assert _tallies(text, "en") == []


_RATE_A = (
    "The central bank's nine-member monetary policy committee voted on Thursday to cut its main interest rate by a "
    "quarter point to 4.25%.\n\nFive members backed the cut, while four members wanted rates left on hold.\n\n"
    'Governor Maria Lind said inflation was "moving in the right direction".'
)


def test_committee_splits_of_one_total_meet() -> None:
    """5-4 in a sentence of its own and 6-3 inside the other report's lead: one committee's vote, a result conflict."""
    b = (
        "The central bank cut its main interest rate by a quarter point to 4.25% on Thursday, with six members of its "
        "nine-member committee voting for the cut and three members preferring to hold.\n\n"
        'Governor Maria Lind said inflation was "moving in the right direction".'
    )
    conflicts = _compare(_RATE_A, b, "en")
    assert [(k, v.get("unit")) for k, v in conflicts] == [("number", "result")]


def test_splits_of_two_totals_do_not_meet() -> None:
    """Another total is another body or motion: 5-4 and 7-5 (twelve voters) link nothing."""
    from parallax.compare.tally_links import tally_links
    from tests.helpers import analysed_articles

    b = "The city council approved the budget 7-5 on Thursday.\n\nThe mayor welcomed the vote."
    arts = analysed_articles([_RATE_A, b], "en")
    assert tally_links(arts) == []


def test_vote_on_another_motion_is_not_the_vote() -> None:
    """An amendment's vote (150 to 190), a quorum and the seats held never meet the bill's vote: the only conflict
    is the bill's own tally, one side wrong (241-98 / 241-89)."""
    en = (
        "Lawmakers approved the government's pension reform on Thursday after a twelve-hour debate.\n\n"
        "Earlier, an opposition amendment to delay the reform was rejected by 150 votes to 190.\n\n"
        "The bill itself passed with 241 votes to 98. A quorum of 226 members was needed.\n\n"
        "The ruling coalition holds 230 of the chamber's 450 seats."
    )
    ro = (
        "Deputații au aprobat joi reforma pensiilor propusă de guvern, după o dezbatere de douăsprezece ore.\n\n"
        "Au votat pentru 241 de deputați, împotrivă 89, iar 12 s-au abținut.\n\n"
        "Coaliția de guvernare deține 230 din cele 450 de mandate."
    )
    conflicts = _compare(en, ro, "ro")
    assert [(k, v["a"], v["b"]) for k, v in conflicts] == [("number", ["241 votes to 98"], ["241 de deputați, împotrivă 89"])]
