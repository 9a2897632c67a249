"""What the analysis can read in a language, so a report can say what it could not check.

Dates, number words and speakers rest on per-language rules (a date lexicon, number words,
quotation cues or a parser).  In a language without them the analysis still runs (figures, quotes,
sentences, meaning), but a "yesterday" / "Tuesday" pair or two speakers of one quote are never
read, so their disagreement cannot show: without a note, the report's silence would read as
agreement.  The registries below are the single source of each answer, so a language gains
coverage the moment its rules are registered.
"""

from __future__ import annotations

from parallax.analyze.nlp import MODELS
from parallax.analyze.numwords import LANGUAGES as NUMBER_WORDS
from parallax.analyze.quantities.base import _MYRIAD as CJK_NUMBERS
from parallax.analyze.quotes.cue_lexicon import LEXICAL_CUES
from parallax.analyze.quotes.uncased import UNCASED
from parallax.analyze.timelex import LEXICONS

# what a reader loses in a language without the rules of each kind
CHECKS = {
    "dates": "relative dates and weekdays ('yesterday', 'on Tuesday') are not resolved, so date conflicts cannot be found",
    "number_words": "numbers written in words are not read, so a count written in words is not compared",
    "speakers": "quotation speakers are not found, so misattributions cannot be found",
}


def _base(language: str | None) -> str:
    return (language or "").split("-")[0].split("_")[0].lower()


def unread(language: str | None) -> list[str]:
    """The :data:`CHECKS` the analysis cannot make in ``language`` (all of them when unknown)."""
    lang = _base(language)
    missing = []
    if lang not in LEXICONS:
        missing.append("dates")
    if lang not in NUMBER_WORDS and lang not in CJK_NUMBERS:  # Chinese and Japanese numerals: numwords.cjk
        missing.append("number_words")
    if lang not in LEXICAL_CUES and lang not in MODELS and lang not in UNCASED:
        missing.append("speakers")
    return missing


def limits(languages: dict[str, str | None]) -> list[dict]:
    """For the articles of a comparison (id -> language), one entry per check that some of them
    could not get: ``{"check", "languages", "articles", "reason"}``, in :data:`CHECKS` order."""
    out = []
    for check, reason in CHECKS.items():
        hit = {aid: _base(lang) or "unknown" for aid, lang in languages.items() if check in unread(lang)}
        if hit:
            out.append({"check": check, "languages": sorted(set(hit.values())), "articles": sorted(hit), "reason": reason})
    return out
