"""Session 48, helper qa48a: lexical_cues.py and titles.py split; speakers, same-day times and durations/speeds in
English reports (the fixes each have a test below with an invented sentence)."""

from __future__ import annotations

import importlib

import pytest

# names moved out of modules that had grown past 330 lines; each must stay importable from its old home
MOVED = {
    "parallax.analyze.quotes.lexical_cues": {"parallax.analyze.quotes.language_name_cuts": ["_indonesian_name", "cut_to_name"]},
    "parallax.analyze.titles": {
        "parallax.analyze.role_endings": [
            "_COMPOUND_ROLE_ENDINGS", "_COMPOUND_ONLY_ENDINGS", "_FI_ROLE_ENDINGS", "_CAPITAL_ROLES_AFTER_HYPHEN",
        ],
    },
}  # fmt: skip


@pytest.mark.parametrize("old,new", [(old, new) for old, homes in MOVED.items() for new in homes])
def test_moved_names_keep_their_old_home(old: str, new: str) -> None:
    old_mod, new_mod = importlib.import_module(old), importlib.import_module(new)
    for name in MOVED[old][new]:
        assert getattr(old_mod, name) is getattr(new_mod, name), f"{old}.{name}"


def test_split_modules_read_as_before() -> None:
    from parallax.analyze.titles import ROLE_COMPOUND, TITLE_WORDS

    assert ROLE_COMPOUND.match("Polizei-Sprecher Tobias Heller sagte") and ROLE_COMPOUND.match("Pelastusjohtaja Mikko Laine")
    assert {"brannsjef", "vallavanem"} & TITLE_WORDS == {"vallavanem"} and "sjef" in TITLE_WORDS
