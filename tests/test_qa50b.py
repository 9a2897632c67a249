"""QA round 50b (European languages): a word for one before a person or a casualty counts ("Eine Person wurde
leicht verletzt", "un blessé", "jedna osoba"), ..."""

from __future__ import annotations

from parallax.compare.roles import role
from tests.helpers import analyzed, compared_conflicts


def _roles(text: str, lang: str) -> list[tuple[str, float | None, str | None]]:
    a = analyzed(text, lang)
    return [(q.text, q.value, role(a.text, q)) for q in a.quantities]


def test_a_word_for_one_before_a_person_or_a_casualty_counts_one() -> None:
    # the article and the word for one are one word in these languages; before a noun of a person or a casualty it
    # is a count of one ("a person was injured" is one injured), as English "one person" already was
    assert _roles("Eine Person wurde leicht verletzt.", "de") == [("Eine Person", 1.0, "injured")]
    assert _roles("Une personne a été légèrement blessée.", "fr") == [("Une personne", 1.0, "injured")]
    assert _roles("L'accident a fait un mort et un blessé.", "fr") == [("un mort", 1.0, "dead"), ("un blessé", 1.0, "injured")]
    assert _roles("Una persona è rimasta ferita.", "it") == [("Una persona", 1.0, "injured")]
    assert _roles("Una persona resultó herida.", "es") == [("Una persona", 1.0, "injured")]
    assert _roles("Jedna osoba je lakše ozlijeđena.", "hr") == [("Jedna osoba", 1.0, "injured")]
    assert _roles("Jedna osoba została ranna.", "pl") == [("Jedna osoba", 1.0, "injured")]
    assert _roles("Eén persoon raakte lichtgewond.", "nl") == [("Eén persoon", 1.0, "injured")]


def test_a_word_for_one_before_another_noun_stays_an_article() -> None:
    assert _roles("Eine Frau aus Berlin sagte, das Feuer sei schnell gelöscht worden.", "de") == []
    assert _roles("Un témoin a vu une voiture.", "fr") == []


def test_one_injured_against_two_injured_conflicts() -> None:
    a = "Ein Lastwagen ist am Dienstag bei Ulm verunglückt. Eine Person wurde leicht verletzt."
    b = "Ein Lastwagen ist am Dienstag bei Ulm verunglückt. Zwei Personen wurden leicht verletzt."
    found = compared_conflicts([a, b], "de")
    assert [(k, v["a"], v["b"]) for k, v in found] == [("number", [1.0], [2.0])]


def _quote_grades(pairs: list[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    from tests.helpers import mixed_articles
    import parallax

    d = parallax.compare(mixed_articles(*pairs)).to_dict()
    return [(g["fidelity"], [v["fidelity"] for v in g["variants"]]) for g in d["quotes"]]


def test_a_translated_quotation_that_drops_a_south_slavic_negation_is_altered() -> None:
    # Croatian, Serbian and Bosnian fuse the negation with the verb ("neće", "nije", "nemamo"; Cyrillic "неће"):
    # a translation that drops it says the opposite of what was said
    en = "Finance Minister Marko Perić presented the budget on Tuesday. “The government will raise taxes this year,” Perić told reporters."
    hr = "Ministar financija Marko Perić u utorak je predstavio proračun. „Vlada ove godine neće podizati poreze“, rekao je Perić novinarima."
    sr = "Министар финансија Марко Перић у уторак је представио буџет. „Влада ове године неће подизати порезе“, рекао је Перић новинарима."
    assert _quote_grades([("en", en), ("hr", hr)]) == [("altered", ["verbatim", "altered"])]
    assert _quote_grades([("en", en), ("sr", sr)]) == [("altered", ["verbatim", "altered"])]
    # the faithful translation stays a paraphrase
    en_not = en.replace("will raise", "will not raise")
    assert _quote_grades([("en", en_not), ("hr", hr)]) == [("paraphrase", ["verbatim", "paraphrase"])]
    ro = "Ministrul Finanțelor, Marko Perić, a prezentat bugetul marți. „Guvernul nu va majora taxele anul acesta”, a declarat Perić."
    assert _quote_grades([("en", en), ("ro", ro)]) == [("altered", ["verbatim", "altered"])]
