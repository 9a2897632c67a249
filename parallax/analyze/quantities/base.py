"""What every rule of the package reads: each language's number words, and how a word is compared.

A number word counts only in its own language (Italian "due" or German "sei" mean something else
elsewhere), so the tables are per language, each with the English words added, since English names
and figures turn up in news of any language.  Every module lower-cases and looks up words the same
way (:func:`_lower`, :func:`_lang`), and builds its alternations longest first (:func:`_atoms`), so
that a regular expression takes "achtzehn" whole, never "acht" and the rest.
"""

from __future__ import annotations

import re

from parallax.analyze.numwords import LANGUAGES, NumberWords
from parallax.turkic_letters import turkic_lower_i

# a language's number words (a word like Italian "due" or German "sei" is no number elsewhere) and its
# approximate counts ("une trentaine"), read as numbers too
_WORDS = {lang: nw.words | {w: v for w, (v, _) in nw.collectives.items()} for lang, nw in LANGUAGES.items()}
_NO_RULES = NumberWords(words={})
# per language: its number words, hundreds and thousands, and the English ones (English names and
# figures turn up everywhere)
_EN = LANGUAGES["en"]
_ALL_WORDS = {lang: _WORDS["en"] | _EN.multipliers | words | LANGUAGES[lang].multipliers | LANGUAGES[lang].hundreds for lang, words in _WORDS.items()}

# Chinese, Japanese and Korean write a count against its counter ("12人", "3万人", "12명"): their
# characters are word characters to ``re`` but no part of a number
_CJK = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af"
# the languages that group a number by ten thousand ("3万5千", "1천200"), read by :mod:`numwords.cjk`
_MYRIAD = frozenset({"zh", "ja", "ko"})


def _atoms(words) -> str:
    """An alternation of ``words``, longest first: "achtzehn" is tried before "acht"."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def _lower(word: str, language: str | None = None) -> str:
    """Lower case as the word tables write it (Turkish "İki" is "iki", not "i̇ki"; in ``language`` Turkish, "YIL" is
    "yıl", not "yil": :mod:`parallax.turkic_letters`)."""
    return turkic_lower_i(word, language).lower().replace("i\u0307", "i")


def _lang(language: str | None) -> str:
    """The two-letter code the tables are keyed by ("pt-BR" is "pt"); no language reads as English."""
    return (language or "en")[:2].lower()
