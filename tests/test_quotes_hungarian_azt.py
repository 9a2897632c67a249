"""Hungarian: 'X szóvivő azt mondta: „...”' (the role after the name, "azt" before the verb) names X (QA sweep 20)."""

from __future__ import annotations

from tests.helpers import analyzed


def test_name_role_and_azt_before_the_verb():
    text = "Kovács Péter tűzoltóparancsnok szerdán azt mondta: „A tüzet eloltották.”"
    assert [(q.text, q.speaker) for q in analyzed(text, "hu").quotes] == [("A tüzet eloltották.", "Kovács Péter")]

