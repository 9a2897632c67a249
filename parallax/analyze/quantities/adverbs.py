"""A manner word after a count is no noun it counts, in the languages read without a parse.

"Twaalf mensen raakten gewond, van wie drie ernstig" and "loukkaantuneita oli 12, joista kaksi vakavasti" count
three and two of the injured, seriously: "ernstig" and "vakavasti" say how, and taken for the count's noun they kept
it from the noun of its whole ("people"), so the English "two of them seriously" never met the Dutch three.  With a
parse the tag tells an adverb (:func:`.component._adverb_after`); without one, the endings that make a manner word do:
Finnish adverbs end in "-sti" ("vakavasti", "lievästi"), Dutch adjectives used as adverbs in "-ig" and "-lijk"
("ernstig", "dodelijk", "levensgevaarlijk"), which no Dutch noun of people ends in.
"""

from __future__ import annotations

import re

_MANNER = {
    "fi": re.compile(r"\w{2,}(?:sti)", re.I),
    "nl": re.compile(r"\w{2,}(?:ig|lijk)", re.I),
}


def manner_word(word: str | None, language: str | None) -> bool:
    """Whether ``word``, read as the noun after a count, is a manner word of ``language`` (see the module)."""
    pat = _MANNER.get((language or "")[:2])
    return bool(word and pat is not None and pat.fullmatch(word))
