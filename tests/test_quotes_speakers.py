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
