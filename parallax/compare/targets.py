"""Figures that name a goal or a bound, not what was measured: "below the 2 percent target", "the 3% deficit limit",
"a goal of 50,000", "l'objectif de 2 %", "das Inflationsziel von 2 Prozent", "la meta del 2%".

A report that inflation "fell to 1.8%" and one that it "stays below the 2 percent target" do not disagree: the
second figure is the bar the first is measured against.  News writing names such a bar with a noun of aim or
bound, either after the figure as its head ("the 2 percent target", "its 3% deficit limit") or before it, joined
by "of" or its kin ("a target of 2%", "el objetivo del 2%", "Ziel von 2 Prozent").  Such a figure is met only by
another outlet's bar (:func:`parallax.compare.totals.apart`), never by a measurement.
"""

from __future__ import annotations

import re

# the nouns of aim or bound, by language; German ends compounds with them ("Inflationsziel", "Defizitobergrenze")
_NOUNS = {
    "en": r"targets?|goals?|limits?|thresholds?|ceilings?|caps?|benchmarks?|objectives?",
    "fr": r"objectifs?|cibles?|seuils?|plafonds?|limites?",
    "es": r"metas?|objetivos?|umbral(?:es)?|techos?|topes?|l[íi]mites?",
    "pt": r"metas?|objetivos?|tetos?|limites?|limiares?",
    "it": r"obiettiv[oi]|sogli[ae]|tett[oi]|limit[ei]|traguard[oi]",
    "de": r"[^\W\d_]*(?:ziel|zielmarke|grenze|schwelle|deckel)(?:s|es|e|en)?",
    "nl": r"[^\W\d_]*(?:doel|doelstelling|grens|drempel|plafond)(?:en|s)?",
}
# the word joining such a noun to its figure, with an article folded in ("del", "du", "vom")
_OF = {
    "en": r"of",
    "fr": r"de|d'|du|des",
    "es": r"de(?:l| la| los)?",
    "pt": r"de|do|da|dos",
    "it": r"d(?:i|el|ello|ella|ell')",
    "de": r"von|vom",
    "nl": r"van",
}
# words that may stand between the figure and its noun inside one noun phrase ("the 3% deficit limit"), but
# not the little words that end the phrase ("a 2% cut in the target")
_STOP = re.compile(r"(?i)of|in|on|at|to|by|for|from|with|and|or|the|a|an|is|was|were|are|be|than|as|its|their|this|that")
_WORD = re.compile(r"\s*([^\W\d_]+)")
_BARE = re.compile(r"[\d.,\s\u00a0]+")


def _before(language: str) -> re.Pattern[str]:
    of = _OF[language]
    # the noun may take what it aims at first: "la meta de inflación del 3%", "l'objectif d'inflation de 2 %"
    return re.compile(rf"(?i)\b(?:{_NOUNS[language]})\s+(?:(?:{of})\s*[^\W\d_]+\s+)?(?:{of})\s*$")


_BEFORE = {lang: _before(lang) for lang in _NOUNS}
_AFTER = {lang: re.compile(rf"(?i)(?:{_NOUNS[lang]})\b") for lang in ("en", "nl")}


def _spelled(figure: str) -> bool:
    """Whether a figure is a count in words alone ("nine", "twenty-one"): no sign, no "percent" or "cent"."""
    words = figure.lower().replace("-", " ").split()
    return bool(words) and all(w.isalpha() for w in words) and not any("cent" in w for w in words)


def benchmark(text: str, language: str | None, start: int, end: int) -> bool:
    """Whether the figure at ``start``-``end`` names a goal or a bound: its noun of aim stands right before it,
    joined by "of" or its kin ("a target of 2%"), or, in English and Dutch, heads the phrase after it ("the 2
    percent target", "the 3% deficit limit")."""
    lang = (language or "").split("-")[0]
    if lang not in _NOUNS:
        return False
    if _BEFORE[lang].search(text[max(0, start - 40) : start]):
        return True
    if lang not in _AFTER:
        return False
    at = end
    # a bare figure right before the noun counts such things: "struck 30 targets", "scored 2 goals", "won 50 caps";
    # so does one in words, "scored nine goals" (it was a bar, and met another outlet's "11 goals" with no conflict)
    bare = _BARE.fullmatch(text[start:end]) is not None or _spelled(text[start:end])
    for i in range(3):  # the noun itself or two words before it ("the 3% budget deficit limit")
        m = _WORD.match(text, at)
        if m is None or _STOP.fullmatch(m.group(1)):
            return False
        if _AFTER[lang].fullmatch(m.group(1)):
            return not (bare and i == 0)
        at = m.end()
    return False
