"""Number words that are other words too: when such a word is left unread.

Turkish "bir" is mostly "a", "yedi" also "ate"; Vietnamese "năm" is also "year", "ba" "father".
Each language says which of its words are ambiguous and how (:class:`numwords.NumberWords`:
``not_alone``, ``needs_noun``, ``counters``, ``vague_before``, ``ordinal_before``, ``other_word_after``); here those
rules are applied to a number found in a text.
"""

from __future__ import annotations

import re

from parallax.analyze.numwords import LANGUAGES, NumberWords
from parallax.analyze.quantities.base import _atoms, _lower
from parallax.analyze.quantities.units import _unit_after
from parallax.letters import IN_WORD


def _skipped_word(text: str, s: int, m: re.Match, lang: str, nw: NumberWords, num: str) -> bool:
    """Whether a count written as one of its language's ambiguous words is to be left: a word for
    one with no scale or multiplier ("bir kişi", "یک نفر"), a word with another meaning and no
    noun after it ("Çocuk yemeği yedi."), in a language whose words count only before a counted noun
    one before none ("năm nay", this year), after a word that makes it vague ("hàng trăm"), or after
    one that makes it its other word ("a hét végén", at the end of the week)."""
    if m.group("scale") or not num[:1].isalpha():
        return False
    key = " ".join(_lower(num).split())
    if key in nw.not_alone:
        return not _ONE_MEASURE.fullmatch(_unit_after(text, m.end(), lang) or "")  # "satu kilometer", "bir kilometre": one
    if nw.counters and not _counter_after(text, m.end(), lang) or nw.vague_before and _word_before(text, s) in nw.vague_before:
        return True
    if key in nw.other_word_after and _word_before(text, s) in nw.other_word_after[key]:
        return True  # "a hét végén": the week
    if key in nw.only_before:
        return (_unit_after(text, m.end(), lang) or "") not in nw.only_before[key]  # "نو افراد" nine, "نو تعمیر شدہ" new
    return key in nw.needs_noun and _unit_after(text, m.end(), lang) is None


# a unit of length or weight after a word for one makes it the number ("dalam radius satu kilometer", within one
# kilometre, against another report's "dua kilometer"): no article stands there, as "a" does in "a kilometre"
_ONE_MEASURE = re.compile(
    r"(?:kilo|centi|senti|milli|mili)?m[eè]t(?:er|re|r)[a-zèyı]{0,3}|km|kg|kilogram\w{0,3}|kilo|ton|tonne?s?|tonu"
    r"|کیلومتری?|متری?|كيلومتر|كيلو|किलोमीटर|मीटर|किलो|километр\w{0,2}|метр\w{0,2}|χιλιόμετρ\w|μέτρ\w|קילומטר|מטר"
)


_WORD_BEFORE = re.compile(rf"(?<![\w{IN_WORD}])([\w{IN_WORD}]++)[ \u00a0]++\Z")
_COUNTER_AFTER = {
    # (from the first space of a run only: a scan over a long run of spaces stays linear)
    lang: re.compile(rf"(?<![ \u00a0])[ \u00a0]++(?:{_atoms(nw.counters)})(?![\w{IN_WORD}])", re.I)
    for lang, nw in LANGUAGES.items()
    if nw.counters
}


def _word_before(text: str, s: int) -> str:
    """The word right before ``text[s:]`` (lower case), or ""."""
    w = _WORD_BEFORE.search(text, max(0, s - 20), s)
    return _lower(w.group(1)) if w else ""


def _counter_after(text: str, end: int, lang: str) -> bool:
    """Whether one of the language's counted nouns (:attr:`NumberWords.counters`) follows ``end``."""
    return bool((counter := _COUNTER_AFTER.get(lang)) and counter.match(text, end))
