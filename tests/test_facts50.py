"""Figures the comparison missed or mis-read by kind of event (session facts50), each with guards:

- a prison term told by the verb ("jailed for 12 years") against one told by the noun ("a 10-year sentence"), and a
  term with its prison after it ("muss für zehn Jahre ins Gefängnis"), were no conflict: no word governed both
  (:mod:`parallax.compare.prison_terms`);
- a statement that nobody was hurt early on against a count of the injured published hours later was a plain
  conflict, not marked ``later`` (:mod:`parallax.compare.updates` reads the denial's nought as a growing count);
- the base of a change ("Net profit rose to $1.2bn, up from $900m a year earlier") was compared as a current figure,
  so another report's "$900m in the quarter" agreed with it (:mod:`parallax.compare.earlier_figures`);
- "seven counts of bribery" / "nine bribery charges" were two nouns, never compared (:mod:`parallax.compare.noun_kinds`).

Invented reports (invented places and people).
"""

from __future__ import annotations

import parallax
from parallax.analyze import Analyzer
from parallax.records import Article
from tests.helpers import mixed_conflicts, shown

_conflicts = mixed_conflicts  # the conflicts of reports in several languages


def _numbers(*pairs: tuple[str, str]) -> list[dict]:
    return [v for kind, v in _conflicts(*pairs) if kind == "number"]


def _timed(*items: tuple[str, str, str]) -> list[tuple[dict, str | None]]:
    """(values, ``later``) of the number conflicts of reports given as (language, text, publication time)."""
    arts = [Article(id=i, text=t, outlet=i.upper(), published=p, language=lang) for i, (lang, t, p) in zip("abc", items, strict=False)]
    Analyzer().analyze_all(arts)
    facts = parallax.compare(arts).to_dict()["facts"]
    return [(shown(c), c.get("later")) for f in facts for c in f["conflicts"] if c["kind"] == "number"]


# -- prison terms told by a verb, a noun, or the prison after the length

_COURT = "A court in Dravik sentenced former mayor Ivo Marek on Monday for corruption. "
_COURT_DE = "Ein Gericht in Dravik hat den ehemaligen Bürgermeister Ivo Marek am Montag wegen Korruption verurteilt. "


def test_jailed_for_against_a_sentence_of_another_length() -> None:
    found = _numbers(("en", _COURT + "Marek was jailed for 12 years."), ("en", _COURT + "Marek received a 10-year sentence."))
    assert found == [{"a": ["P12Y"], "b": ["P10Y"], "unit": "duration"}]
    found = _numbers(("en", _COURT + "Marek was imprisoned for eight years."), ("en", _COURT + "Marek was handed a six-year jail term."))
    assert found == [{"a": ["P8Y"], "b": ["P6Y"], "unit": "duration"}]


def test_a_term_with_the_prison_after_it() -> None:
    found = _numbers(("en", _COURT + "Marek was jailed for 12 years."), ("de", _COURT_DE + "Marek muss für zehn Jahre ins Gefängnis."))
    assert found == [{"a": ["P12Y"], "b": ["P10Y"], "unit": "duration"}]
    found = _numbers(
        ("en", _COURT + "Marek will spend 12 years behind bars."),
        (
            "fr",
            "Un tribunal de Dravik a condamné lundi l'ancien maire Ivo Marek pour corruption. Marek a été condamné à dix ans de prison.",
        ),
    )
    assert found == [{"a": ["P12Y"], "b": ["P10Y"], "unit": "duration"}]


def test_prison_terms_that_agree_or_measure_other_things() -> None:
    assert _numbers(("en", _COURT + "Marek was jailed for 12 years."), ("en", _COURT + "Marek received a 12-year prison sentence.")) == []
    assert (
        _numbers(  # the trial's length is no term
            ("en", _COURT + "Marek was jailed for 12 years."),
            ("en", _COURT + "Marek was sentenced after a 10-week trial."),
        )
        == []
    )
    assert (
        _numbers(  # a suspended sentence and a term to serve are two things
            ("en", _COURT + "Marek was jailed for two years."),
            ("en", _COURT + "Marek was given an 18-month suspended sentence."),
        )
        == []
    )


# -- a denial of harm early on, a count of the hurt later

_FIRE = "A fire broke out at a warehouse in the port of Dravik on Tuesday. "


