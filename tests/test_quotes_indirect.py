"""Reported speech without quotation marks (indirect quotes) in English news prose: each construction
the parse or the lexicon used to miss, with the clause that is reported and who reports it."""

from __future__ import annotations

import pytest

import parallax
from parallax.records import Article


def _indirect(text: str) -> list[tuple[str, str | None, str | None]]:
    art = Article(id="t", text=text, language="en", published="2026-03-05")
    parallax.analyze([art])
    return [(q.text, q.speaker, q.cue) for q in art.quotes if q.kind == "indirect"]


CASES = [
    # a question reported in a "whether" or wh-clause
    (
        "Councilwoman Maria Alvarez asked whether the contract had been reviewed by the city's lawyers.",
        "whether the contract had been reviewed by the city's lawyers",
        "Maria Alvarez",
    ),
    (
        "Senator Paul Whitaker questioned why the agency had waited six months to notify the families.",
        "why the agency had waited six months to notify the families",
        "Paul Whitaker",
    ),
    # a phrasal verb of saying ("point out") and a ruling
    (
        "The Treasury Department pointed out that the deficit had narrowed for a third straight quarter.",
        "the deficit had narrowed for a third straight quarter",
        "Treasury Department",
    ),
    (
        "A federal appeals court ruled that the state's voter purge violated federal law.",
        "the state's voter purge violated federal law",
        "federal appeals court",
    ),
    # the lemmatizer reads "hoped" as "hop"
    (
        "Governor Tom Halloran hoped voters would approve the bond measure in November.",
        "voters would approve the bond measure in November",
        "Tom Halloran",
    ),
    # a that-less clause the parser hung on "said" as an adverbial clause, words coming between them
    (
        "Mayor Lena Fischer said after the meeting she would not seek a third term.",
        "she would not seek a third term",
        "Lena Fischer",
    ),
    # the attribution in an "as" clause, after or before what was said
    (
        "The bridge will stay closed until the end of May, as the Transport Ministry said on Tuesday.",
        "The bridge will stay closed until the end of May",
        "Transport Ministry",
    ),
    (
        "As Senator Paul Whitaker noted, the budget leaves no money for road repairs.",
        "the budget leaves no money for road repairs",
        "Paul Whitaker",
    ),
    # "that" set off from its verb by a phrase in commas, which the parser read as the main clause
    (
        "Senator Paul Whitaker continues to insist, most recently in an interview with a local radio station, that the budget is balanced.",
        "the budget is balanced",
        "Paul Whitaker",
    ),
    # a gerund of means has the subject of the verb its preposition hangs on
    (
        "Mayor Lena Fischer answered her critics by saying the new tax would pay only for school repairs.",
        "the new tax would pay only for school repairs",
        "Lena Fischer",
    ),
    # a noun of saying owned by the subject of a light verb, or by its "from" phrase
    (
        "Senator Paul Whitaker issued a warning that the talks could collapse within days.",
        "the talks could collapse within days",
        "Paul Whitaker",
    ),
    (
        "Senator Paul Whitaker made the case that the stadium deal would cost taxpayers $400 million.",
        "the stadium deal would cost taxpayers $400 million",
        "Paul Whitaker",
    ),
    # an adjective of certainty with a clause, held by its subject
    (
        "Union leader Dana Kowalski is confident that the strike will end before Christmas.",
        "the strike will end before Christmas",
        "Dana Kowalski",
    ),
    # "according to" after the clause's verb, with an apposition after it
    (
        "Unemployment fell to 4.1 percent in March, according to the Labor Department, the lowest level in a decade.",
        "Unemployment fell to 4.1 percent in March",
        "Labor Department",
    ),
    # a question put as a clause after a verb of talking and its preposition
    (
        "Mayor Lena Fischer spoke about how the closure of the steel plant had changed the town.",
        "how the closure of the steel plant had changed the town",
        "Lena Fischer",
    ),
    # a verb of stating reports its noun object
    (
        "Defense Minister Karl Brandt denied any involvement in the cyberattack on the election commission.",
        "any involvement in the cyberattack on the election commission",
        "Karl Brandt",
    ),
    (
        "Senator Paul Whitaker has acknowledged the reality of rising seas in several speeches.",
        "the reality of rising seas in several speeches",
        "Paul Whitaker",
    ),
]


@pytest.mark.parametrize(("text", "clause", "speaker"), CASES)
def test_reported_clause_is_an_indirect_quote(text, clause, speaker):
    got = _indirect(text)
    assert any(q == clause and s and s.endswith(speaker) for q, s, _ in got), got


@pytest.mark.parametrize(
    "text",
    [
        # the tagger reads "charges" as a noun and "Costa" as its modifier: a sentence with no other verb
        "But Costa charges that the audit was ordered for political reasons.",
        "But Costa charges that the deal is dead.",
    ],
)
def test_verb_tagged_as_a_noun_reports(text):
    assert [(s, c) for _, s, c in _indirect(text)] == [("Costa", "charges")]


@pytest.mark.parametrize(
    "text",
    [
        "The senator continues to insist, most recently in an interview with CBS News, that he really wants to release his taxes.",
        "The Democratic nominee continues to argue, most recently in a New Year interview with CNN, that she really wants to "
        "raise the minimum wage.",
    ],
)
def test_subordinate_verb_reports_no_clause_before_it(text):
    # the parser makes "wants" the root and "continues to insist" its complement: no quote of "wants" is
    # made of the words before it, and the "that" clause is what was insisted
    got = _indirect(text)
    assert not any(c == "wants" and text.startswith(q) for q, _, c in got), got
    assert any(c in ("insist", "argue") and q.startswith(("he really", "she really")) for q, _, c in got), got


def test_cue_of_a_quoted_title_still_reports_its_clause():
    # "told" introduces the quoted programme name and, after it, the reported clause
    text = "Mayor Lena Fischer told the “Daily Briefing” podcast on Monday that the bridge would reopen in May."
    assert ("the bridge would reopen in May", "Lena Fischer", "told") in _indirect(text)


@pytest.mark.parametrize(
    "text",
    [
        # a question asserts nothing: its clause is no one's report
        "Mayor Lena Fischer spoke for an hour. Do you know where the city’s budget surplus went last year?",
        "Would voters think Senator Paul Whitaker must be the worst candidate in the state?",
        # a verb with its own object reports no clause before it
        "We have been here before: Senator Paul Whitaker declared war on the city council in 2019.",
    ],
)
def test_no_report_without_a_reporting_clause(text):
    assert _indirect(text) == []
