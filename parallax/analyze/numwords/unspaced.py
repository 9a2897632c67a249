"""Numbers in words in a script written without spaces between words (Thai).

The number pattern of :mod:`parallax.analyze.quantities` reads a number between word edges, which
such a script does not mark: "หนึ่งพันสองร้อยคน" (1,200 people) is one run of letters with the words
before and after it.  Here a number is the longest run of the language's number words that
:func:`~parallax.analyze.numwords.base.compound_value` reads whole, right before one of its counters
(:attr:`~parallax.analyze.numwords.base.NumberWords.counters`), and not after a word that makes it
vague (:attr:`~parallax.analyze.numwords.base.NumberWords.vague_before`): a number syllable that
starts another word ("สามารถ", can) has no counter after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parallax.analyze.numwords.base import NumberWords, compound_value


@dataclass(frozen=True)
class Count:
    """A number read in words: where it is, its value, and the counter after it (its unit)."""

    start: int
    end: int
    value: float
    counter: str


def _alternatives(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


class Reader:
    """Reads the numbers in words of one language written without spaces (:meth:`counts`)."""

    def __init__(self, nw: NumberWords) -> None:
        self.values = nw.words | nw.multipliers | nw.hundreds
        self.word = re.compile(_alternatives(self.values))
        # a run of number words, each the longest that fits, never given back: linear in any run
        self.run = re.compile(f"(?:{_alternatives(self.values)})++")
        # the counter, right after the number or past one space
        self.counter = re.compile(f"[ \u00a0]?({_alternatives(nw.counters)})")
        self.vague = tuple(nw.vague_before)

    def counts(self, text: str) -> list[Count]:
        """Each number in words in ``text`` that stands before a counter."""
        out = []
        for run in self.run.finditer(text):
            counter = self.counter.match(text, run.end())
            if counter is None or text[max(0, run.start() - 12) : run.start()].rstrip().endswith(self.vague):
                continue  # "สามารถ" (can), "หลายสิบแผง" (tens of stalls)
            values = [self.values[w.group()] for w in self.word.finditer(run.group())]
            found = compound_value(values)
            if found is None or found[1] < len(values):
                continue  # "สามสี่คน": three or four people, no figure
            out.append(Count(run.start(), run.end(), float(found[0]), counter.group(1)))
        return out
