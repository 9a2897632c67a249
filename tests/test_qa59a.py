"""qa59a: English QA (wire, court, business and local-paper reporting) on invented reports published on Saturday
14 March 2026 (:data:`tests.helpers.QA_PUBLISHED`)."""

from __future__ import annotations

import pytest

from tests.helpers import QA_PUBLISHED, analyzed, quote_speakers, time_values


# a definite description that speaks ("the defendant told the court") names the one person the report gave that
# noun beside the name ("Emeka Nwosu, the defendant,", "Nwosu, a 42-year-old trader,"): any noun of a person's
# part or trade, not only the listed offices
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Emeka Nwosu, the defendant, appeared before Magistrate Ada Obi on Monday. "I was framed," the defendant said.', "Emeka Nwosu"),
        ('Emeka Nwosu, a 42-year-old trader, was arrested in May. "I did nothing wrong," the trader told the court.', "Emeka Nwosu"),
        ('Prosecutors called Ruth Adair, the complainant, on Monday. "He took my savings," the complainant said.', "Ruth Adair"),
    ],
)
def test_definite_party_names_the_person_given_that_noun(text: str, speaker: str) -> None:
    assert quote_speakers(text, "en", QA_PUBLISHED) == [speaker]


# a cue whose only object is a noun phrase ("denied the charges", "rejected the claims") reports no words: no
# quotation; a content clause after it ("denied that he had taken") still is one
@pytest.mark.parametrize(
    "text",
    [
        "Emeka Nwosu denied the charges.",
        "Emeka Nwosu denied the charges against him on Friday.",
        "The company rejected the claims on Tuesday.",
        "Emeka Nwosu denied the fraud charges.",
        "Olu Bakare denied all wrongdoing.",
    ],
)
def test_cue_with_a_noun_phrase_object_is_no_quotation(text: str) -> None:
    assert analyzed(text, "en", QA_PUBLISHED).quotes == []


def test_cue_with_a_clause_is_still_a_quotation() -> None:
    quotes = analyzed("Emeka Nwosu denied that he had taken the money.", "en", QA_PUBLISHED).quotes
    assert [q.text for q in quotes] == ["he had taken the money"]


# an agent noun before two capitalised words that the report later calls by the last one is a description, even when
# the first of them is no listed given name ("Vendor Joy Okafor ... Okafor said")
@pytest.mark.parametrize(
    "text",
    [
        '"Prices have doubled," said Vendor Joy Okafor. Okafor added that sales had fallen.',
        'Vendor Joy Okafor said: "Prices have doubled." Okafor said sales had fallen.',
        'Welder Tunde Bakare said: "The gas ran out." Bakare said he had waited for a week.',
    ],
)
def test_agent_noun_before_a_name_the_report_shortens(text: str) -> None:
    speakers = quote_speakers(text, "en", QA_PUBLISHED)
    assert speakers and all(s is not None and not s.startswith(("Vendor", "Welder")) for s in speakers), speakers


# "a year earlier" counts back from the year the sentence reported, not from publication; with none, from publication
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Harbour Foods said on Tuesday that profit for 2024 rose to $12 million from $9 million a year earlier.", "2023"),
        ("Revenue in 2022 was 40% higher than two years earlier, the company said.", "2020"),
        ("Harbour Foods said its fourth-quarter profit rose 12%, compared with a year earlier.", "2024-Q4"),
        ("Harbour Foods said profit rose 12% from a year earlier.", "2025"),
        ("Profit for 2024 was $12 million. A year earlier the firm had opened its first store.", "2025"),
    ],
)
def test_a_year_earlier_counts_from_the_year_reported(text: str, value: str) -> None:
    values = time_values(text, "en", QA_PUBLISHED)
    assert [v for k, v in values.items() if k.lower().endswith("earlier")] == [value], values
