"""Who a pronoun, a description or a document is, from QA sweeps 14 and 15: each rule with the
traps that must not fire."""

from __future__ import annotations

import parallax
from parallax.analyze.quotes.antecedents import impersonal, pronouns
from parallax.records import Article


def _quotes(text: str, lang: str = "en") -> list[tuple[str, str | None, str, str | None]]:
    art = Article(id="t", text=text, language=lang, published="2026-03-05")
    parallax.analyze([art])
    return [(q.text, q.speaker, q.kind, q.cue) for q in art.quotes]


def _speaker_of(text: str, start: str, lang: str = "en") -> str | None:
    found = [s for q, s, _, _ in _quotes(text, lang) if q.startswith(start)]
    assert found, _quotes(text, lang)
    return found[0]


# ---------------------------------------------------------------- pronouns belong to a language


def test_pronouns_are_per_language():
    assert "on" in pronouns("pl") and "on" in pronouns("cs")
    assert "on" not in pronouns("fr") and "on" not in pronouns("en")
    assert "il" in pronouns("fr") and "il" not in pronouns("it")
    assert pronouns("xx") == pronouns("en")  # a language without its own reads English's
    assert impersonal("fr") == {"on"} and not impersonal("pl")


def test_french_impersonal_on_names_no_one():
    text = "Le ministre Jean Dupont a visité le site mardi. « La situation est très grave et la reprise prendra des mois », dit-on au ministère."
    assert _speaker_of(text, "La situation", "fr") is None


def test_french_inverted_pronoun_still_goes_to_the_person():
    text = "Le ministre Jean Dupont a visité le site mardi. « La situation est très grave et la reprise prendra des mois », a-t-il déclaré."
    assert _speaker_of(text, "La situation", "fr") == "Jean Dupont"


def test_german_impersonal_man_names_no_one():
    text = "Ministerin Anna Berg besuchte den Ort. „Die Lage ist sehr ernst und wird Monate dauern“, sagt man im Ministerium."
    assert _speaker_of(text, "Die Lage", "de") is None


def test_german_sie_after_the_cue_is_still_the_woman():
    text = "Ministerin Anna Berg besuchte den Ort. „Die Lage ist sehr ernst und wird Monate dauern“, sagte sie."
    assert _speaker_of(text, "Die Lage", "de") == "Anna Berg"


def test_polish_on_is_still_he():
    text = "Minister Jan Nowak odwiedził miejsce. „Sytuacja jest bardzo poważna i potrwa miesiące”, powiedział on."
    assert _speaker_of(text, "Sytuacja", "pl") == "Jan Nowak"


# ---------------------------------------------------------------- a document that speaks


def test_the_report_said_stays_the_report_in_a_long_paragraph():
    """The sentence's own "the report said" wins over a person another sentence quoted: the last
    mention of the report before it is one where the report speaks, which names no author."""
    text = (
        "The authority's chief engineer, Paul Grady, said the dam was safe for now, the report said. "
        "A further 2,500 homes could be at risk in a severe storm, officials said. "
        "The repairs would cost about 45 million pounds and take two years, the report said."
    )
    assert _speaker_of(text, "The repairs would cost", "en") == "report"


def test_according_to_the_report_names_no_author_either():
    text = (
        "Paul Grady told the committee the dam was safe, according to the report. "
        "The repairs would cost about 45 million pounds and take two years, the report said."
    )
    assert _speaker_of(text, "The repairs would cost", "en") == "report"


def test_a_statement_someone_released_still_speaks_for_them():
    text = (
        "Senator Anna Berg released a statement late Tuesday. "
        "“We cannot afford to wait another year for this bridge,” the statement said."
    )
    assert _speaker_of(text, "We cannot afford", "en") == "Anna Berg"
