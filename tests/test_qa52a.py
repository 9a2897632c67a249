"""Session 52, helper qa52a: English across outlets (US, UK, Irish, Australian, Indian, Nigerian, Ghanaian and
Singaporean papers and wires): the session's known leftovers and the sets' findings (each fix has a test below with
an invented sentence)."""

from __future__ import annotations

import parallax
from parallax.analyze.quantities import TALLY
from parallax.records import Article


def _art(text: str, published: str = "2026-12-04T10:00:00+00:00") -> Article:
    return parallax.analyze([Article(id="t", text=text, language="en", published=published)])[0]


def _conflicts(*texts: str) -> list[tuple[str, dict]]:
    from tests.helpers import mixed_articles, shown

    facts = parallax.compare(mixed_articles(*(("en", t) for t in texts))).to_dict()["facts"]
    return [(c["kind"], shown(c)) for f in facts for c in f["conflicts"]]


def _tallies(text: str) -> list[str]:
    return [q.text for q in _art(text).quantities if q.unit == TALLY]


def test_a_tally_of_counts_over_three_digits_is_one_pair() -> None:
    # an election's counts run to thousands, written with a comma between each three digits ("84,312"), or in
    # Indian papers in lakhs ("1,84,312"); the pair is the same result as a three-digit one
    assert _tallies("The motion passed by 84,312 votes to 61,907 on Thursday.") == ["84,312 votes to 61,907"]
    assert _tallies("She won the seat with 84,312 votes against 61,907 for her rival.") == ["84,312 votes against 61,907"]
    assert _tallies("The referendum passed 84,312-61,907 on Thursday.") == ["84,312-61,907"]
    assert _tallies("He won the seat by 1,84,312 votes to 96,210.") == ["1,84,312 votes to 96,210"]
    # a range of thousands is still none
    assert _tallies("Between 10,000-15,000 people marched on Thursday.") == []
    got = _conflicts(
        "Adeyemi won the governorship election by 384,312 votes to 261,907, the electoral commission said.",
        "Adeyemi won the governorship election with 384,312 votes against 216,907, the electoral commission said.",
    )
    assert [(k, v.get("unit")) for k, v in got] == [("number", "result")]
    assert not _conflicts(
        "Adeyemi won the governorship election by 384,312 votes to 261,907, the electoral commission said.",
        "Adeyemi won the governorship election 384,312-261,907, the electoral commission said.",
    )


def test_he_said_after_a_firm_named_with_two_capitalised_words_is_no_firm() -> None:
    # "Acme Holdings said": the model tags the firm an organisation, and its last word then stood as a surname
    # ("Holdings") that made the firm the subject a later "he said" takes up; a word that heads a firm's name
    # ("Holdings", "Group", "Industries", "Airways") never ends a person's
    for firm in ("Acme Holdings", "Okafor Holdings", "Mensah Group", "Boateng Industries", "Lim Partners"):
        art = _art(f"Mr Kofi Owusu chaired the meeting. Profits rose 12 per cent, {firm} said. He said the outlook was bright.")
        assert [q.speaker for q in art.quotes][1:] != [firm], firm
    art = _art('Profits rose 12 per cent, Acme Holdings said. He said the outlook was "bright and steady".')
    assert "Acme Holdings" not in [q.speaker for q in art.quotes[1:]]
    # the firm still speaks for itself, and "it said" still takes it up
    art = _art('Revenue fell sharply in the quarter, Dangote Cement said on Tuesday. "We expect a recovery," it said.')
    assert [q.speaker for q in art.quotes] == ["Dangote Cement", "Dangote Cement"]
    # a person the model tagged an organisation is still the one a later "she said" takes up
    art = _art('"We will appeal," Maren Holt said on Monday. Holt said the ruling was unfair. "It is wrong," she said.')
    assert [q.speaker for q in art.quotes] == ["Maren Holt"] * 3


