"""Indexes of one article's people that the speaker lookups read once per mention: built once, then looked up.

A long report names hundreds of people.  A given name alone ("said Lena") looked for the one full name it opens
among all the article's names, and a title that speaks ("the Texas governor said") read every holder of the title
(each through :meth:`.people._Attributor.full`), once per mention or quotation: the report's people times its
mentions.  These indexes answer the same questions from a dictionary.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


def full_names_by_given(names: dict[str, str]) -> dict[str, set[str]]:
    """The full names among ``names``' values (two words or more) by their first word: "Lena" -> {"Lena Brevander"}."""
    out: dict[str, set[str]] = {}
    for full in names.values():
        words = full.split()
        if len(words) > 1:
            out.setdefault(words[0], set()).add(full)
    return out


@dataclass
class TitleHolders:
    """The holders of one title in an article: each person's fullest name with the words around the title they were
    given ("Rick Perry": {"texas", "gov."}), and those people by each word."""

    words_of: dict[str, set[str]] = field(default_factory=dict)
    by_word: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, given: dict[str, set[str]], full: Callable[[str], str]) -> TitleHolders:
        """The holders of a title from the names it was given to (as written) and their words; ``full`` gives a
        name's fullest form, under which the words of its forms are joined."""
        out = cls()
        for name, words in given.items():
            out.words_of.setdefault(full(name), set()).update(words)
        for name, words in out.words_of.items():
            for w in words:
                out.by_word.setdefault(w, set()).add(name)
        return out

    def holder(self, said: set[str]) -> str | None:
        """The one holder: the only one, or of several the only one given every word of ``said`` ("the Texas
        governor" when the article also names Indiana's); None when there is none or no one alone."""
        if len(self.words_of) <= 1:
            return next(iter(self.words_of), None)
        if not said:
            return None
        sets = sorted((self.by_word.get(w, set()) for w in said), key=len)
        found = sets[0].intersection(*sets[1:])
        return next(iter(found)) if len(found) == 1 else None
