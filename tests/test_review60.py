"""Session 60's review: rules of the session's helpers narrowed where they caught more than they meant to.

All text, outlets, people and places invented."""

from __future__ import annotations

import pytest

from tests.helpers import analyzed


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Many Democrats opposed the bill. Democrats said it was rushed.", "Democrats"),
        ("Several Kenyans were hurt in the crash. Kenyans abroad sent aid.", "Kenyans"),
        ("Angry Kenyans marched on Friday. Kenyans abroad sent aid.", "Kenyans"),
    ],
)
def test_a_quantifier_or_a_groups_plural_opening_a_sentence_is_no_persons_name(text: str, group: str) -> None:
    """The unlisted-given-name rule ("Emeka Nwosu denied ...") joins no quantifier to a group's plural."""
    art = analyzed(text, "en")
    assert not [e.text for e in art.entities if e.label == "PERSON" and group in e.text]


def test_a_weekday_opening_a_sentence_is_no_given_name() -> None:
    art = analyzed("Thursday Adeyemi returned home. Adeyemi said he was tired.", "en")
    assert "Thursday Adeyemi" not in [e.text for e in art.entities]


def test_an_unlisted_given_name_still_joins_its_surname() -> None:
    art = analyzed("Emeka Nwosu denied that he took the money. Nwosu said he was innocent.", "en")
    assert "Emeka Nwosu" in [e.text for e in art.entities if e.label == "PERSON"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "A polícia deteve 14 pessoas durante o protesto em Lisboa na sexta-feira."),
        ("es", "La policía detuvo a 14 personas durante la protesta en Lisboa el viernes."),
    ],
)
def test_an_active_arrest_verb_in_spanish_or_portuguese_counts_the_arrested(lang: str, text: str) -> None:
    """qa60b found "deteve 14 pessoas" left out of an arrest count's conflict: only the participles were role words."""
    from tests.helpers import mixed_conflicts

    english = "Police arrested 19 people during the protest in Lisbon on Friday."
    assert [k for k, _ in mixed_conflicts(("en", english), (lang, text))] == ["number"]
    agreeing = text.replace("14", "19")
    assert mixed_conflicts(("en", english), (lang, agreeing)) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Following Brandt, the party split. Brandt left on Monday.", "Following Brandt"),
        ("Receiving French aid was a relief, the mayor said. French engineers arrived on Monday.", "Receiving French"),
    ],
)
def test_a_participle_or_a_nationality_opening_a_sentence_is_no_persons_name(text: str, word: str) -> None:
    """Two joins on a framing dev set, "Following Trump" and "Receiving French", lowered its precision: neither
    a participle nor a nationality the model reads as nothing else is a person's given name and surname."""
    art = analyzed(text, "en")
    assert word not in [e.text for e in art.entities]
