"""Attributions without a reported clause (PolNeAR's wider sense of reported speech): a stance taken on a
thing ("criticized the governor's budget"), a topic spoken of, an intention on a noun, and the precision
limits of each.  Our own sentences, in the style of news copy."""

from __future__ import annotations

import pytest

import parallax
from parallax.records import Article


def _indirect(text: str, lang: str = "en") -> list[tuple[str, str | None, str | None]]:
    art = Article(id="t", text=text, language=lang, published="2026-03-05")
    parallax.analyze([art])
    return [(q.text, q.speaker, q.cue) for q in art.quotes if q.kind == "indirect"]


STANCES = [
    # a verb of judging, with the grounds it gives ("for ...")
    (
        "Senator Dana Whitfield criticized the governor's budget for cutting school funding.",
        "the governor's budget for cutting school funding",
        "Dana Whitfield",
    ),
    # backing someone, a name as the object
    ("The teachers' union endorsed Mayor Lena Fischer for a third term.", "Mayor Lena Fischer for a third term", "union"),
    # a verb as common for a deed, read as a stance when its object is a person with the grounds
    (
        "Governor Tom Halloran attacked Senator Paul Whitaker for his vote against the flood relief bill.",
        "Senator Paul Whitaker for his vote against the flood relief bill",
        "Tom Halloran",
    ),
    # putting a topic forward; the subject a name the entity model misses in a sentence of its own
    ("Whitaker cited the rising cost of housing in his speech.", "the rising cost of housing in his speech", "Whitaker"),
    # a plural of a person noun holds a view ("officials", "critics")
    ("State officials praised the new flood barriers along the river.", "the new flood barriers along the river", "State officials"),
    # a verb of talking and the noun of its topic
    (
        "Mayor Lena Fischer complained about the slow pace of repairs on the harbour bridge.",
        "the slow pace of repairs on the harbour bridge",
        "Lena Fischer",
    ),
    # an intention on a noun, owned by its possessor
    (
        "Mayor Lena Fischer's promise to rebuild the bridge by June has angered her rivals.",
        "to rebuild the bridge by June",
        "Lena Fischer",
    ),
    # a negated infinitive of intention
    ("Senator Paul Whitaker vowed not to raise the gas tax again.", "not to raise the gas tax again", "Paul Whitaker"),
    # a noun of judging or talking, owned by the subject of its light verb
    ("Senator Paul Whitaker voiced strong support for the new transit tax.", "the new transit tax", "Paul Whitaker"),
    ("Republicans raised questions about the governor's health.", "the governor's health", "Republicans"),
    # what an appeal asks for is a noun phrase, shorter than a clause
    ("Mayor Lena Fischer called for stricter gun laws.", "stricter gun laws", "Lena Fischer"),
    # the passive with its agent: the stance is the agent's, on the subject
    ("The new stadium budget was criticized by Senator Paul Whitaker for its cuts.", "The new stadium budget", "Paul Whitaker"),
    # a directive: its object and infinitive are what someone was asked to do
    (
        "The mayor's office asked residents to conserve water during the heat wave.",
        "residents to conserve water during the heat wave",
        "office",
    ),
]


def test_a_verb_inside_a_directive_is_part_of_it():
    # "discuss" is what the council was asked to do, not a stance of Whitaker's
    got = _indirect("Whitaker asked the council to discuss the stadium deal.")
    assert [c for _, _, c in got] == ["asked"], got


@pytest.mark.parametrize(("text", "content", "speaker"), STANCES)
def test_a_stance_on_a_thing_is_an_attribution(text, content, speaker):
    got = _indirect(text)
    assert any(q == content and s and s.endswith(speaker) for q, s, _ in got), got


@pytest.mark.parametrize(
    "text",
    [
        # a deed, not a stance: the object is no person and no grounds are given
        "Rebels attacked a convoy near the border town of Kessa.",
        # with a particle, another verb
        "Senator Paul Whitaker backed off his earlier proposal to raise the gas tax.",
        # a pronoun alone says nothing
        "Senator Paul Whitaker supported it.",
        # no one who can hold a view
        "People support the new flood barriers along the river.",
    ],
)
def test_no_stance_without_a_holder_or_a_position(text):
    assert [c for _, _, c in _indirect(text) if c in ("attacked", "backed", "supported", "support")] == []


@pytest.mark.parametrize(
    "text, cue",
    [
        # an infinitive under a noun names no holder at the verb: the object is no speaker
        ("Members agreed on Friday to increase trade with Brazil, in response to Peru's failure to condemn the blockade of the port.", "condemn"),
        # deeds of an alliance or an army, not positions
        ("NATO will defend all NATO allies against any threat.", "defend"),
        ("For the first time the alliance is inviting Norway to attend the meeting of defence ministers.", "inviting"),
        ("The general ordered the troops to withdraw from the northern villages.", "ordered"),
    ],
)
def test_no_stance_from_a_deed_or_without_its_holder(text, cue):
    assert [c for _, _, c in _indirect(text) if c == cue] == []


@pytest.mark.parametrize(
    "text",
    [
        # first-person verbs of judging or thinking inside a quotation are the speaker's words, not a report
        "“I think we should support the new budget for the schools,” Senator Paul Whitaker said on Tuesday.",
        "Mayor Lena Fischer spoke on Monday. “We criticized the old plan for its cost and we endorsed the new one,” she said.",
    ],
)
def test_no_report_inside_a_quotation(text):
    assert _indirect(text) == []


def test_a_quoted_judgement_is_read_as_the_quotation():
    # the quoted words carry the stance: a quotation, not a second, indirect report around it
    assert _indirect("Governor Tom Halloran blasted the plan as a “reckless gamble” on Tuesday.") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the English lexicons of this module stay out of French and Spanish copy
        ("Le maire Jean Dupont a critiqué le budget du gouvernement pour ses coupes dans l'éducation.", "fr"),
        ("Le syndicat soutient la candidate Marie Lefèvre pour un second mandat.", "fr"),
        ("El alcalde Ignacio Lezcano criticó el presupuesto del gobierno por sus recortes.", "es"),
        ("La ministra Ana Ruiz apoyó el plan de vivienda del ayuntamiento.", "es"),
    ],
)
def test_no_stance_read_in_french_or_spanish(text, lang):
    assert _indirect(text, lang) == []
