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
