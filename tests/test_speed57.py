"""Session 57: the speaker lookups of descriptions and documents that still grew faster than a long report's length.

Each test analyses an invented long report twice, the second twice as long, and counts the lines of code a step
runs in the modules named (through ``sys.settrace``, each turn of a loop or a comprehension counted: an operation
count, not a time, so a loaded machine does not move it).  A linear step about doubles its count; a scan of every
person, mention or entity once per description or document that speaks made it about four times as large.  The
report is built from invented paragraphs about an invented football club whose ground flooded: players introduced
with their position and age who speak as "the 27-year-old" and "the striker", a physiotherapist's statement that
speaks on ("the statement continued"), and a harbour authority's report ("the report said").
"""

from __future__ import annotations

import functools

from parallax.analyze import COMPONENTS, DEFAULT_PIPELINE, Analyzer, Paragraph
from parallax.records import Article
from tests.test_speed56 import _lines  # the line counter session 56's doubling tests use

_GIVEN = ["Ansgar", "Liv", "Torben", "Mireille", "Jakob", "Sunniva", "Pavel", "Ottilie", "Rurik", "Veera", "Kasimir"]
_SURNAMES = ["Drevlin", "Haukeland", "Ormerod", "Pascoe", "Wendt", "Skarsby", "Feldreth", "Corvan", "Abelard", "Nyhus",
             "Tremaine", "Gullick", "Brisco"]  # fmt: skip