def test_a_dateline_opening_an_article_built_directly_is_no_part_of_what_is_said() -> None:
    # ingest sets a dateline apart from the first sentence; an Article built in code keeps it in its text, and the
    # content of the reported speech that opens the sentence ("LAHORE: A fire ..., police said") took the place in
    for text in (
        "LAHORE: A fire at a textile factory killed 14 workers on Monday, police said.",
        "ABUJA — The central bank raised its key rate to 27.5 per cent on Tuesday, Governor Olayemi Cardoso said.",
        "SINGAPORE (Reuters) - Singapore Airlines cancelled 40 flights on Tuesday, the airline said.",
    ):
        quotes = _art(text).quotes
        assert len(quotes) == 1, quotes
        assert not any(w in quotes[0].text for w in ("LAHORE", "ABUJA", "SINGAPORE ", "Reuters")), quotes
        assert quotes[0].text == text[quotes[0].start : quotes[0].end]
    # nor is the place the source of a claim after it when the model tags it an organisation ("NAIROBI: The toll ...",
    # a headline's "Pence: ..." label); ingest reads the same text as a dateline
    for text in ("NAIROBI: The toll rose to 14.", "KARACHI: Sindh police arrested three men on Monday.\nThe fire broke out at 3am."):
        assert [q.speaker for q in _art(text).quotes] == []
    # a poll's label still is the source
    assert [q.speaker for q in _art("POLL: Mercer and Alvarez level in capital race").quotes] in (["POLL"], ["Poll"])


def test_a_visit_someone_is_expected_to_make_is_a_schedule_no_claim() -> None:
    # "is expected to visit the site on Friday" tells a plan as "is due to visit" does: the writer's diary, no
    # one's belief; "is expected to win" (a forecast) stays a claim with no named source, as PolNeAR counts it
    for text in (
        "Mark Mitchell is expected to visit the site on Friday.",
        "The President is expected to arrive in Lagos on Thursday.",
        "Prime Minister Lawrence Wong is expected to attend the summit next week.",
    ):
        assert [q.text for q in _art(text).quotes] == [], text
    assert [q.speaker for q in _art("The ruling party is expected to win the vote comfortably.").quotes] == [None]


def test_a_party_called_by_its_nickname_is_the_same_party_in_a_list_of_shares() -> None:
    # British papers write "the Tories" for the Conservatives, American ones "the GOP" for the Republicans and
    # "Dems" for the Democrats: one party's share under two names is compared with itself
    got = _conflicts(
        "Labour won 41% of the vote and the Conservatives 33%, the returning officer said.",
        "The Tories won 41% of the vote and Labour 33%, the returning officer said.",
    )
    assert sorted(v.get("a", [None])[0] for _, v in got) == [33.0, 41.0], got
    assert not _conflicts(
        "Labour won 41% of the vote and the Conservatives 33%, the returning officer said.",
        "The Tories won 33% of the vote and Labour 41%, the returning officer said.",
    )
    assert not _conflicts(
        "The Democrats took 52% of the vote and the Republicans 46% in the county.",
        "The GOP took 46% of the vote and the Dems 52% in the county.",
    )


def test_two_candidates_counts_in_one_sentence_meet_a_tally() -> None:
    # Nigerian and Ghanaian papers give each candidate's votes apart ("polled 384,312 votes ... who scored 261,907
    # votes"), a wire the result as one tally ("384,312 votes against 216,907"): the two counts are that result
    a = "Adeyemi polled 384,312 votes to defeat his closest rival, Funmi Okoro of the PDP, who scored 261,907 votes."
    got = _conflicts(a, "The returning officer said Adeyemi polled 384,312 votes against 216,907 votes scored by Funmi Okoro of the PDP.")
    assert [(k, v.get("unit")) for k, v in got] == [("number", "result")], got
    assert not _conflicts(a, "The returning officer said Adeyemi polled 384,312 votes against 261,907 votes scored by Funmi Okoro of the PDP.")


def test_the_name_set_beside_an_according_to_role_is_no_part_of_what_is_said() -> None:
    # "According to the Managing Director, Akosua Boateng, demand ... drove the growth": the name in apposition to the
    # role is the source, and the content starts after it
    for text, content in (
        ("According to the Managing Director, Akosua Boateng, demand from housing projects drove the growth.",
         "demand from housing projects drove the growth"),
        ("According to the company's chief executive, Tan Wei Ling, sales rose.", "sales rose"),
    ):
        quotes = _art(text).quotes
        assert [(q.speaker, q.text) for q in quotes] in ([("Akosua Boateng", content)], [("Tan Wei Ling", content)]), quotes
        assert quotes[0].text == text[quotes[0].start : quotes[0].end]
