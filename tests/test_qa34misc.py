"""QA round 34 on outbreaks, emergency landings, corruption arrests, launches and data breaches (pt, nl, tr, id,
ja, ko, sv with English): each test holds one rule of the language or of news writing the round found missing."""

from __future__ import annotations

from tests.helpers import analyzed


def _speakers(text: str, lang: str) -> list[str | None]:
    return [q.speaker for q in analyzed(text, lang).quotes if q.kind == "direct"]


def test_indonesian_name_stops_before_the_preposition_di():
    # "di" is "at": the speaker is Johanis, not "Johanis di Gedung Merah Putih"
    text = '"Kami tidak akan berhenti," kata Johanis di Gedung Merah Putih KPK, Rabu.'
    assert _speakers(text, "id") == ["Johanis"]
    assert "Gedung Merah Putih KPK" in [e.text for e in analyzed(text, "id").entities]


def test_indonesian_menurut_is_no_part_of_a_name():
    # "Menurut Johanis" (according to Johanis) opened a capitalised run, which a later "ujar Johanis" took up
    text = 'Menurut Johanis, uang itu diserahkan di hotel.\n\n"Kami tidak akan berhenti," ujar Johanis.'
    assert _speakers(text, "id") == ["Johanis"]
    assert "Menurut Johanis" not in [e.text for e in analyzed(text, "id").entities]


def test_a_part_set_against_a_whole_the_report_states_itself_is_no_conflict():
    from parallax.compare.conflicts import sentence_conflicts
    from tests.helpers import analysed_articles

    a, b = analysed_articles(
        [
            "Uppgifter om 1,2 miljoner kunder läckte. För 8 procent av de drabbade, cirka 96 000 kunder, läcktes även kortnummer.",
            "Bolaget meddelade att 1,2 miljoner kunder drabbats, varav cirka 10 procent fått kortnummer röjda.",
        ],
        "sv",
    )
    found = [(c.kind, c.values) for c in sentence_conflicts(a, a.sentences[1], b, b.sentences[0])]
    # 96,000 customers against 1.2 million: the first report states 1.2 million itself, so only the shares differ
    assert [v.get("unit") for k, v in found if k == "number"] == ["%"]


def test_a_toll_the_report_gives_only_for_another_role_still_conflicts():
    from tests.helpers import first_sentence_conflicts

    found = first_sentence_conflicts("Three people died in the fire. Twelve people were injured.", "Twelve people died in the fire.", "en")
    assert [k for k, _ in found] == ["number"]
