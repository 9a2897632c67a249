"""Lead's session-54 review fixes: a figure set against a known one ("lower than the 78 per cent recorded at the last
election") is that other figure, compared only with the other report's such figure."""

from __future__ import annotations

import parallax
from parallax.records import Article

_LEAD = "Voters in Tanjung Batu went to the polls on Saturday in a by-election called after the death of the sitting MP. "


def _number_conflicts(a: tuple[str, str], b: tuple[str, str]) -> list[dict]:
    arts = [
        Article(id=i, text=text, title="By-election", outlet=f"Outlet {i}", published="2026-11-20T09:00:00+00:00", language=lang)
        for i, (lang, text) in zip("ab", (a, b), strict=True)
    ]
    facts = parallax.compare(arts).to_dict()["facts"]
    return [c["values"] for f in facts for c in f.get("conflicts", []) if c["kind"] == "number"]


def test_a_figure_set_against_the_last_elections_is_not_this_ones_turnout() -> None:
    ours = ("en", _LEAD + "Turnout was 62 per cent, lower than the 78 per cent recorded at the last general election.")
    assert _number_conflicts(ours, ("ms", "Pengundi di Tanjung Batu keluar mengundi pada hari Sabtu. Peratusan keluar mengundi ialah 62 peratus, kata SPR.")) == []
    assert _number_conflicts(ours, ("en", _LEAD + "Turnout was 62 per cent, the election commission said.")) == []
    # the turnout itself still conflicts, and so do two different figures of the last election
    assert _number_conflicts(ours, ("en", _LEAD + "Turnout was 58 per cent, the election commission said.")) == [{"a": [62.0], "b": [58.0]}]
    other = ("en", _LEAD + "Turnout was 62 per cent, lower than the 71 per cent recorded at the last general election.")
    assert _number_conflicts(ours, other) == [{"a": [78.0], "b": [71.0]}]


def test_without_the_a_comparative_is_the_figures_own_bound() -> None:
    """"Fewer than 40 people" is the count itself, hedged: against "55 people" it conflicts."""
    a = ("en", _LEAD + "Fewer than 40 people attended the count at the district hall.")
    b = ("en", _LEAD + "About 55 people attended the count at the district hall.")
    assert _number_conflicts(a, b) == [{"a": [40.0], "b": [55.0]}]