def test_a_denial_before_a_later_count_is_an_update() -> None:
    found = _timed(
        ("en", _FIRE + "No one was injured, the fire brigade said.", "2026-03-05T08:00:00+00:00"),
        ("en", _FIRE + "Three people were injured, the fire brigade said.", "2026-03-05T15:00:00+00:00"),
    )
    assert found == [({"a": [0.0], "b": [3.0], "unit": "people"}, "b")]
    found = _timed(
        ("en", _FIRE + "No one was killed, police said.", "2026-03-05T08:00:00+00:00"),
        (
            "de",
            "In einer Lagerhalle im Hafen von Dravik ist am Dienstag ein Feuer ausgebrochen. Zwei Menschen kamen ums Leben, teilte die Polizei mit.",
            "2026-03-05T15:00:00+00:00",
        ),
    )
    assert found == [({"a": [0.0], "b": [2.0], "unit": "people"}, "b")]


def test_a_denial_after_a_count_or_at_one_time_stays_a_conflict() -> None:
    later_denial = _timed(
        ("en", _FIRE + "Three people were injured, the fire brigade said.", "2026-03-05T08:00:00+00:00"),
        ("en", _FIRE + "No one was injured, the fire brigade said.", "2026-03-05T15:00:00+00:00"),
    )
    assert later_denial == [({"a": [3.0], "b": [0.0], "unit": "people"}, None)]
    same_time = _timed(
        ("en", _FIRE + "No one was injured, the fire brigade said.", "2026-03-05T08:00:00+00:00"),
        ("en", _FIRE + "Three people were injured, the fire brigade said.", "2026-03-05T08:20:00+00:00"),
    )
    assert same_time == [({"a": [0.0], "b": [3.0], "unit": "people"}, None)]


# -- the base of a change is an earlier figure, not the current one

_RESULTS = "Shares in Norvex, the Dravik-based chipmaker, moved sharply on Thursday after it reported quarterly results. "
_RESULTS_FR = "L'action du fabricant de puces Norvex a fortement bougé jeudi après la publication de ses résultats trimestriels. "


def test_the_base_of_a_change_is_no_current_figure() -> None:
    found = _numbers(
        ("en", _RESULTS + "Net profit rose to $1.2bn in the quarter, up from $900m a year earlier."),
        ("en", _RESULTS + "The company made a net profit of $900m in the quarter."),
    )
    assert found == [{"a": [1200000000.0], "b": [900000000.0], "unit": "$"}]
    found = _numbers(
        ("en", "Voters in Tarvonia elected a new parliament on Sunday. Turnout was 61.2%, down from 66.4% in 2021."),
        ("en", "Voters in Tarvonia elected a new parliament on Sunday. Turnout was 66.4%, the electoral commission said."),
    )
    assert found == [{"a": [61.2], "b": [66.4], "unit": "%"}]


def test_two_bases_meet_each_other() -> None:
    found = _numbers(
        ("en", _RESULTS + "Net profit rose to $1.2bn in the quarter, up from $900m a year earlier."),
        ("en", _RESULTS + "Net profit rose to $1.2bn in the quarter from $850m a year ago."),
    )
    assert found == [{"a": [900000000.0], "b": [850000000.0], "unit": "$"}]
    found = _numbers(
        ("en", _RESULTS + "Net profit rose to $1.2bn in the quarter, up from $900m a year earlier."),
        ("fr", _RESULTS_FR + "Le bénéfice net a atteint 1,1 milliard de dollars, contre 900 millions un an plus tôt."),
    )
    assert found == [{"a": [1200000000.0], "b": [1100000000.0], "unit": "$"}]


def test_bases_that_agree_and_votes_against() -> None:
    assert (
        _numbers(
            ("en", _RESULTS + "Net profit rose to $1.2bn in the quarter, up from $900m a year earlier."),
            ("en", _RESULTS + "Net profit rose to 1.2 billion dollars in the quarter."),
        )
        == []
    )
    found = _numbers(  # "from" with no time before now and no other end: no base
        ("en", _RESULTS + "Norvex sold chips worth $900m to buyers from 14 countries."),
        ("en", _RESULTS + "Norvex sold chips worth $900m to buyers from 15 countries."),
    )
    assert found == [{"a": [14.0], "b": [15.0], "unit": "country"}]


# -- counts and charges are one noun of an indictment


def test_counts_and_charges_are_one_noun() -> None:
    found = _numbers(
        ("en", _COURT + "Marek was convicted on seven counts of bribery."),
        ("en", _COURT + "Marek was found guilty of nine bribery charges."),
    )
    assert [(v["a"], v["b"]) for v in found] == [([7.0], [9.0])]
    assert (
        _numbers(
            ("en", _COURT + "Marek was convicted on seven counts of bribery."),
            ("en", _COURT + "Marek was found guilty of seven bribery charges."),
        )
        == []
    )
