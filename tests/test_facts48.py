"""Facts the comparison missed or mis-read (session facts48), each with guards:

- "No one was injured" / "All 140 passengers were unhurt" / "There were no injuries" stated one fact but were three
  (e5 0.33 against the 0.46 threshold); each article's only statement that nobody was hurt now joins the others'
  (:mod:`parallax.compare.unharmed`), in the languages of its table;
- "killing 14" / "the death toll has risen to 23" in two reports of one hour was a plain conflict: a report that says
  in its own words that its count rose to its figure is the later one where the times do not tell
  (:mod:`parallax.compare.risen_counts`), so the conflict carries ``later``;
- "The death toll ... stands at 9" and a toll named more than 90 characters before its "revised to 9" counted nothing,
  and "killing 14" met no conflict (:mod:`parallax.compare.toll_counts`);
- "winds of up to 80 mph (130 km/h)" / "vientos de hasta 210 km/h" gave no conflict: two "up to" ranges always met, and
  the counts set an exact 130 against "up to 210"; a measure with its conversion in brackets is now one measure
  compared as such, and two bounds the same way are two outlets' figures (:mod:`parallax.compare.measure_bounds`);
- word choice: a clause ("kept its main lending rate unchanged at 4.25 percent on Thursday, the fourth pause") shown
  against "left", the parse taking an aside for the verb's object (:mod:`parallax.compare.acts`);

Invented reports (invented places and people).
"""

from __future__ import annotations

import parallax
from parallax.records import Article
from tests.helpers import mixed_articles, sentence_pair_conflicts

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


# -- a toll that "has risen to" its figure: the later report


def _landslide(b_text: str, published_b: str = "2026-11-20T06:20:00Z", lang: str = "en") -> list[dict]:
    arts = [
        Article(id="a", text="A landslide buried part of the mountain village of Terrano on Thursday night, killing 14 people, officials said.",
                outlet="A", language="en", published="2026-11-20T06:00:00Z"),
        Article(id="b", text=b_text, outlet="B", language=lang, published=published_b),
    ]  # fmt: skip
    facts = parallax.compare(parallax.analyze(arts)).to_dict()["facts"]
    return [c for f in facts for c in f["conflicts"] if c["kind"] == "number"]


def test_a_toll_risen_to_in_its_own_words_is_the_later() -> None:
    found = _landslide("The death toll from a landslide that buried part of the mountain village of Terrano has risen to 23, officials said.")
    assert [(c["values"], c.get("later")) for c in found] == [({"a": [14.0], "b": [23.0]}, "b")]
    found = _landslide("Die Zahl der Todesopfer des Erdrutsches im Bergdorf Terrano ist auf 23 gestiegen, teilten die Behörden mit.", lang="de")
    assert [c.get("later") for c in found] == ["b"]


def test_a_toll_that_fell_or_a_plain_figure_stays_a_conflict() -> None:
    found = _landslide("The death toll from a landslide that buried part of the mountain village of Terrano has fallen to 9, officials said.")
    assert found and not any("later" in c for c in found)
    found = _landslide("A landslide buried part of the mountain village of Terrano on Thursday night, killing 23 people, officials said.")
    assert found and not any("later" in c for c in found)
    # a report "risen to" a smaller figure than the other's is no update of it
    found = _landslide("The death toll from a landslide that buried part of the mountain village of Terrano has risen to 11, officials said.")
    assert found and not any("later" in c for c in found)


def test_risen_to_reads_the_verb_before_the_figure() -> None:
    from parallax.compare.risen_counts import risen_to
    from parallax.records import Quantity

    def risen(text: str, figure: str) -> bool:
        start = text.index(figure)
        return risen_to(text, Quantity(text=figure, value=float(figure), unit=None, start=start, end=start + len(figure)))

    assert risen("The toll has risen to at least 23.", "23") and risen("El balance de muertos ascendió a 23.", "23")
    assert risen("Die Zahl der Toten ist auf 23 gestiegen.", "23") and not risen("Der Sturm traf auf 23 Dörfer.", "23")
    assert not risen("The toll fell to 23.", "23") and not risen("The toll reached 23.", "23")


def test_a_toll_standing_at_or_far_from_its_head_is_the_dead() -> None:
    for b in ("The death toll from a landslide that buried part of the mountain village of Terrano stands at 9, officials said.",
              "The death toll from a landslide that buried part of the mountain village of Terrano has been revised to 9, officials said."):  # fmt: skip
        assert [c["values"] for c in _landslide(b)] == [{"a": [14.0], "b": [9.0]}]


# -- a figure given in two units in brackets is one figure

_STORM = "Storm Odile made landfall on the Calvera coast on Monday with winds of up to 80 mph (130 km/h), the weather service said."


def test_a_speed_and_its_conversion_against_another_language() -> None:
    a, b, c = _articles(
        ("en", _STORM),
        ("es", "La tormenta Odile tocó tierra en la costa de Calvera el lunes con vientos de hasta 210 km/h, informó el servicio meteorológico."),
        ("de", "Sturm Odile ist am Montag mit Windgeschwindigkeiten von bis zu 130 km/h auf die Küste von Calvera getroffen."),
    )
    assert [k for k, _ in sentence_pair_conflicts(a, 0, b, 0)] == ["number"]
    assert sentence_pair_conflicts(a, 0, c, 0) == []
    assert [k for k, _ in sentence_pair_conflicts(b, 0, c, 0)] == ["number"]


def test_a_converted_speed_agrees_with_either_unit_and_its_rounding() -> None:
    a, b, c = _articles(
        ("en", _STORM),
        ("en", "Storm Odile slammed into the Calvera coast on Monday with gusts of up to 81 mph, forecasters said."),
        ("fr", "La tempête Odile a frappé la côte de Calvera lundi avec des rafales jusqu'à 128 km/h, selon la météo."),
    )
    assert sentence_pair_conflicts(a, 0, b, 0) == []
    assert [k for k, _ in sentence_pair_conflicts(a, 0, c, 0) if k == "number"] == []
    a, b = _articles(("en", _STORM), ("en", "Storm Odile made landfall on the Calvera coast on Monday with winds of up to 100 mph, forecasters said."))
    assert [v for k, v in sentence_pair_conflicts(a, 0, b, 0) if k == "number"] == [{"a": [80.0], "b": [100.0], "unit": "mph"}]


# -- word choice: no clause against one word


def _word_choices(texts: list[str]) -> list[tuple[str, str]]:
    from tests.helpers import outlet_articles

    found = parallax.compare(outlet_articles(texts, "en")).to_dict()["word_choices"]
    return [(w["values"]["a"], w["values"]["b"]) for w in found]


def test_no_clause_is_shown_against_one_verb() -> None:
    choices = _word_choices([
        "VALMORE - The central bank of Norlandia kept its main lending rate unchanged at 4.25 percent on Thursday, the fourth pause in a row.",
        "VALMORE - Norlandia's central bank left the lending rate at 4.25% on Thursday.",
    ])  # fmt: skip
    assert all(len(a.split()) <= 5 and len(b.split()) <= 5 for a, b in choices), choices
    assert _word_choices(["The residents sued the city over the flooding.", "The residents filed a lawsuit against the city over the flooding."]) == [
        ("sued", "filed a lawsuit")
    ]
