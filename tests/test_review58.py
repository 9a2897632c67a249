"""Review of session 58: death and injury tolls in Swahili, Hausa, Yoruba and Amharic meet other languages' (invented
text throughout).

qa58c's sets showed "mutane 20 sun mutu" (Hausa), "èèyàn 20 ló kú" (Yoruba) and "20 ሰዎች ሞተዋል" (Amharic) aligned with
an English "killed 25 people" as one fact with no conflict: the words for died and were killed were not among the
casualty words, Hausa and Yoruba nouns before their count were not read as the count's noun, and Hausa "ranar" (the
day of) made "20 ranar Litinin" twenty days.
"""

from __future__ import annotations

import pytest

from tests.helpers import analyzed, mixed_articles, sentence_pair_conflicts

ENGLISH = "A fire at the Kano market killed 25 people on Monday, police said."
TOLLS = {
    "sw": "Watu 20 wamekufa katika moto kwenye soko la Kano Jumatatu, polisi walisema.",
    "ha": "Mutane 20 sun mutu a gobarar kasuwar Kano ranar Litinin, in ji 'yan sanda.",
    "yo": "Èèyàn 20 ló kú nínú iná ọjà Kano ní ọjọ́ Ajé, ọlọ́pàá sọ.",
    "am": "በካኖ ገበያ በደረሰ የእሳት አደጋ ሰኞ 20 ሰዎች ሞተዋል ሲል ፖሊስ ገልጿል።",
}


@pytest.mark.parametrize("lang", sorted(TOLLS))
def test_a_death_toll_in_another_language_conflicts_with_the_english_one(lang: str) -> None:
    a, b = mixed_articles(("en", ENGLISH), (lang, TOLLS[lang]))
    conflicts = sentence_pair_conflicts(a, 0, b, 0)
    assert [(kind, values["a"], values["b"]) for kind, values in conflicts] == [("number", [25.0], [20.0])], conflicts


@pytest.mark.parametrize("lang", sorted(TOLLS))
def test_the_same_toll_in_another_language_is_no_conflict(lang: str) -> None:
    a, b = mixed_articles(("en", ENGLISH.replace("25", "20")), (lang, TOLLS[lang]))
    assert sentence_pair_conflicts(a, 0, b, 0) == []


def test_the_injured_in_swahili_are_not_the_dead() -> None:
    """Twenty dead in English and five injured in Swahili are two counts, not one in conflict."""
    swahili = "Watu 5 wamejeruhiwa katika moto kwenye soko la Kano Jumatatu, polisi walisema."
    a, b = mixed_articles(("en", ENGLISH), ("sw", swahili))
    assert sentence_pair_conflicts(a, 0, b, 0) == []


def test_the_day_of_a_hausa_weekday_counts_no_days() -> None:
    article = analyzed("Gobara a kasuwar Kano ta kashe mutane 20 ranar Litinin, in ji 'yan sanda.", "ha")
    assert [t.text for t in article.times] == ["Litinin"]
    assert [(q.text, q.unit) for q in article.quantities] == [("20", "mutane")]