_POSITIONS = ["striker", "goalkeeper", "midfielder", "defender", "winger"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_CLUBS = ["Tarrow Rovers", "Quenby Athletic", "Mossgate United", "Saxholm Wanderers"]
_DOCUMENTS = ["statement", "letter"]


def long_report(rounds: int) -> str:
    """``rounds`` times five invented paragraphs: a player named with a position and an age who then speaks as the
    age and as the position, a physiotherapist's document that speaks on, a harbour authority's report that speaks,
    and a paragraph of dates and figures."""
    out = []
    for i in range(rounds):
        g, s = _GIVEN[i % len(_GIVEN)], _SURNAMES[(i * 4 + i // len(_GIVEN)) % len(_SURNAMES)]
        g2, s2 = _GIVEN[(i + 5) % len(_GIVEN)], _SURNAMES[(i * 3 + 7) % len(_SURNAMES)]
        position, age, club, day = _POSITIONS[i % len(_POSITIONS)], 18 + i % 19, _CLUBS[i % len(_CLUBS)], _DAYS[i % 7]
        document = _DOCUMENTS[i % len(_DOCUMENTS)]
        out += [
            f"{position.capitalize()} {g} {s}, {age}, of {club} said the match on {day} had been called off "
            f"after the river flooded the ground.",
            f"\u201cWe trained in the sports hall instead,\u201d the {age}-year-old said. "
            f"\u201cThe pitch is a lake,\u201d the {position} added.",
            f"{g2} {s2}, the club's physiotherapist, said in a {document} on {day} that {3 + i % 6} players were injured. "
            f"\u201cThe season is over for two of them,\u201d the {document} continued.",
            f"The Tarrow Harbour Authority said in a report that the quay had sunk by {4 + i % 30} centimetres. "
            f"\u201cRepairs will take {2 + i % 9} weeks,\u201d the report said.",
            f"On {day} the club counted {120 + 3 * i} volunteers and {1 + i % 12} pumps, and the tickets for "
            f"{_CLUBS[(i + 1) % len(_CLUBS)]} were refunded at a cost of \u20ac{10 + i % 40},000.",
        ]
    return "\n\n".join(out)


@functools.cache
def _paragraphs(rounds: int) -> list[Paragraph]:
    """The parsed paragraphs of the long report of ``rounds`` rounds (no stage changes a spaCy doc: parsed once)."""
    return Analyzer().parse(_article(rounds))


def _article(rounds: int) -> Article:
    return Article(id=f"ground{rounds}", text=long_report(rounds), published="2026-03-05", language="en")


def quote_stage_lines(article_of, paragraphs_of, files: tuple[str, ...], rounds: int) -> list[int]:
    """The lines of ``files`` the quotation stage runs on the report ``article_of(rounds)`` (parsed by
    ``paragraphs_of``) and on one twice as long (after a warm-up on a short one), the stages before it run."""
    counts = []
    for n in (1, rounds, 2 * rounds):
        article, paragraphs = article_of(n), paragraphs_of(n)
        article.sentences, article.entities, article.quotes, article.times, article.quantities = [], [], [], [], []
        for name in DEFAULT_PIPELINE[: DEFAULT_PIPELINE.index("quotes")]:
            COMPONENTS[name](article, paragraphs)
        counts.append(_lines(lambda a=article, p=paragraphs: COMPONENTS["quotes"](a, p), files))
    return counts[1:]


def _quote_stage_lines(files: tuple[str, ...], rounds: int = 24) -> list[int]:
    """The lines of ``files`` the quotation stage runs on the long report of ``rounds`` rounds and one twice as long."""
    return quote_stage_lines(_article, _paragraphs, files, rounds)


def test_the_ground_report_names_its_speakers() -> None:
    """The report the counts are made on: the age and the position speak for the player named with them, the
    statement for the physiotherapist who gave it, the report for the authority that wrote it."""
    article = Analyzer().analyze(_article(3))
    said = [(q.text, q.speaker) for q in article.quotes if q.kind == "direct"]
    player, physio = f"{_GIVEN[1]} {_SURNAMES[4]}", f"{_GIVEN[6]} {_SURNAMES[10]}"  # round 1
    assert ("We trained in the sports hall instead", player) in said, said  # "the 19-year-old said"
    assert ("The pitch is a lake", player) in said, said  # "the goalkeeper added"
    assert ("The season is over for two of them", physio) in said, said  # "the letter continued"
    assert ("Repairs will take 3 weeks", "Tarrow Harbour Authority") in said, said  # "the report said"


def test_documents_find_their_authors_in_linear_work() -> None:
    """Documents that speak ("the statement continued", "the report said"): each read every person mention of the report for the ones in
    the sentence that gave the document, and every entity for the body that opens it (:mod:`.roles`)."""
    small, large = _quote_stage_lines(("quotes/roles.py",))
    assert small > 0 and large <= 2.1 * small, (small, large)


def test_descriptions_find_their_person_in_linear_work() -> None:
    """Descriptions that speak ("the 27-year-old said", "the striker added"): each compared its age or noun with every person named before it
    (:mod:`.described`, :mod:`.described_before`)."""
    small, large = _quote_stage_lines(("quotes/described.py", "quotes/described_before.py"))
    assert small > 0 and large <= 2.1 * small, (small, large)


# (an invented French report: a description that speaks, "a déclaré le maire", is the person the article introduced
# with it, "Le maire de Valbrune, Hervé Castagnol,": :meth:`.roles._RoleHolders.introduced_as`)
_FR_GIVEN = ["Hervé", "Solène", "Bastien", "Maëlle", "Corentin", "Ludivine", "Anatole", "Clémence", "Gaspard"]
_FR_SURNAMES = ["Castagnol", "Vermorel", "Dufresnay", "Pelletan", "Rabouin", "Lacombe", "Morvandeau", "Quillet", "Saurel"]
_FR_ROLES = ["maire", "avocat", "préfet", "porte-parole", "directeur"]


def french_report(rounds: int) -> str:
    """``rounds`` times three invented French paragraphs: an office holder introduced with the office, who then
    speaks as the office, and a paragraph of figures."""
    out = []
    for i in range(rounds):
        g, s = _FR_GIVEN[i % len(_FR_GIVEN)], _FR_SURNAMES[(i * 4 + i // len(_FR_GIVEN)) % len(_FR_SURNAMES)]
        role = _FR_ROLES[i % len(_FR_ROLES)]
        out += [
            f"Le {role} de Valbrune, {g} {s}, a visité le quai inondé le {1 + i % 28} mars avec {20 + i} bénévoles.",
            f"\u00ab Nous reconstruirons le pont avant l'hiver \u00bb, a déclaré le {role}. "
            f"\u00ab Il faudra {3 + i % 9} millions d'euros. \u00bb",
            f"La préfecture a compté {100 + 3 * i} maisons touchées et {2 + i % 7} routes coupées dans la vallée.",
        ]
    return "\n\n".join(out)


def test_a_french_description_finds_the_person_it_introduced_in_linear_work() -> None:
    """A French description that speaks ("a déclaré le maire") read every entity of the report for the people named shortly
    before it (:meth:`.roles._RoleHolders.introduced_as`)."""
    analyzer, counts = Analyzer(), []
    for n in (1, 20, 40):
        article = Article(id=f"valbrune{n}", text=french_report(n), published="2026-03-05", language="fr")
        paragraphs = analyzer.parse(article)
        for name in DEFAULT_PIPELINE[: DEFAULT_PIPELINE.index("quotes")]:
            COMPONENTS[name](article, paragraphs)
        counts.append(_lines(lambda a=article, p=paragraphs: COMPONENTS["quotes"](a, p), ("quotes/roles.py",)))
        if n == 1:
            said = [(q.text, q.speaker) for q in article.quotes if q.kind == "direct"]
            assert ("Nous reconstruirons le pont avant l'hiver", "Hervé Castagnol") in said, said
    small, large = counts[1:]
    assert small > 0 and large <= 2.1 * small, (small, large)


_OPENINGS = ["Brand", "Holm", "Kest", "Lind", "Marr", "Nor", "Os", "Rav", "Sten", "Tor", "Vall"]
_ENDINGS = ["berg", "dahl", "feld", "gaard", "heim", "lund", "mark", "quist", "rud", "vik", "wold"]


def registry_report(rounds: int) -> str:
    """``rounds`` invented paragraphs, each naming two new people in full and then by surname alone, and a body in
    full and then by a shorter form: the count of distinct names grows with the report, as in a long one."""
    out = []
    for i in range(rounds):
        s1 = _OPENINGS[i % len(_OPENINGS)] + _ENDINGS[(i // len(_OPENINGS)) % len(_ENDINGS)]
        s2 = _OPENINGS[(i + 5) % len(_OPENINGS)] + _ENDINGS[(i // len(_OPENINGS) + 3) % len(_ENDINGS)]
        g1, g2 = _GIVEN[i % len(_GIVEN)], _GIVEN[(i + 4) % len(_GIVEN)]
        out.append(
            f"{g1} {s1} of the {s2} Rowing Club met {g2} {s2} on {_DAYS[i % 7]}. {s1} said the boathouse had flooded, "
            f"and {s2} promised {10 + i} new oars from the {s2} club."
        )
    return "\n\n".join(out)


def test_short_names_find_their_full_form_in_linear_work() -> None:
    """Each distinct name ("Brandberg", "Norgaard Rowing Club") was compared with every distinct name of its label
    for the fullest one that holds it (:func:`parallax.analyze.canonical_names.canonical_names`): the square of the
    report's count of people and bodies."""
    analyzer, counts = Analyzer(), []
    for n in (2, 40, 80):
        article = Article(id=f"registry{n}", text=registry_report(n), published="2026-03-05", language="en")
        paragraphs = analyzer.parse(article)
        COMPONENTS["sentences"](article, paragraphs)
        counts.append(_lines(lambda a=article, p=paragraphs: COMPONENTS["entities"](a, p), ("analyze/canonical_names.py",)))
        if n == 2:
            assert {e.text: e.canonical for e in article.entities}.get("Brandberg") == "Ansgar Brandberg", article.entities
    small, large = counts[1:]
    assert small > 0 and large <= 2.1 * small, (small, large)
