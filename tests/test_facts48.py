"""Facts the comparison missed or mis-read (session facts48), each with guards:

- "No one was injured" / "All 140 passengers were unhurt" / "There were no injuries" stated one fact but were three
  (e5 0.33 against the 0.46 threshold); each article's only statement that nobody was hurt now joins the others'
  (:mod:`parallax.compare.unharmed`), in the languages of its table;

Invented reports (invented places and people).
"""

from __future__ import annotations

import parallax
from tests.helpers import mixed_articles

_articles = mixed_articles


def _facts(*pairs: tuple[str, str]) -> list[dict]:
    """The facts of a comparison of reports in the given (language, text) pairs."""
    return parallax.compare(_articles(*pairs)).to_dict()["facts"]


def _fact_of(facts: list[dict], article: str, start: str) -> set[tuple[str, int]]:
    """The (article, sentence) members of the fact holding the sentence of ``article`` that starts with ``start``."""
    for f in facts:
        if any(s["article"] == article and s["text"].startswith(start) for s in f["sentences"]):
            return {(s["article"], s["sentence"]) for s in f["sentences"]}
    raise AssertionError(f"no sentence of {article} starts with {start!r}")


# -- a statement that nobody was hurt

_FERRY = "A passenger ferry ran aground on a sandbank off the island of Kelmora on Tuesday morning, the coastguard said. "


def test_no_one_injured_and_unhurt_are_one_fact() -> None:
    facts = _facts(
        ("en", _FERRY + "No one was injured, and the vessel was towed back to the port of Dravik in the afternoon."),
        ("en", "The ferry Aurora struck a sandbank near Kelmora early on Tuesday. All 140 passengers were unhurt, officials said."),
        ("en", "A ferry carrying 140 passengers ran aground off Kelmora on Tuesday. There were no injuries, the coastguard said."),
    )
    assert _fact_of(facts, "a", "No one was injured") == {("a", 1), ("b", 1), ("c", 1)}


def test_no_one_hurt_across_languages() -> None:
    facts = _facts(
        ("en", _FERRY + "Nobody was hurt."),
        ("de", "Eine Fähre ist am Dienstagmorgen vor der Insel Kelmora auf eine Sandbank gelaufen. Verletzt wurde niemand, teilte die Küstenwache mit."),
        ("es", "Un ferry encalló el martes por la mañana en un banco de arena frente a la isla de Kelmora. No hubo heridos, según los guardacostas."),
    )
    assert _fact_of(facts, "a", "Nobody was hurt") == {("a", 1), ("b", 1), ("c", 1)}


def test_no_one_killed_is_not_no_one_hurt() -> None:
    from parallax.compare.unharmed import harm_denied

    assert harm_denied("No one was killed but 12 people were injured.") == {"dead"}
    assert harm_denied("No one was killed or injured in the crash.") == {"dead", "injured"}
    assert harm_denied("No one knows how many people were hurt.") == set()
    assert harm_denied("Une personne a été blessée dans l'accident.") == set()  # "personne": a person
    assert harm_denied("Personne n'a été blessé, selon les pompiers.") == {"injured"}
    assert harm_denied("Three people were injured.") == set()
    facts = _facts(
        ("en", _FERRY + "No one was killed but 12 people were injured."),
        ("en", "A ferry ran aground off Kelmora on Tuesday. All 140 passengers were unhurt, officials said."),
    )
    assert _fact_of(facts, "b", "All 140 passengers") == {("b", 1)}


def test_a_report_saying_it_twice_joins_nothing() -> None:
    facts = _facts(
        ("en", _FERRY + "No one was injured. In 2019 another ferry ran aground there and nobody was hurt either."),
        ("en", "A ferry ran aground off Kelmora on Tuesday. All 140 passengers were unhurt, officials said."),
    )
    assert _fact_of(facts, "b", "All 140 passengers") == {("b", 1)}
